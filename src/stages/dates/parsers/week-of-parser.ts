/**
 * "the week of April 10", "the week of 10 April 2023", "the week beginning 18 March" (British, Irish usage; the day
 * is the week's first): the calendar week (Monday-Sunday, or Sunday-Saturday when
 * weeks start on Sunday) containing that day. The day's year is resolved like any written day; the converter then
 * widens it to its week (WEEK_OF_TAG).
 */
import type { Parser } from 'chrono-node';
import { componentsOf, datesOptionOf } from '../dates-parsing-option.ts';
import { daysInMonth } from '../iso-calendar.ts';
import { WEEK_OF_TAG, tagPrecision, tagRule } from '../result-tags.ts';
import { MONTH_PATTERN, YEAR_PATTERN, monthOfWord } from './date-patterns.ts';

/** Rule name recorded on expressions from this parser. */
export const WEEK_OF_RULE = 'dates/week-of';

const DAY = `(\\d{1,2})(?:st|nd|rd|th)?`;
// Groups: middle-endian 1 month, 2 day, 3 year; little-endian 4 day, 5 month, 6 year.
const PATTERN = new RegExp(
  `\\bthe\\s+week\\s+(?:of|beginning|starting|commencing)\\s+(?:on\\s+)?(?:${MONTH_PATTERN}\\s+${DAY}(?![\\d:])(?:\\s*,?\\s*${YEAR_PATTERN}(?!\\d))?` +
    `|${DAY}\\s+${MONTH_PATTERN}(?:\\s*,?\\s*${YEAR_PATTERN}(?!\\d))?)`,
  'i',
);

/** Parser for "the week of <day>". */
export const weekOfParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const middle = match[1] !== undefined;
    const month = monthOfWord((middle ? match[1] : match[5]) ?? '');
    const day = Number(middle ? match[2] : match[4]);
    if (month === null || day < 1 || day > daysInMonth(2024, month)) return null;
    const yearText = middle ? match[3] : match[6];
    const year = yearText === undefined ? undefined : Number(yearText);
    const result = context.createParsingResult(match.index ?? 0, match[0], componentsOf(context, { year, month, day }));
    result.addTag(WEEK_OF_TAG + datesOptionOf(context).weekStartsOn);
    return tagPrecision(tagRule(result, WEEK_OF_RULE), 'week');
  },
};
