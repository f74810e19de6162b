/**
 * Unseen set 6, cause 12: an occasion named in a clause about a plan ("agreed to meet in person on the margins of the
 * NATO Summit") or an earlier meeting ("they last met on the sidelines of the G20 Summit") is that meeting's, not the
 * held one's; in the lead sentence too. The held meeting's own occasion, before such a clause or in another clause,
 * stays.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const HEAD = '10 July 2024\n\n';
const LEAD = 'The Minister of Foreign Affairs, Timčo Mucunski, had a telephone conversation today with the Minister of Foreign Affairs of the Hellenic Republic, Giorgos Gerapetritis';

const cases: [text: string, occasion: string | null][] = [
  // a plan's occasion, in the lead paragraph or the lead sentence
  [`${LEAD}. The two ministers agreed to meet in person on the margins of the NATO Summit in Washington later this week.`, null],
  [`${LEAD} and agreed to meet in person on the margins of the NATO Summit in Washington later this week.`, null],
  [`${LEAD}. The ministers will meet again on the sidelines of the NATO Summit in Washington.`, null],
  [`${LEAD}. They look forward to meeting on the margins of the NATO Summit in Washington.`, null],
  [`${LEAD}. The next meeting is scheduled to take place on the sidelines of the NATO Summit in Washington.`, null],
  // an earlier meeting's occasion
  [`${LEAD}. The two ministers last met on the sidelines of the NATO Summit in Vilnius.`, null],
  [`${LEAD}, whom he previously met on the margins of the NATO Summit in Vilnius.`, null],
  // negative: the held meeting's own occasion, also with a plan in another clause or after it
  ['The Minister of Foreign Affairs, Timčo Mucunski, met today with the Minister of Foreign Affairs of the Hellenic Republic, Giorgos Gerapetritis, on the margins of the NATO Summit in Washington.', 'NATO Summit'],
  ['On the margins of the NATO Summit in Washington, the Minister of Foreign Affairs, Timčo Mucunski, met today with the Minister of Foreign Affairs of the Hellenic Republic, Giorgos Gerapetritis, and they agreed to meet again in Skopje.', 'NATO Summit'],
  ['The Minister of Foreign Affairs, Timčo Mucunski, who is in Washington to attend the NATO Summit, met today with the Minister of Foreign Affairs of the Hellenic Republic, Giorgos Gerapetritis.', 'NATO Summit'],
  // (a sentence that opens on the held meeting still speaks of it)
  ['The Minister of Foreign Affairs, Timčo Mucunski, met today with the Minister of Foreign Affairs of the Hellenic Republic, Giorgos Gerapetritis, at a dinner in Washington. This dinner is part of a series of engagements in which the Minister will participate on the margins of the NATO Summit in Washington.', 'NATO Summit'],
  ['The Minister of Foreign Affairs, Timčo Mucunski, met today with the Minister of Foreign Affairs of the Hellenic Republic, Giorgos Gerapetritis, on the last day of the NATO Summit in Washington, on the sidelines of the NATO Summit.', 'NATO Summit'],
];

test('an occasion in a clause about a plan or an earlier meeting is not the held meeting’s', () => {
  for (const [body, occasion] of cases) {
    const text = HEAD + body;
    const m = extractRecord({ file: 't', text }).meetings[0];
    assert.ok(m, text);
    assert.equal(m.occasion, occasion, text);
  }
});
