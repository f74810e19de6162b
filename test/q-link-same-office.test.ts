/**
 * One office, one holder: two reports of one meeting whose names for a participant do not match (a misread name,
 * "Salman bin Abdulaziz Al Saud" for the Crown Prince) still agree when both give the same single-holder office of
 * the same country; different offices, or offices several people hold, still keep two meetings apart.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sameOfficeHolder, singleOfficesOf } from '../src/linking/office-titles.ts';
import { compareMeetings, meetingSidesOf } from '../src/linking/meeting-merge.ts';
import { doc, meeting, person } from './linking-fixtures.ts';
import type { Participant } from '../src/domain/record.ts';

describe('singleOfficesOf', () => {
  const cases: readonly [title: string | null, offices: string[]][] = [
    ['Crown Prince and Prime Minister', ['crown-prince', 'head-of-government']],
    ['Prime Minister of Japan', ['head-of-government']],
    ['Japanese Prime Minister', ['head-of-government']],
    ['President of the Republic of Korea', ['head-of-state']],
    ['State Councilor and Foreign Minister', ['foreign-minister']],
    ['Minister for Europe and Foreign Affairs', ['foreign-minister']],
    ['Secretary of State', ['foreign-minister']],
    ['External Affairs Minister', ['foreign-minister']],
    ['Federal Chancellor', ['head-of-government']],
    // Offices several people hold, an organisation's offices, former holders, no title.
    ['President of the European Commission', []],
    ['Deputy Prime Minister', []],
    ['Minister', []],
    ['State Councilor', []],
    ['Secretary of State for Foreign, Commonwealth and Development Affairs', []],
    ['former President', []],
    ['Director of the Office of the Central Foreign Affairs Commission', []],
    [null, []],
  ];
  for (const [title, offices] of cases) test(String(title), () => assert.deepEqual([...singleOfficesOf(title)].sort(), offices.sort()));
});

test('sameOfficeHolder needs one known country', () => {
  assert.equal(sameOfficeHolder({ country: 'SA', title: 'Crown Prince and Prime Minister' }, { country: 'SA', title: 'Crown Prince' }), true);
  assert.equal(sameOfficeHolder({ country: 'IN', title: 'Prime Minister' }, { country: 'GB', title: 'Prime Minister' }), false);
  assert.equal(sameOfficeHolder({ country: null, title: 'Prime Minister' }, { country: null, title: 'Prime Minister' }), false);
  assert.equal(sameOfficeHolder({ country: 'IN', title: 'Prime Minister' }, { country: 'IN', title: 'External Affairs Minister' }), false);
});

describe('compareMeetings with names that do not match', () => {
  const blinken = person('Antony Blinken', 'US', 'Secretary of State');
  const side = (key: string, publisher: string, date: string, counterpart: Participant, countries = ['SA', 'US']) =>
    meetingSidesOf(doc({ key, published: date, publisher, meetings: [meeting({ date, level: 'other', countries, participants: [blinken, counterpart], place: 'Jeddah' })] }))[0]!;
  const cases: readonly [label: string, a: Participant, b: Participant, same: boolean][] = [
    ['a misread name, the same office', person('Mohammed bin Salman', 'SA', 'Crown Prince and Prime Minister'), person('Salman bin Abdulaziz Al Saud', 'SA', 'Crown Prince and Prime Minister'), true],
    ['an unusual spelling, the same office', person('Mohammed bin Salman', 'SA', 'Crown Prince'), person('Muhammad ibn Salman', 'SA', 'Crown Prince and Prime Minister'), true],
    ['two people, two offices (Crown Prince, Foreign Minister): two meetings', person('Mohammed bin Salman', 'SA', 'Crown Prince and Prime Minister'), person('Faisal bin Farhan', 'SA', 'Minister of Foreign Affairs'), false],
    ['two people, offices several hold: two meetings', person('Adel al-Jubeir', 'SA', 'Minister of State'), person('Ibrahim Al-Assaf', 'SA', 'Minister of State'), false],
    ['two people, no titles: two meetings', person('Mohammed bin Salman', 'SA'), person('Faisal bin Farhan', 'SA'), false],
  ];
  for (const [label, a, b, same] of cases) {
    test(label, () => {
      const decision = compareMeetings(side('state', 'U.S. Department of State', '2023-06-06', a), side('spa', 'Saudi Press Agency', '2023-06-07', b));
      assert.equal(decision.same, same, decision.blockers.map((x) => x.message).join('; '));
      if (same) assert.ok(decision.matched.some((m) => m.field === 'participants' && /same office/.test(m.note ?? '')));
    });
  }
});
