import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimeExpression } from '../src/domain/mentions.ts';
import { findPastReferences } from '../src/stages/references/past-reference-finder.ts';

function time(text: string, words: string, start: string, end: string, extra: Partial<TimeExpression> = {}): TimeExpression {
  const at = text.indexOf(words);
  assert.ok(at >= 0, words);
  return {
    span: [at, at + words.length], text: words, start, end, pastStart: start, pastEnd: end, yearImplied: false,
    approximate: false, vague: false, relative: false, precision: 'day', rule: 'test', ...extra,
  };
}

function run(text: string, times: TimeExpression[], referenceDate: string): string[] {
  const sentences = [...text.matchAll(/[^.!?]+[.!?]?/g)].map((m) => ({ span: [m.index, m.index + m[0].length] as [number, number] }));
  return findPastReferences({ text, sentences, times, referenceDate }).map((f) => text.slice(f.span[0], f.span[1]));
}

test('earlier events by past marker, past modifier, earlier time, backward prefix, list', () => {
  const a = 'They will materialize the agreements at the Japan-Russia Summit Meeting held on the occasion of the Eastern Economic Forum in Vladivostok.';
  assert.deepEqual(run(a, [], '2017-09-18'), ['the Japan-Russia Summit Meeting held on the occasion of the Eastern Economic Forum in Vladivostok']);
  const b = 'Wang Yi spoke about the results of yesterday’s China + Central Asia (C+C5) foreign ministers’ videoconference.';
  assert.deepEqual(run(b, [], '2020-07-17'), ['yesterday’s China + Central Asia (C+C5) foreign ministers’ videoconference']);
  const c = 'Following the discussions at the Japan-Russia vice-ministerial consultation on March 18, the ministers agreed.';
  assert.deepEqual(run(c, [time(c, 'on March 18', '2017-03-18', '2017-03-18', { yearImplied: true })], '2017-03-20'), ['the discussions at the Japan-Russia vice-ministerial consultation on March 18']);
  const d = 'Political dialogues have been conducted actively such as the visit of Ms. Valentina Matvienko to Japan, the visit of Mr. Hiroshige Seko to Russia.';
  assert.equal(run(d, [], '2016-11-19').length, 2);
  const e = 'G7 foreign ministers last met in Dinard, France, in April 2019.';
  assert.deepEqual(run(e, [time(e, 'in April 2019', '2019-04-01', '2019-04-30')], '2020-03-28'), ['G7 foreign ministers last met in Dinard, France, in April 2019']);
});

test('documents and incidents that are specific', () => {
  const a = 'Minister Kono stressed the steady implementation of the Japan-ROK agreement on the comfort women issue.';
  assert.deepEqual(run(a, [], '2018-08-02'), ['the Japan-ROK agreement on the comfort women issue']);
  const b = 'Prime Minister Abe explained that the recent nuclear test by North Korea is unacceptable.';
  assert.deepEqual(run(b, [], '2016-01-22'), ['the recent nuclear test by North Korea']);
});

test('not a past reference: the reported meeting, generic mentions, future goals, organisations', () => {
  const negatives: [string, TimeExpression[], string][] = [
    ['The overview of the meeting is as follows.', [], '2017-09-18'],
    ['Japan-France Politico-Military (PM) Dialogue was held on Tuesday, October 19, 2021 in Tokyo.', [], '2021-10-19'],
    ['They discussed the issue of concluding a peace treaty.', [], '2017-09-18'],
    ['Based on our previous discussions, we talked frankly.', [], '2016-12-15'],
    ['Allies of the North Atlantic Treaty Organization met.', [], '2024-06-17'],
    ['They condemned Russian attacks on energy infrastructure.', [], '2024-06-17'],
  ];
  const second = negatives[1]!;
  second[1].push(time(second[0], 'on Tuesday, October 19, 2021', '2021-10-19', '2021-10-19'));
  for (const [text, times, ref] of negatives) assert.deepEqual(run(text, times, ref), [], text);
});

test('reference evidence does not end in a joiner word', () => {
  const rows: [string, string, string[]][] = [
    ['They praised their recent visit to Sana’a and the progress made.', '2021-06-18', ['their recent visit to Sana’a']],
    ['They condemned missile launches by the DPRK and its threats.', '2022-06-07', []],
  ];
  for (const [text, ref, want] of rows) {
    const got = run(text, [], ref);
    for (const g of got) assert.doesNotMatch(g, /\s(?:and|or|the|of|in|to|with)$/, text);
    if (want.length > 0) assert.deepEqual(got, want, text);
  }
});

/** Like {@link run}, with line breaks ending sentences too (headings carry no full stop). */
function runLines(text: string, referenceDate: string): string[] {
  const sentences = [...text.matchAll(/[^.!?\n]+[.!?]?/g)].map((m) => ({ span: [m.index, m.index + m[0].length] as [number, number] }));
  return findPastReferences({ text, sentences, times: [], referenceDate }).map((f) => text.slice(f.span[0], f.span[1]));
}

test('the document’s own heading is not an earlier event: genre labels and the headline', () => {
  const rows: [string, string[]][] = [
    ['India-Maldives Joint Statement\nOctober 8, 2024\n\nThe two leaders met in New Delhi.', []],
    ['Australia-Indonesia 2+2 Meeting\nJoint statement\n2 February 2024\n\nMinisters met in Melbourne.', []],
    ['Minister to co-chair the Joint Commission\nMedia statement\n21 September 2023\n\nThe Minister will travel to Accra.', []],
    ['EU-Japan: Joint Press Statement following the 2nd EU-Japan High-Level Economic Dialogue\nBrussels, 06/02/2024\n\nToday they held the dialogue.', []],
    // In the body, a named statement or declaration is still an earlier document.
    ['Readout\nMay 2, 2018\n\nThe ministers recalled the Japan-Republic of Korea Joint Declaration.', ['the Japan-Republic of Korea Joint Declaration']],
  ];
  for (const [text, want] of rows) assert.deepEqual(runLines(text, '2024-02-06'), want, text);
});

test('a yearless month gone this year is not past when the words say the event is ahead', () => {
  // The second sentence repeats the planned event (the plan finder keeps only the first): still not a past one.
  const rows: [string, string[]][] = [
    ['The Economic Forum is scheduled for 3-5 June. The Forum will take place in Izmir on 3-5 June.', []],
    ['The Economic Forum is scheduled for 3-5 June. The Forum took place in Izmir on 3-5 June.', ['The Forum took place in Izmir on 3-5 June']],
  ];
  for (const [text, want] of rows) {
    const at = text.lastIndexOf('3-5 June');
    const ts = [time(text, '3-5 June', '2024-06-03', '2024-06-05', { pastStart: '2023-06-03', pastEnd: '2023-06-05', yearImplied: true })];
    ts.push({ ...ts[0]!, span: [at, at + 8] });
    assert.deepEqual(run(text, ts, '2023-11-14'), want, text);
  }
});

test('a document still being negotiated is no earlier event', () => {
  const rows: [string, string[]][] = [
    ['The two sides welcomed the progress in negotiations on the India-Oman Comprehensive Economic Partnership Agreement.', []],
    ['They agreed to work towards the early conclusion of the EU-Indonesia Comprehensive Economic Partnership Agreement.', []],
    ['Canada will dispatch a technical mission to prepare the Comprehensive Economic Partnership Agreement.', []],
    ['They agreed to implement the India-Oman Comprehensive Economic Partnership Agreement.', ['the India-Oman Comprehensive Economic Partnership Agreement']],
  ];
  for (const [text, want] of rows) assert.deepEqual(run(text, [], '2023-11-14'), want, text);
});
