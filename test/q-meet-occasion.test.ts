/**
 * Occasions named through a standing body's session or abbreviation: the occasion is the body's meeting, written out
 * ("United Nations General Assembly"), its evidence the words as written, and the session's number is not this
 * meeting's ordinal.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const lead = (occasion: string): string =>
  `September 22, 2017\n\nForeign Minister Taro Kono met with Foreign Minister Sergey Lavrov ${occasion} in New York on 21 September 2017.`;

const cases: [occasion: string, value: string | null, evidence: string | null, ordinal: number | null][] = [
  ['on the margins of the 72nd session of the UN General Assembly', 'United Nations General Assembly', 'UN General Assembly', null],
  ['on the margins of the seventy-second session of the United Nations General Assembly', 'United Nations General Assembly', 'United Nations General Assembly', null],
  ['on the sidelines of UNGA 78', 'United Nations General Assembly', 'UNGA 78', null],
  ['on the sidelines of the U.N. General Assembly', 'United Nations General Assembly', 'U.N. General Assembly', null],
  ['on the occasion of the United Nations (UN) General Assembly', 'United Nations (UN) General Assembly', 'United Nations (UN) General Assembly', null],
  ['on the margins of the 55th session of the UN Human Rights Council', 'United Nations Human Rights Council', 'UN Human Rights Council', null],
  ['on the sidelines of the twenty-eighth Conference of the Parties (COP28)', 'Conference of the Parties (COP28)', 'Conference of the Parties (COP28)', null],
  // negative: no abbreviation to write out, a word merely containing "UN", no event after the cue
  ['on the sidelines of the G20 Summit', 'G20 Summit', 'G20 Summit', null],
  ['on the sidelines of the UNCTAD Conference', 'UNCTAD Conference', 'UNCTAD Conference', null],
  ['during the session of the committee', null, null, null],
  // this meeting's own ordinal is still read beside a numbered session
  ['for the third time, on the margins of the 55th session of the UN Human Rights Council', 'United Nations Human Rights Council', 'UN Human Rights Council', 3],
];

test('occasion: standing bodies written out, sessions and their numbers set aside', () => {
  for (const [occasion, value, evidence, ordinal] of cases) {
    const text = lead(occasion);
    const m = extractRecord({ file: 't', text }).meetings[0];
    assert.ok(m, text);
    assert.equal(m.occasion, value, text);
    assert.equal(m.provenance.occasion?.text ?? null, evidence, text);
    if (m.provenance.occasion) assert.equal(text.slice(m.provenance.occasion.start, m.provenance.occasion.end), m.provenance.occasion.text);
    assert.equal(m.ordinal, ordinal, text);
  }
});
