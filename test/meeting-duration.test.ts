import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDurations, pickDuration } from '../src/stages/meeting/duration-extractor.ts';

const cases: [string, number | null, string[]][] = [
  ['held a meeting for approximately 32 minutes on the occasion of', 32, ['approximately 32 minutes']],
  ['for approximately one hour and 20 minutes.', 80, ['approximately one hour and 20 minutes']],
  ['for approximately 1 hour and 10 minutes, Mr. Abe', 70, ['approximately 1 hour and 10 minutes']],
  ['for approximately 65 minutes (a plenary meeting for approximately 50 minutes and a one-on-one meeting for approximately 15 minutes).', 65, ['approximately 65 minutes']],
  ['a plenary meeting for approximately 50 minutes and a one-on-one meeting for approximately 15 minutes.', 65, ['approximately 50 minutes', 'approximately 15 minutes']],
  ['for approximately 50 minutes (a plenary session lasting approximately 35 minutes and a tête-à-tête meeting lasting approximately 15 minutes)', 50, ['approximately 50 minutes']],
  ['lasted approximately three hours including the working lunch', 180, ['approximately three hours']],
  ['I had an approximately three hour long meeting with President Putin.', 180, ['approximately three hour']],
  ['for about five minutes from 5:15 p.m.', 5, ['about five minutes']],
  ['for half an hour', 30, ['half an hour']],
  ['for an hour and a half', 90, ['an hour and a half']],
  ['for one and a half hours', 90, ['one and a half hours']],
  ['for approximately 10 minutes in total in the G7 conference hall', 10, ['approximately 10 minutes']],
];

const negatives = [
  'within 24 hours of the attack',
  'for the first time in eight months',
  'the past 40 years',
  'at 6:10 p.m. local time',
  'a 24-hour news cycle',
  'the ninth time in total',
];

test('durations: total minutes and the exact words summed', () => {
  for (const [text, minutes, words] of cases) {
    const picked = pickDuration(text, findDurations(text));
    assert.equal(picked?.minutes ?? null, minutes, text);
    assert.deepEqual(picked?.evidence.map((e) => e.text), words, text);
    for (const e of picked?.evidence ?? []) assert.equal(text.slice(e.start, e.end), e.text);
  }
});

test('durations: no false positives', () => {
  for (const text of negatives) assert.deepEqual(findDurations(text), [], text);
});
