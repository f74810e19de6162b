/**
 * English calendar words as data: month names and abbreviations, weekday names, season ranges and the parts of a
 * month or year. Parsers build their regular expressions from these tables.
 */

/** Month words (lower case, without a trailing period) to month number 1-12. */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/**
 * Month words that are also ordinary lower-case English words ("they may meet", "a march", "an august body"):
 * written in lower case they are not months.
 */
export const AMBIGUOUS_MONTH_WORDS: readonly string[] = ['march', 'may', 'august'];

/** Weekday words (lower case, no period) to weekday number, 0 = Sunday. */
export const WEEKDAY_WORDS: Readonly<Record<string, number>> = {
  sunday: 0, sun: 0,
  monday: 1, mon: 1,
  tuesday: 2, tues: 2, tue: 2,
  wednesday: 3, wed: 3,
  thursday: 4, thurs: 4, thur: 4, thu: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
};

/** A range of months; `endMonth < startMonth` means the range runs into the following year (winter). */
export interface MonthRange {
  readonly startMonth: number;
  readonly endMonth: number;
}

/** Meteorological seasons (northern hemisphere), per SCHEMA.md. */
export const SEASONS: Readonly<Record<string, MonthRange>> = {
  spring: { startMonth: 3, endMonth: 5 },
  summer: { startMonth: 6, endMonth: 8 },
  autumn: { startMonth: 9, endMonth: 11 },
  fall: { startMonth: 9, endMonth: 11 },
  winter: { startMonth: 12, endMonth: 2 },
};

/**
 * Qualifiers of a season ("early summer", "the end of summer"), lower case: which of its three months they name
 * (0 first, 1 middle, 2 last), cutting the season into thirds as SCHEMA.md cuts a month and a year.
 */
export const PARTS_OF_SEASON: Readonly<Record<string, number>> = {
  early: 0,
  beginning: 0,
  start: 0,
  mid: 1,
  middle: 1,
  late: 2,
  end: 2,
};

/**
 * A range of days inside a month; `endDay: null` means the last day of the month, a `startDay` below 1 counts back
 * from the last day (0: the last day, -6: the last seven days).
 */
export interface DayRange {
  readonly startDay: number;
  readonly endDay: number | null;
}

/** Qualifiers of a month ("early October", "the end of October"), lower case, inner spaces single. */
export const PARTS_OF_MONTH: Readonly<Record<string, DayRange>> = {
  early: { startDay: 1, endDay: 10 },
  beginning: { startDay: 1, endDay: 10 },
  start: { startDay: 1, endDay: 10 },
  mid: { startDay: 11, endDay: 20 },
  middle: { startDay: 11, endDay: 20 },
  late: { startDay: 21, endDay: null },
  end: { startDay: 21, endDay: null },
  'first half': { startDay: 1, endDay: 15 },
  'second half': { startDay: 16, endDay: null },
  'latter half': { startDay: 16, endDay: null },
  // "in the first week of December": the month's days 1-7, 8-14, 15-21, 22-28.
  'first week': { startDay: 1, endDay: 7 },
  'second week': { startDay: 8, endDay: 14 },
  'third week': { startDay: 15, endDay: 21 },
  'fourth week': { startDay: 22, endDay: 28 },
  '1st week': { startDay: 1, endDay: 7 },
  '2nd week': { startDay: 8, endDay: 14 },
  '3rd week': { startDay: 15, endDay: 21 },
  '4th week': { startDay: 22, endDay: 28 },
  // "in the last week of May": the month's last seven days (not "last week", the week before the reference date's).
  'last week': { startDay: -6, endDay: null },
  'final week': { startDay: -6, endDay: null },
  '1st half': { startDay: 1, endDay: 15 },
  '2nd half': { startDay: 16, endDay: null },
  // "in the first ten days of April", "the third decade of May" (a ten-day decade: Russian, Ukrainian, Central Asian
  // usage), "the first days of March": thirds of the month, as early/mid/late.
  // "in the second fortnight of November" (Iberian, Latin-American and Italian usage): the month's halves.
  'first fortnight': { startDay: 1, endDay: 15 },
  'second fortnight': { startDay: 16, endDay: null },
  'first days': { startDay: 1, endDay: 10 },
  'last days': { startDay: 21, endDay: null },
  'first ten days': { startDay: 1, endDay: 10 },
  'second ten days': { startDay: 11, endDay: 20 },
  'last ten days': { startDay: 21, endDay: null },
  'first decade': { startDay: 1, endDay: 10 },
  'second decade': { startDay: 11, endDay: 20 },
  'third decade': { startDay: 21, endDay: null },
  'last decade': { startDay: 21, endDay: null },
};

/** Qualifiers of a year ("early 2018", "the first half of 2019"), lower case, inner spaces single. */
export const PARTS_OF_YEAR: Readonly<Record<string, MonthRange>> = {
  early: { startMonth: 1, endMonth: 4 },
  beginning: { startMonth: 1, endMonth: 4 },
  start: { startMonth: 1, endMonth: 4 },
  mid: { startMonth: 5, endMonth: 8 },
  middle: { startMonth: 5, endMonth: 8 },
  late: { startMonth: 9, endMonth: 12 },
  end: { startMonth: 9, endMonth: 12 },
  'first half': { startMonth: 1, endMonth: 6 },
  'second half': { startMonth: 7, endMonth: 12 },
  'latter half': { startMonth: 7, endMonth: 12 },
  // "in the latter part of the year", "the early part of next year": the year's thirds, as early/mid/late.
  'early part': { startMonth: 1, endMonth: 4 },
  'earlier part': { startMonth: 1, endMonth: 4 },
  'middle part': { startMonth: 5, endMonth: 8 },
  'latter part': { startMonth: 9, endMonth: 12 },
  'later part': { startMonth: 9, endMonth: 12 },
  // Latin-American and Iberian English ("the second semester of 2024"): a semester is a half-year.
  'first semester': { startMonth: 1, endMonth: 6 },
  'second semester': { startMonth: 7, endMonth: 12 },
  'first quarter': { startMonth: 1, endMonth: 3 },
  'second quarter': { startMonth: 4, endMonth: 6 },
  'third quarter': { startMonth: 7, endMonth: 9 },
  'fourth quarter': { startMonth: 10, endMonth: 12 },
  'last quarter': { startMonth: 10, endMonth: 12 },
  'final quarter': { startMonth: 10, endMonth: 12 },
  '1st half': { startMonth: 1, endMonth: 6 },
  '2nd half': { startMonth: 7, endMonth: 12 },
  '1st semester': { startMonth: 1, endMonth: 6 },
  '2nd semester': { startMonth: 7, endMonth: 12 },
  '1st quarter': { startMonth: 1, endMonth: 3 },
  '2nd quarter': { startMonth: 4, endMonth: 6 },
  '3rd quarter': { startMonth: 7, endMonth: 9 },
  '4th quarter': { startMonth: 10, endMonth: 12 },
};

/** Builds a case-insensitive alternation (longest first) from lexicon keys; spaces match any whitespace. */
export function alternationOf(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Normalises a matched qualifier ("First  Half") to its lexicon key ("first half"). */
export function lexiconKey(words: string): string {
  return words.toLowerCase().replace(/\s+/g, ' ').replace(/-$/, '').trim();
}
