/**
 * Unseen set 6, cause 11: a body's meeting named in lower case before the body's name ("on the sidelines of the informal
 * summit of the Organization of Turkic States") is the occasion: the meeting words and the name, up to its last
 * capitalised word. A lower-case meeting without a body's name after it is none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const lead = (occasion: string): string =>
  `06.07.2024\n\nOn 6 July, ${occasion}, President of the Republic of Uzbekistan Shavkat Mirziyoyev met with President of the Republic of Türkiye Recep Tayyip Erdoğan.`;

const cases: [occasion: string, value: string | null][] = [
  ['on the sidelines of the informal summit of the Organization of Turkic States in Shusha', 'informal summit of the Organization of Turkic States'],
  ['on the margins of the extraordinary session of the Arab League Council in Cairo', 'extraordinary session of the Arab League Council'],
  ['within the framework of the annual conference of the Non-Aligned Movement', 'annual conference of the Non-Aligned Movement'],
  ['on the sidelines of the summit of the European Political Community', 'summit of the European Political Community'],
  ['on the sidelines of the summit of the Shanghai Cooperation Organisation on Thursday', 'summit of the Shanghai Cooperation Organisation'],
  ['on the sidelines of the ministerial meeting of the Organisation for Economic Co-operation and Development', 'ministerial meeting of the Organisation for Economic Co-operation and Development'],
  // unchanged: a proper name, a members' meeting
  ['on the sidelines of the Organization of Turkic States Summit', 'Organization of Turkic States Summit'],
  ['on the sidelines of the meeting of NATO Foreign Ministers', 'meeting of NATO Foreign Ministers'],
  // negative: no body named after the lower-case meeting
  ['on the sidelines of the summit in Shusha', null],
  ['on the sidelines of the summit of leaders', null],
  ['during the session of the committee', null],
];

test('occasion: a lower-case meeting of a named body', () => {
  for (const [occasion, value] of cases) {
    const text = lead(occasion);
    const m = extractRecord({ file: 't', text }).meetings[0];
    assert.ok(m, text);
    assert.equal(m.occasion, value, text);
    if (m.provenance.occasion) assert.equal(text.slice(m.provenance.occasion.start, m.provenance.occasion.end), m.provenance.occasion.text);
  }
});
