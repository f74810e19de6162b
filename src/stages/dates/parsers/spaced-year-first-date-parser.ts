/**
 * "2024. 10. 08.", "2024. 3. 5.": a date written year first with a full stop and a space after each part, as Hungarian
 * and Korean government pages print their dates. chrono reads "2024.10.08" and "2024-10-08" itself (one separator
 * between the parts), not this spaced form.
 */
import type { Parser } from 'chrono-node';
import { componentsOf } from '../dates-parsing-option.ts';
import { daysInMonth } from '../iso-calendar.ts';
import { tagPrecision, tagRule } from '../result-tags.ts';
import { YEAR_PATTERN } from './date-patterns.ts';

/** Rule name recorded on expressions from this parser. */
export const SPACED_YEAR_FIRST_RULE = 'dates/spaced-year-first';

/** Groups 1 year, 2 month, 3 day; the closing full stop is optional, a further digit is not allowed. */
const PATTERN = new RegExp(`\\b${YEAR_PATTERN}\\.\\s(\\d{1,2})\\.\\s(\\d{1,2})\\b\\.?(?!\\d)`, 'i');

/** Parser for spaced year-first dotted dates. */
export const spacedYearFirstDateParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    const text = match[0].replace(/\.$/, '');
    const result = context.createParsingResult(match.index ?? 0, text, componentsOf(context, { year, month, day }));
    return tagPrecision(tagRule(result, SPACED_YEAR_FIRST_RULE), 'day');
  },
};
