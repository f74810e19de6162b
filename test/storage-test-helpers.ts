/**
 * Shared by the storage and ingest tests: temp databases, bulk readouts written out as files, and a consistency
 * check of a whole knowledge base.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';

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

/** Row counts of the main tables. */
export function tableCounts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true, timeout: 5000 });
  try {
    const out: Record<string, number> = {};
    for (const table of ['documents', 'doc_meetings', 'meetings', 'people', 'participants', 'plans', 'past_refs', 'follow_ups']) {
      out[table] = (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    }
    out['current'] = (db.prepare('select count(*) as n from documents where is_current = 1').get() as { n: number }).n;
    return out;
  } finally {
    db.close();
  }
}

/**
 * Every consistency problem of the knowledge base in `file` (empty: consistent): engine integrity, foreign keys, the
 * full-text index's structure and size, derived rows complete for every current document and absent for old
 * versions, one current version per source, everything linked, meeting source counts right.
 */
export function consistencyProblems(file: string): string[] {
  const db = new Database(file, { timeout: 5000 });
  const problems: string[] = [];
  const all = <T>(q: string): T[] => db.prepare(q).all() as T[];
  const one = (q: string): number => (db.prepare(q).get() as { n: number }).n;
  try {
    for (const r of all<{ integrity_check: string }>('pragma integrity_check')) if (r.integrity_check !== 'ok') problems.push(`integrity: ${r.integrity_check}`);
    const fk = all<unknown>('pragma foreign_key_check');
    if (fk.length > 0) problems.push(`${fk.length} foreign key violations`);
    try {
      db.prepare("insert into documents_fts(documents_fts) values ('integrity-check')").run();
    } catch (error) {
      problems.push(`fts: ${(error as Error).message}`);
    }
    const current = one('select count(*) as n from documents where is_current = 1');
    const indexed = one('select count(*) as n from documents_fts_docsize');
    if (indexed !== current) problems.push(`full-text index holds ${indexed} documents, ${current} are current`);
    const dupCurrent = one('select count(*) as n from (select source_key from documents where is_current = 1 group by source_key having count(*) > 1)');
    if (dupCurrent > 0) problems.push(`${dupCurrent} sources with several current versions`);
    const docs = all<{ id: number; is_current: number; status: string; record_json: string | null }>('select id, is_current, status, record_json from documents');
    const count = (table: string): Map<number, number> => new Map(all<{ d: number; n: number }>(`select document_id as d, count(*) as n from ${table} group by document_id`).map((r) => [r.d, r.n]));
    const meetings = count('doc_meetings');
    const plans = count('plans');
    const refs = count('past_refs');
    const participants = new Map(all<{ d: number; n: number }>('select dm.document_id as d, count(*) as n from participants p join doc_meetings dm on dm.id = p.doc_meeting_id group by dm.document_id').map((r) => [r.d, r.n]));
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
    const unlinked = one('select count(*) as n from doc_meetings where meeting_id is null') + one('select count(*) as n from participants where person_id is null') + one('select count(*) as n from plans where linked = 0');
    if (unlinked > 0) problems.push(`${unlinked} rows not linked`);
    const badCounts = one('select count(*) as n from meetings m where m.source_count != (select count(*) from doc_meetings dm where dm.meeting_id = m.id) or m.source_count = 0');
    if (badCounts > 0) problems.push(`${badCounts} meetings with a wrong source count`);
  } finally {
    db.close();
  }
  return problems;
}
