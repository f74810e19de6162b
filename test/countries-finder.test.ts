import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CountryMention } from '../src/domain/mentions.ts';
import { countryName, findCountries, lookupCountry } from '../src/stages/countries/country-finder.ts';

/** [text, expected mentions as "surface=CODE/kind"] — the whole list, in order. */
type Case = readonly [text: string, expected: readonly string[]];

function show(mentions: readonly CountryMention[]): string[] {
  return mentions.map((m) => `${m.text}=${m.code}/${m.kind}`);
}

function check(cases: readonly Case[]): void {
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(show(findCountries(text)), expected));
  }
}

describe('findCountries: common names', () => {
  check([
    ['Japan and Russia agreed.', ['Japan=JP/name', 'Russia=RU/name']],
    ['Viet Nam and Vietnam', ['Viet Nam=VN/name', 'Vietnam=VN/name']],
    ['with the United States and the United Kingdom', ['United States=US/name', 'United Kingdom=GB/name']],
    ['South Korea and North Korea', ['South Korea=KR/name', 'North Korea=KP/name']],
    ['Türkiye, formerly Turkey', ['Türkiye=TR/name', 'Turkey=TR/name']],
    ['the Netherlands and Czechia', ['Netherlands=NL/name', 'Czechia=CZ/name']],
    ['Korea', ['Korea=KR/name']],
    // the Palestinian Authority is Palestine's government, named as a whole ("Palestinian Authority President Mahmoud Abbas")
    ['Palestinian Authority President Abbas and Palestinian officials', ['Palestinian Authority=PS/name', 'Palestinian=PS/demonym']],
    ['Papua New Guinea, Equatorial Guinea and Guinea', ['Papua New Guinea=PG/name', 'Equatorial Guinea=GQ/name', 'Guinea=GN/name']],
    ['Dominica and the Dominican Republic', ['Dominica=DM/name', 'Dominican Republic=DO/name']],
    ['Niger and Nigeria', ['Niger=NE/name', 'Nigeria=NG/name']],
    ['Georgia, Jordan and Chad', ['Georgia=GE/name', 'Jordan=JO/name', 'Chad=TD/name']],
    ['Northern Ireland and Ireland', ['Northern Ireland=GB/name', 'Ireland=IE/name']],
    ["Japan's position", ['Japan=JP/name']],
  ]);
});

describe('findCountries: official names', () => {
  check([
    ['the Russian Federation', ['Russian Federation=RU/official-name']],
    // "<demonym> Republic" names: the demonym alone left "Republic" to break the title ("Ambassador of the French
    // Republic to Baghdad, Eric Chevallier")
    ['the Ambassador of the French Republic to Baghdad', ['French Republic=FR/official-name', 'Baghdad=IQ/capital']],
    ['Hellenic Republic Ministry of Foreign Affairs', ['Hellenic Republic=GR/official-name']],
    ['the Hellenic Foreign Minister', ['Hellenic=GR/demonym']],
    ['the Italian Republic, the Portuguese Republic and the Argentine Republic', ['Italian Republic=IT/official-name', 'Portuguese Republic=PT/official-name', 'Argentine Republic=AR/official-name']],
    ['the United Mexican States and the Slovak Republic', ['United Mexican States=MX/official-name', 'Slovak Republic=SK/official-name']],
    ['French and Italian ministers', ['French=FR/demonym', 'Italian=IT/demonym']],
    ['Emir of the State of Qatar', ['State of Qatar=QA/official-name']],
    ["the People's Republic of China", ["People's Republic of China=CN/official-name"]],
    ['the People’s Republic of China', ['People’s Republic of China=CN/official-name']],
    ['Minister of the Republic of Korea', ['Republic of Korea=KR/official-name']],
    ["the Democratic People's Republic of Korea", ["Democratic People's Republic of Korea=KP/official-name"]],
    ['Minister of Foreign Affairs of the Republic of Indonesia', ['Republic of Indonesia=ID/official-name']],
    ['the United States of America', ['United States of America=US/official-name']],
    ['the Kingdom of Saudi Arabia', ['Kingdom of Saudi Arabia=SA/official-name']],
    ['the Islamic Republic of Iran', ['Islamic Republic of Iran=IR/official-name']],
    ['the Commonwealth of Australia', ['Commonwealth of Australia=AU/official-name']],
    ['the Federal Democratic Republic of Ethiopia', ['Federal Democratic Republic of Ethiopia=ET/official-name']],
    ['the Kingdom of the Netherlands', ['Kingdom of the Netherlands=NL/official-name']],
    ['the Republic of China (Taiwan)', ['Republic of China=TW/official-name', 'Taiwan=TW/name']],
    // "State" as an office, and a form inside another proper name, are not official country names.
    ['Minister of State of Japan', ['Japan=JP/name']],
    ['the Consumer Federation of America', ['America=US/name']],
  ]);
});

