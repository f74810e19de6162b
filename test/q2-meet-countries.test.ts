/**
 * Participants' countries on pages of publishers outside dev: a title several countries use ("Secretary of State":
 * the U.S.'s and the Holy See's) takes its country from the text, and a counterpart's country comes from the text,
 * never from the publisher.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const people = (text: string, publisher: string | null = null): string[] =>
  extractRecord({ file: 't', text, publisher }).meetings[0]?.participants.map((p) => `${p.name} | ${p.country ?? '-'}`) ?? [];

test('a title held in several countries takes its country from the text', () => {
  const cases: [string, string | null, string[]][] = [
    // the Holy See named, the United States not: the Holy See's Secretary of State
    ['3 July 2024\n\nForeign Minister Penny Wong met Secretary of State Cardinal Pietro Parolin in Rome today. Cardinal Parolin is the Holy See’s most senior diplomat.', null,
      ['Penny Wong | AU', 'Pietro Parolin | VA']],
    // the Holy See's own page
    ['20 September 2024\n\nThis morning the Holy Father Pope Francis received in audience Mr. Volodymyr Zelensky, President of Ukraine, who also met with His Eminence Cardinal Pietro Parolin, Secretary of State.', 'Holy See Press Office',
      ['Francis | VA', 'Volodymyr Zelensky | UA', 'Pietro Parolin | VA']],
    // the Holy See is the other participant's: the title keeps its usual country
    ['May 17, 2024\n\nSecretary of State Antony J. Blinken met today with Cardinal Pietro Parolin, the Holy See’s Secretary of State, at the Vatican.', null,
      ['Antony Blinken | US', 'Pietro Parolin | VA']],
    // no other holder named: the usual country
    ['9 October 2023\n\nForeign Minister Retno Marsudi met Secretary of State Antony Blinken in Jakarta.', null,
      ['Retno Marsudi | ID', 'Antony Blinken | US']],
  ];
  for (const [text, publisher, expected] of cases) assert.deepEqual(people(text, publisher), expected, text);
});

test('the Pope is a head of state', () => {
  const m = extractRecord({ file: 't', text: '20 September 2024\n\nThe Holy Father Pope Francis received in audience Mr. Volodymyr Zelensky, President of Ukraine.' }).meetings[0];
  assert.equal(m?.level, 'leader');
});

test('a title saying where the principal went gives the people met there its country', () => {
  const text = 'Visit of External Affairs Minister to Singapore (August 25-26, 2024)\n\nAugust 26, 2024\n\nExternal Affairs Minister Dr. S. Jaishankar called on Prime Minister Lawrence Wong in Singapore today.';
  assert.deepEqual(people(text), ['Jaishankar | IN', 'Lawrence Wong | SG']);
  // a visit to an organisation's meeting is no visit to a country
  const text2 = 'Visit of External Affairs Minister to the ASEAN Regional Forum\n\nJuly 26, 2024\n\nExternal Affairs Minister Dr. S. Jaishankar called on Prime Minister Lawrence Tan today.';
  assert.deepEqual(people(text2), ['Jaishankar | IN', 'Lawrence Tan | -']);
});

test('the one participant left takes the one side of the compound left', () => {
  const text = '21 November 2023\n\nMinister Wong held the 14th Australia-India Foreign Ministers’ Framework Dialogue with External Affairs Minister Dr S. Jaishankar in New Delhi on 20 November.';
  assert.deepEqual(people(text), ['Wong | AU', 'Jaishankar | IN']);
  // one side with several participants: no guess (three people, two sides: the one left open may be of either)
  const text3 = '21 November 2023\n\nMinister Wong, Defence Minister Richard Marles of Australia and External Affairs Minister Dr S. Jaishankar held the Australia-India Ministerial Dialogue in New Delhi.';
  assert.deepEqual(people(text3).filter((p) => p.startsWith('Wong')), ['Wong | -']);
  // two left open: no guess
  const text2 = '21 November 2023\n\nMinister Wong and Minister Marles held the Australia-India-Japan Trilateral Dialogue with External Affairs Minister Dr S. Jaishankar in New Delhi.';
  assert.deepEqual(people(text2).filter((p) => p.startsWith('Wong') || p.startsWith('Marles')), ['Wong | -', 'Marles | -']);
});
