/**
 * A place after "to" in the lead is the meeting's place only when it is where a participant travelled or was welcomed
 * ("travelled to", "visit to", "welcomed ... to", "led a delegation to"); a place things were sent or brought to says
 * nothing of where the meeting was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const PUBLISHED = '2024-09-18';

/** [text, expected meeting place] */
const cases: [text: string, place: string | null][] = [
  // a participant's destination
  ['National Security Advisor Jake Sullivan traveled to Riyadh, where he met with Crown Prince Mohammed bin Salman on September 17.', 'Riyadh'],
  // (the White House is read as its city)
  ['President Biden welcomed Prime Minister Giorgia Meloni of Italy to the White House today.', 'Washington'],
  ['Prime Minister Anthony Albanese welcomed External Affairs Minister Dr. S. Jaishankar to Canberra for the Foreign Ministers’ Framework Dialogue.', 'Canberra'],
  ['Welcome to Chisinau. Secretary Blinken met with President Maia Sandu today.', 'Chisinau'],
  ['During her visit to Ulaanbaatar, Deputy Secretary Sherman met with Foreign Minister Battsetseg Batmunkh.', 'Ulaanbaatar'],
  ['Homeland Security Advisor Liz Sherwood-Randall led an interagency delegation to Paris and met with Interior Minister Gérald Darmanin.', 'Paris'],
  ['Foreign Minister Penny Wong met Foreign Minister Wang Yi in Beijing on Tuesday.', 'Beijing'],
  // not a destination of anyone meeting
  ['Foreign Minister Ali Youssef met with the UN envoy Ramtane Lamamra to discuss the humanitarian aid shipped to Port Sudan.', null],
  ['Minister Ahmed Attaf received Ambassador John Smith and discussed the flights allowed to proceed to Amman.', null],
  ['President Biden met with artists who brought their talents to the White House.', null],
];

for (const [text, place] of cases) {
  test(`place of: ${text.slice(0, 80)}…`, () => {
    const m = extractRecord({ file: 't', text, published: PUBLISHED }).meetings[0];
    assert.ok(m, 'a meeting');
    assert.equal(m.place, place);
  });
}
