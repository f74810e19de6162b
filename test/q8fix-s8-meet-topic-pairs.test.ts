/**
 * Unseen set 8, cause 9: a country pair that is what the meeting discussed is not its sides. "Vice FM Kim, Campbell
 * discuss N. Korea-Russia military ties" (a headline), "met ... to discuss the Russia-Ukraine war" (the lead): the
 * participants' own countries name the sides. A pair that names the meeting ("Japan-Russia Summit Meeting",
 * "ASEAN-Japan Summit" with the ASEAN chair's president, "Blinken, Wang discuss US-China relations") still gives them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

/** [publisher, text, the meeting's countries]. */
const cases: [publisher: string | null, text: string, countries: string[]][] = [
  // the pair is the topic: the participants' countries are the sides
  ['The Korea Herald', 'The Korea Herald\n\nPublished : 2024-07-24 14:21\n\nVice FM Kim, Campbell discuss N. Korea-Russia military ties\n\nFirst Vice Foreign Minister Kim Hong-kyun held talks with US Deputy Secretary of State Kurt Campbell in Washington on Tuesday (local time), the foreign ministry said Wednesday.', ['KR', 'US']],
  [null, 'May 14, 2024\n\nUkrainian Foreign Minister Dmytro Kuleba met US Secretary of State Antony Blinken in Kyiv to discuss the Russia-Ukraine war.', ['UA', 'US']],
  [null, 'May 14, 2024\n\nUkrainian Foreign Minister Dmytro Kuleba met US Secretary of State Antony Blinken in Kyiv on the Russia-Ukraine talks.', ['UA', 'US']],
  [null, 'May 14, 2024\n\nBlinken, Katz discuss Israel-Lebanon border\n\nUS Secretary of State Antony Blinken met Israeli Foreign Minister Israel Katz in Jerusalem.', ['IL', 'US']],
  // the pair names the meeting: kept
  ['Ministry of Foreign Affairs of Japan', 'May 14, 2024\n\nJapan-Russia Summit Meeting\n\nPrime Minister Fumio Kishida held a meeting with President Vladimir Putin of Russia in Vladivostok.', ['JP', 'RU']],
  [null, 'May 14, 2024\n\nBlinken, Wang discuss US-China relations\n\nUS Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Tuesday.', ['CN', 'US']],
  ['Ministry of Foreign Affairs of Japan', 'May 14, 2024\n\nASEAN-Japan Summit\n\nPrime Minister Fumio Kishida attended the ASEAN-Japan Summit Meeting, co-chaired with President Joko Widodo of Indonesia, and held talks.', ['ASEAN', 'JP']],
  [null, 'May 14, 2024\n\nIndia-Pakistan talks\n\nIndian Foreign Secretary Vikram Misri met Pakistani Foreign Secretary Muhammad Syrus Qazi in Islamabad.', ['IN', 'PK']],
];

for (const [publisher, text, countries] of cases) {
  test(`countries ${countries.join(', ')}: ${text.split('\n\n').slice(-2).join(' / ').slice(0, 90)}…`, () => {
    const m = extractRecord({ file: 't', text, publisher }).meetings[0];
    assert.ok(m, 'a meeting');
    assert.deepEqual([...m.countries].sort(), countries);
  });
}
