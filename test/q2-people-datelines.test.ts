/**
 * Datelines of publishers outside dev (unseen-publisher part 4): a news agency's dateline without a year under the
 * page's time stamp ("VIENTIANE, July 26 (Yonhap) -- "), a date in brackets closed by a full stop ("Bogotá (May 16,
 * 2024). "), and a city with its country's formal name before the date ("Manama, Kingdom of Bahrain – 10 January
 * 2024"). Each with strings that must not be read so.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';
import { isDatelineText, yearlessAgencyPlace } from '../src/stages/segment/dateline-detector.ts';

test('an agency dateline without a year: the place words before the date', () => {
  const cases: [string, string][] = [
    ['SEOUL, May 2 (Yonhap) -- Foreign Minister Cho Tae-yul held talks', 'SEOUL'],
    ['Cairo, Feb. 10 (Petra) -- Deputy Prime Minister Ayman Safadi met', 'Cairo'],
    ['PUTRAJAYA, June 12 (Bernama) -- Prime Minister Anwar Ibrahim today', 'PUTRAJAYA'],
    ['KUWAIT, MARCH 5 (KUNA) -- Kuwait\'s Foreign Minister received', 'KUWAIT'],
    ['Rio de Janeiro, 21 February (Xinhua) - The ministers met', 'Rio de Janeiro'],
    ['Singapore, Mar 23 (PTI) External Affairs Minister S Jaishankar on Saturday met', 'Singapore'],
    ['MOSCOW, February 10. /TASS/. Russian Foreign Minister Sergey Lavrov held talks', 'MOSCOW'],
  ];
  for (const [opening, place] of cases) assert.equal(opening.slice(0, yearlessAgencyPlace(opening) ?? 0), place, opening);
});

test('not an agency dateline without a year', () => {
  for (const opening of [
    'The minister, May 2 (Yonhap) -- said',
    'Cairo, March 6, 2024 (Petra) -- the year makes it a full dateline, read elsewhere',
    'SEOUL, May 2 -- no agency in brackets',
    'SEOUL, May (Yonhap) -- no day',
    'Foreign Minister Cho met his counterpart on May 2 (Yonhap) -- ',
    'SEOUL, Mayor 2 (Yonhap) -- ',
    'Singapore, Mar 23 (PTI) and more in lower case',
    'MOSCOW, February 10. TASS reported that',
  ]) assert.equal(yearlessAgencyPlace(opening), null, opening);
});

test('a city and its country before the date is a dateline; a sentence or a long title is not', () => {
  for (const line of ['Manama, Kingdom of Bahrain – 10 January 2024', 'Suva, Republic of Fiji, 21 February 2024', 'Kuwait City, State of Kuwait - 5 March 2024']) {
    assert.equal(isDatelineText(line), true, line);
  }
  for (const line of [
    'The Minister of Foreign Affairs of Bahrain met on 10 January 2024',
    'Meeting of the Ministers of the Gulf States – 10 January 2024 in Manama',
    'Manama, the capital of the Kingdom of Bahrain, hosted talks – 10 January 2024.',
  ]) assert.equal(isDatelineText(line), false, line);
});

test('the page date and the meeting place from those datelines', () => {
  const cases: [string, string | null, string, string][] = [
    ['Foreign Minister receives the Tánaiste\n\nBogotá (May 16, 2024). The Minister of Foreign Affairs, Luis Gilberto Murillo, received the Tánaiste and Minister for Foreign Affairs of Ireland, Micheál Martin, at the San Carlos Palace.', null, '2024-05-16', 'Bogotá'],
    ['Foreign Minister receives British Minister\n\nManama, Kingdom of Bahrain – 10 January 2024\n\nThe Minister of Foreign Affairs, Dr. Abdullatif bin Rashid Al Zayani, received today Mr. David Lammy, Foreign Secretary of the United Kingdom.', null, '2024-01-10', 'Manama'],
    ['S. Korea, Japan FMs hold talks\n\n2024-07-26 17:38\n\nVIENTIANE, July 26 (Yonhap) -- Foreign Minister Cho Tae-yul held talks with his Japanese counterpart, Yoko Kamikawa, on Friday.\n\n(END)', 'Yonhap News Agency', '2024-07-26', 'Vientiane'],
  ];
  for (const [text, publisher, published, place] of cases) {
    const record = extractRecord({ file: 't', text, publisher });
    assert.equal(record.published, published, text);
    assert.equal(record.meetings[0]?.place, place, text);
  }
  // A bracketed date that a sentence goes on from is no dateline ("Bogotá (May 16, 2024) was ...").
  const sentence = extractRecord({ file: 't', text: 'Notes\n\nThe meeting in Bogotá (May 16, 2024) was postponed, the Minister said.', publisher: null });
  assert.equal(sentence.published, null);
});
