/**
 * Unseen set 8, cause 3: a state news agency whose name carries no country ("Rastriya Samachar Samiti (RSS)", Nepal's)
 * left its home official without a country and the meeting with one side; and its yearless dateline closed by a colon
 * ("Kathmandu, Aug 11: ") gave no place. Agencies are data in publisher-names.ts (full names, unambiguous short ones);
 * the colon form counts as a dateline only where its place is a known one, as "ISLAMABAD, Oct 28: " does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';
import { publisherFromMetadata } from '../src/stages/document/document-stages.ts';
import { openingDateline } from '../src/stages/segment/dateline-detector.ts';

const AGENCIES: [string, string | null][] = [
  ['Rastriya Samachar Samiti (RSS)', 'NP'],
  ['Rashtriya Samachar Samiti', 'NP'],
  ['Jiji Press', 'JP'],
  ['Agência Lusa', 'PT'],
  ['MTI', 'HU'],
  ['Hina', 'HR'],
  ['AGERPRES', 'RO'],
  ['Bulgarian News Agency (BTA)', 'BG'],
  ['Saudi Press Agency', 'SA'],
  ['Maghreb Arabe Presse', 'MA'],
  ['News Agency of Nigeria (NAN)', 'NG'],
  // international agencies and newspapers speak for no side
  ['Reuters', null],
  ['The Associated Press', null],
  ['The Kathmandu Post', null],
];

test('a state news agency named without its country gives its country; an international one none', () => {
  for (const [name, country] of AGENCIES) assert.equal(publisherFromMetadata(name).country, country, name);
});

const TEXT = 'Kathmandu, Aug 11: Foreign Minister Dr Arzu Rana Deuba held a meeting with the visiting Indian Foreign Secretary Vikram Misri at the Ministry of Foreign Affairs today.';

test('the agency\'s home official and side, and the place of its "City, Mon DD: " dateline', () => {
  const record = extractRecord({ file: 't', text: `Deuba, Misri hold talks\n\n${TEXT}`, publisher: 'Rastriya Samachar Samiti (RSS)', published: '2024-08-11' });
  const meeting = record.meetings[0];
  assert.deepEqual(meeting?.countries, ['IN', 'NP']);
  assert.equal(meeting?.participants.find((p) => p.name.includes('Deuba'))?.country, 'NP');
  assert.equal(meeting?.place, 'Kathmandu');
});

const COLON_FORMS: [string, boolean][] = [
  ['Kathmandu, Aug 11: Foreign Minister met ...', true],
  ['ISLAMABAD, Oct 28: The Prime Minister received ...', true],
  ['Tokyo, June 5: The two ministers ...', true],
  // no day before the colon: a label, not a dateline
  ['Kathmandu: the capital of Nepal, is ...', false],
  ['Note: Minister Deuba met ...', false],
];

test('a day and month closed by a colon is a dateline; a colon without a date is not', () => {
  for (const [paragraph, dated] of COLON_FORMS) {
    const d = openingDateline(paragraph);
    assert.equal(d !== null && d.yearless, dated, paragraph);
  }
});

test('a colon dateline whose words name no known place gives no meeting place', () => {
  const text = 'Note, Aug 11: Foreign Minister Dr Arzu Rana Deuba held a meeting with the visiting Indian Foreign Secretary Vikram Misri today.';
  const record = extractRecord({ file: 't', text, publisher: 'Rastriya Samachar Samiti (RSS)', published: '2024-08-11' });
  assert.equal(record.meetings[0]?.place ?? null, null);
});
