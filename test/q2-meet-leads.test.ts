/**
 * Leads and people outside dev's house styles: the person met named without a title ("President Biden met with Kais
 * Saied"), headlines that name both sides ("Wang Yi Holds Talks with Sergey Lavrov"), "welcomed X with military
 * honours", "Following Russian-Turkish talks, ...", and first-person readouts ("Today I met with President Xi
 * Jinping"), whose counterpart never takes the publisher's country.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';
import { findPeople } from '../src/stages/people/person-finder.ts';
import { findCountries } from '../src/stages/countries/country-finder.ts';

const people = (text: string, publisher: string | null = null): string[] =>
  extractRecord({ file: 't', text, publisher }).meetings[0]?.participants.map((p) => `${p.name} | ${p.country ?? '-'}`) ?? [];
const names = (text: string): string[] => findPeople(text, findCountries(text)).map((p) => `${p.name} | ${p.rule}`);

test('a name right after a meeting verb, or a headline verb, is a person', () => {
  const cases: [string, string[]][] = [
    ['President Biden met with Kais Saied today.', ['Biden | people/title-name', 'Kais Saied | people/object-name']],
    ['Wang Yi Holds Talks with Sergey Lavrov', ['Wang Yi | people/subject-name', 'Sergey Lavrov | people/object-name']],
    ['Vladimir Putin Held Talks with Sergey Lavrov.', ['Vladimir Putin | people/subject-name', 'Sergey Lavrov | people/object-name']],
    ['Chinese Foreign Minister Wang Yi Meets Sergey Lavrov', ['Wang Yi | people/title-name', 'Sergey Lavrov | people/object-name']],
    ['Vladimir Putin welcomed Recep Tayyip Erdogan with military honours.', ['Vladimir Putin | people/subject-name', 'Recep Tayyip Erdogan | people/object-name']],
    ['Meeting with Kais Saied', ['Kais Saied | people/object-name']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(names(text), expected, text);
});

test('not a person: a group, an institution, a place, one word', () => {
  for (const text of [
    'Meeting with Civil Society Leaders',
    'The Minister met with Business Leaders in Lagos.',
    'The Six-Party Talks were held in Beijing.',
    'The Secretary met with Saied today.',
    'The delegation met with European Union officials.',
    'The Prime Minister hosted Camp David talks.',
    'The bill received Royal Assent.',
  ]) assert.deepEqual(names(text).filter((n) => !/Secretary|Minister/.test(n)), [], text);
});

test('the counterpart takes its country from the readout title or other mentions, not from the publisher', () => {
  const cases: [string, string | null, string[]][] = [
    ['Readout of President Biden’s Meeting with the President of Tunisia\n\nSeptember 21, 2022\n\nPresident Biden met with Kais Saied today on the margins of the United Nations General Assembly in New York. The leaders discussed democratic reforms.', 'The White House',
      ['Biden | US', 'Kais Saied | TN']],
    ['Readout of President Biden’s Meeting with Kais Saied\n\nSeptember 21, 2022\n\nPresident Biden met with Kais Saied today in New York. Tunisian President Kais Saied thanked the United States.', 'The White House',
      ['Biden | US', 'Kais Saied | TN']],
    ['Wang Yi Holds Talks with Sergey Lavrov\n\n2024-04-09\n\nOn April 9, 2024, Wang Yi held talks in Beijing. The two sides exchanged views on the Ukraine crisis.', 'Ministry of Foreign Affairs of the People’s Republic of China',
      ['Wang Yi | CN', 'Sergey Lavrov | RU']],
    // first person: the counterpart named in the title too keeps no publisher country; the publisher's is a side
    ['Meeting with President Xi Jinping\n\n16 November 2022\n\nToday I met with President Xi Jinping on the sidelines of the G20 Leaders’ Summit in Bali.', 'Australian Government Department of Foreign Affairs and Trade',
      ['Xi Jinping | CN']],
  ];
  for (const [text, publisher, expected] of cases) assert.deepEqual(people(text, publisher), expected, text);
  const m = extractRecord({ file: 't', text: cases[3]![0], publisher: cases[3]![1] }).meetings[0];
  assert.deepEqual(m?.countries, ['AU', 'CN']);
});

test('welcomed with military honours and "Following ... talks" report the meeting', () => {
  const a = extractRecord({ file: 't', text: 'September 4, 2024, Sochi\n\nVladimir Putin welcomed Recep Tayyip Erdogan with military honours. The presidents discussed trade.', publisher: 'President of Russia' }).meetings[0];
  assert.deepEqual(a?.participants.map((p) => p.name), ['Vladimir Putin', 'Recep Tayyip Erdogan']);
  assert.equal(a?.provenance.mode?.text, 'welcomed Recep Tayyip Erdogan with military honours');
  const b = extractRecord({ file: 't', text: 'Press statements\n\nSeptember 4, 2024, Sochi\n\nFollowing Russian-Turkish talks, the presidents held a joint news conference.' }).meetings[0];
  assert.deepEqual(b?.countries, ['RU', 'TR']);
  assert.equal(b?.provenance.mode?.text, 'Following Russian-Turkish talks');
  // not a meeting: talks following a previous one, a welcome of a decision
  assert.equal(extractRecord({ file: 't', text: 'Statement\n\nMay 2, 2024\n\nThe Ministry welcomed the decision of the Council with satisfaction.' }).meetings.length, 0);
});
