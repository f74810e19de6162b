/**
 * One grammar for the datelines agencies and ministries open a story with (unseen set 6, cause 1):
 * place [", " country] [", " weekday] ", " date [agency] then a dash, colon, semicolon or full stop; and without a
 * date "Place - ", "Place, AGENCY - ", "Place (AGENCY) - " for the place only. Table-driven: forms that are datelines
 * (with the place and the date they give), sentences and headlines that only look like one, and whole pages whose
 * published date and meeting place come from such a dateline. Every date is written in the text itself, so the
 * reference date is explicit and no clock is read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';
import { openingDateline } from '../src/stages/segment/dateline-detector.ts';

/** [paragraph, place words, full date as written (null: none or no year), day and month without a year] */
const DATELINES: [string, string, string | null, boolean][] = [
  ['Phnom Penh, February 7, 2024 AKP -- Samdech Hun Manet held talks with the Prime Minister of Thailand.', 'Phnom Penh', 'February 7, 2024', false],
  ['Asunción, Paraguay, Thursday, 27th June 2024: Senator the Hon. Kamina Johnson Smith held talks.', 'Asunción, Paraguay', '27th June 2024', false],
  ['Harare, Zimbabwe, 12th February 2024 - The Executive Secretary paid a courtesy call on the President.', 'Harare, Zimbabwe', '12th February 2024', false],
  ['Abuja, 20th February 2024. The Commission announces an extraordinary summit.', 'Abuja', '20th February 2024', false],
  ['Riyadh, March 12, 2023, SPA -- The Crown Prince received the Minister.', 'Riyadh', 'March 12, 2023', false],
  ['ABU DHABI, 5th June, 2023 (WAM) -- His Highness received the Minister.', 'ABU DHABI', '5th June, 2023', false],
  ['Riyadh, 14 Jumada II 1445 H, corresponding to 27 December 2023, SPA -- The Minister received his counterpart.', 'Riyadh', '27 December 2023', false],
  ['Kuwait City, Sunday, 12 May 2024 (KUNA) -- The Foreign Minister received the Ambassador.', 'Kuwait City', '12 May 2024', false],
  ['Dushanbe, 14.03.2024. President Emomali Rahmon met the Prime Minister.', 'Dushanbe', '14.03.2024', false],
  ['BRUSSELS, 5 March 2024; The Council adopted its conclusions.', 'BRUSSELS', '5 March 2024', false],
  ['Madrid, 5 de marzo de 2024.- El Ministro recibió a su homólogo.', 'Madrid', '5 de marzo de 2024', false],
  ['Paris, le 5 mars 2024 – Le ministre a reçu son homologue.', 'Paris', '5 mars 2024', false],
  ['Berlin, 5. März 2024 – Der Minister traf seinen Amtskollegen.', 'Berlin', '5. März 2024', false],
  ['Ulaanbaatar, 2024-03-14: The Minister received the delegation.', 'Ulaanbaatar', '2024-03-14', false],
  ['Paris, 5 May 2024, 10:30 – The Minister received his counterpart.', 'Paris', '5 May 2024', false],
  ['Manama, Kingdom of Bahrain – 10 January 2024 – The Minister received the Foreign Secretary.', 'Manama, Kingdom of Bahrain', '10 January 2024', false],
  ['Jeddah - 18 March 2024 - The Secretary-General received the Minister.', 'Jeddah', '18 March 2024', false],
  ['Manama, Jan. 10 (BNA): His Royal Highness received the Minister of State.', 'Manama', null, true],
  ['Tashkent, June 14 (UzA). Negotiations were held at the Kuksaroy residence.', 'Tashkent', null, true],
  ['MINSK, 14 March (BelTA) - Belarus President Aleksandr Lukashenko met the Governor.', 'MINSK', null, true],
  ['YEREVAN, MARCH 12, ARMENPRESS. Foreign Minister Ararat Mirzoyan met his counterpart.', 'YEREVAN', null, true],
  ['Bishkek, March 12 /Kabar/. President Sadyr Japarov received the delegation.', 'Bishkek', null, true],
  ['BAKU, Azerbaijan, March 4. President Ilham Aliyev received the delegation.', 'BAKU, Azerbaijan', null, true],
  ['Rio de Janeiro, 21 February (Xinhua) - The ministers met.', 'Rio de Janeiro', null, true],
  ['Jeddah - The Secretary-General received the Minister of Foreign Affairs.', 'Jeddah', null, false],
  ['New York, IRNA - Iranian Foreign Minister met his Iraqi counterpart.', 'New York, IRNA', null, false],
  ['Hanoi (VNA) – Prime Minister Pham Minh Chinh received the Ambassador.', 'Hanoi', null, false],
  ['Santo Domingo.- The Minister met his counterpart.', 'Santo Domingo', null, false],
  ['Washington, D.C. – Today, the Secretary met the Foreign Minister.', 'Washington, D.C.', null, false],
];

test('dateline forms: the place words and the date each gives', () => {
  for (const [paragraph, place, date, yearless] of DATELINES) {
    const found = openingDateline(paragraph);
    assert.ok(found, paragraph);
    assert.equal(paragraph.slice(0, found.place), place, paragraph);
    assert.equal(found.date && paragraph.slice(found.date.index, found.date.index + found.date.length), date, paragraph);
    assert.equal(found.yearless, yearless, paragraph);
  }
});

