import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTimeExpressions } from '../src/stages/dates/time-expression-finder.ts';
import type { TimeExpression } from '../src/domain/mentions.ts';

interface Case {
  readonly text: string;
  readonly ref: string;
  /** Expected span text of the (single) expression. */
  readonly when: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly pastStart?: string | null;
  readonly pastEnd?: string | null;
  readonly flags?: Partial<Pick<TimeExpression, 'approximate' | 'vague' | 'relative' | 'yearImplied' | 'precision'>>;
  readonly rule?: string;
  readonly weekStartsOn?: 0 | 1;
}

function only(text: string, ref: string, when: string, weekStartsOn?: 0 | 1): TimeExpression {
  const found = findTimeExpressions(text, ref, weekStartsOn === undefined ? {} : { weekStartsOn });
  const matching = found.filter((x) => x.text === when);
  assert.equal(matching.length, 1, `expected one "${when}" in ${JSON.stringify(found.map((x) => x.text))}`);
  return matching[0]!;
}

function check(cases: readonly Case[]): void {
  for (const c of cases) {
    it(`${c.text} @${c.ref}`, () => {
      const x = only(c.text, c.ref, c.when, c.weekStartsOn);
      assert.equal(x.start, c.start, 'start');
      assert.equal(x.end, c.end, 'end');
      if (c.pastStart !== undefined) assert.equal(x.pastStart, c.pastStart, 'pastStart');
      if (c.pastEnd !== undefined) assert.equal(x.pastEnd, c.pastEnd, 'pastEnd');
      for (const [key, value] of Object.entries(c.flags ?? {})) assert.equal(x[key as keyof TimeExpression], value, key);
      if (c.rule !== undefined) assert.ok(x.rule.includes(c.rule), `rule ${x.rule} lacks ${c.rule}`);
    });
  }
}

describe('days', () => {
  check([
    { text: 'a visit that will take place around September 23rd.', ref: '2017-09-18', when: 'around September 23rd', start: '2017-09-23', end: '2017-09-23', flags: { approximate: true, precision: 'day' }, rule: 'dates/approximate' },
    { text: 'They will meet on Tuesday.', ref: '2017-09-20', when: 'on Tuesday', start: '2017-09-26', end: '2017-09-26', pastStart: '2017-09-19', pastEnd: '2017-09-19', flags: { relative: true } },
    { text: 'They will meet on Wednesday.', ref: '2017-09-20', when: 'on Wednesday', start: '2017-09-20', end: '2017-09-20', pastStart: '2017-09-20', pastEnd: '2017-09-20' },
    { text: 'September 18, 2017', ref: '2020-01-01', when: 'September 18, 2017', start: '2017-09-18', end: '2017-09-18', flags: { yearImplied: false } },
    { text: 'Published 18 September 2017.', ref: '2020-01-01', when: '18 September 2017', start: '2017-09-18', end: '2017-09-18' },
    { text: 'Sept. 18, 2017', ref: '2020-01-01', when: 'Sept. 18, 2017', start: '2017-09-18', end: '2017-09-18' },
    { text: 'Mar. 28, 2020', ref: '2020-01-01', when: 'Mar. 28, 2020', start: '2020-03-28', end: '2020-03-28' },
    { text: 'Date: 2024-03-27', ref: '2020-01-01', when: '2024-03-27', start: '2024-03-27', end: '2024-03-27' },
    { text: 'Date: 03/27/2024', ref: '2020-01-01', when: '03/27/2024', start: '2024-03-27', end: '2024-03-27' },
    { text: 'Date: 27.03.2024', ref: '2020-01-01', when: '27.03.2024', start: '2024-03-27', end: '2024-03-27' },
    { text: 'Moscow, 17 July 202018:33 The minister', ref: '2020-07-17', when: '17 July 2020', start: '2020-07-17', end: '2020-07-17' },
    { text: 'On Wednesday, July 11, the leaders met.', ref: '2018-07-12', when: 'On Wednesday, July 11', start: '2018-07-11', end: '2018-07-11', pastStart: '2018-07-11' },
    { text: 'at the Ministry in Beijing on Tuesday, August 29.', ref: '2023-08-28', when: 'on Tuesday, August 29', start: '2023-08-29', end: '2023-08-29' },
    { text: 'the Global Vaccine Summit on 4 June', ref: '2020-05-29', when: 'on 4 June', start: '2020-06-04', end: '2020-06-04' },
    { text: 'will meet again in Paris tomorrow.', ref: '2018-01-22', when: 'tomorrow', start: '2018-01-23', end: '2018-01-23', flags: { relative: true } },
    { text: 'They spoke yesterday.', ref: '2018-01-22', when: 'yesterday', start: '2018-01-21', end: '2018-01-21', flags: { relative: true } },
    { text: 'Earlier today, the President spoke.', ref: '2018-01-22', when: 'Earlier today', start: '2018-01-22', end: '2018-01-22', flags: { relative: true } },
  ]);
});

