/**
 * Shared by the storage and ingest tests: temp directories, bulk readouts written out as files, and a consistency
 * check of a whole knowledge base on any engine.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { openDatabase } from '../src/storage/open-database.ts';

/** A fresh temp directory, removed by the returned cleanup. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `readout-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const BULK = resolve(import.meta.dirname, '../../shared/corpus/bulk/us-state-press-releases-2021-2022.jsonl');

/** Writes the first `count` bulk statements shorter than `maxChars` as `.txt` files into `dir`; returns their paths. */
export async function writeBulkFiles(dir: string, count: number, maxChars = 12_000): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  const lines = createInterface({ input: createReadStream(BULK) });
  for await (const line of lines) {
    if (paths.length >= count) break;
    if (!line) continue;
    const doc = JSON.parse(line) as { id: string; title: string; published: string; text: string };
    if (doc.text.length > maxChars) continue;
    const path = join(dir, `${String(paths.length).padStart(4, '0')}-${doc.id.replace(/[^\w.-]+/g, '_').slice(0, 60)}.txt`);
    writeFileSync(path, `${doc.title}\n${doc.published}\n\n${doc.text}`);
    paths.push(path);
  }
  lines.close();
  return paths;
}

/** Row counts of the main tables of the database `target` (a SQLite file or a PostgreSQL URL), through Kysely. */
export async function tableCounts(target: string): Promise<Record<string, number>> {
  const dialect = await openDatabase(target);
  try {
    const db = dialect.db;
    const out: Record<string, number> = {};
    for (const table of ['documents', 'doc_meetings', 'meetings', 'people', 'participants', 'plans', 'past_refs', 'follow_ups'] as const) {
      out[table] = Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    }
    out['current'] = Number((await db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).where('is_current', '=', 1).executeTakeFirstOrThrow()).n);
    return out;
  } finally {
    await dialect.close();
  }
}

/**
 * Every consistency problem of the knowledge base `target` (a SQLite file or a PostgreSQL URL; empty: consistent):
 * the engine's own integrity check (for SQLite: pages, foreign keys, the full-text index's structure), the full-text
 * index's size, derived rows complete for every current document and absent for old versions, one current version
 * per source, everything linked, meeting source counts right. Reads through Kysely, so it checks every engine alike.
 */
export async function consistencyProblems(target: string): Promise<string[]> {
  const dialect = await openDatabase(target);
  const db = dialect.db;
  const problems: string[] = [];
  const count = async (query: { executeTakeFirstOrThrow(): Promise<{ n: number | string | bigint }> }): Promise<number> => Number((await query.executeTakeFirstOrThrow()).n);
  try {
    for (const p of await dialect.integrityCheck()) problems.push(`integrity: ${p}`);
    const current = await count(db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).where('is_current', '=', 1));
    const indexed = await dialect.fullTextCount(db);
    if (indexed !== current) problems.push(`full-text index holds ${indexed} documents, ${current} are current`);
    const dupCurrent = (await db.selectFrom('documents').select('source_key').where('is_current', '=', 1).groupBy('source_key')
      .having((eb) => eb.fn.countAll(), '>', 1).execute()).length;
    if (dupCurrent > 0) problems.push(`${dupCurrent} sources with several current versions`);
    const docs = await db.selectFrom('documents').select(['id', 'is_current', 'status', 'record_json']).execute();
    const perDocument = async (table: 'doc_meetings' | 'plans' | 'past_refs'): Promise<Map<number, number>> =>
      new Map((await db.selectFrom(table).select(['document_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('document_id').execute())
        .map((r) => [r.document_id, Number(r.n)]));
    const meetings = await perDocument('doc_meetings');
    const plans = await perDocument('plans');
    const refs = await perDocument('past_refs');
    const participants = new Map((await db.selectFrom('participants as p').innerJoin('doc_meetings as dm', 'dm.id', 'p.doc_meeting_id')
      .select(['dm.document_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('dm.document_id').execute()).map((r) => [r.document_id, Number(r.n)]));
    for (const doc of docs) {
      const got = { meetings: meetings.get(doc.id) ?? 0, plans: plans.get(doc.id) ?? 0, refs: refs.get(doc.id) ?? 0, participants: participants.get(doc.id) ?? 0 };
      let want = { meetings: 0, plans: 0, refs: 0, participants: 0 };
      if (doc.is_current === 1 && doc.status === 'ok') {
        if (doc.record_json === null) { problems.push(`document ${doc.id}: ok without a record`); continue; }
        const record = JSON.parse(doc.record_json) as { meetings: { participants: unknown[] }[]; plannedEvents: unknown[]; pastReferences: unknown[] };
        want = {
          meetings: record.meetings.length,
          plans: record.plannedEvents.length,
          refs: record.pastReferences.length,
          participants: record.meetings.reduce((n, m) => n + m.participants.length, 0),
        };
      }
      if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`document ${doc.id}: derived rows ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    }
    const unlinked = await count(db.selectFrom('doc_meetings').select((eb) => eb.fn.countAll<number>().as('n')).where('meeting_id', 'is', null))
      + await count(db.selectFrom('participants').select((eb) => eb.fn.countAll<number>().as('n')).where('person_id', 'is', null))
      + await count(db.selectFrom('plans').select((eb) => eb.fn.countAll<number>().as('n')).where('linked', '=', 0));
    if (unlinked > 0) problems.push(`${unlinked} rows not linked`);
    const badCounts = await count(db.selectFrom('meetings as m').select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) => eb.or([
        eb('m.source_count', '=', 0),
        eb('m.source_count', '!=', eb.selectFrom('doc_meetings as dm').select((e) => e.fn.countAll<number>().as('c')).whereRef('dm.meeting_id', '=', 'm.id')),
      ])));
    if (badCounts > 0) problems.push(`${badCounts} meetings with a wrong source count`);
  } finally {
    await dialect.close();
  }
  return problems;
}