test('sentences and headlines that look like datelines are not', () => {
  for (const paragraph of [
    'Moscow, in turn, insisted that the talks continue.',
    'Jeddah - based companies signed the contracts.',
    'Jeddah-based companies signed the contracts.',
    'On Monday, 4 March 2024 - the ministers met in Geneva.',
    'Today, 4 March 2024 - the ministers met in Geneva.',
    'Finally, Minister - we thank you.',
    'Paris, 5 May 2024 the ministers met.',
    'Paris, 5 May 2024 Today. The ministers met.',
    'SEOUL, May 2 -- the ministers met.',
    'MOSCOW, February 10. TASS reported that the ministers met.',
    'The minister, May 2 (Yonhap) -- said',
    'Singapore, Mar 23 (PTI) and more in lower case.',
    'Kazakhstan - EU Summit',
    'Monday, June 14, 2024 - The ministers met.',
    'Hanoi, which hosted the talks - The ministers said.',
    'Geneva, 5 May 2024, was the day the ministers met.',
    'Geneva - 5 May 2024 was the day the ministers met.',
    'Geneva - 5 countries signed the treaty.',
  ]) assert.equal(openingDateline(paragraph), null, paragraph);
});

/** [page, publisher, published date, meeting place] */
const PAGES: [string, string | null, string | null, string | null][] = [
  // the page's time stamp dates it; the agency dateline under it still places the meeting
  ['Agency\n07 February 2024\n\nPrime Ministers Hold Bilateral Talks\n\nPhnom Penh, February 7, 2024 AKP -- Prime Minister Hun Manet of Cambodia held bilateral talks with Prime Minister Srettha Thavisin of Thailand at the Peace Palace this morning.', null, '2024-02-07', 'Phnom Penh'],
  ['Agency\n10 Jan 2024\n\nCrown Prince receives UK Minister\n\nManama, Jan. 10 (BNA): Crown Prince and Prime Minister Salman bin Hamad Al Khalifa of Bahrain received at Gudaibiya Palace today the United Kingdom\'s Minister of State Lord Tariq Ahmad.', null, '2024-01-10', 'Manama'],
  ['Agency\n14.06.2024 | 19:10\n\nPresidents hold negotiations\n\nTashkent, June 14 (UzA). Negotiations between President of Uzbekistan Shavkat Mirziyoyev and President of Korea Yoon Suk Yeol were held at the Kuksaroy residence.', null, '2024-06-14', 'Tashkent'],
  ['Organisation\n18/03/2024\n\nSecretary-General Receives Foreign Minister\n\nJeddah - The Secretary-General of the Organisation of Islamic Cooperation, Hissein Brahim Taha, received the Minister of Foreign Affairs of The Gambia, Mamadou Tangara, at the General Secretariat on 18 March 2024.', null, '2024-03-18', 'Jeddah'],
  // no other date on the page: the dateline dates it
  ['Ministry\nPress Releases\n\nMinister holds bilateral talks with Canada\'s Foreign Minister\n\nAsunción, Paraguay, Thursday, 27th June 2024: Foreign Minister Kamina Johnson Smith of Jamaica held bilateral talks with Mélanie Joly, Minister of Foreign Affairs of Canada, at the Conference Centre.', null, '2024-06-27', 'Asunción'],
  ['Secretariat\nLatest News\n\nExecutive Secretary pays courtesy call on President Mnangagwa\n\nHarare, Zimbabwe, 12th February 2024 - Foreign Minister Frederick Shava of Zimbabwe met Foreign Minister Naledi Pandor of South Africa at the ministry.', null, '2024-02-12', 'Harare'],
  ['Commission\nPress Release\n\nMinisters meet\n\nAbuja, 20th February 2024. Foreign Minister Yusuf Tuggar of Nigeria received Foreign Minister Yassine Fall of Senegal at the ministry.', null, '2024-02-20', 'Abuja'],
];

for (const [text, publisher, published, place] of PAGES) {
  test(`page "${text.split('\n\n')[2]!.slice(0, 50)}": published ${published}, place ${place}`, () => {
    const record = extractRecord({ file: 't', text, publisher });
    assert.equal(record.published, published);
    assert.equal(record.meetings[0]?.place ?? null, place);
  });
}

test('a sentence opening like a dateline neither dates the page nor places the meeting', () => {
  const moscow = extractRecord({
    file: 't',
    text: 'Ministry\n\nMinisters meet\n\nMoscow, in turn, proposed talks. Foreign Minister Sergey Lavrov met Foreign Minister Hakan Fidan of Turkey on 5 March 2024.',
    publisher: null,
  });
  assert.equal(moscow.published, null);
  assert.equal(moscow.meetings[0]?.place ?? null, null);
  const based = extractRecord({
    file: 't',
    text: 'Ministry\n\nMinisters meet\n\nJeddah - based investors welcomed the news. Foreign Minister Faisal bin Farhan of Saudi Arabia met Foreign Minister Hakan Fidan of Turkey on 5 March 2024.',
    publisher: null,
  });
  assert.equal(based.meetings[0]?.place ?? null, null);
});
