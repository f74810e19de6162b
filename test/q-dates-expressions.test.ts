/**
 * Time expressions written by ministries outside the dev set (UK, EU, Nordic, Polish, Kazakh, Pakistani, Gulf
 * readouts): slashed and ampersand day pairs, ordinal days of an unnamed month, parts of a season, "the new year",
 * numeric ordinals in parts of a year or month, "end-March", dotted day ranges and day-first slash dates. Each row
 * gives its reference date; the intervals follow SCHEMA.md (see the parsers for the conventions SCHEMA.md leaves open).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTimeExpressions } from '../src/stages/dates/time-expression-finder.ts';

/** [text, reference, expected span text, start, end, pastStart?, pastEnd?] */
type Row = readonly [string, string, string, string | null, string | null, (string | null)?, (string | null)?];

function table(rows: readonly Row[]): void {
  for (const [text, ref, when, start, end, pastStart, pastEnd] of rows) {
    it(`${text} @${ref}`, () => {
      const found = findTimeExpressions(text, ref);
      const x = found.find((e) => e.text === when);
      assert.ok(x, `no "${when}" in ${JSON.stringify(found.map((e) => e.text))}`);
      assert.deepEqual([x.start, x.end], [start, end]);
      if (pastStart !== undefined) assert.deepEqual([x.pastStart, x.pastEnd], [pastStart, pastEnd]);
    });
  }
}

/** Each text must yield exactly these expression texts (none of them from the rule families under test). */
function negatives(rows: readonly (readonly [string, readonly string[]])[], forbiddenRule: RegExp): void {
  for (const [text, expected] of rows) {
    it(`not: ${text}`, () => {
      const found = findTimeExpressions(text, '2024-04-10');
      assert.deepEqual(found.map((x) => x.text), expected);
      for (const x of found) assert.doesNotMatch(x.rule, forbiddenRule);
    });
  }
}

describe('two days joined by a slash or an ampersand', () => {
  table([
    ['The talks will take place on 4/5 May.', '2024-04-10', 'on 4/5 May', '2024-05-04', '2024-05-05'],
    ['on 24/25 May 2025', '2024-04-10', 'on 24/25 May 2025', '2025-05-24', '2025-05-25'],
    ['the night of 30/31 May', '2024-04-10', '30/31 May', '2024-05-30', '2024-05-31'],
    ['on May 4/5, 2024', '2023-01-10', 'on May 4/5, 2024', '2024-05-04', '2024-05-05'],
    ['on 4 & 5 May', '2024-04-10', 'on 4 & 5 May', '2024-05-04', '2024-05-05'],
    ['on May 4 & 5', '2024-04-10', 'on May 4 & 5', '2024-05-04', '2024-05-05'],
    ['on 4 / 5 May', '2024-06-10', 'on 4 / 5 May', '2025-05-04', '2025-05-05', '2024-05-04', '2024-05-05'],
  ]);
  negatives(
    [
      ['on 4/6 May', ['6 May']], // not consecutive: two readings, not a range
      ['on 3, 4/5 May', ['5 May']], // a slash joins two days, not a list
      ['on 3/4/5 May', ['5 May']],
      ['on May 4/5/2024', ['4/5/2024']], // a numeric date, chrono's
    ],
    /paired-days/,
  );
});

