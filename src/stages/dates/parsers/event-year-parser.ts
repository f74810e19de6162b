/**
 * "the 2025 session of the Committee", "the 2025 Taiwan-Paraguay Economic Cooperation Commission meeting": a year
 * written before an event noun dates the event by itself. The expression is the year alone (whenText "2025").
 * Only event nouns count (`YEAR_DATED_EVENT_NOUNS`), reached through capitalised words of a name and a few
 * lower-case modifiers (`YEAR_DATED_EVENT_MODIFIERS`): "the 2030 Agenda" and "the 2022 agreement was signed at the
 * summit" are no dated events.
 */
import type { Parser } from 'chrono-node';
import { componentsOf } from '../dates-parsing-option.ts';
import { YEAR_DATED_EVENT_MODIFIERS, YEAR_DATED_EVENT_NOUNS } from '../lexicon/time-phrase-lexicon.ts';
import { tagPrecision, tagRule } from '../result-tags.ts';
import { YEAR_PATTERN } from './date-patterns.ts';

/** Rule name recorded on expressions from this parser. */
export const EVENT_YEAR_RULE = 'dates/event-year';

const NOUNS = YEAR_DATED_EVENT_NOUNS.join('|');
/** Group 1 the year, 2 the words between it and the noun. */
const PATTERN = new RegExp(`\\bthe\\s+${YEAR_PATTERN}\\s+((?:[^\\s,;:()]+\\s+){0,6}?)(?:${NOUNS})s?\\b`, 'i');
const MODIFIERS: ReadonlySet<string> = new Set(YEAR_DATED_EVENT_MODIFIERS);

/** A word of the event's name: capitalised or a number ("Taiwan-Paraguay", "G20", "7th"), else a listed modifier. */
function nameWord(word: string): boolean {
  const first = word.charAt(0);
  return (first !== first.toLowerCase() || (first >= '0' && first <= '9')) || MODIFIERS.has(word.toLowerCase());
}

/** Parser for a year premodifying an event noun. */
export const eventYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const words = (match[2] ?? '').split(/\s+/).filter((w) => w !== '');
    // chrono's scans are case-insensitive: the article and the noun are checked here ("The 2025 Session" is fine).
    if (!words.every(nameWord)) return null;
    const year = Number(match[1]);
    const at = (match.index ?? 0) + match[0].indexOf(match[1] as string, 3);
    const result = context.createParsingResult(
      at,
      match[1] as string,
      componentsOf(context, { year, month: 1, day: 1 }),
      componentsOf(context, { year, month: 12, day: 31 }),
    );
    return tagPrecision(tagRule(result, EVENT_YEAR_RULE), 'year');
  },
};
