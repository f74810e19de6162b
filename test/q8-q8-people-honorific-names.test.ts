/**
 * Long honorific name forms of Brunei, Malaysia, Thailand and the Gulf states: the participant's name drops the styles
 * and keeps the name a desk officer searches for ("Erywan Yusof" for "Yang Berhormat Dato Seri Setia Awang Haji Erywan
 * bin Pehin Datu Pekerma Jaya Haji Mohd Yusof"; "Mohamad bin Haji Hasan" for "YB Dato' Seri Utama Haji Mohamad bin
 * Haji Hasan"), and later short mentions resolve to that person. Arabic names with "bin" and no Bruneian noble styles
 * keep their written form.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPeople } from '../src/stages/people/person-finder.ts';
import { findCountries } from '../src/stages/countries/country-finder.ts';
import { normaliseName } from '../src/stages/people/name-normalizer.ts';

const names = (text: string): string[] => [...new Set(findPeople(text, findCountries(text)).map((p) => p.name))];

test('styles are dropped and later short mentions resolve to the same person', () => {
  const cases: [string, string][] = [
    ['The Minister of Foreign Affairs II, Yang Berhormat Dato Seri Setia Awang Haji Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof held a bilateral meeting with the Secretary. Later Erywan Yusof said the talks went well.', 'Erywan Yusof'],
    ["The Minister of Foreign Affairs of Malaysia, YB Dato' Seri Utama Haji Mohamad bin Haji Hasan, held a bilateral meeting. During the visit, Dato' Seri Utama Haji Mohamad will co-chair the meeting.", 'Mohamad bin Haji Hasan'],
    ['He met Datuk Seri Panglima Hajiji Noor, Chief Minister of Sabah.', 'Hajiji Noor'],
    ['He met Thai Foreign Minister Mr. Maris Sangiampongsa. Maris said the talks went well.', 'Maris Sangiampongsa'],
    ['He met His Highness Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs of the UAE. Sheikh Abdullah said so.', 'Abdullah bin Zayed Al Nahyan'],
    ["He met Malaysia's Prime Minister Dato' Seri Anwar Ibrahim.", 'Anwar Ibrahim'],
  ];
  for (const [text, expected] of cases) assert.deepEqual(names(text), [expected], text);
});

test('only a father named with Bruneian noble styles shortens a name', () => {
  const cases: [string[], string][] = [
    [['Erywan', 'bin', 'Pehin', 'Datu', 'Pekerma', 'Jaya', 'Haji', 'Mohd', 'Yusof'], 'Erywan Yusof'],
    [['Hajah', 'Nor', 'binti', 'Pengiran', 'Haji', 'Ahmad'], 'Hajah Nor Ahmad'],
    // unchanged: no noble style, or nothing after it
    [['Mohamad', 'bin', 'Haji', 'Hasan'], 'Mohamad bin Haji Hasan'],
    [['Abdullah', 'bin', 'Zayed', 'Al', 'Nahyan'], 'Abdullah bin Zayed Al Nahyan'],
    [['Faisal', 'bin', 'Farhan', 'Al', 'Saud'], 'Faisal bin Farhan Al Saud'],
    [['Lim', 'Jock', 'Seng'], 'Lim Jock Seng'],
    [['Ahmad', 'bin', 'Pehin'], 'Ahmad bin Pehin'],
  ];
  for (const [words, expected] of cases) assert.equal(normaliseName(words), expected, words.join(' '));
});
