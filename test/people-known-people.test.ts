/**
 * Countries of well-known principals from the data file, for participants the text places nowhere: full names in
 * either order, distinctive family names alone, variant given names; never a guess between namesakes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knownPersonCountry } from '../src/stages/people/known-people.ts';
import { extractRecord } from '../src/pipeline/extract.ts';

const cases: [name: string, country: string | null][] = [
  ['Olaf Scholz', 'DE'],
  ['Scholz', 'DE'],
  ['Kishida Fumio', 'JP'],
  ['Fumio Kishida', 'JP'],
  ['Sergei Lavrov', 'RU'],
  ['Sergey Lavrov', 'RU'],
  ['Andrés Manuel López Obrador', 'MX'],
  ['Andres Manuel Lopez Obrador', 'MX'],
  ['Yoon Suk-yeol', 'KR'],
  ['Ursula von der Leyen', 'EU'],
  ['Modi', 'IN'],
  // negative: a family name that is not distinctive, a namesake, a stranger
  ['Wong', null],
  ['Lee', null],
  ['Harris', null],
  ['John Scholz', null],
  ['Maria Gonzalez', null],
  ['', null],
];

for (const [name, country] of cases) {
  test(`known person: ${name || '(empty)'}`, () => assert.equal(knownPersonCountry(name), country));
}

test('a participant the text places nowhere takes the known country, with the name as evidence', () => {
  const text = 'January 5, 2023\n\nPresident Joseph R. Biden, Jr. and Chancellor Olaf Scholz spoke by phone on January 5, 2023 to exchange views.';
  const m = extractRecord({ file: 't', text }).meetings[0];
  assert.ok(m);
  const scholz = m.participants.find((p) => p.name === 'Olaf Scholz');
  assert.equal(scholz?.country, 'DE');
  assert.equal(scholz?.provenance.country?.rule, 'meeting/participant-country-known-person');
  assert.equal(scholz?.provenance.country?.text, 'Olaf Scholz');
  assert.deepEqual([...m.countries].sort(), ['DE', 'US']);
});

test('negative: the text’s own country wins over the list', () => {
  const text = 'May 2, 2023\n\nForeign Minister Penny Wong of Singapore met Foreign Minister Kono.';
  const m = extractRecord({ file: 't', text }).meetings[0];
  assert.equal(m?.participants.find((p) => p.name === 'Penny Wong')?.country, 'SG');
});
