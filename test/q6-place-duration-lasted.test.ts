/**
 * Unseen set 6, cause 13: a length stated after the lead paragraph is the meeting's when a verb of duration stands
 * before it, also with a preposition or an approximation between ("The meeting lasted for about an hour and a half");
 * not a length of something else.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const LEAD = '14 March 2024\n\nBelarusian President Aleksandr Lukashenko met with Russian Governor Aleksandr Drozdenko in Minsk on 14 March.\n\n"We have always had a good relationship with your region," the Belarusian leader said.';

const cases: [later: string, minutes: number | null][] = [
  ['The meeting lasted for about an hour and a half.', 90],
  ['Their talks lasted approximately two hours.', 120],
  ['The conversation lasted for some 40 minutes.', 40],
  ['The talks went on for about three hours.', 180],
  ['Negotiations in the extended format continued for more than two hours.', 120],
  ['The meeting lasted two hours.', 120],
  // (unseen-7 cause 12) the sides' meeting verb and "for"
  ['The leaders met for approximately 75 minutes.', 75],
  ['The two presidents talked for more than an hour.', 60],
  ['They conferred for about 40 minutes before the plenary.', 40],
  // negative: another length, no verb of duration before it
  ['The delegation then spent about an hour and a half at the museum.', null],
  ['The flight from Saint Petersburg took about two hours.', null],
  ['About two hours later, the governor left for Grodno.', null],
  ['The governor spoke for about 20 minutes at the university.', null],
  ['The governor met for two hours with students of the university.', null],
];

test('duration: a verb of duration before a length further down', () => {
  for (const [later, minutes] of cases) {
    const text = `${LEAD}\n\n${later}`;
    const m = extractRecord({ file: 't', text }).meetings[0];
    assert.ok(m, text);
    assert.equal(m.durationMinutes, minutes, text);
  }
});
