/**
 * "early October", "mid-October", "the end of October 2019", "late this month", "the end of the month" (this month): a
 * part of one month.
 * Early/beginning = days 1-10, mid/middle = 11-20, late/end = 21-last (SCHEMA.md).
 */
import type { Parser } from 'chrono-node';
import { PARTS_OF_MONTH, alternationOf, lexiconKey } from '../lexicon/calendar-words-lexicon.ts';
import { componentsOf, datesOptionOf } from '../dates-parsing-option.ts';
import { daysInMonth } from '../iso-calendar.ts';
import { FLAG, tagPrecision, tagRule } from '../result-tags.ts';
import { MONTH_PATTERN, YEAR_PATTERN, monthOfWord } from './date-patterns.ts';

/** Rule name recorded on expressions from this parser. */
export const PART_OF_MONTH_RULE = 'dates/part-of-month';

const PART = alternationOf(Object.keys(PARTS_OF_MONTH));
// Groups: 1 "early"/"mid"/"late"/"end" before the month, 2 a part named with "of", 3 "this"/"next"/"the" month, 4 month
// word, 5 year.
const PATTERN = new RegExp(
  `\\b(?:(early|mid|late|end)(?:\\s*-\\s*|\\s+)(?:in\\s+)?|(?:the\\s+)?(${PART})\\s+of\\s+)` +
    `(?:(this|next|the)\\s+month\\b|${MONTH_PATTERN}(?:\\s*,?\\s*${YEAR_PATTERN}(?!\\d))?)`,
  'i',
);

/**
 * "end-March" is written with a hyphen; "end March" (British "by end March 2025") only after a preposition, so that the
 * verb ("to end May's talks") is no date.
 */
const END_HYPHEN = /^end\s*-/i;
const END_CUE_BEFORE = /(?:^|[^\p{L}])(?:by|before|until|till|in|at|from|around|towards?|to)\s+$/iu;
const END_TO_VERB = /(?:^|[^\p{L}])to\s+$/iu;

/** Parser for a qualified part of a month. */
export const partOfMonthParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const part = PARTS_OF_MONTH[lexiconKey(match[1] ?? match[2] ?? '')];
    if (part === undefined) return null;
    if (match[1]?.toLowerCase() === 'end' && !END_HYPHEN.test(match[0])) {
      const before = context.text.slice(Math.max(0, (match.index ?? 0) - 12), match.index ?? 0);
      if (!END_CUE_BEFORE.test(before) || END_TO_VERB.test(before)) return null;
    }
    const reference = datesOptionOf(context).referenceDay;
    let month: number | null;
    let year: number | undefined;
    const relativeWord = match[3]?.toLowerCase();
    if (relativeWord !== undefined) {
      const ordinal = reference.year * 12 + reference.month - 1 + (relativeWord === 'next' ? 1 : 0);
      year = Math.floor(ordinal / 12);
      month = (ordinal % 12) + 1;
    } else {
      month = monthOfWord(match[4] ?? '');
      year = match[5] === undefined ? undefined : Number(match[5]);
    }
    if (month === null) return null;
    // "the last week of May": counted back from the month's last day (the written year's, else the reference year's).
    const startDay = part.startDay >= 1 ? part.startDay : daysInMonth(year ?? reference.year, month) + part.startDay;
    const start = componentsOf(context, { year, month, day: startDay });
    const end = componentsOf(context, { year, month, day: part.endDay ?? undefined });
    const result = context.createParsingResult(match.index ?? 0, match[0], start, end);
    if (relativeWord !== undefined) result.addTag(FLAG.relative);
    return tagPrecision(tagRule(result, PART_OF_MONTH_RULE), 'part-of-month');
  },
};