describe('findCountries: demonyms', () => {
  check([
    ['Japanese and Russian ministers', ['Japanese=JP/demonym', 'Russian=RU/demonym']],
    ['American, Irish and British officials', ['American=US/demonym', 'Irish=IE/demonym', 'British=GB/demonym']],
    ['the Chinese side', ['Chinese=CN/demonym']],
    ['South Korean and Israeli leaders', ['South Korean=KR/demonym', 'Israeli=IL/demonym']],
    ['Pakistani, Emirati and Saudi delegations', ['Pakistani=PK/demonym', 'Emirati=AE/demonym', 'Saudi=SA/demonym']],
    ['Americans and Ukrainians', ['Americans=US/demonym', 'Ukrainians=UA/demonym']],
    ['the Turkish side', ['Turkish=TR/demonym']],
    ['the Philippines', ['Philippines=PH/name']],
  ]);
});

describe('findCountries: abbreviations', () => {
  check([
    ['the U.S. and the US', ['U.S.=US/abbreviation', 'US=US/abbreviation']],
    ['USA, UK, U.K.', ['USA=US/abbreviation', 'UK=GB/abbreviation', 'U.K.=GB/abbreviation']],
    ['ROK, DPRK, PRC, UAE, KSA', ['ROK=KR/abbreviation', 'DPRK=KP/abbreviation', 'PRC=CN/abbreviation', 'UAE=AE/abbreviation', 'KSA=SA/abbreviation']],
  ]);
});

describe('findCountries: compounds', () => {
  const parts = (text: string): string[] => findCountries(text).map((m) => `${m.text}@${m.span[0]}-${m.span[1]}:${m.rule}`);
  it('Japan-Russia', () => assert.deepEqual(parts('Japan-Russia Summit'), ['Japan@0-5:countries/compound', 'Russia@6-12:countries/compound']));
  it('Canada-France', () => assert.deepEqual(parts('Canada-France'), ['Canada@0-6:countries/compound', 'France@7-13:countries/compound']));
  it('UK-Ireland', () => assert.deepEqual(parts('UK-Ireland'), ['UK@0-2:countries/compound', 'Ireland@3-10:countries/compound']));
  it('U.S.-Japan-ROK', () =>
    assert.deepEqual(parts('U.S.-Japan-ROK'), ['U.S.@0-4:countries/compound', 'Japan@5-10:countries/compound', 'ROK@11-14:countries/compound']));
  it('US-China with an en dash', () => assert.deepEqual(parts('US–China'), ['US@0-2:countries/compound', 'China@3-8:countries/compound']));
  it('a lone name keeps its kind rule', () => assert.deepEqual(parts('Japan and Russia'), ['Japan@0-5:countries/name', 'Russia@10-16:countries/name']));
});

describe('findCountries: organisations', () => {
  check([
    ['the EU and the European Union', ['EU=EU/organisation', 'European Union=EU/organisation']],
    ['the UN and the United Nations', ['UN=UN/organisation', 'United Nations=UN/organisation']],
    ['ASEAN, NATO, G7, G20', ['ASEAN=ASEAN/organisation', 'NATO=NATO/organisation', 'G7=G7/organisation', 'G20=G20/organisation']],
    ['OSCE, SCO, BRICS, APEC', ['OSCE=OSCE/organisation', 'SCO=SCO/organisation', 'BRICS=BRICS/organisation', 'APEC=APEC/organisation']],
    ['WHO, OAS, GCC, Quad', ['WHO=WHO/organisation', 'OAS=OAS/organisation', 'GCC=GCC/organisation', 'Quad=QUAD/organisation']],
    ['CELAC, CIS, IAEA', ['CELAC=CELAC/organisation', 'CIS=CIS/organisation', 'IAEA=IAEA/organisation']],
    ['the African Union (AU)', ['African Union=AFRICAN-UNION/organisation', 'AU=AFRICAN-UNION/organisation']],
    ['the Shanghai Cooperation Organisation', ['Shanghai Cooperation Organisation=SCO/organisation']],
    ['the Organization of American States', ['Organization of American States=OAS/organisation']],
  ]);
});

