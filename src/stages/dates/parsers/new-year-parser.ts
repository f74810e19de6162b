/**
 * "in the new year", "early in the New Year", "at the beginning of the new year": the calendar year after the reference
 * date's, as "next year" is (SCHEMA.md); "early in" / "the beginning of" it is its early part (January-April).
 * Written in January the phrase may mean the year just begun, so there it keeps its words and no interval (vague).
 * "the New Year holidays", "New Year's greetings", "the New Year Reception" name the holiday, not a time ahead.
 */
import type { Parser } from 'chrono-node';
import { PARTS_OF_YEAR, lexiconKey } from '../lexicon/calendar-words-lexicon.ts';
import { componentsOf, datesOptionOf } from '../dates-parsing-option.ts';
import { FLAG, tagPrecision, tagRule } from '../result-tags.ts';

/** Rule name recorded on expressions from this parser. */
export const NEW_YEAR_RULE = 'dates/new-year';

// Groups: 1 "early" of "early in", 2 "early" of "in early", 3 "beginning" of "the beginning of".
const PATTERN =
  /\b(?:(early|late)\s+in|in\s+(early)|in|into|(?:at\s+)?the\s+(beginning|start|end)\s+of)\s+the\s+new\s+year\b(?!\s*['’-])/i;
/** Words after "the new year" that make it the holiday or a name ("the New Year holidays", "the New Year Reception"). */
const HOLIDAY_AFTER =
  /\s+(?:[A-Z]|holidays?|celebrations?|greetings?|messages?|receptions?|address|speech|festival|festivities|eve|day|period|season|break|recess|honou?rs|gala|concert|wishes|card)/y;

/** Parser for "the new year". */
export const newYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const index = match.index ?? 0;
    HOLIDAY_AFTER.lastIndex = index + match[0].length;
    if (HOLIDAY_AFTER.test(context.text)) return null;
    const reference = datesOptionOf(context).referenceDay;
    const result = context.createParsingResult(index, match[0]);
    if (reference.month === 1) {
      result.addTag(FLAG.vague);
      return tagPrecision(tagRule(result, NEW_YEAR_RULE), 'vague');
    }
    const partWord = match[1] ?? match[2] ?? match[3];
    const part = partWord === undefined ? null : (PARTS_OF_YEAR[lexiconKey(partWord)] ?? null);
    const year = reference.year + 1;
    result.start = componentsOf(context, { year, month: part?.startMonth ?? 1, day: 1 });
    result.end = componentsOf(context, { year, month: part?.endMonth ?? 12 });
    result.addTag(FLAG.relative);
    return tagPrecision(tagRule(result, NEW_YEAR_RULE), part === null ? 'year' : 'part-of-year');
  },
};
