/**
 * Migration 005: `documents.record_rev`, the revision of a document's `record_json`: 0 as stored, one more each time
 * reprocess replaces it (`replaceExtraction`). The link step keeps parsed records between batches by document id; with
 * the revision it checks an entry against an integer instead of reading the record JSON again to compare it.
 */
import { sql, type Kysely, type Migration } from 'kysely';

/** Builds migration 005. */
export function recordRevisionMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('documents').addColumn('record_rev', 'integer', (c) => c.notNull().defaultTo(sql.lit(0))).execute();
    },
  };
}
