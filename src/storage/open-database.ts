/**
 * Opening the knowledge base: which database (a SQLite file or a PostgreSQL URL), which engine, and the schema
 * brought up to date.
 */
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { isPostgresUrl, maskPassword, openPostgresDialect } from './dialects/postgres.ts';
import { openSqliteDialect } from './dialects/sqlite.ts';
import type { StorageDialect } from './dialects/storage-dialect.ts';
import { migrateToLatest } from './migrate.ts';
import { StorageError } from './storage-error.ts';

/** The database file used when neither `--db`, `DATABASE_URL` nor `READOUT_DB` names a database. */
export const DEFAULT_DATABASE_FILE = './readout.db';

/**
 * The database to open: `option` (from `--db`: a file or a `postgres://` URL), else the `DATABASE_URL` environment
 * variable when it is a PostgreSQL URL (the name hosting platforms give it; another program's `mysql://` or
 * `sqlite://` URL there is not ours to open), else `READOUT_DB`, else `./readout.db`. Empty values count as unset.
 */
export function databaseTarget(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const databaseUrl = env['DATABASE_URL'];
  for (const chosen of [option, databaseUrl !== undefined && isPostgresUrl(databaseUrl) ? databaseUrl : undefined, env['READOUT_DB']]) {
    if (chosen !== undefined && chosen !== '') return chosen;
  }
  return DEFAULT_DATABASE_FILE;
}

/** @deprecated Former name of {@link databaseTarget}, kept while callers move over. */
export const databaseFile = databaseTarget;

/** How `target` is named in messages: a URL with its password masked, a file as given. */
export function describeTarget(target: string): string {
  return isUrl(target) ? maskPassword(target) : target;
}

function isUrl(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(target);
}

/**
 * Opens the database `target` — a SQLite file (created if needed), `:memory:`, or a `postgres://` /
 * `postgresql://` URL of an existing PostgreSQL database (any other URL is refused) — and applies pending migrations (safe when several
 * processes open one database at once). The caller closes it with `dialect.close()`.
 *
 * @throws StorageError when the database cannot be opened, reached or migrated; the message names the target (its
 *   password masked) and the reason, on one line.
 */
export async function openDatabase(target: string): Promise<StorageDialect> {
  const postgres = isPostgresUrl(target);
  if (!postgres && isUrl(target)) {
    throw cannotOpen(target, new Error('not a file path or a postgres:// URL'));
  }
  let dialect: StorageDialect;
  try {
    dialect = postgres ? openPostgresDialect(target) : openSqliteDialect(target === ':memory:' ? target : resolve(target));
  } catch (error) {
    throw cannotOpen(target, error);
  }
  try {
    // A pool connects lazily: reach the server now, so an unreachable one is reported as such, not as a migration.
    if (postgres) await sql`select 1`.execute(dialect.db).catch((error: unknown) => { throw cannotOpen(target, error); });
    await migrateToLatest(dialect);
  } catch (error) {
    await dialect.close().catch(() => {});
    throw error instanceof StorageError ? error : cannotOpen(target, error);
  }
  return dialect;
}

function cannotOpen(target: string, error: unknown): StorageError {
  return new StorageError(`${describeTarget(target)}: cannot open database: ${reasonOf(error)}`, { cause: error });
}

/** One line saying why: the error's message, else (a connection refused on every address) its first inner error's. */
function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0 && error.message === '') return reasonOf(error.errors[0]);
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const message = error.message !== '' ? error.message : typeof code === 'string' ? code : error.name;
    return message.split('\n')[0] ?? message;
  }
  return String(error);
}
