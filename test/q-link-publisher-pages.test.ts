/**
 * One publisher, several pages on one meeting: the Kremlin posts "Talks with ..." and "News conference following ...
 * talks", the White House a readout and the leaders' joint remarks. They merge when they give one meeting date, one
 * published date and the same people for every side; a publisher's readouts of different meetings stay apart.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compareMeetings, meetingSidesOf, type MeetingSide } from '../src/linking/meeting-merge.ts';
import { doc, meeting, person, type MeetingSpec } from './linking-fixtures.ts';

function page(key: string, publisher: string, title: string, published: string, spec: MeetingSpec): MeetingSide {
  return meetingSidesOf(doc({ key, publisher, title, published, meetings: [meeting(spec)] }))[0]!;
}

const putin = person('Vladimir Putin', 'RU', 'President');
const erdogan = person('Recep Tayyip Erdogan', 'TR', 'President');
const blinken = person('Antony Blinken', 'US', 'Secretary of State');

describe('two pages of one publisher', () => {
  const cases: readonly [label: string, a: MeetingSide, b: MeetingSide, same: boolean][] = [
    ['talks and the news conference after them',
      page('k1', 'President of Russia', 'Talks with President of Türkiye Recep Tayyip Erdogan', '2023-09-04', { date: '2023-09-04', countries: ['RU', 'TR'], participants: [putin, erdogan], place: 'Sochi' }),
      page('k2', 'President of Russia', 'News conference following Russian-Turkish talks', '2023-09-04', { date: '2023-09-04', countries: ['RU', 'TR'], participants: [putin, person('Erdogan', 'TR')], place: 'Sochi' }),
      true],
    // Negative cases.
    ['two meetings of one trip: the Foreign Minister, then the President',
      page('s1', 'U.S. Department of State', "Secretary Blinken's Meeting with Foreign Minister Qin Gang", '2023-06-19', { date: '2023-06-19', level: null, countries: ['CN', 'US'], participants: [blinken, person('Qin Gang', 'CN', 'Foreign Minister')] }),
      page('s2', 'U.S. Department of State', "Secretary Blinken's Meeting with President Xi Jinping", '2023-06-19', { date: '2023-06-19', level: null, countries: ['CN', 'US'], participants: [blinken, person('Xi Jinping', 'CN', 'President')] }),
      false],
    ['one side names nobody of the other country',
      page('s1', 'U.S. Department of State', "Secretary Blinken's Meeting with Foreign Minister Qin Gang", '2023-06-19', { date: '2023-06-19', level: null, countries: ['CN', 'US'], participants: [blinken, person('Qin Gang', 'CN', 'Foreign Minister')] }),
      page('s3', 'U.S. Department of State', "Secretary Blinken's Meeting with Chinese Officials", '2023-06-19', { date: '2023-06-19', level: null, countries: ['CN', 'US'], participants: [blinken] }),
      false],
    ['one meeting date missing',
      page('k1', 'President of Russia', 'Talks with President of Türkiye', '2023-09-04', { date: '2023-09-04', countries: ['RU', 'TR'], participants: [putin, erdogan] }),
      page('k3', 'President of Russia', 'Statements for the press', '2023-09-04', { date: null, countries: ['RU', 'TR'], participants: [putin, erdogan] }),
      false],
    ['published on different days (a call the next day)',
      page('k1', 'President of Russia', 'Talks with President of Türkiye', '2023-09-04', { date: '2023-09-04', countries: ['RU', 'TR'], participants: [putin, erdogan] }),
      page('k4', 'President of Russia', 'Telephone conversation with President of Türkiye', '2023-09-05', { date: '2023-09-04', countries: ['RU', 'TR'], participants: [putin, erdogan] }),
      false],
  ];
  for (const [label, a, b, same] of cases) {
    test(label, () => {
      const decision = compareMeetings(a, b);
      assert.equal(decision.same, same, decision.blockers.map((x) => x.message).join('; '));
      assert.equal(compareMeetings(b, a).same, same, 'symmetric');
    });
  }
});
