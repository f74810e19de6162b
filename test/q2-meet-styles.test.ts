/**
 * House styles of the second set of unseen publishers (test/fixtures/q2-meet, second half): "received a phone call on
 * Saturday", leaders' retreats, people named inside the occasion, a title held at a post ("Minister of State at the
 * Federal Foreign Office, Katja Keul"), occasions after "who is taking part in" and "to <place> for the", and
 * bylines without a dot ("Hon Winston Peters").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';
import { findPeople } from '../src/stages/people/person-finder.ts';
import { findCountries } from '../src/stages/countries/country-finder.ts';

const meeting = (text: string, publisher: string | null = null) => extractRecord({ file: 't', text, publisher }).meetings[0];
const names = (text: string): string[] => findPeople(text, findCountries(text)).map((p) => `${p.name} | ${p.title?.text ?? '-'}`);

test('a call on a day is a telephone call; a call on someone is a visit', () => {
  const cases: [string, string][] = [
    ['21 October 2023\n\nMinister of Foreign Affairs Sameh Shoukry received a phone call on Saturday from his Greek counterpart, George Gerapetritis.', 'telephone'],
    ['21 October 2023\n\nMinister Sameh Shoukry received a telephone call on 20 October from Foreign Minister George Gerapetritis.', 'telephone'],
    ['21 October 2023\n\nMinister of State Ahmed Ali paid a courtesy call on Prime Minister Sitiveni Rabuka in Suva.', 'in-person'],
    ['21 October 2023\n\nThe Ambassador called on the Minister of Foreign Affairs, Mr. Sameh Shoukry, today.', 'in-person'],
    ['July 14, 2021\n\nSpecial Presidential Envoy for Climate John Kerry had a phone call on July 14 with Russian President Vladimir Putin.', 'telephone'],
  ];
  for (const [text, mode] of cases) assert.equal(meeting(text)?.mode, mode, text);
});

test('a leaders\' retreat is a meeting, in a sentence or a title', () => {
  const m = meeting('Prime Minister Lee Hsien Loong\'s Leaders\' Retreat with Prime Minister of Malaysia Dato\' Seri Anwar Ibrahim, 11 January 2024\n\nPrime Minister Lee Hsien Loong and Prime Minister of Malaysia Dato\' Seri Anwar Ibrahim held the 10th Singapore-Malaysia Leaders\' Retreat in Putrajaya today.');
  assert.deepEqual([m?.date, m?.countries, m?.place], ['2024-01-11', ['MY', 'SG'], 'Putrajaya']);
});

test('people named inside the occasion are not participants', () => {
  const m = meeting('29 February 2024 - Secretary of Foreign Affairs Enrique A. Manalo held a bilateral meeting with Australian Minister for Foreign Affairs Penny Wong on 29 February 2024 in Melbourne, on the sidelines of the Official Visit of President Ferdinand R. Marcos Jr. to Australia.');
  assert.deepEqual(m?.participants.map((p) => p.name), ['Enrique Manalo', 'Penny Wong']);
  assert.equal(m?.level, 'foreign-minister');
  // a participant named before the occasion stays one
  const n = meeting('12 May 2024\n\nPresident Ferdinand R. Marcos Jr. met Prime Minister Anthony Albanese on the sidelines of the ASEAN-Australia Special Summit in Melbourne.');
  assert.deepEqual(n?.participants.map((p) => p.name), ['Ferdinand Marcos', 'Anthony Albanese']);
});

test('a title held at a post, then the name after a comma', () => {
  assert.deepEqual(names('Ambassador Yusuf Maitama Tuggar received the German Minister of State at the Federal Foreign Office, Katja Keul, at the Ministry of Foreign Affairs, Abuja, on Monday.'),
    ['Yusuf Maitama Tuggar | Ambassador', 'Katja Keul | Minister of State']);
  // not a post: the place the meeting was at, then a clause
  assert.deepEqual(names('The Minister of State met in Abuja, and later Katja Keul spoke.').filter((n) => n.startsWith('Katja')), []);
});

test('occasions: "who is taking part in", "to <place> for the"', () => {
  const cases: [string, string | null][] = [
    ['21 May 2023\n\nPresident of Ukraine Volodymyr Zelenskyy, who is taking part in the G7 summit in Hiroshima, met with Prime Minister of Japan Fumio Kishida.', 'G7 summit'],
    ['28 May 2024\n\nFederal Chancellor Olaf Scholz welcomed French President Emmanuel Macron to Schloss Meseberg for the Franco-German Council of Ministers.', 'Franco-German Council of Ministers'],
    // a purpose, not an event
    ['28 May 2024\n\nFederal Chancellor Olaf Scholz welcomed French President Emmanuel Macron to Berlin for talks on defence.', null],
    ['July 8, 2021\n\nPresident Biden and Vice President Harris met today with civil rights leaders. The President reiterated that he will continue to push for Congress to pass critical legislation.', null],
  ];
  for (const [text, occasion] of cases) assert.equal(meeting(text)?.occasion ?? null, occasion, text);
  assert.equal(meeting(cases[1]![0])?.place, 'Meseberg');
});

test('a byline without a dot after "Hon" names the author of a first-person readout', () => {
  const m = meeting('Hon Winston Peters\nDeputy Prime Minister\n\nForeign Minister meets Chinese counterpart\n\n18 March 2024\n\nI welcomed Chinese Foreign Minister Wang Yi to Wellington today.', 'New Zealand Ministry of Foreign Affairs and Trade');
  assert.deepEqual(m?.participants.map((p) => `${p.name} | ${p.country}`), ['Winston Peters | NZ', 'Wang Yi | CN']);
});

test('a long title, its name, "and", then the other side\'s title and name', () => {
  assert.deepEqual(names('Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Ayman Safadi and Egyptian Foreign Minister Sameh Shoukry held talks in Cairo.'),
    ['Ayman Safadi | Deputy Prime Minister and Minister of Foreign Affairs and Expatriates', 'Sameh Shoukry | Foreign Minister']);
  // a portfolio that goes on after one word outside the list
  assert.deepEqual(names('The Rt Hon James Cleverly, Secretary of State for Foreign, Commonwealth and Development Affairs, said.'),
    ['James Cleverly | Secretary of State for Foreign, Commonwealth and Development Affairs']);
});

test('after an honorific, initials are name words of an apposed name', () => {
  assert.deepEqual(names('The External Affairs Minister of India, Dr. S. Jaishankar, who is on an official visit to Sri Lanka, called on President Ranil Wickremesinghe.'),
    ['Jaishankar | External Affairs Minister', 'Ranil Wickremesinghe | President']);
  // no name after the comma: a form of address
  assert.deepEqual(names('Mr. President, Jill and I thank you.'), []);
});

test('a military command is no name', () => {
  assert.deepEqual(names('President Javier Milei met today with the Commander of the United States Southern Command, General Laura Richardson, who is visiting Argentina.').map((n) => n.split(' | ')[0]),
    ['Javier Milei', 'Laura Richardson']);
});
