/**
 * Titles and styles of publishers outside dev (unseen-publisher part 4): a legislator's or a royal style between a
 * title and a name ("... Foreign Minister Senator Mohammad Ishaq Dar", "..., His Highness Prince Faisal ..."), lists
 * of portfolios with an Oxford comma or ending in an organisation, a peer's territorial designation, a byline's title
 * on the lines under the name, and an office in apposition that gives the rank ("Federal Councillor Ignazio Cassis,
 * head of the Federal Department of Foreign Affairs"). Each with cases that must not change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';
import { findPeople } from '../src/stages/people/person-finder.ts';
import { findCountries } from '../src/stages/countries/country-finder.ts';
import { publisherFromMetadata } from '../src/stages/document/document-stages.ts';
import { titleRanks } from '../src/stages/people/title-classifier.ts';

const people = (text: string): string[] => findPeople(text, findCountries(text)).map((p) => `${p.name} | ${p.title?.text ?? '-'}`);

test('styles between a title and the name are not the title', () => {
  const cases: [string, string][] = [
    ['Deputy Prime Minister/Foreign Minister Senator Mohammad Ishaq Dar received a call.', 'Mohammad Ishaq Dar | Deputy Prime Minister/Foreign Minister'],
    ['He spoke with the Foreign Minister of the Kingdom of Saudi Arabia, His Highness Prince Faisal bin Farhan Al Saud.', 'Faisal bin Farhan Al Saud | Foreign Minister'],
    ['Minister for Trade and Tourism Senator the Hon. Don Farrell met.', 'Don Farrell | Minister for Trade and Tourism'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
  // a second base word still continues the title ("Minister Counsellor"), and "Senator" alone is a title
  assert.ok(people('Minister Counsellor Jan Novak met the delegation.').includes('Jan Novak | Minister Counsellor'));
  assert.ok(people('Senator Bill Nelson met the Administrator.').includes('Bill Nelson | Senator'));
  // a royal style that is the person's only title stays the title
  assert.ok(people('Crown Prince Mohammed bin Salman received the delegation.').includes('Mohammed bin Salman | Crown Prince'));
});

test('portfolio lists: an Oxford comma, "and the Federal ...", an organisation at the end', () => {
  const cases: [string, string][] = [
    ['Minister of Foreign Affairs, European Affairs and Foreign Trade, and the Federal Cultural Institutions Hadja Lahbib met the Minister.',
      'Hadja Lahbib | Minister of Foreign Affairs, European Affairs and Foreign Trade, and the Federal Cultural Institutions'],
    ['Under Secretary for Economic Growth, Energy, and the Environment Jose Fernandez met the delegation.', 'Jose Fernandez | Under Secretary for Economic Growth, Energy, and the Environment'],
    ['He received Lord Tariq Ahmad, Minister of State for the Middle East, North Africa, South Asia and the United Nations at the Foreign Office, who is visiting.',
      'Tariq Ahmad | Minister of State for the Middle East, North Africa, South Asia and the United Nations'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
  // not a portfolio: a list of subjects after a title with its holder named, an organisation followed by a title
  assert.deepEqual(people('The Minister of Foreign Affairs, Trade, and Sport said.'), []);
  assert.ok(people('The Secretary of State and the United Nations Secretary-General António Guterres met.').includes('António Guterres | Secretary-General'));
});

test("a peer's territorial designation is not part of the name and does not hide the title", () => {
  assert.ok(people('The Minister received Lord Tariq Ahmad of Wimbledon, Minister of State for South Asia, today.').includes('Tariq Ahmad | Minister of State for South Asia'));
  // not after someone who is no peer, nor when a country follows "of"
  assert.ok(!people('The Minister received Mr. Tariq Ahmad of Wimbledon, Minister of State for South Asia, today.').includes('Tariq Ahmad | Minister of State for South Asia'));
  assert.ok(people('The Minister received Lord Tariq Ahmad of Pakistan, the envoy.').every((p) => !p.includes('Pakistan')));
});

test("a byline's title on the lines under the name, the highest office of several", () => {
  const cases: [string, string | null][] = [
    ['Hon. Sitiveni Rabuka\nPrime Minister and Minister for Foreign Affairs\n\nPM Rabuka meets New Zealand Prime Minister\n\n21 February 2024\n\nI met Prime Minister Christopher Luxon of New Zealand in Wellington today.', 'Prime Minister and Minister for Foreign Affairs'],
    ['Hon Winston Peters\nDeputy Prime Minister\nMinister of Foreign Affairs\n\nForeign Minister meets Chinese counterpart\n\n18 March 2024\n\nI welcomed Chinese Foreign Minister Wang Yi to Wellington today.', 'Minister of Foreign Affairs'],
  ];
  for (const [text, title] of cases) {
    const first = findPeople(text, findCountries(text))[0];
    assert.equal(first?.title?.text ?? null, title, text);
  }
  // not a byline: the name shares its line, or the next line is a sentence that starts with a title
  for (const text of [
    'Statement by Hon. Sitiveni Rabuka\nPrime Minister and Minister for Foreign Affairs',
    'Hon. Sitiveni Rabuka\nPrime Minister Luxon met him in Wellington today.',
  ]) {
    const rabuka = findPeople(text, findCountries(text)).find((p) => p.name === 'Sitiveni Rabuka');
    assert.notEqual(rabuka?.title?.text, 'Prime Minister and Minister for Foreign Affairs', text);
    assert.notEqual(rabuka?.title?.text, 'Prime Minister', text);
  }
});

test('an office in apposition gives the rank its title does not', () => {
  const text = 'Federal Councillor Cassis receives Norwegian Foreign Minister\n\nBern, 22.04.2024 - Federal Councillor Ignazio Cassis, head of the Federal Department of Foreign Affairs (FDFA), received Norwegian Foreign Minister Espen Barth Eide in Bern today.';
  const m = extractRecord({ file: 't', text, publisher: 'Federal Department of Foreign Affairs, Switzerland' }).meetings[0];
  assert.equal(m?.level, 'foreign-minister');
  assert.deepEqual(m?.participants.map((p) => p.title), ['Federal Councillor', 'Foreign Minister']);
  // another department's head, or no apposition: the titles decide
  for (const other of [
    text.replace('head of the Federal Department of Foreign Affairs (FDFA)', 'head of the Federal Department of Finance'),
    text.replace(', head of the Federal Department of Foreign Affairs (FDFA),', ''),
  ]) assert.equal(extractRecord({ file: 't', text: other, publisher: 'Federal Department of Foreign Affairs, Switzerland' }).meetings[0]?.level, 'other', other);
});

test("national news agencies named in metadata speak for their country", () => {
  const text = 'Anwar receives courtesy call\n\n12/06/2024 05:31 PM\n\nPUTRAJAYA, June 12 (Bernama) -- Prime Minister Datuk Seri Anwar Ibrahim today received a courtesy call from Prime Minister Lawrence Wong of Singapore at Seri Perdana here.';
  const cases: [string, string[]][] = [['BERNAMA', ['MY', 'SG']], ['Bernama', ['MY', 'SG']]];
  for (const [publisher, countries] of cases) assert.deepEqual(extractRecord({ file: 't', text, publisher }).meetings[0]?.countries, countries, publisher);
  // (a lower-case word is no agency's name; Anwar Ibrahim is Malaysia's from the list of known principals anyway)
  assert.equal(publisherFromMetadata('bernama').country, null);
  for (const [publisher, country] of [['KUNA', 'KW'], ['WAM', 'AE'], ['PTI', 'IN'], ['Press Trust of India', 'IN'], ['Jordan News Agency (Petra)', 'JO'], ['petra.gov.jo', 'JO']] as const) {
    assert.equal(publisherFromMetadata(publisher).country, country, publisher);
  }
  // the words inside other names are not the agencies ("Petra", "Wamba", "PTIs")
  for (const publisher of ['Petra Media Group', 'Wamba Foundation', 'PTIs Weekly']) assert.equal(publisherFromMetadata(publisher).country, null, publisher);
});

test('a spaced dash joins two titles; the rank is the higher one', () => {
  const cases: [string, string][] = [
    ['Deputy Prime Minister – Minister of Foreign Affairs of the Republic of Kazakhstan Murat Nurtleu held talks.', 'Murat Nurtleu | Deputy Prime Minister – Minister of Foreign Affairs'],
    ['Deputy Prime Minister - Minister of Foreign Affairs Murat Nurtleu held talks.', 'Murat Nurtleu | Deputy Prime Minister - Minister of Foreign Affairs'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
  assert.deepEqual(titleRanks('Deputy Prime Minister – Minister of Foreign Affairs'), ['foreign-minister', 'minister']);
  // not joined: a dash before a name, or unspaced inside a word
  assert.ok(people('The Prime Minister – President Biden said – met.').includes('Biden | President'));
  assert.deepEqual(titleRanks('Vice-Minister'), ['vice-minister']);
});
