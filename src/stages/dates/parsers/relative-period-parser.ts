/**
 * "this week", "next week", "this weekend" (see weekend-parser.ts), "last month", "next year", "later this year" (also "later in
 * the year"), "in the course of the year", "earlier today", "the past year": a week, month
 * or year counted from the reference date. Weeks run Monday-Sunday unless the caller says weeks start on Sunday.
 */
import type { Parser } from 'chrono-node';
import { componentsOf, datesOptionOf } from '../dates-parsing-option.ts';
import { addDays, lastDayOfMonth, weekdayOf, type CalendarDay } from '../iso-calendar.ts';
import { FLAG, tagPrecision, tagRule } from '../result-tags.ts';
import { weekendResult } from './weekend-parser.ts';

/** Rule name recorded on expressions from this parser. */
export const RELATIVE_PERIOD_RULE = 'dates/relative-period';

const PATTERN = /\b(?:(earlier|later)\s+)?(?:(this|next|last|coming|the\s+coming|the\s+past|in\s+the|(?:in|during)\s+the\s+course\s+of\s+the)\s+(weekend|week|month|year)\b|(today)\b)/i;
const OFFSET: Readonly<Record<string, number>> = { this: 0, next: 1, coming: 1, last: -1 };

/** The same day `months` months earlier, clamped to the end of a shorter month. */
function monthsBefore(day: CalendarDay, months: number): CalendarDay {
  const ordinal = day.year * 12 + day.month - 1 - months;
  const year = Math.floor(ordinal / 12);
  const month = (ordinal % 12) + 1;
  return { year, month, day: Math.min(day.day, lastDayOfMonth(year, month).day) };
}

/** Parser for calendar periods relative to the reference date. */
export const relativePeriodParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const { referenceDay, weekStartsOn } = datesOptionOf(context);
    const partWord = match[1]?.toLowerCase();
    let first: CalendarDay;
    let last: CalendarDay;
    let precision: 'day' | 'week' | 'month' | 'year';
    if (match[4] !== undefined) {
      // Plain "today" is chrono's; only "earlier/later today" is ours.
      if (partWord === undefined) return null;
      first = referenceDay;
      last = referenceDay;
      precision = 'day';
    } else {
      let modifier = (match[2] ?? '').toLowerCase().replace(/^the\s+/, '');
      // "later in the year" is "later this year"; "in the year" alone is no period. "in the course of the year" is
      // this year (as "this year": the whole calendar year); "over the course of the year" is left alone, mostly a
      // span looked back on ("prices went down over the course of the year", written in January).
      if (/\bcourse\b/.test(modifier)) {
        if (partWord !== undefined) return null;
        modifier = 'this';
      } else if (/^in\s/.test(modifier)) {
        if (partWord === undefined) return null;
        modifier = 'this';
      }
      const offset = OFFSET[modifier] ?? 0;
      const unit = (match[3] ?? '').toLowerCase();
      if (unit === 'weekend') return partWord === undefined ? weekendResult(context, match, modifier) : null;
      if (modifier === 'past') {
        // "the past year" is the twelve months up to the reference date, not last calendar year.
        if (partWord !== undefined) return null;
        first = unit === 'week' ? addDays(referenceDay, -7) : unit === 'month' ? monthsBefore(referenceDay, 1) : monthsBefore(referenceDay, 12);
        last = referenceDay;
        precision = unit === 'week' ? 'week' : unit === 'month' ? 'month' : 'year';
      } else if (unit === 'week') {
        const weekStart = addDays(referenceDay, -((weekdayOf(referenceDay) - weekStartsOn + 7) % 7) + 7 * offset);
        first = weekStart;
        last = addDays(weekStart, 6);
        precision = 'week';
      } else if (unit === 'month') {
        const ordinal = referenceDay.year * 12 + referenceDay.month - 1 + offset;
        first = { year: Math.floor(ordinal / 12), month: (ordinal % 12) + 1, day: 1 };
        last = lastDayOfMonth(first.year, first.month);
        precision = 'month';
      } else {
        first = { year: referenceDay.year + offset, month: 1, day: 1 };
        last = { year: referenceDay.year + offset, month: 12, day: 31 };
        precision = 'year';
      }
      if (partWord !== undefined && offset !== 0) return null;
    }
    if (partWord === 'later') first = referenceDay;
    if (partWord === 'earlier') last = referenceDay;
    const result = context.createParsingResult(match.index ?? 0, match[0], componentsOf(context, first), componentsOf(context, last));
    result.addTag(FLAG.relative);
    return tagPrecision(tagRule(result, RELATIVE_PERIOD_RULE), precision);
  },
};