describe('an ordinal day of an unnamed month', () => {
  table([
    // The nearest such day ahead (future reading) and behind (past reading).
    ['They will meet on the 28th.', '2024-04-10', 'on the 28th', '2024-04-28', '2024-04-28', '2024-03-28', '2024-03-28'],
    ['They will meet on the 5th.', '2024-04-10', 'on the 5th', '2024-05-05', '2024-05-05', '2024-04-05', '2024-04-05'],
    ['the summit on the 10th', '2024-04-10', 'on the 10th', '2024-04-10', '2024-04-10', '2024-04-10', '2024-04-10'],
    // A month too short is skipped: 31 April does not exist.
    ['on the 31st', '2024-04-10', 'on the 31st', '2024-05-31', '2024-05-31', '2024-03-31', '2024-03-31'],
    ['on the 30th', '2024-02-10', 'on the 30th', '2024-03-30', '2024-03-30', '2024-01-30', '2024-01-30'],
    ['On the 12th, the Minister will travel', '2024-12-20', 'On the 12th', '2025-01-12', '2025-01-12', '2024-12-12', '2024-12-12'],
    ['by the 15th of next month', '2024-04-10', 'by the 15th of next month', '2024-04-10', '2024-05-15'],
    ['on the 28th of this month', '2024-04-10', 'on the 28th of this month', '2024-04-28', '2024-04-28', '2024-04-28', '2024-04-28'],
    // The month of the date before it in the paragraph; the next month when the day is not after that date's.
    ['will arrive on 27 May and hold talks on the 28th.', '2024-04-10', 'on the 28th', '2024-05-28', '2024-05-28'],
    ['arrives on 30 June 2025 and leaves on the 2nd.', '2024-04-10', 'on the 2nd', '2025-07-02', '2025-07-02'],
    ['in December 2024, with talks on the 3rd', '2024-04-10', 'on the 3rd', '2024-12-03', '2024-12-03'],
    ['in early October, on the 5th', '2024-04-10', 'on the 5th', '2024-10-05', '2024-10-05'],
    ['arrive on 27 May and hold talks on the 27th.', '2024-04-10', 'on the 27th', '2024-05-27', '2024-05-27'],
    // A season, a part of a year or a relative period does not give its month: the reference month rules.
    ['will lead a delegation in early autumn, and the forum will take place on the 30th.', '2024-05-14', 'on the 30th', '2024-05-30', '2024-05-30'],
    ['during the second quarter of the year, and sign an agreement on the 28th.', '2024-02-26', 'on the 28th', '2024-02-28', '2024-02-28'],
    ['next week, on the 20th', '2024-05-14', 'on the 20th', '2024-05-20', '2024-05-20', '2024-04-20', '2024-04-20'],
    // Not across a paragraph: there the reference month rules.
    ['Talks on 27 May.\nThe envoy returns on the 28th.', '2024-04-10', 'on the 28th', '2024-04-28', '2024-04-28'],
  ]);
  negatives(
    [
      ['on the 28th anniversary of the treaty', []],
      ['at the 3rd Session of the Commission', []],
      ['the 5th of the series', []],
      ['in the 21st century', []],
      ['the 22th', []],
      ['the 28th meeting will', []],
      ['ranked the 12th', []], // no preposition before it
    ],
    /day-of-month/,
  );
});

describe('a part of a season is one of its three months', () => {
  table([
    ['A visit is planned for early summer.', '2024-04-10', 'early summer', '2024-06-01', '2024-06-30', '2023-06-01', '2023-06-30'],
    ['in mid-summer', '2024-04-10', 'in mid-summer', '2024-07-01', '2024-07-31'],
    ['in midsummer', '2024-04-10', 'in midsummer', '2024-07-01', '2024-07-31'],
    ['in late summer', '2024-04-10', 'in late summer', '2024-08-01', '2024-08-31'],
    ['in late summer', '2024-09-10', 'in late summer', '2025-08-01', '2025-08-31', '2024-08-01', '2024-08-31'],
    ['early next summer', '2024-09-10', 'early next summer', '2025-06-01', '2025-06-30'],
    ['in early autumn 2025', '2024-04-10', 'in early autumn 2025', '2025-09-01', '2025-09-30'],
    ['in the late autumn of 2025', '2024-04-10', 'in the late autumn of 2025', '2025-11-01', '2025-11-30'],
    ['at the end of summer', '2024-04-10', 'at the end of summer', '2024-08-01', '2024-08-31'],
    ['at the beginning of next spring', '2024-04-10', 'at the beginning of next spring', '2025-03-01', '2025-03-31'],
    // Winter runs December-February: its early part is December, its middle and late parts the next year's months.
    ['in early winter', '2024-04-10', 'in early winter', '2024-12-01', '2024-12-31'],
    ['in mid-winter', '2024-04-10', 'in mid-winter', '2025-01-01', '2025-01-31'],
    ['late next winter', '2024-04-10', 'late next winter', '2025-02-01', '2025-02-28'],
    // The whole season and its deadlines are unchanged.
    ['before the end of the summer', '2024-04-10', 'before the end of the summer', '2024-04-10', '2024-08-31'],
    ['next summer', '2024-09-10', 'next summer', '2025-06-01', '2025-08-31'],
  ]);
  negatives(
    [
      ['early summer heat', []], // no cue: a season as an adjective
      ['amid summer storms', []],
      ['at the start of the winter session', []],
      ['in the spring meetings', []],
      ['in the Summer Davos', []],
    ],
    /season/,
  );
});

