import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTimeExpressions } from '../src/stages/dates/time-expression-finder.ts';

/** [text, reference, expected span text, start, end, pastStart?, pastEnd?, weekStartsOn?] */
type Row = readonly [string, string, string, string, string, (string | null)?, (string | null)?, (0 | 1)?];

function table(rows: readonly Row[]): void {
  for (const [text, ref, when, start, end, pastStart, pastEnd, weekStartsOn] of rows) {
    it(`${text} @${ref}${weekStartsOn === undefined ? '' : ` weekStartsOn=${weekStartsOn}`}`, () => {
      const found = findTimeExpressions(text, ref, weekStartsOn === undefined ? {} : { weekStartsOn });
      const x = found.find((e) => e.text === when);
      assert.ok(x, `no "${when}" in ${JSON.stringify(found.map((e) => e.text))}`);
      assert.deepEqual([x.start, x.end], [start, end]);
      if (pastStart != null) assert.deepEqual([x.pastStart, x.pastEnd], [pastStart, pastEnd]);
      assert.equal(x.vague, false);
    });
  }
}

describe('cross-month ranges', () => table([
  ['held May 31-June 4.', '2023-03-01', 'May 31-June 4', '2023-05-31', '2023-06-04'],
  ['from May 31 to June 4, 2023', '2020-01-01', 'from May 31 to June 4, 2023', '2023-05-31', '2023-06-04'],
  ['held 31 May-4 June.', '2023-03-01', '31 May-4 June', '2023-05-31', '2023-06-04'],
  ['Dec 30-Jan 3, 2024', '2023-03-01', 'Dec 30-Jan 3, 2024', '2023-12-30', '2024-01-03'],
  ['December 30 - January 3', '2023-03-01', 'December 30 - January 3', '2023-12-30', '2024-01-03'],
]));

describe('month of a relative year', () => table([
  ['in September of this year', '2023-03-01', 'in September of this year', '2023-09-01', '2023-09-30', '2023-09-01', '2023-09-30'],
  ['in September of next year', '2023-03-01', 'in September of next year', '2024-09-01', '2024-09-30'],
  ['in March of 2024', '2023-03-01', 'in March of 2024', '2024-03-01', '2024-03-31'],
  ['in October this year', '2018-08-02', 'in October this year', '2018-10-01', '2018-10-31', '2018-10-01', '2018-10-31'],
  ['since November last year', '2016-05-06', 'since November last year', '2015-11-01', null as unknown as string],
  ['early September of next year', '2023-03-01', 'early September of next year', '2024-09-01', '2024-09-10'],
]));

describe('quarters', () => table([
  ['in the third quarter', '2023-03-01', 'in the third quarter', '2023-07-01', '2023-09-30', '2022-07-01', '2022-09-30'],
  ['in the first quarter', '2023-05-10', 'in the first quarter', '2024-01-01', '2024-03-31'],
  ['Q3 2023', '2020-01-01', 'Q3 2023', '2023-07-01', '2023-09-30'],
  ['in Q4', '2023-03-01', 'in Q4', '2023-10-01', '2023-12-31'],
  ['the first quarter of 2024', '2023-03-01', 'the first quarter of 2024', '2024-01-01', '2024-03-31'],
  ['by the end of the second quarter', '2023-03-01', 'by the end of the second quarter', '2023-03-01', '2023-06-30'],
]));

describe('consecutive days with "and"', () => table([
  ['on 5 and 6 April', '2023-03-01', 'on 5 and 6 April', '2023-04-05', '2023-04-06'],
  ['April 5 and 6', '2023-03-01', 'April 5 and 6', '2023-04-05', '2023-04-06'],
  ['on April 5 and 6, 2023', '2020-03-01', 'on April 5 and 6, 2023', '2023-04-05', '2023-04-06'],
  ['on 5, 6 and 7 April 2023', '2020-03-01', 'on 5, 6 and 7 April 2023', '2023-04-05', '2023-04-07'],
]));