describe('ranges of days', () => {
  check([
    { text: 'held from August 16 to 20.', ref: '2018-07-01', when: 'from August 16 to 20', start: '2018-08-16', end: '2018-08-20', flags: { precision: 'days' } },
    { text: 'held 16-20 August.', ref: '2018-07-01', when: '16-20 August', start: '2018-08-16', end: '2018-08-20' },
    { text: 'held August 16-20, 2018.', ref: '2019-07-01', when: 'August 16-20, 2018', start: '2018-08-16', end: '2018-08-20' },
    { text: 'will take place in China from May 7 (Sun) to 9 (Tue).', ref: '2006-05-01', when: 'from May 7 (Sun) to 9 (Tue)', start: '2006-05-07', end: '2006-05-09', rule: 'dates/weekday-note-date' },
  ]);
});

describe('parts of a month', () => {
  check([
    { text: 'a survey scheduled at the beginning of October', ref: '2017-09-18', when: 'at the beginning of October', start: '2017-10-01', end: '2017-10-10', flags: { precision: 'part-of-month' }, rule: 'dates/part-of-month' },
    { text: 'early October', ref: '2017-09-18', when: 'early October', start: '2017-10-01', end: '2017-10-10' },
    { text: 'Talks at the end of the month.', ref: '2024-05-15', when: 'at the end of the month', start: '2024-05-21', end: '2024-05-31' },
    { text: 'will visit Seoul in the first week of December', ref: '2023-11-14', when: 'in the first week of December', start: '2023-12-01', end: '2023-12-07' },
    { text: 'in the third week of next month', ref: '2023-11-14', when: 'in the third week of next month', start: '2023-12-15', end: '2023-12-21' },
    { text: 'the second week of March 2024', ref: '2023-11-14', when: 'the second week of March 2024', start: '2024-03-08', end: '2024-03-14' },
    { text: 'a meeting in mid-October in Japan', ref: '2012-09-26', when: 'in mid-October', start: '2012-10-11', end: '2012-10-20' },
    { text: 'the middle of October', ref: '2012-09-26', when: 'the middle of October', start: '2012-10-11', end: '2012-10-20' },
    { text: 'the end of October', ref: '2012-09-26', when: 'the end of October', start: '2012-10-21', end: '2012-10-31' },
    { text: 'will visit Russia late April', ref: '2017-03-20', when: 'late April', start: '2017-04-21', end: '2017-04-30' },
    { text: 'consultations in late August', ref: '2017-07-07', when: 'in late August', start: '2017-08-21', end: '2017-08-31' },
    { text: 'late February 2020', ref: '2019-01-01', when: 'late February 2020', start: '2020-02-21', end: '2020-02-29', flags: { yearImplied: false } },
  ]);
});

