/**
 * Seats of government named instead of their city ("in Downing Street", "at the Kremlin", "at the Elysée"): the place
 * is the city, with the seat's words as evidence; only after "in", "at", "to (the)", and only when the seat's country
 * is a side of the meeting (or a side is unknown).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';
import { findPlaces } from '../src/stages/places/place-finder.ts';

const place = (text: string, publisher: string | null = null): { value: string | null; evidence: string | null; rule: string | null } => {
  const m = extractRecord({ file: 't', text, publisher }).meetings[0];
  return { value: m?.place ?? null, evidence: m?.provenance.place?.text ?? null, rule: m?.provenance.place?.rule ?? null };
};

test('a seat of government is its city', () => {
  const cases: [string, string | null, string, string][] = [
    ['14 March 2024\n\nThe Prime Minister Rishi Sunak welcomed President William Ruto of Kenya to Downing Street today.', null, 'London', 'Downing Street'],
    ['4 May 2024\n\nPresident Vladimir Putin held talks with President of Laos Thongloun Sisoulith at the Kremlin.', null, 'Moscow', 'Kremlin'],
    ['16 February 2024\n\nPresident of Ukraine Volodymyr Zelenskyy met with President of France Emmanuel Macron at the Elysée.', null, 'Paris', 'Elysée'],
    ['July 14, 2023\n\nThe President of the Republic, Emmanuel Macron, received the Prime Minister of India, Narendra Modi, at the Élysée on 14 July 2023.', null, 'Paris', 'Élysée'],
    ['25.07.2024\n\nPrime Minister Benjamin Netanyahu met with US President Joe Biden at the White House.', null, 'Washington', 'White House'],
    ['2 March 2024\n\nChancellor Olaf Scholz received Prime Minister Mark Rutte of the Netherlands at the Federal Chancellery.', 'Die Bundesregierung', 'Berlin', 'Federal Chancellery'],
    ['5 July 2024\n\nPresident Xi Jinping met with Prime Minister Viktor Orbán of Hungary at Zhongnanhai in Beijing.', null, 'Beijing', 'Zhongnanhai'],
    ['20 September 2024\n\nThis morning, in the Vatican Apostolic Palace, the Holy Father Pope Francis received in audience Mr. Volodymyr Zelensky, President of Ukraine.', null, 'Vatican City', 'Vatican Apostolic Palace'],
    // a city written after the seat is no different
    ['14 March 2024\n\nThe Prime Minister Rishi Sunak welcomed President William Ruto of Kenya to Downing Street in London today.', null, 'London', 'Downing Street'],
  ];
  for (const [text, publisher, value, evidence] of cases) {
    const got = place(text, publisher);
    assert.equal(got.value, value, text);
    if (got.rule === 'places/seat') assert.equal(got.evidence, evidence, text);
  }
});

test('a seat is not a place when the text does not put the meeting there or its country is no side', () => {
  const cases: [string, string | null][] = [
    // the seat speaks for its government
    ['4 May 2024\n\nThe Kremlin said President Putin met with President Tokayev of Kazakhstan.', null],
    ['12 May 2024\n\nThe White House announced that President Biden spoke with Prime Minister Modi.', null],
    // Austria's Federal Chancellery is in Vienna: a German seat is no side of an Austrian-Czech meeting
    ['3 April 2024\n\nAustrian Federal Chancellor Karl Nehammer met Czech Prime Minister Petr Fiala at the Federal Chancellery.', null],
  ];
  for (const [text, publisher] of cases) assert.equal(place(text, publisher).value, null, text);
});

test('the place finder names a seat by its city', () => {
  const found = findPlaces('met at the Kremlin, then in Downing Street').map((p) => [p.text, p.name, p.country, p.rule]);
  assert.deepEqual(found, [['Kremlin', 'Moscow', 'RU', 'places/seat'], ['Downing Street', 'London', 'GB', 'places/seat']]);
});
