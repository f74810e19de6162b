/**
 * Time expressions of the sixth unseen-publisher set (q6-plans, cause 5 of test/fixtures/q2-unseen6/DIAGNOSIS.md):
 * "the week after next" (and the month, year and weekend after next, "next week but one"), an early/mid/late part of
 * a quarter ("in early Q4", "late in the third quarter of 2025"), and the plan a host announces for a guest with a
 * long chain of styles ("will host His Excellency President ... of the Republic of Ghana for a State Visit").
 * Each row gives its reference date; the period after next is counted as "next week" is (SCHEMA.md: Monday-Sunday),
 * a part of a quarter is its first, middle or last month, as the quarter parser already cuts "at the end of Q3" and a
 * season is cut ("early summer"). The negative rows are similar-looking text that must keep its reading.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTimeExpressions } from '../src/stages/dates/time-expression-finder.ts';
import { intervalTable, noPlan, onePlan } from './plan-table.ts';

/** [text, reference, expected [text, start, end] of every expression]: the whole reading, unchanged. */
type ExactRow = readonly [string, string, readonly (readonly [string, string | null, string | null])[]];

function readsExactly(rows: readonly ExactRow[]): void {
  for (const [text, ref, expected] of rows) {
    it(`reads ${JSON.stringify(expected)}: ${text} @${ref}`, () => {
      assert.deepEqual(findTimeExpressions(text, ref).map((x) => [x.text, x.start, x.end]), expected);
    });
  }
}

describe('the period after next: two weeks, months, years or weekends after the reference one', () => {
  intervalTable([
    // 2024-04-12 is a Friday: next week is April 15-21, the week after next April 22-28.
    ["The trilateral foreign ministers' meeting will be held in Tbilisi in the week after next.", '2024-04-12', 'in the week after next', '2024-04-22', '2024-04-28'],
    ['President Ramaphosa will host President Akufo-Addo for a State Visit to South Africa the week after next.', '2023-11-15', 'the week after next', '2023-11-27', '2023-12-03'],
    ['The envoys will meet again week after next, in Geneva.', '2024-04-12', 'week after next', '2024-04-22', '2024-04-28'],
    ['The consultations will resume the week after next week.', '2024-04-12', 'the week after next week', '2024-04-22', '2024-04-28'],
    // British usage.
    ['The Foreign Secretary travels to Delhi next week but one.', '2024-04-12', 'next week but one', '2024-04-22', '2024-04-28'],
    // The month after next crosses the year end.
    ['The Joint Commission will meet the month after next.', '2024-11-20', 'the month after next', '2025-01-01', '2025-01-31'],
    ['The summit will be hosted by Kenya the year after next.', '2024-06-03', 'the year after next', '2026-01-01', '2026-12-31'],
    // This weekend is April 13-14, next weekend April 20-21.
    ['The leaders will meet the weekend after next, in Geneva.', '2024-04-12', 'the weekend after next', '2024-04-27', '2024-04-28'],
    // A deadline reads from the reference date, as "by next week" does.
    ['The agreement should be signed by the week after next.', '2024-04-12', 'by the week after next', '2024-04-12', '2024-04-28'],
  ]);
  it('weeks starting on Sunday (US usage): April 21-27', () => {
    const found = findTimeExpressions('They will meet the week after next.', '2024-04-12', { weekStartsOn: 0 });
    assert.deepEqual(found.map((x) => [x.text, x.start, x.end]), [['the week after next', '2024-04-21', '2024-04-27']]);
  });
  // "after next" that counts from another time, or a count of weeks: not the idiom; the readings stay as they were.
  readsExactly([
    ['The vote is set for the week after next Tuesday.', '2024-04-12', [['the week after next Tuesday', '2024-04-23', '2024-04-23']]],
    ['They will meet in the week after the next summit.', '2024-04-12', []],
    ['They will meet in the week after next summit.', '2024-04-12', []],
    ['They will meet a week after next Monday.', '2024-04-12', [['a week after next Monday', '2024-04-22', '2024-04-22']]],
    ['The talks come the week after next month\'s election.', '2024-04-12', [['the week after next month', '2024-05-08', '2024-05-08']]],
    ['The ministers met the week after the election.', '2024-04-12', []],
    ['They will meet next week.', '2024-04-12', [['next week', '2024-04-15', '2024-04-21']]],
  ]);
});

