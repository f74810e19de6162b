/**
 * Meeting place written after a named building ("at the Ministry of Foreign Affairs, Bangkok"), and a venue whose city
 * the dateline names ("Rome, ... at the Farnesina"): the place is the city; the venue stays when no city is given.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';
import { venueCity } from '../src/stages/places/place-finder.ts';

const cases: [text: string, place: string | null][] = [
  ['On 8 February 2024, Mr. Parnpree Bahiddha-Nukara, Minister of Foreign Affairs, held talks with H.E. Mr. Sok Chenda Sophea, Minister of Foreign Affairs of Cambodia, at the Ministry of Foreign Affairs, Bangkok.', 'Bangkok'],
  ['On 8 March 2024, Foreign Minister Bui Thanh Son met Foreign Minister Penny Wong at the Government Guest House, Hanoi.', 'Hanoi'],
  ['Rome, 10 February 2024\n\nMinister Antonio Tajani met today at the Farnesina with US Secretary of State Antony Blinken.', 'Rome'],
  ['Brussels, 10 February 2024\n\nThe Secretary General met Prime Minister Kishida at NATO Headquarters.', 'Brussels'],
  // negative: the dateline names another city than the venue's; a venue with no city of its own
  ['Paris, 10 February 2024\n\nMinister Antonio Tajani met today at the Farnesina with US Secretary of State Antony Blinken.', 'Farnesina'],
  ['Washington, 10 February 2024\n\nPresident Biden met Prime Minister Kishida at Camp David.', 'Camp David'],
];

test('meeting place after a building, and a venue in the dateline city', () => {
  for (const [text, place] of cases) {
    const m = extractRecord({ file: 't', text }).meetings[0];
    assert.ok(m, text);
    assert.equal(m.place, place, text);
    if (m.provenance.place) assert.equal(text.slice(m.provenance.place.start, m.provenance.place.end), m.provenance.place.text);
  }
});

test('venue cities come from the venue list', () => {
  assert.equal(venueCity('Farnesina'), 'Rome');
  assert.equal(venueCity('Great Hall of the People'), 'Beijing');
  assert.equal(venueCity('Camp David'), null);
  assert.equal(venueCity('Rome'), null);
});
