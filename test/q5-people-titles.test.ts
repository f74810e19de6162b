/**
 * Unseen set 5, people causes (diagnosis 3, 6, 8, 9, 7): comma-joined double titles before and after a name, a title
 * after a dotted country abbreviation in apposition, unknown portfolios inside a title, a deputy prime minister "for
 * Foreign Affairs", a Malay honorific chain and an ordinal after a title. Positive forms in several house styles and
 * negative cases that must not change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPeople } from '../src/stages/people/person-finder.ts';
import { findCountries } from '../src/stages/countries/country-finder.ts';
import { classifyTitle, titleRanks } from '../src/stages/people/title-classifier.ts';

const people = (text: string): string[] => findPeople(text, findCountries(text)).map((p) => `${p.name} | ${p.title?.text ?? '-'}`);

test('a comma-joined double title before a name is one title', () => {
  const cases: [string, string][] = [
    ['Deputy Prime Minister, Minister of Foreign Affairs Mihai Popșoi met the Minister.', 'Mihai Popșoi | Deputy Prime Minister, Minister of Foreign Affairs'],
    ['He met the new Deputy Prime Minister, Minister of Foreign Affairs and European Integration of the Republic of Moldova, Mihai Popșoi, in Bucharest.',
      'Mihai Popșoi | Deputy Prime Minister, Minister of Foreign Affairs and European Integration'],
    ['On March 14, 2024, Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs of Turkmenistan Rashid Meredov met with the Minister.',
      'Rashid Meredov | Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs'],
    ['The talks were held with First Deputy Prime Minister, Minister of Finance Jan Novak.', 'Jan Novak | First Deputy Prime Minister, Minister of Finance'],
    ['Vice Prime Minister, Minister of Foreign Affairs and International Cooperation Antonio Tajani received him.', 'Antonio Tajani | Vice Prime Minister, Minister of Foreign Affairs and International Cooperation'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
});

test('a list of offices or a sentence break before a title is not a double title', () => {
  const cases: [string, string][] = [
    ['The meeting was attended by the Prime Minister, the President, Minister of Defence John Smith and others.', 'John Smith | Minister of Defence'],
    ['He met the Prime Minister. Minister of Defence John Smith also attended.', 'John Smith | Minister of Defence'],
    ['He thanked the Ambassador, Minister of Defence John Smith and the staff.', 'John Smith | Minister of Defence'],
  ];
  for (const [text, expected] of cases) assert.deepEqual(people(text), [expected], text);
  // a second title that is no minister's does not join ("Secretary General" may not follow "and" in a compound)
  assert.ok(people('He met the Prime Minister, Secretary General Jens Stoltenberg said.').every((p) => !p.includes('Prime Minister, ')));
});

test('apposed titles after a name end at a verb when no comma closes them', () => {
  const cases: [string, string][] = [
    ['Saleumxay Kommasith, Deputy Prime Minister, Minister of Foreign Affairs of the Lao PDR held talks with the Minister.', 'Saleumxay Kommasith | Deputy Prime Minister, Minister of Foreign Affairs'],
    ['Mr. Prak Sokhonn, Deputy Prime Minister, Minister of Foreign Affairs and International Cooperation met the Ambassador.', 'Prak Sokhonn | Deputy Prime Minister, Minister of Foreign Affairs and International Cooperation'],
    ['Petr Novak, First Deputy Prime Minister, Minister of Finance received the delegation.', 'Petr Novak | First Deputy Prime Minister, Minister of Finance'],
    // the comma form keeps working
    ['Saleumxay Kommasith, Deputy Prime Minister, Minister of Foreign Affairs, held talks.', 'Saleumxay Kommasith | Deputy Prime Minister, Minister of Foreign Affairs'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
  // not when the second title heads another name, nor when a word that is no verb follows
  assert.deepEqual(people('Saleumxay Kommasith, Deputy Prime Minister, Minister of Foreign Affairs John Smith held talks.'),
    ['Saleumxay Kommasith | Deputy Prime Minister', 'John Smith | Minister of Foreign Affairs']);
  assert.ok(!people('Saleumxay Kommasith, Deputy Prime Minister, Minister of Foreign Affairs in the new cabinet.').includes('Saleumxay Kommasith | Deputy Prime Minister, Minister of Foreign Affairs'));
});

test('a title after a dotted country abbreviation heads an apposed name', () => {
  const cases: [string, string][] = [
    ['He held talks with the U.S. Secretary of State, Antony Blinken, in Washington.', 'Antony Blinken | Secretary of State'],
    ['The U.K. Foreign Secretary, David Cameron, said.', 'David Cameron | Foreign Secretary'],
    ['She met the U.S. Deputy Secretary of State, Kurt Campbell.', 'Kurt Campbell | Deputy Secretary of State'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
  // a full stop that ends a sentence still ends it
  assert.deepEqual(people('It ended. Secretary of State, Antony Blinken, said.'), []);
});

test("a foreign ministry's second portfolio stays inside the title", () => {
  const cases: [string, string][] = [
    ['The Minister of Foreign Affairs and Human Mobility of Ecuador, Gabriela Sommerfeld Rosero, met him.', 'Gabriela Sommerfeld Rosero | Minister of Foreign Affairs and Human Mobility'],
    ['Minister of Foreign Affairs and Worship Santiago Cafiero received him.', 'Santiago Cafiero | Minister of Foreign Affairs and Worship'],
    ['He met the Minister of Foreign Affairs and Senegalese Abroad, Yassine Fall, today.', 'Yassine Fall | Minister of Foreign Affairs and Senegalese Abroad'],
    ['Minister of Foreign Affairs, Cooperation and Communities Paulo Rangel spoke.', 'Paulo Rangel | Minister of Foreign Affairs, Cooperation and Communities'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
  // lower-case words and a capitalised word after the name are not portfolio
  assert.deepEqual(people('Human mobility was discussed with Minister of Foreign Affairs Gabriela Sommerfeld and civil society abroad.'), ['Gabriela Sommerfeld | Minister of Foreign Affairs']);
  assert.deepEqual(people('He met Minister of Foreign Affairs Juan Perez and Worship leaders.'), ['Juan Perez | Minister of Foreign Affairs']);
});

test('a deputy head of government holding the foreign portfolio ranks as foreign minister', () => {
  const cases: [string, string][] = [
    ['Deputy Prime Minister for Foreign and European Affairs', 'foreign-minister'],
    ['Deputy Prime Minister for Foreign Affairs', 'foreign-minister'],
    ['Vice Prime Minister for Foreign Affairs and Trade', 'foreign-minister'],
    ['First Deputy Prime Minister for European Integration and Foreign Affairs', 'foreign-minister'],
    ['Deputy Prime Minister, Minister of Foreign Affairs', 'foreign-minister'],
    ['Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs', 'foreign-minister'],
    ['President of the Council of Ministers', 'leader'],
    // not the foreign portfolio
    ['Deputy Prime Minister for Economic Affairs', 'minister'],
    ['Deputy Prime Minister for Economic Affairs and Foreign Trade', 'minister'],
    ['Deputy Prime Minister for Foreign Trade', 'minister'],
    ['Deputy Prime Minister', 'minister'],
    ['Deputy Chairman of the Cabinet of Ministers', 'minister'],
    ['President of the Council', 'other'],
  ];
  for (const [title, level] of cases) assert.equal(classifyTitle(title), level, title);
  // Montenegro's and Slovenia's deputy prime ministers share the foreign-minister rank
  assert.ok(titleRanks('Deputy Prime Minister and Minister of Foreign and European Affairs').includes('foreign-minister'));
});

test("a Roman ordinal after a title's portfolio and Bruneian styles of office", () => {
  const cases: [string, string][] = [
    ['The Minister of Foreign Affairs II, Erywan Yusof, held talks.', 'Erywan Yusof | Minister of Foreign Affairs II'],
    ['Minister of Finance and Economy II Dato Amin Liew Abdullah met him.', 'Amin Liew Abdullah | Minister of Finance and Economy II'],
    ['The Minister of Foreign Affairs II, Yang Berhormat Dato Seri Setia Haji Erywan bin Mohd Yusof held a meeting.', 'Erywan bin Mohd Yusof | Minister of Foreign Affairs II'],
    ['He received Yang Mulia Dato Paduka Haji Ahmad bin Ali today.', 'Ahmad bin Ali | -'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
  // a Roman numeral after a name is a suffix, not part of the title; "Yang" alone is a family name
  assert.ok(people('President John Smith II met him.').includes('John Smith | President'));
  assert.ok(people('Foreign Minister Yang Jiechi met him.').includes('Yang Jiechi | Foreign Minister'));
});

test("a Malay or Bruneian name with the father's styles after \"bin\" is one name", () => {
  const text = 'The Minister of Foreign Affairs II, Yang Berhormat Dato Seri Setia Awang Haji Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof held a bilateral meeting.';
  assert.deepEqual(people(text), ['Erywan Yusof | Minister of Foreign Affairs II']);
  // "Awang" alone is a given name, not a style; a run of many name words with no "bin" is still too long for a name
  assert.deepEqual(people('He met Awang Adek Hussin today.'), ['Awang Adek Hussin | -']);
  assert.deepEqual(people('He met Abdul Rahman Ahmad Hassan Ali Omar Yusof Said today.'), []);
  // styles are not discounted before "bin": seven name words stay too many
  assert.deepEqual(people('He met Pehin Haji Abdul Rahman Ahmad Hassan Ali Omar Yusof today.').filter((p) => p.startsWith('Pehin')), []);
});
