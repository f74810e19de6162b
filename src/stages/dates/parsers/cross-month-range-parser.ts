/**
 * "May 31-June 4", "May 31 to June 4, 2023", "31 May-4 June": a range of days whose ends are in different months
 * (chrono finds nothing in "May 31-June 4", and reads "31 May-4" as 31 May).
 */
import type { Parser } from 'chrono-node';
import { componentsOf } from '../dates-parsing-option.ts';
import { daysInMonth } from '../iso-calendar.ts';
import { tagPrecision, tagRule } from '../result-tags.ts';
import { MONTH_PATTERN, YEAR_PATTERN, monthOfWord } from './date-patterns.ts';

/** Rule name recorded on expressions from this parser. */
export const CROSS_MONTH_RANGE_RULE = 'dates/cross-month-range';

const DAY = `(\\d{1,2})(?:st|nd|rd|th)?`;
const JOIN = `(?:\\s*[-–—]\\s*|\\s+(?:to|through|until|till)\\s+)`;
const YEAR_AFTER = `(?:\\s*,?\\s*${YEAR_PATTERN}(?!\\d))?`;
// Groups: middle-endian 1 month, 2 day, 3 month, 4 day, 5 year; little-endian 6 day, 7 month, 8 day, 9 month, 10 year.
const PATTERN = new RegExp(
  `\\b(?:${MONTH_PATTERN}\\s+${DAY}${JOIN}${MONTH_PATTERN}\\s+${DAY}(?![\\d:])${YEAR_AFTER}` +
    `|${DAY}\\s+${MONTH_PATTERN}${JOIN}${DAY}\\s+${MONTH_PATTERN}${YEAR_AFTER})`,
  'i',
);

/** True when `day` can be a day of `month` in some year. */
function validDay(month: number, day: number): boolean {
  return day >= 1 && day <= daysInMonth(2024, month);
}

/** Parser for day ranges across two months. */
export const crossMonthRangeParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const middle = match[1] !== undefined;
    const firstMonth = monthOfWord((middle ? match[1] : match[7]) ?? '');
    const secondMonth = monthOfWord((middle ? match[3] : match[9]) ?? '');
    const firstDay = Number(middle ? match[2] : match[6]);
    const secondDay = Number(middle ? match[4] : match[8]);
    const yearText = middle ? match[5] : match[10];
    if (firstMonth === null || secondMonth === null) return null;
    // The same month twice ("May 5-May 7") is chrono's.
    if (firstMonth === secondMonth) return null;
    if (!validDay(firstMonth, firstDay) || !validDay(secondMonth, secondDay)) return null;
    const written = yearText === undefined ? undefined : Number(yearText);
    // A written year belongs to the end; a range that wraps ("December 30-January 3, 2024") starts a year earlier.
    const startYear = written === undefined ? undefined : written - (firstMonth > secondMonth ? 1 : 0);
    const start = componentsOf(context, { year: startYear, month: firstMonth, day: firstDay });
    const end = componentsOf(context, { year: written, month: secondMonth, day: secondDay });
    const result = context.createParsingResult(match.index ?? 0, match[0], start, end);
    return tagPrecision(tagRule(result, CROSS_MONTH_RANGE_RULE), 'days');
  },
};
