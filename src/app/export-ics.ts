/**
 * iCalendar (RFC 5545) export of planned events, so an analyst can see announced visits and talks in a calendar.
 * Pure: plan views in, calendar text out — no clock (DTSTAMP comes from the plan's announcement date).
 */
import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { citeSource, dyadName } from './listing-columns.ts';
import type { PlanView } from './views.ts';

/** The calendar text and the plans that could not be put in it, with the reason. */
export interface IcsExport {
  readonly ics: string;
  /** Plans left out: vague ones without a start date ("at an early date", "in the future"). */
  readonly leftOut: readonly { readonly planId: number; readonly reason: string }[];
}

/**
 * One all-day VEVENT per plan that has a start date:
 * - `DTSTART;VALUE=DATE` is the interval's start and `DTEND;VALUE=DATE` the day after its end (DTEND is exclusive
 *   for all-day events); an open-ended plan (end null) spans its start day only and says so in its description.
 * - Approximate plans ("around mid-October") get `≈ ` before the summary and `X-READOUT-APPROXIMATE:TRUE`.
 * - The description gives the time as written (`whenText`), the normalised interval, the evidence sentence, the
 *   source (file or URL, publisher, published date) and the follow-up status; a held plan is `STATUS:CONFIRMED`
 *   and names the meeting that held it, others are `TENTATIVE`. Events are transparent (they block no time).
 * - UIDs are `readout-plan-<documentId>-<evidence start>-<evidence end>@readout`: the same plan keeps its UID across
 *   re-exports and reprocessing (a stored document's text never changes, so neither do its offsets), and a
 *   calendar that subscribes updates events instead of duplicating them.
 * - DTSTAMP is the announcement date (else the start date) at 00:00 UTC, so the same plans give the same bytes.
 * Plans without a start date are left out and listed in `leftOut`.
 */
export function exportIcs(plans: readonly PlanView[], options: { readonly name?: string } = {}): IcsExport {
  const calendar = ical({ name: options.name ?? 'Readout planned events', prodId: { company: 'Readout', product: 'readout', language: 'EN' } });
  const leftOut: { planId: number; reason: string }[] = [];
  for (const plan of plans) {
    if (plan.start === null) {
      leftOut.push({ planId: plan.id, reason: `no date${plan.whenText ? ` ("${plan.whenText}" is too vague)` : ''}` });
      continue;
    }
    const last = plan.end ?? plan.start;
    const x: [string, string][] = [
      ['X-READOUT-PLAN-ID', String(plan.id)],
      ['X-READOUT-STATUS', plan.status],
    ];
    if (plan.approximate) x.push(['X-READOUT-APPROXIMATE', 'TRUE']);
    if (plan.end === null) x.push(['X-READOUT-OPEN-ENDED', 'TRUE']);
    calendar.createEvent({
      id: `readout-plan-${plan.source.documentId}-${plan.evidence.start}-${plan.evidence.end}@readout`,
      allDay: true,
      start: plan.start,
      end: addDays(last, 1),
      stamp: `${plan.announced ?? plan.start}T00:00:00Z`,
      summary: `${plan.approximate ? '≈ ' : ''}${plan.what}${plan.countries.length > 0 ? ` (${dyadName(plan.countries)})` : ''}`,
      description: describe(plan),
      status: plan.status === 'held' ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
      transparency: ICalEventTransparency.TRANSPARENT,
      url: plan.source.url,
      categories: [{ name: plan.kind }],
      x,
    });
  }
  return { ics: calendar.toString(), leftOut };
}

function describe(plan: PlanView): string {
  const span = plan.end === null ? `from ${plan.start ?? '?'} (open-ended)` : plan.start === plan.end ? plan.start : `${plan.start ?? '?'} to ${plan.end}`;
  const lines = [
    `When: "${plan.whenText ?? ''}" → ${span}${plan.approximate ? ' (approximate)' : ''}`,
    `Evidence: "${plan.evidence.text}"`,
    `Source: ${citeSource(plan.source)}${plan.source.publisher ? `, ${plan.source.publisher}` : ''}${plan.source.published ? `, ${plan.source.published}` : ''}`,
    `Status: ${plan.status}`,
  ];
  if (plan.people.length > 0) lines.splice(1, 0, `People: ${plan.people.join(', ')}`);
  if (plan.heldBy) {
    lines.push(`Held: ${plan.heldBy.meetingId !== null ? `meeting ${plan.heldBy.meetingId}, ` : ''}"${plan.heldBy.evidence.text}" (${plan.heldBy.sources.map(citeSource).join(', ')})`);
  }
  return lines.join('\n');
}

/** `iso` (YYYY-MM-DD) plus `days`, in the proleptic Gregorian calendar, as YYYY-MM-DD. */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
