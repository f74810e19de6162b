/**
 * The one place where chrono results become our {@link TimeExpression}s: intervals per SCHEMA.md, future and past
 * year resolution, and the flags set by our refiners. Nothing of chrono's types leaves this file's callers.
 */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { TimeExpression } from '../../domain/mentions.ts';
import {
  addDays,
  daysInMonth,
  formatCalendarDay,
  monthOrdinal,
  weekdayOf,
  type CalendarDay,
} from './iso-calendar.ts';
import { CHRONO_RELATIVE_TAGS, DAY_OF_MONTH_TAG, DAY_OFFSET_TAG, FLAG, PRECISION_TAG, RULE_TAG, WEEK_OF_TAG, resultTagsOf } from './result-tags.ts';

type Precision = TimeExpression['precision'];

/** Rule of results that chrono's own refiners rebuilt without tags (e.g. a weekday merged into a date). */
export const UNTAGGED_CHRONO_RULE = 'chrono/merged';

/** Characters trimmed from the start of a span, and from its end. */
const LEADING_EDGE = /[\s,;]/;
const TRAILING_EDGE = /[\s,;:]/;

/** An interval of calendar days with both ends known. */
interface DayInterval {
  readonly first: CalendarDay;
  readonly last: CalendarDay;
}

/** Granularity of what chrono knows for certain about one end. */
function granuleOf(components: ParsedComponents): 'day' | 'month' | 'year' | null {
  if (components.isCertain('day') && components.isCertain('month')) return 'day';
  if (components.isCertain('month')) return 'month';
  if (components.isCertain('year')) return 'year';
  return null;
}

function certainOr(components: ParsedComponents, component: 'month' | 'day', fallback: number): number {
  return components.isCertain(component) ? (components.get(component) ?? fallback) : fallback;
}

/**
 * Future and past years for an interval whose year was not written (SCHEMA.md): future = the earliest occurrence
 * that has not ended before the reference month; past = the latest occurrence that began on or before it. For a
 * single month this is "reference month or later -> this year, earlier -> next year" and its mirror image.
 */
function resolveImpliedYear(
  startMonth: number,
  endMonth: number,
  wraps: number,
  reference: CalendarDay,
): { readonly future: number; readonly past: number } {
  const referenceMonth = monthOrdinal(reference.year, reference.month);
  let future = reference.year - 1;
  while (monthOrdinal(future + wraps, endMonth) < referenceMonth) future += 1;
  let past = reference.year + 1;
  while (monthOrdinal(past, startMonth) > referenceMonth) past -= 1;
  return { future, past };
}

/** What the converter knows about the end of an interval whose start year is `year`. */
interface EndParts {
  readonly end: ParsedComponents;
  /** True when the end has its own components (a range), false when it is the start's. */
  readonly ranged: boolean;
  readonly endGranule: 'day' | 'month' | 'year';
  readonly endMonth: number;
  readonly wraps: number;
}

function intervalFor(year: number, startMonth: number, startDay: number, parts: EndParts): DayInterval {
  const endYear = parts.ranged && parts.end.isCertain('year') ? (parts.end.get('year') ?? year) : year + parts.wraps;
  const lastDay =
    parts.endGranule === 'day' ? certainOr(parts.end, 'day', 1) : daysInMonth(endYear, parts.endMonth);
  return {
    first: { year, month: startMonth, day: startDay },
    last: { year: endYear, month: parts.endMonth, day: lastDay },
  };
}

function hasAnyTag(tags: ReadonlySet<string>, wanted: readonly string[]): boolean {
  for (const tag of wanted) if (tags.has(tag)) return true;
  return false;
}

function weekdayInterval(result: ParsedResult, reference: CalendarDay): { future: DayInterval; past: DayInterval } {
  const referenceWeekday = weekdayOf(reference);
  const startWeekday = result.start.get('weekday') ?? referenceWeekday;
  const futureFirst = addDays(reference, (startWeekday - referenceWeekday + 7) % 7);
  const pastFirst = addDays(reference, -((referenceWeekday - startWeekday + 7) % 7));
  const endWeekday = result.end?.get('weekday') ?? startWeekday;
  const length = (endWeekday - startWeekday + 7) % 7;
  return {
    future: { first: futureFirst, last: addDays(futureFirst, length) },
    past: { first: pastFirst, last: addDays(pastFirst, length) },
  };
}

