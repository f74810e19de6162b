/**
 * Migration 009: a held candidate with many sides (a summit, a ministerial of seven or eight countries) is keyed by
 * each of its sides only, no longer also by each pair of them.
 *
 * Migration 004 gave every candidate a `held_candidate_keys` row per side and per pair of sides, so that a plan's dyad
 * is one index range. Pairs grow with the square of the sides: at 100,000 generated readouts the 2.5% of candidates
 * with seven or eight sides held 22% of the key rows, and each of their rare pair keys ("FJ,NZ") lands on a leaf page
 * of its own in `held_candidate_keys_lookup_idx`, the structure an ingest commit wrote most pages of (24%).
 *
 * A candidate with at least {@link WIDE_CANDIDATE_SIDES} sides is now "wide": its side rows have `long` + 2
 * ({@link WIDE_KEY_CLASS}: 2 for a short window, 3 for a long one) and it has no pair rows. A dyad's lookup reads its
 * pair ranges (classes 0 and 1) and the wide ranges of one of its sides, keeping the wide candidates that have the other
 * side too (a primary-key probe each); a side's lookup reads all four classes. Either finds the same candidates as
 * before, in the same order.
 */
import { sql, type Kysely, type Migration } from 'kysely';

/** Held candidates with at least this many sides are keyed by side only (no pair rows). */
export const WIDE_CANDIDATE_SIDES = 4;
/** Added to `held_candidate_keys.long` (0 short, 1 long window) on the side rows of a wide candidate. */
export const WIDE_KEY_CLASS = 2;

/** Builds migration 009. */
export function wideCandidateKeysMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      // Sides are the comma-separated codes of `countries_key` (never empty for a keyed candidate).
      const wide = sql`select id from held_candidates
        where length(countries_key) - length(replace(countries_key, ',', '')) >= ${sql.lit(WIDE_CANDIDATE_SIDES - 1)}`;
      await sql`delete from held_candidate_keys where key like '%,%' and candidate_id in (${wide})`.execute(db);
      await sql`update held_candidate_keys set long = long + ${sql.lit(WIDE_KEY_CLASS)} where long < ${sql.lit(WIDE_KEY_CLASS)} and candidate_id in (${wide})`.execute(db);
    },
  };
}
