/**
 * The meeting stage through the whole pipeline, on short readouts written the way ministries write them.
 * Reference dates come from each text's own dateline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

type Expect = Partial<{ date: string | null; level: string | null; mode: string; countries: string[]; durationMinutes: number | null; place: string | null; occasion: string | null; ordinal: number | null; names: string[] }>;

const cases: [string, Expect][] = [
  ['March 3, 2023\n\nForeign Minister Penny Wong held a telephone talk with Mr. S. Jaishankar, External Affairs Minister of India, for approximately 25 minutes.',
    { date: '2023-03-03', mode: 'telephone', level: 'foreign-minister', durationMinutes: 25, place: null }],
  ['June 5, 2022\n\nOn June 4, German Chancellor Olaf Scholz met with President Emmanuel Macron of France in Berlin.',
    { date: '2022-06-04', mode: 'in-person', level: 'leader', place: 'Berlin', countries: ['DE', 'FR'] }],
  ['April 2, 2021\n\nSecretary of State Antony J. Blinken spoke today with Indian External Affairs Minister Subrahmanyam Jaishankar.',
    { date: '2021-04-02', mode: 'telephone', level: 'foreign-minister', countries: ['IN', 'US'] }],
  ['May 10, 2021\n\nThe G7 Foreign Ministers held a videoconference with ASEAN counterparts.',
    { mode: 'video' }],
  ['October 4, 2019\n\nMr. Toshimitsu Motegi, Minister for Foreign Affairs, received a courtesy call from H.E. Mr. Mohammad Javad Zarif, Minister of Foreign Affairs of the Islamic Republic of Iran.',
    { mode: 'in-person', names: ['Toshimitsu Motegi', 'Mohammad Javad Zarif'] }],
  ['November 12, 2019\n\nOn the sidelines of the G20 Osaka Summit, Prime Minister Shinzo Abe held his 27th summit meeting with President Vladimir Putin of the Russian Federation for approximately one hour and 30 minutes.',
    { occasion: 'G20 Osaka Summit', ordinal: 27, durationMinutes: 90, level: 'leader', place: 'Osaka' }],
  ['January 20, 2022 - Paris, France - Global Affairs Canada\n\nThe Honourable Mélanie Joly, Minister of Foreign Affairs, met yesterday with Jean-Yves Le Drian, France’s Minister for Europe and Foreign Affairs.',
    { date: '2022-01-19', place: 'Paris', countries: ['CA', 'FR'] }],
  ['August 21, 2021\n\nThis afternoon, President Biden convened a call with Northeastern Governors to discuss Hurricane Henri’s anticipated landfall on Long Island on Sunday.',
    { date: '2021-08-21', mode: 'telephone' }],
  ['February 11, 2023\n\nOn Friday, the Council of Governors met with Deputy Secretary of Defense Kathleen Hicks and Governor Tim Walz in Wales Hall.',
    { date: '2023-02-10' }],
  // ranks: people of different main ranks meet at the rank they share; a rank inside a title is no meeting noun
  ['March 10, 2023\n\nOn March 9, Minister Mauro Vieira held a telephone conversation with the Minister of Foreign Affairs of the People\'s Republic of China, Qin Gang.',
    { level: 'foreign-minister' }],
  ['October 13, 2023\n\nHE Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani met with HE US Secretary of State Antony Blinken in Doha today.',
    { level: 'foreign-minister' }],
  ['October 14, 2023\n\nPrime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani of Qatar met with President Emmanuel Macron of France in Paris today.',
    { level: 'leader' }],
  ['May 16, 2023\n\nOn May 15, Deputy Foreign Minister of the Russian Federation Sergey Ryabkov met with Ambassador of the Islamic Republic of Iran to Russia Kazem Jalali.',
    { level: 'other' }],
  ['May 17, 2023\n\nOn May 16, Minister Mauro Vieira met with President Emmanuel Macron of France in Paris.',
    { level: 'other' }],
  ['January 24, 2023\n\nThe Minister of International Relations and Cooperation, Dr Naledi Pandor, held a meeting with the Minister of Foreign Affairs of the Republic of Cuba, H.E. Mr Bruno Rodríguez Parrilla, in Pretoria on 24 January 2023.',
    { level: 'foreign-minister', names: ['Naledi Pandor', 'Bruno Rodríguez Parrilla'], place: 'Pretoria' }],
  // the day from a title when the page prints no dateline: in brackets (France Diplomatie), after "Meeting of X with Y,"
  // (Türkiye)
  ['Ukraine - Telephone conversation between Catherine Colonna and Dmytro Kuleba (2 March 2023)\n\nCatherine Colonna, Minister for Europe and Foreign Affairs, spoke by telephone with her Ukrainian counterpart, Dmytro Kuleba, this morning.',
    { date: '2023-03-02', mode: 'telephone' }],
  ['Meeting of Foreign Minister Hakan Fidan with Péter Szijjártó, Minister of Foreign Affairs and Trade of Hungary, 18 July 2023, Ankara\n\nForeign Minister Hakan Fidan met with Péter Szijjártó, Minister of Foreign Affairs and Trade of Hungary, in Ankara.',
    { date: '2023-07-18', place: 'Ankara', level: 'foreign-minister' }],
  // a venue in a named city: the city is the place; a venue alone stays the place
  ['20 Oct. 2022\n\nThe NATO Secretary General, Jens Stoltenberg, met with the Prime Minister of Sweden, Ulf Kristersson, at NATO Headquarters in Brussels on Thursday (20 October 2022).',
    { place: 'Brussels' }],
  ['September 1, 2023\n\nPresident Biden met with Prime Minister Kishida at Camp David today.',
    { place: 'Camp David' }],
  // occasions: a guest "who is in <country> for" an event; an ordinal word is not part of the name; the General Debate
  ['2023-10-17\n\nOn the afternoon of October 17, 2023, President Xi Jinping met with Kenyan President William Ruto, who is in China for the third Belt and Road Forum for International Cooperation, at the Great Hall of the People in Beijing.',
    { occasion: 'Belt and Road Forum for International Cooperation', place: 'Beijing', level: 'leader' }],
  ['New York, 20 September 2023\n\nThe Secretary-General met today with H.E. Mr. Mohammad Shtayyeh, Prime Minister of the State of Palestine, on the margins of the General Debate of the 78th session of the General Assembly.',
    { occasion: 'General Debate of the 78th session of the General Assembly', names: ['Mohammad Shtayyeh'] }],
  // a numbered session of a standing body: the occasion is the body's meeting ("United Nations General Assembly")
  ['September 20, 2023\n\nForeign Minister Kamikawa met Foreign Minister Wang Yi in New York on the occasion of the 78th Session of the United Nations General Assembly.',
    { occasion: 'United Nations General Assembly', place: 'New York' }],
  ['September 19, 2017\n\nOn September 18, Foreign Minister Sergey Lavrov held talks with Foreign Minister Taro Kono in New York on the sidelines of the 72nd session of the UN General Assembly.',
    { occasion: 'United Nations General Assembly', place: 'New York', ordinal: null }],
  ['2023-10-18\n\nOn October 18, President Xi Jinping met with Chilean President Gabriel Boric, who is in China for talks, in Beijing.',
    { occasion: null }],
  // "on <date>" after an event's name is not part of it; a Swiss Federal Councillor is a minister
  ['Bern, 17.02.2023 - Federal Councillor Ignazio Cassis met with Wang Yi, Director of the Office of the Central Foreign Affairs Commission, on the margins of the Munich Security Conference on 17 February 2023.',
    { occasion: 'Munich Security Conference', level: 'other', place: 'Munich' }],
  // an unnamed head of an organisation leading the sentence has a rank no state official shares
  ['18 March 2022\n\nThe Secretary-General spoke by phone yesterday with President Volodymyr Zelenskyy of Ukraine.',
    { level: 'other', date: '2022-03-17', mode: 'telephone' }],
  ['May 29, 2020\n\nThe Prime Minister spoke to President Erdoğan of Turkey this afternoon.',
    { level: 'leader' }],
  // the title names the occasion again: its words are no side (India, the publisher's side, is not named here)
  ['September 09, 2023\n\nPrime Minister\'s meeting with President of Brazil on the sidelines of the G20 Summit\n\nPrime Minister Shri Narendra Modi met President of the Federative Republic of Brazil, H.E. Mr. Luiz Inácio Lula da Silva, on the sidelines of the G20 Summit in New Delhi today.',
    { countries: ['BR', 'IN'], occasion: 'G20 Summit', place: 'New Delhi', names: ['Narendra Modi', 'Luiz Inácio Lula da Silva'] }],
  // a first line without a full stop is the title, however long: the body's sentence is the lead
  ['Deputy Prime Minister and Minister of Foreign Affairs met with the Foreign Minister of the People\'s Republic of China\n\n12 July 2023\n\nOn 12 July 2023, Mr. Don Pramudwinai, Deputy Prime Minister and Minister of Foreign Affairs, met with Mr. Wang Yi on the sidelines of the 56th ASEAN Foreign Ministers\' Meeting in Jakarta, Indonesia.',
    { occasion: '56th ASEAN Foreign Ministers\' Meeting', place: 'Jakarta', date: '2023-07-12' }],
  // "spoke with" is a call unless the sentence says they met: not a meeting the call follows up on
  ['April 1, 2022\n\nSecretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba to follow up on their recent meeting in Warsaw, Poland.',
    { mode: 'telephone', place: null, date: '2022-04-01' }],
  ['April 1, 2022\n\nSecretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba after their meeting in Warsaw.',
    { mode: 'in-person' }],
  // a day in a clause about what is ahead is not the meeting's; a clause after a comma is the meeting's own
  ['February 26, 2024\n\nForeign Minister Ahmed Attaf held talks with Foreign Minister Antonio Tajani in Rome, and the two sides agreed to sign an agreement on double taxation on the 28th.',
    { date: '2024-02-26' }],
  ['February 26, 2024\n\nAt the last summit it was decided to form a forum, and the foreign ministers held its inaugural meeting in Rome on February 24, 2024.',
    { date: '2024-02-24' }],
  // a city the lead only talks about is no place of the meeting: a capital for its government, a name in a title
  // (White House readouts print no dateline, which may name the place without a cue)
  ['National Security Advisor Jake Sullivan met today with Foreign Secretary Elizabeth Truss of the United Kingdom. They reviewed the coordination with Allies to impose severe costs on Moscow for its aggression.',
    { place: null, countries: ['GB', 'US'] }],
  ['President Biden met today with Cardinal Matteo Maria Zuppi, Archbishop of Bologna, to discuss humanitarian efforts.',
    { place: null }],
  ['President Biden met today with Cardinal Matteo Maria Zuppi in Bologna to discuss humanitarian efforts.',
    { place: 'Bologna' }],
  // a news agency's dateline, its place in capitals; a named venue without a city
  ['Kazakh Foreign Minister meets with U.S. Ambassador\n\nASTANA, 15 March 2023 – Minister of Foreign Affairs of the Republic of Kazakhstan Murat Nurtleu met with the Ambassador of the United States of America, Daniel Rosenblum.',
    { place: 'Astana', date: '2023-03-15', level: 'other', countries: ['KZ', 'US'] }],
  ['17 April 2023\n\nDeputy Prime Minister and Minister of Foreign Affairs and International Cooperation Antonio Tajani met today at the Farnesina with US Secretary of State Antony Blinken.',
    { place: 'Farnesina', level: 'foreign-minister' }],
  // "he" as the lead's subject is the person the sentence before names
  ['March 10, 2023\n\nExternal Affairs Minister Dr. S. Jaishankar arrived in Singapore on a two-day visit today. During the visit, he called on Prime Minister Lee Hsien Loong and held talks with Foreign Minister Dr Vivian Balakrishnan.',
    { names: ['Jaishankar', 'Lee Hsien Loong', 'Vivian Balakrishnan'], place: 'Singapore' }],
  ['March 10, 2023\n\nThe Prime Minister thanked President Biden. He met Foreign Minister Dr Vivian Balakrishnan in Singapore today.',
    { names: ['Vivian Balakrishnan'] }],
  // a first-person media release: the byline's author is a participant; not when the lead names someone else
  ['Senator the Hon Penny Wong\nMinister for Foreign Affairs\n\nMeeting with Indonesian Foreign Minister\n\n9 February 2023\n\nToday I met with Indonesian Foreign Minister Retno Marsudi in Jakarta.',
    { names: ['Penny Wong', 'Retno Marsudi'], place: 'Jakarta', date: '2023-02-09' }],
  ['Senator the Hon Penny Wong\nMinister for Foreign Affairs\n\n9 February 2023\n\nThe Assistant Minister, Tim Watts, met Indonesian Foreign Minister Retno Marsudi in Jakarta today. I welcome the outcome.',
    { names: ['Tim Watts', 'Retno Marsudi'] }],
  // lead cues as other ministries word them
  ['8 March 2023\n\nForeign Minister Penny Wong exchanged views over the phone with External Affairs Minister S. Jaishankar.',
    { mode: 'telephone', level: 'foreign-minister' }],
  ['8 March 2023\n\nForeign Minister Penny Wong welcomed External Affairs Minister S. Jaishankar to Canberra.',
    { mode: 'in-person', place: 'Canberra', names: ['Penny Wong', 'Jaishankar'] }],
  ['8 March 2023\n\nForeign Minister Penny Wong held a teleconference with External Affairs Minister S. Jaishankar.',
    { mode: 'video' }],
  ['8 March 2023\n\nForeign Minister Penny Wong and External Affairs Minister S. Jaishankar spoke by video call.',
    { mode: 'video', names: ['Penny Wong', 'Jaishankar'] }],
  // lead cues: a courtesy call "called on"; "spoke on the telephone with"
  ['February 15, 2023\n\nMinister of State for External Affairs Shri V. Muraleedharan called on the Prime Minister of Fiji, Hon. Sitiveni Rabuka in Suva on 15 February 2023.',
    { mode: 'in-person', level: 'other', place: 'Suva', names: ['Muraleedharan', 'Sitiveni Rabuka'] }],
  ['7 February 2023\n\nFederal Chancellor Olaf Scholz today spoke on the telephone with the President of the Republic of Türkiye, Recep Tayyip Erdoğan.',
    { mode: 'telephone', level: 'leader', date: '2023-02-07', names: ['Olaf Scholz', 'Recep Tayyip Erdoğan'] }],
];

const noMeeting: string[] = [
  'May 1, 2006\n\n1. The Fifth Japan-China Comprehensive Policy Dialogue will take place in China from May 7 to 9.',
  'August 1, 2022\n\nThe Secretary will travel to Manila next week, where he will meet President Marcos.',
  'March 1, 2022\n\nThe United States condemns the attack on civilians in Kharkiv.',
  'March 2, 2022\n\nThe Foreign Minister called on the Government of Myanmar to release all political prisoners.',
  // a body line that announces talks, or asks about a meeting, is no title naming the meeting
  'Visit of External Affairs Minister to Japan\n\nJuly 25, 2023\n\nExternal Affairs Minister Dr. S. Jaishankar will pay an official visit to Japan from 27 to 29 July 2023. During the visit, he will hold talks with Foreign Minister Hayashi Yoshimasa.',
  'Foreign Minister to attend G20 meeting\n\n28 February 2023\n\nForeign Minister Retno Marsudi is scheduled to attend the G20 Foreign Ministers\' Meeting in New Delhi on 1-2 March.',
  'Press briefing by the Spokesperson\n\n10 May 2023\n\nQuestion: Can you comment on the meeting between the two leaders?\nAnswer: It was productive.',
];

test('meeting fields from short readouts', () => {
  for (const [text, expect] of cases) {
    const m = extractRecord({ file: 't', text }).meetings[0];
    assert.ok(m, `a meeting in: ${text}`);
    for (const [key, value] of Object.entries(expect)) {
      if (key === 'names') assert.deepEqual(m.participants.map((p) => p.name), value, text);
      else assert.deepEqual((m as unknown as Record<string, unknown>)[key], value, `${key} in: ${text}`);
    }
  }
});

/** Participant countries when the source's publisher is known, as an ingest from a feed or URL knows it. */
const withPublisher: [string, string, Record<string, string | null>, string | null][] = [
  // the elided "and the Vietnamese delegation by ...": each delegation's head is its country's
  ['Ministry of External Affairs, India', 'June 12, 2023\n\nThe 12th round of India-Vietnam Foreign Office Consultations was held in Hanoi on 12 June 2023. The Indian delegation was led by Secretary (East) Shri Saurabh Kumar and the Vietnamese delegation by Vice Foreign Minister Do Hung Viet.',
    { 'Saurabh Kumar': 'IN', 'Do Hung Viet': 'VN' }, null],
  // a country given to the same person elsewhere does not trail a name in the title
  ['Ministry of Foreign Affairs and Expatriates, Jordan', 'Safadi, Shoukry discuss Gaza in phone call\n\nAmman, October 12 - Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Ayman Safadi discussed with Egyptian Foreign Minister Sameh Shoukry in a phone call on Thursday the escalation in Gaza.',
    { 'Ayman Safadi': 'JO', 'Sameh Shoukry': 'EG' }, 'foreign-minister'],
  // "met the <title>"; South Asia's Foreign Secretary is a senior official, a ministry named in the body is no signature
  ['Ministry of Foreign Affairs, Pakistan', '6 March 2023\n\nForeign Secretary Dr. Asad Majeed Khan met the Counselor of the U.S. Department of State, Derek Chollet, in Islamabad today.',
    { 'Asad Majeed Khan': 'PK', 'Derek Chollet': 'US' }, 'senior-official'],
  ['Foreign, Commonwealth & Development Office, United Kingdom', '6 March 2023\n\nForeign Secretary James Cleverly met the Foreign Minister of Pakistan, Bilawal Bhutto Zardari, in London today.',
    { 'James Cleverly': 'GB', 'Bilawal Bhutto Zardari': 'PK' }, 'foreign-minister'],
  // the country the principal arrived in is the hosts'; not the country of one who has his own
  ['Ministry of External Affairs, India', 'March 10, 2023\n\nExternal Affairs Minister Dr. S. Jaishankar arrived in Singapore on a two-day visit today. During the visit, he called on Prime Minister Lee Hsien Loong and held talks with Foreign Minister Dr Vivian Balakrishnan.',
    { 'Jaishankar': 'IN', 'Lee Hsien Loong': 'SG', 'Vivian Balakrishnan': 'SG' }, 'other'],
  ['Ministry of External Affairs, India', 'July 13, 2023\n\nExternal Affairs Minister Dr. S. Jaishankar arrived in Jakarta for the ASEAN meetings. He met Chinese Foreign Minister Wang Yi today.',
    { 'Jaishankar': 'IN', 'Wang Yi': 'CN' }, 'foreign-minister'],
  // a counterpart named without a country is of the one the text pairs with the publisher's, named twice
  ['The White House', 'President Joseph R. Biden Jr. spoke today with Crown Prince Mohamed bin Zayed Al Nahyan to reaffirm the longstanding partnership between the United States and the United Arab Emirates. The President congratulated the Crown Prince on the United Arab Emirates’ upcoming 50th anniversary.',
    { 'Joseph Biden': 'US', 'Mohamed bin Zayed Al Nahyan': 'AE' }, null],
  // …not when another participant is of that country already (the one left open may be a home official)
  ['The White House', 'President Biden spoke today with Prime Minister Kishida of Japan and Secretary Raimondo to reaffirm the partnership between the United States and Japan. Japan and the United States will meet again.',
    { 'Biden': 'US', 'Kishida': 'JP', 'Raimondo': null }, null],
  // "The Government of X was represented by ...": the next sentence names the other side's principal
  ['Ministry of Foreign Affairs, Malaysia', '25 JANUARY 2022\n\nThe shipment was received by the Minister of Foreign Affairs of Malaysia, the Honorable Dato’ Sri Saifuddin Abdullah at a handover ceremony held today. The Government of the UAE was represented by the Charge d’Affaires a.i. of the Embassy of the UAE in Kuala Lumpur, Ms. Nouf Ibrahim Ali Rashed Al-Kuwaiti.',
    { 'Saifuddin Abdullah': 'MY', 'Nouf Ibrahim Ali Rashed Al-Kuwaiti': 'AE' }, null],
];