describe('months and year resolution', () => {
  check([
    { text: 'a summit in November', ref: '2017-09-18', when: 'in November', start: '2017-11-01', end: '2017-11-30', pastStart: '2016-11-01', pastEnd: '2016-11-30', flags: { yearImplied: true, precision: 'month' } },
    { text: 'a summit in September', ref: '2017-09-18', when: 'in September', start: '2017-09-01', end: '2017-09-30', pastStart: '2017-09-01', pastEnd: '2017-09-30' },
    { text: 'a meeting in February', ref: '2016-01-22', when: 'in February', start: '2016-02-01', end: '2016-02-29' },
    { text: 'a summit in March', ref: '2017-09-18', when: 'in March', start: '2018-03-01', end: '2018-03-31', pastStart: '2017-03-01', pastEnd: '2017-03-31' },
    { text: 'visit which will take place in November or December.', ref: '2017-09-18', when: 'in November or December', start: '2017-11-01', end: '2017-12-31', flags: { precision: 'months' }, rule: 'dates/alternative-months' },
    { text: 'in December or January', ref: '2017-09-18', when: 'in December or January', start: '2017-12-01', end: '2018-01-31' },
    { text: 'the visit which is planned near December', ref: '2012-09-26', when: 'near December', start: '2012-12-01', end: '2012-12-31', flags: { approximate: true } },
    { text: 'in May 2019', ref: '2017-09-18', when: 'in May 2019', start: '2019-05-01', end: '2019-05-31', flags: { yearImplied: false } },
    { text: 'They said they would meet in May.', ref: '2017-09-18', when: 'in May', start: '2018-05-01', end: '2018-05-31' },
    { text: 'some time in June', ref: '2017-09-18', when: 'some time in June', start: '2018-06-01', end: '2018-06-30', flags: { approximate: true } },
  ]);
});

