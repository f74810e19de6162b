/**
 * "promptly", "in the near future", "at an early date", "in the coming weeks": a time without dates.
 * The phrases are data (`VAGUE_TIME_PHRASES`); the expression keeps its words and has no interval.
 */
import type { Parser } from 'chrono-node';
import { VAGUE_TIME_PHRASES, phraseAlternation } from '../lexicon/time-phrase-lexicon.ts';
import { FLAG, tagPrecision, tagRule } from '../result-tags.ts';

/** Rule name recorded on expressions from this parser. */
export const VAGUE_TIME_RULE = 'dates/vague';

const PATTERN = new RegExp(`\\b(?:${phraseAlternation(VAGUE_TIME_PHRASES)})\\b`, 'i');

/** Parser for vague times. */
export const vagueTimeParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.addTag(FLAG.vague);
    return tagPrecision(tagRule(result, VAGUE_TIME_RULE), 'vague');
  },
};
