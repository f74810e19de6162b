/**
 * Every relationship the knowledge base holds, in one listing: each dyad (the sides of merged meetings, two or more
 * codes) with its number of meetings, its last meeting, and its open follow-ups. What a "Japan-Russia Relations" page
 * index needs. Dialect-neutral SQL through Kysely.
 */
import { sql, type Kysely } from 'kysely';
import type { DyadSummary } from '../../app/views.ts';
import type { Level, Mode } from '../../domain/record.ts';
import type { Database } from '../schema.ts';
import { keyCodes } from './source-views.ts';

export type { DyadSummary };

/**
 * Every dyad with at least one meeting or open follow-up, most meetings first (then by dyad). Follow-up statuses are
 * as of `asOf` (ISO date) by the rule of `plan-queries.ts`: held when a follow-up shows it happened on or before
 * `asOf`; else overdue when its interval ended before `asOf`; else pending.
 *
 * Analyst corrections of a meeting's date or level are not reflected in `lastMeeting` (as in `meetingStats`).
 */
export async function listDyads(db: Kysely<Database>, asOf: string): Promise<DyadSummary[]> {
  const counts = await db.selectFrom('meetings')
    .select(['countries_key', (eb) => eb.fn.countAll<number>().as('n')])
    .where('countries_key', 'like', '%,%')
    .groupBy('countries_key')
    .execute();

  // The latest meeting of each dyad: one lookup per dyad on the (countries_key, date) index, undated meetings only
  // when a dyad has no dated one.
  const latest: { countries_key: string; id: number; date: string | null; level: string | null; mode: string }[] = [];
  for (const { countries_key: key } of counts) {
    const dated = await db.selectFrom('meetings').select(['id', 'countries_key', 'date', 'level', 'mode'])
      .where('countries_key', '=', key).where('date', 'is not', null)
      .orderBy('date', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
    const row = dated ?? await db.selectFrom('meetings').select(['id', 'countries_key', 'date', 'level', 'mode'])
      .where('countries_key', '=', key).orderBy('id', 'desc').limit(1).executeTakeFirst();
    if (row !== undefined) latest.push(row);
  }

  const open = await openFollowUpsByDyad(db, asOf);

  const out = new Map<string, { meetings: number; last: DyadSummary['lastMeeting']; pending: number; overdue: number }>();
  const entry = (key: string) => {
    let e = out.get(key);
    if (e === undefined) {
      e = { meetings: 0, last: null, pending: 0, overdue: 0 };
      out.set(key, e);
    }
    return e;
  };
  for (const c of counts) entry(c.countries_key).meetings = Number(c.n);
  for (const l of latest) entry(l.countries_key).last = { id: l.id, date: l.date, level: l.level as Level | null, mode: l.mode as Mode };
  for (const [key, o] of open) {
    const e = entry(key);
    e.pending += o.pending;
    e.overdue += o.overdue;
  }
  return [...out.entries()]
    .map(([key, e]): DyadSummary => ({
      dyad: keyCodes(key).join('-'),
      countries: keyCodes(key),
      meetings: e.meetings,
      lastMeeting: e.last,
      pendingFollowUps: e.pending,
      overdueFollowUps: e.overdue,
    }))
    .sort((a, b) => b.meetings - a.meetings || (a.dyad < b.dyad ? -1 : a.dyad > b.dyad ? 1 : 0));
}

/**
 * Open (not held as of `asOf`) plans counted per dyad key. A plan belongs to the dyad of its `match_key` (set by the
 * link step); a plan without one belongs to its own countries' key when that names two or more sides, and to the key
 * of every meeting its document reports whose sides include the plan's countries — the rule `listPlans` filters by.
 */
async function openFollowUpsByDyad(db: Kysely<Database>, asOf: string): Promise<Map<string, { pending: number; overdue: number }>> {
  // Held as of `asOf`: the holding meeting's date, else the holding document's published date (read only when the
  // meeting has none), on or before it; a link with neither counts.
  const heldOn = sql<string>`coalesce(
    (select meetings.date from meetings where meetings.id = follow_ups.held_meeting_id),
    (select documents.published from documents where documents.id = follow_ups.held_document_id),
    '0000-00-00')`;
  const notHeld = sql<boolean>`not exists (select 1 from follow_ups where follow_ups.plan_id = plans.id and ${heldOn} <= ${asOf})`;
  const overdue = sql<number>`sum(case when plans.end_date < ${asOf} then 1 else 0 end)`;
  const pending = sql<number>`sum(case when plans.end_date is null or plans.end_date >= ${asOf} then 1 else 0 end)`;

  // Plans with a match key, the bulk: every plan counted (from the index alone: `is not null` lets the planner use the
  // partial `plans_match_due_idx`), minus those held as of `asOf` (two grouped scans, no correlated lookup per plan).
  const totals = await db.selectFrom('plans')
    .select(['plans.match_key as key', overdue.as('overdue'), pending.as('pending')])
    .where('plans.match_key', 'is not', null)
    .where('plans.match_key', 'like', '%,%')
    .groupBy('plans.match_key')
    .execute();
  const held = await db.selectFrom('follow_ups')
    .innerJoin('plans', 'plans.id', 'follow_ups.plan_id')
    .select(['plans.match_key as key', overdue.as('overdue'), pending.as('pending')])
    .where('plans.match_key', 'is not', null)
    .where('plans.match_key', 'like', '%,%')
    .where(heldOn, '<=', asOf)
    .groupBy('plans.match_key')
    .execute();
  const heldByKey = new Map(held.map((h) => [h.key, h]));
  const matched = totals.map((t) => {
    const h = heldByKey.get(t.key);
    return { key: t.key, overdue: Number(t.overdue ?? 0) - Number(h?.overdue ?? 0), pending: Number(t.pending ?? 0) - Number(h?.pending ?? 0) };
  });
  const ownKey = await db.selectFrom('plans')
    .select(['plans.countries_key as key', overdue.as('overdue'), pending.as('pending')])
    .where('plans.match_key', 'is', null)
    .where('plans.countries_key', 'like', '%,%')
    .where(notHeld)
    .groupBy('plans.countries_key')
    .execute();
  // Plans naming fewer sides than the meeting their document reports ("a visit to Japan" in a Japan-Russia readout):
  // each plan counted once per distinct dyad its document reports a meeting of.
  const perPlan = db.selectFrom('plans')
    .innerJoin('doc_meetings as dm', 'dm.document_id', 'plans.document_id')
    .select(['dm.countries_key as key', 'plans.id as id', sql<string | null>`max(plans.end_date)`.as('end_date')])
    .where('plans.match_key', 'is', null)
    .where('plans.countries_key', 'not like', '%,%')
    .where('dm.countries_key', 'like', '%,%')
    .where((eb) => eb.or([
      eb('plans.countries_key', '=', ''),
      eb(sql<string>`',' || dm.countries_key || ','`, 'like', sql<string>`'%,' || plans.countries_key || ',%'`),
    ]))
    .where(notHeld)
    .groupBy(['plans.id', 'dm.countries_key']);
  const viaMeeting = await db.selectFrom(perPlan.as('plans'))
    .select(['plans.key as key', overdue.as('overdue'), pending.as('pending')])
    .groupBy('plans.key')
    .execute();

  const out = new Map<string, { pending: number; overdue: number }>();
  for (const r of [...matched, ...ownKey, ...viaMeeting]) {
    if (r.key === null) continue;
    const e = out.get(r.key) ?? { pending: 0, overdue: 0 };
    e.pending += Number(r.pending ?? 0);
    e.overdue += Number(r.overdue ?? 0);
    out.set(r.key, e);
  }
  return out;
}
