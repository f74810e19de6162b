/**
 * Savepoints inside a write transaction (standard SQL, the same on SQLite and PostgreSQL): lets a batch transaction
 * keep per-document atomicity — a document that fails to store is rolled back alone, the batch goes on.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * Runs `work` under savepoint `name`: released when it resolves; rolled back to (undoing only `work`'s writes) and
 * rethrown when it throws.
 */
export async function withSavepoint<T>(trx: Kysely<Database>, name: string, work: () => Promise<T>): Promise<T> {
  await sql`savepoint ${sql.id(name)}`.execute(trx);
  try {
    const value = await work();
    await sql`release savepoint ${sql.id(name)}`.execute(trx);
    return value;
  } catch (error) {
    await sql`rollback to savepoint ${sql.id(name)}`.execute(trx);
    await sql`release savepoint ${sql.id(name)}`.execute(trx);
    throw error;
  }
}
