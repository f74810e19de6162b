/**
 * Migration 008: drops `participants(person_id)`, a prefix of `participants(person_id, doc_meeting_id)` (migration
 * 002): every statement that used it — the link step's unlinked participants (`person_id is null`), a person's
 * mentions and meetings (`person_id in (...)`) — reads the longer index the same way. Each participant is inserted
 * with no person and then given one, so each index on `person_id` is written twice per participant; at 20,000 readouts
 * this one was 3% of the pages an ingest batch's commit wrote.
 */
import type { Kysely, Migration } from 'kysely';

/** Indexes migration 008 drops. */
export const REDUNDANT_INDEXES = ['participants_person_idx'] as const;

/** Builds migration 008. */
export function redundantParticipantIndexMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const name of REDUNDANT_INDEXES) await db.schema.dropIndex(name).ifExists().execute();
    },
  };
}
