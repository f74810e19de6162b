/** A meeting bounded by clock times in its lead sentence lasts their difference ("from 10:30 a.m. to 11:50 a.m."). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';
import { findTimeSpanDuration } from '../src/stages/meeting/duration-extractor.ts';

const span = (text: string): number | null => findTimeSpanDuration(text, 0, text.length)?.minutes ?? null;

test('clock times that bound a meeting give its length', () => {
  const cases: [string, number][] = [
    ['held a meeting from 10:30 a.m. to 11:50 a.m. on May 14', 80],
    ['held talks between 3 p.m. and 4:30 p.m.', 90],
    ['met from 14:00 to 15:15', 75],
    ['met from 11:30 a.m. to 1 p.m.', 90],
    ['met from 10.30 to 11.45 am', 75],
  ];
  for (const [text, minutes] of cases) assert.equal(span(text), minutes, text);
});

test('no length from numbers that are not clock times or do not bound a meeting', () => {
  for (const text of ['from 2 to 3 rounds of talks', 'between 2020 and 2024', 'from 11:50 a.m. to 10:30 a.m.', 'from 8 to 10 percent']) {
    assert.equal(span(text), null, text);
  }
});

test('the lead sentence\'s clock times are the meeting\'s duration', () => {
  const m = extractRecord({ file: 't', text: '2024-05-14\n\n1. Minister of Foreign Affairs Cho Tae-yul held a meeting with Minister for Foreign Affairs of Japan Kamikawa Yoko from 10:30 a.m. to 11:50 a.m. on May 14 in Seoul.' }).meetings[0];
  assert.equal(m?.durationMinutes, 80);
  assert.equal(m?.provenance.durationMinutes[0]?.text, 'from 10:30 a.m. to 11:50 a.m.');
  // a stated length wins
  const n = extractRecord({ file: 't', text: '2024-05-14\n\nMinister Cho Tae-yul held a meeting with Minister Kamikawa Yoko from 10:30 a.m. for approximately 60 minutes.' }).meetings[0];
  assert.equal(n?.durationMinutes, 60);
});
