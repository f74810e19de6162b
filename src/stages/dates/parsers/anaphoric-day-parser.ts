/**
 * "the following day", "the day after": a day counted from an event named in the text, not from the reference
 * date. Vague on its own; the anchored-day refiner resolves it when a date follows ("the day after the
 * December 15 meeting").
 */
import type { Parser } from 'chrono-node';
import { ANAPHORIC_DAY_PHRASES, phraseAlternation } from '../lexicon/time-phrase-lexicon.ts';
import { FLAG, tagPrecision, tagRule } from '../result-tags.ts';

/** Rule name recorded on expressions from this parser. */
export const ANAPHORIC_DAY_RULE = 'dates/anaphoric-day';

const PATTERN = new RegExp(`\\b(?:${phraseAlternation(ANAPHORIC_DAY_PHRASES)})\\b`, 'i');

/** Parser for days relative to an event in the text. */
export const anaphoricDayParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.addTag(FLAG.vague);
    result.addTag(FLAG.anaphoric);
    return tagPrecision(tagRule(result, ANAPHORIC_DAY_RULE), 'vague');
  },
};
