/**
 * Unseen set 6, people cause 4: the head of a region inside a country ("Governor of Russia's Leningrad Oblast
 * Aleksandr Drozdenko") is one title that ends on the region word, a possessive country before the region gives the
 * holder's side, and such a title ranks "other" whatever its office's name. Positive forms in several countries'
 * styles, and negative cases that must not change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPeople } from '../src/stages/people/person-finder.ts';
import { findCountries } from '../src/stages/countries/country-finder.ts';
import { classifyTitle } from '../src/stages/people/title-classifier.ts';

const people = (text: string): string[] =>
  findPeople(text, findCountries(text)).map((p) => `${p.name} | ${p.title?.text ?? '-'} | ${p.country?.code ?? '-'}`);

test('a regional office with its region is one title; a possessive country before the region is the holder\'s', () => {
  const cases: [string, string][] = [
    ["Belarusian President Aleksandr Lukashenko met with Governor of Russia's Leningrad Oblast Aleksandr Drozdenko in Minsk.",
      "Aleksandr Drozdenko | Governor of Russia's Leningrad Oblast | RU"],
    ['He met Governor of Leningrad Oblast Aleksandr Drozdenko.', 'Aleksandr Drozdenko | Governor of Leningrad Oblast | -'],
    ['He met the Governor of the Sverdlovsk Region of the Russian Federation Evgeny Kuyvashev.', 'Evgeny Kuyvashev | Governor of the Sverdlovsk Region | RU'],
    ['He received Governor of Gyeonggi Province Kim Dong-yeon.', 'Kim Dong-yeon | Governor of Gyeonggi Province | -'],
    ['He met Governor of Hokkaido Prefecture Naomichi Suzuki.', 'Naomichi Suzuki | Governor of Hokkaido Prefecture | -'],
    ["She met with Governor of Ukraine's Kharkiv Oblast Oleh Syniehubov.", "Oleh Syniehubov | Governor of Ukraine's Kharkiv Oblast | UA"],
    ['He met Mayor of Ho Chi Minh City Phan Van Mai.', 'Phan Van Mai | Mayor of Ho Chi Minh City | -'],
    ['He met Akim of Almaty Region Marat Sultangaziyev.', 'Marat Sultangaziyev | Akim of Almaty Region | -'],
    ['He met President of the Kurdistan Region Nechirvan Barzani.', 'Nechirvan Barzani | President of the Kurdistan Region | -'],
    ['He met the Governor of the Eastern Province Prince Saud bin Nayef.', 'Saud bin Nayef | Governor of the Eastern Province | -'],
    // apposed before or after the name
    ["Lukashenko met with the Governor of Russia's Leningrad Region, Aleksandr Drozdenko, in Minsk.", "Aleksandr Drozdenko | Governor of Russia's Leningrad Region | RU"],
    ['Lukashenko met with Aleksandr Drozdenko, Governor of the Leningrad Region of Russia, in Minsk.', 'Aleksandr Drozdenko | Governor of the Leningrad Region | RU'],
    // a demonym before the region
    ['He met the Governor of the Russian Leningrad Region Aleksandr Drozdenko.', 'Aleksandr Drozdenko | Governor of the Russian Leningrad Region | RU'],
    // a region named after its capital is in the capital's country
    ['He met Governor of Cairo Governorate Ibrahim Saber.', 'Ibrahim Saber | Governor of Cairo Governorate | EG'],
    ['He met Governor of Moscow Oblast Andrei Vorobyov.', 'Andrei Vorobyov | Governor of Moscow Oblast | RU'],
    // an envoy's remit named by its region word
    ['He received H.E. Luigi Di Maio, the European Union Special Representative for the Gulf Region.', 'Luigi Di Maio | Special Representative for the Gulf Region | EU'],
    ['He met Special Envoy for the Great Lakes Region Huang Xia.', 'Huang Xia | Special Envoy for the Great Lakes Region | -'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
});

test('titles that end on a country, a portfolio or no region word are unchanged', () => {
  const cases: [string, string][] = [
    ['He met Secretary of State Antony Blinken.', 'Antony Blinken | Secretary of State | -'],
    ['He met Governor of Texas Greg Abbott.', 'Greg Abbott | Governor | -'],
    ['He met Minister of State for Foreign Affairs Jane Doe.', 'Jane Doe | Minister of State for Foreign Affairs | -'],
    ["He met Russia's Foreign Minister Sergey Lavrov.", 'Sergey Lavrov | Foreign Minister | RU'],
    ['He met Minister of Foreign Affairs of the Russian Federation Sergey Lavrov.', 'Sergey Lavrov | Minister of Foreign Affairs | RU'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
  // no name word before the region word ("the State Bank" is no region: the bank is the office's portfolio)
  assert.ok(people('He met the Governor of the State Bank of Pakistan Jameel Ahmad.').includes('Jameel Ahmad | Governor of the State Bank | PK'));
  // a possessive country followed by no region is not a region
  assert.ok(!people("He met Governor of Russia's Central Bank Elvira Nabiullina.").some((p) => p.includes('Central Bank |')));
});

test('the head of a region ranks "other" whatever the office is called; portfolios and national offices keep theirs', () => {
  const cases: [string, string][] = [
    ["Governor of Russia's Leningrad Oblast", 'other'],
    ['Governor of the Sverdlovsk Region', 'other'],
    ['President of the Kurdistan Region', 'other'],
    ['Prime Minister of the Kurdistan Region', 'other'],
    ['Chief Minister of Sabah State', 'other'],
    ['Akim of Almaty Region', 'other'],
    ['Akim', 'other'],
    ['Prefect', 'other'],
    // unchanged
    ['Special Representative for the Gulf Region', 'senior-official'],
    ['Secretary of State', 'foreign-minister'],
    ['Deputy Secretary of State', 'vice-minister'],
    ['Minister of State', 'vice-minister'],
    ['Minister of Interior and Territory', 'minister'],
    ['Counselor of the U.S. Department of State', 'senior-official'],
    ['Secretary of the Department of State', 'minister'],
    ['President', 'leader'],
    ['Prime Minister', 'leader'],
  ];
  for (const [title, level] of cases) assert.equal(classifyTitle(title), level, title);
});
