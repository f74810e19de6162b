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

/** Table rows: text, hand-made times, reference date, expected [evidence, kind, when] triples. */
type Row = [string, (text: string) => TimeExpression[], string, [string, string, string | null][]];

test('evidence boundaries: no trailing joiner, no full stop, no single word, no bare "meeting"', () => {
  const rows: Row[] = [
    ['Leaders discussed the upcoming June 23 Second Berlin Conference on Libya and the ceasefire.',
      (t) => [time(t, 'June 23', '2021-06-23', '2021-06-23', { precision: 'day' })], '2021-06-10',
      [['the upcoming June 23 Second Berlin Conference on Libya', 'meeting', 'June 23']]],
    ['They will hold the NATO Summit in Vilnius and the review.', () => [], '2023-06-01',
      [['the NATO Summit in Vilnius', 'meeting', null]]],
    ['Both leaders reiterated that they look forward to meeting in person.', () => [], '2021-01-21',
      [['look forward to meeting in person', 'meeting', null]]],
    ['She extended an invitation to Prime Minister Sudani to visit the White House.', () => [], '2024-02-16',
      [['invitation to Prime Minister Sudani to visit the White House', 'visit', null]]],
    ['Secretary Blinken noted preparations for discussions on democracy and migration at the Summit of the Americas.', () => [], '2022-04-26',
      [['the Summit of the Americas', 'meeting', null]]],
    ['Treasury began convening meetings for states to share best practices.', () => [], '2022-10-28', []],
    ['The deputy will also meet with the next generation of entrepreneurs.', () => [], '2022-04-22', [['will also meet', 'meeting', null]]],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('travel announcements: place lists and times before "to"', () => {
  const rows: Row[] = [
    ['Sherman will travel to Brussels, Ankara, Jakarta, Phnom Penh, Bangkok, and Honolulu May 25 to June 4.',
      (t) => [time(t, 'May 25 to June 4', '2021-05-25', '2021-06-04')], '2021-05-21',
      [['will travel to Brussels, Ankara, Jakarta, Phnom Penh, Bangkok, and Honolulu May 25 to June 4', 'visit', 'May 25 to June 4']]],
    // a place in the list with "the" before it ("the West Bank") does not end the list
    ['Blinken will travel to Israel, the West Bank, Morocco, and Algeria March 26-30 to consult with partners.',
      (t) => [time(t, 'March 26-30', '2022-03-26', '2022-03-30')], '2022-03-24',
      [['will travel to Israel, the West Bank, Morocco, and Algeria March 26-30', 'visit', 'March 26-30']]],
    ['The delegation will travel to The Hague, the Netherlands, from May 22 to 25.',
      (t) => [time(t, 'from May 22 to 25', '2022-05-22', '2022-05-25')], '2022-05-20',
      [['will travel to The Hague, the Netherlands, from May 22 to 25', 'visit', 'from May 22 to 25']]],
    // …but a clause after a comma still parts the visit from a later time
    ['Blinken will travel to Israel, the first stop of a tour that ends in Algeria on March 30.',
      (t) => [time(t, 'on March 30', '2022-03-30', '2022-03-30')], '2022-03-24',
      [['will travel to Israel', 'visit', null], ['a tour that ends in Algeria on March 30', 'visit', 'on March 30']]],
    ['Donfried will travel to Copenhagen, Denmark, on March 28, where she will brief officials.',
      (t) => [time(t, 'on March 28', '2022-03-28', '2022-03-28')], '2022-03-25',
      [['will travel to Copenhagen, Denmark, on March 28', 'visit', 'on March 28']]],
    ['Nuland will travel May 10-12 to Marrakech, Morocco, to see partners.',
      (t) => [time(t, 'May 10-12', '2022-05-10', '2022-05-12')], '2022-05-10',
      [['will travel May 10-12 to Marrakech', 'visit', 'May 10-12']]],
    ['Kerry will travel to Palau April 10-16.', (t) => [time(t, 'April 10-16', '2022-04-10', '2022-04-16')], '2022-04-08',
      [['will travel to Palau April 10-16', 'visit', 'April 10-16']]],
    ['President Biden will attend the G7 Summit in Cornwall, UK, which is happening from June 11-13.',
      (t) => [time(t, 'from June 11-13', '2021-06-11', '2021-06-13')], '2021-04-23',
      [['the G7 Summit in Cornwall, UK, which is happening from June 11-13', 'meeting', 'from June 11-13']]],
    ['In Jakarta, she will meet Indonesian government officials to discuss the partnership.', () => [], '2021-05-21',
      [['will meet Indonesian government officials', 'meeting', null]]],
    ['They said the travel was useful.', () => [], '2021-05-21', []],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('noun phrases: adjectival heads, quantity nouns, "of" joins, occasions after a non-event', () => {
  const rows: Row[] = [
    ['He will participate in a ministerial support conference on Moldova.', () => [], '2022-04-02',
      [['a ministerial support conference on Moldova', 'meeting', null]]],
    ['He will take part in a food security ministerial on Friday.',
      (t) => [time(t, 'on Friday', '2022-06-24', '2022-06-24', { pastStart: '2022-06-17', pastEnd: '2022-06-17', relative: true, precision: 'day' })], '2022-06-22',
      [['a food security ministerial on Friday', 'meeting', 'on Friday']]],
    ['In Phnom Penh, the Deputy Secretary will hold a series of meetings.', () => [], '2021-05-21',
      [['a series of meetings', 'meeting', null]]],
    ['Sherman will lead the first meeting of the US-EU Dialogue on China.', () => [], '2021-05-21',
      [['the first meeting of the US-EU Dialogue on China', 'meeting', null]]],
    ['They committed to continuing these discussions at the next CNWG meeting next year.',
      (t) => [time(t, 'next year', '2022-01-01', '2022-12-31', { relative: true, precision: 'year' })], '2021-06-03',
      [['the next CNWG meeting next year', 'meeting', 'next year']]],
    ['The leaders will adopt the summit declaration.', () => [], '2021-06-03', []],
    ['We reiterated the intention to convene regular dialogues and consultations.', () => [], '2021-08-05', []],
    ['Ambassador Brink will lead our diplomatic mission in Ukraine.', () => [], '2022-04-26', []],
    ['President Biden stated that he would lead the discussions together.', () => [], '2021-06-12', []],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('a weekday alone does not make an event future: "Friday’s meeting" in a later readout', () => {
  const text = 'Investment has grown in the states represented in Friday’s meeting.';
  const times = [time(text, 'in Friday', '2024-06-07', '2024-06-07', { pastStart: '2024-05-31', pastEnd: '2024-05-31', relative: true, precision: 'day' })];
  assert.deepEqual(run(text, times, '2024-06-03'), []);
  const ahead = 'The leaders will review progress at Thursday’s meeting.';
  const t2 = [time(ahead, 'at Thursday', '2024-06-06', '2024-06-06', { pastStart: '2024-05-30', pastEnd: '2024-05-30', relative: true, precision: 'day' })];
  assert.deepEqual(run(ahead, t2, '2024-06-03').map((g) => [g.evidence, g.when]), [['Thursday’s meeting', 'at Thursday']]);
});

test('the pipeline quotes a possessive weekday as written: "Thursday’s meeting" -> "Thursday"', async () => {
  const { extractRecord } = await import('../src/pipeline/extract.ts');
  const r = extractRecord({ file: 'x', text: 'Readout of the Secretary’s Call with Minister X\nJune 3, 2024\n\nThe Secretary spoke today with Minister X. They will review progress at Thursday’s meeting in Paris.' });
  assert.deepEqual(r.plannedEvents.map((p) => [p.evidence, p.whenText, p.start]), [['Thursday’s meeting in Paris', 'Thursday', '2024-06-06']]);
});

/** A month without a year: the forward reading next year, the backward one this year (as the dates stage gives it). */
function monthNextYear(text: string, words: string, start: string, end: string, pastStart: string, pastEnd: string): TimeExpression {
  return time(text, words, start, end, { pastStart, pastEnd, yearImplied: true });
}

test('a month already past this year is next year’s when words say the event is ahead', () => {
  const rows: Row[] = [
    ['The 2nd India-Australia Annual Summit is scheduled to take place in January.',
      (t) => [monthNextYear(t, 'in January', '2024-01-01', '2024-01-31', '2023-01-01', '2023-01-31')], '2023-02-10',
      [['The 2nd India-Australia Annual Summit is scheduled to take place in January', 'meeting', 'in January']]],
    ['Minister Park invited Minister Rau to visit Korea in March, and Minister Rau accepted the invitation.',
      (t) => [monthNextYear(t, 'in March', '2024-03-01', '2024-03-31', '2023-03-01', '2023-03-31')], '2023-11-20',
      [['invited Minister Rau to visit Korea in March', 'visit', 'in March']]],
    ['They agreed to launch a Digital Partnership Council meeting in the spring.',
      (t) => [monthNextYear(t, 'in the spring', '2025-03-01', '2025-05-31', '2024-03-01', '2024-05-31')], '2024-06-10',
      [['a Digital Partnership Council meeting in the spring', 'meeting', 'in the spring']]],
    // No word says it is ahead: the month is this year's, gone.
    ['The Annual Summit in January produced results.',
      (t) => [monthNextYear(t, 'in January', '2024-01-01', '2024-01-31', '2023-01-01', '2023-01-31')], '2023-02-10', []],
    // An explicit year is never moved.
    ['The Annual Summit was scheduled to take place in January 2023.',
      (t) => [time(t, 'in January 2023', '2023-01-01', '2023-01-31')], '2023-02-10', []],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

/** {@link time} at the last occurrence of `words`. */
function lastTime(text: string, words: string, start: string, end: string): TimeExpression {
  const at = text.lastIndexOf(words);
  return { ...time(text, words, start, end), span: [at, at + words.length] };
}

test('repeats: the mention that says the event is ahead wins; differently named events on one date both stay', () => {
  const rows: Row[] = [
    ['Visit of External Affairs Minister to Singapore (March 21-23, 2024). External Affairs Minister will pay an official visit to Singapore from 21 to 23 March 2024.',
      (t) => [time(t, 'March 21-23, 2024', '2024-03-21', '2024-03-23'), time(t, 'from 21 to 23 March 2024', '2024-03-21', '2024-03-23')], '2024-03-20',
      [['an official visit to Singapore from 21 to 23 March 2024', 'visit', 'from 21 to 23 March 2024']]],
    ['He looked forward to the Summit of the Future in September. They agreed to meet again on the sidelines of the General Assembly in September.',
      (t) => [time(t, 'in September', '2024-09-01', '2024-09-30'), lastTime(t, 'in September', '2024-09-01', '2024-09-30')], '2024-01-15',
      [['the Summit of the Future in September', 'meeting', 'in September'], ['agreed to meet again on the sidelines of the General Assembly in September', 'meeting', 'in September']]],
    // The same named event twice: one.
    ['The ASEAN Summit will be held in Vientiane in October. Leaders look forward to the ASEAN Summit in October.',
      (t) => [time(t, 'in October', '2024-10-01', '2024-10-31'), lastTime(t, 'in October', '2024-10-01', '2024-10-31')], '2024-01-29',
      [['The ASEAN Summit will be held in Vientiane in October', 'meeting', 'in October']]],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('a document the text says will be signed is a signing', () => {
  const rows: Row[] = [
    ['Ministers agreed that the Defence Cooperation Agreement would be signed by the end of the year.',
      (t) => [time(t, 'by the end of the year', '2024-02-02', '2024-12-31')], '2024-02-02',
      [['the Defence Cooperation Agreement would be signed by the end of the year', 'signing', 'by the end of the year']]],
    ['A Memorandum of Understanding on currency swap is expected to be signed during the visit.', () => [], '2024-02-02',
      [['A Memorandum of Understanding on currency swap is expected to be signed', 'signing', null]]],
    ['The Joint Declaration was adopted and the Protocol will be signed in March.',
      (t) => [time(t, 'in March', '2024-03-01', '2024-03-31')], '2024-02-02',
      [['the Protocol will be signed in March', 'signing', 'in March']]],
    ['The agreement on visa exemption will not be signed this year.', () => [], '2024-02-02', []],
    ['The Agreement was signed in 2019.', (t) => [time(t, 'in 2019', '2019-01-01', '2019-12-31')], '2024-02-02', []],
    ['The agreement signed last year will be implemented.', () => [], '2024-02-02', []],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('a headline’s present "X, Y hold …" reports the meeting; "will hold", "agreed to hold" announce one', () => {
  const rows: Row[] = [
    ['UAE, Egypt hold Joint Committee meeting', () => [], '2023-10-03', []],
    ['Leaders hold talks on trade', () => [], '2023-10-03', []],
    ['They will coordinate each other hold a director-general-level working group.', () => [], '2023-10-03',
      [['a director-general-level working group', 'meeting', null]]],
    ['The two sides agreed to hold the next meeting of the joint committee in Cairo in 2024.',
      (t) => [time(t, 'in 2024', '2024-01-01', '2024-12-31')], '2023-10-03',
      [['the next meeting of the joint committee in Cairo in 2024', 'meeting', 'in 2024']]],
    ['India and Japan will hold the Annual Summit in Tokyo.', () => [], '2023-10-03', [['the Annual Summit in Tokyo', 'meeting', null]]],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('thanked for hosting, "earlier this month": the event is over', () => {
  const rows: Row[] = [
    ['The Secretary-General also thanked the President for hosting the UN Civil Society Conference in Nairobi earlier this month.',
      (t) => [time(t, 'earlier this month', '2024-05-01', '2024-05-22', { relative: true })], '2024-05-22', []],
    ['He thanked Japan for hosting the Summit in Hiroshima.', () => [], '2024-05-22', []],
    ['President Biden thanked President Nausėda for Lithuania’s hospitality in hosting the 2023 NATO Summit.', () => [], '2023-07-11', []],
    ['The Minister attended the Forum in Doha earlier this week.', () => [], '2024-05-22', []],
    // What is thanked for may still be ahead when the words say so.
    ['He thanked Japan for hosting the upcoming Summit in Hiroshima.', () => [], '2024-05-22', [['the upcoming Summit in Hiroshima', 'meeting', null]]],
    ['He thanked Japan for its offer to host the Summit in Hiroshima in July.',
      (t) => [time(t, 'in July', '2024-07-01', '2024-07-31')], '2024-05-22', [['the Summit in Hiroshima in July', 'meeting', 'in July']]],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('a meeting that is the subject of a reporting verb is the reported one ("The Meeting agreed …")', () => {
  const rows: Row[] = [
    ['The Meeting agreed that the 26th ACJCC Meeting will be convened in 2025.',
      (t) => [time(t, 'in 2025', '2025-01-01', '2025-12-31')], '2024-06-08',
      [['the 26th ACJCC Meeting will be convened in 2025', 'meeting', 'in 2025']]],
    ['The Summit also welcomed the progress made in 2025.', (t) => [time(t, 'in 2025', '2025-01-01', '2025-12-31')], '2024-06-08', []],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('a "since …" time dates a state, not the event: the next time in the clause does', () => {
  const rows: Row[] = [
    ['The two sides agreed to resume the High-level Economic Consultation, which has been suspended since 2016, within the year.',
      (t) => [time(t, 'since 2016', '2016-01-01', null as unknown as string), time(t, 'within the year', '2023-06-30', '2023-12-31')], '2023-06-30',
      [['the High-level Economic Consultation, which has been suspended since 2016, within the year', 'dialogue', 'within the year']]],
    ['The Summit, held annually since 2008, was cancelled.', (t) => [time(t, 'since 2008', '2008-01-01', null as unknown as string)], '2023-06-30', []],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('travel announcements: "is travelling to … from <dates ahead>", "travel on to", names with "of"', () => {
  const rows: Row[] = [
    ['Foreign Minister Annalena Baerbock is travelling to China from 13 to 15 April.',
      (t) => [time(t, 'from 13 to 15 April', '2023-04-13', '2023-04-15')], '2023-04-11',
      [['is travelling to China from 13 to 15 April', 'visit', 'from 13 to 15 April']]],
    ['The Minister is currently visiting Japan on 11 April.', (t) => [time(t, 'on 11 April', '2023-04-11', '2023-04-11')], '2023-04-11', []],
    ['The Minister is visiting Japan.', () => [], '2023-04-11', []],
    ['The Foreign Minister will also travel on to Bangladesh.', () => [], '2023-04-11', [['will also travel on to Bangladesh', 'visit', null]]],
    ['The Foreign Minister will then travel on to the Republic of Korea and Japan.', () => [], '2023-04-11',
      [['will then travel on to the Republic of Korea and Japan', 'visit', null]]],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('signing announced with a plural or unarticled document object', () => {
  const rows: Row[] = [
    ['On the occasion, the two Presidents are expected to sign agreements in the areas of agriculture and health.', () => [], '2024-03-15',
      [['expected to sign agreements', 'signing', null]]],
    ['The ministers will sign several cooperation agreements.', () => [], '2024-03-15', [['will sign several cooperation agreements', 'signing', null]]],
    ['The ministers will sign off on the budget.', () => [], '2024-03-15', []],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('a headline dated over two stated visits sums them up', () => {
  const text = 'Visit of Prime Minister to Poland and Ukraine (August 21-23, 2024). The Prime Minister will be on an official visit to Poland on 21-22 August 2024. Thereafter, Prime Minister will visit Ukraine on 23 August 2024.';
  const times = [time(text, 'August 21-23, 2024', '2024-08-21', '2024-08-23'), time(text, 'on 21-22 August 2024', '2024-08-21', '2024-08-22'), time(text, 'on 23 August 2024', '2024-08-23', '2024-08-23')];
  assert.deepEqual(run(text, times, '2024-08-19').map((g) => g.evidence), ['an official visit to Poland on 21-22 August 2024', 'will visit Ukraine on 23 August 2024']);
  // One stated visit inside a headline's dates: the headline is that visit's repeat or another event, kept as is.
  const one = 'Visit of Prime Minister to Poland (August 21-23, 2024). He will meet President Duda on 22 August 2024.';
  const t1 = [time(one, 'August 21-23, 2024', '2024-08-21', '2024-08-23'), time(one, 'on 22 August 2024', '2024-08-22', '2024-08-22')];
  assert.deepEqual(run(one, t1, '2024-08-19').map((g) => g.kind), ['visit', 'meeting']);
});

test('"meet"/"convene" dated right after the verb: a body meeting, a deadline, a season', () => {
  const rows: Row[] = [
    ['The Joint Economic Commission will convene at the end of next month.',
      (t) => [time(t, 'at the end of next month', '2023-12-21', '2023-12-31')], '2023-11-14',
      [['will convene at the end of next month', 'meeting', 'at the end of next month']]],
    ['The ministers will meet no later than March.', (t) => [time(t, 'no later than March', '2023-11-14', '2024-03-31')], '2023-11-14',
      [['will meet no later than March', 'meeting', 'no later than March']]],
    ['The Council will meet in the spring of next year.', (t) => [time(t, 'in the spring of next year', '2024-03-01', '2024-05-31')], '2023-11-14',
      [['will meet in the spring of next year', 'meeting', 'in the spring of next year']]],
    ['The ministers will meet towards the end of the year.', (t) => [time(t, 'the end of the year', '2023-09-01', '2023-12-31')], '2023-11-14',
      [['will meet towards the end of the year', 'meeting', 'the end of the year']]],
    ['The programme will meet the needs of farmers in March.', (t) => [time(t, 'in March', '2024-03-01', '2024-03-31')], '2023-11-14', []],
    ['The Working Group will reconvene in May.', (t) => [time(t, 'in May', '2024-05-01', '2024-05-31')], '2023-11-14',
      [['The Working Group will reconvene in May', 'meeting', 'in May']]],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('a counted round standing alone is a round of talks', () => {
  const rows: Row[] = [
    ['The leaders agreed to commence negotiations. The first round will be held in Male within the next two months.',
      (t) => [time(t, 'within the next two months', '2024-10-08', '2024-12-08')], '2024-10-08',
      [['The first round will be held in Male within the next two months', 'dialogue', 'within the next two months']]],
    ['The next round is planned for December.', (t) => [time(t, 'December', '2024-12-01', '2024-12-31')], '2024-10-08',
      [['The next round is planned for December', 'dialogue', 'December']]],
    ['Cooperation will continue all year round in 2025.', (t) => [time(t, 'in 2025', '2025-01-01', '2025-12-31')], '2024-10-08', []],
    ['The round table will be held in 2025.', (t) => [time(t, 'in 2025', '2025-01-01', '2025-12-31')], '2024-10-08', []],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('look forward to returning/receiving/attending; welcoming a new member is no visit', () => {
  const rows: Row[] = [
    ['"I look forward to returning to the region later in the year," Mr Peters said.',
      (t) => [time(t, 'later in the year', '2024-01-12', '2024-12-31')], '2024-01-12',
      [['look forward to returning to the region later in the year', 'visit', 'later in the year']]],
    ['The Prime Minister looked forward to receiving President Lula in Tokyo in May.',
      (t) => [time(t, 'in May', '2024-05-01', '2024-05-31')], '2024-01-12',
      [['looked forward to receiving President Lula in Tokyo in May', 'visit', 'in May']]],
    ['He said he looked forward to welcoming Sweden as a full member at the Vilnius Summit in July.',
      (t) => [time(t, 'in July', '2024-07-01', '2024-07-31')], '2024-01-12',
      [['the Vilnius Summit in July', 'meeting', 'in July']]],
    ['They look forward to attending the G20 Summit in New Delhi.', () => [], '2024-01-12', [['the G20 Summit in New Delhi', 'meeting', null]]],
    ['He looked forward to returning the favour.', () => [], '2024-01-12', []],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('a bid to host is no event; a dated event containing an undated first head replaces it', () => {
  const rows: Row[] = [
    ['First Vice Minister Cho asked for support for Korea’s bid to host the 2030 World Expo in Busan.', () => [], '2023-04-14', []],
    ['They supported the candidacy of Riyadh to host Expo 2030.', () => [], '2023-04-14', []],
    ['We looked forward to the 57th ASEAN Foreign Ministers’ Meeting (AMM) and Related Meetings in July.',
      (t) => [time(t, 'in July', '2024-07-01', '2024-07-31')], '2024-01-29',
      [['the 57th ASEAN Foreign Ministers’ Meeting (AMM) and Related Meetings in July', 'meeting', 'in July']]],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('a wish on a condition is no planned event; a first head folded into the dated phrase', () => {
  const rows: Row[] = [
    ['Türkiye hopes to hold the next meeting of the intergovernmental cooperation committee when conditions permit.', () => [], '2024-02-20', []],
    ['The two leaders hope to meet again in person if possible.', () => [], '2024-02-20', []],
    ['He hopes to visit Japan once the situation allows.', () => [], '2024-02-20', []],
    ['He hopes to hold a meeting in Tokyo.', () => [], '2024-02-20', [['a meeting in Tokyo', 'meeting', null]]],
    ['Ministers welcomed the upcoming 2+2 Ministerial Dialogue in November.', (t) => [time(t, 'in November', '2023-11-01', '2023-11-30')], '2023-07-21',
      [['the upcoming 2+2 Ministerial Dialogue in November', 'dialogue', 'in November']]],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('a bare "2+2" names the ministers’ meeting; before a head noun it is a modifier', () => {
  const rows: Row[] = [
    ['The Ministers committed to hold the next "2+2" in Tokyo in 2025.', (t) => [time(t, 'in 2025', '2025-01-01', '2025-12-31')], '2024-07-08',
      [['the next "2+2" in Tokyo in 2025', 'meeting', 'in 2025']]],
    ['Ministers decided to hold the next 2+2 in Japan next year.', (t) => [time(t, 'next year', '2025-01-01', '2025-12-31')], '2024-07-08',
      [['the next 2+2 in Japan next year', 'meeting', 'next year']]],
    ['The 2+2 Ministerial Dialogue will be held in November.', (t) => [time(t, 'in November', '2024-11-01', '2024-11-30')], '2024-07-08',
      [['The 2+2 Ministerial Dialogue will be held in November', 'dialogue', 'in November']]],
    ['The 2+2 format has proved useful.', () => [], '2024-07-08', []],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('"work toward", "hoped to visit", and "later this month" alone mark an event ahead', () => {
  const rows: Row[] = [
    ['They will work closely toward the Japan-Mekong Foreign Ministers’ Meeting in Kuala Lumpur later this month.',
      (t) => [time(t, 'later this month', '2025-09-03', '2025-09-30', { relative: true })], '2025-09-03',
      [['the Japan-Mekong Foreign Ministers’ Meeting in Kuala Lumpur later this month', 'meeting', 'later this month']]],
    ['Delegates discussed the Mekong Forum in Bangkok later this month.',
      (t) => [time(t, 'later this month', '2025-09-03', '2025-09-30', { relative: true })], '2025-09-03',
      [['the Mekong Forum in Bangkok later this month', 'meeting', 'later this month']]],
    ['Minister Motegi stated that he hoped to visit Viet Nam at an early date.', (t) => [time(t, 'at an early date', null, null)], '2025-09-03',
      [['hoped to visit Viet Nam at an early date', 'visit', 'at an early date']]],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('trips stated by departure ("leave for", "fly to", "proceed to") and calls on a named person', () => {
  const rows: Row[] = [
    ['The Minister will leave for Tokyo tomorrow.', (t) => [time(t, 'tomorrow', '2023-12-29', '2023-12-29', { relative: true, precision: 'day' })], '2023-12-28',
      [['will leave for Tokyo tomorrow', 'visit', 'tomorrow']]],
    ['He will then fly to Jakarta on 2 January.', (t) => [time(t, 'on 2 January', '2024-01-02', '2024-01-02', { precision: 'day' })], '2023-12-28',
      [['will then fly to Jakarta on 2 January', 'visit', 'on 2 January']]],
    ['EAM will call on Prime Minister Lee Hsien Loong.', () => [], '2023-12-28', [['will call on Prime Minister Lee Hsien Loong', 'meeting', null]]],
    ['The ministers will call on all parties to show restraint.', () => [], '2023-12-28', []],
    ['Voters will head to the polls in May.', (t) => [time(t, 'in May', '2024-05-01', '2024-05-31')], '2023-12-28', []],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('series parts, "will be visiting", a dated mention replacing an undated headline, "convene its next meeting"', () => {
  const rows: Row[] = [
    ['During the visit, the two Foreign Ministers will co-chair the 5th round of the Pakistan-China Strategic Dialogue.', () => [], '2024-09-02',
      [['the 5th round of the Pakistan-China Strategic Dialogue', 'dialogue', null]]],
    ['The delegations agreed that the next edition of the Dialogue will take place in Washington in 2024.',
      (t) => [time(t, 'in 2024', '2024-01-01', '2024-12-31')], '2023-10-05',
      [['the next edition of the Dialogue will take place in Washington in 2024', 'dialogue', 'in 2024']]],
    ['Foreign Minister to undertake official visit to China. The Foreign Minister will be visiting China from 4 to 6 September 2024.',
      (t) => [time(t, 'from 4 to 6 September 2024', '2024-09-04', '2024-09-06')], '2024-09-02',
      [['will be visiting China from 4 to 6 September 2024', 'visit', 'from 4 to 6 September 2024']]],
    ['The Joint Ministerial Committee for Iskandar Malaysia will convene its next meeting in the first quarter of 2024.',
      (t) => [time(t, 'in the first quarter of 2024', '2024-01-01', '2024-03-31')], '2023-10-30',
      [['its next meeting in the first quarter of 2024', 'meeting', 'in the first quarter of 2024']]],
    ['The Foreign Secretary will attend the OSCE Ministerial Council in Malta on 5-6 December.',
      (t) => [time(t, 'on 5-6 December', '2024-12-05', '2024-12-06')], '2024-05-02',
      [['the OSCE Ministerial Council in Malta on 5-6 December', 'meeting', 'on 5-6 December']]],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('ideas and standing practices are not planned events', () => {
  const rows: Row[] = [
    ['The sides agreed to explore the possibility of holding a trilateral summit.', () => [], '2024-03-05', []],
    ['They agreed to consider holding a business forum.', () => [], '2024-03-05', []],
    ['They agreed to hold annual consultations.', () => [], '2024-03-05', []],
    ['They agreed to hold the next annual consultations in Seoul in May.', (t) => [time(t, 'in May', '2024-05-01', '2024-05-31')], '2024-03-05',
      [['the next annual consultations in Seoul in May', 'dialogue', 'in May']]],
    ['The 2nd India-Australia Annual Summit will be held in Delhi.', () => [], '2024-03-05', [['The 2nd India-Australia Annual Summit will be held', 'meeting', null]]],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('a second verb under the same "will" names its own event; an adjectival head folds into the full name', () => {
  const rows: Row[] = [
    ['In Suva, I will meet Prime Minister Rabuka and co-chair the Fiji-Australia Ministerial Forum.', () => [], '2025-04-14',
      [['will meet Prime Minister Rabuka', 'meeting', null], ['the Fiji-Australia Ministerial Forum', 'meeting', null]]],
    ['Mr. Abe will visit Russia in September and hold a Summit Meeting with President Putin.',
      (t) => [time(t, 'in September', '2018-09-01', '2018-09-30')], '2018-07-31', [['will visit Russia in September', 'visit', 'in September']]],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('named gatherings: an Expo or the Olympics is an event of kind other, APEC a meeting', () => {
  const rows: Row[] = [
    ['Japan will host the Expo in Osaka in 2025.', (t) => [time(t, 'in 2025', '2025-01-01', '2025-12-31')], '2024-01-10',
      [['the Expo in Osaka in 2025', 'other', 'in 2025']]],
    ['They looked forward to APEC in November.', (t) => [time(t, 'in November', '2024-11-01', '2024-11-30')], '2024-01-10',
      [['APEC in November', 'meeting', 'in November']]],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('a headline infinitive announces ("EAM to visit Singapore from March 21-23"); "will be in X for a visit"', () => {
  const rows: Row[] = [
    ['EAM to visit Singapore from March 21-23', (t) => [time(t, 'from March 21-23', '2024-03-21', '2024-03-23')], '2024-03-19',
      [['EAM to visit Singapore from March 21-23', 'visit', 'from March 21-23']]],
    ['PM Modi to visit Poland, Ukraine next week', (t) => [time(t, 'next week', '2024-08-19', '2024-08-25')], '2024-08-15',
      [['PM Modi to visit Poland, Ukraine next week', 'visit', 'next week']]],
    ['The minister will be in Singapore for an official visit.', () => [], '2024-03-19', [['an official visit', 'visit', null]]],
    ['Efforts to visit the site failed.', () => [], '2024-03-19', []],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('a time ahead fronted before a comma dates the event of its sentence', () => {
  const rows: Row[] = [
    ['On March 12, Foreign Minister Sergey Lavrov will hold talks with Foreign Minister of Kazakhstan Murat Nurtleu.',
      (t) => [time(t, 'On March 12', '2024-03-12', '2024-03-12')], '2024-03-09',
      [['On March 12, Foreign Minister Sergey Lavrov will hold talks with Foreign Minister of Kazakhstan Murat Nurtleu', 'meeting', 'On March 12']]],
    ['Next week, the Minister will travel to Beijing.', (t) => [time(t, 'Next week', '2024-03-11', '2024-03-17')], '2024-03-09',
      [['Next week, the Minister will travel to Beijing', 'visit', 'Next week']]],
    ['In April, Sergey Lavrov is expected to visit Ankara.', (t) => [time(t, 'In April', '2024-04-01', '2024-04-30')], '2024-03-09',
      [['In April, Sergey Lavrov is expected to visit Ankara', 'visit', 'In April']]],
    // A fronted reporting date does not date what the report announces.
    ['On March 9, the ministers discussed the upcoming summit.', (t) => [time(t, 'On March 9', '2024-03-09', '2024-03-09')], '2024-03-09',
      [['the upcoming summit', 'meeting', null]]],
    // Nor does a fronted time make a past-tense event ahead.
    ['On December 15 and 16, the Prime Minister hosted a summit meeting and other events with the President.',
      (t) => [time(t, 'On December 15 and 16', '2017-12-15', '2017-12-16', { pastStart: '2016-12-15', pastEnd: '2016-12-16', yearImplied: true })], '2017-01-31', []],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('welcoming a guest for a named event is that event', () => {
  const rows: Row[] = [
    ['Australia looked forward to welcoming President Joko Widodo for the ASEAN-Australia Special Summit in Melbourne in March.',
      (t) => [time(t, 'in March', '2024-03-01', '2024-03-31')], '2024-02-02',
      [['the ASEAN-Australia Special Summit in Melbourne in March', 'meeting', 'in March']]],
    ['She looked forward to welcoming the Minister in Canberra.', () => [], '2024-02-02', [['looked forward to welcoming the Minister', 'visit', null]]],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('itineraries: a second leg with its own dates, and the undated headline they replace', () => {
  const text = 'Wang Yi to Visit Australia and New Zealand\nForeign Minister Wang Yi will visit New Zealand from March 17 to 19 and Australia from March 19 to 21, and hold the Dialogue.';
  const sentences = [{ span: [0, text.indexOf('\n')] as [number, number] }, { span: [text.indexOf('\n') + 1, text.length] as [number, number] }];
  const times = [time(text, 'from March 17 to 19', '2024-03-17', '2024-03-19'), time(text, 'from March 19 to 21', '2024-03-19', '2024-03-21')];
  const got = findPlannedEvents({ text, sentences, times, referenceDate: '2024-03-14' }).map((f) => [text.slice(f.span[0], f.span[1]), f.kind, f.time?.text ?? null]);
  assert.deepEqual(got, [
    ['will visit New Zealand from March 17 to 19', 'visit', 'from March 17 to 19'],
    ['Australia from March 19 to 21', 'visit', 'from March 19 to 21'],
  ]);
});

test('scheduling predicates: foreseen, envisaged, pencilled in, kick off, co-chaired, due to meet, takes place', () => {
  const nov = (t: string, w: string, s: string, e: string, ps: string, pe: string) => time(t, w, s, e, { pastStart: ps, pastEnd: pe, yearImplied: true });
  const rows: Row[] = [
    ['A ministerial meeting is envisaged in June.', (t) => [nov(t, 'in June', '2025-06-01', '2025-06-30', '2024-06-01', '2024-06-30')], '2024-11-14',
      [['A ministerial meeting is envisaged in June', 'meeting', 'in June']]],
    ['The negotiations will kick off in April.', (t) => [nov(t, 'in April', '2025-04-01', '2025-04-30', '2024-04-01', '2024-04-30')], '2024-11-14',
      [['The negotiations will kick off in April', 'dialogue', 'in April']]],
    ['A Council meeting is pencilled in for late April.', (t) => [nov(t, 'late April', '2025-04-21', '2025-04-30', '2024-04-21', '2024-04-30')], '2024-11-14',
      [['A Council meeting is pencilled in for late April', 'meeting', 'late April']]],
    ['The Joint Committee is due to meet in Brussels in October.', (t) => [nov(t, 'in October', '2025-10-01', '2025-10-31', '2024-10-01', '2024-10-31')], '2024-11-14',
      [['is due to meet in Brussels in October', 'meeting', 'in October']]],
    ['The summit takes place on 12 July in Washington.', (t) => [nov(t, 'on 12 July', '2025-07-12', '2025-07-12', '2024-07-12', '2024-07-12')], '2024-11-14',
      [['The summit takes place on 12 July', 'meeting', 'on 12 July']]],
    ['The summit took place on 12 July in Washington.', (t) => [nov(t, 'on 12 July', '2025-07-12', '2025-07-12', '2024-07-12', '2024-07-12')], '2024-11-14', []],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('"X, the first meeting of which will be held <time>" is one dated event', () => {
  const text = 'The Ministers decided to launch the Japan-Philippines Maritime Dialogue, the first meeting of which will be held within this year.';
  const got = run(text, [time(text, 'within this year', '2024-07-08', '2024-12-31')], '2024-07-08');
  assert.deepEqual(got.map((g) => [g.evidence, g.kind, g.when]), [
    ['the Japan-Philippines Maritime Dialogue, the first meeting of which will be held within this year', 'dialogue', 'within this year'],
  ]);
});

test('-ing nouns that name the event stay in its phrase ("a training mission", "a business forum")', () => {
  const rows: Row[] = [
    ['The Japan Coast Guard will dispatch a training mission to Manila in September.', (t) => [time(t, 'in September', '2024-09-01', '2024-09-30')], '2024-07-08',
      [['a training mission to Manila in September', 'mission', 'in September']]],
    ['They agreed to organise a business forum in Lagos next year.', (t) => [time(t, 'next year', '2025-01-01', '2025-12-31')], '2024-07-08',
      [['a business forum in Lagos next year', 'meeting', 'next year']]],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('deliveries: "will deliver <goods>" is an event, "will deliver a speech" is not', () => {
  const rows: Row[] = [
    ['Japan will deliver patrol vessels to the Philippines in 2025.', (t) => [time(t, 'in 2025', '2025-01-01', '2025-12-31')], '2024-07-08',
      [['will deliver patrol vessels to the Philippines in 2025', 'other', 'in 2025']]],
    // The speech is no event; the forum it is given at is.
    ['The Minister will deliver a keynote speech at the forum in 2025.', (t) => [time(t, 'in 2025', '2025-01-01', '2025-12-31')], '2024-07-08',
      [['the forum in 2025', 'meeting', 'in 2025']]],
    ['The government will deliver on its promises in 2025.', (t) => [time(t, 'in 2025', '2025-01-01', '2025-12-31')], '2024-07-08', []],
    // undated, a promise
    ['The agreement will deliver a fairer economy for working families.', () => [], '2024-07-08', []],
    ['The new pipeline will deliver a million barrels a day.', () => [], '2024-07-08', []],
  ];
  for (const [text, times, ref, want] of rows) assert.deepEqual(run(text, times(text), ref).map((g) => [g.evidence, g.kind, g.when]), want, text);
});

test('an undated headline infinitive gives way to the dated trip of the body', () => {
  const text = 'Secretary General to visit Japan and the Republic of Korea\nThe Secretary General will travel to the Republic of Korea and Japan from 29 January to 1 February 2023.';
  const sentences = [{ span: [0, text.indexOf('\n')] as [number, number] }, { span: [text.indexOf('\n') + 1, text.length] as [number, number] }];
  const times = [time(text, 'from 29 January to 1 February 2023', '2023-01-29', '2023-02-01')];
  const got = findPlannedEvents({ text, sentences, times, referenceDate: '2023-01-26' }).map((f) => text.slice(f.span[0], f.span[1]));
  assert.deepEqual(got, ['will travel to the Republic of Korea and Japan from 29 January to 1 February 2023']);
  // Alone, the headline is the announcement.
  const alone = 'Foreign Minister to travel to Asia';
  assert.deepEqual(run(alone, [], '2023-12-02').map((g) => [g.evidence, g.kind]), [['Foreign Minister to travel to Asia', 'visit']]);
});

test('without a printed date a past month is not moved to next year; long names are not cut on a joiner', () => {
  const text = 'They discussed the upcoming June 23 Second Berlin Conference on Libya.';
  const t = [time(text, 'June 23', '2022-06-23', '2022-06-23', { pastStart: '2021-06-23', pastEnd: '2021-06-23', yearImplied: true, precision: 'day' })];
  const sentences = [{ span: [0, text.length] as [number, number] }];
  // The reference is the latest date the text writes (December 2021), not a publication date: no guess of 2022.
  assert.deepEqual(findPlannedEvents({ text, sentences, times: t, referenceDate: '2021-12-31', referenceIsPublished: false }), []);
  assert.equal(findPlannedEvents({ text, sentences, times: t, referenceDate: '2021-12-31' })[0]?.time?.start, '2022-06-23');
  // The object runs over up to eight capitalised words joined by of/and/the, and never ends on a joiner.
  const names = 'The Secretary will meet with President Carlos Alvarado Quesada and Minister of Foreign Affairs Rodolfo Solano.';
  assert.deepEqual(run(names, [], '2021-05-27').map((g) => g.evidence), ['will meet with President Carlos Alvarado Quesada and Minister of Foreign Affairs Rodolfo']);
});
