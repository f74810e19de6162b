/**
 * "this summer", "next spring", "the autumn of 2019", "in winter": a meteorological season (SCHEMA.md:
 * spring Mar-May, summer Jun-Aug, autumn/fall Sep-Nov, winter Dec-Feb of the following year).
 */
import type { Parser } from 'chrono-node';
import { SEASONS, alternationOf, type MonthRange } from '../lexicon/calendar-words-lexicon.ts';
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

const PATTERN = new RegExp(
  `\\b(?:((?:${DEADLINE_CUES})\\s+the\\s+end\\s+of|in|during|over|throughout|${SCHEDULED_FOR}|${DEADLINE_CUES})\\s+(?:the\\s+)?|(this|next|last|coming|the\\s+coming)\\s+)?` +
    `(${alternationOf(Object.keys(SEASONS))})\\b(?:\\s+(?:of\\s+)?${YEAR_PATTERN}(?!\\d))?`,
  'i',
);
const FOLLOWED_BY_NAME = /\s+[A-Z]/y;
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

/** Parser for seasons; a bare season needs a preposition before it ("in summer") or a year after it. */
export const seasonParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const seasonWord = (match[3] ?? '').toLowerCase();
    const season = SEASONS[seasonWord];
    if (season === undefined) return null;
    const preposition = match[1];
    const qualifier = match[2]?.toLowerCase().replace(/^the\s+/, '');
    const written = match[4] === undefined ? undefined : Number(match[4]);
    if (qualifier === undefined && written === undefined) {
      // "in the Summer Davos", "in spring": only the bare season word after a preposition, and not a name.
      if (preposition === undefined) return null;
      FOLLOWED_BY_NAME.lastIndex = (match.index ?? 0) + match[0].length;
      if (FOLLOWED_BY_NAME.test(context.text)) return null;
    }
    // The preposition (or "before the end of") is only a cue; the modifier refiners put it back into the span.
    const skip =
      preposition === undefined ? 0 : preposition.length + (LEADING_SPACE.exec(match[0].slice(preposition.length))?.[0].length ?? 0);
    const wraps = season.endMonth < season.startMonth ? 1 : 0;
    let startYear: number | undefined = written;
    if (qualifier !== undefined && written === undefined) {
      startYear = seasonStartYear(season, qualifier, datesOptionOf(context).referenceDay);
    }
    const endYear = startYear === undefined ? undefined : startYear + wraps;
    const start = componentsOf(context, { year: startYear, month: season.startMonth, day: 1 });
    const end = componentsOf(context, { year: endYear, month: season.endMonth });
    const result = context.createParsingResult((match.index ?? 0) + skip, match[0].slice(skip), start, end);
    if (qualifier !== undefined) result.addTag(FLAG.relative);
    return tagPrecision(tagRule(result, SEASON_RULE), 'season');
  },
};