describe('"the new year" is the next calendar year', () => {
  table([
    ['The ministers will meet in the new year.', '2024-11-10', 'in the new year', '2025-01-01', '2025-12-31'],
    ['early in the New Year', '2024-12-10', 'early in the New Year', '2025-01-01', '2025-04-30'],
    ['at the beginning of the new year', '2024-11-10', 'at the beginning of the new year', '2025-01-01', '2025-04-30'],
    // Written in January, "the new year" may be the one just begun: words kept, no interval.
    ['will meet in the new year', '2025-01-05', 'in the new year', null, null],
  ]);
  negatives(
    [
      ['exchanged greetings in the New Year holidays', []],
      ["New Year's greetings", []],
      ['spoke in the New Year Reception', []],
      ['during the Lunar New Year', []],
    ],
    /new-year/,
  );
});

describe('numeric ordinals, the last week of a month, "end-March"', () => {
  table([
    ['in the 2nd half of 2024', '2024-04-10', 'in the 2nd half of 2024', '2024-07-01', '2024-12-31'],
    ['in the 1st quarter of 2025', '2024-04-10', 'in the 1st quarter of 2025', '2025-01-01', '2025-03-31'],
    ['in the 2nd week of June', '2024-04-10', 'in the 2nd week of June', '2024-06-08', '2024-06-14'],
    // Not "last week" (the week before the reference date's): the month's last seven days.
    ['in the last week of May', '2024-04-10', 'in the last week of May', '2024-05-25', '2024-05-31'],
    ['the final week of June 2025', '2024-04-10', 'the final week of June 2025', '2025-06-24', '2025-06-30'],
    ['the last week of February 2024', '2023-04-10', 'the last week of February 2024', '2024-02-23', '2024-02-29'],
    ['by end-June', '2024-04-10', 'by end-June', '2024-04-10', '2024-06-30'],
    ['by end June 2025', '2024-04-10', 'by end June 2025', '2024-04-10', '2025-06-30'],
  ]);
  negatives(
    [
      ['efforts to end May Day violence', []],
      ['we met last week', ['last week']],
    ],
    /part-of-month|part-of-year/,
  );
});

describe('dotted day ranges and day-first slash dates', () => {
  table([
    ['on 4-5.05.2024', '2024-04-10', 'on 4-5.05.2024', '2024-05-04', '2024-05-05'],
    ['on 4.-5.05.2024', '2024-04-10', 'on 4.-5.05.2024', '2024-05-04', '2024-05-05'],
    ['on 12–14.06.2024 in Warsaw', '2024-04-10', 'on 12–14.06.2024', '2024-06-12', '2024-06-14'],
    ['will be held in Warsaw on 21-22.05.2024.', '2024-04-10', 'on 21-22.05.2024', '2024-05-21', '2024-05-22'],
    // Across two months (and a year end): the first day carries its own month.
    ['on 30.09.–1.10.2024', '2024-04-10', 'on 30.09.–1.10.2024', '2024-09-30', '2024-10-01'],
    ['on 30.09-01.10.2024', '2024-04-10', 'on 30.09-01.10.2024', '2024-09-30', '2024-10-01'],
    ['on 12.06.-14.06.2024', '2024-04-10', 'on 12.06.-14.06.2024', '2024-06-12', '2024-06-14'],
    ['on 31.12.-2.01.2025', '2024-04-10', 'on 31.12.-2.01.2025', '2024-12-31', '2025-01-02'],
    ['on 04.05.2024', '2024-04-10', 'on 04.05.2024', '2024-05-04', '2024-05-04'],
    // One unambiguous day-first slash date makes the text's ambiguous ones day first.
    ['Signed on 25/04/2024. The next round is set for 03/05/2024.', '2024-04-10', '03/05/2024', '2024-05-03', '2024-05-03'],
    // A month-first one keeps them month first, and alone an ambiguous one stays chrono's (month first).
    ['On 04/25/2024 and on 03/05/2024', '2024-04-10', 'on 03/05/2024', '2024-03-05', '2024-03-05'],
    ['on 03/05/2024', '2024-04-10', 'on 03/05/2024', '2024-03-05', '2024-03-05'],
  ]);
});

