/**
 * What the linking functions need to know about one stored document: its key, source metadata and extracted record.
 * A storage layer rebuilds it cheaply from a stored record (JSON) and the document row; the text is optional.
 */
import type { ReadoutRecord } from '../domain/record.ts';
import { boundedMemo } from './bounded-memo.ts';

/** A record as stored: every field of {@link ReadoutRecord}, the text optional (offsets still refer to it). */
export type StoredRecord = Omit<ReadoutRecord, 'text'> & { readonly text?: string };

/** One document for linking. */
export interface LinkDocument {
  /** Stable, unique key of the document (a database id, a file path, a corpus id). */
  readonly key: string;
  /** ISO date the document was published (from the page or its feed); null when unknown. Falls back to `record.published`. */
  readonly published: string | null;
  /** Who published it; null when unknown. Falls back to `record.publisher`. */
  readonly publisher: string | null;
  /** Where it was found; used only for a date in its path ("/2016/05/") when the document gives no date. */
  readonly url?: string | null;
  readonly record: StoredRecord;
}

/** A day window `[start, end]` (ISO dates, inclusive) in which an undated event must lie, and what it came from. */
export interface DateWindow {
  readonly start: string;
  readonly end: string;
  /** `text`: a time expression in the words themselves ("last year" in a past reference). */
  readonly source: 'meeting-date' | 'published' | 'url' | 'text';
}

const DAY_MS = 86_400_000;

// Linking converts the same few thousand dates back and forth for every comparison and lookup (the date parse and
// format were a tenth of the link step's own time): both conversions are memoised (20,000 dates each: more than 50
// years of days).

/** Day number (days since 1970-01-01) of an ISO date `YYYY-MM-DD`. */
export const dayNumber: (iso: string) => number = boundedMemo((iso) => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS));

/** ISO date of a day number. */
export const isoOfDay: (day: number) => string = boundedMemo((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));

/** `iso` moved by `days` (negative: earlier). */
export function addDaysIso(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}

/** The document's published date: its metadata, else the date printed on the page; null when neither. */
export function publishedOf(doc: LinkDocument): string | null {
  return doc.published ?? doc.record.published ?? null;
}

/**
 * The document's reference date, as the extractor defines it: the published date, else the first meeting date;
 * null when neither is known.
 */
export function referenceDateOf(doc: LinkDocument): string | null {
  return publishedOf(doc) ?? doc.record.meetings.find((m) => m.date !== null)?.date ?? null;
}

/** How many days before its report an undated meeting may have taken place (readouts come out within a day or two). */
const REPORT_LAG_DAYS = 3;
/** The same for a date read from a URL, which may be a later repost's date. */
const URL_LAG_DAYS = 7;

/**
 * A date window from a URL path segment such as `/2016/05/`, `/201605/`, `/2016-05-06/` or `/20160506`, a full
 * date ending a slug (`/putin-xi-talks-2023-10-18/`), or one opening an article id (`/AEN20240110001200315`): the day
 * (and the week before it: a repost may be later) or the month (and the week before it). Null when the path holds no plausible date.
 */
export function urlDateWindow(url: string | null | undefined): DateWindow | null {
  if (url === null || url === undefined) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = /(?:^|\/)((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])(?:[/_-]?(0[1-9]|[12]\d|3[01]))?(?=[/_.-]|[a-z]|$)/i.exec(path)
    // A news slug ending in its date ("/world/putin-xi-hail-ties-2023-10-18/", Reuters): only a full date, hyphenated.
    ?? /-((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=[/.]|$)/.exec(path)
    // An article id that starts with its date after a short letter prefix and runs on with a serial number or an
    // underscore ("/view/AEN20240110001200315", "/t20230919_11145012.html"): only a full date.
    ?? /\/[a-z]{1,5}((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=_|\d{3})/i.exec(path);
  if (match === null) return null;
  const [, year, month, day] = match;
  if (year === undefined || month === undefined) return null;
  if (day !== undefined) {
    const iso = `${year}-${month}-${day}`;
    return { start: addDaysIso(iso, -URL_LAG_DAYS), end: iso, source: 'url' };
  }
  const first = `${year}-${month}-01`;
  const nextMonth = month === '12' ? `${Number(year) + 1}-01-01` : `${year}-${String(Number(month) + 1).padStart(2, '0')}-01`;
  return { start: addDaysIso(first, -URL_LAG_DAYS), end: addDaysIso(nextMonth, -1), source: 'url' };
}

/**
 * The window in which a meeting of `doc` dated `date` (null when the text does not give it) took place: the day
 * itself; else the published date and the three days before it; else the URL's date; null when nothing dates it.
 */
export function meetingWindow(date: string | null, doc: LinkDocument): DateWindow | null {
  if (date !== null) return { start: date, end: date, source: 'meeting-date' };
  const published = publishedOf(doc);
  if (published !== null) return { start: addDaysIso(published, -REPORT_LAG_DAYS), end: published, source: 'published' };
  return urlDateWindow(doc.url);
}
