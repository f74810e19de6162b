/**
 * Offices written with a postpositive "General" ("Commissioner General", "Inspector General", "Auditor General",
 * "Consul General", "Governor-General", "Surgeon General"): the whole office is the title, also in its hyphenated
 * one-word form, and it ranks as its office does (an agency's, an audit office's or a consulate's head below a
 * minister; an Attorney General a minister). "General" before a body's word ("the General Staff", "General Services
 * Administration") is no rank; a general's rank before a name stays a style.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPeople } from '../src/stages/people/person-finder.ts';
import { findCountries } from '../src/stages/countries/country-finder.ts';
import { classifyTitle } from '../src/stages/people/title-classifier.ts';

const people = (text: string): string[] =>
  findPeople(text, findCountries(text)).map((p) => `${p.name} | ${p.title?.text ?? '-'}`);

test('an office with its postpositive "General" is one title, spaced or hyphenated', () => {
  const cases: [string, string][] = [
    ['He spoke with UNRWA Commissioner General Philippe Lazzarini.', 'Philippe Lazzarini | Commissioner General'],
    ['He spoke with UNRWA Commissioner-General Philippe Lazzarini.', 'Philippe Lazzarini | Commissioner-General'],
    ['He met Inspector General Michael Horowitz.', 'Michael Horowitz | Inspector General'],
    ['He met the Deputy Inspector General Jane Roe.', 'Jane Roe | Deputy Inspector General'],
    ['He met Auditor General Karen Hogan.', 'Karen Hogan | Auditor General'],
    ['He met Auditor-General Karen Hogan.', 'Karen Hogan | Auditor-General'],
    ['He met Consul General Maria Lopez.', 'Maria Lopez | Consul General'],
    ['He met Solicitor General Elizabeth Prelogar.', 'Elizabeth Prelogar | Solicitor General'],
    ['He met Comptroller General Gene Dodaro.', 'Gene Dodaro | Comptroller General'],
    ['He met Postmaster General Louis DeJoy.', 'Louis DeJoy | Postmaster General'],
    ["He met Ukraine's Prosecutor General Andriy Kostin.", 'Andriy Kostin | Prosecutor General'],
    ['He met the Procurator General of Russia Igor Krasnov.', 'Igor Krasnov | Procurator General'],
    ['He met Surgeon General Vivek Murthy.', 'Vivek Murthy | Surgeon General'],
    ['He met Attorney General Merrick Garland.', 'Merrick Garland | Attorney General'],
    ['He met Governor-General David Hurley.', 'David Hurley | Governor-General'],
    ['He met Governor General Mary Simon.', 'Mary Simon | Governor General'],
    ['He met IAEA Director General Rafael Grossi.', 'Rafael Grossi | Director General'],
    ['He met with Attorneys General Dana Nessel of Michigan and Keith Ellison of Minnesota.', 'Dana Nessel | Attorneys General'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
});

test('"General" before a body\'s word is no rank; a general\'s rank and "General Secretary" are unchanged', () => {
  const cases: [string, string][] = [
    // a body named with "General": the person keeps the office before it, never "General"
    ['Sullivan met Lieutenant General Aviv Kohavi, Chief of the General Staff of the Israel Defense Forces (IDF).', 'Aviv Kohavi | Chief of the General Staff of the Israel Defense Forces'],
    ['Present were Energy Secretary Jennifer Granholm, General Services Administration (GSA) Acting Administrator Katy Kale, and others.', 'Jennifer Granholm | Energy Secretary'],
    // unchanged
    ['He met General Secretary Xi Jinping.', 'Xi Jinping | General Secretary'],
    ['He met the Secretary-General of the United Nations, António Guterres.', 'António Guterres | Secretary-General'],
    ['He met Director-General of the WTO Ngozi Okonjo-Iweala.', 'Ngozi Okonjo-Iweala | Director-General'],
    ['He met General Lloyd Austin.', 'Lloyd Austin | General'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
  // no person named after a body's words
  assert.ok(!people('He met Lieutenant General Aviv Kohavi, Chief of the General Staff of the IDF.').some((p) => p.startsWith('Staff')));
  assert.ok(!people('He met Head of Palestinian General Intelligence Services Majid Faraj.').some((p) => p.startsWith('Intelligence')));
  // an office word alone, or written in lower case, is no title
  assert.deepEqual(people('The inspector general John Roe said.'), []);
  assert.ok(!people('He met Inspector John Roe.').some((p) => p.includes('| Inspector')));
});

test('offices with a postpositive "General" rank as the office they head', () => {
  const cases: [string, string | null][] = [
    ['Commissioner General', 'senior-official'],
    ['Commissioner-General', 'senior-official'],
    ['Inspector General', 'senior-official'],
    ['Auditor General', 'senior-official'],
    ['Comptroller General', 'senior-official'],
    ['Surgeon General', 'senior-official'],
    ['Consul General', 'senior-official'],
    ['Prosecutor General', 'senior-official'],
    ['Director General', 'senior-official'],
    ['Attorney General', 'minister'],
    ['Attorneys General', 'minister'],
    // unchanged: a Commissioner of the European Commission, a Governor-General, a Secretary General
    ['European Commissioner for Trade', 'minister'],
    ['Governor-General', 'other'],
    ['Secretary General', 'other'],
  ];
  for (const [title, level] of cases) assert.equal(classifyTitle(title), level, title);
});