describe('years and parts of years', () => {
  check([
    { text: 'Japan Year in Russia in 2018', ref: '2017-03-20', when: 'in 2018', start: '2018-01-01', end: '2018-12-31', flags: { precision: 'year' } },
    { text: 'events throughout the year 2013, which', ref: '2012-07-11', when: 'throughout the year 2013', start: '2013-01-01', end: '2013-12-31' },
    { text: 'the meeting to be held next year.', ref: '2012-07-11', when: 'next year', start: '2013-01-01', end: '2013-12-31', flags: { relative: true } },
    { text: 'his visit to Japan this year', ref: '2018-05-16', when: 'this year', start: '2018-01-01', end: '2018-12-31' },
    { text: 'held last year', ref: '2018-05-16', when: 'last year', start: '2017-01-01', end: '2017-12-31' },
    { text: 'early 2018', ref: '2017-11-10', when: 'early 2018', start: '2018-01-01', end: '2018-04-30', flags: { precision: 'part-of-year' } },
    { text: 'a dialogue will be held early in 2018.', ref: '2017-11-10', when: 'early in 2018', start: '2018-01-01', end: '2018-04-30' },
    { text: 'hosting the first meeting in early 2024.', ref: '2023-08-28', when: 'in early 2024', start: '2024-01-01', end: '2024-04-30' },
    { text: 'mid-2019', ref: '2017-11-10', when: 'mid-2019', start: '2019-05-01', end: '2019-08-31' },
    { text: 'late 2018', ref: '2017-11-10', when: 'late 2018', start: '2018-09-01', end: '2018-12-31' },
    { text: 'the beginning of 2018', ref: '2017-11-10', when: 'the beginning of 2018', start: '2018-01-01', end: '2018-04-30' },
    { text: 'the end of 2018', ref: '2017-11-10', when: 'the end of 2018', start: '2018-09-01', end: '2018-12-31' },
    { text: 'the first half of 2019', ref: '2017-11-10', when: 'the first half of 2019', start: '2019-01-01', end: '2019-06-30' },
    { text: 'a State Visit to Egypt in the course of 2025', ref: '2025-05-15', when: '2025', start: '2025-01-01', end: '2025-12-31' },
    { text: 'The talks will be held on 04.05.2024.', ref: '2024-03-15', when: 'on 04.05.2024', start: '2024-05-04', end: '2024-05-04' },
    { text: 'The talks will be held on 13.05.2024.', ref: '2024-03-15', when: 'on 13.05.2024', start: '2024-05-13', end: '2024-05-13' },
    { text: 'The conference is scheduled between 4 and 6 May.', ref: '2024-03-15', when: 'between 4 and 6 May', start: '2024-05-04', end: '2024-05-06' },
    { text: 'The summit will be held next January.', ref: '2024-05-15', when: 'next January', start: '2025-01-01', end: '2025-01-31', pastStart: '2025-01-01' },
    { text: 'Talks this December.', ref: '2024-05-15', when: 'this December', start: '2024-12-01', end: '2024-12-31', pastStart: '2024-12-01' },
    { text: 'The summit held last December.', ref: '2024-05-15', when: 'last December', start: '2023-12-01', end: '2023-12-31' },
    { text: 'The talks next May.', ref: '2024-05-15', when: 'next May', start: '2025-05-01', end: '2025-05-31' },
    { text: 'The leaders will meet at the end of January or early February.', ref: '2024-11-14', when: 'at the end of January or early February', start: '2025-01-21', end: '2025-02-10' },
    { text: 'Talks in late 2025 or early 2026.', ref: '2024-11-14', when: 'in late 2025 or early 2026', start: '2025-09-01', end: '2026-04-30' },
    { text: 'A visit in March or in April.', ref: '2024-11-14', when: 'in March or in April', start: '2025-03-01', end: '2025-04-30' },
    { text: 'Consultations in H2 2024.', ref: '2024-05-15', when: 'in H2 2024', start: '2024-07-01', end: '2024-12-31' },
    { text: 'A dialogue in 1H 2025.', ref: '2024-05-15', when: 'in 1H 2025', start: '2025-01-01', end: '2025-06-30' },
    { text: 'Signing by year-end.', ref: '2024-05-15', when: 'by year-end', start: '2024-05-15', end: '2024-12-31' },
    { text: 'Operations by end-2026.', ref: '2024-05-15', when: 'by end-2026', start: '2024-05-15', end: '2026-12-31' },
    { text: 'A meeting around mid-year.', ref: '2024-05-15', when: 'around mid-year', start: '2024-05-01', end: '2024-08-31' },
    { text: 'in Nairobi in the second semester of 2024', ref: '2024-03-15', when: 'in the second semester of 2024', start: '2024-07-01', end: '2024-12-31' },
    { text: 'in the first semester of next year', ref: '2024-03-15', when: 'in the first semester of next year', start: '2025-01-01', end: '2025-06-30' },
    { text: 'in the second half of 2019', ref: '2017-11-10', when: 'in the second half of 2019', start: '2019-07-01', end: '2019-12-31' },
    { text: 'early next year', ref: '2017-09-18', when: 'early next year', start: '2018-01-01', end: '2018-04-30', flags: { relative: true } },
    { text: 'around 2025', ref: '2021-06-15', when: 'around 2025', start: '2025-01-01', end: '2025-12-31', flags: { approximate: true } },
    { text: 'serving from 1993 to 2015.', ref: '2021-06-15', when: 'from 1993 to 2015', start: '1993-01-01', end: '2015-12-31' },
  ]);
});

describe('seasons', () => {
  check([
    { text: 'this summer', ref: '2017-09-18', when: 'this summer', start: '2017-06-01', end: '2017-08-31', flags: { precision: 'season', relative: true } },
    { text: 'next spring', ref: '2017-09-18', when: 'next spring', start: '2018-03-01', end: '2018-05-31' },
    { text: 'this autumn', ref: '2017-09-18', when: 'this autumn', start: '2017-09-01', end: '2017-11-30' },
    { text: 'in the fall of 2019', ref: '2017-09-18', when: 'in the fall of 2019', start: '2019-09-01', end: '2019-11-30' },
    { text: 'spring of 2019', ref: '2017-09-18', when: 'spring of 2019', start: '2019-03-01', end: '2019-05-31' },
    { text: 'this winter', ref: '2019-11-10', when: 'this winter', start: '2019-12-01', end: '2020-02-29' },
    { text: 'this winter', ref: '2020-01-10', when: 'this winter', start: '2019-12-01', end: '2020-02-29' },
  ]);
});

