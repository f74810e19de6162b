/**
 * A cheap token that changes whenever the knowledge base does, for the response cache: the highest id of every table
 * a write adds rows to (ingest adds documents and derived rows, reprocess re-creates derived rows, a correction adds a
 * correction, relinking creates meetings and follow-ups). Each part is one index lookup. SQLite's `PRAGMA data_version`
 * through the dialect would be exact (it also sees in-place updates, which this token misses when they add no row).
 */
import { sql, type Kysely } from 'kysely';
import type { StorageDialect } from '../dialects/storage-dialect.ts';
import type { Database } from '../schema.ts';

/** The current change token of the knowledge base behind `db`. */
export async function knowledgeVersion(db: Kysely<Database>): Promise<string> {
  const row = await sql<Record<string, number | null>>`select
    (select max(id) from documents) as d, (select max(id) from doc_meetings) as dm, (select max(id) from meetings) as m,
    (select max(id) from plans) as p, (select max(id) from follow_ups) as f, (select max(id) from corrections) as c`.execute(db);
  const r = row.rows[0] ?? {};
  return [r['d'], r['dm'], r['m'], r['p'], r['f'], r['c']].map((v) => v ?? 0).join('.');
}

/**
 * {@link knowledgeVersion} of `dialect`'s reader, recomputed only when its commit counter says something was committed
 * since (on SQLite a pragma read instead of six index lookups per call: a cached API answer costs little more); on
 * engines without the counter, queried every call.
 */
export function knowledgeVersionTracker(dialect: StorageDialect): () => Promise<string> {
  let last: { readonly counter: number; readonly token: string } | null = null;
  return async () => {
    const counter = dialect.readerCommitCounter();
    if (counter === null) return knowledgeVersion(dialect.reader);
    if (last !== null && last.counter === counter) return last.token;
    const token = await knowledgeVersion(dialect.reader);
    // The counter read before the token: a commit in between makes the next call recompute, never keep a stale token.
    last = { counter, token };
    return token;
  };
}
