/**
 * Planned events and past references in wordings met on the fourth unseen-publisher part (q2-plans): "meet his
 * counterpart", a courtesy call, binational cabinets, field assessments, a biennale, a National Day at a fair, "should
 * be signed", "witness the signing", a consulate opened, a headline that announces what the body states again, a
 * weekday alone written on that very weekday, and references closed by a participle after a comma. Each text carries
 * its dateline, so every interval is resolved against a date it states.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { noPlan, onePlan, plansOf, refsOf } from './plan-table.ts';

describe('"meet" with a counterpart or a leader as its object', () => {
  onePlan([
    ['Ankara, 3 January 2025\n\nTurkish Foreign Minister Hakan Fidan will meet his Azerbaijani counterpart Jeyhun Bayramov in Ankara on Monday.',
      'will meet his Azerbaijani counterpart Jeyhun Bayramov in Ankara on Monday', '2025-01-06', '2025-01-06', 'meeting'],
    ['Vienna, 27 May 2024\n\nBorg will meet the leadership of the country on 30 May.',
      'will meet the leadership of the country on 30 May', '2024-05-30', '2024-05-30', 'meeting'],
  ]);
  noPlan([
    'Ankara, 3 January 2025\n\nThe new plan will meet the needs of the ministers next year.',
    'Ankara, 3 January 2025\n\nThe project will meet the minister\'s expectations in 2025.',
  ]);
});

describe('event heads: courtesy calls, binational cabinets, field assessments, biennales, National Days', () => {
  onePlan([
    ['Putrajaya, 6 January 2025\n\nThe Minister will also pay a courtesy call on the Prime Minister of Thailand on 9 January.',
      'a courtesy call on the Prime Minister of Thailand on 9 January', '2025-01-09', '2025-01-09', 'meeting'],
    ['Bogotá, 14 March 2024\n\nThe Foreign Ministers agreed that the VII Colombia-Peru Binational Cabinet will take place in Leticia in the second half of the year.',
      'the VII Colombia-Peru Binational Cabinet will take place in Leticia in the second half of the year', '2024-07-01', '2024-12-31', 'meeting'],
    ['Addis Ababa, 14 January 2025\n\nA joint technical team will conduct a field assessment of the corridor from 3 to 7 March.',
      'a field assessment of the corridor from 3 to 7 March', '2025-03-03', '2025-03-07', 'survey'],
    ['Addis Ababa, 20 August 2024\n\nAngola is ready to host the Luanda Biennale for the Culture of Peace from 22 to 24 November 2024.',
      'the Luanda Biennale for the Culture of Peace from 22 to 24 November 2024', '2024-11-22', '2024-11-24', 'other'],
    ["Rome, 10 January 2025\n\nItaly's National Day at Expo 2025 Osaka will be celebrated on 10 August.",
      "Italy's National Day at Expo 2025 Osaka will be celebrated on 10 August", '2025-08-10', '2025-08-10', 'other'],
  ]);
  noPlan([
    'Putrajaya, 6 January 2025\n\nThe Minister paid a courtesy call on the Prime Minister on 5 January.',
    'Washington, 4 June 2024\n\nFurther damage assessments may follow in the coming weeks.',
    'Washington, 10 June 2024\n\nOther National Days of Action on Voting will follow on August 6, 2024.',
  ]);
});

describe('signings: "should be signed", "witness the signing"; an office opened', () => {
  onePlan([
    ['Islamabad, 14 November 2024\n\nHe underlined that the framework agreement on the Trans-Afghan Railway should be signed at an early date.',
      'the framework agreement on the Trans-Afghan Railway should be signed at an early date', null, null, 'signing'],
    ['Kuala Lumpur, 9 December 2024\n\nThe two leaders are expected to witness the signing of several memoranda of understanding on 7 January.',
      'the signing of several memoranda of understanding on 7 January', '2025-01-07', '2025-01-07', 'signing'],
    ["Helsinki, 13 November 2024\n\nIn Phnom Penh, she will open Finland's new honorary consulate on 22 November.",
      "will open Finland's new honorary consulate on 22 November", '2024-11-22', '2024-11-22', 'other'],
  ]);
  noPlan([
    'Islamabad, 14 November 2024\n\nThe framework agreement on the railway was signed in 2023.',
    'Kuala Lumpur, 9 December 2024\n\nThe two leaders witnessed the signing of several memoranda on 8 December.',
  ]);
  it('a document to be signed is no past reference', () => {
    assert.deepEqual(refsOf('Islamabad, 14 November 2024\n\nHe underlined that the framework agreement on the Trans-Afghan Railway should be signed at an early date.'), []);
  });
});

describe('a weekday alone, written on that weekday, is the next one', () => {
  onePlan([
    ['Helsinki, Friday 15 November 2024\n\nThe ministers will meet in Hanoi on Friday.', 'will meet in Hanoi on Friday', '2024-11-22', '2024-11-22', 'meeting'],
    ['Helsinki, Friday 15 November 2024\n\nThe ministers will meet in Hanoi on Monday.', 'will meet in Hanoi on Monday', '2024-11-18', '2024-11-18', 'meeting'],
    ['Helsinki, Friday 15 November 2024\n\nThe ministers will meet in Hanoi today.', 'will meet in Hanoi today', '2024-11-15', '2024-11-15', 'meeting'],
    ['Helsinki, Friday 15 November 2024\n\nThe ministers will meet in Hanoi on Friday 15 November.', 'will meet in Hanoi on Friday 15 November', '2024-11-15', '2024-11-15', 'meeting'],
  ]);
});

describe('a headline announcing what the body states is one event, with the body\'s evidence', () => {
  onePlan([
    ['Lavrov to hold talks with Mongolian counterpart\n\nMOSCOW, March 12, 2024. Sergey Lavrov will hold talks with Mongolian Foreign Minister Batmunkh Battsetseg in Moscow on March 14.',
      'talks with Mongolian Foreign Minister Batmunkh Battsetseg in Moscow on March 14', '2024-03-14', '2024-03-14', 'meeting'],
    ["Anwar, Wong to hold annual Leaders' Retreat in January\n\nKUALA LUMPUR, Dec 9, 2024 -- Prime Minister Anwar Ibrahim will host his Singapore counterpart for the 11th Malaysia-Singapore Leaders' Retreat in Putrajaya on Jan 7.",
      "the 11th Malaysia-Singapore Leaders' Retreat in Putrajaya on Jan 7", '2025-01-07', '2025-01-07', 'meeting'],
    ['Colombia and Peru agree to hold Binational Cabinet in the second half of the year\n\nBogotá, 14 March 2024. The Ministers agreed that the VII Colombia-Peru Binational Cabinet will take place in Leticia in the second half of the year.',
      'the VII Colombia-Peru Binational Cabinet will take place in Leticia in the second half of the year', '2024-07-01', '2024-12-31', 'meeting'],
  ]);
  it('a first line that is a sentence is no headline: both events stay', () => {
    const plans = plansOf('Vice President Harris will travel to Paris, France in November 2021.\nFOR IMMEDIATE RELEASE October 22, 2021\nShe will meet President Macron on November 10.');
    assert.deepEqual(plans.map((p) => p.kind), ['visit', 'meeting']);
  });
  it('a headline event of another kind than the body\'s stays', () => {
    const plans = plansOf('Minister to attend OSCE Ministerial Council\n\nVienna, 27 November 2024. The Minister will travel to Malta on 4 December.');
    assert.equal(plans.length, 2, JSON.stringify(plans));
  });
});

describe('references closed by a participle after a comma', () => {
  const rows: readonly (readonly [string, string])[] = [
    ['Athens, 22 January 2025\n\nThe two Ministers recalled the last trilateral meeting, held in Yerevan in 2023.', 'the last trilateral meeting, held in Yerevan in 2023'],
    ['Athens, 22 January 2025\n\nThe two Ministers recalled the last meeting, which was held in Yerevan in 2023.', 'the last meeting, which was held in Yerevan in 2023'],
  ];
  for (const [text, evidence] of rows) it(evidence, () => assert.deepEqual(refsOf(text), [evidence]));
  it('a generic "the recent meeting," with no participle is no reference', () => {
    assert.deepEqual(refsOf('Athens, 22 January 2025\n\nThey discussed the recent meeting, and agreed to meet again.'), []);
  });
});
