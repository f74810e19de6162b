/**
 * Unseen set 6, people cause 9: regional organisations whose secretariats publish readouts (SADC, and its neighbours
 * in other regions: EAC, COMESA, IGAD, ECCAS, OECS, SICA, the Organization of Turkic States, CICA, CPLP, BIMSTEC) are
 * sides, by name and by acronym; acronyms that other bodies share in US texts (EAC, the Election Assistance
 * Commission; OIF, Operation Iraqi Freedom) are not taken.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCountries } from '../src/stages/countries/country-finder.ts';
import { findPeople } from '../src/stages/people/person-finder.ts';

const codes = (text: string): string[] => findCountries(text).map((m) => m.code);

test('regional organisations are found by name and acronym', () => {
  const cases: [string, string][] = [
    ['The SADC Executive Secretary paid a courtesy call.', 'SADC'],
    ['The Southern African Development Community will hold its summit in Harare.', 'SADC'],
    ['The East African Community Secretary General met the President.', 'EAC'],
    ['The COMESA Secretary General met the Minister.', 'COMESA'],
    ['The Common Market for Eastern and Southern Africa held a summit.', 'COMESA'],
    ['The IGAD Executive Secretary briefed the Council.', 'IGAD'],
    ['The Intergovernmental Authority on Development met in Djibouti.', 'IGAD'],
    ['The ECCAS Commission President met him.', 'ECCAS'],
    ['The Director General of the OECS Commission met him.', 'OECS'],
    ['The Organisation of Eastern Caribbean States held a meeting.', 'OECS'],
    ['The SICA Secretary General met the President.', 'SICA'],
    ['The Central American Integration System met.', 'SICA'],
    ['Minister Fidan will attend the OTS Council of Foreign Ministers.', 'OTS'],
    ['The informal summit of the Organization of Turkic States was held in Shusha.', 'OTS'],
    ['The CICA Executive Director met the Minister.', 'CICA'],
    ['The Community of Portuguese Language Countries met in Lisbon.', 'CPLP'],
    ['The BIMSTEC Secretary General called on the Minister.', 'BIMSTEC'],
  ];
  for (const [text, code] of cases) assert.ok(codes(text).includes(code), `${text} -> ${codes(text).join(', ')}`);
});

test('acronyms other bodies share are not organisations', () => {
  assert.deepEqual(codes('Vote.gov partnered with the Election Assistance Commission (EAC) to offer a tool.'), []);
  assert.deepEqual(codes('He served in Operation Iraqi Freedom (OIF) and Operation New Dawn.').filter((c) => c.length > 2), []);
  // lower-case words are no acronym
  assert.deepEqual(codes('The sadc and sica words in lower case name nothing.'), []);
});

test("an organisation's official before a name takes the organisation as country", () => {
  const people = findPeople('The SADC Executive Secretary, H.E. Mr. Elias M. Magosi, paid a courtesy call on the President.',
    findCountries('The SADC Executive Secretary, H.E. Mr. Elias M. Magosi, paid a courtesy call on the President.'));
  assert.deepEqual(people.map((p) => [p.name, p.title?.text, p.country?.code]), [['Elias Magosi', 'Executive Secretary', 'SADC']]);
});