describe('ten-day parts of a month, lists of ordinal days, bracketed weekdays, a fortnight', () => {
  table([
    ['in the first ten days of April', '2024-04-10', 'in the first ten days of April', '2024-04-01', '2024-04-10'],
    ['in the third decade of May', '2024-04-10', 'in the third decade of May', '2024-05-21', '2024-05-31'],
    ['in the second decade of June 2025', '2024-04-10', 'in the second decade of June 2025', '2025-06-11', '2025-06-20'],
    ['in the first days of March', '2024-04-10', 'in the first days of March', '2025-03-01', '2025-03-10', '2024-03-01', '2024-03-10'],
    // The month named after the last day is every day's: not "the 12th" of the reference month.
    // Since q2-dates the article and preposition join the span, as before "12 and 13 June" ("by the 12th of June" is a deadline).
    ['on the 12th and 13th of June', '2024-04-10', 'on the 12th and 13th of June', '2024-06-12', '2024-06-13'],
    ['on the 12th, 13th and 14th of June', '2024-04-10', 'on the 12th, 13th and 14th of June', '2024-06-12', '2024-06-14'],
    ['within a fortnight', '2024-04-10', 'within a fortnight', '2024-04-10', '2024-04-24'],
    ['within the next fortnight', '2024-04-10', 'within the next fortnight', '2024-04-10', '2024-04-24'],
  ]);
  // A weekday restating a bracketed or bracketing date is not another day near the reference date.
  const dateOnly: readonly (readonly [string, readonly string[]])[] = [
    ['12 May (Sunday)', ['12 May']],
    ['12 May 2024 (Sun)', ['12 May 2024']],
    ['on Sunday (12 May)', ['12 May']],
    // One expression, no stray "3rd" of the reference month: since q2-dates the whole range (it was "5th of June").
    ['from the 3rd to the 5th of June', ['from the 3rd to the 5th of June']],
  ];
  for (const [text, expected] of dateOnly) {
    it(`only the date: ${text}`, () => assert.deepEqual(findTimeExpressions(text, '2024-04-10').map((x) => x.text), expected));
  }
  // A weekday with other words in brackets stays a weekday.
  table([
    ['On Tuesday (local time), he will leave', '2024-04-10', 'On Tuesday', '2024-04-16', '2024-04-16', '2024-04-09', '2024-04-09'],
  ]);
});

describe('fortnights of a month, the week beginning a day, parts of a quarter, the course of the year', () => {
  table([
    ['in the second fortnight of November', '2024-10-18', 'in the second fortnight of November', '2024-11-16', '2024-11-30'],
    ['in the first fortnight of March 2025', '2024-10-18', 'in the first fortnight of March 2025', '2025-03-01', '2025-03-15'],
    ['in the week beginning 18 March', '2024-03-07', 'in the week beginning 18 March', '2024-03-18', '2024-03-24'],
    ['the week commencing 18 March 2024', '2023-03-07', 'the week commencing 18 March 2024', '2024-03-18', '2024-03-24'],
    // A quarter's thirds are its months, as a season's are.
    ['scheduled to meet in Dublin at the end of Q3.', '2024-03-07', 'at the end of Q3', '2024-09-01', '2024-09-30'],
    ['in the middle of the second quarter', '2024-03-07', 'in the middle of the second quarter', '2024-05-01', '2024-05-31'],
    ['by the end of Q3', '2024-03-07', 'by the end of Q3', '2024-03-07', '2024-09-30'],
    ['would be visiting West Africa in the course of the year', '2024-02-08', 'in the course of the year', '2024-01-01', '2024-12-31'],
  ]);
  negatives(
    [
      ['prices went down over the course of the year', []],
      ['the week of action', []],
    ],
    /relative-period|week-of/,
  );
});

describe('"within" a period is a deadline, as "within the year" is', () => {
  table([
    ['will be held within the first half of this year', '2024-01-09', 'within the first half of this year', '2024-01-09', '2024-06-30'],
    ['within 2024', '2024-01-09', 'within 2024', '2024-01-09', '2024-12-31'],
    // A period looked back on keeps its own interval.
    ['has changed within the past year', '2024-01-09', 'the past year', '2023-01-09', '2024-01-09'],
  ]);
});
