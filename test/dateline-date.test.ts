import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineDate } from '../src/stages/document/dateline-date.ts';

const cases: [string, string | null][] = [
  ['September 18, 2017', '2017-09-18'],
  ['Sept. 18, 2017', '2017-09-18'],
  ['Mar. 28, 2020', '2020-03-28'],
  ['18 September 2017', '2017-09-18'],
  ['17 July 202018:33', '2020-07-17'],
  ['2024-03-27', '2024-03-27'],
  ['03/27/2024', '2024-03-27'],
  ['27/03/2024', '2024-03-27'],
  ['27.03.2024', '2024-03-27'],
  ['31-10-2022', '2022-10-31'],
  ['2021.12.06', '2021-12-06'],
  ['27 Marzo 2024', '2024-03-27'],
  ['6 декабря 2021', '2021-12-06'],
  ['1er janvier 2020', '2020-01-01'],
  ['20 de agosto de 2019', '2019-08-20'],
];
const negatives = ['31 February 2020', '13/13/2020', 'Brexit 2020', 'May be 2020', ''];

test('dateline dates in the forms the detector accepts', () => {
  for (const [s, iso] of cases) assert.equal(datelineDate(s), iso, s);
});

test('impossible or non-dates give null', () => {
  for (const s of negatives) assert.equal(datelineDate(s), null, s);
});
