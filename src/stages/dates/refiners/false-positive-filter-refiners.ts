/**
 * Refiners that drop chrono results which are not dates of events: durations ("for approximately 32 minutes"),
 * bare clock times ("at 09:30"), and lower-case words that only look like months or weekdays ("they may meet",
 * "the march", "the sun"). One refiner per concept, listed in `chrono-configuration.ts`.
 */
import type { Refiner } from 'chrono-node';
import { AMBIGUOUS_MONTH_WORDS } from '../lexicon/calendar-words-lexicon.ts';
import {
  CLOCK_UNITS,
  DURATION_INTRODUCERS,
  EVENT_RELATIVE_FOLLOWERS,
  IGNORED_CASUAL_WORDS,
  REFERENCE_RELATIVE_ENDINGS,
  WEEKDAY_NAME_PREFIXES,
  phraseAlternation,
} from '../lexicon/time-phrase-lexicon.ts';
import { FLAG, RULE_TAG, hasTag, isOurs } from '../result-tags.ts';

const DURATION_START = new RegExp(`^(?:${phraseAlternation(DURATION_INTRODUCERS)})\\b`, 'i');
const CLOCK_UNIT = new RegExp(`\\b(?:${phraseAlternation(CLOCK_UNITS)})\\b`, 'i');
// Case-sensitive on purpose: "May" is a month, "may" is a verb.
const LOWER_CASE_MONTH = new RegExp(`\\b(?:${AMBIGUOUS_MONTH_WORDS.join('|')})\\b`);
const CAPITAL = /[A-Z]/;
const IGNORED_WORD = new RegExp(`^(?:${phraseAlternation(IGNORED_CASUAL_WORDS)})$`, 'i');
// Case-sensitive: "Good Friday" is a name, "a good Friday meeting" is not.
const WEEKDAY_NAME_PREFIX = new RegExp(`\\b(?:${WEEKDAY_NAME_PREFIXES.join('|')})\\s+$`);
const EVENT_RELATIVE_AFTER = new RegExp(`^\\s+(?:${phraseAlternation(EVENT_RELATIVE_FOLLOWERS)})\\b`, 'i');
const DEFINITE_UNIT = /^(?:in|within)\s+the\b/i;
const REFERENCE_RELATIVE_END = new RegExp(`(?:${phraseAlternation(REFERENCE_RELATIVE_ENDINGS)})$`, 'i');
const WITHIN_PARSER = `${RULE_TAG}chrono/ENTimeUnitWithinFormatParser`;
const LATER_PARSER = `${RULE_TAG}chrono/ENTimeUnitLaterFormatParser`;

/**
 * Drops chrono's durations: results introduced by "for"/"lasting", or measured in hours/minutes/seconds.
 * Our own results are never durations ("the second half of 2019" is not measured in seconds).
 */
export const durationFilterRefiner: Refiner = {
  refine: (_context, results) =>
    results.filter((r) => isOurs(r) || (!DURATION_START.test(r.text) && !CLOCK_UNIT.test(r.text))),
};

/** Drops results that state only a clock time (no year, month, day or weekday); vague times are kept. */
export const clockTimeFilterRefiner: Refiner = {
  refine: (_context, results) =>
    results.filter(
      (r) =>
        hasTag(r, FLAG.vague) ||
        r.start.isCertain('year') ||
        r.start.isCertain('month') ||
        r.start.isCertain('day') ||
        r.start.isCertain('weekday'),
    ),
};

/** Drops results resting on a lower-case ambiguous month word, and weekday-only results with no capital letter. */
export const lowerCaseWordFilterRefiner: Refiner = {
  refine: (_context, results) =>
    results.filter(
      (r) => !LOWER_CASE_MONTH.test(r.text) && !(r.start.isOnlyWeekdayComponent() && !CAPITAL.test(r.text)),
    ),
};

/** Drops chrono results that are words like "now": the reference instant, not a date of anything. */
export const ignoredWordFilterRefiner: Refiner = {
  refine: (_context, results) => results.filter((r) => !IGNORED_WORD.test(r.text.trim())),
};

/** Drops weekdays that are part of a name ("Good Friday Agreement", "Easter Sunday"). */
export const namedDayFilterRefiner: Refiner = {
  refine: (context, results) =>
    results.filter(
      (r) =>
        !r.start.isOnlyWeekdayComponent() ||
        !WEEKDAY_NAME_PREFIX.test(context.text.slice(Math.max(0, r.index - 12), r.index)),
    ),
};

/**
 * Drops chrono's relative durations that count from an event in the text rather than from the reference date:
 * "within one day of departure", "in the months and years to come", "6 months after the date of notice".
 */
export const eventRelativeFilterRefiner: Refiner = {
  refine: (context, results) =>
    results.filter((r) => {
      if (hasTag(r, WITHIN_PARSER)) {
        const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 12);
        return !DEFINITE_UNIT.test(r.text) && !EVENT_RELATIVE_AFTER.test(after);
      }
      if (hasTag(r, LATER_PARSER)) return REFERENCE_RELATIVE_END.test(r.text.trim());
      return true;
    }),
};
