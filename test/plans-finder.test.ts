import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimeExpression } from '../src/domain/mentions.ts';
import { findPlannedEvents } from '../src/stages/plans/plan-finder.ts';

const REF = '2017-09-18';

/** A hand-made time expression at the first occurrence of `words` in `text`. */
function time(text: string, words: string, start: string | null, end: string | null, extra: Partial<TimeExpression> = {}): TimeExpression {
  const at = text.indexOf(words);
  assert.ok(at >= 0, words);
  return {
    span: [at, at + words.length], text: words, start, end, pastStart: start, pastEnd: end, yearImplied: false,
    approximate: false, vague: start === null, relative: false, precision: start === null ? 'vague' : 'month', rule: 'test', ...extra,
  };
}

function run(text: string, times: TimeExpression[] = [], referenceDate: string | null = REF) {
  const sentences = [...text.matchAll(/[^.!?]+[.!?]?/g)].map((m) => ({ span: [m.index, m.index + m[0].length] as [number, number] }));
  return findPlannedEvents({ text, sentences, times, referenceDate }).map((f) => ({
    evidence: text.slice(f.span[0], f.span[1]), kind: f.kind, when: f.time?.text ?? null, rule: f.rule, what: f.what,
  }));
}

test('relative clause with its own time: span runs through the time, the occasion stays inside', () => {
  const text = 'It contributed to preparation for a summit meeting that will be held on the occasion of the Asia-Pacific Economic Cooperation (APEC) meeting in November, and Minister Kono’s visit to Russia, which will take place in November or December.';
  const got = run(text, [time(text, 'in November', '2017-11-01', '2017-11-30'), time(text, 'in November or December', '2017-11-01', '2017-12-31')]);
  assert.equal(got.length, 2);
  assert.equal(got[0]?.evidence, 'a summit meeting that will be held on the occasion of the Asia-Pacific Economic Cooperation (APEC) meeting in November');
  assert.equal(got[0]?.kind, 'meeting');
  assert.equal(got[0]?.when, 'in November');
  assert.equal(got[1]?.evidence, 'Minister Kono’s visit to Russia, which will take place in November or December');
  assert.equal(got[1]?.kind, 'visit');
  assert.equal(got[1]?.when, 'in November or December');
});

test('coordinated events are separate and the time belongs to the one it follows', () => {
  const text = 'They will coordinate each other hold a director-general-level working group and vice-ministerial-level dialogue promptly.';
  const got = run(text, [time(text, 'promptly', null, null)]);
  assert.deepEqual(got.map((g) => [g.evidence, g.kind, g.when]), [
    ['a director-general-level working group', 'meeting', null],
    ['vice-ministerial-level dialogue promptly', 'dialogue', 'promptly'],
  ]);
});

test('future verbs, time inside the phrase, and a future time alone', () => {
  const a = 'The ministers affirmed that Mr. Shinzo Abe, Prime Minister of Japan, will visit Russia late April.';
  assert.deepEqual(run(a, [time(a, 'late April', '2018-04-21', '2018-04-30', { yearImplied: true })], '2017-09-18').map((g) => [g.evidence, g.kind]), [['will visit Russia late April', 'visit']]);
  const b = 'The two leaders agreed to discuss the issue at this week’s Japan-Russia Summit Meeting in Vladivostok.';
  const got = run(b, [time(b, 'at this week', '2017-09-18', '2017-09-24', { relative: true, precision: 'week' })]);
  assert.equal(got[0]?.evidence, 'this week’s Japan-Russia Summit Meeting in Vladivostok');
  const c = 'The leaders confirmed their work in the lead-up to the Summit Meeting in September.';
  assert.deepEqual(run(c, [time(c, 'in September', '2017-09-01', '2017-09-30')], '2017-07-07').map((g) => [g.evidence, g.rule]), [['the Summit Meeting in September', 'plans/future-prefix']]);
});

test('special formats: Year programmes, upcoming, preparations, subordinate visit', () => {
  const a = 'The ministers agreed to accelerate work for implementing the “Japan Year in Russia” and “Russia Year in Japan” in 2018.';
  const ga = run(a, [time(a, 'in 2018', '2018-01-01', '2018-12-31')]);
  assert.deepEqual(ga.map((g) => [g.evidence, g.kind]), [['“Japan Year in Russia” and “Russia Year in Japan” in 2018', 'other']]);
  const b = 'They discussed preparations for the upcoming NATO Summit in Vilnius.';
  assert.equal(run(b)[0]?.evidence, 'the upcoming NATO Summit in Vilnius');
  const c = 'Coordination will take place to bring about an unofficial visit to Russia by Prime Minister Abe before President Putin visits Japan.';
  assert.deepEqual(run(c).map((g) => g.kind), ['visit', 'visit']);
});

test('not planned: past, routine, vague intention, current trip, negated, thanks', () => {
  const negatives: [string, TimeExpression[]][] = [
    ['The Japan-Russia Summit Meeting was held in Vladivostok.', []],
    ['The two sides will continue to hold close consultations.', []],
    ['They agreed that the working group will meet twice annually at the Vice Minister level.', []],
    ['Japan and Russia will collaborate at various levels and occasions.', []],
    ['Mr. Suga, who was visiting the United Kingdom to attend the G7 Summit in Cornwall, held talks.', []],
    ['President Putin explained that he would not be able to attend the G8 summit.', []],
    ['I would like to thank my colleague for his invitation to visit your beautiful country.', []],
    ['He held a Japan-Russia Foreign Ministers’ Meeting (second time this year) with Mr. Lavrov.', []],
    ['The leaders welcomed that the outcomes of the Summit Meeting in Moscow in April are being achieved.', []],
  ];
  const moscow = negatives[8]![0];
  negatives[8]![1].push(time(moscow, 'in April', '2018-04-01', '2018-04-30', { pastStart: '2017-04-01', pastEnd: '2017-04-30', yearImplied: true }));
  for (const [text, times] of negatives) assert.deepEqual(run(text, times, '2017-07-07'), [], text);
});

test('a repeated bare mention of the same event is dropped', () => {
  const text = 'The Fifth Japan-China Comprehensive Policy Dialogue will take place in China from May 7 to 9. The Dialogue will be held between the two vice ministers.';
  const got = run(text, [time(text, 'from May 7 to 9', '2006-05-07', '2006-05-09')], '2006-05-01');
  assert.equal(got.length, 1);
  assert.equal(got[0]?.kind, 'dialogue');
  assert.equal(got[0]?.evidence, 'The Fifth Japan-China Comprehensive Policy Dialogue will take place in China from May 7 to 9');
});
