/**
 * Unseen set 5, cause 4: the meeting's day when the lead writes it in brackets after a weekday ("in Langkawi on Sunday
 * (Jan 19)", Antara's and Bernama's style), and when the guest's visit is dated in a relative clause ("..., who is on
 * an official visit to the Lao PDR from 12-13 November 2024": the visit's days, not the meeting's). Look-alikes keep
 * their reading: a bracketed day in another time zone, a weekday the bracketed day does not fall on, a single day in
 * the visit clause, a range that is the meeting's own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const dateOf = (dateline: string, lead: string): string | null | undefined =>
  extractRecord({ file: 't', text: `Ministers discuss border issues\n\n${dateline}\n\n${lead} The two ministers discussed maritime boundaries.\n`, publisher: null }).meetings[0]?.date;

test('a bracketed day right after its weekday is the meeting\'s day', () => {
  // reference (published) 20 January 2025, a Monday; 19 January 2025 is a Sunday
  const cases: [string, string][] = [
    ['Foreign Minister Sugiono held a bilateral meeting with Foreign Minister Mohamad Hasan in Langkawi on Sunday (Jan 19).', '2025-01-19'],
    ['Foreign Minister Sugiono met Foreign Minister Mohamad Hasan in Langkawi on Sunday (January 19).', '2025-01-19'],
    ['Foreign Minister Sugiono met Foreign Minister Mohamad Hasan in Langkawi on Saturday (18/1).', '2025-01-18'],
    // not that weekday's date: the bracket is not trusted, the page's date stays
    ['Foreign Minister Sugiono met Foreign Minister Mohamad Hasan in Langkawi on Friday (Jan 19).', '2025-01-20'],
    // another time zone's day in brackets, after a time, as before
    ['Foreign Minister Sugiono met Foreign Minister Mohamad Hasan in Langkawi at 11 p.m. (Jan 19, Jakarta time).', '2025-01-20'],
  ];
  for (const [lead, date] of cases) assert.equal(dateOf('20 January 2025', lead), date, lead);
});

test('a range of days in a "who is on a visit" clause dates the visit, not the meeting', () => {
  const cases: [string, string, string][] = [
    ['Vientiane, 13 November 2024 - ', 'H.E. Mr. Saleumxay Kommasith, Minister of Foreign Affairs of the Lao PDR, held talks with H.E. Mr. Maris Sangiampongsa, Minister of Foreign Affairs of Thailand, who is on an official visit to the Lao PDR from 12-13 November 2024.', '2024-11-13'],
    ['Hanoi, 14 March 2024 - ', 'Foreign Minister Bui Thanh Son received Foreign Minister Penny Wong, who is paying an official visit to Viet Nam from 13 to 15 March 2024.', '2024-03-14'],
    ['Jakarta, 6 May 2024 - ', 'Foreign Minister Retno Marsudi met Foreign Minister Winston Peters, who was visiting Indonesia from 5-7 May 2024.', '2024-05-06'],
    // a single day in the clause is the day of the visit's meeting, as before
    ['Vientiane, 13 November 2024 - ', 'Foreign Minister Saleumxay Kommasith held talks with Foreign Minister Maris Sangiampongsa, who is on an official visit to the Lao PDR on 12 November 2024.', '2024-11-12'],
    // the meeting's own range, no visit clause: its first day, as before
    ['Vientiane, 13 November 2024 - ', 'Foreign Minister Saleumxay Kommasith held talks with Foreign Minister Maris Sangiampongsa in Vientiane from 11-12 November 2024.', '2024-11-11'],
  ];
  for (const [dateline, lead, date] of cases) assert.equal(dateOf(`${dateline.replace(/ - $/, '')}`, lead), date, lead);
});
