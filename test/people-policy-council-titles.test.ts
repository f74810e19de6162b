/**
 * Titles of policy offices keep their subject word ("Domestic Policy Advisor", "Gender Policy Council Director"), as
 * "National Security Advisor" keeps "National Security"; a title that follows a name still starts a new person.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const cases: [text: string, expected: string[]][] = [
  ['February 10, 2021\n\nToday, Domestic Policy Advisor Susan Rice met with leaders of advocacy groups.', ['Susan Rice | Domestic Policy Advisor']],
  ['June 8, 2022\n\nToday, Gender Policy Council Director Jennifer Klein met with labor leaders.', ['Jennifer Klein | Gender Policy Council Director']],
  // negative: a second titled person is not folded into the first one's title
  ['June 8, 2022\n\nNational Security Advisor Jake Sullivan met today with Domestic Policy Advisor Susan Rice.', ['Jake Sullivan | National Security Advisor', 'Susan Rice | Domestic Policy Advisor']],
];

/** One test per case: the first meeting's participants as "name | title". */
function titleTests(table: readonly (readonly [text: string, expected: string[]])[]): void {
  for (const [text, expected] of table) {
    test(`titles of: ${text.split('\n\n')[1]!.slice(0, 70)}`, () => {
      const m = extractRecord({ file: 't', text }).meetings[0];
      assert.ok(m, 'a meeting');
      assert.deepEqual(m.participants.map((p) => `${p.name} | ${p.title}`), expected);
    });
  }
}

titleTests(cases);

// A rank word that is also a title ("Chief") heads a longer title; a title after a comma that is joined to another
// title heading a name is that name's, not the one before.
const chiefCases: [text: string, expected: string[]][] = [
  ['October 13, 2022\n\nNational Security Advisor Jake Sullivan met today with Asta Skaisgiryte, Chief Foreign Policy Advisor, and Kestutis Budrys, Chief National Security Advisor.',
    ['Jake Sullivan | National Security Advisor', 'Asta Skaisgiryte | Chief Foreign Policy Advisor', 'Kestutis Budrys | Chief National Security Advisor']],
  ['November 28, 2021\n\nPresident Biden met today with Chief Medical Advisor Dr. Anthony Fauci.', ['Biden | President', 'Anthony Fauci | Chief Medical Advisor']],
  ['August 10, 2021\n\nToday, President Biden met with FEMA Administrator Deanne Criswell, Chief Medical Advisor and NIAID Director Dr. Anthony Fauci.',
    ['Biden | President', 'Deanne Criswell | Administrator', 'Anthony Fauci | Director']],
  // negative: "Chief" stays a title of its own before "of", and "Chief Minister" is one title
  ['August 10, 2021\n\nPresident Biden met today with Chief of Staff Ron Klain and Chief Minister Mamata Banerjee.', ['Biden | President', 'Ron Klain | Chief of Staff', 'Mamata Banerjee | Chief Minister']],
  ['August 10, 2021\n\nJean-Yves Le Drian, Minister for Europe and Foreign Affairs, met Foreign Minister Kono.', ['Jean-Yves Le Drian | Minister for Europe and Foreign Affairs', 'Kono | Foreign Minister']],
];

titleTests(chiefCases);

// Family names that end like common nouns ("Hood", "Ness") are names after a title; the nouns are not.
test('a short family name ending like a common noun is a name after a title', () => {
  const m = extractRecord({ file: 't', text: 'May 21, 2021\n\nAssistant Secretary Hood met with Tunisian State Secretary Mohamed Ali Nafti in Tunis.' }).meetings[0];
  assert.ok(m);
  assert.deepEqual(m.participants.map((p) => `${p.name} | ${p.title}`), ['Hood | Assistant Secretary', 'Mohamed Ali Nafti | State Secretary']);
  // negative: a body's name after a title is still no person
  const n = extractRecord({ file: 't', text: 'May 21, 2021\n\nThe Secretary met with Minister Blinken and the Director of Statehood Services.' }).meetings[0];
  assert.ok(!n || n.participants.every((p) => !/Statehood|Services/.test(p.name)), JSON.stringify(n?.participants));
});

// Portfolios named after a title's "for"/"of" may be subjects and bodies ("Religious Freedom", "National Assembly"),
// and a church is a body, not a person.
const bodyCases: [text: string, expected: string[]][] = [
  ['April 22, 2022\n\nAmbassador-at-Large for International Religious Freedom Rashad Hussain met with Foreign Minister Bakhtiyor Saidov.',
    ['Rashad Hussain | Ambassador-at-Large for International Religious Freedom', 'Bakhtiyor Saidov | Foreign Minister']],
  ['July 29, 2021\n\nSecretary Blinken met Prime Minister Sheikh Sabah Al-Khaled Al-Hamad Al-Sabah, Speaker of the National Assembly Marzouq al Ghanem, and Foreign Minister Sheikh Ahmad Nasser Al-Mohammad Al-Sabah.',
    ['Blinken | Secretary', 'Sabah Al-Khaled Al-Hamad Al-Sabah | Prime Minister', 'Marzouq al Ghanem | Speaker of the National Assembly', 'Ahmad Nasser Al-Mohammad Al-Sabah | Foreign Minister']],
];

titleTests(bodyCases);