function isWeekdayOnly(components: ParsedComponents): boolean {
  return (
    components.isCertain('weekday') &&
    !components.isCertain('day') &&
    !components.isCertain('month') &&
    !components.isCertain('year')
  );
}

/** The month `offset` months after `day`'s, as [year, month]. */
function monthAfter(day: CalendarDay, offset: number): readonly [number, number] {
  const ordinal = monthOrdinal(day.year, day.month) + offset;
  return [Math.floor(ordinal / 12), (ordinal % 12) + 1];
}

/**
 * "on the 28th" (DAY_OF_MONTH_TAG `<day>/<offset>`): with a month offset, that day of the month so far from the
 * reference month; with `any`, the nearest such day on or after the reference date (future reading) and on or before
 * it (past reading), skipping months too short to have it.
 */
function dayOfMonthInterval(tag: string, reference: CalendarDay): { future: DayInterval; past: DayInterval } | null {
  const [dayText, offsetText] = tag.split('/');
  const day = Number(dayText);
  const at = (offset: number): CalendarDay | null => {
    const [year, month] = monthAfter(reference, offset);
    return day <= daysInMonth(year, month) ? { year, month, day } : null;
  };
  const nearest = (from: number, step: number): CalendarDay | null => {
    for (let offset = from, n = 0; n < 12; offset += step, n++) {
      const found = at(offset);
      if (found !== null) return found;
    }
    return null;
  };
  const fixed = offsetText === 'any' ? null : at(Number(offsetText));
  if (offsetText !== 'any' && fixed === null) return null;
  const future = fixed ?? nearest(day >= reference.day ? 0 : 1, 1);
  const past = fixed ?? nearest(day <= reference.day ? 0 : -1, -1);
  if (future === null || past === null) return null;
  return { future: { first: future, last: future }, past: { first: past, last: past } };
}

/** The calendar week (starting on `weekStartsOn`, 0 = Sunday) containing the first day of `interval`. */
function weekOf(interval: DayInterval, weekStartsOn: number): DayInterval {
  const first = addDays(interval.first, -((weekdayOf(interval.first) - weekStartsOn + 7) % 7));
  return { first, last: addDays(first, 6) };
}

/**
 * Converts one chrono result to a TimeExpression, or null when it has no date at all (a clock time).
 * Offsets are into `text`, the document text chrono parsed; the span is trimmed of surrounding spaces and commas.
 */
