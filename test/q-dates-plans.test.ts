/**
 * Planned events in readouts from ministries outside the dev set: what is planned, and the interval of its time.
 * Each text carries its own dateline, so every interval is resolved against a date it states.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const plansOf = (text: string) =>
  extractRecord({ file: 't.txt', text }).plannedEvents.map((p) => ({ evidence: p.evidence, whenText: p.whenText, start: p.start, end: p.end, kind: p.kind }));

describe('a joint intergovernmental body convened is a meeting', () => {
  const rows: readonly (readonly [string, string, string | null, string | null, string | null])[] = [
    ['Manila, 30 January 2024 – The two Secretaries agreed to convene the 11th Philippines-Vietnam Joint Commission on Bilateral Cooperation in Hanoi during the first half of 2025.',
      'the 11th Philippines-Vietnam Joint Commission on Bilateral Cooperation in Hanoi during the first half of 2025', 'during the first half of 2025', '2025-01-01', '2025-06-30'],
    ['Islamabad, 7 March 2024\n\nThe Foreign Minister underscored Pakistan\'s readiness to host the Inter-Governmental Commission at an early date.',
      'the Inter-Governmental Commission at an early date', 'at an early date', null, null],
  ];
  for (const [text, evidence, whenText, start, end] of rows) {
    it(evidence, () => {
      const found = plansOf(text).find((p) => p.evidence === evidence);
      assert.ok(found, JSON.stringify(plansOf(text)));
      assert.deepEqual([found.whenText, found.start, found.end, found.kind], [whenText, start, end, 'meeting']);
    });
  }
  for (const text of [
    'Islamabad, 7 March 2024\n\nThe Joint Commission discussed trade and energy on 6 March 2024.',
    'Islamabad, 7 March 2024\n\nMinisters welcomed the work of the Joint Committee in 2023.',
  ]) {
    it(`no plan: ${text.split('\n').at(-1)}`, () => assert.deepEqual(plansOf(text), []));
  }
});

describe('times from ministries outside the dev set, end to end', () => {
  const rows: readonly (readonly [string, string, string, string, string])[] = [
    ['Warsaw, 20.03.2024\n\nPoland and Chile will sign a memorandum on cooperation in the field of mining on 4/5 April in Warsaw.', 'on 4/5 April', '2024-04-04', '2024-04-05', 'signing'],
    ['Astana, 12.03.2024 – The next meeting of the Intergovernmental Commission will be held in Warsaw on 21-22.05.2024.', 'on 21-22.05.2024', '2024-05-21', '2024-05-22', 'meeting'],
    ['Rome, 14 May 2024 - The Italy-Argentina Business Forum will take place in Milan on the 30th.', 'on the 30th', '2024-05-30', '2024-05-30', 'meeting'],
    ['Ottawa, April 4, 2024\n\nThey agreed that the next 2+2 Dialogue would take place in Tokyo in late summer.', 'in late summer', '2024-08-01', '2024-08-31', 'dialogue'],
    ['Cairo, Sunday, 3 December 2023\n\nThe two ministers agreed to meet in Madrid early in the new year.', 'early in the new year', '2024-01-01', '2024-04-30', 'meeting'],
    ['Oslo, 23/04/2024\n\nMr Eide said Norway will host the Ocean Conference in Oslo on 10/06/2024.', 'on 10/06/2024', '2024-06-10', '2024-06-10', 'meeting'],
  ];
  for (const [text, whenText, start, end, kind] of rows) {
    it(`${whenText} in ${JSON.stringify(text.slice(0, 40))}`, () => {
      const found = plansOf(text).find((p) => p.whenText === whenText);
      assert.ok(found, JSON.stringify(plansOf(text)));
      assert.deepEqual([found.start, found.end, found.kind], [start, end, kind]);
    });
  }
});

describe('more house styles: bi-national commissions, "expect to", quarters and fortnights', () => {
  const rows: readonly (readonly [string, string, string, string, string])[] = [
    ['Abuja, 8th February, 2024\n\nBoth sides agreed to convene the Nigeria-Germany Bi-National Commission in Berlin in Q2 2024.', 'in Q2 2024', '2024-04-01', '2024-06-30', 'meeting'],
    ['Dublin, Thursday, 7 March 2024\n\nThe Ireland-Egypt Joint Economic Committee is scheduled to meet in Dublin at the end of Q3.', 'at the end of Q3', '2024-09-01', '2024-09-30', 'meeting'],
    ['Dublin, Thursday, 7 March 2024\n\nThe Tánaiste will travel to Cairo in the week beginning 18 March.', 'in the week beginning 18 March', '2024-03-18', '2024-03-24', 'visit'],
    ['Madrid, 18 October 2024\n\nAlbares will travel to Rabat in the second fortnight of November.', 'in the second fortnight of November', '2024-11-16', '2024-11-30', 'visit'],
    // Reported speech: "would be visiting" is the trip ahead, as "is travelling to" is.
    ['Abuja, 8th February, 2024\n\nDr. Lindner informed that the Chancellor would be visiting Ghana from 3 to 5 May.', 'from 3 to 5 May', '2024-05-03', '2024-05-05', 'visit'],
  ];
  for (const [text, whenText, start, end, kind] of rows) {
    it(`${whenText} in ${JSON.stringify(text.split('\n').at(-1)?.slice(0, 50))}`, () => {
      const found = plansOf(text).find((p) => p.whenText === whenText);
      assert.ok(found, JSON.stringify(plansOf(text)));
      assert.deepEqual([found.start, found.end, found.kind], [start, end, kind]);
    });
  }
});

describe('a reported meeting is not dated by a later time in its sentence', () => {
  it('the agreement to be signed, not "The meeting focused on ..."', () => {
    const text = 'Rome, 14 May 2024 - The meeting focused on bilateral cooperation and the EU-Mercosur agreement, which Italy hopes will be signed in the second half of the year.';
    const plans = plansOf(text);
    assert.deepEqual(plans.map((p) => [p.kind, p.whenText, p.start, p.end]), [['signing', 'in the second half of the year', '2024-07-01', '2024-12-31']]);
    assert.ok(plans[0]?.evidence.startsWith('the EU-Mercosur agreement'), plans[0]?.evidence);
  });
  for (const text of [
    'Bangkok, 10 May 2022\n\nThis year’s Dialogue addressed a wide range of issues, including plans for the coming year.',
    'Washington, 13 February 2023\n\nThe meeting centred on efforts in the coming year.',
  ]) {
    it(`no plan: ${text.split('\n').at(-1)}`, () => assert.deepEqual(plansOf(text), []));
  }
});

describe('a second coordinated verb keeps its time', () => {
  it('the consultations keep their vague time, not the signing deadline after "and to sign"', () => {
    const text = 'Manila, 30 January 2024 – They also agreed to hold the Philippines-Vietnam Political Consultations at the earliest possible time and to sign a Memorandum of Understanding on Rice Trade Cooperation by the end of Q1.';
    const consultations = plansOf(text).find((p) => p.kind === 'dialogue');
    assert.ok(consultations, JSON.stringify(plansOf(text)));
    assert.deepEqual([consultations.evidence, consultations.whenText, consultations.start, consultations.end],
      ['the Philippines-Vietnam Political Consultations at the earliest possible time', 'at the earliest possible time', null, null]);
  });
});
