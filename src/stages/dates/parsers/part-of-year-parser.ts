/**
 * "early 2018", "mid-2019", "late next year", "the first half of 2019", "the end of this year", "end-2026", "mid-year",
 * "year-end": part of one year.
 * Early = Jan-Apr, mid = May-Aug, late = Sep-Dec; halves and quarters as named (SCHEMA.md).
 *
 * "the turn of the year" (convention of ours; SCHEMA.md names none): the days around the year's end, the end of
 * December and the beginning of January as SCHEMA.md cuts a month, December 21 to January 10. The turn is the coming
 * one (December of the reference year), except written in January, when it is the one just past.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { PARTS_OF_YEAR, alternationOf, lexiconKey } from '../lexicon/calendar-words-lexicon.ts';
import { componentsOf, datesOptionOf } from '../dates-parsing-option.ts';
import { FLAG, tagPrecision, tagRule } from '../result-tags.ts';
import { YEAR_PATTERN } from './date-patterns.ts';

/** Rule name recorded on expressions from this parser. */
export const PART_OF_YEAR_RULE = 'dates/part-of-year';

const PART = alternationOf(Object.keys(PARTS_OF_YEAR));
const RELATIVE_YEAR_OFFSET: Readonly<Record<string, number>> = { this: 0, the: 0, next: 1, last: -1 };
const PATTERN = new RegExp(
  `\\b(?:(?:(early|mid|late|end)(?:\\s*-\\s*|\\s+)(?:in\\s+)?|(?:the\\s+)?(${PART})\\s+of\\s+(?:the\\s+year\\s+)?)` +
    `(?:${YEAR_PATTERN}(?![\\d/]|[-–]\\d)|(this|next|last|the)\\s+year\\b)` +
    // "by year-end", "around mid-year": a part of the reference year.
    `|(?:the\\s+)?(mid[-\\s]year|year[-\\s]end)\\b` +
    // "at the turn of the year": December 21 - January 10 around the coming year's end.
    `|the\\s+(turn)\\s+of\\s+the\\s+year\\b)`,
  'i',
);
const THIS_YEAR_PARTS: Readonly<Record<string, string>> = { mid: 'mid', year: 'end' };

/** The turn of the year: December 21 of the reference year (of the year before, in January) to January 10 after it. */
function turnOfTheYear(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
  const reference = datesOptionOf(context).referenceDay;
  const year = reference.month === 1 ? reference.year - 1 : reference.year;
  const start = componentsOf(context, { year, month: 12, day: 21 });
  const end = componentsOf(context, { year: year + 1, month: 1, day: 10 });
  const result = context.createParsingResult(match.index ?? 0, match[0], start, end);
  result.addTag(FLAG.relative);
  return tagPrecision(tagRule(result, PART_OF_YEAR_RULE), 'part-of-year');
}

/** Parser for a qualified part of a year. */
export const partOfYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    if (match[6] !== undefined) return turnOfTheYear(context, match);
    const thisYearPart = match[5];
    const partWord = thisYearPart === undefined ? match[1] ?? match[2] ?? '' : THIS_YEAR_PARTS[thisYearPart.slice(0, 3).toLowerCase().replace('yea', 'year')] ?? '';
    const part = PARTS_OF_YEAR[lexiconKey(partWord)];
    if (part === undefined) return null;
    const relativeWord = thisYearPart === undefined ? match[4]?.toLowerCase() : 'this';
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