test('participant countries and level with a known publisher', () => {
  for (const [publisher, text, countries, level] of withPublisher) {
    const m = extractRecord({ file: 't', text, publisher }).meetings[0];
    assert.ok(m, `a meeting in: ${text}`);
    assert.deepEqual(Object.fromEntries(m.participants.map((p) => [p.name, p.country])), countries, text);
    if (level) assert.equal(m.level, level, text);
  }
});

test('no meeting in announcements and statements', () => {
  for (const text of noMeeting) assert.deepEqual(extractRecord({ file: 't', text }).meetings, [], text);
});

test('every meeting value has evidence that is the exact source words', () => {
  for (const [text] of cases) {
    const m = extractRecord({ file: 't', text }).meetings[0]!;
    const ev = [m.provenance.date, m.provenance.level, m.provenance.mode, m.provenance.place, m.provenance.occasion, m.provenance.ordinal, ...m.provenance.countries, ...m.provenance.durationMinutes];
    for (const e of ev) if (e) assert.equal(text.slice(e.start, e.end), e.text);
    if (m.date) assert.ok(m.provenance.date, 'date has evidence');
    if (m.level) assert.ok(m.provenance.level, 'level has evidence');
    assert.ok(m.provenance.mode, 'mode has evidence');
    assert.equal(m.provenance.countries.length, m.countries.length);
    for (const p of m.participants) assert.equal(text.slice(p.provenance.name.start, p.provenance.name.end), p.provenance.name.text);
  }
});
