/**
 * Migration 007: `doc_meetings(id, meeting_id)`, so that "a person's meetings" goes from the person's participant
 * rows to their merged meetings through indexes alone. Without it, each report's meeting id was read from the report's
 * row in the table — rows of ~1 KB (their provenance JSON), three to a page, so a person named in 3,000 reports cost
 * ~1,100 page reads per listing at 100,000 readouts. The query reaches this index by a range on the report id
 * (`meetingRows` in queries/meeting-queries.ts): SQLite answers an equality on a rowid from the table itself.
 */
import type { Kysely, Migration } from 'kysely';

/** Builds migration 007. */
export function reportMeetingIndexMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.createIndex('doc_meetings_report_meeting_idx').ifNotExists().on('doc_meetings').columns(['id', 'meeting_id']).execute();
    },
  };
}
