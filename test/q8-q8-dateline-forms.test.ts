/**
 * Dateline forms the one grammar did not read (unseen set 7, cause 1): a full stop closing a numeric date before the
 * dash ("Sarajevo, 20.11.2024. - "); a weekday after a dash ("Castries, Saint Lucia - Monday, May 20, 2024 - "); a
 * newspaper's desk in capitals before a colon ("ISLAMABAD: ", the place only); a byline with a labelled date part
 * ("By X in Vientiane | China Daily | Updated: 2024-07-26 07:12"); a treaty's or communiqué's signature formula at the
 * foot ("Done in New York on 20 September 2023"). Table-driven: the forms, their neighbours that must not change, and
 * whole pages. Every date is written in the text, so the reference date is explicit and no clock is read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';
import { isDatelineText, openingDateline } from '../src/stages/segment/dateline-detector.ts';

/** [paragraph, place words, full date as written (null: none or no year), yearless, capitals and colon only] */
const DATELINES: [string, string, string | null, boolean, boolean][] = [
  ['Sarajevo, 20.11.2024. - The Minister of Foreign Affairs held talks in Rome.', 'Sarajevo', '20.11.2024', false, false],
  ['Riga, 15.11.2023. – The Minister received his counterpart.', 'Riga', '15.11.2023', false, false],
  ['Zagreb, 27.03.2024. — The Minister met the Ambassador.', 'Zagreb', '27.03.2024', false, false],
  ['Castries, Saint Lucia - Monday, May 20, 2024 - The Seventy-Fifth Meeting of the Authority will convene.', 'Castries, Saint Lucia', 'May 20, 2024', false, false],
  ['Manama, Kingdom of Bahrain – Tuesday, 9 January 2024 – The Minister received the Foreign Secretary.', 'Manama, Kingdom of Bahrain', '9 January 2024', false, false],
  ['Basseterre - Friday, 12 April 2024 - The Prime Minister received the High Commissioner.', 'Basseterre', '12 April 2024', false, false],
  ['Arusha, Tanzania, 22nd May, 2024: The Secretary General held talks with the Ambassador.', 'Arusha, Tanzania', '22nd May, 2024', false, false],
  ['ISLAMABAD: Deputy Prime Minister Ishaq Dar received the Foreign Minister at the Foreign Office.', 'ISLAMABAD', null, false, true],
  ['NEW DELHI: External Affairs Minister S. Jaishankar met his counterpart.', 'NEW DELHI', null, false, true],
  ['ISLAMABAD, Oct 28: Deputy Prime Minister Ishaq Dar received the Foreign Minister.', 'ISLAMABAD', null, true, true],
  // the forms already read keep their reading (an agency and a colon is no capitals-only form)
  ['Manama, Jan. 10 (BNA): His Royal Highness received the Minister of State.', 'Manama', null, true, false],
  ['Jeddah - The Secretary-General received the Minister of Foreign Affairs.', 'Jeddah', null, false, false],
  ['Jeddah - Sunday, the Secretary-General received the Minister.', 'Jeddah', null, false, false],
];

test('dateline forms: the place words and the date each gives', () => {
  for (const [paragraph, place, date, yearless, capitalsColon] of DATELINES) {
    const found = openingDateline(paragraph);
    assert.ok(found, paragraph);
    assert.equal(paragraph.slice(0, found.place), place, paragraph);
    assert.equal(found.date && paragraph.slice(found.date.index, found.date.index + found.date.length), date, paragraph);
    assert.equal(found.yearless, yearless, paragraph);
    assert.equal(found.capitalsColon, capitalsColon, paragraph);
  }
});

test('the dateline ends before its separator: an agency dateline\'s day is inside it', () => {
  const paragraph = 'Accra, March 8, GNA - Ms Shirley Ayorkor Botchwey on Tuesday held talks.';
  const found = openingDateline(paragraph);
  assert.ok(found);
  assert.equal(paragraph.slice(0, found.end), 'Accra, March 8, GNA');
  const kpl = 'Vientiane, Sept 6 (KPL) - The Minister held talks yesterday.';
  assert.equal(kpl.slice(0, openingDateline(kpl)?.end), 'Vientiane, Sept 6 (KPL)');
});

test('sentences, headlines and labels that look like these forms are not datelines', () => {
  for (const paragraph of [
    'Sarajevo, 20.11.2024. the Minister met.',
    'Castries, Saint Lucia, Monday, May 20, 2024 was the day the Ministers met.',
    'Paris, Monday - The minister met.',
    'Islamabad: Deputy Prime Minister Ishaq Dar received the Minister.',
    // ("Islamabad, Oct 28: " with its day is a dateline in any case, as Nepal's RSS writes "Kathmandu, Aug 11: ": see
    // test/q8fix-lead-agencies.test.ts; without a day only capitals make one)
    'ISLAMABAD: Talks with Bahrain',
    'ISLAMABAD: the talks went on.',
    'SEOUL, May 2 -- The ministers met.',
  ]) assert.equal(openingDateline(paragraph), null, paragraph);
});

