/**
 * Planned events dated by words that need the day of writing ("tomorrow", "next week", "on Tuesday"): resolved
 * against the published date, or a day the text writes in full; left undated (words kept) when the only reference is
 * a month the text names, or when the text writes no date at all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const plan = (text: string) => {
  const [p] = extractRecord({ file: 't.txt', text }).plannedEvents;
  assert.ok(p, text);
  return { whenText: p.whenText, start: p.start, end: p.end };
};

const TRIP = 'Tomorrow, President Biden will travel to Lobito to see the corridor.';

test('against a printed published date', () => {
  assert.deepEqual(plan(`December 2, 2024\n\nFact Sheet\n\n${TRIP}`), { whenText: 'Tomorrow', start: '2024-12-03', end: '2024-12-03' });
});

test('against a day the text writes in full', () => {
  assert.deepEqual(plan(`On December 2, 2024, President Biden met President Lourenço in Luanda. ${TRIP}`), { whenText: 'Tomorrow', start: '2024-12-03', end: '2024-12-03' });
});

test('only a month named: the words stay, undated', () => {
  assert.deepEqual(plan(`In November 2024, the two governments signed a memorandum. ${TRIP}`), { whenText: 'Tomorrow', start: null, end: null });
  // a time that does not need the day is still resolved against that reference
  assert.deepEqual(plan('In November 2024, the two governments signed a memorandum. The next Commission meeting will be held in Luanda in 2025.'), { whenText: 'in 2025', start: '2025-01-01', end: '2025-12-31' });
});

test('no date in the text at all: times that need one keep their words, undated; a written year still counts', () => {
  assert.deepEqual(plan('Office of the Spokesperson\n\nEnvoy John Kerry will travel to Palau April 12-15 to lead the delegation.'), { whenText: 'April 12-15', start: null, end: null });
  assert.deepEqual(plan('Office of the Spokesperson\n\nEnvoy John Kerry will travel to Palau April 12-15, 2022 to lead the delegation.'), { whenText: 'April 12-15, 2022', start: '2022-04-12', end: '2022-04-15' });
});
