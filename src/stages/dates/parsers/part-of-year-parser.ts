/**
 * "early 2018", "mid-2019", "late next year", "the first half of 2019", "the end of this year": part of one year.
 * Early = Jan-Apr, mid = May-Aug, late = Sep-Dec; halves and quarters as named (SCHEMA.md).
 */
import type { Parser } from 'chrono-node';
import { PARTS_OF_YEAR, alternationOf, lexiconKey } from '../lexicon/calendar-words-lexicon.ts';
import { componentsOf, datesOptionOf } from '../dates-parsing-option.ts';
import { FLAG, tagPrecision, tagRule } from '../result-tags.ts';
import { YEAR_PATTERN } from './date-patterns.ts';

/** Rule name recorded on expressions from this parser. */
export const PART_OF_YEAR_RULE = 'dates/part-of-year';

const PART = alternationOf(Object.keys(PARTS_OF_YEAR));
const RELATIVE_YEAR_OFFSET: Readonly<Record<string, number>> = { this: 0, the: 0, next: 1, last: -1 };
const PATTERN = new RegExp(
  `\\b(?:(early|mid|late)(?:\\s*-\\s*|\\s+)(?:in\\s+)?|(?:the\\s+)?(${PART})\\s+of\\s+(?:the\\s+year\\s+)?)` +
    `(?:${YEAR_PATTERN}(?![\\d/]|[-–]\\d)|(this|next|last|the)\\s+year\\b)`,
  'i',
);

/** Parser for a qualified part of a year. */
export const partOfYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const part = PARTS_OF_YEAR[lexiconKey(match[1] ?? match[2] ?? '')];
    if (part === undefined) return null;
    const relativeWord = match[4]?.toLowerCase();
    const year =
      relativeWord === undefined
        ? Number(match[3])
        : datesOptionOf(context).referenceDay.year + (RELATIVE_YEAR_OFFSET[relativeWord] ?? 0);
    const start = componentsOf(context, { year, month: part.startMonth, day: 1 });
    const end = componentsOf(context, { year, month: part.endMonth });
    const result = context.createParsingResult(match.index ?? 0, match[0], start, end);
    if (relativeWord !== undefined) result.addTag(FLAG.relative);
    return tagPrecision(tagRule(result, PART_OF_YEAR_RULE), 'part-of-year');
  },
};
