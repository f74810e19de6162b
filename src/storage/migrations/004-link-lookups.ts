/**
 * Migration 004: cheaper candidate lookups for the link step, and stable merged-meeting ids.
 *
 * - `held_candidate_keys` replaces `held_candidate_countries`: one row per side and per pair of sides of a held
 *   candidate (`"JP"`, `"RU"`, `"JP,RU"`), with its days and document, and whether its window is long (more than
 *   {@link LONG_CANDIDATE_DAYS} days: vague past references). Index `(key, long, at_from, at_to, document_id,
 *   candidate_id)` covers a plan's lookup: a dyad is one equality, and short windows are read from a range that
 *   starts only {@link LONG_CANDIDATE_DAYS} days before the plan's window instead of 400.
 * - `plans.match_span`: the class of a plan's window length (see `planSpanClass`), indexed with its key and days (and
 *   kind, covering), so the plans a new event may hold are read per class from a range bounded by that class's longest
 *   window.
 * - `meeting_id_claims`: the merged meeting each report of a source belonged to when its derived rows were removed
 *   (new version, reprocess), so a meeting re-formed from that report keeps its id.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { StorageDialect } from '../dialects/storage-dialect.ts';

/** Held candidate windows longer than this many days are `long` in `held_candidate_keys`. */
export const LONG_CANDIDATE_DAYS = 45;
/** Upper bounds (days) of plan window classes 0 and 1; class 2 is anything longer. */
export const PLAN_SPAN_CLASSES: readonly number[] = [62, 410];

/** The `match_span` class of a plan window `[from, to]` (ISO dates). */
export function planSpanClass(from: string, to: string): number {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  const at = PLAN_SPAN_CLASSES.findIndex((max) => days <= max);
  return at === -1 ? PLAN_SPAN_CLASSES.length : at;
}

/** Builds migration 004 for `dialect` (date arithmetic differs between engines). */
export function linkLookupsMigration(dialect: StorageDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('held_candidate_keys')
        .addColumn('candidate_id', 'integer', (c) => c.notNull().references('held_candidates.id').onDelete('cascade'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('long', 'integer', (c) => c.notNull())
        .addColumn('at_from', 'text', (c) => c.notNull())
        .addColumn('at_to', 'text', (c) => c.notNull())
        .addColumn('document_id', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('held_candidate_keys_pk', ['candidate_id', 'key'])
        .execute();
      await db.schema.createIndex('held_candidate_keys_lookup_idx').on('held_candidate_keys')
        .columns(['key', 'long', 'at_from', 'at_to', 'document_id', 'candidate_id']).execute();
      const long = sql`case when ${dialect.daysBetween(sql.ref('hc.at_from'), sql.ref('hc.at_to'))} > ${sql.lit(LONG_CANDIDATE_DAYS)} then 1 else 0 end`;
      await sql`insert into held_candidate_keys (candidate_id, key, long, at_from, at_to, document_id)
        select hc.id, c.country, ${long}, hc.at_from, hc.at_to, hc.document_id
        from held_candidate_countries c join held_candidates hc on hc.id = c.candidate_id`.execute(db);
      await sql`insert into held_candidate_keys (candidate_id, key, long, at_from, at_to, document_id)
        select hc.id, a.country || ',' || b.country, ${long}, hc.at_from, hc.at_to, hc.document_id
        from held_candidate_countries a join held_candidate_countries b on b.candidate_id = a.candidate_id and a.country < b.country
        join held_candidates hc on hc.id = a.candidate_id`.execute(db);
      await db.schema.dropTable('held_candidate_countries').execute();

      await db.schema.alterTable('plans').addColumn('match_span', 'integer').execute();
      const span = dialect.daysBetween(sql.ref('match_from'), sql.ref('match_to'));
      await sql`update plans set match_span = case
        when ${span} <= ${sql.lit(PLAN_SPAN_CLASSES[0])} then 0
        when ${span} <= ${sql.lit(PLAN_SPAN_CLASSES[1])} then 1 else 2 end
        where match_from is not null`.execute(db);
      await db.schema.createIndex('plans_match_span_idx').on('plans')
        .columns(['match_key', 'match_span', 'match_from', 'match_to', 'document_id', 'idx', 'kind']).execute();

      await db.schema
        .createTable('meeting_id_claims')
        .addColumn('source_key', 'text', (c) => c.notNull())
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('meeting_id', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('meeting_id_claims_pk', ['source_key', 'idx'])
        .execute();
    },
  };
}
