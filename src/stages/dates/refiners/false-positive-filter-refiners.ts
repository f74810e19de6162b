/**
 * Refiners that drop chrono results which are not dates of events: durations ("for approximately 32 minutes"),
 * bare clock times ("at 09:30"), and lower-case words that only look like months or weekdays ("they may meet",
 * "the march", "the sun"). One filter per concept; `falsePositiveFilterRefiner` applies them all in one pass over
 * the results (they are independent: each looks at one result and the text only).
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { AMBIGUOUS_MONTH_WORDS, MONTH_WORDS, alternationOf } from '../lexicon/calendar-words-lexicon.ts';
import {
  CLOCK_UNITS,
  DURATION_INTRODUCERS,
  EVENT_RELATIVE_FOLLOWERS,
  IGNORED_CASUAL_WORDS,
  RECORD_SPAN_MARKERS,
  REFERENCE_RELATIVE_ENDINGS,
  WEEKDAY_NAME_PREFIXES,
  phraseAlternation,
} from '../lexicon/time-phrase-lexicon.ts';
import { FLAG, RULE_TAG, isOurs, resultTagsOf } from '../result-tags.ts';

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
const RECORD_SPAN_BEFORE = new RegExp(`\\b(?:${phraseAlternation(RECORD_SPAN_MARKERS)})\\b[^.;:!?]*$`, 'i');
/** How far back, within the sentence, a record-span marker may stand before "in N years". */
const RECORD_SPAN_WINDOW = 100;
const WITHIN_PARSER = `${RULE_TAG}chrono/ENTimeUnitWithinFormatParser`;
const LATER_PARSER = `${RULE_TAG}chrono/ENTimeUnitLaterFormatParser`;

/** A date's end right before a bracketed weekday: a day or year number, or a month word ("12 May (Sunday)"). */
const DATE_BEFORE_BRACKET = new RegExp(`(?:\\d|\\b(?:${alternationOf(Object.keys(MONTH_WORDS))})\\.?),?\\s*\\(\\s*$`, 'i');
const BRACKET_WINDOW = 16;
/** A bracketed date right after a weekday ("Sunday (12 May)"): its day number or month word. */
const DATE_IN_BRACKET_AFTER = new RegExp(`\\s*\\(\\s*(?:\\d|(?:${alternationOf(Object.keys(MONTH_WORDS))})\\b)`, 'iy');

/** A false-positive filter: true when `result` is kept. `tags` are the result's tags (start and end). */
export type ResultFilter = (context: ParsingContext, result: ParsingResult, tags: ReadonlySet<string>) => boolean;

/**
 * Drops chrono's durations: results introduced by "for"/"lasting", or measured in hours/minutes/seconds.
 * Our own results are never durations ("the second half of 2019" is not measured in seconds).
 */
export const durationFilter: ResultFilter = (_context, r) =>
  isOurs(r) || (!DURATION_START.test(r.text) && !CLOCK_UNIT.test(r.text));

/** Drops results that state only a clock time (no year, month, day or weekday); vague times are kept. */
export const clockTimeFilter: ResultFilter = (_context, r, tags) =>
  tags.has(FLAG.vague) ||
  r.start.isCertain('year') ||
  r.start.isCertain('month') ||
  r.start.isCertain('day') ||
  r.start.isCertain('weekday');

/** Drops results resting on a lower-case ambiguous month word, and weekday-only results with no capital letter. */
export const lowerCaseWordFilter: ResultFilter = (_context, r) =>
  !LOWER_CASE_MONTH.test(r.text) && !(r.start.isOnlyWeekdayComponent() && !CAPITAL.test(r.text));

/** Drops chrono results that are words like "now": the reference instant, not a date of anything. */
export const ignoredWordFilter: ResultFilter = (_context, r) => !IGNORED_WORD.test(r.text.trim());

/** Drops weekdays that are part of a name ("Good Friday Agreement", "Easter Sunday"). */
export const namedDayFilter: ResultFilter = (context, r) =>
  !r.start.isOnlyWeekdayComponent() ||
  !WEEKDAY_NAME_PREFIX.test(context.text.slice(Math.max(0, r.index - 12), r.index));

/**
 * Drops a weekday written with its date in brackets ("12 May (Sunday)", "12 May 2024 (Sun)", "Sunday (12 May)"): it
 * restates the date's weekday, and read alone it is the nearest such weekday to the reference date, another day.
 */
export const bracketedWeekdayFilter: ResultFilter = (context, r) => {
  if (!r.start.isOnlyWeekdayComponent()) return true;
  const open = r.text.startsWith('(') ? r.index + 1 : r.index;
  if (DATE_BEFORE_BRACKET.test(context.text.slice(Math.max(0, open - BRACKET_WINDOW), open))) return false;
  DATE_IN_BRACKET_AFTER.lastIndex = r.index + r.text.length;
  return !DATE_IN_BRACKET_AFTER.test(context.text);
};

/**
 * Drops chrono's relative durations that count from an event in the text rather than from the reference date:
 * "within one day of departure", "in the months and years to come", "6 months after the date of notice", and
 * "in N years" after a record word ("the first visit in 45 years"), which counts back from now.
 */
export const eventRelativeFilter: ResultFilter = (context, r, tags) => {
  if (tags.has(WITHIN_PARSER)) {
    const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 12);
    if (DEFINITE_UNIT.test(r.text) || EVENT_RELATIVE_AFTER.test(after)) return false;
    // "the first visit … in 45 years": a span up to now, not a date ahead ("within" stays a deadline).
    return !/^in\s/i.test(r.text) || !RECORD_SPAN_BEFORE.test(context.text.slice(Math.max(0, r.index - RECORD_SPAN_WINDOW), r.index));
  }
  if (tags.has(LATER_PARSER)) return REFERENCE_RELATIVE_END.test(r.text.trim());
  return true;
};

/** The false-positive filters, all applied by {@link falsePositiveFilterRefiner}. */
export const FALSE_POSITIVE_FILTERS: readonly ResultFilter[] = [
  durationFilter,
  clockTimeFilter,
  lowerCaseWordFilter,
  ignoredWordFilter,
  namedDayFilter,
  bracketedWeekdayFilter,
  eventRelativeFilter,
];

/** Keeps the results that pass every filter of {@link FALSE_POSITIVE_FILTERS}; reads each result's tags once. */
export const falsePositiveFilterRefiner: Refiner = {
  refine(context, results) {
    const kept: ParsingResult[] = [];
    for (const result of results) {
      const tags = resultTagsOf(result);
      if (FALSE_POSITIVE_FILTERS.every((keeps) => keeps(context, result, tags))) kept.push(result);
    }
    return kept;
  },
};
