/**
 * "November or December", "between November and December 2019", "November-December": a span of whole months.
 */
import type { Parser } from 'chrono-node';
import { componentsOf } from '../dates-parsing-option.ts';
import { tagPrecision, tagRule } from '../result-tags.ts';
import { MONTH_PATTERN, YEAR_PATTERN, monthOfWord } from './date-patterns.ts';

/** Rule name for "M or M" (the event is in one of the months; the interval covers both). */
export const ALTERNATIVE_MONTHS_RULE = 'dates/alternative-months';
/** Rule name for "M to M", "between M and M", "M-M". */
export const MONTH_RANGE_RULE = 'dates/month-range';

const PATTERN = new RegExp(
  `\\b(between\\s+)?${MONTH_PATTERN}(?:\\s+(or|and|to|through|till|until)\\s+|\\s*([-–—])\\s*)${MONTH_PATTERN}` +
    `(?:\\s*,?\\s*${YEAR_PATTERN})?(?!\\s*\\d)`,
  'i',
);

/** Parser for two months joined by "or", "to", "-" or "between ... and". */
export const alternativeMonthsParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const between = match[1] !== undefined;
    const connector = (match[3] ?? match[4] ?? '').toLowerCase();
    // "and" joins two separate months ("in March and May") unless it closes "between".
    if (connector === 'and' && !between) return null;
    const first = monthOfWord(match[2] ?? '');
    const second = monthOfWord(match[5] ?? '');
    if (first === null || second === null || first === second) return null;
    const written = match[6] === undefined ? undefined : Number(match[6]);
    // A written year belongs to the later month; a range that wraps ("December or January 2019") starts a year earlier.
    const startYear = written === undefined ? undefined : written - (first > second ? 1 : 0);
    const start = componentsOf(context, { year: startYear, month: first, day: 1 });
    const end = componentsOf(context, { year: written, month: second });
    const result = context.createParsingResult(match.index ?? 0, match[0], start, end);
    return tagPrecision(tagRule(result, connector === 'or' ? ALTERNATIVE_MONTHS_RULE : MONTH_RANGE_RULE), 'months');
  },
};
