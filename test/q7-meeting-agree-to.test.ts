/**
 * Unseen set 7, cause 2: an agreement to meet is no meeting. "The two Governments agree to hold the first round of
 * consultations" (a joint communiqué establishing relations) had been read as a held meeting, since "hold ...
 * consultations" is a held cue and the lead finder's future words lacked "agree(d) to", which the plan lexicon has.
 * A held meeting whose sentence goes on to agree on the next one keeps its lead.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const record = (text: string) => extractRecord({ file: 't', text });
const HEAD = 'Joint Communiqué\n\n12 March 2024\n\n';

test('"agree(s|d) to hold/meet" announces a meeting, it does not report one', () => {
  for (const sentence of [
    'The two Governments agree to hold the first round of political consultations in Tallinn in 2024.',
    'The two sides agreed to hold consultations between their foreign ministries at an early date.',
    'The Parties agree to meet at the level of deputy ministers next year.',
    'Both ministries agrees to hold regular talks.',
  ]) {
    const r = record(`${HEAD}${sentence}\n`);
    assert.deepEqual(r.meetings, [], sentence);
  }
});

test('a meeting held, then an agreement to meet again, is still the meeting held', () => {
  for (const [sentence, place] of [
    ['The Foreign Ministers held talks in Riga on 11 March 2024. They agreed to hold the next round in Tallinn.', 'Riga'],
    ['Minister Tsahkna met his Latvian counterpart Krišjānis Kariņš in Riga on 11 March 2024 and they agreed to meet again in May.', 'Riga'],
  ] as const) {
    const r = record(`${HEAD}${sentence}\n`);
    assert.equal(r.meetings.length, 1, sentence);
    assert.equal(r.meetings[0]!.date, '2024-03-11', sentence);
    assert.equal(r.meetings[0]!.place, place, sentence);
  }
});
