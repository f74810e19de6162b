/**
 * SQLite through better-sqlite3: WAL journal (readers never block the writer), a 5 s busy timeout (a second process
 * waits for the lock instead of failing), foreign keys on, synchronous NORMAL (durable at checkpoints; a crash loses
 * at most the last transactions, never consistency), a checkpoint every 10,000 WAL pages (~40 MB) instead of 1,000: an
 * ingest batch writes some 4 MB, so the default checkpointed at nearly every commit, writing the same hot index pages
 * to the database file and syncing it again each time (half the commit time). Full-text search is an FTS5
 * external-content table over `documents(title, text)`, holding current documents only.
 */
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type ColumnDefinitionBuilder } from 'kysely';
import type { Database } from '../schema.ts';
import { preparedQuery, preparedQueryFamily, runPreparedQueriesDirectly } from '../prepared-query.ts';
import { FULL_TEXT_CANDIDATES, type FullTextHit, type StorageDialect } from './storage-dialect.ts';

/** Milliseconds a connection waits for another process's lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

const FTS_TABLE = 'documents_fts';

/** Opens (creating if needed) the SQLite database at `file` (`:memory:` for a private in-memory one). */
export function openSqliteDialect(file: string): StorageDialect {
  const raw = new BetterSqlite3(file, { timeout: BUSY_TIMEOUT_MS });
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('wal_autocheckpoint = 10000');
  raw.pragma('foreign_keys = ON');
  raw.pragma('temp_store = MEMORY');
  raw.pragma('cache_size = -65536');
  const statements = withStatementCache(raw);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: statements }) });
  // As Kysely's SQLite driver runs a statement, without its queue: see `runPreparedQueriesDirectly`.
  const runDirectly = (source: string, parameters: readonly unknown[]): unknown[] => {
    const statement = statements.prepare(source);
    if (statement.reader) return statement.all(parameters);
    statement.run(parameters);
    return [];
  };
  // A second connection, opened on first use: reads that must not queue behind this process's write transaction.
  let reader: { raw: BetterSqlite3.Database; db: Kysely<Database>; dataVersion: BetterSqlite3.Statement } | null = null;
  const openReader = (): NonNullable<typeof reader> => {
    if (reader === null) {
      const readRaw = new BetterSqlite3(file, { timeout: BUSY_TIMEOUT_MS });
      readRaw.pragma('foreign_keys = ON');
      // Its own page cache as large as the writer's: the read side's listings touch many pages (default: 2 MB).
      readRaw.pragma('temp_store = MEMORY');
      readRaw.pragma('cache_size = -65536');
      // Reads through a memory map of the file (up to 2 GB): a page outside the page cache is then read from the OS's
      // cache without a system call and a copy; the API's listings and views read scattered pages of a large file
      // (about 20% less time for a page of meetings' reports and participants at 64,000 readouts). WAL frames are
      // still read as before, so what a reader sees is unchanged.
      readRaw.pragma('mmap_size = 2147483648');
      reader = {
        raw: readRaw,
        db: new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(readRaw) }) }),
        dataVersion: readRaw.prepare('pragma data_version').pluck(),
      };
    }
    return reader;
  };

  return {
    name: 'sqlite',
    capabilities: { fullTextSearch: true, concurrentWriters: true },
    db,
    get reader() {
      return file === ':memory:' ? db : openReader().db;
    },
    readerCommitCounter: () => (file === ':memory:' ? null : (openReader().dataVersion.get() as number)),
    idColumn: (column: ColumnDefinitionBuilder) => column.primaryKey().autoIncrement(),
    daysBetween: (from, to) => sql<number>`(julianday(${to}) - julianday(${from}))`,
    async createFullTextIndex(kdb) {
      await sql`create virtual table ${sql.table(FTS_TABLE)} using fts5(title, text, content='documents', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`.execute(kdb);
    },
    async indexDocumentText(kdb, doc) {
      await sql`insert into ${sql.table(FTS_TABLE)} (rowid, title, text) values (${doc.id}, ${doc.title ?? ''}, ${doc.text})`.execute(kdb);
    },
    async indexDocumentTexts(kdb, docs) {
      for (let i = 0; i < docs.length; i += FTS_ROWS_PER_INSERT) {
        const chunk = docs.slice(i, i + FTS_ROWS_PER_INSERT);
        await insertFullTextRows(chunk.length)(kdb, ...chunk.flatMap((doc) => [doc.id, doc.title ?? '', doc.text]));
      }
    },
    async unindexDocumentText(kdb, doc) {
      // An external-content FTS5 table forgets a row by being given the exact values it indexed.
      await sql`insert into ${sql.table(FTS_TABLE)} (${sql.raw(FTS_TABLE)}, rowid, title, text) values ('delete', ${doc.id}, ${doc.title ?? ''}, ${doc.text})`.execute(kdb);
    },
    async fullTextSearch(kdb, query, limit, candidates = FULL_TEXT_CANDIDATES) {
      const match = toFtsQuery(query);
      if (match === null) return [];
      const fts = sql.table(FTS_TABLE);
      // The candidates are the matches from the `candidates`-th highest rowid up (FTS5 reads a doclist backwards for
      // `order by rowid desc`), so bm25() is computed for those only. SQLite computes snippet() only for a row that
      // enters the top `limit`: ties broken by rowid ascending, in the order FTS5 yields rows, keep that to a few rows
      // more than `limit` (by rowid descending, every later row of a tie would enter, and its snippet be made).
      const result = await sql<{ id: number; snippet: string; score: number }>`
        select rowid as id, snippet(${fts}, 1, '«', '»', '…', 16) as snippet, bm25(${fts}, 5.0, 1.0) as score
        from ${fts} where ${fts} match ${match}
          and rowid >= coalesce((select rowid from ${fts} where ${fts} match ${match} order by rowid desc limit 1 offset ${Math.max(1, Math.floor(candidates)) - 1}), 0)
        order by score, rowid limit ${limit}`.execute(kdb);
      return result.rows.map((r): FullTextHit => ({ documentId: r.id, snippet: r.snippet, rank: -r.score }));
    },
    async fullTextCount(kdb) {
      // The docsize shadow table has one row per indexed document (the content table would count all documents).
      const result = await sql<{ n: number }>`select count(*) as n from ${sql.table(`${FTS_TABLE}_docsize`)}`.execute(kdb);
      return result.rows[0]?.n ?? 0;
    },
    async writeTransaction(work) {
      return db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        // The transaction holds this process's one connection: its prepared queries may run at once.
        const stopDirect = runPreparedQueriesDirectly(conn, runDirectly);
        try {
          const value = await work(conn);
          stopDirect();
          await sql`commit`.execute(conn);
          return value;
        } catch (error) {
          stopDirect();
          if (raw.inTransaction) await sql`rollback`.execute(conn);
          throw error;
        }
      });
    },
    async integrityCheck() {
      const rows = raw.pragma('integrity_check') as { integrity_check: string }[];
      const problems = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
      const fk = raw.pragma('foreign_key_check') as unknown[];
      if (fk.length > 0) problems.push(`${fk.length} foreign key violations`);
      try {
        // Checks the index's own structure (not against `documents`, which also holds superseded versions it omits).
        raw.prepare(`insert into ${FTS_TABLE}(${FTS_TABLE}) values ('integrity-check')`).run();
      } catch (error) {
        problems.push(`full-text index: ${(error as Error).message}`);
      }
      return problems;
    },
    async close() {
      const open = reader as { db: Kysely<Database> } | null;
      if (open !== null) await open.db.destroy();
      await db.destroy();
    },
  };
}

