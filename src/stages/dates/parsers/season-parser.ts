/**
 * "this summer", "next spring", "the autumn of 2019", "in winter": a meteorological season (SCHEMA.md:
 * spring Mar-May, summer Jun-Aug, autumn/fall Sep-Nov, winter Dec-Feb of the following year).
 * "early summer", "mid-autumn", "late next spring", "the end of summer 2025": a third of the season, its first, middle
 * or last month (as SCHEMA.md's early/mid/late cut a month and a year into thirds); "early winter" is December, "late
 * winter" the February after it.
 */
import type { Parser } from 'chrono-node';
import { PARTS_OF_SEASON, SEASONS, alternationOf, lexiconKey, type MonthRange } from '../lexicon/calendar-words-lexicon.ts';
import { componentsOf, datesOptionOf } from '../dates-parsing-option.ts';
import { monthOrdinal, type CalendarDay } from '../iso-calendar.ts';
import { FLAG, tagPrecision, tagRule } from '../result-tags.ts';
import { YEAR_PATTERN } from './date-patterns.ts';

/** Rule name recorded on expressions from this parser. */
export const SEASON_RULE = 'dates/season';

/** Deadline words that cue a bare season ("by the summer", "before autumn", "before the end of the summer"). */
const DEADLINE_CUES = 'by|before|until|till|prior\\s+to|no\\s+later\\s+than|not\\s+later\\s+than';

/** "slated for the autumn", "scheduled for spring": "for" dates a season only after a scheduling word (else a duration). */
const SCHEDULED_FOR = '(?<=(?:scheduled|slated|planned|set|due|earmarked|pencil?led\\s+in|tentatively\\s+scheduled)\\s+)for';

/** "early", "mid-", "late in (the)", "the beginning of (the)": a third of the season. */
const PART = `(?:(early|mid|late)(?:\\s*-\\s*|\\s+)?(?:in\\s+(?:the\\s+)?)?|(?:the\\s+)?(${alternationOf(Object.keys(PARTS_OF_SEASON))})\\s+of\\s+(?:the\\s+)?)`;
// Groups: 1 preposition, 2 part word ("early"), 3 part noun ("beginning"), 4 qualifier, 5 season, 6 year.
const PATTERN = new RegExp(
  `\\b(?:((?:${DEADLINE_CUES})\\s+the\\s+end\\s+of|in|during|over|throughout|${SCHEDULED_FOR}|${DEADLINE_CUES})\\s+(?:the\\s+)?)?` +
    `${PART}?(?:(this|next|last|coming|the\\s+coming)\\s+)?` +
    `(${alternationOf(Object.keys(SEASONS))})\\b(?:\\s+(?:of\\s+)?${YEAR_PATTERN}(?!\\d))?`,
  'i',
);
const FOLLOWED_BY_NAME = /\s+[A-Z]/y;
/**
 * "in the winter session", "in summer school", "at the start of the spring meetings": a bare season naming a recurring
 * event, no date. ("during the winter months", "before the summer holidays" are the season itself.)
 */
const FOLLOWED_BY_EVENT_NOUN =
  /\s+(?:sessions?|meetings?|school|games|olympics|camps?|edition|fair|forum|exercises?|course|term|semester|offensive|campaign)\b/iy;
const LEADING_SPACE = /^\s*/;

/** Year in which the season starts, for "this/next/last/coming <season>" said on `reference`. */
function seasonStartYear(season: MonthRange, qualifier: string, reference: CalendarDay): number {
  const referenceMonth = monthOrdinal(reference.year, reference.month);
  const wraps = season.endMonth < season.startMonth ? 1 : 0;
  const startOf = (year: number): number => monthOrdinal(year, season.startMonth);
  const endOf = (year: number): number => monthOrdinal(year + wraps, season.endMonth);
  let year = reference.year;
  if (qualifier === 'this') return wraps === 1 && reference.month <= season.endMonth ? year - 1 : year;
  if (qualifier === 'next') {
    year -= 1;
    while (startOf(year) <= referenceMonth) year += 1;
    return year;
  }
  if (qualifier === 'last') {
    while (endOf(year) >= referenceMonth) year -= 1;
    return year;
  }
  // "coming": the season in progress, or else the next one.
  year -= 1;
  while (endOf(year) < referenceMonth) year += 1;
  return year;
}

/**
 * The months of a season's third (`part`: 0 first, 1 middle, 2 last), as [year offset from the season's start year,
 * month]; or the whole season when `part` is null.
 */
function partMonths(season: MonthRange, part: number | null): { readonly first: readonly [number, number]; readonly last: readonly [number, number] } {
  const at = (k: number): readonly [number, number] => {
    const ordinal = season.startMonth - 1 + k;
    return [Math.floor(ordinal / 12), (ordinal % 12) + 1];
  };
  if (part !== null) return { first: at(part), last: at(part) };
  return { first: at(0), last: at(2) };
}

/**
 * Parser for seasons; a bare season needs a preposition before it ("in summer", "in early summer"), "the beginning/end
 * of" ("at the end of summer") or a year after it.
 */
export const seasonParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const seasonWord = (match[5] ?? '').toLowerCase();
    const season = SEASONS[seasonWord];
    if (season === undefined) return null;
    const preposition = match[1];
    const partWord = match[2] ?? match[3];
    const part = partWord === undefined ? null : (PARTS_OF_SEASON[lexiconKey(partWord)] ?? null);
    if (partWord !== undefined && part === null) return null;
    const qualifier = match[4]?.toLowerCase().replace(/^the\s+/, '');
    const written = match[6] === undefined ? undefined : Number(match[6]);
    if (qualifier === undefined && written === undefined) {
      // "in the Summer Davos", "in spring": only the bare season word after a preposition (or "the end of"), and not a
      // name.
      if (preposition === undefined && match[3] === undefined) return null;
      const after = (match.index ?? 0) + match[0].length;
      FOLLOWED_BY_NAME.lastIndex = after;
      if (FOLLOWED_BY_NAME.test(context.text)) return null;
      FOLLOWED_BY_EVENT_NOUN.lastIndex = after;
      if (FOLLOWED_BY_EVENT_NOUN.test(context.text)) return null;
    }
    // The preposition (or "before the end of") is only a cue; the modifier refiners put it back into the span.
    const skip =
      preposition === undefined ? 0 : preposition.length + (LEADING_SPACE.exec(match[0].slice(preposition.length))?.[0].length ?? 0);
    let startYear: number | undefined = written;
    if (qualifier !== undefined && written === undefined) {
      startYear = seasonStartYear(season, qualifier, datesOptionOf(context).referenceDay);
    }
    const { first, last } = partMonths(season, part);
    // Without a year, the months' years are implied (the converter resolves them); within the season only winter's
    // January and February are a year after its start, which the converter's wrap handles for the whole season.
    const yearOf = (offset: number): number | undefined => (startYear === undefined ? undefined : startYear + offset);
    const start = componentsOf(context, { year: yearOf(first[0]), month: first[1], day: 1 });
    const end = componentsOf(context, { year: yearOf(last[0]), month: last[1] });
    const result = context.createParsingResult((match.index ?? 0) + skip, match[0].slice(skip), start, end);
    if (qualifier !== undefined) result.addTag(FLAG.relative);
    return tagPrecision(tagRule(result, SEASON_RULE), part === null ? 'season' : 'month');
  },
};
