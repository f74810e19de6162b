import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PlaceMention } from '../src/domain/mentions.ts';
import { findPlaces } from '../src/stages/places/place-finder.ts';

function show(mentions: readonly PlaceMention[]): string[] {
  return mentions.map((m) => `${m.text}=${m.name}/${m.country ?? '-'}/${m.rule}`);
}

/** [text, expected mentions as "surface=name/country/rule"] — the whole list, in order. */
const positives: readonly (readonly [string, readonly string[]])[] = [
  ['held in New York on the margins', ['New York=New York/US/places/city']],
  ['in New York City', ['New York City=New York/US/places/city']],
  ['in Phnom Penh, Cambodia', ['Phnom Penh=Phnom Penh/KH/places/capital']],
  ['the summit in Da Nang', ['Da Nang=Da Nang/VN/places/city']],
  ['in Danang', ['Danang=Da Nang/VN/places/city']],
  ['in Saint Petersburg and St. Petersburg', ['Saint Petersburg=St. Petersburg/RU/places/city', 'St. Petersburg=St. Petersburg/RU/places/city']],
  ['Washington, D.C. and Washington', ['Washington, D.C.=Washington/US/places/capital', 'Washington=Washington/US/places/capital']],
  ['in Vladivostok', ['Vladivostok=Vladivostok/RU/places/city']],
  ['in Sharm el-Sheikh', ['Sharm el-Sheikh=Sharm el-Sheikh/EG/places/city']],
  ['G7 Summit in Cornwall at Carbis Bay', ['Cornwall=Cornwall/GB/places/city', 'Carbis Bay=Carbis Bay/GB/places/city']],
  ['in Nagato, Yamaguchi', ['Nagato=Nagato/JP/places/city', 'Yamaguchi=Yamaguchi/JP/places/city']],
  ['Singapore and Luxembourg', ['Singapore=Singapore/SG/places/capital', 'Luxembourg=Luxembourg/LU/places/capital']],
  ['Mexico City and Kuwait City', ['Mexico City=Mexico City/MX/places/capital', 'Kuwait City=Kuwait City/KW/places/capital']],
  ['in Kiev', ['Kiev=Kyiv/UA/places/capital']],
  ['at Camp David', ['Camp David=Camp David/US/places/venue']],
  ['in Bogotá', ['Bogotá=Bogotá/CO/places/capital']],
  ['in N’Djamena', ['N’Djamena=N\'Djamena/TD/places/capital']],
];

const negatives: readonly string[] = [
  'the Paris Agreement', 'the Minsk agreements', 'the Kyoto Protocol', 'at 10 a.m. Moscow time', 'the Shanghai Cooperation Organisation',
  'Mexico', 'New Mexico', 'the Washington Post', 'George Washington', 'Georgetown University', 'the Islamic State', 'Victoria Nuland',
  'Male and female', 'new york', 'Japan', 'the Tokyo Declaration',
];

describe('findPlaces', () => {
  for (const [text, expected] of positives) it(text, () => assert.deepEqual(show(findPlaces(text)), expected));
});

describe('findPlaces: must not match', () => {
  for (const text of negatives) it(text, () => assert.deepEqual(show(findPlaces(text)), []));
});

describe('findPlaces: spans', () => {
  it('spans are exact, sorted and non-overlapping', () => {
    const text = 'Leaders met in Hamburg; the next summit is in Osaka, then Buenos Aires.';
    const found = findPlaces(text);
    assert.deepEqual(found.map((m) => m.name), ['Hamburg', 'Osaka', 'Buenos Aires']);
    let last = 0;
    for (const m of found) {
      assert.equal(text.slice(m.span[0], m.span[1]), m.text);
      assert.ok(m.span[0] >= last);
      last = m.span[1];
    }
  });
});