/** Documents per full-text insert of `indexDocumentTexts` (each count prepared once). */
const FTS_ROWS_PER_INSERT = 100;
const insertFullTextRows = preparedQueryFamily((count: number) => preparedQuery(3 * count, (db, ...values) => {
  const rows = Array.from({ length: count }, (_, r) => sql`(${sql.join(values.slice(3 * r, 3 * r + 3))})`);
  return sql`insert into ${sql.table(FTS_TABLE)} (rowid, title, text) values ${sql.join(rows)}`.compile(db);
}));

/** Most statements compiled per connection and kept for reuse. */
const STATEMENT_CACHE_SIZE = 1000;

/**
 * Kysely's driver prepares every query anew; preparing costs as much as running a small statement, and ingest runs
 * the same few dozen statements for every document. This keeps prepared statements by SQL text (the cache is
 * dropped whole when full: the SQL of `in (...)` lists varies with their length).
 */
function withStatementCache(raw: BetterSqlite3.Database): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return new Proxy(raw, {
    get(target, property, receiver) {
      if (property === 'prepare') {
        return (source: string) => {
          let statement = cache.get(source);
          if (statement === undefined) {
            if (cache.size >= STATEMENT_CACHE_SIZE) cache.clear();
            statement = target.prepare(source);
            cache.set(source, statement);
          }
          return statement;
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Each word becomes a quoted FTS5 string (so `AND`, `-`, `:`, quotes are literal); all words must match. */
function toFtsQuery(query: string): string | null {
  const words = query.match(/[\p{L}\p{N}]+/gu);
  if (words === null) return null;
  return words.map((w) => `"${w}"`).join(' ');
}
