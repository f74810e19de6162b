/**
 * People named as the parties of another meeting, one this meeting was held to discuss or to report on, are not its
 * participants ("spoke with Foreign Minister Kuleba to discuss the foreign minister’s trilateral meeting with ..."),
 * while the parties of the meeting reported stay.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const cases: [text: string, participants: string[], countries: string[]][] = [
  ['March 11, 2022\n\nSecretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba to discuss the foreign minister’s trilateral meeting with Russian Foreign Minister Sergei Lavrov and Turkish Foreign Minister Mevlut Cavusoglu.',
    ['Antony Blinken', 'Dmytro Kuleba'], ['UA', 'US']],
  ['May 4, 2023\n\nForeign Minister Penny Wong met Foreign Minister Wang Yi today. Minister Wong briefed him on her talks with Japanese Foreign Minister Hayashi Yoshimasa.',
    ['Penny Wong', 'Wang Yi'], []],
  ['June 2, 2023\n\nPrime Minister Narendra Modi spoke with President Emmanuel Macron regarding the summit between President Joe Biden and President Xi Jinping.',
    ['Narendra Modi', 'Emmanuel Macron'], []],
  // negative: the meeting reported, named with its parties, keeps them
  ['June 2, 2023\n\nDuring the Secretary’s meeting with Foreign Minister Sergei Lavrov in Geneva, they discussed strategic stability.',
    ['Sergei Lavrov'], []],
  ['June 2, 2023\n\nPresident Biden held talks with President Macron and Chancellor Scholz to discuss Ukraine.',
    ['Biden', 'Macron', 'Scholz'], []],
];

for (const [text, participants, countries] of cases) {
  test(`participants of: ${text.split("\n\n")[1]!.slice(0, 80)}…`, () => {
    const m = extractRecord({ file: 't', text }).meetings[0];
    assert.ok(m, 'a meeting');
    assert.deepEqual(m.participants.map((p) => p.name), participants);
    if (countries.length > 0) assert.deepEqual([...m.countries].sort(), countries);
  });
}
