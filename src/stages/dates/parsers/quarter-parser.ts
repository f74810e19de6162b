/**
 * "in the third quarter", "by the end of the second quarter", "Q3 2023", "in Q3": a calendar quarter; "H2 2024", "1H 2025",
 * "during the second semester", "in the first half": a half-year. Without a
 * year it is the next such quarter that has not ended (the converter's implied-year reading; the past reading is the
 * latest one begun). "the first quarter of 2024" / "of next year" are the part-of-year parser's.
 * A bare quarter needs a preposition before it ("a quarter of the population", "the third quarter results" are not
 * dates); the modifier refiners put it (or "by the end of") into the span.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { componentsOf } from '../dates-parsing-option.ts';
import { tagPrecision, tagRule } from '../result-tags.ts';
import { YEAR_PATTERN } from './date-patterns.ts';

/** Rule name recorded on expressions from this parser. */
export const QUARTER_RULE = 'dates/quarter';

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
};
/**
 * Words before a bare quarter that make it a time ("in the third quarter", "by the end of the second quarter"). Read
 * from the text before the match (not in the pattern, which every position of the text is tried against).
 */
const CUE_BEFORE = new RegExp(
  `(?:^|\\W)(?:(?:by|before|until|till|no\\s+later\\s+than|not\\s+later\\s+than|prior\\s+to)\\s+the\\s+end\\s+of` +
    `|in|during|by|before|until|till|over|throughout|through|within|for|from|since|starting|beginning\\s+in|prior\\s+to)\\s+$`,
  'i',
);
const CUE_WINDOW = 40;
/**
 * "at the end of Q3", "in the middle of the second quarter": a third of the quarter, its last, middle or first month
 * (thirds, as SCHEMA.md cuts a month and a year, and as a season is cut). A deadline before "the end of" keeps the
 * whole quarter (its interval runs to the quarter's last day either way). Groups: 1 the part word.
 */
const PART_BEFORE = /(?:^|\W)(?:at|in|towards?|around|from)\s+(the\s+(end|beginning|start|middle)\s+of\s+)$/i;
const PART_MONTH: Readonly<Record<string, number>> = { beginning: 0, start: 0, middle: 1, end: 2 };
// Groups: 1 ordinal, 2 unit (quarter, half, semester), 3 "Q" digit, 4 year after "Q<n>", 5 "H" digit, 6 digit before
// "H", 7 year after the half.
const PATTERN = new RegExp(
  `\\b(?:the\\s+(first|second|third|fourth|1st|2nd|3rd|4th)\\s+(quarter|half|semester)\\b(?!\\s+of\\b)` +
    `|Q([1-4])\\b(?:\\s*(?:of\\s+)?${YEAR_PATTERN}(?!\\d))?` +
    // "H2 2024", "1H 2025": a half-year, only with its year ("in 1H" alone is chrono's hour).
    `|(?:H([12])|([12])H)\\s*(?:of\\s+)?${YEAR_PATTERN}(?!\\d))`,
  'i',
);

/** "H2 2024" / "2H 2024": the half-year (January-June or July-December) of the written year. */
function halfYearResult(context: ParsingContext, match: RegExpMatchArray, half: number, year: number): ParsingResult {
  const startMonth = half === 1 ? 1 : 7;
  const start = componentsOf(context, { year, month: startMonth, day: 1 });
  const end = componentsOf(context, { year, month: startMonth + 5 });
  return tagPrecision(tagRule(context.createParsingResult(match.index ?? 0, match[0], start, end), QUARTER_RULE), 'part-of-year');
}

/** Parser for calendar quarters. */
export const quarterParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const half = match[5] ?? match[6];
    if (half !== undefined) return halfYearResult(context, match, Number(half), Number(match[7]));
    const ordinal = match[1];
    const quarter = ordinal === undefined ? Number(match[3]) : ORDINALS[ordinal.toLowerCase()];
    if (quarter === undefined) return null;
    if (ordinal === undefined && match[0].charAt(0) !== 'Q') return null; // "q3" is not a quarter
    // "during the second semester", "in the first half": a half-year of no written year, as a bare quarter is read.
    const halves = match[2] !== undefined && !/^quarter$/i.test(match[2]);
    if (halves && quarter > 2) return null;
    const year = match[4] === undefined ? undefined : Number(match[4]);
    let index = match.index ?? 0;
    const before = context.text.slice(Math.max(0, index - CUE_WINDOW), index);
    const part = PART_BEFORE.exec(before);
    if (year === undefined && part === null && !CUE_BEFORE.test(before)) return null;
    if (halves && part !== null) return null; // "at the end of the first half": no thirds of a half-year

    let startMonth = halves ? quarter * 6 - 5 : quarter * 3 - 2;
    let endMonth = startMonth + (halves ? 5 : 2);
    if (part !== null && !halves) {
      startMonth += PART_MONTH[(part[2] ?? '').toLowerCase()] ?? 0;
      endMonth = startMonth;
      index -= (part[1] ?? '').length;
    }
    const start = componentsOf(context, { year, month: startMonth, day: 1 });
    const end = componentsOf(context, { year, month: endMonth });
    const result = context.createParsingResult(index, context.text.slice(index, (match.index ?? 0) + match[0].length), start, end);
    return tagPrecision(tagRule(result, QUARTER_RULE), 'part-of-year');
  },
};
