/**
 * The published date of pages that print no dateline line: a news agency's dateline opening the story. A date in the
 * title is the event's, not a publication date (the dev gold leaves `published` null for such pages). Table-driven through the whole pipeline; each text carries its own date, so no clock is read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const BODY = '\n\nThe two ministers discussed bilateral relations.';

const positives: [string, string, string][] = [
  // agency datelines (Saudi Press Agency, WAM, Antara-style)
  ['Foreign Minister Receives Phone Call\n\nRiyadh, March 12, 2023, SPA -- His Highness Prince Faisal bin Farhan received a phone call today.', '2023-03-12', 'March 12, 2023'],
  ['Abdullah bin Zayed receives phone call\n\nABU DHABI, 5th June, 2023 (WAM) -- H.H. Sheikh Abdullah bin Zayed Al Nahyan received a phone call.', '2023-06-05', '5th June, 2023'],
  ['Retno meets Timor-Leste FM\n\nJakarta, 7 March 2023 - Foreign Minister Retno Marsudi held a bilateral meeting.', '2023-03-07', '7 March 2023'],
  // a Hijri date before the Gregorian one it corresponds to (Saudi Press Agency)
  ['Foreign Minister Receives Phone Call\n\nRiyadh, 14 Jumada II 1445 H, corresponding to 27 December 2023, SPA -- His Highness Prince Faisal bin Farhan received a phone call today.', '2023-12-27', '27 December 2023'],
  // a release number before the date that opens the page (Türkiye's MFA)
  ['No: 112, 3 May 2023, Press Release Regarding the Visit of the Foreign Minister to Pakistan\n\nThe Foreign Minister will pay a visit to Pakistan on 4-5 May 2023.', '2023-05-03', '3 May 2023'],
  // a date and a dash alone opening the story (the Philippine DFA's house style)
  ['SECRETARY MANALO MEETS AUSTRALIAN FOREIGN MINISTER WONG\n\n08 September 2023 – Foreign Affairs Secretary Enrique A. Manalo met with Australian Minister for Foreign Affairs Penny Wong.', '2023-09-08', '08 September 2023'],
  // a dateline line with the date written day-month-year with dashes (the Dutch government's pages)
  // the date in brackets after the dateline's place (Antara, Bernama style), with or without the agency
  ['Retno meets Timor-Leste FM\n\nJAKARTA (7 March 2023) - Foreign Minister Retno Marsudi held a bilateral meeting.', '2023-03-07', '7 March 2023'],
  ['Wisma Putra statement\n\nKUALA LUMPUR (5 June 2023) (Bernama) -- Foreign Minister Zambry Abdul Kadir received a call.', '2023-06-05', '5 June 2023'],
  // a place and a date in brackets closing the title (Greece's and France's foreign ministries): the page's date, as the
  // unseen gold of the Greek page has it
  [`India - Meeting between Catherine Colonna and Subrahmanyam Jaishankar (Paris, 14 December 2022)${BODY}`, '2022-12-14', '14 December 2022'],
  ['Minister Hoekstra speaks with Ukrainian counterpart Kuleba\n\nNews item | 31-10-2022 | 14:05\n\nMinister of Foreign Affairs Wopke Hoekstra spoke by phone with Dmytro Kuleba.', '2022-10-31', '31-10-2022'],
];

const negatives: string[] = [
  // a date in the title is the event's (the meeting stage reads it), not a printed publication date
  `Joint Statement on the 14 December 2022 Meeting between France and India${BODY}`,
  // a date in brackets inside the title, not closing it with its place
  `India - Meeting (14 December 2022) between Catherine Colonna and Subrahmanyam Jaishankar${BODY}`,
  // a first paragraph that merely starts with a place and a date
  'Talks in Paris\n\nParis, 14 December 2022 was the day the two ministers met for the first time.',
  'Talks in Paris\n\nOn 14 December 2022, Minister Colonna met Minister Jaishankar in Paris.',
  // a place and a date in brackets without the dash of a dateline
  'Talks in Paris\n\nParis (14 December 2022) was the day the two ministers met for the first time.',
  // a date opening the first paragraph without the dash of a dateline
  'Talks in Paris\n\n14 December 2022 was the day the two ministers met for the first time.',
];

for (const [text, published, written] of positives) {
  test(`published ${published} in "${text.slice(0, 60)}..."`, () => {
    const record = extractRecord({ file: 't', text });
    assert.equal(record.published, published);
    const evidence = record.provenance.published!;
    assert.equal(evidence.text, written);
    assert.equal(text.slice(evidence.start, evidence.end), written);
  });
}

for (const text of negatives) {
  test(`no published date in "${text.slice(0, 60)}..."`, () => {
    assert.equal(extractRecord({ file: 't', text }).published, null);
  });
}

test('a ministry named in a sentence is not the page\'s signature; the source\'s metadata wins over one that is', () => {
  const text = '6 March 2023\n\nForeign Secretary Dr. Asad Majeed Khan met the Counselor of the U.S. Department of State, Derek Chollet.';
  assert.equal(extractRecord({ file: 't', text }).publisher, null);
  const signed = 'Office of the Spokesperson\n\nMarch 6, 2023\n\nSecretary Blinken met Foreign Minister Bilawal Bhutto Zardari.';
  assert.equal(extractRecord({ file: 't', text: signed }).publisher, 'U.S. Department of State');
  const record = extractRecord({ file: 't', text: signed, publisher: 'Ministry of Foreign Affairs, Pakistan' });
  assert.equal(record.publisher, 'Ministry of Foreign Affairs, Pakistan');
});

// a/b/yyyy: day first unless the page is from a country that writes month first (the publisher's, else the dateline
// city's); when neither is known, by the countries the page names (month first when it names none)
const slashed: [string, string | null, string][] = [
  ['Brussels, 06/02/2024\n\nHigh Representative Josep Borrell met Foreign Minister Yoko Kamikawa.', null, '2024-02-06'],
  ['Rome, 06/02/2024\n\nMinister Tajani met Minister Kamikawa.', null, '2024-02-06'],
  ['06/02/2024\n\nMinister Tajani met Minister Kamikawa.', 'Ministry of Foreign Affairs of Italy', '2024-02-06'],
  ['Washington, 06/02/2024\n\nSecretary Blinken met Foreign Minister Kamikawa.', null, '2024-06-02'],
  ['06/02/2024\n\nSecretary Blinken met Foreign Minister Kamikawa.', null, '2024-06-02'],
  ['06/02/2024\n\nMinister Tajani met Minister Kamikawa.', 'U.S. Department of State', '2024-06-02'],
  // neither known: day first when the page names countries and none of them writes month first
  ['06/02/2024\n\nForeign Minister Penny Wong met Indonesian Foreign Minister Retno Marsudi in Jakarta.', null, '2024-02-06'],
  ['06/02/2024\n\nSecretary Blinken met Japanese Foreign Minister Kamikawa to discuss U.S.-Japan relations.', null, '2024-06-02'],
  // a first number above 12 can only be the day, wherever the page is from
  ['Washington, 13/02/2024\n\nSecretary Blinken met Foreign Minister Kamikawa.', null, '2024-02-13'],
];

for (const [text, publisher, published] of slashed) {
  test(`slashed dateline "${text.slice(0, 24).replace('\n', ' ')}" (publisher ${publisher}) is ${published}`, () => {
    assert.equal(extractRecord({ file: 't', text, publisher }).published, published);
  });
}

test('a date known from outside the text (a feed item) is used for a page that prints none, as metadata evidence', () => {
  const text = 'Office of the Spokesperson\n\nEnvoy John Kerry will travel to Palau April 12-15 to lead the delegation.';
  const record = extractRecord({ file: 't', text, published: '2022-04-08' });
  assert.equal(record.published, '2022-04-08');
  assert.deepEqual(record.provenance.published, { text: '2022-04-08', start: 0, end: 0, rule: 'document/published-metadata', origin: 'metadata' });
  // …and dates the page's yearless times, which otherwise keep only their words
  assert.deepEqual(record.plannedEvents.map((p) => [p.whenText, p.start, p.end]), [['April 12-15', '2022-04-12', '2022-04-15']]);
  assert.deepEqual(extractRecord({ file: 't', text }).plannedEvents.map((p) => [p.whenText, p.start, p.end]), [['April 12-15', null, null]]);
});

test('the date the page prints wins over metadata; metadata that is no calendar day is ignored', () => {
  const printed = extractRecord({ file: 't', text: `March 1, 2022\n\nThe Foreign Minister will visit Palau April 12-15.`, published: '2022-04-08' });
  assert.equal(printed.published, '2022-03-01');
  assert.equal(printed.provenance.published?.origin, undefined);
  for (const bad of ['2022-02-30', '8 April 2022', '']) {
    assert.equal(extractRecord({ file: 't', text: 'The Foreign Minister will visit Palau in April.', published: bad }).published, null, bad);
  }
});

// a publisher without a signature of its own: a site's name in the page's head or foot that names its country
const BODY_SENTENCE = '\n\nThe Foreign Minister met her counterpart today. They discussed bilateral relations.';
const siteNames: [string, string | null, string | null][] = [
  [`Ministry of Foreign Affairs\nRepublic of Indonesia\n\nForeign Minister Meets Dutch Counterpart${BODY_SENTENCE}`, 'Ministry of Foreign Affairs', 'ID'],
  [`Embassy of the Republic of Korea in Japan\n\nAmbassador Meets Governor of Osaka${BODY_SENTENCE}`, 'Embassy of the Republic of Korea in Japan', 'KR'],
  [`Summary of Bulletin\nHoly See Press Office\n\nAudience with the President of Angola${BODY_SENTENCE}`, 'Holy See Press Office', 'VA'],
  [`Foreign Minister Meets Dutch Counterpart${BODY_SENTENCE}\n\nMinistry of Foreign Affairs of the Republic of Uzbekistan`, 'Ministry of Foreign Affairs of the Republic of Uzbekistan', 'UZ'],
  // a headline or a sentence that names a ministry is not a site's name
  [`Ministry of Foreign Affairs of Kenya Hosts Somali Delegation${BODY_SENTENCE}`, null, null],
  [`Talks in Lima\n\nThe Ministry of Foreign Affairs of Peru said the talks were productive.${BODY_SENTENCE}`, null, null],
  // a headline under a site's name that names none: the headline's country is not the publisher's
  [`Ministry of Foreign Affairs\nForeign Minister Meets Dutch Counterpart${BODY_SENTENCE}`, null, null],
  // a site's name that names no country
  [`Ministry of Foreign Affairs\nPress Releases\n\nForeign Minister Meets Dutch Counterpart${BODY_SENTENCE}`, null, null],
];

for (const [text, name, country] of siteNames) {
  test(`publisher from a site's name: ${JSON.stringify(text.slice(0, 50))} -> ${country}`, () => {
    const record = extractRecord({ file: 't', text });
    assert.equal(record.publisher, name);
    if (name !== null) assert.equal(text.slice(record.provenance.publisher!.start, record.provenance.publisher!.end), name);
  });
}

test("a page <title> that is only the site's name gives the publisher, as metadata", () => {
  const record = extractRecord({ file: 't', text: `Uzbekistan, China leaders call for further strengthening partnership${BODY_SENTENCE}`, title: 'Ministry of Foreign Affairs of the Republic of Uzbekistan' });
  assert.equal(record.publisher, 'Ministry of Foreign Affairs of the Republic of Uzbekistan');
  assert.equal(record.provenance.publisher?.origin, 'metadata');
});
