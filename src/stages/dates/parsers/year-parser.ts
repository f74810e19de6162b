/**
 * "in 2018", "throughout the year 2013", "from 1993 to 2015": whole years. A bare four-digit number is only a year
 * after a preposition or "the year", so counts and codes ("2000 people", "Resolution 2231") are left alone.
 */
import type { Parser } from 'chrono-node';
import { componentsOf } from '../dates-parsing-option.ts';
import { tagPrecision, tagRule } from '../result-tags.ts';
import { YEAR_PATTERN } from './date-patterns.ts';

/** Rule name recorded on expressions from this parser. */
export const YEAR_RULE = 'dates/year';

const NOT_A_YEAR_AFTER =
  `(?![\\d/+]|\\s*[-–]\\s*\\d|[.,]\\d|\\s+(?:people|persons|troops|tons|tonnes|km|kilometers|units|copies|cases|dollars|euros|yen)\\b)`;
const PATTERN = new RegExp(
  `\\b(?:((?:(?:in|during|over)\\s+the\\s+course\\s+of|within|in|since|from|until|till|by|before|after|during|throughout|through|for|as\\s+of|starting|beginning|between|around|about|approximately|circa|roughly)\\s+)` +
    `(the\\s+(?:calendar\\s+|fiscal\\s+)?year\\s+)?|(the\\s+year\\s+))${YEAR_PATTERN}` +
    `(?:(\\s*[-–—]\\s*|\\s+(?:to|through|until|and)\\s+)${YEAR_PATTERN})?${NOT_A_YEAR_AFTER}`,
  'i',
);

/** Parser for a written year with a preposition or "the year" before it. */
export const yearParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const first = Number(match[4]);
    const connector = match[5]?.trim().toLowerCase();
    // "and" closes only "between 2018 and 2020"; "in 2018 and 2019" names two years, of which this is the first.
    const ranged = match[6] !== undefined && (connector !== 'and' || match[1]?.trim().toLowerCase() === 'between');
    const last = ranged ? Number(match[6]) : first;
    if (last < first) return null;
    // The preposition is a cue only; the leading-preposition refiner decides whether it joins the span.
    const skip = match[1]?.length ?? 0;
    const length = ranged ? match[0].length : match[0].length - (match[5]?.length ?? 0) - (match[6]?.length ?? 0);
    const start = componentsOf(context, { year: first, month: 1, day: 1 });
    const end = componentsOf(context, { year: last, month: 12, day: 31 });
    const result = context.createParsingResult((match.index ?? 0) + skip, match[0].slice(skip, length), start, end);
    return tagPrecision(tagRule(result, YEAR_RULE), 'year');
  },
};
