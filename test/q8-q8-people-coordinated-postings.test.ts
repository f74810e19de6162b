/**
 * Unseen set 7, cause 10: a posting to two places ("the Ambassador of the European Union to Tanzania and the EAC,
 * H.E. Christine Grau", "Ambassador to Belgium and Luxembourg, NAME") is one title, with or without an honorific before
 * the name. An "and" that starts another office or person is no second posting.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPeople } from '../src/stages/people/person-finder.ts';
import { findCountries } from '../src/stages/countries/country-finder.ts';

const people = (text: string): string[] =>
  findPeople(text, findCountries(text)).map((p) => `${p.name} | ${p.title?.text ?? '-'} | ${p.country?.code ?? '-'}`);

test('a posting to two countries or bodies is one title', () => {
  const cases: [string, string][] = [
    ['The minister met the Ambassador of the European Union to Tanzania and the EAC, H.E. Christine Grau.', 'Christine Grau | Ambassador of the European Union to Tanzania and the EAC | EU'],
    ['The minister met the Ambassador of the European Union to Tanzania and the EAC, Christine Grau.', 'Christine Grau | Ambassador of the European Union to Tanzania and the EAC | EU'],
    ['The minister met the Ambassador of the European Union to Tanzania and the East African Community, Christine Grau.', 'Christine Grau | Ambassador of the European Union to Tanzania and the East African Community | EU'],
    ['He met the Ambassador of Japan to Belgium and Luxembourg, Hiroshi Suzuki, today.', 'Hiroshi Suzuki | Ambassador of Japan to Belgium and Luxembourg | JP'],
    ['He met the Ambassador to Belgium and Luxembourg, Hiroshi Suzuki, today.', 'Hiroshi Suzuki | Ambassador to Belgium and Luxembourg | -'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
});

test('an "and" before another office or a name after the posting is unchanged', () => {
  const cases: [string, string][] = [
    ['The minister met the Ambassador of the European Union to Tanzania, Christine Grau.', 'Christine Grau | Ambassador of the European Union to Tanzania | EU'],
    ['He met Ambassador to Japan Rahm Emanuel and Japanese officials.', 'Rahm Emanuel | Ambassador to Japan | -'],
    ['He met the Ambassador to Japan and Foreign Minister Hayashi today.', 'Hayashi | Ambassador to Japan and Foreign Minister | -'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
  // a second country not closed by a comma is no posting ("and Japan's Foreign Minister")
  assert.ok(!people("He met the US Ambassador to Japan and Japan's Foreign Minister Yoshimasa Hayashi.").some((p) => p.includes('to Japan and Japan')));
});
