/**
 * "on the 28th", "by the 3rd", "on the 28th of this month", "the 5th of next month": a day of a month the text does not
 * name. The month comes from a date just before it in the same paragraph ("arrive on 27 May and hold talks on the
 * 28th", see day-of-month-refiner.ts), else from the reference date (converter, DAY_OF_MONTH_TAG): SCHEMA.md is
 * silent, so a future reading takes the first such day on or after the reference date (this month, else the next),
 * a past reading the latest one on or before it.
 * The ordinal must stand alone ("the 28th anniversary", "the 3rd Session", "the 5th of the series" are not days), and
 * a bare one needs a preposition before it ("on", "by", "from", "until"); the modifier refiners put it into the span.
 */
import type { Parser } from 'chrono-node';
import { componentsOf } from '../dates-parsing-option.ts';
import { DAY_OF_MONTH_TAG, FLAG, tagPrecision, tagRule } from '../result-tags.ts';
import { MONTH_PATTERN } from './date-patterns.ts';

/** Rule name recorded on expressions from this parser. */
export const DAY_OF_MONTH_RULE = 'dates/day-of-month';

// Groups: 1 day, 2 ordinal suffix, 3 "this"/"next"/"the" of "of this month".
const PATTERN = /\bthe\s+([1-9]|[12]\d|3[01])(st|nd|rd|th)\b(?:\s+of\s+(this|next|the|the\s+current)\s+month\b)?/i;
/** What may come right after a bare ordinal day: punctuation, the end, or a word that cannot be its noun. */
const ALLOWED_AFTER =
  /(?:\s*(?:[.,;:)\u00b6]|$)|\s+(?:and|or|at|in|to|with|when|where|for|from|after|before|during|through|until|till|between|by|on|as|which|while|if|the|a|an|will|would|shall|is|are|was|were|that|this|so)\b)/iy;
/**
 * "the 12th and 13th of June", "from the 3rd to the 5th of June": the first day of a list or range whose month is
 * named after its last day is that month's (chrono's and the paired-days refiner's), not an unnamed month's.
 */
const NAMED_MONTH_LATER = new RegExp(
  `(?:(?:\\s*(?:,|&|/|[-–])\\s*|,?\\s+(?:and|or|to|through|until|till)\\s+)(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?)+(?:\\s+of)?\\s+${MONTH_PATTERN}`,
  'iy',
);
/**
 * Cues before a bare ordinal day that make it a date: a preposition (read from the text before the match), an
 * approximation ("scheduled around the 20th", "on or about the 3rd", "towards the 25th") or a scheduling participle
 * with "for" ("set for the 12th"; a bare "for the 20th" is too often "for the 20th time"); a rank is no day ("ranks
 * around the 20th in the index").
 */
const CUE_BEFORE =
  /(?:^|[^\p{L}])(?:on|by|before|until|till|from|since|after|of|no\s+later\s+than|not\s+later\s+than|prior\s+to|starting|beginning|(?<!\b(?:rank|ranks|ranked|ranking|placed|positioned|stands|stood|finished|came)\s+)(?:around|towards?)|on\s+or\s+(?:about|around)|circa|(?:scheduled|planned|set|slated|due|fixed)\s+for)\s+$/iu;
const CUE_WINDOW = 24;

/** The English ordinal suffix of a day number ("1st", "12th", "22nd"): "the 22th" is a typo or no day at all. */
function ordinalSuffix(day: number): string {
  if (day >= 11 && day <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

/** Parser for a day of an unnamed month. */
export const dayOfMonthParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const index = match.index ?? 0;
    const day = Number(match[1]);
    if ((match[2] ?? '').toLowerCase() !== ordinalSuffix(day)) return null;
    const monthWord = match[3]?.toLowerCase().replace(/\s+/g, ' ');
    if (monthWord === undefined) {
      ALLOWED_AFTER.lastIndex = index + match[0].length;
      if (!ALLOWED_AFTER.test(context.text)) return null;
      NAMED_MONTH_LATER.lastIndex = index + match[0].length;
      if (NAMED_MONTH_LATER.test(context.text)) return null;
      if (!CUE_BEFORE.test(context.text.slice(Math.max(0, index - CUE_WINDOW), index))) return null;
    }
    const monthOffset = monthWord === 'next' ? 1 : 0;
    const result = context.createParsingResult(index, match[0], componentsOf(context, { day }));
    result.addTag(`${DAY_OF_MONTH_TAG}${day}/${monthWord === undefined ? 'any' : monthOffset}`);
    result.addTag(FLAG.relative);
    return tagPrecision(tagRule(result, DAY_OF_MONTH_RULE), 'day');
  },
};
