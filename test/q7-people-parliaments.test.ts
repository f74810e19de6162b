/**
 * Unseen set 7, people cause 7: parliaments' own names (Milli Majlis, Verkhovna Rada, Lok Sabha, State Duma, Saeima,
 * ...) end a presiding officer's title, so the name after it anchors; dotted post-nominals ("T.D.", "M.P.", "K.C.")
 * close a comma apposition as the undotted ones do. Negative cases: a parliament word that is a given name ("Duma
 * Boko"), single initials of a name, and dotted letters that are no post-nominal.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPeople } from '../src/stages/people/person-finder.ts';
import { findCountries } from '../src/stages/countries/country-finder.ts';

const people = (text: string): string[] =>
  findPeople(text, findCountries(text)).map((p) => `${p.name} | ${p.title?.text ?? '-'} | ${p.country?.code ?? '-'}`);

test("a parliament's own name ends the presiding officer's title", () => {
  const cases: [string, string][] = [
    ['President Erdoğan received Speaker of the Milli Majlis of Azerbaijan Sahiba Gafarova.', 'Sahiba Gafarova | Speaker of the Milli Majlis | AZ'],
    ['He met the Chairman of the Verkhovna Rada of Ukraine Ruslan Stefanchuk.', 'Ruslan Stefanchuk | Chairman of the Verkhovna Rada | UA'],
    ['He called on the Speaker of the Lok Sabha Om Birla.', 'Om Birla | Speaker of the Lok Sabha | -'],
    ['Chairman of the State Duma Vyacheslav Volodin met him.', 'Vyacheslav Volodin | Chairman of the State Duma | -'],
    ['The Speaker of the Saeima, Daiga Mieriņa, received him.', 'Daiga Mieriņa | Speaker of the Saeima | -'],
    ['The Speaker of the Jatiya Sangsad Shirin Sharmin Chaudhury welcomed the delegation.', 'Shirin Sharmin Chaudhury | Speaker of the Jatiya Sangsad | -'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text}\n${people(text).join('\n')}`);
});

test('dotted post-nominals close a comma apposition', () => {
  const cases: [string, string][] = [
    ['The Taoiseach, Simon Harris T.D., today welcomed the Prime Minister.', 'Simon Harris | Taoiseach | -'],
    ['The Minister, Jane Smith M.P., met the delegation.', 'Jane Smith | Minister | -'],
    ['He met the Attorney General, John Doe K.C., on Monday.', 'John Doe | Attorney General | -'],
    ['The Taoiseach, Simon Harris TD, today welcomed him.', 'Simon Harris | Taoiseach | -'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text}\n${people(text).join('\n')}`);
});

test('given names, initials and other dotted letters stay as before', () => {
  assert.ok(people('President Duma Boko met the delegation.').includes('Duma Boko | President | -'));
  // dotted letters that are no post-nominal ("U.S.") do not close the apposition
  assert.ok(!people('The Minister, Jane Smith U.S. envoy, met him.').includes('Jane Smith | Minister | -'));
  // a lower-case parliament word in running text is no title word
  assert.deepEqual(people('The speaker of the rada said nothing.'), []);
});