describe('findCountries: capitals', () => {
  const capitals = (text: string): string[] => findCountries(text).map((m) => `${m.text}=${m.code}/${m.kind}:${m.rule}`);
  it('metonyms', () =>
    assert.deepEqual(capitals("Moscow and Beijing's commitment"), ['Moscow=RU/capital:countries/capital', 'Beijing=CN/capital:countries/capital']));
  it('Washington and Tokyo agreed', () =>
    assert.deepEqual(capitals('Washington and Tokyo agreed'), ['Washington=US/capital:countries/capital', 'Tokyo=JP/capital:countries/capital']));
  it('a capital after "in" is a place', () =>
    assert.deepEqual(capitals('held in Tokyo'), ['Tokyo=JP/capital:countries/capital-locative']));
  it('a city name inside an agreement is neither', () => assert.deepEqual(capitals('the Paris Agreement and Moscow time'), []));
});

describe('findCountries: must not match', () => {
  const negatives = [
    'the South China Sea', 'the East China Sea', 'the Sea of Japan', 'on the Korean Peninsula', 'the Northern Territories',
    'the Four Northern Islands', 'New York', 'the Middle East', 'may', 'USE', 'the Americas', 'the Indian Ocean', 'Asia-Pacific',
    'Latin America', 'Latin', 'New Jersey', 'New Mexico', 'us', 'Us', 'Inter-American Development Bank', 'the Islamic State',
    'Bank of America', 'Georgetown University', 'Jerseys', 'Japans', 'uk', 'Guineas', 'europe',
  ];
  for (const text of negatives) it(text, () => assert.deepEqual(show(findCountries(text)), []));
  it('all-caps headline words are not abbreviations', () => {
    assert.deepEqual(show(findCountries('TALKS WITH US\nThe US said')), ['US=US/abbreviation']);
    assert.deepEqual(show(findCountries('WHO WE ARE\nWHO said')), ['WHO=WHO/organisation']);
  });
});

describe('findCountries: spans', () => {
  it('every mention is the exact text at its span, sorted and non-overlapping', () => {
    const text = 'The Japan-Russia Foreign Ministers’ Meeting: Mr. Kono met the Russian Federation’s Mr. Lavrov in New York (UN).';
    const found = findCountries(text);
    let last = 0;
    for (const m of found) {
      assert.equal(text.slice(m.span[0], m.span[1]), m.text);
      assert.ok(m.span[0] >= last);
      last = m.span[1];
    }
    assert.deepEqual(show(found), ['Japan=JP/name', 'Russia=RU/name', 'Russian Federation=RU/official-name', 'UN=UN/organisation']);
  });
});

describe('lookupCountry', () => {
  const cases: readonly (readonly [string, string | null])[] = [
    ['Russian Federation', 'RU'], ['the Russian Federation', 'RU'], ['Japanese', 'JP'], ['ROK', 'KR'], ['U.S.', 'US'],
    ['Republic of Indonesia', 'ID'], ['the Kingdom of Saudi Arabia', 'SA'], ['People’s Republic of China', 'CN'],
    ['European Union', 'EU'], ['japan', 'JP'], ['Congo', null], ['South China Sea', null], ['Tokyo', null], ['Atlantis', null],
  ];
  for (const [name, code] of cases) it(`${name} -> ${code}`, () => assert.equal(lookupCountry(name), code));
});

describe('countryName', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['RU', 'Russia'], ['KR', 'South Korea'], ['US', 'United States'], ['GB', 'United Kingdom'], ['CN', 'China'],
    ['CZ', 'Czechia'], ['SY', 'Syria'], ['EU', 'European Union'], ['AFRICAN-UNION', 'African Union'], ['ZZ', 'ZZ'],
  ];
  for (const [code, name] of cases) it(`${code} -> ${name}`, () => assert.equal(countryName(code), name));
});

describe('findCountries: title case', () => {
  check([
    ['Meeting With Republic of Korea', ['Republic of Korea=KR/official-name']],
    ['Japan-Republic of Korea Summit', ['Japan=JP/name', 'Republic of Korea=KR/official-name']],
  ]);
  it('lookupCountry keeps abbreviations case-sensitive', () => assert.equal(lookupCountry('us'), null));
});

describe('findCountries: demonyms that South Asian and Latin American readouts use', () => {
  check([
    ['the Nepali Foreign Minister', ['Nepali=NP/demonym']],
    ['his Argentinian counterpart', ['Argentinian=AR/demonym']],
  ]);
});
