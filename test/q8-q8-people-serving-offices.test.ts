/**
 * An office that serves a principal named after "to" ("Diplomatic Advisor to Prime Minister Mitsotakis, NAME",
 * "National Security Adviser to the President, NAME", "Chief of Staff to President Zelenskyy, NAME", "Private Secretary
 * to the King, NAME"): the person after the comma holds the whole office, the principal is no participant, and the
 * office ranks senior-official whatever the principal's rank. A principal met in his own right ("spoke to Prime
 * Minister Mitsotakis, and ...") stays a participant.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPeople } from '../src/stages/people/person-finder.ts';
import { findCountries } from '../src/stages/countries/country-finder.ts';
import { classifyTitle } from '../src/stages/people/title-classifier.ts';

const people = (text: string): string[] =>
  findPeople(text, findCountries(text)).map((p) => `${p.name} | ${p.title?.text ?? '-'} | ${p.country?.code ?? '-'}`);

test('the adviser after the comma holds the office; the principal served is no participant', () => {
  const cases: [string, string, string][] = [
    ['He met Diplomatic Advisor to Prime Minister Mitsotakis, Anna-Maria Boura.', 'Anna-Maria Boura | Diplomatic Advisor to Prime Minister Mitsotakis | -', 'Mitsotakis'],
    ['He met the Diplomatic Advisor to Prime Minister Kyriakos Mitsotakis, Anna-Maria Boura, in Athens.', 'Anna-Maria Boura | Diplomatic Advisor to Prime Minister Kyriakos Mitsotakis | -', 'Kyriakos'],
    ['Hood met with Tunisian State Secretary Mohamed Ali Nafti and Diplomatic Advisor to Prime Minister Mechichi, Elyes Ghariani, and underscored support.', 'Elyes Ghariani | Diplomatic Advisor to Prime Minister Mechichi | -', 'Mechichi'],
    ['He met Chief of Staff to the President, Ron Klain.', 'Ron Klain | Chief of Staff to the President | -', 'President |'],
    ['He met Chief of Staff to President Zelenskyy, Andriy Yermak.', 'Andriy Yermak | Chief of Staff to President Zelenskyy | -', 'Zelenskyy |'],
    ['He met the Chief of Staff to the President of Ukraine, Andriy Yermak.', 'Andriy Yermak | Chief of Staff to the President | UA', 'President |'],
    ['He met Private Secretary to the King, Clive Alderton.', 'Clive Alderton | Private Secretary to the King | -', 'King |'],
    ['He met Deputy Chief of Staff to the Prime Minister, Jane Roe.', 'Jane Roe | Deputy Chief of Staff to the Prime Minister | -', 'Prime Minister |'],
    ['He met Special Assistant to President Biden, John Doe.', 'John Doe | Special Assistant to President Biden | -', 'Biden'],
    ['Present: Secretary to the President for Economic Security Yunjong Wang of the ROK.', 'Yunjong Wang | Secretary to the President for Economic Security | KR', 'President |'],
  ];
  for (const [text, expected, principal] of cases) {
    const found = people(text);
    assert.ok(found.includes(expected), `${text} -> ${found.join('; ')}`);
    assert.ok(!found.some((p) => p.startsWith(principal)), `${text}: the principal is no participant -> ${found.join('; ')}`);
  }
});

test('forms already read and principals met in their own right are unchanged', () => {
  const cases: [string, string][] = [
    ['He met National Security Adviser to the President, Jake Sullivan.', 'Jake Sullivan | National Security Adviser to the President | -'],
    ['He met the Diplomatic Adviser to the President of France, Emmanuel Bonne.', 'Emmanuel Bonne | Diplomatic Adviser to the President | FR'],
    ['He met National Security Advisor to the Vice President Phil Gordon.', 'Phil Gordon | National Security Advisor to the Vice President | -'],
    // the principal is met: no name follows him after a comma
    ['The advisor spoke to Prime Minister Mitsotakis, and the Prime Minister agreed.', 'Mitsotakis | Prime Minister | -'],
    ['The Secretary spoke to President Biden, who agreed.', 'Biden | President | -'],
    ['Secretary Blinken spoke to Foreign Minister Wang Yi, and they agreed.', 'Wang Yi | Foreign Minister | -'],
    // "to" after an office that serves no principal
    ['He met Ambassador to Japan Rahm Emanuel.', 'Rahm Emanuel | Ambassador to Japan | -'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
});

test('an office serving a principal ranks senior-official whatever the principal\'s rank', () => {
  const cases: [string, string | null][] = [
    ['Diplomatic Advisor to Prime Minister Mitsotakis', 'senior-official'],
    ['Chief of Staff to President Zelenskyy', 'senior-official'],
    ['Deputy Chief of Staff to the Prime Minister', 'senior-official'],
    ['Private Secretary to the King', 'senior-official'],
    ['Special Assistant to President Biden', 'senior-official'],
    ['National Security Advisor to the President', 'senior-official'],
    // unchanged
    ['Deputy Prime Minister', 'minister'],
    ['Secretary of State', 'foreign-minister'],
    ['Chief of Staff', 'senior-official'],
  ];
  for (const [title, level] of cases) assert.equal(classifyTitle(title), level, title);
});