describe('weeks and months relative to the reference date', () => {
  check([
    { text: "this week's summit", ref: '2017-09-04', when: 'this week', start: '2017-09-04', end: '2017-09-10', flags: { precision: 'week', relative: true } },
    { text: 'this week', ref: '2017-09-07', when: 'this week', start: '2017-09-04', end: '2017-09-10' },
    { text: 'next week', ref: '2017-09-07', when: 'next week', start: '2017-09-11', end: '2017-09-17' },
    { text: 'last week', ref: '2017-09-07', when: 'last week', start: '2017-08-28', end: '2017-09-03' },
    { text: 'crossings starting this week.', ref: '2024-04-28', when: 'starting this week', start: '2024-04-28', end: '2024-05-04', weekStartsOn: 0 },
    { text: 'crossings starting this week.', ref: '2024-04-28', when: 'starting this week', start: '2024-04-22', end: '2024-04-28' },
    { text: 'scheduled for next month.', ref: '2016-11-19', when: 'next month', start: '2016-12-01', end: '2016-12-31', flags: { precision: 'month' } },
    { text: 'this month', ref: '2016-11-19', when: 'this month', start: '2016-11-01', end: '2016-11-30' },
    { text: 'last month', ref: '2016-01-19', when: 'last month', start: '2015-12-01', end: '2015-12-31' },
    { text: 'later this year', ref: '2016-05-19', when: 'later this year', start: '2016-05-19', end: '2016-12-31' },
    { text: 'the next Strategic Dialogue, slated for the autumn', ref: '2024-05-02', when: 'the autumn', start: '2024-09-01', end: '2024-11-30' },
    { text: 'returning to the region later in the year', ref: '2024-01-12', when: 'later in the year', start: '2024-01-12', end: '2024-12-31' },
    { text: 'they meet again later in the month', ref: '2024-01-12', when: 'later in the month', start: '2024-01-12', end: '2024-01-31' },
  ]);
});

describe('deadlines and open ends', () => {
  check([
    { text: 'will be held before the end of this year.', ref: '2017-11-10', when: 'before the end of this year', start: '2017-11-10', end: '2017-12-31', rule: 'dates/deadline' },
    { text: 'by the end of October', ref: '2017-09-18', when: 'by the end of October', start: '2017-09-18', end: '2017-10-31' },
    { text: 'by 2030', ref: '2021-06-15', when: 'by 2030', start: '2021-06-15', end: '2030-12-31' },
    { text: 'no later than March', ref: '2017-09-18', when: 'no later than March', start: '2017-09-18', end: '2018-03-31' },
    { text: 'before June 30', ref: '2017-05-18', when: 'before June 30', start: '2017-05-18', end: '2017-06-30' },
    { text: 'freer entry from 2018 onwards, including', ref: '2017-11-10', when: 'from 2018 onwards', start: '2018-01-01', end: null, flags: { precision: 'open' }, rule: 'dates/open-end' },
    { text: 'starting from April', ref: '2017-11-10', when: 'starting from April', start: '2018-04-01', end: null, pastStart: '2017-04-01', pastEnd: null },
    { text: 'beginning in 2019', ref: '2017-11-10', when: 'beginning in 2019', start: '2019-01-01', end: null },
  ]);
});

