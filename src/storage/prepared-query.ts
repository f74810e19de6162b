/**
 * Hot statements compiled once and run many times with new values, through the engine's own Kysely compiler (so the
 * SQL stays portable across dialects).
 */
import type { CompiledQuery, Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Stands for a value in a query given to {@link preparedQuery}; typed `never` so it fits any column. */
export type Placeholder = never;

/**
 * A query built and compiled once per Kysely instance (by that instance's dialect, so the SQL is the engine's own) and
 * then run with new values: building and compiling a Kysely query costs more than running a small indexed statement,
 * and ingest runs the same few dozen statements for every document. `build` gets one placeholder per value and must
 * put each where its value goes, with the query's shape fixed (an `in` list of varying length needs one prepared
 * query per length). Returns the rows.
 */
export function preparedQuery<R>(arity: number, build: (db: Kysely<Database>, ...values: Placeholder[]) => CompiledQuery<R>): PreparedQuery<R> {
  const placeholders = Array.from({ length: arity }, (_, i) => `\u0000readout-value-${i}\u0000`);
  const compiled = new WeakMap<object, { query: CompiledQuery<R>; slots: number[] }>();
  return async (db, ...values) => {
    const key = compilationKey(db);
    let entry = compiled.get(key);
    if (entry === undefined) {
      const query = build(db, ...(placeholders as Placeholder[]));
      entry = { query, slots: query.parameters.map((v) => (typeof v === 'string' ? placeholders.indexOf(v) : -1)) };
      compiled.set(key, entry);
    }
    const { query, slots } = entry;
    const parameters = slots.map((slot, i) => (slot === -1 ? query.parameters[i] : values[slot]));
    const direct = DIRECT_RUNNERS.get(db);
    if (direct !== undefined) return direct(query.sql, parameters) as R[];
    return (await db.executeQuery<R>({ ...query, parameters })).rows;
  };
}

/**
 * Runs SQL with its parameters on the connection a Kysely instance is bound to, at once, returning the rows (none for a
 * statement that returns none): what a dialect whose driver is synchronous registers for a transaction's instance.
 */
export type DirectRunner = (sql: string, parameters: readonly unknown[]) => unknown[];

const DIRECT_RUNNERS = new WeakMap<Kysely<Database>, DirectRunner>();

/**
 * Makes {@link preparedQuery}'s queries on `db` go to `runner` instead of through Kysely's executor, until the returned
 * function is called. Kysely queues each query behind the previous one on its connection and resolves it through a
 * few promises, about 8 µs a statement, more than running one of ingest's small statements: SQLite runs a statement
 * synchronously, so on an instance bound to one connection for one transaction (nothing else can use it meanwhile)
 * the statement can run at once. Never for an instance other code shares (a pool or the dialect's `db`): there, a
 * query must wait its turn.
 */
export function runPreparedQueriesDirectly(db: Kysely<Database>, runner: DirectRunner): () => void {
  DIRECT_RUNNERS.set(db, runner);
  return () => { DIRECT_RUNNERS.delete(db); };
}

/**
 * What a compiled query depends on: the engine's adapter, shared by a Kysely instance and the instances bound to one of
 * its connections (a transaction's, a new one for every transaction), which would otherwise compile every query again
 * for each transaction; the instance itself when it has plugins (they may rewrite queries).
 */
function compilationKey(db: Kysely<Database>): object {
  const executor = db.getExecutor();
  return executor.plugins.length === 0 ? executor.adapter : db;
}

/** A prepared query as {@link preparedQuery} returns it. */
export type PreparedQuery<R> = (db: Kysely<Database>, ...values: unknown[]) => Promise<R[]>;

/**
 * Prepared queries whose shape depends on a key (a row count, a list length, a savepoint name): `make` runs once per
 * key, and its query is kept for every later use of that key. Keys must come from a small set.
 */
export function preparedQueryFamily<K, Q>(make: (key: K) => Q): (key: K) => Q {
  const byKey = new Map<K, Q>();
  return (key) => {
    let query = byKey.get(key);
    if (query === undefined) byKey.set(key, (query = make(key)));
    return query;
  };
}

/**
 * Rows per insert statement of {@link preparedRowsInsert}: well under SQLite's 32,766 bound parameters, and few enough
 * that a prepared statement per row count covers every chunk.
 */
const ROWS_PER_INSERT = 50;

/**
 * An insert of `columns` prepared once per row count (see {@link preparedQuery}): the rows given are inserted
 * {@link ROWS_PER_INSERT} per statement, each statement compiled once rather than built for every batch; returns the
 * rows the statements return, in order. No rows: no statement.
 */
export function preparedRowsInsert<T extends object, R>(columns: readonly (keyof T & string)[], insert: (db: Kysely<Database>, rows: T[]) => CompiledQuery<R>): (db: Kysely<Database>, rows: readonly T[]) => Promise<R[]> {
  const byCount = preparedQueryFamily((count: number): PreparedQuery<R> => preparedQuery(count * columns.length, (pdb, ...values: Placeholder[]) =>
    insert(pdb, Array.from({ length: count }, (_, r) => Object.fromEntries(columns.map((column, c) => [column, values[r * columns.length + c]])) as T))));
  return async (db, rows) => {
    const out: R[] = [];
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      const chunk = rows.slice(i, i + ROWS_PER_INSERT);
      out.push(...(await byCount(chunk.length)(db, ...chunk.flatMap((row) => columns.map((column) => row[column] ?? null)))));
    }
    return out;
  };
}
