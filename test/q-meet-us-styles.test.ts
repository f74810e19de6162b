/**
 * Patterns found on the real White House and State Department readouts of the bulk corpus: a rank at the end of a
 * longer title ("Head of the Office of the President Andriy Yermak"), the Union's presidents, and a telephone call
 * written "<principal> called <honorific or title> <name> today".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Participant } from '../src/domain/record.ts';
import { extractRecord } from '../src/pipeline/extract.ts';

type Expect = { mode?: string; participants?: string[]; meeting?: boolean };
const cases: [text: string, expected: Expect][] = [
  ['March 17, 2023\n\nNational Security Advisor Jake Sullivan spoke today with Head of the Office of the President Andriy Yermak and Minister of Defence Oleksii Reznikov.',
    { participants: ['Jake Sullivan | National Security Advisor | US', 'Andriy Yermak | Head of the Office of the President | -', 'Oleksii Reznikov | Minister of Defence | -'] }],
  ['March 17, 2023\n\nThe Foreign Minister met the Chief of Staff of the President Andriy Yermak in Kyiv.',
    { participants: ['Andriy Yermak | Chief of Staff of the President | -'] }],
  // negative: a title after "of the" with no office before it keeps its own rank
  ['March 17, 2023\n\nPresident of the Republic of Poland Andrzej Duda met President Joe Biden.',
    { participants: ['Andrzej Duda | President | PL', 'Joe Biden | President | US'] }],
  ['November 10, 2021\n\nPresident Joseph R. Biden, Jr. met today with European Commission President Ursula von der Leyen.',
    { participants: ['Joseph Biden | President | US', 'Ursula von der Leyen | European Commission President | EU'] }],
  ['November 10, 2021\n\nPresident Joseph R. Biden, Jr. met today with the President of the European Council, Charles Michel.',
    { participants: ['Joseph Biden | President | US', 'Charles Michel | President of the European Council | EU'] }],
  ['April 20, 2022\n\nDeputy Secretary of State Wendy Sherman met jointly today in Brussels with NATO Deputy Secretary General Mircea Geoană and EEAS Secretary General Stefano Sannino.',
    { participants: ['Wendy Sherman | Deputy Secretary of State | US', 'Mircea Geoană | Deputy Secretary General | NATO', 'Stefano Sannino | Secretary General | EU'] }],
  ['October 21, 2022\n\nAssistant to the President for National Security Affairs Jake Sullivan called Dr. Monica Juma today to congratulate her on her appointment.',
    { mode: 'telephone', participants: ['Jake Sullivan | Assistant to the President for National Security Affairs | US', 'Monica Juma | - | -'] }],
  ['October 21, 2022\n\nPrime Minister Albanese called his New Zealand counterpart this morning.', { mode: 'telephone' }],
  // negative: an appeal, a judgement and a possessive are no calls
  ['October 21, 2022\n\nThe Secretary called for restraint today.', { meeting: false }],
  ['October 21, 2022\n\nThe Minister called Mr. Ruto\'s remarks unhelpful today.', { meeting: false }],
];

test('titles, sides and calls in the White House and State Department house styles', () => {
  for (const [text, expected] of cases) {
    const m = extractRecord({ file: 't', text }).meetings[0];
    if (expected.meeting === false) {
      assert.equal(m, undefined, text);
      continue;
    }
    assert.ok(m, text);
    if (expected.mode) assert.equal(m.mode, expected.mode, text);
    if (expected.participants) assert.deepEqual(m.participants.map((p) => `${p.name} | ${p.title ?? '-'} | ${p.country ?? '-'}`), expected.participants, text);
  }
});

test('an affiliation after the name, and the Palestinian Authority, give the country', () => {
  const cases: [string, Record<string, string | null>][] = [
    ['March 14, 2022\n\nThe Governments of Slovenia and the United States held the second session of the Slovenia-U.S. Strategic Dialogue in Ljubljana on March 14, 2022. The dialogue was led by Political Director Jernej Müller, Slovenian Ministry of Foreign Affairs, and Deputy Assistant Secretary Robin Dunnigan, Bureau of European and Eurasian Affairs, U.S. Department of State.',
      { 'Jernej Müller': 'SI', 'Robin Dunnigan': null }],
    ['May 31, 2022\n\nSecretary of State Antony J. Blinken spoke today with Palestinian Authority President Mahmoud Abbas.',
      { 'Antony Blinken': 'US', 'Mahmoud Abbas': 'PS' }],
    // negative: a country after the comma that is no employer ("..., Slovenian by birth") gives none
    ['March 14, 2022\n\nThe Secretary met Political Director Jernej Müller, Slovenian by birth, in Ljubljana.',
      { 'Jernej Müller': null }],
  ];
  for (const [text, expected] of cases) {
    const meeting = extractRecord({ file: 't', text }).meetings[0];
    assert.ok(meeting, text);
    const participants: readonly Participant[] = meeting.participants;
    for (const [name, country] of Object.entries(expected)) {
      const person = participants.find((x) => x.name === name);
      assert.ok(person, `${name} in ${text}`);
      if (country !== null) assert.equal(person.country, country, text);
      else assert.notEqual(person.country, 'SI', text);
    }
  }
});

test('a list of officials, a rank written out, an earlier meeting\'s parties and a city standing for its government', () => {
  const list = 'January 19, 2023\n\nIn Jerusalem, Mr. Sullivan met with members of the senior national security team including Defense Minister Yoav Gallant, Minister of Strategic Affairs Ron Dermer, National Security Advisor (NSA) Tzachi Hanegbi, Mossad Director David Barnea, and Israel Defense Forces Chief of Staff Major General Herzi Halevi.';
  const m = extractRecord({ file: 't', text: list }).meetings[0];
  assert.ok(m);
  const byName = Object.fromEntries(m.participants.map((p) => [p.name, p.title]));
  assert.equal(byName['Ron Dermer'], 'Minister of Strategic Affairs');
  assert.equal(byName['Tzachi Hanegbi'], 'National Security Advisor');
  assert.equal(byName['Herzi Halevi'], 'Defense Forces Chief of Staff');
  assert.ok(!('Advisor' in byName) && !('Major' in byName), JSON.stringify(byName));

  const earlier = 'June 7, 2022\n\nDeputy Secretary of State Wendy Sherman met today with Republic of Korea (ROK) First Vice Foreign Minister Cho Hyundong to build on the momentum from the May 21 Summit between President Biden and President Yoon. They expressed concern over Pyongyang’s increasingly provocative behavior.';
  const e = extractRecord({ file: 't', text: earlier }).meetings[0];
  assert.ok(e);
  assert.deepEqual(e.participants.map((p) => p.name), ['Wendy Sherman', 'Cho Hyundong']);
  assert.equal(e.level, 'vice-minister');
  assert.equal(e.place, null);

  // negative: the parties of this meeting, and a city where it was held
  const same = 'June 7, 2022\n\nPresident Biden met President Yoon today in Seoul, their first meeting with each other.';
  const s = extractRecord({ file: 't', text: same }).meetings[0];
  assert.ok(s);
  assert.deepEqual(s.participants.map((p) => p.name), ['Biden', 'Yoon']);
  assert.equal(s.place, 'Seoul');
});

test('regressions found by comparing the bulk corpus before and after these rules', () => {
  const cases: [string, string[]][] = [
    // "Republic" is no portfolio word: a second "Republic of Korea ..." title is another person's
    ['July 22, 2021\n\nDeputy Secretary of State Wendy R. Sherman met with Republic of Korea Minister of Unification Lee In-young and Republic of Korea Vice Minister of Unification Choi Young-joon in Seoul today.',
      ['Wendy Sherman | US', 'Lee In-young | KR', 'Choi Young-joon | KR']],
    // a list of principals: the next one's country is not the affiliation of the one before
    ['February 19, 2022\n\nSecretary of State Antony J. Blinken, Australian Foreign Minister Marise Payne, and UK Foreign Secretary Elizabeth Truss held a trilateral meeting today.',
      ['Antony Blinken | US', 'Marise Payne | AU', 'Elizabeth Truss | GB']],
    // the host who invited takes part; the one mourned does not
    ['June 28, 2021\n\nThe Ministers met today in Rome at the invitation of Italian Minister of Foreign Affairs and International Cooperation Luigi Di Maio and U.S. Secretary of State Antony J. Blinken.',
      ['Luigi Di Maio | IT', 'Antony Blinken | US']],
    ['July 8, 2022\n\nPresident Biden called Prime Minister Kishida of Japan today to express his deep condolences on the tragic shooting death of former Prime Minister Abe Shinzo.',
      ['Biden | US', 'Kishida | JP']],
  ];
  for (const [text, expected] of cases) {
    const m = extractRecord({ file: 't', text, publisher: 'U.S. Department of State' }).meetings[0];
    assert.ok(m, text);
    assert.deepEqual(m.participants.map((p) => `${p.name} | ${p.country ?? '-'}`), expected, text);
  }
});
