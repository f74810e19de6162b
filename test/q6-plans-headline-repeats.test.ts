/**
 * A headline's announced event that the body states again is one planned event, with the body's evidence (q6-plans,
 * cause 6 of test/fixtures/q2-unseen6/DIAGNOSIS.md): "ECOWAS Authority to hold Extraordinary Summit" over "will hold an
 * Extraordinary Summit on Saturday in Abuja" (the headline names nothing but generic words, and the head is the same),
 * "UGANDA TO HOST THE 19TH NAM SUMMIT" over "the 19th Summit of ... the Non-Aligned Movement" (an acronym of the body's
 * name, in either direction, joiners such as "of" optional). Each text carries its dateline; the negative rows are
 * headlines naming another event, or a time the body's event is not in, which must stay two events.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { onePlan, plansOf } from './plan-table.ts';

/** [text, expected plans as [evidence, start, end]] */
type ManyRow = readonly [string, readonly (readonly [string, string | null, string | null])[]];

function plansAre(rows: readonly ManyRow[]): void {
  for (const [text, want] of rows) {
    it(text.split('\n')[0] ?? text, () => {
      assert.deepEqual(plansOf(text).map((p) => [p.evidence, p.start, p.end]), want);
    });
  }
}

describe('a headline event the body repeats is one event, stated by the body', () => {
  onePlan([
    // The headline names nothing beyond generic words ("Extraordinary", "Summit"); the head noun is the body's.
    ['ECOWAS\nPress Release\n\nECOWAS Authority to hold Extraordinary Summit\n\nAbuja, 20th February 2024. The ECOWAS Commission announces that the Authority of Heads of State and Government will hold an Extraordinary Summit on Saturday in Abuja, to examine the situation in the region.',
      'an Extraordinary Summit on Saturday in Abuja', '2024-02-24', '2024-02-24', 'meeting'],
    ['Foreign Minister to pay official visit\n\nBrasília, 3 May 2024\n\nThe Foreign Minister will pay an official visit to Japan from 10 to 12 May.',
      'an official visit to Japan from 10 to 12 May', '2024-05-10', '2024-05-12', 'visit'],
    // An acronym in the headline (capitals), the name spelled out in the body.
    ['UGANDA TO HOST THE 19TH NAM SUMMIT\n\nKampala, 20th November 2023\n\nThe 19th Summit of Heads of State and Government of the Non-Aligned Movement will take place in Kampala from 19th to 20th January 2024.',
      'The 19th Summit of Heads of State and Government of the Non-Aligned Movement will take place in Kampala from 19th to 20th January 2024', '2024-01-19', '2024-01-20', 'meeting'],
    // The name spelled out in the headline, the acronym in the body; "of" gives the acronym a letter.
    ['Kazakhstan to host Shanghai Cooperation Organisation Summit\n\nAstana, 2 May 2024\n\nThe SCO Summit will take place in Astana on 3-4 July.',
      'The SCO Summit will take place in Astana on 3-4 July', '2024-07-03', '2024-07-04', 'meeting'],
    ['Nigeria to host Economic Community of West African States summit\n\nAbuja, 2 May 2024\n\nThe ECOWAS Summit will be held on 3 July.',
      'The ECOWAS Summit will be held on 3 July', '2024-07-03', '2024-07-03', 'meeting'],
  ]);
});

describe('a headline naming another event, or a time the body event is not in, stays an event of its own', () => {
  plansAre([
    // Both named, no shared word, no acronym of the other: two summits.
    ['Minister to attend G20 Summit\n\nPretoria, 3 May 2024\n\nThe President will host the SADC Summit in Pretoria on 17 August.',
      [['G20 Summit', null, null], ['the SADC Summit in Pretoria on 17 August', '2024-08-17', '2024-08-17']]],
    ['President to host BRICS summit\n\nPretoria, 3 May 2024\n\nThe President will attend the NAM Summit in Kampala on 17 August.',
      [['BRICS summit', null, null], ['the NAM Summit in Kampala on 17 August', '2024-08-17', '2024-08-17']]],
    // An acronym that is not the body's name.
    ['UGANDA TO HOST THE NAM SUMMIT\n\nKampala, 20th November 2023\n\nThe Summit of the Group of 77 and China will take place in Kampala from 21st to 22nd January 2024.',
      [['THE NAM SUMMIT', null, null], ['The Summit of the Group of 77 and China will take place in Kampala from 21st to 22nd January 2024', '2024-01-21', '2024-01-22']]],
    // Another head noun ("meeting" of a council, not the summit).
    ['ECOWAS Authority to hold Extraordinary Summit\n\nAbuja, 20th February 2024. The Council of Ministers will hold a meeting on Friday in Abuja.',
      [['Extraordinary Summit', null, null], ['a meeting on Friday in Abuja', '2024-02-23', '2024-02-23']]],
    // The headline's time does not hold the body's.
    ['Ministers to hold talks in March\n\nRiga, 3 January 2024\n\nThe ministers will hold talks in Riga on 5 May.',
      [['talks in March', '2024-03-01', '2024-03-31'], ['talks in Riga on 5 May', '2024-05-05', '2024-05-05']]],
  ]);
});
