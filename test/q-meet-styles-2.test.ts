/**
 * Second round of house styles outside dev: long Arabic names with particles, the Kremlin's joint subject, occasions
 * "within the framework of" and ending on a lower-case event noun, people named as a participant's principal, and an
 * apposed name closed by a bracket.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const names = (text: string): string[] => extractRecord({ file: 't', text }).meetings[0]?.participants.map((p) => `${p.name} | ${p.title ?? '-'}`) ?? [];

test('participants', () => {
  const cases: [string, string[]][] = [
    ['April 7, 2024\n\nPrime Minister Muhammad Shehbaz Sharif called on His Royal Highness Crown Prince and Prime Minister Mohammed bin Salman bin Abdulaziz Al Saud at Al-Safa Palace in Makkah today.',
      ['Muhammad Shehbaz Sharif | Prime Minister', 'Mohammed bin Salman bin Abdulaziz Al Saud | Crown Prince and Prime Minister']],
    ['May 16, 2024\n\nVladimir Putin and President of the People’s Republic of China Xi Jinping held Russian-Chinese talks in Beijing.',
      ['Vladimir Putin | -', 'Xi Jinping | President']],
    ['Meeting of Minister of Foreign Affairs George Gerapetritis with the Minister of Foreign Affairs of Egypt, Sameh Shoukry (Cairo, 12.11.2023)\n\nMinister of Foreign Affairs George Gerapetritis met today in Cairo with his Egyptian counterpart Sameh Shoukry.',
      ['George Gerapetritis | Minister of Foreign Affairs', 'Sameh Shoukry | Minister of Foreign Affairs']],
    ['August 15, 2023\n\nVice President Lai Ching-te, attending the inauguration as special envoy of President Tsai Ing-wen, met with President Santiago Peña in Asunción on August 14.',
      ['Lai Ching-te | Vice President', 'Santiago Peña | President']],
    ['August 15, 2023\n\nForeign Minister Wang Yi met Prime Minister Anthony Albanese and conveyed the greetings of President Xi Jinping.',
      ['Wang Yi | Foreign Minister', 'Anthony Albanese | Prime Minister']],
    // negative: a joint subject of countries is no person; a president who takes part is kept
    ['May 16, 2024\n\nSouth Korea and Japan held talks in Seoul. Foreign Minister Park Jin met Foreign Minister Hayashi.',
      ['Park Jin | Foreign Minister', 'Hayashi | Foreign Minister']],
    ['August 15, 2023\n\nForeign Minister Wang Yi met Prime Minister Anthony Albanese and President Xi Jinping, who sent greetings.',
      ['Wang Yi | Foreign Minister', 'Anthony Albanese | Prime Minister', 'Xi Jinping | President']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(names(text), expected, text);
});

test('occasions', () => {
  const cases: [string, string | null, string | null][] = [
    ['within the framework of the Munich Security Conference', 'Munich Security Conference', 'Munich'],
    ['on the sidelines of the 7th Joint Consultative Commission meeting in Dhaka', '7th Joint Consultative Commission meeting', 'Dhaka'],
    ['on the sidelines of the informal meeting of NATO foreign ministers in Oslo', 'informal meeting of NATO foreign ministers', 'Oslo'],
    ['on the margins of the extraordinary meeting of G7 leaders', 'extraordinary meeting of G7 leaders', null],
    // negative: a meeting of no named members; of two countries
    ['on the sidelines of the meeting of the ministers', null, null],
    ['during the meeting of Ukraine and Japan', null, null],
    // negative: a framework that is no event
    ['in the framework of the bilateral cooperation', null, null],
    ['within the framework of the Strategic Partnership Agreement', null, null],
  ];
  for (const [words, occasion, place] of cases) {
    const text = `May 2, 2024\n\nForeign Minister Taro Kono met with Foreign Minister Sergey Lavrov ${words}.`;
    const m = extractRecord({ file: 't', text }).meetings[0];
    assert.ok(m, text);
    assert.equal(m.occasion, occasion, text);
    assert.equal(m.place, place, text);
  }
});
