/**
 * The columns of each listing (meetings, plans, people, stats, search hits, timeline): how a view becomes one flat
 * row for CSV and a table. JSON and JSONL need no columns: they print the views whole.
 *
 * Flattening conventions (CSV and table alike):
 * - country codes and other short codes are joined with `;` (`JP;RU`), a dyad with `-` (`JP-RU`);
 * - free-text lists (sources, participants, evidence) are joined with ` | `;
 * - a source is cited by its file path, else its URL, else `document N`;
 * - null and empty values are empty cells (CSV) or `—` (table).
 */
import type { MeetingView, PersonView, PlanView, SearchHit, SourceView, StatsRow, TimelineEntry } from './views.ts';

/** A cell value before formatting: null is an empty cell. */
export type Cell = string | number | boolean | null;

/** One column of a listing. */
export interface Column<T> {
  /** CSV header and table heading (short, lower-case, no spaces). */
  readonly header: string;
  /** The full flattened value (CSV, and the table when `tableValue` is absent). */
  readonly value: (row: T) => Cell;
  /** A shorter rendering for the table, when the full value is too long to read in a column. */
  readonly tableValue?: (row: T) => string;
  /** Widest the table column may be (longer cells are clipped with `…`); `0` leaves the column out of the table. */
  readonly tableWidth: number;
}

/** The columns of one listing and the noun the table footer counts ("3 meetings"). */
export interface ListingSpec<T> {
  readonly noun: string;
  readonly columns: readonly Column<T>[];
}

/** How a listing cites a source: its file path, else its URL, else its document id. */
export function citeSource(s: SourceView): string {
  return s.file ?? s.url ?? `document ${s.documentId}`;
}

/** The dyad name of a set of sides: sorted codes joined with `-` ("JP-RU"). */
export function dyadName(countries: readonly string[]): string {
  return [...countries].sort().join('-');
}

const codes = (list: readonly string[]): string | null => (list.length === 0 ? null : list.join(';'));
const texts = (list: readonly string[]): string | null => (list.length === 0 ? null : list.join(' | '));

function interval(start: string | null, end: string | null, approximate: boolean): string {
  if (start === null && end === null) return 'no date';
  const span = start === end ? (start ?? '') : `${start ?? '…'}..${end ?? '…'}`;
  return approximate ? `≈${span}` : span;
}

/** Meetings: one row per merged meeting. */
export const MEETING_LISTING: ListingSpec<MeetingView> = {
  noun: 'meetings',
  columns: [
    { header: 'id', value: (m) => m.id, tableWidth: 6 },
    { header: 'date', value: (m) => m.date, tableWidth: 10 },
    { header: 'dyad', value: (m) => dyadName(m.countries), tableWidth: 12 },
    { header: 'level', value: (m) => m.level, tableWidth: 16 },
    { header: 'mode', value: (m) => m.mode, tableWidth: 9 },
    { header: 'place', value: (m) => m.place, tableWidth: 16 },
    { header: 'occasion', value: (m) => m.occasion, tableWidth: 0 },
    { header: 'durationMinutes', value: (m) => m.durationMinutes, tableWidth: 0 },
    {
      header: 'participants',
      value: (m) => texts(m.participants.map((p) => `${p.name}${p.country ? ` (${p.country})` : ''}${p.title ? `, ${p.title}` : ''}`)),
      tableValue: (m) => m.participants.map((p) => p.name).join(', '),
      tableWidth: 36,
    },
    { header: 'sources', value: (m) => texts(m.sources.map(citeSource)), tableValue: (m) => String(m.sources.length), tableWidth: 7 },
    { header: 'publishers', value: (m) => texts(unique(m.sources.map((s) => s.publisher))), tableWidth: 0 },
    { header: 'conflicts', value: (m) => codes(m.conflicts.map((c) => c.field)), tableWidth: 12 },
    { header: 'corrections', value: (m) => codes(m.corrections.map((c) => c.field ?? c.target)), tableWidth: 0 },
  ],
};

