/**
 * Unseen set 7, people cause 4: La Francophonie (OIF) by its full names, and "La Francophonie" as the body whose
 * Secretary General is named; the portfolio ("Minister of Foreign Affairs and Francophonie", "Minister for La
 * Francophonie") stays a title word, not the organisation. The acronyms EAC and OIF are not read alone: US texts use
 * them for other bodies (Election Assistance Commission, Operation Iraqi Freedom).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPeople } from '../src/stages/people/person-finder.ts';
import { findCountries } from '../src/stages/countries/country-finder.ts';

const people = (text: string): string[] =>
  findPeople(text, findCountries(text)).map((p) => `${p.name} | ${p.title?.text ?? '-'} | ${p.country?.code ?? '-'}`);
const codes = (text: string): string[] => [...new Set(findCountries(text).map((c) => c.code))].sort();

test('the Francophonie by its names is the OIF, and its Secretary General its head', () => {
  const cases: [string, string][] = [
    ['The Secretary General of La Francophonie, Louise Mushikiwabo, received the Minister.', 'Louise Mushikiwabo | Secretary General | OIF'],
    ['The Secretary General of the International Organisation of La Francophonie Louise Mushikiwabo spoke.', 'Louise Mushikiwabo | Secretary General | OIF'],
    ['The Secretary General of the Organisation internationale de la Francophonie, Louise Mushikiwabo, spoke.', 'Louise Mushikiwabo | Secretary General | OIF'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text}\n${people(text).join('\n')}`);
  assert.deepEqual(codes('He attended the 19th Summit of the International Organization of La Francophonie in France.'), ['FR', 'OIF']);
  assert.ok(codes('The East African Community and the European Union met.').includes('EAC'));
});

test('portfolios and acronyms used for other bodies are not the organisation', () => {
  assert.ok(people('Minister of Foreign Affairs and Francophonie Mélanie Joly met him.').includes('Mélanie Joly | Minister of Foreign Affairs and Francophonie | -'));
  assert.ok(people('The Minister for La Francophonie, Marie-Claude Bibeau, met him.').includes('Marie-Claude Bibeau | Minister for La Francophonie | -'));
  assert.deepEqual(codes('The Minister for International Development and La Francophonie spoke.'), []);
  assert.deepEqual(codes('The U.S. Election Assistance Commission (EAC) will offer grants.'), ['US']);
  assert.deepEqual(codes('Veterans of Operation Iraqi Freedom (OIF) were honoured.'), ['IQ']);
});
