/**
 * Unseen set 5, cause 14: the length of a restricted part of a meeting ("a tête-à-tête meeting for about 30 minutes
 * before continuing with a bilateral meeting") is not the meeting's when the wider session that followed has no
 * stated length; when it has one, the parts add up. A meeting's own length, or a part followed by something that is
 * not a wider session, keeps its reading.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDurations, pickDuration } from '../src/stages/meeting/duration-extractor.ts';

const minutesOf = (text: string): number | null => pickDuration(text, findDurations(text))?.minutes ?? null;

test('a restricted part followed by a wider session', () => {
  const cases: [string, number | null][] = [
    ['The two leaders held a tête-à-tête meeting for about 30 minutes before continuing with a bilateral meeting.', null],
    ['The presidents held a one-on-one meeting for 40 minutes, followed by expanded talks with the delegations.', null],
    ['The talks in a restricted format lasted an hour and then continued in an enlarged format.', null],
    ['The leaders met in a narrow format for 45 minutes before being joined by their delegations.', null],
    // the wider session's length given: the parts add up
    ['The presidents held a one-on-one meeting for 40 minutes, followed by expanded talks lasting an hour.', 100],
    // as before: parts joined by "and", a whole meeting's length, a part followed by no wider session
    ['They held a plenary meeting for approximately 50 minutes and a one-on-one meeting for approximately 15 minutes.', 65],
    ['The bilateral meeting lasted about 30 minutes before the leaders attended the gala dinner.', 30],
    ['The meeting lasted an hour before continuing with a bilateral lunch.', 60],
    ['The two leaders held a tête-à-tête meeting for about 30 minutes.', 30],
    ['The two leaders held a tête-à-tête meeting for about 30 minutes before visiting the botanical garden.', 30],
  ];
  for (const [text, minutes] of cases) assert.equal(minutesOf(text), minutes, text);
});
