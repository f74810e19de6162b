/**
 * Phrases that state a time without dates, and the words around a date that change its meaning.
 * Entries are regular-expression sources (case-insensitive; a space matches any run of whitespace), so a
 * family such as "in the coming days/weeks" is one entry.
 */

/** Vague times: the expression is kept but denotes no interval (SCHEMA.md: null/null). */
export const VAGUE_TIME_PHRASES: readonly string[] = [
  'promptly',
  'shortly',
  '(?<!\\bas )soon(?! as\\b)',
  'as soon as (?:possible|practicable|feasible)',
  'at the soonest possible (?:date|time)',
  'in the (?:near|not too distant|not-too-distant|foreseeable|immediate) future',
  'in the near term',
  'as early as possible',
  'at an early date',
  'at the earliest (?:possible )?(?:opportunity|date|time)',
  'at the earliest',
  'at an early stage',
  'at a later (?:date|stage|time)',
  'in due course',
  'in the (?:coming|next|following) (?:few )?(?:days|weeks|months|years)',
  'in the (?:days|weeks|months|years)(?: and (?:days|weeks|months|years))? (?:ahead|to come)',
  'at (?:a|an) (?:mutually )?(?:convenient|appropriate|suitable) (?:time|date|opportunity)',
  'at (?:a|an) time (?:mutually )?convenient (?:to|for) (?:both|all) (?:sides|parties|countries)',
];

/**
 * Anaphoric days: resolved against an event named in the text, not against the reference date. Vague unless a
 * date follows ("the day after the December 15 meeting").
 */
export const ANAPHORIC_DAY_PHRASES: readonly string[] = [
  'the (?:following|next) day',
  'the day (?:after|before)',
];

/** Words directly before a date that make it approximate ("around September 23rd"). */
export const APPROXIMATE_PREFIXES: readonly string[] = [
  'around', 'approximately', 'circa', 'ca\\.', 'roughly', 'some ?time in', 'sometime during',
];

/**
 * Approximating words that are also ordinary prepositions ("questions about today's call", "near the border"):
 * they make only a calendar date approximate, never a relative one.
 */
export const WEAK_APPROXIMATE_PREFIXES: readonly string[] = ['about', 'near', 'towards?'];

/**
 * Words directly before a date that make it a deadline: the interval runs from the reference date to its end.
 * "within the first half of this year" is read as "within the year" is (coming-period-parser.ts).
 */
export const DEADLINE_PREFIXES: readonly string[] = [
  'by', 'before', 'no later than', 'not later than', 'until', 'till', 'prior to', 'within',
];

/** Words directly before a date that make the interval open-ended ("starting from 2018"). */
export const OPEN_END_PREFIXES: readonly string[] = [
  'starting from', 'starting in', 'beginning (?:in|from)', 'as (?:from|of)', 'effective from', 'since',
];

/** Words directly after a date that make the interval open-ended ("from 2018 onwards"). */
export const OPEN_END_SUFFIXES: readonly string[] = ['onwards?', 'and beyond', 'and thereafter'];

/** Prepositions kept in the expression's span when directly before it (gold whenText keeps them). */
export const LEADING_PREPOSITIONS: readonly string[] = [
  'in', 'at', 'on', 'by', 'from', 'throughout', 'starting', 'during', 'over', 'between',
];

/** Time-of-day units: an expression measured in these is a duration or a clock time, never a date. */
export const CLOCK_UNITS: readonly string[] = ['hours?', 'hrs?', 'minutes?', 'mins?', 'seconds?', 'secs?'];

/** Words that introduce a duration ("for two days"), not a date. */
export const DURATION_INTRODUCERS: readonly string[] = ['for', 'lasting'];

/** Compiles lexicon entries into one alternation source (longest source first). */
export function phraseAlternation(entries: readonly string[]): string {
  return [...entries].sort((a, b) => b.length - a.length).map((e) => e.replace(/ /g, '\\s+')).join('|');
}

/** Words chrono reads as the reference instant but that do not date anything in a readout ("we now have"). */
export const IGNORED_CASUAL_WORDS: readonly string[] = ['now', 'right now'];

/** Capitalised words that make a weekday part of a name ("Good Friday Agreement", "Easter Sunday"). */
export const WEEKDAY_NAME_PREFIXES: readonly string[] = [
  'Good', 'Easter', 'Ash', 'Holy', 'Palm', 'Black', 'Cyber', 'Super', 'Bloody', 'Maundy', 'Shrove', 'Whit',
];

/**
 * Words after a chrono duration that tie it to an event in the text, not to the reference date
 * ("within one day of departure", "within 90 days prior to", "in the days since").
 */
export const EVENT_RELATIVE_FOLLOWERS: readonly string[] = [
  'of', 'prior', 'after', 'before', 'since', 'following', 'from', 'preceding',
];

/**
 * Words that make a following "in N years" a span counted back from now, not a date ahead: "the first visit by an
 * Indian Prime Minister to Poland in 45 years", "the highest level in a decade".
 */
export const RECORD_SPAN_MARKERS: readonly string[] = [
  'first', 'last', 'only', 'highest', 'lowest', 'largest', 'biggest', 'longest', 'worst', 'best', 'most', 'least',
];

/** Endings of chrono's "N units later/after" results that count from the reference date, not from an event. */
export const REFERENCE_RELATIVE_ENDINGS: readonly string[] = ['from now', 'from today', 'hence'];

/**
 * Event nouns a year may premodify to date the event ("the 2025 session of the Committee", "the 2025 Taiwan-Paraguay
 * Economic Cooperation Commission meeting", "the 2026 NATO Summit"): the year is then the event's time. Singular
 * stems; a plural "s" is allowed after each.
 */
export const YEAR_DATED_EVENT_NOUNS: readonly string[] = [
  'session', 'meeting', 'summit', 'forum', 'conference', 'dialogue', 'consultation', 'round', 'talks', 'visit', 'retreat', 'assembly', 'games', 'expo', 'exhibition', 'congress', 'symposium', 'festival',
];

/**
 * Lower-case words that may stand between such a year and its event noun ("the 2025 annual meeting", "the 2024
 * joint ministerial session"); any other lower-case word ends the phrase ("the 2022 agreement was signed at the
 * summit" is no dated summit).
 */
export const YEAR_DATED_EVENT_MODIFIERS: readonly string[] = [
  'annual', 'regular', 'ordinary', 'extraordinary', 'plenary', 'joint', 'bilateral', 'trilateral', 'ministerial',
  'high-level', 'leaders', 'leaders’', "leaders'", 'informal', 'intergovernmental', 'business', 'economic',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'general', 'world', 'international', 'regional', 'and', 'of',
];
