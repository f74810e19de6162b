/**
 * The meeting date when the page's own date opens the lead sentence ("08 September 2023 – Secretary Manalo met ... on 5
 * September 2023", "Jakarta, 7 March 2023 - ... met ... on 6 March"): the day the sentence gives for the meeting, not
 * the page's; the page's date when the sentence gives none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const cases: [text: string, published: string | null, date: string][] = [
  ['SECRETARY MANALO MEETS AUSTRALIAN FOREIGN MINISTER WONG\n\n08 September 2023 – Foreign Affairs Secretary Enrique A. Manalo met with Australian Minister for Foreign Affairs Penny Wong on the sidelines of the 43rd ASEAN Summit in Jakarta on 5 September 2023.', '2023-09-08', '2023-09-05'],
  ['Retno meets Penny Wong\n\nJakarta, 7 March 2023 - Foreign Minister Retno Marsudi met Foreign Minister Penny Wong on 6 March.', '2023-03-07', '2023-03-06'],
  // negative: no other day in the sentence, so the page's date (and "today") stands
  ['Retno meets Penny Wong\n\nJakarta, 7 March 2023 - Foreign Minister Retno Marsudi met Foreign Minister Penny Wong today.', '2023-03-07', '2023-03-07'],
  ['SECRETARY MANALO MEETS MINISTER WONG\n\n08 September 2023 – Foreign Affairs Secretary Enrique A. Manalo met with Australian Minister for Foreign Affairs Penny Wong in Manila.', '2023-09-08', '2023-09-08'],
];

test('meeting date beside the page date that opens the story', () => {
  for (const [text, published, date] of cases) {
    const record = extractRecord({ file: 't', text });
    assert.equal(record.published, published, text);
    assert.equal(record.meetings[0]?.date, date, text);
  }
});

test('"this morning" on a page with no published date is the day its times are read against', () => {
  const text = 'Audience with the President of the Republic of Angola, 18.10.2023\n\nThis morning, in the Vatican Apostolic Palace, the Holy Father Francis received in audience Mr. João Manuel Gonçalves Lourenço, President of the Republic of Angola.';
  const record = extractRecord({ file: 't', text });
  assert.equal(record.published, null);
  assert.equal(record.meetings[0]?.date, '2023-10-18');
  const evidence = record.meetings[0]!.provenance.date!;
  assert.equal(evidence.rule, 'meeting/date-same-day-reference');
  assert.equal(text.slice(evidence.start, evidence.end), 'This morning');
  // with no full date anywhere, the day stays unknown
  assert.equal(extractRecord({ file: 't', text: text.replace(', 18.10.2023', '') }).meetings[0]?.date, null);
});

test("a person named in the headline takes the title the lead gives them, written as fully", () => {
  const head = 'Press release on Foreign Minister Sergey Lavrov’s telephone conversation with Foreign Minister of China Wang Yi\n\n';
  const lead = 'On July 17, Foreign Minister Sergey Lavrov had a telephone conversation with State Councilor and Foreign Minister of the People’s Republic of China Wang Yi.';
  const record = extractRecord({ file: 't', text: `17 July 2020\n\n${head}${lead}` });
  const wang = record.meetings[0]!.participants.find((p) => p.name === 'Wang Yi')!;
  assert.equal(wang.title, 'State Councilor and Foreign Minister');
  // the same title in the lead: the title stays
  const same = extractRecord({ file: 't', text: `17 July 2020\n\n${head}On July 17, Foreign Minister Sergey Lavrov had a telephone conversation with Foreign Minister of China Wang Yi.` });
  assert.equal(same.meetings[0]!.participants.find((p) => p.name === 'Wang Yi')!.title, 'Foreign Minister');
});

test('a sentence about the previous meeting of a series does not report the meeting', () => {
  const announcement = 'Minister of Foreign Affairs Hakan Fidan will pay an official visit to Kazakhstan on 3-4 October 2024.\n\nThe last meeting of the Joint Strategic Planning Group was held in Ankara on 12 June 2023.';
  assert.deepEqual(extractRecord({ file: 't', text: announcement }).meetings, []);
  // the same words reporting this meeting still do
  const report = 'The meeting of the Joint Strategic Planning Group was held in Ankara on 12 June 2023, co-chaired by the two Foreign Ministers.';
  assert.equal(extractRecord({ file: 't', text: report }).meetings[0]?.date, '2023-06-12');
});
