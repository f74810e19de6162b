/**
 * Whose side each participant is on: the publisher's resolved from its metadata name, the readout's own official
 * (the title's subject, the lead's subject) on the publisher's side, counterparts placed by "of X" in the text or the
 * title, and no country guessed from what the readout talks about. Plus the places and multilateral meetings that
 * depend on the same sides. Texts are written the way the White House, the State Department and MOFA write them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';
import { publisherFromMetadata, splitPublisherName } from '../src/stages/document/document-stages.ts';
import { readTitleSides } from '../src/stages/meeting/title-sides.ts';

test('publisher metadata names resolve to the country they speak for, whatever the qualifiers', () => {
  const cases: [string, string | null][] = [
    ['The White House (Biden administration)', 'US'],
    ['The White House (Trump administration)', 'US'],
    ['White House', 'US'],
    ['The White House (via The American Presidency Project)', 'US'],
    // A reproduction note names who copied the text, not the publisher's side.
    ['The White House (reproduced by Yonhap, Korea)', 'US'],
    ['U.S. Department of State (reproduced by STL.News)', 'US'],
    ['State Department', 'US'],
    ['Department of State, Office of the Spokesperson', 'US'],
    ['Office of the Press Secretary (White House)', 'US'],
    ['Global Affairs Canada (reproduced by Global Korean Post)', 'CA'],
    ['President of Russia (Kremlin), reproduced by the Embassy of the Russian Federation in Japan', 'RU'],
    ['The Kremlin', 'RU'],
    ['Prime Minister of Japan and His Cabinet (Kantei)', 'JP'],
    ['Ministry of Foreign Affairs (Japan)', 'JP'],
    ["Prime Minister's Office (UK)", 'GB'],
    ['Foreign and Commonwealth Office, United Kingdom (reproduced on the Embassy of Yemen in London website)', 'GB'],
    ['Élysée Palace', 'FR'],
    ['Embassy of Japan in the United States', 'JP'],
    ['European External Action Service', 'EU'],
    // buildings, acronyms, national news agencies and domains that other ministries' feeds are named by
    ['Wisma Putra', 'MY'], ['DIRCO', 'ZA'], ['Bundesregierung', 'DE'], ['Xinhua', 'CN'], ['Yonhap News Agency', 'KR'],
    ['mea.gov.in', 'IN'], ['www.mfa.gov.sg', 'SG'], ['fmprc.gov.cn', 'CN'], ['www.mofa.go.jp', 'JP'], ['dfat.gov.au', 'AU'],
    ['www.beehive.govt.nz', 'NZ'], ['international.gc.ca', 'CA'], ['www.diplomatie.gouv.fr', 'FR'], ['mid.ru', 'RU'],
    ['www.state.gov', 'US'], ['www.eeas.europa.eu', 'EU'], ['www.nato.int', 'NATO'], ['mofa.gov.vn', 'VN'],
    // Nothing to go on: unknown, not guessed.
    ['Press Office', null],
    ['example.com', null],
    ['Reuters', null],
  ];
  for (const [name, country] of cases) assert.equal(publisherFromMetadata(name).country, country, name);
});

test('a publisher name splits into its core and the qualifiers that are not reproduction notes', () => {
  assert.deepEqual(splitPublisherName('The White House (Biden administration)'), { core: 'The White House', qualifiers: ['Biden administration'] });
  assert.deepEqual(splitPublisherName('U.S. Department of State (reproduced by MENAFN)'), { core: 'U.S. Department of State', qualifiers: [] });
  assert.deepEqual(splitPublisherName('President of Russia (Kremlin), reproduced by the Embassy of the Russian Federation in Japan'), { core: 'President of Russia', qualifiers: ['Kremlin'] });
  assert.deepEqual(splitPublisherName('The White House via The American Presidency Project'), { core: 'The White House', qualifiers: [] });
});

test('readout titles: the subject is the publisher’s official, "of X" places a counterpart', () => {
  const cases: [string, { home: string[]; counterparts: [string, string][] } | null][] = [
    ['Readout of President Joseph R. Biden, Jr. Call with Prime Minister Boris Johnson of the United Kingdom',
      { home: ['biden', 'joseph', 'president'], counterparts: [['johnson', 'GB']] }],
    ['Secretary Blinken’s Call with Republic of Cyprus Foreign Minister Christodoulides',
      { home: ['blinken', 'secretary'], counterparts: [['christodoulides', 'CY']] }],
    ['Readout of President Biden’s Call with Prime Minister Keith Rowley of Trinidad and Tobago and President Irfaan Ali of Guyana',
      { home: ['biden', 'president'], counterparts: [['rowley', 'TT'], ['ali', 'GY']] }],
    ['Secretary Blinken’s Meeting with Japanese Foreign Minister Hayashi', { home: ['blinken', 'secretary'], counterparts: [['hayashi', 'JP']] }],
    // The topic after "on" is not a counterpart's country.
    ['Readout of President Biden’s Call with Speaker Pelosi on Afghanistan Evacuations', { home: ['biden', 'president'], counterparts: [] }],
    // Two countries in one piece: which is whose is not said.
    ['Readout of National Security Advisor Jake Sullivan’s Call with the National Security Advisors of Japan and the Philippines',
      { home: ['advisor', 'jake', 'national', 'security', 'sullivan'], counterparts: [] }],
  ];
  for (const [title, expected] of cases) {
    const sides = readTitleSides(title);
    if (expected === null) { assert.equal(sides, null, title); continue; }
    assert.ok(sides, title);
    for (const w of expected.home) assert.ok(sides.home.has(w), `${w} in home of ${title}`);
    const got = sides.counterparts.map((c) => [expected.counterparts.find(([w]) => c.words.has(w))?.[0] ?? '?', c.code]);
    assert.deepEqual(got.filter(([w]) => w !== '?'), expected.counterparts, title);
  }
  for (const title of ['Readout: Trilateral Meeting of Prime Minister Boris Johnson of the United Kingdom, President Joe Biden, and Prime Minister Scott Morrison of Australia', 'Statement by President Biden on Afghanistan', 'Japan-Russia Summit Meeting']) {
    assert.equal(readTitleSides(title), null, title);
  }
});

type Who = Record<string, string | null>;

function countriesOf(input: { text: string; title?: string; publisher?: string }): { who: Who; countries: readonly string[]; rules: Record<string, string | null> } {
  const m = extractRecord({ file: 't', text: input.text, title: input.title ?? null, publisher: input.publisher ?? null }).meetings[0];
  assert.ok(m, input.text);
  const who: Who = {};
  const rules: Record<string, string | null> = {};
  for (const p of m.participants) {
    const last = p.name.split(' ').pop()!;
    who[last] = p.country;
    rules[last] = p.provenance.country?.rule ?? null;
  }
  return { who, countries: m.countries, rules };
}

test('the readout’s own official is on the publisher’s side; a country talked about is nobody’s', () => {
  const WH = 'The White House (Biden administration)';
  const cases: [{ text: string; title?: string; publisher?: string }, Who, string[] | null][] = [
    // Topic countries (Afghanistan) never become the President's.
    [{ text: 'President Joe Biden and Chancellor Angela Merkel spoke today about the situation in Afghanistan. They praised the efforts of their personnel in Kabul on the evacuation of vulnerable Afghans from Afghanistan.',
      title: 'Readout of President Joseph R. Biden, Jr. Call with Chancellor Angela Merkel of Germany', publisher: WH },
      { Biden: 'US', Merkel: 'DE' }, ['DE', 'US']],
    // Same title, coordinated subjects: "of France" is Macron's alone.
    [{ text: 'President Joe Biden and President Emmanuel Macron of France spoke today about developments in Afghanistan.', publisher: WH },
      { Biden: 'US', Macron: 'FR' }, ['FR', 'US']],
    // "X and Y of Vietnam met": the two sides, not one delegation.
    [{ text: 'President Joseph R. Biden, Jr. and Prime Minister Pham Minh Chinh of Vietnam met today at the Office of the Government in Hanoi.', publisher: WH },
      { Biden: 'US', Chinh: 'VN' }, ['US', 'VN']],
    // Two subjects, no title, no country in the text for either: which one is the publisher's is not said (people
    // outside the list of well-known principals).
    [{ text: 'President Joe Miller and Prime Minister Boris Tanner spoke today regarding developments in Afghanistan.', publisher: WH },
      { Miller: null, Tanner: null }, null],
    // ... the title says it.
    [{ text: 'President Joe Biden and Prime Minister Boris Johnson spoke today regarding developments in Afghanistan.', publisher: WH,
      title: 'Readout of President Joseph R. Biden, Jr. Call with Prime Minister Boris Johnson of the United Kingdom' },
      { Biden: 'US', Johnson: 'GB' }, ['GB', 'US']],
    // The counterpart named inside the cue ("welcomed X to ...") is not the publisher's.
    [{ text: 'President Joseph R. Biden, Jr. welcomed Prime Minister Alexander De Croo to the White House today to deepen the United States and Belgium’s cooperation on global issues.', publisher: WH },
      { Biden: 'US', Croo: null }, ['US']],
    // Subject and object: the subjects are one side, coordination holds.
    [{ text: 'Foreign Minister Diana Mondino and Chief of Cabinet Nicolás Posse of Argentina met with Secretary Blinken in Washington.', publisher: 'U.S. Department of State' },
      { Mondino: 'AR', Posse: 'AR', Blinken: 'US' }, ['AR', 'US']],
    // A title whose country is its subject ("for the DPRK") does not make its holder North Korean.
    [{ text: 'U.S. Special Representative for the DPRK Ambassador Sung Kim met on July 8 with Republic of Korea (ROK) Special Representative for Korean Peninsula Peace and Security Affairs Kim Gunn.', publisher: 'U.S. Department of State' },
      { Kim: 'US', Gunn: 'KR' }, ['KR', 'US']],
    // An abbreviation the text defines: "Republic of Cyprus (ROC)" is Cyprus, not Taiwan.
    [{ text: 'Secretary of State Antony J. Blinken spoke today with Republic of Cyprus (ROC) Foreign Minister Nikos Christodoulides. They reaffirmed the strong U.S.-ROC bilateral relationship.', publisher: 'U.S. Department of State' },
      { Blinken: 'US', Christodoulides: 'CY' }, ['CY', 'US']],
  ];
  for (const [input, who, countries] of cases) {
    const got = countriesOf(input);
    for (const [name, country] of Object.entries(who)) assert.equal(got.who[name], country, `${name} in: ${input.text}`);
    if (countries) assert.deepEqual(got.countries, countries, input.text);
  }
});

test('without a publisher, the own official’s country is the one paired with the counterpart’s as a side, never a topic', () => {
  const cases: [string, Who][] = [
    ['President Joseph R. Biden, Jr. and President Jair Messias Bolsonaro of Brazil met today to reaffirm the strategic importance of the relationship between the United States and Brazil. They discussed the United States’ and Brazil’s commitment to democracy.',
      { Biden: 'US', Bolsonaro: 'BR' }],
    ['On July 17, Foreign Minister Sergey Lavrov had a telephone conversation with Foreign Minister of China Wang Yi. They discussed Russia’s chairmanship of BRICS and the Russia-US dialogue, and confirmed Moscow and Beijing’s commitment to dialogue.',
      { Lavrov: 'RU', Yi: 'CN' }],
    // Afghanistan is named most, but only as a topic.
    ['President Joe Miller spoke today with Prime Minister Mario Draghi of Italy about the latest developments in Afghanistan. They discussed the evacuation from Afghanistan and support for the people of Afghanistan.',
      { Miller: null, Draghi: 'IT' }],
    // A third party's relationship ("between Greece and Türkiye"), named once, is not a side.
    ['President Miller spoke today with President Erdoğan of Türkiye. President Miller expressed support for recent constructive steps in the relationship between Greece and Türkiye.',
      { Miller: null, Erdoğan: 'TR' }],
    ['National Security Advisor Jake Miller spoke by phone today with Dr. Ibrahim Kalin, Chief Advisor to the President of Turkey. They also discussed regional issues, including efforts by Turkey and Armenia to normalize relations.',
      { Miller: null }],
  ];
  for (const [text, who] of cases) {
    const got = countriesOf({ text });
    for (const [name, country] of Object.entries(who)) assert.equal(got.who[name], country, `${name} in: ${text}`);
    for (const rule of Object.values(got.rules)) assert.notEqual(rule, 'meeting/participant-country-most-mentioned');
  }
});

test('an organisation’s own meeting is multilateral, not a bilateral of its host and the publisher', () => {
  const text = 'Today President Joseph R. Biden Jr. participated in the Asia-Pacific Economic Cooperation (APEC) Virtual Leaders’ Retreat, hosted by Prime Minister Jacinda Ardern of New Zealand.';
  const m = extractRecord({ file: 't', text, publisher: 'The White House (Biden administration)' }).meetings[0]!;
  assert.deepEqual(m.countries, ['APEC', 'NZ', 'US']);
  assert.equal(m.mode, 'video');
  const ev = m.provenance.countries.find((e) => e.rule === 'meeting/countries-multilateral')!;
  assert.equal(text.slice(ev.start, ev.end), ev.text);
  // Not when the members are listed, nor for a bilateral on an organisation's sidelines, nor for an official's title.
  const negatives: [string, string[]][] = [
    ['Secretary of State Mike Pompeo hosted a G7 Foreign Ministers’ Meeting with counterparts from Canada, Germany, France, Italy, Japan, and the U.K.', ['CA', 'DE', 'FR', 'GB', 'IT', 'JP', 'US']],
    ['On the margins of the NATO Summit in Madrid, President Biden met with President Erdoğan of Türkiye.', ['TR', 'US']],
    ['Secretary Blinken met with NATO Secretary General Jens Stoltenberg in Brussels.', ['NATO', 'US']],
  ];
  for (const [t, countries] of negatives) {
    const n = extractRecord({ file: 't', text: t, publisher: 'U.S. Department of State' }).meetings[0]!;
    assert.ok(!n.provenance.countries.some((e) => e.rule === 'meeting/countries-multilateral'), t);
    assert.deepEqual(n.countries, countries, t);
  }
});

test('the place the principal arrived at, in the sentence before the lead', () => {
  const cases: [string, string | null][] = [
    ['May 6, 2016\n\nOn May 6 (local time), Prime Minister Shinzo Abe visited Sochi in the Russian Federation.\n\nPrime Minister Abe held talks with H.E. Mr. Vladimir Putin, President of the Russian Federation.', 'Sochi'],
    ['September 11, 2023\n\nPresident Biden arrived in Hanoi on Sunday. President Biden met with General Secretary Nguyen Phu Trong.', 'Hanoi'],
    // Another time's visit does not place this meeting.
    ['May 6, 2016\n\nPrime Minister Abe last visited Sochi in 2014.\n\nPrime Minister Abe held talks with President Vladimir Putin by telephone.', null],
    ['May 6, 2016\n\nSochi will host the next round. Prime Minister Abe held talks with President Vladimir Putin.', null],
    // A place named without an arrival cue before the lead says nothing.
    ['May 6, 2016\n\nThe talks focused on Sochi and Vladivostok projects. Prime Minister Abe held talks with President Vladimir Putin.', null],
  ];
  for (const [text, place] of cases) {
    const m = extractRecord({ file: 't', text }).meetings[0]!;
    assert.equal(m.place, place, text);
    if (m.provenance.place) assert.equal(text.slice(m.provenance.place.start, m.provenance.place.end), m.provenance.place.text);
  }
});