/** Planned events with their follow-up status. */
export const PLAN_LISTING: ListingSpec<PlanView> = {
  noun: 'plans',
  columns: [
    { header: 'id', value: (p) => p.id, tableWidth: 6 },
    { header: 'announced', value: (p) => p.announced, tableWidth: 10 },
    { header: 'kind', value: (p) => p.kind, tableWidth: 8 },
    { header: 'countries', value: (p) => codes(p.countries), tableValue: (p) => dyadName(p.countries), tableWidth: 10 },
    { header: 'what', value: (p) => p.what, tableWidth: 30 },
    { header: 'whenText', value: (p) => p.whenText, tableWidth: 22 },
    { header: 'start', value: (p) => p.start, tableWidth: 0 },
    { header: 'end', value: (p) => p.end, tableWidth: 0 },
    { header: 'approximate', value: (p) => p.approximate, tableWidth: 0 },
    { header: 'interval', value: (p) => interval(p.start, p.end, p.approximate), tableWidth: 23 },
    { header: 'status', value: (p) => p.status, tableWidth: 7 },
    { header: 'heldByMeeting', value: (p) => p.heldBy?.meetingId ?? null, tableValue: (p) => (p.heldBy?.meetingId ?? '').toString(), tableWidth: 7 },
    { header: 'heldBySources', value: (p) => texts((p.heldBy?.sources ?? []).map(citeSource)), tableWidth: 0 },
    { header: 'heldByEvidence', value: (p) => p.heldBy?.evidence.text ?? null, tableWidth: 0 },
    { header: 'people', value: (p) => texts(p.people), tableWidth: 0 },
    { header: 'evidence', value: (p) => p.evidence.text, tableWidth: 0 },
    { header: 'source', value: (p) => citeSource(p.source), tableWidth: 30 },
    { header: 'publisher', value: (p) => p.source.publisher, tableWidth: 0 },
  ],
};

/** People with their latest role. */
export const PERSON_LISTING: ListingSpec<PersonView> = {
  noun: 'people',
  columns: [
    { header: 'id', value: (p) => p.id, tableWidth: 6 },
    { header: 'name', value: (p) => p.name, tableWidth: 24 },
    { header: 'aliases', value: (p) => texts(p.aliases), tableWidth: 24 },
    {
      header: 'roles',
      value: (p) => texts(p.roles.map((r) => `${r.title ?? '?'}${r.country ? ` (${r.country})` : ''} ${r.first ?? '?'}..${r.last ?? '?'}`)),
      tableValue: (p) => p.roles.map((r) => `${r.title ?? '?'}${r.country ? ` (${r.country})` : ''} ${r.first ?? '?'}..${r.last ?? '?'}`).join('; '),
      tableWidth: 60,
    },
    { header: 'meetings', value: (p) => p.meetingIds.join(';'), tableValue: (p) => String(p.meetingIds.length), tableWidth: 8 },
  ],
};

/** Meetings per dyad per year by level and mode. */
export const STATS_LISTING: ListingSpec<StatsRow> = {
  noun: 'rows',
  columns: [
    { header: 'dyad', value: (s) => s.dyad, tableWidth: 14 },
    { header: 'year', value: (s) => s.year, tableWidth: 4 },
    { header: 'level', value: (s) => s.level, tableWidth: 16 },
    { header: 'mode', value: (s) => s.mode, tableWidth: 9 },
    { header: 'meetings', value: (s) => s.meetings, tableWidth: 8 },
  ],
};

/** Full-text hits. */
export const SEARCH_LISTING: ListingSpec<SearchHit> = {
  noun: 'hits',
  columns: [
    { header: 'documentId', value: (h) => h.source.documentId, tableWidth: 0 },
    { header: 'published', value: (h) => h.source.published, tableWidth: 10 },
    { header: 'source', value: (h) => citeSource(h.source), tableWidth: 34 },
    { header: 'title', value: (h) => h.source.title, tableWidth: 0 },
    { header: 'snippet', value: (h) => h.snippet, tableWidth: 70 },
    { header: 'rank', value: (h) => h.rank, tableWidth: 0 },
  ],
};

/** A dyad's meetings and plans in date order. */
export const TIMELINE_LISTING: ListingSpec<TimelineEntry> = {
  noun: 'entries',
  columns: [
    { header: 'date', value: (e) => e.date, tableWidth: 10 },
    { header: 'kind', value: (e) => e.kind, tableWidth: 7 },
    { header: 'id', value: (e) => (e.kind === 'meeting' ? e.meeting.id : e.plan.id), tableWidth: 6 },
    {
      header: 'what',
      value: (e) =>
        e.kind === 'meeting'
          ? `${e.meeting.level ?? 'meeting'} ${e.meeting.mode}${e.meeting.place ? ` in ${e.meeting.place}` : ''}: ${e.meeting.participants.map((p) => p.name).join(', ')}`
          : `${e.plan.what} (${e.plan.whenText === null ? '' : `${e.plan.whenText}; `}${interval(e.plan.start, e.plan.end, e.plan.approximate)})`,
      tableWidth: 70,
    },
    { header: 'status', value: (e) => (e.kind === 'plan' ? e.plan.status : null), tableWidth: 7 },
    {
      header: 'sources',
      value: (e) => texts(e.kind === 'meeting' ? e.meeting.sources.map(citeSource) : [citeSource(e.plan.source)]),
      tableValue: (e) => String(e.kind === 'meeting' ? e.meeting.sources.length : 1),
      tableWidth: 7,
    },
  ],
};

function unique(list: readonly (string | null)[]): string[] {
  return [...new Set(list.filter((s): s is string => s !== null))];
}
