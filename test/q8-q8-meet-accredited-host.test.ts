/**
 * An envoy's call on a host official: "Ambassador of A to B" (or a publishing "Embassy of A in B") makes B the side of
 * the official the envoy meets, when nothing else places that official; an official the text places keeps their country.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const PUBLISHED = '2024-01-17';

/** [text, person, expected country of the person, expected meeting countries] */
const cases: [text: string, person: string, country: string | null, countries: string[]][] = [
  ['On January 17, Ambassador of Japan to India H.E. Mr. ONO Keiichi called on Shri Ashwini Vaishnaw, Minister of Railways, at Rail Bhawan, New Delhi.',
    'Ashwini Vaishnaw', 'IN', ['IN', 'JP']],
  ['The Ambassador of Brazil to Nigeria, Mr. Manuel Innocencio, paid a courtesy call on Mr. John Okafor at the Ministry in Abuja.',
    'John Okafor', 'NG', ['BR', 'NG']],
  ['The Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to the Kingdom of Thailand, Mr. Park Young-hee, called on Mr. Somchai Chaiyaporn at the Government House.',
    'Somchai Chaiyaporn', 'TH', ['KR', 'TH']],
  ['Ambassador of the Republic of Korea to Kenya, Mr. Yeo Sung-jun, met with Mr. Musalia Mudavadi at his office in Nairobi.',
    'Musalia Mudavadi', 'KE', ['KE', 'KR']],
  ['Embassy of Japan in India\n\nAmbassador ONO Keiichi called on Shri Ashwini Vaishnaw at Rail Bhawan on January 17.\n\nEmbassy of Japan in India',
    'Ashwini Vaishnaw', 'IN', ['IN', 'JP']],
  // negative: the official the envoy meets is placed by the text
  ['On January 17, Ambassador of Japan to India H.E. Mr. ONO Keiichi called on Mr. Kishida Fumio, Prime Minister of Japan, in Tokyo.',
    'Kishida Fumio', 'JP', ['JP']],
  // negative: no host named ("Ambassador of France" only): the official stays unplaced
  ['The Ambassador of France, Mr. Thierry Mathou, called on Mr. John Smith at the Ministry on January 17.',
    'John Smith', null, ['FR']],
];

for (const [text, person, country, countries] of cases) {
  test(`accredited host in: ${text.slice(0, 80)}…`, () => {
    const m = extractRecord({ file: 't', text, published: PUBLISHED }).meetings[0];
    assert.ok(m, 'a meeting');
    const p = m.participants.find((x) => x.name === person);
    assert.ok(p, `${person} among ${m.participants.map((x) => x.name).join(', ')}`);
    assert.equal(p.country, country);
    assert.deepEqual([...m.countries].sort(), countries);
  });
}
