/**
 * The publisher's country from a news agency named after its capital (unseen set 7, cause 9): "Tunis Afrique Presse
 * (TAP)" speaks for Tunisia as "Bahrain News Agency" speaks for Bahrain. A newspaper named after its capital ("The
 * Moscow Times", "The Washington Post") is left without one: the publisher's country stands for the side a page
 * speaks for (its unnamed home official's), which a state agency's is and an independent paper's is not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';
import { publisherFromMetadata } from '../src/stages/document/document-stages.ts';

const COUNTRIES: [string, string | null][] = [
  ['Tunis Afrique Presse (TAP)', 'TN'],
  ['Agence Tunis Afrique Presse', 'TN'],
  ['Baghdad News Agency', 'IQ'],
  ['Kabul Press Agency', 'AF'],
  // newspapers and other outlets named after a capital: no side
  ['The Moscow Times', null],
  ['The Washington Post', null],
  ['Bangkok Post', null],
  ['Tehran Times', null],
  ['Tunis Hebdo', null],
  // a capital later in the name is not the agency's own
  ['News Agency of Tunis', null],
];

test('a capital opening a news agency\'s name gives its country; a newspaper\'s does not', () => {
  for (const [name, country] of COUNTRIES) assert.equal(publisherFromMetadata(name).country, country, name);
});

test('the agency\'s side joins the meeting whose home official the story leaves unplaced', () => {
  const text = 'TAP\nPolitics\n20/02/2024 19:10\n\nPresident Saied receives Algerian Foreign Minister\n\nTunis, Feb. 20 (TAP) - President Kais Saied received Tuesday afternoon at Carthage Palace Algerian Minister of Foreign Affairs Ahmed Attaf.';
  const record = extractRecord({ file: 't', text, publisher: 'Tunis Afrique Presse (TAP)' });
  assert.deepEqual(record.meetings[0]?.countries, ['DZ', 'TN']);
  const unknown = extractRecord({ file: 't', text, publisher: 'Tunis Hebdo' });
  assert.deepEqual(unknown.meetings[0]?.countries, ['DZ']);
});
