/**
 * Every relationship the knowledge base holds, in one listing: each dyad (the sides of merged meetings, two or more
 * codes) with its number of meetings, its last meeting, and its open follow-ups. What a "Japan-Russia Relations" page
 * index needs. Dialect-neutral SQL through Kysely.
 *
 * The listing aggregates the whole knowledge base, and only the follow-up counts depend on the as-of date. So it is
 * read in two steps: {@link dyadOverview} reads everything that does not depend on the date, in a few grouped queries
 * whose answer is small (a row per dyad, and per dyad a row per distinct due date and holding date); then
 * {@link dyadSummaries} counts the follow-ups open as of any date from that in memory. A server keeps one overview per
 * state of the knowledge base and answers every as-of date from it.
 */
import { sql, type Kysely } from 'kysely';
import type { DyadSummary } from '../../app/views.ts';
import type { Level, Mode } from '../../domain/record.ts';
import type { Database } from '../schema.ts';
import { keyCodes } from './source-views.ts';

export type { DyadSummary };

/** What {@link dyadSummaries} needs, as of no particular date. */
export interface DyadOverview {
  /** Per dyad key with meetings: how many, and the latest (dated if any). */
  readonly meetings: ReadonlyMap<string, { readonly count: number; readonly last: NonNullable<DyadSummary['lastMeeting']> }>;
  /**
   * The plans counted towards each dyad's follow-ups, grouped: `count` plans of dyad `key` due (interval end) on `end`
   * (null: no end) and held on `heldOn` (null: no follow-up; a follow-up whose meeting and document give no date has
   * `0000-00-00`, held as of any date). `listed`: the dyad is listed even when all of them are held (plans anchored to
   * it by the link step); other dyads are listed for their open follow-ups only.
   */
  readonly plans: readonly { readonly key: string; readonly end: string | null; readonly heldOn: string | null; readonly count: number; readonly listed: boolean }[];
}

/**
 * Every dyad with at least one meeting or open follow-up, most meetings first (then by dyad). Follow-up statuses are
 * as of `asOf` (ISO date) by the rule of `plan-queries.ts`: held when a follow-up shows it happened on or before
 * `asOf`; else overdue when its interval ended before `asOf`; else pending.
 *
 * Analyst corrections of a meeting's date or level are not reflected in `lastMeeting` (as in `meetingStats`).
 */
export async function listDyads(db: Kysely<Database>, asOf: string): Promise<DyadSummary[]> {
  return dyadSummaries(await dyadOverview(db), asOf);
}

/** {@link listDyads} as of `asOf`, counted from an overview (no query). */
export function dyadSummaries(overview: DyadOverview, asOf: string): DyadSummary[] {
  const out = new Map<string, { pending: number; overdue: number }>();
  for (const key of overview.meetings.keys()) out.set(key, { pending: 0, overdue: 0 });
  for (const p of overview.plans) {
    const held = p.heldOn !== null && p.heldOn <= asOf;
    let e = out.get(p.key);
    if (e === undefined) {
      if (held && !p.listed) continue;
      out.set(p.key, (e = { pending: 0, overdue: 0 }));
    }
    if (held) continue;
    if (p.end !== null && p.end < asOf) e.overdue += p.count;
    else e.pending += p.count;
  }
  return [...out.entries()]
    .map(([key, e]): DyadSummary => {
      const meetings = overview.meetings.get(key);
      return {
        dyad: keyCodes(key).join('-'),
        countries: keyCodes(key),
        meetings: meetings?.count ?? 0,
        lastMeeting: meetings?.last ?? null,
        pendingFollowUps: e.pending,
        overdueFollowUps: e.overdue,
      };
    })
    .sort((a, b) => b.meetings - a.meetings || (a.dyad < b.dyad ? -1 : a.dyad > b.dyad ? 1 : 0));
}

