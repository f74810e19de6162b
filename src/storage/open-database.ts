/**
 * Opening the knowledge base: which file, which engine, and the schema brought up to date.
 */
import { resolve } from 'node:path';
import { openSqliteDialect } from './dialects/sqlite.ts';
import type { StorageDialect } from './dialects/storage-dialect.ts';
import { migrateToLatest } from './migrate.ts';
import { StorageError } from './storage-error.ts';

/** The database file used when neither `--db` nor `READOUT_DB` names one. */
export const DEFAULT_DATABASE_FILE = './readout.db';

/** The database file to open: `option` (from `--db`), else the `READOUT_DB` environment variable, else `./readout.db`. */
export function databaseFile(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = option ?? env['READOUT_DB'];
  return chosen !== undefined && chosen !== '' ? chosen : DEFAULT_DATABASE_FILE;
}

/**
 * Opens (creating if needed) the database at `file` and applies pending migrations. The caller closes it with
 * `dialect.close()`.
 *
 * @throws StorageError when the file cannot be opened or migrated.
 */
export async function openDatabase(file: string): Promise<StorageDialect> {
  let dialect: StorageDialect;
  try {
    dialect = openSqliteDialect(file === ':memory:' ? file : resolve(file));
  } catch (error) {
    throw new StorageError(`${file}: cannot open database: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  try {
    await migrateToLatest(dialect);
  } catch (error) {
    await dialect.close();
    throw error;
  }
  return dialect;
}
