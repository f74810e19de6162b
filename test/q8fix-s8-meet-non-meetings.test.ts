/**
 * Unseen set 8, cause 1: meeting words that report no meeting of the document. A first-person speaker's encounters
 * with ordinary people ("When I visited Darfur, I met mothers who had walked for days", a statement's quotation), and an
 * event recalled from years before the page's date (an anniversary: "On 5 March 1992, the foreign ministers met in
 * Copenhagen and founded the Council"; a history, an obituary) make no meeting; the same words with a counterpart, or
 * dated near the page's date, still do. Every page prints its date, the reference the recall is measured from.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

/** [page date line, body, the meeting's date or null for none]. */
const cases: [page: string, body: string, date: string | null][] = [
  // a first-person encounter: no meeting
  ['21 October 2024', '"Eighteen months into the war, 14 million children need assistance. When I visited Port Sudan and Darfur earlier this year, I met mothers who had walked for days with their children to reach help."', null],
  ['21 October 2024', '“Every time I’ve met with families impacted by the floods, they have the same message: do something.”', null],
  ['21 October 2024', '“At home and abroad, I’ve met so many incredible military children.”', null],
  ['21 October 2024', 'During my travels this week to North Carolina and Florida, I met with families, business owners, farmers and first responders.', null],
  ['21 October 2024', 'In the camps near Gaziantep we spoke with displaced Syrian women about their needs.', null],
  ['21 October 2024', '"In Cox\'s Bazar I also met young refugees who dream of going home," the High Commissioner said.', null],
  // the same words with a counterpart: a meeting
  ['21 October 2024', 'Today I met with President Salva Kiir in Juba to discuss humanitarian access.', '2024-10-21'],
  ['21 October 2024', 'In Juba, we met displaced Sudanese families and the Foreign Minister of South Sudan, Ramadan Goc.', '2024-10-21'],
  ['21 October 2024', 'I met my counterpart, Foreign Minister Penny Wong, in Geneva today.', '2024-10-21'],
  ['21 October 2024', 'We met in Brussels today to discuss support for Ukraine.', '2024-10-21'],
  ['21 October 2024', 'Today I hosted the United Auto Workers at the White House.', '2024-10-21'],
  ['21 October 2024', 'Foreign Minister Penny Wong met students at the University of Fiji today.', '2024-10-21'],
  // an event recalled from years before the page: no meeting
  ['5 March 2024', 'Stockholm – On 5 March 1992, the foreign ministers of the Baltic Sea region met in Copenhagen and founded the Council of the Baltic Sea States.', null],
  ['5 March 2024', 'In 1992, the foreign ministers of the region met in Copenhagen and founded the Council.', null],
  ['5 March 2024', 'Thirty years ago, the foreign ministers of the region met in Copenhagen and founded the Council.', null],
  ['16 November 2022', 'Fourteen years ago, the Leaders of the G20 met for the first time, facing the most severe financial crisis in our generation.', null],
  ['5 March 2024', 'The foreign ministers of the region first met in Copenhagen in March 1992 and founded the Council.', null],
  ['5 March 2024', 'Today marks 30 years since the foreign ministers of the region met in Copenhagen.', null],
  ['12 June 2023', 'The late President Jimmy Carter met Chairman Deng Xiaoping in Washington on 29 January 1979.', null],
  // dated near the page, or the old date not the meeting's: a meeting
  ['5 March 2024', 'On 4 March 2024, the foreign ministers of the region met in Copenhagen.', '2024-03-04'],
  ['10 January 2024', 'On 28 December 2023, Foreign Minister Lars Løkke Rasmussen met Foreign Minister Annalena Baerbock in Copenhagen.', '2023-12-28'],
  ['5 March 2024', 'Following the treaty signed in 2015, Foreign Minister Lars Løkke Rasmussen met Foreign Minister Annalena Baerbock in Copenhagen.', '2024-03-05'],
  ['5 March 2024', 'Foreign Minister Lars Løkke Rasmussen met Foreign Minister Annalena Baerbock today and recalled the treaty signed in 1992.', '2024-03-05'],
  ['5 March 2024', 'On the 30th anniversary of diplomatic relations, Foreign Minister Lars Løkke Rasmussen met Foreign Minister Annalena Baerbock in Copenhagen on 4 March 2024.', '2024-03-04'],
  ['5 March 2024', 'Thirty years after the Council was founded, the foreign ministers of the region met in Riga on 4 March 2024.', '2024-03-04'],
];

for (const [page, body, date] of cases) {
  test(`${date ? 'a meeting' : 'no meeting'}: ${body.slice(0, 90)}…`, () => {
    const record = extractRecord({ file: 't', text: `Ministry of Foreign Affairs\n\n${page}\n\n${body}` });
    const m = record.meetings[0];
    if (date === null) assert.equal(m, undefined, `no meeting, got one dated ${m?.date}`);
    else {
      assert.ok(m, 'a meeting');
      assert.equal(m.date, date);
    }
  });
}