/** Reads the date-independent part of the Relations listing: a few grouped queries over the whole knowledge base. */
export async function dyadOverview(db: Kysely<Database>): Promise<DyadOverview> {
  const counts = await db.selectFrom('meetings')
    .select(['countries_key', (eb) => eb.fn.countAll<number>().as('n')])
    .where('countries_key', 'like', '%,%')
    .groupBy('countries_key')
    .execute();

  // The latest meeting of each dyad: one lookup per dyad on the (countries_key, date) index, undated meetings only
  // when a dyad has no dated one.
  const meetings = new Map<string, { count: number; last: NonNullable<DyadSummary['lastMeeting']> }>();
  for (const { countries_key: key, n } of counts) {
    const dated = await db.selectFrom('meetings').select(['id', 'date', 'level', 'mode'])
      .where('countries_key', '=', key).where('date', 'is not', null)
      .orderBy('date', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
    const row = dated ?? await db.selectFrom('meetings').select(['id', 'date', 'level', 'mode'])
      .where('countries_key', '=', key).orderBy('id', 'desc').limit(1).executeTakeFirst();
    if (row !== undefined) meetings.set(key, { count: Number(n), last: { id: row.id, date: row.date, level: row.level as Level | null, mode: row.mode as Mode } });
  }
  return { meetings, plans: await followUpPlans(db) };
}

/**
 * The plans counted per dyad key, grouped by due date and holding date. A plan belongs to the dyad of its `match_key`
 * (set by the link step); a plan without one belongs to its own countries' key when that names two or more sides, and
 * to the key of every meeting its document reports whose sides include the plan's countries — the rule `listPlans`
 * filters by.
 */
async function followUpPlans(db: Kysely<Database>): Promise<DyadOverview['plans']> {
  // When the plan was held: its follow-up's meeting's date, else the holding document's published date (read only
  // when the meeting has none); a follow-up with neither counts as held on any date. Null: no follow-up.
  const heldOn = sql<string | null>`case when follow_ups.id is null then null else coalesce(
    (select meetings.date from meetings where meetings.id = follow_ups.held_meeting_id),
    (select documents.published from documents where documents.id = follow_ups.held_document_id),
    '0000-00-00') end`;

  // Plans with a match key, the bulk (`is not null` lets the planner read them from the partial `plans_match_due_idx`).
  const anchored = db.selectFrom('plans')
    .leftJoin('follow_ups', 'follow_ups.plan_id', 'plans.id')
    .select(['plans.match_key as key', 'plans.end_date as end_date', heldOn.as('held_on')])
    .where('plans.match_key', 'is not', null)
    .where('plans.match_key', 'like', '%,%');
  const ownKey = db.selectFrom('plans')
    .leftJoin('follow_ups', 'follow_ups.plan_id', 'plans.id')
    .select(['plans.countries_key as key', 'plans.end_date as end_date', heldOn.as('held_on')])
    .where('plans.match_key', 'is', null)
    .where('plans.countries_key', 'like', '%,%');
  // Plans naming fewer sides than the meeting their document reports ("a visit to Japan" in a Japan-Russia readout):
  // each plan counted once per distinct dyad its document reports a meeting of.
  const viaMeeting = db.selectFrom('plans')
    .innerJoin('doc_meetings as dm', 'dm.document_id', 'plans.document_id')
    .leftJoin('follow_ups', 'follow_ups.plan_id', 'plans.id')
    .select(['dm.countries_key as key', 'plans.id as id', 'plans.end_date as end_date', heldOn.as('held_on')])
    .distinct()
    .where('plans.match_key', 'is', null)
    .where('plans.countries_key', 'not like', '%,%')
    .where('dm.countries_key', 'like', '%,%')
    .where((eb) => eb.or([
      eb('plans.countries_key', '=', ''),
      eb(sql<string>`',' || dm.countries_key || ','`, 'like', sql<string>`'%,' || plans.countries_key || ',%'`),
    ]));

  const out: { key: string; end: string | null; heldOn: string | null; count: number; listed: boolean }[] = [];
  for (const [part, listed] of [[anchored, true], [ownKey, false], [viaMeeting, false]] as const) {
    const rows = (await sql<{ key: string | null; end_date: string | null; held_on: string | null; n: number | string }>`select p.key, p.end_date, p.held_on, count(*) as n from (${part}) p group by p.key, p.end_date, p.held_on`.execute(db)).rows;
    for (const r of rows) if (r.key !== null) out.push({ key: r.key, end: r.end_date, heldOn: r.held_on, count: Number(r.n), listed });
  }
  return out;
}
