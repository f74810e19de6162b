/**
 * Titles read from the text, through the whole pipeline: a heading broken over two lines is one title (its evidence
 * spans both lines, the record's value is one line); a number is not a title; a first line written as a headline in
 * sentence case is the title when the page gives no other (or only the site's name); lines that are links or
 * instructions to the reader are not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const BODY = 'Foreign Minister Saifuddin Abdullah received the shipment at a ceremony held in Kuala Lumpur on 25 January 2022.';

const cases: { name: string; text: string; external?: string; title: string | null; rule?: string }[] = [
  {
    name: 'an all-capitals heading broken after a word that cannot end it',
    text: `UNITED ARAB EMIRATES CONTRIBUTES 500,000 DOSES OF\n\nCOVID-19 VACCINE TO MALAYSIA\n\n${BODY}`,
    title: 'UNITED ARAB EMIRATES CONTRIBUTES 500,000 DOSES OF COVID-19 VACCINE TO MALAYSIA',
    rule: 'document/title-heading-lines',
  },
  {
    name: 'a heading in two lines that together are the page title',
    text: `Official Visit of the Prime Minister of Singapore\nTo the Kingdom of Thailand\n\n${BODY}`,
    external: 'Official Visit of the Prime Minister of Singapore To the Kingdom of Thailand',
    title: 'Official Visit of the Prime Minister of Singapore To the Kingdom of Thailand',
    rule: 'document/title-heading-lines',
  },
  {
    name: 'two headings that are not one title stay apart',
    text: `Foreign Minister Meets Singapore Counterpart\n\nBilateral Relations\n\n${BODY}`,
    title: 'Foreign Minister Meets Singapore Counterpart',
    rule: 'document/title-heading',
  },
  {
    name: 'a sentence-case headline on the first line',
    text: `Uzbekistan, China leaders call for further strengthening comprehensive strategic partnership\n\nOn February 5, President of the Republic of Uzbekistan Shavkat Mirziyoyev met with the President of the People's Republic of China Xi Jinping, in Beijing\n\n19:50 / 07.02.2022\n\n15`,
    external: 'Ministry of Foreign Affairs of the Republic of Uzbekistan',
    title: 'Uzbekistan, China leaders call for further strengthening comprehensive strategic partnership',
    rule: 'document/title-first-line',
  },
  {
    name: 'a date opening the headline line is not part of it',
    text: `date 2022-05-18 Secretary Blinken's Meeting with Pakistani Foreign Minister Bhutto Zardari\n\nSecretary Blinken met Pakistani Foreign Minister Bilawal Bhutto Zardari today in New York.`,
    title: "Secretary Blinken's Meeting with Pakistani Foreign Minister Bhutto Zardari",
    rule: 'document/title-first-line',
  },
  {
    name: 'the external title written out on the first line keeps its place in the text',
    text: `Statement by the Minister of Foreign Affairs at the Extraordinary Virtual Summit of the Central European Initiative (May 15, 2020)\n\nDear Prime Minister,\n\nLet me start by thanking the Presidency.`,
    external: 'Statement by the Minister of Foreign Affairs at the Extraordinary Virtual Summit of the Central European Initiative (May 15, 2020)',
    title: 'Statement by the Minister of Foreign Affairs at the Extraordinary Virtual Summit of the Central European Initiative (May 15, 2020)',
    rule: 'document/title-external-line',
  },
  {
    name: "a site's name and a minister's byline above the headline are not the title",
    text: `Skip to main content\nAustralian Government - Department of Foreign Affairs and Trade\nSearch\nMenu\n\nThe Hon Penny Wong\nMinister for Foreign Affairs\nSenator for South Australia\n\nMedia release\nMeeting with Indonesian Foreign Minister\n\n14 March 2023\n\nToday I met Indonesian Foreign Minister Retno Marsudi in Canberra.`,
    title: 'Meeting with Indonesian Foreign Minister',
    rule: 'document/title-heading',
  },
  {
    name: "a ministry's name heading the page is not the title",
    text: `Ministry of External Affairs\nGovernment of India\n\nMeeting of External Affairs Minister with the Foreign Minister of Singapore\n\nMay 12, 2023\n\nExternal Affairs Minister met the Foreign Minister of Singapore today.`,
    title: 'Meeting of External Affairs Minister with the Foreign Minister of Singapore',
    rule: 'document/title-heading',
  },
  {
    name: 'a section heading after the story has begun does not replace the title',
    text: `A Deep and Lasting Relationship\n\nThe two leaders met in Washington today.\n\nBilateral Talks and Regional Issues\n\nThey discussed trade.`,
    title: 'A Deep and Lasting Relationship',
    rule: 'document/title-heading',
  },
  {
    name: 'a sentence-case headline under the site name wins over a byline heading below it',
    text: `European Union External Action\n\nChina: High Representative/Vice-President Josep Borrell holds phone call with Foreign Minister Wang Yi\n\n06.04.2023\nPress and information team of the Delegation to CHINA\n\nHR/VP Josep Borrell held a phone call today with Foreign Minister of China, Wang Yi.`,
    title: 'China: High Representative/Vice-President Josep Borrell holds phone call with Foreign Minister Wang Yi',
    rule: 'document/title-first-line',
  },
  {
    name: "a press office's name is not the title",
    text: `Summary of Bulletin\nHoly See Press Office\n\nAudience with the President of the Republic of Angola, 18.10.2023\n\nThis morning, the Holy Father Francis received in audience the President of the Republic of Angola.`,
    title: 'Audience with the President of the Republic of Angola, 18.10.2023',
    rule: 'document/title-heading',
  },
  {
    name: 'a release number and date opening the headline are not part of it',
    text: `No: 145, 17 May 2023, Press Release Regarding the Visit of the Foreign Minister of Hungary to Türkiye\n\nPéter Szijjártó will pay an official visit to Türkiye on 18-19 May 2023.`,
    title: 'Press Release Regarding the Visit of the Foreign Minister of Hungary to Türkiye',
    rule: 'document/title-first-line',
  },
  { name: 'a decorated notice is not a headline', text: `***THE DAILY PUBLIC SCHEDULE IS SUBJECT TO CHANGE***\n\nThe Secretary meets the Foreign Minister of Peru.`, title: null },
  // negatives
  { name: 'a number is not a title', text: `15\n\n${BODY}`, title: null },
  { name: 'an instruction to the reader is not a title', text: `Read the full strategy here\n\n${BODY}`, title: null },
  { name: 'a link is not a title', text: `To view the letter, visit: https://example.org/letter.pdf\n\n${BODY}`, title: null },
  { name: 'a first line that is a sentence is not a title', text: `${BODY}\n\nThe two sides discussed trade.`, title: null },
  { name: 'a first line that runs straight into the next is not a headline', text: `Uzbekistan and China leaders call for further partnership\nin a meeting held in Beijing on February 5\n\nMore text.`, title: null },
];

for (const c of cases) {
  test(`title: ${c.name}`, () => {
    const record = extractRecord({ file: 't', text: c.text, title: c.external ?? null });
    const fromText = record.provenance.title;
    if (c.title === null) {
      assert.equal(fromText, null);
      return;
    }
    assert.equal(record.title, c.title);
    assert.ok(fromText !== null, 'the title has evidence in the text');
    assert.equal(fromText.rule, c.rule);
    assert.equal(c.text.slice(fromText.start, fromText.end), fromText.text);
    assert.equal(fromText.text.replace(/\s+/g, ' '), c.title);
  });
}
