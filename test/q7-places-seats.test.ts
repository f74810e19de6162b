/**
 * Unseen set 7, cause 14: cities where a government sits while its capital cannot host it (Port Sudan since 2023,
 * Aden for Yemen's government) are meeting places, read from an agency's dateline or after "in"; the Gulf of Aden is
 * no meeting place.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const place = (body: string) => extractRecord({ file: 't', text: `Title\n\n${body}\n` }).meetings[0]?.place ?? null;

test('a seat of government away from the capital is the meeting place', () => {
  for (const [body, expected] of [
    ['Port Sudan, Sept. 18 (SUNA) - The Chairman of the Sovereignty Council received in his office today the Foreign Minister of Eritrea, Osman Saleh.', 'Port Sudan'],
    ['Aden, 3 May 2024 (Saba) - Prime Minister Ahmed Awad bin Mubarak met today with the Ambassador of Japan.', 'Aden'],
    ['On 1 June 2022 Special Envoy Lenderking met Prime Minister Maeen Abdulmalik in Aden.', 'Aden'],
  ] as const) assert.equal(place(body), expected, body);
});

test('the Gulf of Aden places no meeting', () => {
  for (const body of [
    'On 1 June 2022 the Secretary met the Foreign Minister of Djibouti. They discussed piracy in the Gulf of Aden.',
    'On 1 June 2022 the Secretary met the Foreign Minister of Djibouti to discuss security in the Gulf of Aden.',
  ]) assert.equal(place(body), null, body);
});
