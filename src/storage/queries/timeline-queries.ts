/**
 * A dyad's timeline: its meetings and the plans announced for it, in one date order.
 */
import type { Kysely } from 'kysely';
import type { TimelineEntry } from '../../app/views.ts';
import type { Database } from '../schema.ts';
import { listMeetings } from './meeting-queries.ts';
import { listPlanKeys, plansInOrder } from './plan-queries.ts';

/**
 * The meetings of `dyad` (sides exactly the dyad's, any order) and the plans concerning it (as `listPlans` decides),
 * ordered by date — a meeting's date, a plan's interval start, else the date it was announced; undated entries last —
 * and on one date meetings before plans. Plan statuses are as of `asOf`. At most `limit` of each kind (default 1000).
 */
export async function dyadTimeline(db: Kysely<Database>, dyad: string, asOf: string, options: { readonly from?: string | undefined; readonly to?: string | undefined; readonly limit?: number | undefined } = {}): Promise<TimelineEntry[]> {
  const limit = options.limit ?? 1000;
  const meetings = await listMeetings(db, { dyad, from: options.from, to: options.to, limit });
  // The dyad's first `limit` plans (as `listPlans` pages them), of which those dated in the range: views are built
  // for those only (a plan's timeline date, start else announcement, is its due key).
  const keys = (await listPlanKeys(db, asOf, { dyad, limit })).filter((k) => inRange(k.due, options.from, options.to));
  const plans = await plansInOrder(db, keys.map((k) => k.id), asOf);
  const entries: TimelineEntry[] = [
    ...meetings.map((meeting): TimelineEntry => ({ kind: 'meeting', date: meeting.date, meeting })),
    ...plans.map((plan): TimelineEntry => ({ kind: 'plan', date: plan.start ?? plan.announced, plan })),
  ];
  return entries.sort((a, b) => compareDates(a.date, b.date) || rank(a) - rank(b) || idOf(a) - idOf(b));
}

function inRange(date: string | null, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  if (date === null) return false;
  return (from === undefined || date >= from) && (to === undefined || date <= to);
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

const rank = (e: TimelineEntry): number => (e.kind === 'meeting' ? 0 : 1);
const idOf = (e: TimelineEntry): number => (e.kind === 'meeting' ? e.meeting.id : e.plan.id);
