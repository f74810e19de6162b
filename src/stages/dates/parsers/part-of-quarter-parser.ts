/**
 * "early Q4", "in late Q1 2025", "mid-Q3", "the early fourth quarter", "early in the fourth quarter", "late in the
 * third quarter of 2025": a third of a calendar quarter, its first, middle or last month. The quarter parser already
 * cuts a quarter so after a noun ("at the end of Q3", "in the middle of the second quarter"), as a season is cut
 * ("early summer"): the adjectives early/mid/late take the same thirds (PARTS_OF_SEASON, a three-month period's).
 * Without a year the months resolve as the quarter parser's do (the converter's implied-year reading); "of next year"
 * after it is the month-of-year refiner's. A quarter followed by another "of" ("the late third quarter of the century")
 * is no date.
 */
import type { Parser } from 'chrono-node';
import { PARTS_OF_SEASON } from '../lexicon/calendar-words-lexicon.ts';
import { componentsOf } from '../dates-parsing-option.ts';
import { tagPrecision, tagRule } from '../result-tags.ts';
import { YEAR_PATTERN } from './date-patterns.ts';

/** Rule name recorded on expressions from this parser. */
export const PART_OF_QUARTER_RULE = 'dates/part-of-quarter';

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
};
/**
 * Groups: 1 part word (early, mid, late), 2 "Q" digit, 3 ordinal, 4 year. The pattern starts with `(?<!\w)` rather
 * than `\b` (the same left boundary before a word): the dates stage's shared first-word filter holds at most 31
 * patterns and is full, so this one is scanned on its own.
 */
const PATTERN = new RegExp(
  `(?<!\\w)(?:the\\s+)?(early|mid|late)(?:\\s*-\\s*|\\s+)(?:in\\s+)?(?:the\\s+)?` +
    `(?:Q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter)\\b` +
    `(?:\\s*,?\\s*(?:of\\s+)?(?:the\\s+year\\s+)?${YEAR_PATTERN}(?!\\d))?` +
    // "of this/next year" is the month-of-year refiner's; another "of" names something else.
    `(?!\\s+of\\b(?!\\s+(?:this|next|last|the\\s+current)\\s+year\\b))`,
  'i',
);

/** Parser for an early/mid/late part of a calendar quarter. */
export const partOfQuarterParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const third = PARTS_OF_SEASON[(match[1] ?? '').toLowerCase()];
    const q = match[2];
    const quarter = q === undefined ? ORDINALS[(match[3] ?? '').toLowerCase()] : Number(q);
    if (third === undefined || quarter === undefined) return null;
    // "q3" in lower case is no quarter (as in the quarter parser).
    if (q !== undefined && !match[0].includes(`Q${q}`)) return null;
    const month = quarter * 3 - 2 + third;
    const year = match[4] === undefined ? undefined : Number(match[4]);
    const result = context.createParsingResult(
      match.index ?? 0,
      match[0],
      componentsOf(context, { year, month, day: 1 }),
      componentsOf(context, { year, month }),
    );
    return tagPrecision(tagRule(result, PART_OF_QUARTER_RULE), 'part-of-year');
  },
};
