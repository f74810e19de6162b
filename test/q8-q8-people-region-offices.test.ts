/**
 * The head of a region with the region named before the office ("Leningrad Oblast Governor X", "Krasnodar Krai
 * Governor X", "Lagos State Governor X", "Kurdistan Region President X"), apposed before or after the name: the
 * region belongs to the title, a possessive country, a demonym or a capital before it gives the holder's side, and the
 * title ranks "other" whatever the office is called. A central bank's office ("Governor of the Central Bank X",
 * "Central Bank Governor X") keeps the bank in the title. Ranks written with "State" ("State Secretary") are no region.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPeople } from '../src/stages/people/person-finder.ts';
import { findCountries } from '../src/stages/countries/country-finder.ts';
import { classifyTitle } from '../src/stages/people/title-classifier.ts';

const people = (text: string): string[] =>
  findPeople(text, findCountries(text)).map((p) => `${p.name} | ${p.title?.text ?? '-'} | ${p.country?.code ?? '-'}`);

test('a region named before its office belongs to the title', () => {
  const cases: [string, string][] = [
    ['He met Leningrad Oblast Governor Aleksandr Drozdenko.', 'Aleksandr Drozdenko | Leningrad Oblast Governor | -'],
    ['He met Krasnodar Krai Governor Veniamin Kondratyev.', 'Veniamin Kondratyev | Krasnodar Krai Governor | -'],
    ["He met Russia's Sverdlovsk Region Governor Evgeny Kuyvashev.", 'Evgeny Kuyvashev | Sverdlovsk Region Governor | RU'],
    ['He met Moscow Oblast Governor Andrei Vorobyov.', 'Andrei Vorobyov | Moscow Oblast Governor | RU'],
    ['He met Lagos State Governor Babajide Sanwo-Olu.', 'Babajide Sanwo-Olu | Lagos State Governor | -'],
    ['He met Gyeonggi Province Governor Kim Dong-yeon.', 'Kim Dong-yeon | Gyeonggi Province Governor | -'],
    ['He met Kurdistan Region President Nechirvan Barzani.', 'Nechirvan Barzani | Kurdistan Region President | -'],
    ['He met Ho Chi Minh City Party Secretary Nguyen Van Nen.', 'Nguyen Van Nen | Ho Chi Minh City Party Secretary | -'],
    // apposed after the name
    ['Aleksandr Drozdenko, Leningrad Oblast Governor, said the talks went well.', 'Aleksandr Drozdenko | Leningrad Oblast Governor | -'],
    // central banks
    ['He met the Governor of the Central Bank Elvira Nabiullina.', 'Elvira Nabiullina | Governor of the Central Bank | -'],
    ['He met the Governor of the Central Bank of Russia, Elvira Nabiullina.', 'Elvira Nabiullina | Governor of the Central Bank | RU'],
    ['He met Central Bank Governor Elvira Nabiullina.', 'Elvira Nabiullina | Central Bank Governor | -'],
    ['He met Central Bank President Santiago Bausili.', 'Santiago Bausili | Central Bank President | -'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
});

test('ranks written with "State", a bank\'s own name and a US state before an office are unchanged', () => {
  const cases: [string, string][] = [
    ['He met Deputy State Secretary Jane Roe.', 'Jane Roe | Deputy State Secretary | -'],
    ['He met Parliamentary State Secretary Jane Roe.', 'Jane Roe | Parliamentary State Secretary | -'],
    ['He met German MFA State Secretary Andreas Michaelis.', 'Andreas Michaelis | State Secretary | DE'],
    ['He met State Governor John Doe.', 'John Doe | State Governor | -'],
    ['He met Texas Governor Greg Abbott.', 'Greg Abbott | Governor | -'],
    ['He met World Bank President Ajay Banga.', 'Ajay Banga | President | -'],
    ['He met with Governor Aleksandr Drozdenko of Leningrad Oblast.', 'Aleksandr Drozdenko | Governor | -'],
    ['He met Governor of Leningrad Oblast Aleksandr Drozdenko.', 'Aleksandr Drozdenko | Governor of Leningrad Oblast | -'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
  // a region's name alone before a person is no title
  assert.ok(!people('The Leningrad Oblast delegation was led by Governor Aleksandr Drozdenko.').some((p) => p.includes('Oblast')));
});

test('a region named before the office ranks "other"; ranks written with "State" keep theirs', () => {
  const cases: [string, string | null][] = [
    ['Leningrad Oblast Governor', 'other'],
    ['Kurdistan Region President', 'other'],
    ['Kurdistan Region Prime Minister', 'other'],
    ["Russia's Sverdlovsk Region Governor", 'other'],
    ['Central Bank President', 'other'],
    ['Deputy State Secretary', 'vice-minister'],
    ['Parliamentary State Secretary', 'vice-minister'],
    ['Secretary of State for Northern Ireland', 'minister'],
    ['Minister of State for Foreign Affairs', 'vice-minister'],
    ['State Minister for Foreign Affairs', 'vice-minister'],
  ];
  for (const [title, level] of cases) assert.equal(classifyTitle(title), level, title);
});
