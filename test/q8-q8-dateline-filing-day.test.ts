/**
 * The day in an agency's opening dateline is the day the story was filed (unseen set 7, cause 8): on a page dated by
 * another line (a time stamp above the story), the meeting's date is the day the lead names ("on Tuesday",
 * "yesterday"), read against the published date; the dateline's day only when the lead names none. Each page prints
 * its published date, so the reference date is explicit and no clock is read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

/** [page, published date, meeting date] */
const PAGES: [string, string, string][] = [
  // the lead names the day: the dateline's is passed over
  ['Ghana News Agency\n08 Mar 2023, 17:45\n\nGhana, Togo foreign ministers hold talks\n\nAccra, March 8, GNA - Ms Shirley Ayorkor Botchwey, the Minister of Foreign Affairs, on Tuesday held talks with Professor Robert Dussey, Togo\'s Minister of Foreign Affairs, at the Ministry in Accra.', '2023-03-08', '2023-03-07'],
  ['KPL\n06/09/2024\n\nLao, Vietnamese defence ministers hold talks\n\nVientiane, Sept 6 (KPL) - Minister of National Defence Chansamone Chanyalath of Laos held talks with Minister of National Defence Phan Van Giang of Vietnam in Vientiane yesterday.', '2024-09-06', '2024-09-05'],
  ['Agency\n2024-05-03 09:10\n\nForeign ministers meet\n\nSEOUL, May 3 (Yonhap) -- Foreign Minister Cho Tae-yul of South Korea met Foreign Minister Yoko Kamikawa of Japan on Wednesday in Seoul.', '2024-05-03', '2024-05-01'],
  // the lead names no day: the filing day stays the meeting's, even when the time stamp is the next day's
  ['Agency\n2024-07-27 00:10\n\nForeign ministers hold talks\n\nVIENTIANE, July 26 (Yonhap) -- Foreign Minister Cho Tae-yul of South Korea held talks with Foreign Minister Wang Yi of China.', '2024-07-27', '2024-07-26'],
  // a full date in the dateline that dated the page: unchanged
  ['Ministry\n\nMinisters meet\n\nJakarta, 7 March 2023 - Foreign Minister Retno Marsudi of Indonesia met Foreign Minister Adaljiza Magno of Timor-Leste on Monday.', '2023-03-07', '2023-03-06'],
  // a day named later in the paragraph, not in its dateline, is the lead's own day
  ['Agency\n10 Jan 2024\n\nCrown Prince receives UK Minister\n\nManama, Jan. 10 (BNA): Crown Prince Salman bin Hamad Al Khalifa of Bahrain received Lord Tariq Ahmad, the Minister of State of the United Kingdom, on January 9 at Gudaibiya Palace.', '2024-01-10', '2024-01-09'],
];

for (const [text, published, date] of PAGES) {
  test(`page "${text.split('\n\n')[2]!.slice(0, 40)}": published ${published}, meeting ${date}`, () => {
    const record = extractRecord({ file: 't', text, publisher: null });
    assert.equal(record.published, published);
    assert.equal(record.meetings[0]?.date ?? null, date);
  });
}
