/**
 * Calendar arithmetic on plain year/month/day triples (proleptic Gregorian, no time zones).
 * Everything here is pure integer arithmetic (day numbers as in H. Hinnant's `days_from_civil`), which is several
 * times faster than going through `Date`; years before 100 still go through `Date.UTC`, which maps them to 19xx.
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
  // Concatenation, not padStart on template parts: this runs four times per expression.
  const y = year >= 1000 && year <= 9999 ? String(year) : String(year).padStart(4, '0');
  return `${y}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
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
  if (year < 100 || month < 1 || month > 12) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a day (month 1-12; a day past the month's end counts on into the next). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The day `days` days after 1970-01-01. */
function dayOfNumber(days: number): CalendarDay {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1,
  };
}

/** True when the integer arithmetic applies (else `Date.UTC`'s reading of the day is kept). */
function isPlain(day: CalendarDay): boolean {
  return day.year >= 100 && day.month >= 1 && day.month <= 12 && day.day >= 1;
}

/** The day `days` days after `from` (negative goes back). */
export function addDays(from: CalendarDay, days: number): CalendarDay {
  if (isPlain(from) && Number.isInteger(days)) {
    const day = dayOfNumber(dayNumber(from.year, from.month, from.day) + days);
    if (day.year >= 100) return day;
  }
  const date = new Date(Date.UTC(from.year, from.month - 1, from.day) + days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Day of the week, 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: CalendarDay): number {
  if (isPlain(day)) return (((dayNumber(day.year, day.month, day.day) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
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
