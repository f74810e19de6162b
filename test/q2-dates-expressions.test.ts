/**
 * Time expressions seen on readouts of publishers outside the dev set (q2-dates): the turn of the year, day ranges
 * written with ordinals and "the", half-years without a year, the article of an ordinal day before a deadline word,
 * and possessive times. Each row gives its reference date; intervals follow SCHEMA.md and the conventions written
 * next to the parsers (part-of-year-parser.ts for the turn of the year).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTimeExpressions } from '../src/stages/dates/time-expression-finder.ts';
import { intervalTable as table } from './plan-table.ts';


/** Each text must yield exactly these expression texts. */
function exactly(rows: readonly (readonly [string, string, readonly string[]])[]): void {
  for (const [text, ref, expected] of rows) {
    it(`only ${JSON.stringify(expected)}: ${text}`, () => assert.deepEqual(findTimeExpressions(text, ref).map((x) => x.text), expected));
  }
}

describe('the turn of the year: December 21 to January 10 around the coming year end', () => {
  table([
    ['EAM looked forward to welcoming her at the turn of the year.', '2024-11-19', 'at the turn of the year', '2024-12-21', '2025-01-10'],
    ['They will meet around the turn of the year.', '2024-06-03', 'around the turn of the year', '2024-12-21', '2025-01-10'],
    ['The agreement should be signed by the turn of the year.', '2024-10-01', 'by the turn of the year', '2024-10-01', '2025-01-10'],
    // Written in January: the turn just past.
    ['Talks resumed at the turn of the year.', '2025-01-20', 'at the turn of the year', '2024-12-21', '2025-01-10'],
  ]);
  exactly([
    ['the turn of the tide', '2024-11-19', []],
    ['a turn of phrase this year', '2024-11-19', ['this year']],
  ]);
});

describe('day ranges written with ordinals and "the"', () => {
  table([
    ['The Forum will be held in Sydney from the 3rd to the 5th of December.', '2024-08-28', 'from the 3rd to the 5th of December', '2024-12-03', '2024-12-05'],
    ['The Joint Commission will meet between the 3rd and 5th of June.', '2024-11-10', 'between the 3rd and 5th of June', '2025-06-03', '2025-06-05'],
    ['between the 3rd and 5th of June 2026', '2024-11-10', 'between the 3rd and 5th of June 2026', '2026-06-03', '2026-06-05'],
    ['The Minister will visit Canberra on 3rd and 4th June.', '2024-11-10', 'on 3rd and 4th June', '2025-06-03', '2025-06-04'],
    ['The retreat runs from the 28th of December to the 2nd of January.', '2024-11-10', 'from the 28th of December to the 2nd of January', '2024-12-28', '2025-01-02'],
    ['from 30 November to the 2nd of December', '2024-11-10', 'from 30 November to the 2nd of December', '2024-11-30', '2024-12-02'],
    ['The talks will take place between 2 March and 4 April.', '2024-11-10', 'between 2 March and 4 April', '2025-03-02', '2025-04-04'],
  ]);
  exactly([
    // Bounds out of order, or "and" without "between": no range.
    ['from the 5th to the 3rd of June', '2024-11-10', ['the 3rd of June']],
    ['from 2 March and 4 April', '2024-11-10', ['from 2 March', '4 April']],
    ['Articles 3 to the 5th of June', '2024-11-10', ['the 5th of June']],
  ]);
});

describe('an ordinal day with its article: the words before it read as before "4 March"', () => {
  table([
    ['The Minister will co-chair the Commission on the 4th of March.', '2024-02-27', 'on the 4th of March', '2024-03-04', '2024-03-04'],
    ['The agreement will be signed by the 4th of March.', '2024-02-27', 'by the 4th of March', '2024-02-27', '2024-03-04'],
    ['consultations until the 15th of May', '2024-02-27', 'until the 15th of May', '2024-02-27', '2024-05-15'],
  ]);
  exactly([['the 5 countries', '2024-02-27', []]]);
});

