/**
 * The publisher of a page that names none, from the domain of the URL it was found at ("https://www.mfa.gov.sg/...");
 * a name in the text or in the metadata comes first, and a domain that says nothing leaves it unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const TEXT = 'Minister for Foreign Affairs Dr Vivian Balakrishnan met Foreign Minister Wang Yi in Beijing on 5 March 2024.';

test('a government domain gives the publisher and its country', () => {
  const record = extractRecord({ file: 't', text: TEXT, url: 'https://www.mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2024/03/Visit' });
  assert.equal(record.publisher, 'www.mfa.gov.sg');
  assert.equal(record.provenance.publisher?.rule, 'document/publisher-metadata');
});

test('the metadata name comes before the domain', () => {
  const record = extractRecord({ file: 't', text: TEXT, publisher: 'Ministry of Foreign Affairs, Singapore', url: 'https://www.mfa.gov.sg/x' });
  assert.equal(record.publisher, 'Ministry of Foreign Affairs, Singapore');
});

test('a domain that names no country, or no URL at all, leaves the publisher unknown', () => {
  assert.equal(extractRecord({ file: 't', text: TEXT, url: 'https://example.com/news/1' }).publisher, null);
  assert.equal(extractRecord({ file: 't', text: TEXT, url: 'not a url' }).publisher, null);
  assert.equal(extractRecord({ file: 't', text: TEXT }).publisher, null);
});

test("Mexico's foreign ministry, named in Spanish or by its domain, speaks for MX", () => {
  const text = 'Foreign Secretary Alicia Bárcena met Secretary of State Antony Blinken in Washington on 5 March 2024.';
  for (const metadata of [{ publisher: 'Secretaría de Relaciones Exteriores' }, { url: 'https://www.gob.mx/sre/prensa/x' }]) {
    const record = extractRecord({ file: 't', text, ...metadata });
    assert.ok(record.meetings[0]!.countries.includes('MX'), JSON.stringify(metadata));
  }
});