describe('vague and anaphoric times', () => {
  const vague = [
    ['projects that will be undertaken promptly.', 'promptly'],
    ['A consultation will shortly take place', 'shortly'],
    ['They will meet soon.', 'soon'],
    ['a meeting in the near future on such occasions', 'in the near future'],
    ['to be held as early as possible', 'as early as possible'],
    ["coordinate Minister Lavrov's visit at an early date", 'at an early date'],
    ['more details in the coming weeks.', 'in the coming weeks'],
    ['in the coming months', 'in the coming months'],
    ['at a mutually convenient time', 'at a mutually convenient time'],
    ['at the earliest opportunity', 'at the earliest opportunity'],
    ['a visit at an appropriate time before President Putin visits Japan', 'at an appropriate time'],
    ['and on the following day, we shall arrive in Tokyo', 'the following day'],
  ] as const;
  for (const [text, when] of vague) {
    it(text, () => {
      const x = only(text, '2017-09-18', when);
      assert.deepEqual([x.start, x.end, x.pastStart, x.pastEnd, x.vague, x.precision], [null, null, null, null, true, 'vague']);
    });
  }
  it('resolves "the day after <date>" against that date, keeping the date as its own expression', () => {
    const text = 'he hopes to hold a meeting in Tokyo on the day after the December 15 meeting in Nagato City.';
    const found = findTimeExpressions(text, '2016-11-19');
    const after = only(text, '2016-11-19', 'on the day after');
    assert.equal(after.start, '2016-12-16');
    assert.equal(after.rule.includes('dates/anchored-day'), true);
    const anchor = found.find((x) => x.text === 'December 15');
    assert.equal(anchor?.start, '2016-12-15');
  });
});

describe('strings that must not match', () => {
  const negatives = [
    'for approximately 32 minutes',
    'for one hour and 30 minutes',
    'for about two hours',
    'They met for two days.',
    'at 09:30',
    'from 09:30',
    'on the occasion of the 40th anniversary',
    'over the past 40 years of relations',
    'the 2+2 meeting',
    'the G20 summit',
    'the C+C5 format',
    'for the ninth time in total',
    '17 other world leaders',
    'a one-on-one meeting',
    'for the second time',
    'they may meet again',
    'a march was held',
    'the Arab Spring',
    'the Good Friday Agreement',
    'we now have an agreement',
    'within one day of departure',
    '2000 people attended',
    'Resolution 2231',
    'as soon as the situation allows',
    'This will be the first visit by an Indian Prime Minister to Poland in 45 years.',
    'Trade reached its highest level in 10 years.',
    'the only such agreement in two decades',
    'the best in the year',
    'They stayed for the summer.',
    'He slept for 1H.',
  ];
  for (const text of negatives) {
    it(text, () => assert.deepEqual(findTimeExpressions(text, '2017-09-18').map((x) => x.text), []));
  }
});

describe('a date never runs over a line break', () => {
  it('headline range, then the dateline on the next line', () => {
    const text = 'EAM to visit Singapore from March 21-23\nMarch 19, 2024\n\nThe visit will strengthen ties.';
    assert.deepEqual(findTimeExpressions(text, '2024-03-19').map((x) => [x.text, x.start, x.end]), [
      ['from March 21-23', '2024-03-21', '2024-03-23'],
      ['March 19, 2024', '2024-03-19', '2024-03-19'],
    ]);
  });
});

describe('contract', () => {
  it('returns sorted, non-overlapping expressions whose text is the span of the document text', () => {
    const text =
      'September 18, 2017\nThe ministers met for approximately 32 minutes. A summit will be held in November, and a visit in November or December. A survey is scheduled at the beginning of October; a grave visit around September 23rd.';
    const found = findTimeExpressions(text, '2017-09-18');
    assert.deepEqual(found.map((x) => x.text), [
      'September 18, 2017',
      'in November',
      'in November or December',
      'at the beginning of October',
      'around September 23rd',
    ]);
    for (let i = 0; i < found.length; i++) {
      const x = found[i]!;
      assert.equal(text.slice(x.span[0], x.span[1]), x.text);
      if (i > 0) assert.ok(found[i - 1]!.span[1] <= x.span[0]);
    }
  });
  it('rejects a malformed reference date', () => {
    assert.throws(() => findTimeExpressions('in May', '18/09/2017'), RangeError);
  });
});