describe('half-years and semesters with no year, as bare quarters are read', () => {
  table([
    ['The Joint Commission will meet in Pretoria during the second semester.', '2024-05-15', 'during the second semester', '2024-07-01', '2024-12-31'],
    ['in the first semester', '2024-05-15', 'in the first semester', '2024-01-01', '2024-06-30'],
    ['The leaders will meet in the first half.', '2024-11-10', 'in the first half', '2025-01-01', '2025-06-30'],
    ['in the first half of 2025', '2024-11-10', 'in the first half of 2025', '2025-01-01', '2025-06-30'],
    ['by the end of the first quarter', '2024-11-10', 'by the end of the first quarter', '2024-11-10', '2025-03-31'],
  ]);
  exactly([
    ['in the second half of the match', '2024-11-10', []],
    ['the second half', '2024-11-10', []],
    ['in the third half', '2024-11-10', []],
    ['at the end of the first half', '2024-11-10', []],
  ]);
});

describe('a slash date after the weekday it falls on', () => {
  table([
    ['met in Lima on Tuesday (12/11).', '2024-11-12', '12/11', '2024-11-12', '2024-11-12'],
    ['in Jakarta on Wednesday (12/6).', '2024-06-12', '12/6', '2024-06-12', '2024-06-12'],
    // The weekday confirms chrono's month-first reading, or neither: left as chrono reads it.
    ['on Wednesday (12/11)', '2024-11-12', '12/11', '2024-12-11', '2024-12-11'],
    ['Thursday (6/12)', '2024-06-12', '6/12', '2024-06-12', '2024-06-12'],
    ['on 12/11', '2024-11-12', 'on 12/11', '2024-12-11', '2024-12-11'],
  ]);
});

describe('a month listed before a month with its year takes that year', () => {
  table([
    ['as discussed during meetings in May and September 2022.', '2023-04-26', 'in May', '2022-05-01', '2022-05-31'],
    ['in March, April and May 2025', '2023-04-26', 'in March', '2025-03-01', '2025-03-31'],
    ['in March, April and May 2025', '2023-04-26', 'April', '2025-04-01', '2025-04-30'],
    ['in December and January 2025', '2024-06-01', 'in December', '2024-12-01', '2024-12-31'],
  ]);
  // Not a list of months: a clause in between, or a day.
  table([
    ['in March, and talks in May 2025', '2023-04-26', 'in March', '2024-03-01', '2024-03-31'],
    ['on 3 March, April 2025', '2023-04-26', 'on 3 March', '2024-03-03', '2024-03-03'],
  ]);
});

describe('"the latter part of the year": the year cut in thirds, as early/mid/late', () => {
  table([
    ['scheduled to take place in Hanoi in the latter part of the year', '2024-06-20', 'in the latter part of the year', '2024-09-01', '2024-12-31'],
    ['in the early part of next year', '2024-06-20', 'in the early part of next year', '2025-01-01', '2025-04-30'],
    ['the latter part of 2025', '2024-06-20', 'the latter part of 2025', '2025-09-01', '2025-12-31'],
  ]);
  exactly([['in the latter part of the meeting', '2024-06-20', []]]);
});

describe('a day range with a spaced dash', () => {
  table([
    ['From February 20th – 22nd, the President will travel.', '2023-02-10', 'From February 20th – 22nd', '2023-02-20', '2023-02-22'],
    ['February 20 – 22', '2023-02-10', 'February 20 – 22', '2023-02-20', '2023-02-22'],
    ['on April 5 – 7 2024', '2023-02-10', 'on April 5 – 7 2024', '2024-04-05', '2024-04-07'],
  ]);
  exactly([
    ['February 20 - 2023', '2023-02-10', ['February 20']],
    ['on February 22 – 20 votes were cast', '2023-02-10', ['on February 22']],
  ]);
});
