/**
 * Merged meeting ids are stable: adding documents never renumbers existing meetings (only new meetings get new ids),
 * and a meeting re-formed from its reports (a new version of a source, reprocess) takes the id it had.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ingest } from '../src/app/ingest.ts';
import { reprocess } from '../src/app/reprocess.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import { consistencyProblems, tempDir } from './storage-test-helpers.ts';

const SAMPLES = resolve(import.meta.dirname, '../samples');
const DEV = resolve(import.meta.dirname, '../../shared/corpus/dev.jsonl');

async function run(file: string, work: (d: Awaited<ReturnType<typeof openDatabase>>) => Promise<unknown>): Promise<void> {
  const dialect = await openDatabase(file);
  try { await work(dialect); } finally { await dialect.close(); }
}

/** `source_key#idx` of every current report -> its merged meeting id. */
function meetingIds(file: string): Map<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare(`select d.source_key as k, dm.idx as idx, dm.meeting_id as m from doc_meetings dm join documents d on d.id = dm.document_id
      where d.is_current = 1 and dm.meeting_id is not null`).all() as { k: string; idx: number; m: number }[];
    return new Map(rows.map((r) => [`${r.k}#${r.idx}`, r.m]));
  } finally {
    db.close();
  }
}

function assertKept(before: Map<string, number>, after: Map<string, number>, what: string): void {
  for (const [report, id] of before) assert.equal(after.get(report), id, `${what}: report ${report} was in meeting ${id}, now ${after.get(report)}`);
}

test('adding documents, a new version of a source, and reprocess keep merged meeting ids', async () => {
  const { dir, cleanup } = tempDir('meeting-ids');
  try {
    const db = join(dir, 'kb.db');
    const docs = join(dir, 'docs');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(docs);
    for (const f of readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'))) copyFileSync(join(SAMPLES, f), join(docs, f));
    await run(db, (d) => ingest(d, [docs], { batchSize: 4 }));
    const initial = meetingIds(db);
    assert.ok(initial.size >= 8);

    // Other readouts, one at a time: some report meetings the samples report too (they merge into them).
    const samples = new Set(readdirSync(SAMPLES).map((f) => f.replace(/\.txt$/, '')));
    const extra = readFileSync(DEV, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string })
      .filter((d) => !samples.has(d.id)).slice(0, 6);
    let before = initial;
    for (const doc of extra) {
      const path = join(dir, `${doc.id}.txt`);
      writeFileSync(path, doc.text);
      await run(db, (d) => ingest(d, [path]));
      const after = meetingIds(db);
      assertKept(before, after, `after adding ${doc.id}`);
      before = after;
    }

    // A new version of a sample (changed content at the same path): its meeting keeps its id.
    const changed = join(docs, 'mofa-jp-ru-2017-09-18.txt');
    appendFileSync(changed, '\n');
    await run(db, (d) => ingest(d, [changed]));
    let after = meetingIds(db);
    assertKept(before, after, 'after a new version');

    // Reprocess re-forms every meeting: each takes its id again.
    await run(db, (d) => reprocess(d, { batchSize: 64 }));
    after = meetingIds(db);
    assertKept(before, after, 'after reprocess');
    await run(db, (d) => reprocess(d, { batchSize: 3 }));
    assertKept(before, meetingIds(db), 'after reprocess in small pages');
    assert.deepEqual(consistencyProblems(db), []);
  } finally {
    cleanup();
  }
});
