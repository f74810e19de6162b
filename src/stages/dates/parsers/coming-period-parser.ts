/**
 * "within the next two weeks", "in the next two weeks", "over the next three months", "within a month", "within a
 * fortnight": a period
 * counted from the reference date. The interval runs from the reference date to the reference date plus the period,
 * that last day included (2023-03-01 + two weeks -> 2023-03-01..2023-03-15; + a month -> ..2023-04-01, clamped to
 * the end of a shorter month). "in two weeks" (a point in time) and "for two weeks" (a duration) need "the next"; "in
 * the next few weeks" stays vague; a period counted from an event ("within 30 days of signing") is not matched.
 */
import type { Parser } from 'chrono-node';
import type { TimeExpression } from '../../../domain/mentions.ts';
import { componentsOf, datesOptionOf } from '../dates-parsing-option.ts';
import { addDays, lastDayOfMonth, weekdayOf, type CalendarDay } from '../iso-calendar.ts';
import { EVENT_RELATIVE_FOLLOWERS, phraseAlternation } from '../lexicon/time-phrase-lexicon.ts';
import { FLAG, tagPrecision, tagRule } from '../result-tags.ts';

/** Rule name recorded on expressions from this parser. */
export const COMING_PERIOD_RULE = 'dates/coming-period';

const COUNTS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, eighteen: 18, twenty: 20, thirty: 30, sixty: 60, ninety: 90,
};
const COUNT = `${Object.keys(COUNTS).sort((a, b) => b.length - a.length).join('|')}|\\d{1,3}`;
// Groups: 1 "within", 2 "next"/"coming" after it, 3 "the"/"this" after it (the current period); 4 another
// introducer, 5 its "next"/"coming"; 6 count, 7 unit.
// "within" may go without "next"; the others may not (kept apart so that "in"/"for" fail fast).
const PATTERN = new RegExp(
  `\\b(?:(within)\\s+(?:(?:the\\s+)?(next|coming)\\s+|(the|this)\\s+(?=(?:week|month|year)\\b))?|(in|over|during|for)\\s+(?:the\\s+)?(next|coming)\\s+)` +
    `(?:(${COUNT})\\s+)?(days?|weeks?|fortnights?|months?|years?)\\b`,
  'i',
);
const EVENT_RELATIVE_AFTER = new RegExp(`\\s+(?:${phraseAlternation(EVENT_RELATIVE_FOLLOWERS)})\\b`, 'iy');

/** Precision by the unit written (a run of days, but only "10 days" is stated in days). */
const PRECISION_OF_UNIT: Readonly<Record<string, TimeExpression['precision']>> = {
  day: 'days', week: 'week', fortnight: 'days', month: 'months', year: 'year',
};

/** The same day `months` months later, clamped to the end of a shorter month. */
function monthsAfter(day: CalendarDay, months: number): CalendarDay {
  const ordinal = day.year * 12 + day.month - 1 + months;
  const year = Math.floor(ordinal / 12);
  const month = (ordinal % 12) + 1;
  return { year, month, day: Math.min(day.day, lastDayOfMonth(year, month).day) };
}

/**
 * "within the year" / "within this month": from the reference date to the end of the current calendar period, as
 * SCHEMA.md's "before the end of X" (a week ends on Sunday, or Saturday where weeks start on Sunday).
 */
function currentPeriod(context: Parameters<Parser['extract']>[0], match: RegExpMatchArray, unit: string): ReturnType<Parser['extract']> {
  const { referenceDay, weekStartsOn } = datesOptionOf(context);
  const last =
    unit === 'year' ? { year: referenceDay.year, month: 12, day: 31 }
    : unit === 'month' ? lastDayOfMonth(referenceDay.year, referenceDay.month)
    : addDays(referenceDay, (6 - ((weekdayOf(referenceDay) - weekStartsOn + 7) % 7)));
  const result = context.createParsingResult(match.index ?? 0, match[0], componentsOf(context, referenceDay), componentsOf(context, last));
  result.addTag(FLAG.relative);
  return tagPrecision(tagRule(result, `${COMING_PERIOD_RULE}-current`), unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'week');
}

/** Parser for periods running from the reference date. */
export const comingPeriodParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const within = match[1] !== undefined;
    const current = match[3] !== undefined;
    const next = match[2] !== undefined || match[5] !== undefined;
    const countWord = match[6]?.toLowerCase();
    const unitWord = (match[7] ?? '').toLowerCase();
    const unit = unitWord.replace(/s$/, '');
    if (current) {
      // "within the year of signing" counts from an event, not from now.
      EVENT_RELATIVE_AFTER.lastIndex = (match.index ?? 0) + match[0].length;
      if (EVENT_RELATIVE_AFTER.test(context.text) || /^\s+of\b/i.test(context.text.slice((match.index ?? 0) + match[0].length))) return null;
      return currentPeriod(context, match, unit);
    }
    // Without "the next", only "within <count> <unit>" counts from the reference date.
    if (!next && countWord === undefined) return null;
    // "in the next month" is next calendar month's, "within the coming months" is vague; "within the next month" is
    // a month from now.
    if (countWord === undefined && (!within || unitWord.endsWith('s'))) return null;
    const count = countWord === undefined ? 1 : (COUNTS[countWord] ?? Number(countWord));
    if (!(count >= 1)) return null;
    EVENT_RELATIVE_AFTER.lastIndex = (match.index ?? 0) + match[0].length;
    if (EVENT_RELATIVE_AFTER.test(context.text)) return null;
    const { referenceDay } = datesOptionOf(context);
    // A fortnight (British, Commonwealth usage) is two weeks.
    const last =
      unit === 'day' ? addDays(referenceDay, count)
      : unit === 'week' ? addDays(referenceDay, 7 * count)
      : unit === 'fortnight' ? addDays(referenceDay, 14 * count)
      : monthsAfter(referenceDay, unit === 'month' ? count : 12 * count);
    const start = componentsOf(context, referenceDay);
    const end = componentsOf(context, last);
    const result = context.createParsingResult(match.index ?? 0, match[0], start, end);
    result.addTag(FLAG.relative);
    return tagPrecision(tagRule(result, COMING_PERIOD_RULE), PRECISION_OF_UNIT[unit] ?? 'days');
  },
};
