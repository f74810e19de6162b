/**
 * Migration 002: what the link step needs to link with the linking module (src/linking/) through indexed queries.
 *
 * - `doc_meetings.window_start/window_end`: the days a report's meeting took place in (its date, else a window from
 *   its document's published date or URL — `meetingWindow`), indexed with its sides and mode, so undated reports find
 *   their merge candidates too.
 * - `people.country` and `person_words`: a person's country and name words, so a mention ("Kono", "Kono Taro") finds
 *   the people it may be by an index instead of by its exact key.
 * - `held_candidates` (+ `held_candidate_countries`): what each stored report and past reference shows to have
 *   happened (`HeldCandidate` as JSON, computed once when its document is linked), indexed by side and date, so a plan
 *   finds the events that may hold it, and a new event the plans it may hold.
 * - `past_refs.linked`: whether the link step has computed the reference's held candidate.
 * - `plans(match_key, match_from)`: the reverse lookup (plans whose window contains a new event).
 *
 * Links are derived data: the link state written by the earlier rules (merged meetings, people, automatic follow-ups)
 * is dropped, and the next link step (ingest, reprocess or a correction) rebuilds it. Analyst corrections are kept.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { StorageDialect } from '../dialects/storage-dialect.ts';

/** Builds migration 002 for `dialect`. */
export function linkingModuleMigration(dialect: StorageDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const id = dialect.idColumn;
      await db.schema.alterTable('doc_meetings').addColumn('window_start', 'text').execute();
      await db.schema.alterTable('doc_meetings').addColumn('window_end', 'text').execute();
      await db.schema.createIndex('doc_meetings_countries_mode_window_idx').on('doc_meetings').columns(['countries_key', 'mode', 'window_start']).execute();
      await db.schema.createIndex('doc_meetings_unlinked_idx').on('doc_meetings').column('id').where(sql.ref('meeting_id'), 'is', null).execute();

      await db.schema.alterTable('people').addColumn('country', 'text').execute();
      await db.schema
        .createTable('person_words')
        .addColumn('word', 'text', (c) => c.notNull())
        .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('person_words_pk', ['word', 'person_id'])
        .execute();
      await db.schema.createIndex('participants_unlinked_idx').on('participants').column('id').where(sql.ref('person_id'), 'is', null).execute();
      // "A person's meetings": participants of a person -> their reports -> merged meetings, one index each step.
      await db.schema.createIndex('participants_person_report_idx').on('participants').columns(['person_id', 'doc_meeting_id']).execute();

      await db.schema.alterTable('past_refs').addColumn('linked', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.createIndex('past_refs_unlinked_idx').on('past_refs').column('id').where(sql.ref('linked'), '=', 0).execute();

      await db.schema
        .createTable('held_candidates')
        .addColumn('id', 'integer', id)
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('doc_meeting_id', 'integer', (c) => c.references('doc_meetings.id').onDelete('cascade').unique())
        .addColumn('past_ref_id', 'integer', (c) => c.references('past_refs.id').onDelete('cascade').unique())
        .addColumn('at_from', 'text', (c) => c.notNull())
        .addColumn('at_to', 'text', (c) => c.notNull())
        .addColumn('countries_key', 'text', (c) => c.notNull())
        .addColumn('candidate_json', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('held_candidates_document_idx').on('held_candidates').column('document_id').execute();
      await db.schema
        .createTable('held_candidate_countries')
        .addColumn('candidate_id', 'integer', (c) => c.notNull().references('held_candidates.id').onDelete('cascade'))
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('at_from', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('held_candidate_countries_pk', ['candidate_id', 'country'])
        .execute();
      await db.schema.createIndex('held_candidate_countries_country_at_idx').on('held_candidate_countries').columns(['country', 'at_from']).execute();

      await db.schema.createIndex('plans_match_from_idx').on('plans').columns(['match_key', 'match_from']).execute();

      // Drop the link state of the earlier rules; the next link step rebuilds it with the linking module.
      await sql`delete from follow_ups where decided_by = 'auto'`.execute(db);
      await sql`update plans set linked = 0, match_key = null, match_from = null, match_to = null`.execute(db);
      await sql`update doc_meetings set meeting_id = null, merge_json = null`.execute(db);
      await sql`delete from meetings`.execute(db);
      await sql`update participants set person_id = null`.execute(db);
      await sql`delete from people`.execute(db);
    },
  };
}
