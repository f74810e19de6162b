/**
 * Migration 001: every table of `schema.ts`, its indexes, and the full-text index. Types are the portable subset
 * (integer, text) so the same migration runs on PostgreSQL; id columns and full-text come from the dialect.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { StorageDialect } from '../dialects/storage-dialect.ts';

/** Builds migration 001 for `dialect`. */
export function initialSchemaMigration(dialect: StorageDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const id = dialect.idColumn;
      await db.schema
        .createTable('documents')
        .addColumn('id', 'integer', id)
        .addColumn('source_key', 'text', (c) => c.notNull())
        .addColumn('file', 'text')
        .addColumn('url', 'text')
        .addColumn('content_hash', 'text', (c) => c.notNull().unique())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('is_current', 'integer', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('publisher', 'text')
        .addColumn('published', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('record_json', 'text')
        .addColumn('extractor_version', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('error', 'text')
        .addColumn('issues_json', 'text', (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('documents_source_version_unique', ['source_key', 'version'])
        .execute();
      // At most one current version per source, even with two ingest processes racing.
      await db.schema.createIndex('documents_current_source_unique').on('documents').column('source_key').unique()
        .where(sql.ref('is_current'), '=', 1).execute();
      await db.schema.createIndex('documents_published_idx').on('documents').column('published').execute();
      await db.schema.createIndex('documents_status_idx').on('documents').columns(['status', 'is_current']).execute();

      await db.schema
        .createTable('meetings')
        .addColumn('id', 'integer', id)
        .addColumn('date', 'text')
        .addColumn('level', 'text')
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('countries_key', 'text', (c) => c.notNull())
        .addColumn('place', 'text')
        .addColumn('occasion', 'text')
        .addColumn('duration_minutes', 'integer')
        .addColumn('source_count', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('meetings_countries_date_idx').on('meetings').columns(['countries_key', 'date']).execute();
      await db.schema.createIndex('meetings_date_idx').on('meetings').column('date').execute();

      await db.schema
        .createTable('meeting_countries')
        .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addPrimaryKeyConstraint('meeting_countries_pk', ['meeting_id', 'country'])
        .execute();
      await db.schema.createIndex('meeting_countries_country_date_idx').on('meeting_countries').columns(['country', 'date']).execute();

      await db.schema
        .createTable('doc_meetings')
        .addColumn('id', 'integer', id)
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('level', 'text')
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('countries_key', 'text', (c) => c.notNull())
        .addColumn('place', 'text')
        .addColumn('occasion', 'text')
        .addColumn('duration_minutes', 'integer')
        .addColumn('ordinal', 'integer')
        .addColumn('provenance_json', 'text', (c) => c.notNull())
        .addColumn('meeting_id', 'integer', (c) => c.references('meetings.id').onDelete('set null'))
        .addColumn('merge_json', 'text')
        .addUniqueConstraint('doc_meetings_document_idx_unique', ['document_id', 'idx'])
        .execute();
      await db.schema.createIndex('doc_meetings_countries_mode_date_idx').on('doc_meetings').columns(['countries_key', 'mode', 'date']).execute();
      await db.schema.createIndex('doc_meetings_meeting_idx').on('doc_meetings').column('meeting_id').execute();

      await db.schema
        .createTable('people')
        .addColumn('id', 'integer', id)
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('participants')
        .addColumn('id', 'integer', id)
        .addColumn('doc_meeting_id', 'integer', (c) => c.notNull().references('doc_meetings.id').onDelete('cascade'))
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('person_id', 'integer', (c) => c.references('people.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('title', 'text')
        .addColumn('provenance_json', 'text', (c) => c.notNull())
        .addUniqueConstraint('participants_doc_meeting_idx_unique', ['doc_meeting_id', 'idx'])
        .execute();
      await db.schema.createIndex('participants_person_idx').on('participants').column('person_id').execute();

      await db.schema
        .createTable('plans')
        .addColumn('id', 'integer', id)
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('what', 'text', (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('when_text', 'text')
        .addColumn('start_date', 'text')
        .addColumn('end_date', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('approximate', 'integer', (c) => c.notNull())
        .addColumn('countries_key', 'text', (c) => c.notNull())
        .addColumn('countries_json', 'text', (c) => c.notNull())
        .addColumn('people_json', 'text', (c) => c.notNull())
        .addColumn('provenance_json', 'text', (c) => c.notNull())
        .addColumn('announced', 'text')
        .addColumn('match_key', 'text')
        .addColumn('match_from', 'text')
        .addColumn('match_to', 'text')
        .addColumn('linked', 'integer', (c) => c.notNull())
        .addUniqueConstraint('plans_document_idx_unique', ['document_id', 'idx'])
        .execute();
      await db.schema.createIndex('plans_countries_end_idx').on('plans').columns(['countries_key', 'end_date']).execute();
      await db.schema.createIndex('plans_match_idx').on('plans').columns(['match_key', 'match_to']).execute();
      await db.schema.createIndex('plans_end_idx').on('plans').column('end_date').execute();
      await db.schema.createIndex('plans_unlinked_idx').on('plans').column('linked').where(sql.ref('linked'), '=', 0).execute();

      await db.schema
        .createTable('past_refs')
        .addColumn('id', 'integer', id)
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('what', 'text', (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('provenance_json', 'text', (c) => c.notNull())
        .addUniqueConstraint('past_refs_document_idx_unique', ['document_id', 'idx'])
        .execute();

      await db.schema
        .createTable('follow_ups')
        .addColumn('id', 'integer', id)
        .addColumn('plan_id', 'integer', (c) => c.notNull().unique().references('plans.id').onDelete('cascade'))
        .addColumn('held_meeting_id', 'integer', (c) => c.references('meetings.id').onDelete('cascade'))
        .addColumn('held_document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('evidence_json', 'text', (c) => c.notNull())
        .addColumn('explanation_json', 'text', (c) => c.notNull())
        .addColumn('decided_by', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('follow_ups_meeting_idx').on('follow_ups').column('held_meeting_id').execute();
      await db.schema.createIndex('follow_ups_document_idx').on('follow_ups').column('held_document_id').execute();

      await db.schema
        .createTable('corrections')
        .addColumn('id', 'integer', id)
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('document_id', 'integer', (c) => c.notNull())
        .addColumn('meeting_idx', 'integer')
        .addColumn('plan_idx', 'integer')
        .addColumn('other_document_id', 'integer')
        .addColumn('other_meeting_idx', 'integer')
        .addColumn('field', 'text')
        .addColumn('value_json', 'text')
        .addColumn('note', 'text')
        .execute();
      await db.schema.createIndex('corrections_document_idx').on('corrections').column('document_id').execute();
      await db.schema.createIndex('corrections_other_document_idx').on('corrections').column('other_document_id').execute();

      await dialect.createFullTextIndex(db);
    },
  };
}
