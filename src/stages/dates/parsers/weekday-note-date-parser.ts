/**
 * "May 7 (Sun)", "from May 7 (Sun) to 9 (Tue)": a day, or a range of days, with the weekday noted in brackets
 * (the style of Japanese and Chinese ministries). chrono reads the bracketed weekday as a separate date.
 */
import type { Parser } from 'chrono-node';
import { componentsOf } from '../dates-parsing-option.ts';
import { tagPrecision, tagRule } from '../result-tags.ts';
import { MONTH_PATTERN, WEEKDAY_PATTERN, YEAR_PATTERN, monthOfWord } from './date-patterns.ts';

/** Rule name recorded on expressions from this parser. */
export const WEEKDAY_NOTE_DATE_RULE = 'dates/weekday-note-date';

const DAY = `(\\d{1,2})(?:st|nd|rd|th)?`;
const NOTE = `\\s*\\(\\s*${WEEKDAY_PATTERN}\\s*\\)`;
const PATTERN = new RegExp(
  `\\b${MONTH_PATTERN}\\s*${DAY}${NOTE}` +
    `(?:\\s*(?:to|through|until|till|-|–|—)\\s*(?:${MONTH_PATTERN}\\s*)?${DAY}(?:${NOTE})?)?` +
    `(?:\\s*,\\s*${YEAR_PATTERN}(?!\\d))?`,
  'i',
);

/** Parser for month-day dates with a bracketed weekday, optionally a range. */
export const weekdayNoteDateParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const month = monthOfWord(match[1] ?? '');
    if (month === null) return null;
    const endMonth = match[4] === undefined ? month : monthOfWord(match[4]);
    if (endMonth === null) return null;
    const year = match[7] === undefined ? undefined : Number(match[7]);
    const start = componentsOf(context, { year, month, day: Number(match[2]) });
    const end = match[5] === undefined ? undefined : componentsOf(context, { year, month: endMonth, day: Number(match[5]) });
    const result = context.createParsingResult(match.index ?? 0, match[0], start, end);
    return tagPrecision(tagRule(result, WEEKDAY_NOTE_DATE_RULE), end === undefined ? 'day' : 'days');
  },
};