test('a byline with a labelled date part is a dateline line; a headline beside a date is not', () => {
  for (const line of [
    'By CAO DESHENG in Vientiane | China Daily | Updated: 2024-07-26 07:12',
    'By Jane Doe | The Times | Published 12 May 2024',
    'Staff reporter | Posted: 14.03.2024 10:30',
  ]) assert.equal(isDatelineText(line), true, line);
  for (const line of [
    'Minister meets the Ambassador of France in Paris | Published: 2024-07-26',
    'Updated: 2024-07-26 07:12 | Minister meets the Ambassador of France in Paris today',
    'Minister meets the Ambassador of France in Paris | 2024-07-26',
    'By Jane Doe | The Times | Opinion',
  ]) assert.equal(isDatelineText(line), false, line);
});

/** [page, published date, meeting place (undefined: no meeting expected to be checked)] */
const PAGES: [string, string | null, string | null | undefined][] = [
  ['MINISTRY OF FOREIGN AFFAIRS\nPress releases\n\nMinister met his counterpart in Rome\n\nSarajevo, 20.11.2024. - The Minister of Foreign Affairs of Bosnia and Herzegovina, Elmedin Konaković, held talks today in Rome with the Minister of Foreign Affairs of Italy, Antonio Tajani.', '2024-11-20', 'Rome'],
  ['OECS\nPress Release\n\nAnguilla to host the Meeting of the Authority\n\nCastries, Saint Lucia - Monday, May 20, 2024 - The Seventy-Fifth Meeting of the OECS Authority will convene in The Valley, Anguilla, from 3 to 5 June.', '2024-05-20', undefined],
  ['HOME | CHINA | Diplomacy\n\nWang Yi meets Lavrov in Vientiane\n\nBy CAO DESHENG in Vientiane | China Daily | Updated: 2024-07-26 07:12\n\nForeign Minister Wang Yi met with Russian Foreign Minister Sergei Lavrov on Thursday in Vientiane, Laos.', '2024-07-26', 'Vientiane'],
  ['Pakistan\n\nDar, Bahraini FM agree to boost trade ties\n\nNaveed Siddiqui Published October 28, 2024\n\nISLAMABAD: Deputy Prime Minister and Foreign Minister Ishaq Dar on Monday received Bahraini Foreign Minister Dr Abdullatif bin Rashid Al Zayani at the Foreign Office.', '2024-10-28', 'Islamabad'],
  // a desk in capitals is not the place of a meeting the story puts at a gathering elsewhere
  ['date 2021-05-20 F.P. Report\n\nWASHINGTON: Secretary of State Antony J. Blinken met on Wednesday with Russian Foreign Minister Sergey Lavrov on the margins of the Arctic Council Ministerial.', '2021-05-20', null],
  // a transcript's speaker label is no place
  ['Secretary Blinken with Foreign Minister Kuleba\n\ndate 2022-03-05\n\nQUESTION: Secretary Blinken met Foreign Minister Dmytro Kuleba of Ukraine today. What did you discuss?', '2022-03-05', null],
];

for (const [text, published, place] of PAGES) {
  test(`page "${text.split('\n\n')[1]!.slice(0, 50)}": published ${published}, place ${place}`, () => {
    const record = extractRecord({ file: 't', text, publisher: null });
    assert.equal(record.published, published);
    if (place !== undefined) assert.equal(record.meetings[0]?.place ?? null, place);
  });
}

/** [page, published date]: the signature formula at a treaty's or communiqué's foot dates a page that prints no other date. */
const SIGNED: [string, string | null][] = [
  ['JOINT COMMUNIQUÉ ON THE ESTABLISHMENT OF DIPLOMATIC RELATIONS\n\nThe two Governments have decided to establish diplomatic relations.\n\nDone in New York on 20 September 2023, in two original copies in the English language.', '2023-09-20'],
  ['ACCEPTANCE\n\nThe President accepts the said Agreement.\n\nDone at Washington this 20th day of January, 2021.\n\nJOSEPH R. BIDEN JR.', '2021-01-20'],
  ['Memorandum of Understanding\n\nThe Parties agree to cooperate.\n\nDone at Brussels, 12 March 2024, in duplicate.', '2024-03-12'],
  ['Agreement\n\nThe Parties agree to cooperate.\n\nDone at Washington, D.C., on September 20, 2023.', '2023-09-20'],
  // not the formula: a date in a sentence, an earlier treaty's formula inside the body, "Done" as a sentence's verb
  ['Statement\n\nThe Parties agree to cooperate.\n\nDone in the spirit of friendship on 20 September 2023, the talks ended.', null],
  ['Statement\n\nThe Agreement, done at Paris on December 12, 2015, is accepted.\n\nThe Parties agree to cooperate.', null],
];

test('a signature formula at the foot dates the page; other "done" dates do not', () => {
  for (const [text, published] of SIGNED) assert.equal(extractRecord({ file: 't', text, publisher: null }).published, published, text);
});

test('a page\'s printed date wins over its signature formula', () => {
  const text = 'Joint Statement\n\n5 March 2024\n\nThe Parties agree to cooperate.\n\nDone at Brussels, 4 March 2024.';
  assert.equal(extractRecord({ file: 't', text, publisher: null }).published, '2024-03-05');
});
