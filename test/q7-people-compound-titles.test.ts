/**
 * Unseen set 7, people cause 10 (title part): a compound title after "the" ("the Deputy Prime Minister and Minister of
 * Foreign Affairs ... of Italy, Antonio Tajani") stays whole when the earlier person whose title the first part
 * denotes holds that very title shortened (the headline's "Deputy Prime Minister and Minister Tajani"); it is still
 * split when the first part is another person's title ("The Secretary and Foreign Minister Kuleba").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPeople } from '../src/stages/people/person-finder.ts';
import { findCountries } from '../src/stages/countries/country-finder.ts';

const people = (text: string): string[] =>
  findPeople(text, findCountries(text)).map((p) => `${p.name} | ${p.title?.text ?? '-'}`);

test('a compound title the earlier mention shortened stays whole', () => {
  const cases: [string, string][] = [
    ['Minister Konaković met with Deputy Prime Minister and Minister Tajani in Rome.\n\nThe Minister held talks today with the Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation of Italy, Antonio Tajani.',
      'Antonio Tajani | Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation'],
    ['Deputy Prime Minister and Minister Bettel met him.\n\nHe was received by the Deputy Prime Minister and Minister for Foreign Affairs Xavier Bettel.',
      'Xavier Bettel | Deputy Prime Minister and Minister for Foreign Affairs'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text}\n${people(text).join('\n')}`);
});

test("a first title that is another person's is still split off", () => {
  const got = people('Secretary of State Antony Blinken met Ukrainian Foreign Minister Dmytro Kuleba. The Secretary and Foreign Minister Kuleba discussed aid.');
  assert.ok(got.includes('Dmytro Kuleba | Foreign Minister'), got.join('\n'));
  assert.ok(!got.some((p) => p.includes('Secretary and Foreign Minister')), got.join('\n'));
});
