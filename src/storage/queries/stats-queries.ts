/**
 * Counts: meetings per dyad per year by level and mode, and the state of the stored documents.
 */
import { sql, type Kysely } from 'kysely';
import type { Level, Mode } from '../../domain/record.ts';
import type { StatsRow } from '../../app/views.ts';
import type { Database } from '../schema.ts';

/**
 * Merged meetings counted per dyad (sides joined with `-`, "JP-RU"), year of the meeting date (null when undated),
 * level and mode; ordered by dyad, year (undated last), level, mode. `country` keeps the dyads that include it.
 * Counts use the stored (linked) values: analyst corrections of a date or level are not reflected.
 */
export async function meetingStats(db: Kysely<Database>, options: { readonly country?: string | undefined } = {}): Promise<StatsRow[]> {
  const year = sql<string | null>`substr(date, 1, 4)`;
  let query = db.selectFrom('meetings')
    .select([ 'countries_key', year.as('year'), 'level', 'mode', (eb) => eb.fn.countAll<number>().as('meetings')])
    .groupBy(['countries_key', year, 'level', 'mode']);
  if (options.country !== undefined) {
    query = query.where('id', 'in', db.selectFrom('meeting_countries').select('meeting_id').where('country', '=', options.country.toUpperCase()));
  }
  const rows = await query.execute();
  return rows
    .map((r): StatsRow => ({
      dyad: r.countries_key.split(',').join('-'),
      year: r.year === null ? null : Number(r.year),
      level: r.level as Level | null,
      mode: r.mode as Mode,
      meetings: Number(r.meetings),
    }))
    .sort((a, b) => cmp(a.dyad, b.dyad) || (a.year ?? 99999) - (b.year ?? 99999) || cmp(a.level ?? '~', b.level ?? '~') || cmp(a.mode, b.mode));
}

/** How many documents are stored and which failed extraction. */
export interface DocumentCounts {
  /** Current documents (one per source). */
  readonly current: number;
  /** Superseded versions kept for history. */
  readonly superseded: number;
  /** Current documents whose extraction failed, with the error. */
  readonly failed: readonly { readonly documentId: number; readonly source: string; readonly error: string }[];
}

/** Counts of stored documents, and every current document whose extraction failed. */
export async function documentCounts(db: Kysely<Database>): Promise<DocumentCounts> {
  const counts = await db.selectFrom('documents')
    .select(['is_current', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('is_current')
    .execute();
  const failed = await db.selectFrom('documents')
    .select(['id', 'source_key', 'error'])
    .where('status', '=', 'failed').where('is_current', '=', 1)
    .orderBy('id')
    .execute();
  return {
    current: Number(counts.find((c) => c.is_current === 1)?.n ?? 0),
    superseded: Number(counts.find((c) => c.is_current === 0)?.n ?? 0),
    failed: failed.map((f) => ({ documentId: f.id, source: f.source_key, error: f.error ?? 'unknown error' })),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