describe('weekends', () => table([
  ['this weekend', '2023-03-01', 'this weekend', '2023-03-04', '2023-03-05', '2023-03-04', '2023-03-05'],
  ['next weekend', '2023-03-01', 'next weekend', '2023-03-11', '2023-03-12'],
  ['last weekend', '2023-03-01', 'last weekend', '2023-02-25', '2023-02-26'],
  ['this weekend', '2023-03-05', 'this weekend', '2023-03-04', '2023-03-05'],
  ['this weekend', '2023-03-01', 'this weekend', '2023-03-04', '2023-03-05', null, null, 0],
]));

describe('periods from the reference date (end = reference + period, inclusive)', () => table([
  ['within the next two weeks', '2023-03-01', 'within the next two weeks', '2023-03-01', '2023-03-15'],
  ['in the next two weeks', '2023-03-01', 'in the next two weeks', '2023-03-01', '2023-03-15'],
  ['over the next three months', '2023-03-01', 'over the next three months', '2023-03-01', '2023-06-01'],
  ['within a month', '2023-03-01', 'within a month', '2023-03-01', '2023-04-01'],
  ['within a month', '2023-01-31', 'within a month', '2023-01-31', '2023-02-28'],
  ['within the next 10 days', '2023-03-01', 'within the next 10 days', '2023-03-01', '2023-03-11'],
]));

describe('the week of a day', () => table([
  ['the week of April 10', '2023-03-01', 'the week of April 10', '2023-04-10', '2023-04-16'],
  ['during the week of April 12, 2023', '2020-03-01', 'during the week of April 12, 2023', '2023-04-10', '2023-04-16'],
  ['the week of April 12, 2023', '2020-03-01', 'the week of April 12, 2023', '2023-04-09', '2023-04-15', null, null, 0],
  ['the week of 1 January 2025', '2020-03-01', 'the week of 1 January 2025', '2024-12-30', '2025-01-05'],
]));

describe('deadlines before a season', () => table([
  ['before the summer', '2023-03-01', 'before the summer', '2023-03-01', '2023-08-31'],
  ['before the end of the summer', '2023-03-01', 'before the end of the summer', '2023-03-01', '2023-08-31'],
  ['by the summer', '2023-03-01', 'by the summer', '2023-03-01', '2023-08-31'],
  ['before autumn', '2023-03-01', 'before autumn', '2023-03-01', '2023-11-30'],
]));

describe('new conventions: strings that must not match', () => {
  const negatives = [
    'a quarter of the population',
    'the third quarter results',
    'the French Quarter',
    'q3 results',
    'the weekend edition',
    'over the weekend',
    'in two weeks', // a point in time (chrono's), not a period: checked below
    'within 30 days of signing',
    'within the coming months',
    'Articles 5 and 6 April',
    'April 5 and 12',
    'April 5 and 6%',
    'the week of action',
  ];
  const expected: Record<string, string[]> = {
    'in two weeks': ['in two weeks'],
    'Articles 5 and 6 April': ['6 April'],
    'April 5 and 12': ['April 5'],
    'April 5 and 6%': ['April 5'],
    'within the coming months': [],
  };
  for (const text of negatives) {
    it(text, () => {
      const found = findTimeExpressions(text, '2023-03-01');
      assert.deepEqual(found.map((x) => x.text), expected[text] ?? []);
      for (const x of found) assert.ok(!/dates\/(?:quarter|weekend|coming-period|paired-days|cross-month-range|week-of)/.test(x.rule), x.rule);
    });
  }
});

describe('the current period ("within the year")', () => table([
  ['agreed to hold the meeting within the year', '2024-03-07', 'within the year', '2024-03-07', '2024-12-31'],
  ['within this month', '2024-03-07', 'within this month', '2024-03-07', '2024-03-31'],
  ['within the week', '2024-03-07', 'within the week', '2024-03-07', '2024-03-10'],
  ['within the week', '2024-03-07', 'within the week', '2024-03-07', '2024-03-09', null, null, 0],
]));

describe('a period counted from an event is not the current one', () => {
  it('within the year of signing', () => {
    assert.deepEqual(findTimeExpressions('within the year of signing', '2024-03-07').map((e) => e.text), []);
  });
});
