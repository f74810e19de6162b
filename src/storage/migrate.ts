/**
 * Brings a database's schema up to date with Kysely's Migrator. The migrations are listed here, in order, by a static
 * provider (no directory scan), so they run the same under tsx, a bundler or compiled JavaScript.
 */
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { StorageDialect } from './dialects/storage-dialect.ts';
import { initialSchemaMigration } from './migrations/001-initial-schema.ts';
import { linkingModuleMigration } from './migrations/002-linking-module.ts';
import { readIndexesMigration } from './migrations/003-read-indexes.ts';
import { linkLookupsMigration } from './migrations/004-link-lookups.ts';
import { recordRevisionMigration } from './migrations/005-record-revision.ts';
import { unusedIndexesMigration } from './migrations/006-unused-indexes.ts';
import { reportMeetingIndexMigration } from './migrations/007-report-meeting-index.ts';
import { redundantParticipantIndexMigration } from './migrations/008-redundant-participant-index.ts';
import { wideCandidateKeysMigration } from './migrations/009-wide-candidate-keys.ts';
import { StorageError } from './storage-error.ts';

/** Every migration in order; names sort in the order they must run. Append new ones, never edit applied ones. */
export function migrationsFor(dialect: StorageDialect): Record<string, Migration> {
  return {
    '001-initial-schema': initialSchemaMigration(dialect),
    '002-linking-module': linkingModuleMigration(dialect),
    '003-read-indexes': readIndexesMigration(),
    '004-link-lookups': linkLookupsMigration(dialect),
    '005-record-revision': recordRevisionMigration(),
    '006-unused-indexes': unusedIndexesMigration(),
    '007-report-meeting-index': reportMeetingIndexMigration(),
    '008-redundant-participant-index': redundantParticipantIndexMigration(),
    '009-wide-candidate-keys': wideCandidateKeysMigration(),
  };
}

/** How many times a migration is retried when another process holds the lock (it then usually finds nothing to do). */
const BUSY_RETRIES = 20;

/**
 * Applies every pending migration. Safe to call from several processes at once: the loser of a lock race retries
 * and finds the migrations applied.
 *
 * @throws StorageError when a migration fails.
 */
export async function migrateToLatest(dialect: StorageDialect): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(dialect) };
  const migrator = new Migrator({ db: dialect.db, provider });
  for (let attempt = 0; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (error === undefined) return;
    if (attempt < BUSY_RETRIES && isBusy(error)) {
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
      continue;
    }
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'migration';
    throw new StorageError(`${failed} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * Whether `error` is a lost race with another process migrating the same file: busy or locked, a table it created
 * first, or its record of the same migration (Kysely takes no lock across processes on SQLite, so two may both find a
 * migration pending; the loser's transaction rolls back and its retry finds the migration applied).
 */
function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    || (error instanceof Error && /already exists|duplicate column name|database is locked|UNIQUE constraint failed: kysely_migration/i.test(error.message));
}
