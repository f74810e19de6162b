/**
 * Unseen set 7, people cause 3: an office title followed by a rank worn as a style (Ambassador, General, Admiral,
 * Judge, ...) and a name keeps the office as the title, as the comma form does. Negative cases: an office whose own
 * word is a postpositive "General" ("Commissioner General"), a rank written alone before a name, and a rank word that
 * starts no name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPeople } from '../src/stages/people/person-finder.ts';
import { findCountries } from '../src/stages/countries/country-finder.ts';

const people = (text: string): string[] =>
  findPeople(text, findCountries(text)).map((p) => `${p.name} | ${p.title?.text ?? '-'}`);

test('an office before a rank style and a name is the title', () => {
  const cases: [string, string][] = [
    ['State Minister of Foreign Affairs Ambassador Mesganu Arga met the Russian delegation.', 'Mesganu Arga | State Minister of Foreign Affairs'],
    ['Minister of National Defence General Chansamone Chanyalath held talks in Vientiane.', 'Chansamone Chanyalath | Minister of National Defence'],
    ['He met Minister of Defence Gen. Prabowo Subianto in Jakarta.', 'Prabowo Subianto | Minister of Defence'],
    ['Secretary General of the National Security Council General Natthaphon Narkphanit spoke by phone.', 'Natthaphon Narkphanit | Secretary General of the National Security Council'],
    ['Assistant Secretary for Health Admiral Rachel Levine joined the roundtable.', 'Rachel Levine | Assistant Secretary for Health'],
    ['The Minister of Defence Ambassador Dr. Adamu Lamuwa attended.', 'Adamu Lamuwa | Minister of Defence'],
    ['Minister of Justice Judge Maria Lopez received the delegation.', 'Maria Lopez | Minister of Justice'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text}\n${people(text).join('\n')}`);
});

test('a postpositive General, a rank alone and a rank word before no name stay as before', () => {
  const cases: [string, string[]][] = [
    ['Ambassador Linda Thomas-Greenfield met the press.', ['Linda Thomas-Greenfield | Ambassador']],
    ['General Mark Milley spoke on Monday.', ['Mark Milley | General']],
    // "General Directorate" is no name: no person
    ['He addressed the Minister of Foreign Affairs General Directorate staff.', []],
  ];
  // the office's own "General" is not skipped as a style: the title is never the bare "Commissioner"
  for (const [text, name, office] of [
    ['He spoke with UNRWA Commissioner General Philippe Lazzarini on Friday.', 'Philippe Lazzarini', 'Commissioner'],
    ['He met Inspector General Robert Storch.', 'Robert Storch', 'Inspector'],
  ] as const) {
    const got = people(text);
    assert.ok(got.some((p) => p.startsWith(`${name} |`)) && !got.includes(`${name} | ${office}`), got.join('\n'));
  }
  for (const [text, expected] of cases) {
    const got = people(text);
    for (const e of expected) assert.ok(got.includes(e), `${text}\n${got.join('\n')}`);
    if (expected.length === 0) assert.ok(!got.some((p) => p.endsWith('| Minister of Foreign Affairs')), `${text}\n${got.join('\n')}`);
  }
});
