/**
 * Merged meeting ids are stable: adding documents never renumbers existing meetings (only new meetings get new ids),
 * and a meeting re-formed from its reports (a new version of a source, reprocess) takes the id it had.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingest } from '../src/app/ingest.ts';
import { reprocess } from '../src/app/reprocess.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import { consistencyProblems, tempDir } from './storage-test-helpers.ts';
import { engines } from './engines.ts';

const SAMPLES = resolve(import.meta.dirname, '../samples');
const DEV = resolve(import.meta.dirname, '../../shared/corpus/dev.jsonl');

async function run(file: string, work: (d: Awaited<ReturnType<typeof openDatabase>>) => Promise<unknown>): Promise<void> {
  const dialect = await openDatabase(file);
  try { await work(dialect); } finally { await dialect.close(); }
}

/** `source_key#idx` of every current report -> its merged meeting id. */
async function meetingIds(target: string): Promise<Map<string, number>> {
  const dialect = await openDatabase(target);
  try {
    const rows = await dialect.db.selectFrom('doc_meetings as dm').innerJoin('documents as d', 'd.id', 'dm.document_id')
      .select(['d.source_key as k', 'dm.idx as idx', 'dm.meeting_id as m']).where('d.is_current', '=', 1).where('dm.meeting_id', 'is not', null).execute();
    return new Map(rows.map((r) => [`${r.k}#${r.idx}`, r.m!]));
  } finally {
    await dialect.close();
  }
}

function assertKept(before: Map<string, number>, after: Map<string, number>, what: string): void {
  for (const [report, id] of before) assert.equal(after.get(report), id, `${what}: report ${report} was in meeting ${id}, now ${after.get(report)}`);
}

for (const engine of engines) describe(engine.name, () => {
  test('adding documents, a new version of a source, and reprocess keep merged meeting ids', async () => {
    const { dir, cleanup } = tempDir('meeting-ids');
    try {
      const db = await engine.newDatabase();
      const docs = join(dir, 'docs');
      const { mkdirSync } = await import('node:fs');
      mkdirSync(docs);
      for (const f of readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'))) copyFileSync(join(SAMPLES, f), join(docs, f));
      await run(db, (d) => ingest(d, [docs], { batchSize: 4 }));
      const initial = await meetingIds(db);
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
        const after = await meetingIds(db);
        assertKept(before, after, `after adding ${doc.id}`);
        before = after;
      }

      // A new version of a sample (changed content at the same path): its meeting keeps its id.
      const changed = join(docs, 'mofa-jp-ru-2017-09-18.txt');
      appendFileSync(changed, '\n');
      await run(db, (d) => ingest(d, [changed]));
      let after = await meetingIds(db);
      assertKept(before, after, 'after a new version');

      // Reprocess re-forms every meeting: each takes its id again.
      await run(db, (d) => reprocess(d, { batchSize: 64 }));
      after = await meetingIds(db);
      assertKept(before, after, 'after reprocess');
      await run(db, (d) => reprocess(d, { batchSize: 3 }));
      assertKept(before, (await meetingIds(db)), 'after reprocess in small pages');
      assert.deepEqual(await consistencyProblems(db), []);
    } finally {
      cleanup();
    }
  });
});
