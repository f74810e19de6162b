/**
 * Calendar arithmetic on plain year/month/day triples (proleptic Gregorian, no time zones).
 * Everything here is pure integer arithmetic; `Date.UTC` is only used to add days.
 */

/** A calendar day; `month` is 1-12, `day` is 1-31. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Formats a calendar day as ISO `YYYY-MM-DD` (month 1-12). */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Formats a {@link CalendarDay} as ISO `YYYY-MM-DD`. */
export function formatCalendarDay(day: CalendarDay): string {
  return isoDate(day.year, day.month, day.day);
}

/**
 * Parses an ISO `YYYY-MM-DD` date. Throws a `RangeError` for anything else: the reference date is supplied by the
 * caller, so a malformed one is a programming error, not a data-quality issue.
 */
export function parseIsoDate(iso: string): CalendarDay {
  const match = ISO_DATE.exec(iso);
  if (match === null) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${iso}`);
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (day.month < 1 || day.month > 12 || day.day < 1 || day.day > daysInMonth(day.year, day.month)) {
    throw new RangeError(`not a calendar date: ${iso}`);
  }
  return day;
}

/** Number of days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day `days` days after `from` (negative goes back). */
export function addDays(from: CalendarDay, days: number): CalendarDay {
  const date = new Date(Date.UTC(from.year, from.month - 1, from.day) + days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Day of the week, 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

/** A month counted from year 0 (`year * 12 + month - 1`), so months compare and subtract as integers. */
export function monthOrdinal(year: number, month: number): number {
  return year * 12 + month - 1;
}

/** The last day of `month` in `year`. */
export function lastDayOfMonth(year: number, month: number): CalendarDay {
  return { year, month, day: daysInMonth(year, month) };
}
