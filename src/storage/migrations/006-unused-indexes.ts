/**
 * Migration 006: drops indexes no statement uses. Each index costs every insert and update of its table a B-tree
 * write, and the link step's commits write every page those touch; these were found unused by asking SQLite for the
 * plan of every statement the test suite and the read-side benchmark prepare (no statistics are gathered, so the
 * plans do not change with the data):
 * - `doc_meetings(countries_key, mode, date)`: the link step finds a meeting's other reports by window
 *   (`doc_meetings_countries_mode_window_idx`, migration 002), not by date;
 * - `doc_meetings(id) where meeting_id is null` and `participants(id) where person_id is null`: the lookups of
 *   unlinked rows use `doc_meetings_meeting_idx` and `participants_person_idx` (the null entries of those);
 * - `plans(countries_key, end_date)`, `plans(match_key, match_to)`, `plans(match_key, match_from)`: superseded by
 *   `plans_unmatched_idx`, `plans_match_due_idx` (migration 003) and `plans_match_span_idx` (migration 004).
 * The partial indexes over `linked = 0` stay: their statements bind `linked`, and SQLite plans them per value.
 */
import type { Kysely, Migration } from 'kysely';

export const UNUSED_INDEXES = [
  'doc_meetings_countries_mode_date_idx',
  'doc_meetings_unlinked_idx',
  'participants_unlinked_idx',
  'plans_countries_end_idx',
  'plans_match_idx',
  'plans_match_from_idx',
] as const;

/** Builds migration 006. */
export function unusedIndexesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const name of UNUSED_INDEXES) await db.schema.dropIndex(name).ifExists().execute();
    },
  };
}
