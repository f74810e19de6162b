/**
 * Unseen set 6, people cause 7: coordinated counterparts ("his Belgian and Dutch counterparts, Hadja Lahbib and Caspar
 * Veldkamp"): every coordinated name is a person, paired with the countries before the plural word in order; one
 * country is every name's; lists of different lengths pair nothing. Negative cases that must not change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPeople } from '../src/stages/people/person-finder.ts';
import { findCountries } from '../src/stages/countries/country-finder.ts';

const people = (text: string): string[] =>
  findPeople(text, findCountries(text)).map((p) => `${p.name} | ${p.title?.text ?? '-'} | ${p.country?.code ?? '-'}`);

test('coordinated counterparts pair with the coordinated countries in order', () => {
  const cases: [string, string[]][] = [
    ['On 25 November 2024, Deputy Prime Minister and Minister of Foreign Affairs Xavier Bettel hosted his Belgian and Dutch counterparts, Hadja Lahbib and Caspar Veldkamp, for a Benelux ministerial meeting in Luxembourg.',
      ['Hadja Lahbib | - | BE', 'Caspar Veldkamp | - | NL']],
    ['He met his Belgian and Dutch counterparts Hadja Lahbib and Caspar Veldkamp on Monday.', ['Hadja Lahbib | - | BE', 'Caspar Veldkamp | - | NL']],
    ['He hosted his Belgian, Dutch and German counterparts, Hadja Lahbib, Caspar Veldkamp and Annalena Baerbock, in Luxembourg.',
      ['Hadja Lahbib | - | BE', 'Caspar Veldkamp | - | NL', 'Annalena Baerbock | - | DE']],
    ['The minister received her Estonian and Latvian counterparts, Margus Tsahkna and Baiba Braže.', ['Margus Tsahkna | - | EE', 'Baiba Braže | - | LV']],
    // honorifics before the names
    ['He met his Belgian and Dutch counterparts, Mrs. Lahbib and Mr. Veldkamp.', ['Lahbib | - | BE', 'Veldkamp | - | NL']],
    // one country is every name's
    ['She welcomed her French counterparts Jean Dupont and Marie Martin to Berlin.', ['Jean Dupont | - | FR', 'Marie Martin | - | FR']],
    // no country: the names are still people
    ['He met his counterparts Hadja Lahbib and Caspar Veldkamp.', ['Hadja Lahbib | - | -', 'Caspar Veldkamp | - | -']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(people(text).filter((p) => !p.startsWith('Xavier')), expected, text);
});

test('a singular counterpart, a title after "and" and a list that is no name stay as before', () => {
  const cases: [string, string[]][] = [
    ["He met his Chinese counterpart Wang Yi and Japan's Foreign Minister Yoko Kamikawa.", ['Wang Yi | - | CN', 'Yoko Kamikawa | Foreign Minister | JP']],
    // a title after "and" is the title rule's person, with the country its own words give
    ['He met his Belgian and Dutch counterparts, Hadja Lahbib and Foreign Minister Caspar Veldkamp.', ['Hadja Lahbib | - | NL', 'Caspar Veldkamp | Foreign Minister | -']],
    // "Luxembourg officials" is no name
    ['He met his Belgian and Dutch counterparts, Hadja Lahbib and Luxembourg officials.', ['Hadja Lahbib | - | NL']],
    // two countries and three names: no pairing, the first keeps the nearest country
    ['He met his Belgian and Dutch counterparts, Hadja Lahbib, Caspar Veldkamp and Annalena Baerbock.',
      ['Hadja Lahbib | - | NL', 'Caspar Veldkamp | - | -', 'Annalena Baerbock | - | -']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(people(text), expected, text);
});
