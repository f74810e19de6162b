/**
 * Unseen set 5, cause 2: dateline forms of ministries and agencies not seen before, read for the published date and
 * the meeting's place: "27. 2. 2024" (gov.si), "17 January 2024, Kampala, Uganda - ..." (date, place, dash), "BAKU,
 * Azerbaijan, March 4. ..." (Trend: capitals, year-less, full stop), "Santo Domingo.- ..." (the Spanish-language
 * press), and a city missing from the gazetteer (Bogor). Each with the neighbouring forms and look-alikes that must
 * not change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const LEAD = 'The Minister of Foreign Affairs met with the Foreign Minister of Georgia, Ilia Darchiashvili. They discussed trade.';
const record = (text: string) => extractRecord({ file: 't', text, publisher: null });

test('"27. 2. 2024" (day. month. year with spaces) dates the page and its "today"', () => {
  const cases: [string, string | null][] = [
    ['27. 2. 2024', '2024-02-27'],
    ['3. 10. 2023', '2023-10-03'],
    ['14. 11. 2022', '2022-11-14'],
    ['27.2.2024', '2024-02-27'],
    // a numbered point is no date
    ['2. The Minister met the Ambassador in 2024.', null],
    ['1. 2. Ministers reviewed the agenda.', null],
  ];
  for (const [line, published] of cases) {
    const r = record(`Minister talks with counterpart\n\n${line}\n\nToday, the Minister held a video conference with Foreign Minister Ilia Darchiashvili.\n`);
    assert.equal(r.published, published, line);
    if (published) assert.equal(r.meetings[0]?.date, published, line);
  }
});

test('a date, the place, then a dash opens the story: published date and place', () => {
  const cases: [string, string | null, string | null][] = [
    ['17 January 2024, Kampala, Uganda - ', '2024-01-17', 'Kampala'],
    ['5 March 2024, Addis Ababa – ', '2024-03-05', 'Addis Ababa'],
    ['March 5, 2024, Nairobi, Kenya — ', '2024-03-05', 'Nairobi'],
    ['17 January 2024 - ', '2024-01-17', null],
    // no dash after the place: a sentence, not a dateline
    ['17 January 2024, in Kampala, ', null, 'Kampala'],
  ];
  for (const [opening, published, place] of cases) {
    const r = record(`Minister of Foreign Affairs meets the Foreign Minister of Georgia\n\n${opening}${LEAD}\n`);
    assert.equal(r.published, published, opening);
    assert.equal(r.meetings[0]?.place ?? null, place, opening);
  }
});

test('"BAKU, Azerbaijan, March 4." and "Santo Domingo.-" name the meeting\'s place', () => {
  const stamp = 'Politics Materials 4 March 2024 14:05 (UTC +04:00)';
  const cases: [string, string | null][] = [
    ['BAKU, Azerbaijan, March 4. ', 'Baku'],
    ['TASHKENT, Uzbekistan, 12 May. ', 'Tashkent'],
    // without the country the capitals and day are no mark of their own
    ['BAKU, March 4. ', null],
    ['Santo Domingo.- ', 'Santo Domingo'],
    ['MONTEVIDEO.- ', 'Montevideo'],
    // a spaced ". - " opening the story marks the place as ".-" does (the one dateline grammar reads both)
    ['Buenos Aires. - ', 'Buenos Aires'],
    // title case without a mark of its own is a sentence's start; "U.S.-" is no place
    ['Baku, March 4. ', null],
    ['U.S.- ', null],
  ];
  for (const [opening, place] of cases) {
    const r = record(`President receives Prime Minister\n\n${stamp}\n\n${opening}${LEAD}\n`);
    assert.equal(r.meetings[0]?.place ?? null, place, opening);
  }
});

test('Bogor is a meeting city', () => {
  const r = record('President Receives Prime Minister\n\nBogor, June 6, 2022\n\nPresident Joko Widodo received Prime Minister of Australia Anthony Albanese at the Presidential Palace on Monday.\n');
  assert.equal(r.meetings[0]?.place, 'Bogor');
});

test('a bulleted attribution line with a date does not date the page', () => {
  const r = record('Office of the Spokesperson\n\n“We stand together.”\n\n– President Biden, June 11, 2021\n\nSecretary Blinken met French Foreign Minister Jean-Yves Le Drian in Paris.\n');
  assert.equal(r.published, null);
});
