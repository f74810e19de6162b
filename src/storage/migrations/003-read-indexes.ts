/**
 * Migration 003: indexes for the read side (listings of the CLI, the HTTP API and the web UI), so that a dyad's plans
 * are read in due order from an index and a page stops after `limit` rows instead of sorting every plan of the dyad.
 *
 * - `plans(match_key, coalesce(start_date, announced), end_date)` for plans with a match key: a dyad's plans (the bulk:
 *   plans the link step anchored) in the order listings show them (due date: start, else announcement), with the end
 *   date that decides pending / overdue in the index too; it also covers the Relations listing's per-dyad counts. The
 *   expression must stay exactly `coalesce(start_date, announced)` for queries to use it.
 * - `plans(match_key, countries_key, document_id, end_date, start_date, announced)` for plans without one (partial: the
 *   few the link step could not anchor): a dyad's unanchored plans by their own countries, without reading their rows.
 *   `match_key` leads so that the planner prefers it to 004's `plans_match_span_idx` for `match_key is null`.
 * - `doc_meetings(document_id, countries_key)`: "does this plan's document report a meeting of the dyad", from the
 *   index alone.
 *
 * Expression and partial indexes exist in SQLite and PostgreSQL alike.
 */
import { sql, type Kysely, type Migration } from 'kysely';

/** Builds migration 003. */
export function readIndexesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`create index plans_match_due_idx on plans (match_key, (coalesce(start_date, announced)), end_date)
        where match_key is not null`.execute(db);
      await db.schema.createIndex('plans_unmatched_idx').on('plans').columns(['match_key', 'countries_key', 'document_id', 'end_date', 'start_date', 'announced'])
        .where(sql.ref('match_key'), 'is', null).execute();
      await db.schema.createIndex('doc_meetings_document_countries_idx').on('doc_meetings').columns(['document_id', 'countries_key']).execute();
    },
  };
}