describe('early, mid and late in a quarter: its first, middle or last month', () => {
  intervalTable([
    ['The investment cooperation conference would be held in Vientiane in early Q4.', '2024-01-07', 'in early Q4', '2024-10-01', '2024-10-31'],
    ['The ministers will meet in late Q1 2025.', '2024-06-01', 'in late Q1 2025', '2025-03-01', '2025-03-31'],
    ['The plant is expected to open mid-Q3.', '2024-01-07', 'mid-Q3', '2024-08-01', '2024-08-31'],
    ['The forum is planned for mid Q2, 2025.', '2024-06-01', 'mid Q2, 2025', '2025-05-01', '2025-05-31'],
    ['Talks are expected to resume in the early fourth quarter.', '2024-01-07', 'in the early fourth quarter', '2024-10-01', '2024-10-31'],
    ['The treaty will be signed early in the fourth quarter of 2025.', '2024-01-07', 'early in the fourth quarter of 2025', '2025-10-01', '2025-10-31'],
    ['The round will take place late in the second quarter.', '2024-01-07', 'late in the second quarter', '2024-06-01', '2024-06-30'],
    ['The council will convene in early Q1 next year.', '2024-04-12', 'in early Q1 next year', '2025-01-01', '2025-01-31'],
    ['The report is due by late Q3.', '2024-04-12', 'by late Q3', '2024-04-12', '2024-09-30'],
  ]);
  // No quarter named, a lower-case "q", a quarter of something else: no date; the quarter parser's own readings stay.
  readsExactly([
    ['He reached an early quarter-final.', '2024-04-12', []],
    ['The rows early q4 and late q1 are blank.', '2024-04-12', []],
    ['Growth was strong in the late third quarter of the century.', '2024-04-12', []],
    ['The summit will be held in Q4.', '2024-01-07', [['in Q4', '2024-10-01', '2024-12-31']]],
    ['The review will be held at the end of Q3.', '2024-01-07', [['at the end of Q3', '2024-09-01', '2024-09-30']]],
    ['The meeting will take place early next month.', '2024-01-07', [['early next month', '2024-02-01', '2024-02-10']]],
  ]);
});

describe('a host announcing a guest with a long chain of styles for an event: the event is planned, dated or not', () => {
  onePlan([
    ['Pretoria, 15 November 2023\n\nPresident Cyril Ramaphosa will host His Excellency President Nana Addo Dankwa Akufo-Addo of the Republic of Ghana for a State Visit to South Africa the week after next.',
      'a State Visit to South Africa the week after next', '2023-11-27', '2023-12-03', 'visit'],
    ['Pretoria, 15 November 2023\n\nPresident Cyril Ramaphosa will host His Excellency President Nana Addo Dankwa Akufo-Addo of the Republic of Ghana for a State Visit to South Africa.',
      'a State Visit to South Africa', null, null, 'visit'],
    ['Nairobi, 15 November 2023\n\nPresident Ruto will receive His Majesty King Charles III of the United Kingdom of Great Britain and Northern Ireland for an official visit to Kenya.',
      'an official visit to Kenya', null, null, 'visit'],
    ['Riyadh, 15 November 2023\n\nThe Prime Minister will welcome Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud of the Kingdom of Saudi Arabia for a working visit.',
      'a working visit', null, null, 'visit'],
  ]);
  // Hosted (past), or what follows "for" is no event: nothing planned.
  noPlan([
    'Pretoria, 15 November 2023\n\nPresident Cyril Ramaphosa hosted His Excellency President Nana Addo Dankwa Akufo-Addo of the Republic of Ghana for a State Visit to South Africa.',
    'Pretoria, 15 November 2023\n\nThe President will host a dinner in honour of the Heads of State and Government for the delegates of the summit.',
  ]);
});
