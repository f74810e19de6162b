/**
 * Savepoints inside a write transaction (standard SQL, the same on SQLite and PostgreSQL): lets a batch transaction
 * keep per-document atomicity — a document that fails to store is rolled back alone, the batch goes on.
 */
import { sql, type Kysely } from 'kysely';
import { preparedQuery, preparedQueryFamily } from './prepared-query.ts';
import type { Database } from './schema.ts';

/**
 * Runs `work` under savepoint `name`: released when it resolves; rolled back to (undoing only `work`'s writes) and
 * rethrown when it throws.
 */
export async function withSavepoint<T>(trx: Kysely<Database>, name: string, work: () => Promise<T>): Promise<T> {
  const statements = savepointStatements(name);
  await statements.open(trx);
  try {
    const value = await work();
    await statements.release(trx);
    return value;
  } catch (error) {
    await sql`rollback to savepoint ${sql.id(name)}`.execute(trx);
    await statements.release(trx);
    throw error;
  }
}

/** The statements opening and releasing each savepoint name, compiled once (ingest opens one per document). */
const savepointStatements = preparedQueryFamily((name: string) => ({
  open: preparedQuery(0, (db) => sql`savepoint ${sql.id(name)}`.compile(db)),
  release: preparedQuery(0, (db) => sql`release savepoint ${sql.id(name)}`.compile(db)),
}));