export function toTimeExpression(result: ParsedResult, text: string, reference: CalendarDay): TimeExpression | null {
  const tags = resultTagsOf(result);
  const rules: string[] = [];
  let precisionTag: Precision | null = null;
  let dayOffset = 0;
  let weekStartsOn: number | null = null;
  let dayOfMonth: string | null = null;
  for (const tag of tags) {
    if (tag.startsWith(RULE_TAG)) rules.push(tag.slice(RULE_TAG.length));
    else if (tag.startsWith(PRECISION_TAG)) precisionTag = tag.slice(PRECISION_TAG.length) as Precision;
    else if (tag.startsWith(DAY_OFFSET_TAG)) dayOffset = Number(tag.slice(DAY_OFFSET_TAG.length));
    else if (tag.startsWith(WEEK_OF_TAG)) weekStartsOn = Number(tag.slice(WEEK_OF_TAG.length));
    else if (tag.startsWith(DAY_OF_MONTH_TAG)) dayOfMonth = tag.slice(DAY_OF_MONTH_TAG.length);
  }
  const raw = result.text;
  let leading = 0;
  while (leading < raw.length && LEADING_EDGE.test(raw.charAt(leading))) leading++;
  let end = raw.length;
  while (end > leading && TRAILING_EDGE.test(raw.charAt(end - 1))) end--;
  if (end === leading) return null;
  const spanStart = result.index + leading;
  const span = [spanStart, result.index + end] as const;
  const expressionText = text.slice(span[0], span[1]);
  const rule = rules.length > 0 ? rules.join('+') : UNTAGGED_CHRONO_RULE;
  const approximate = tags.has(FLAG.approximate);

  if (tags.has(FLAG.vague) && !(dayOffset !== 0 && result.start.isCertain('day'))) {
    // Object literals, not spreads: on Node 20 a spread followed by more properties costs ~10 µs per object.
    return {
      span,
      text: expressionText,
      rule,
      approximate,
      start: null,
      end: null,
      pastStart: null,
      pastEnd: null,
      yearImplied: false,
      vague: true,
      relative: false,
      precision: 'vague',
    };
  }

  let future: DayInterval;
  let past: DayInterval;
  let yearImplied = false;
  let relative = tags.has(FLAG.relative) || hasAnyTag(tags, CHRONO_RELATIVE_TAGS);
  let precision: Precision;
  const ofMonth = dayOfMonth === null ? null : dayOfMonthInterval(dayOfMonth, reference);
  if (dayOfMonth !== null && ofMonth === null) return null;
  if (ofMonth !== null) {
    ({ future, past } = ofMonth);
    relative = true;
    precision = 'day';
  } else if (isWeekdayOnly(result.start)) {
    ({ future, past } = weekdayInterval(result, reference));
    relative = true;
    precision = result.end == null ? 'day' : 'days';
  } else {
    const start = result.start;
    const end = result.end ?? result.start;
    const startGranule = granuleOf(start);
    const endGranule = granuleOf(end);
    if (startGranule === null || endGranule === null) return null;
    const startMonth = certainOr(start, 'month', 1);
    const startDay = certainOr(start, 'day', 1);
    const endMonth = certainOr(end, 'month', 12);
    const wraps = endMonth < startMonth ? 1 : 0;
    let startYear: { future: number; past: number };
    if (start.isCertain('year')) {
      const year = start.get('year') ?? reference.year;
      startYear = { future: year, past: year };
    } else if (end.isCertain('year')) {
      const year = (end.get('year') ?? reference.year) - wraps;
      startYear = { future: year, past: year };
    } else {
      startYear = resolveImpliedYear(startMonth, endMonth, wraps, reference);
      yearImplied = !relative;
    }
    const endParts: EndParts = { end, ranged: end !== start, endGranule, endMonth, wraps };
    future = intervalFor(startYear.future, startMonth, startDay, endParts);
    past = intervalFor(startYear.past, startMonth, startDay, endParts);
    if (startGranule === 'day') {
      precision = result.end == null ? 'day' : 'days';
    } else if (startGranule === 'month') {
      precision = startMonth === endMonth && wraps === 0 && endGranule === 'month' ? 'month' : 'months';
    } else {
      precision = 'year';
    }
  }

  if (dayOffset !== 0) {
    future = { first: addDays(future.first, dayOffset), last: addDays(future.last, dayOffset) };
    past = { first: addDays(past.first, dayOffset), last: addDays(past.last, dayOffset) };
  }
  if (weekStartsOn !== null) {
    future = weekOf(future, weekStartsOn);
    past = weekOf(past, weekStartsOn);
  }
  // "by X" is a deadline only when X has not ended before the reference date ("served until 2002" is just X).
  const deadline = tags.has(FLAG.deadline) && formatCalendarDay(future.last) >= formatCalendarDay(reference);
  const openEnd = tags.has(FLAG.openEnd);
  // A deadline is always ahead of the document: both readings run from the reference date to the end of X.
  if (deadline) past = future;
  return {
    span,
    text: expressionText,
    rule,
    approximate,
    start: formatCalendarDay(deadline ? reference : future.first),
    end: openEnd ? null : formatCalendarDay(future.last),
    pastStart: formatCalendarDay(deadline ? reference : past.first),
    pastEnd: openEnd ? null : formatCalendarDay(past.last),
    yearImplied,
    vague: false,
    relative,
    precision: openEnd ? 'open' : (precisionTag ?? precision),
  };
}
