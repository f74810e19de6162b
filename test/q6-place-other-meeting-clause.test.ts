/**
 * Unseen set 6, cause 3: a place the lead's later sentences give a plan ("to be held in Ankara later this year", "agreed
 * to hold the next meeting ... in Tashkent") or an earlier meeting ("last met in Baghdad in September") is not where
 * the held meeting was; and a capital listed as ambiguous ("Georgetown") is its country's when that country is a side.
 * Each case is a lead without a place of its own followed by one sentence the lead finder reads as its continuation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';
import { findAmbiguousCapitals } from '../src/stages/places/place-finder.ts';

const LEAD = 'March 5, 2024\n\nForeign Minister Hakan Fidan met with Iraqi Foreign Minister Fuad Hussein on March 4, 2024.';

const cases: [later: string, place: string | null][] = [
  // a plan: the place is the plan's
  ['During the meeting, they reviewed preparations for the tenth meeting of the Strategic Committee, to be held in Ankara later this year.', null],
  ['An agreement was reached at the meeting to hold the next meeting of the Joint Commission in Ankara at the turn of the year.', null],
  ['The ministers agreed to hold the next round of talks in Ankara in the first half of next year.', null],
  ['At the meeting the two sides decided to convene the business forum in Istanbul in May.', null],
  ['The next meeting of the Joint Economic Commission will be held in Ankara in June.', null],
  ['The meeting of the committee is scheduled to take place in Istanbul in the autumn.', null],
  ['Minister Hussein invited his counterpart to visit Baghdad at a mutually convenient time, and the meeting ended.', null],
  ['The two ministers agreed that the upcoming session of the commission would take place in Istanbul.', null],
  // an earlier meeting: the place is that meeting's
  ['The two ministers last met in Baghdad in September.', null],
  ['Minister Fidan and Minister Hussein previously met in Baghdad in January.', null],
  ['The previous meeting of the commission took place in Baghdad in March 2023.', null],
  ['It was their second meeting since the earlier round of consultations in Baghdad.', null],
  // negative: the held meeting's own place, also after an unrelated clause
  ['The meeting was held in Ankara.', 'Ankara'],
  ['The two ministers met in Ankara at the Foreign Ministry.', 'Ankara'],
  ['On the last day of his visit, the meeting was held in Ankara.', 'Ankara'],
  ['Although the ministers will meet again soon, the meeting itself was held in Ankara.', 'Ankara'],
  ['The meeting, which took place in Ankara, was the first since the elections.', 'Ankara'],
];

test('a later lead sentence: a plan’s or an earlier meeting’s place is not the held meeting’s', () => {
  for (const [later, place] of cases) {
    const text = `${LEAD} ${later}`;
    const m = extractRecord({ file: 't', text }).meetings[0];
    assert.ok(m, text);
    assert.equal(m.place, place, text);
  }
});

test('the lead sentence itself: a place after a plan in the same clause is the plan’s, one before it the meeting’s', () => {
  const cases2: [lead: string, place: string | null][] = [
    ['Foreign Minister Hakan Fidan met with Iraqi Foreign Minister Fuad Hussein and agreed to meet again in Baghdad.', null],
    ['Foreign Minister Hakan Fidan met with Iraqi Foreign Minister Fuad Hussein in Ankara and agreed to meet again in Baghdad.', 'Ankara'],
    ['Foreign Minister Hakan Fidan met with Iraqi Foreign Minister Fuad Hussein in Ankara ahead of the upcoming visit of the Prime Minister to Baghdad.', 'Ankara'],
    ['Foreign Minister Hakan Fidan met with Iraqi Foreign Minister Fuad Hussein ahead of the upcoming visit of the Prime Minister to Baghdad.', null],
  ];
  for (const [lead, place] of cases2) {
    const text = `March 5, 2024\n\n${lead}`;
    const m = extractRecord({ file: 't', text }).meetings[0];
    assert.ok(m, text);
    assert.equal(m.place, place, text);
  }
});

test('an ambiguous capital is its country’s when the country is a side, and no place otherwise', () => {
  const cases3: [lead: string, place: string | null][] = [
    ['Minister of Foreign Affairs Hugh Todd of Guyana met with Brazil’s Minister of External Relations Mauro Vieira at the Ministry’s headquarters in Georgetown on Tuesday.', 'Georgetown'],
    ['Guyana’s Foreign Minister Hugh Todd met with Brazil’s Minister of External Relations Mauro Vieira in Georgetown on Tuesday.', 'Georgetown'],
    ['Seychelles Foreign Minister Sylvestre Radegonde met with Indian External Affairs Minister S. Jaishankar in Victoria on Tuesday.', 'Victoria'],
    // negative: the countries of the meeting are others (Georgetown University in Washington, Victoria in Canada)
    ['Brazil’s Minister of External Relations Mauro Vieira met with Argentine Foreign Minister Diana Mondino in Georgetown on Tuesday.', null],
    ['Canadian Foreign Minister Mélanie Joly met with Indian External Affairs Minister S. Jaishankar in Victoria on Tuesday.', null],
    // a side's capital as a word, after no place cue ("Male and female", the capital of the Maldives written "Male")
    ['Maldivian Foreign Minister Moosa Zameer met with Indian External Affairs Minister S. Jaishankar on Tuesday. Male and female diplomats of the two ministries attended the meeting.', null],
  ];
  for (const [lead, place] of cases3) {
    const text = `February 19, 2025\n\n${lead}`;
    const m = extractRecord({ file: 't', text }).meetings[0];
    assert.ok(m, text);
    assert.equal(m.place, place, text);
  }
});

test('Shusha and Gabala are meeting cities', () => {
  for (const city of ['Shusha', 'Gabala']) {
    const text = `July 6, 2024\n\nOn 6 July, in ${city}, President of the Republic of Uzbekistan Shavkat Mirziyoyev met with President of the Republic of Türkiye Recep Tayyip Erdoğan.`;
    assert.equal(extractRecord({ file: 't', text }).meetings[0]?.place, city, text);
  }
});

test('findAmbiguousCapitals: only the given countries’ capitals, not names, institutions or words', () => {
  const cases4: [text: string, countries: string[], found: string[]][] = [
    ['met in Georgetown on Tuesday', ['GY', 'BR'], ['Georgetown/GY']],
    ['talks in Georgetown, Guyana', ['GY'], ['Georgetown/GY']],
    ['arrived in Victoria, the capital', ['SC'], ['Victoria/SC']],
    ['the summit in Male.', ['MV'], ['Malé/MV']],
    ['in St. John’s or St. John\'s', ['AG'], ['St. John\'s/AG']],
    // negative: another country, a name, an institution, a word, inside a longer word
    ['met in Georgetown on Tuesday', ['BR', 'US'], []],
    ['a lecture at Georgetown University', ['GY'], []],
    ['Victoria Nuland said', ['SC'], []],
    ['the Georgetowners', ['GY'], []],
    ['the Georgetown Accord', ['GY'], []],
  ];
  for (const [text, countries, found] of cases4) {
    const got = findAmbiguousCapitals(text, countries);
    assert.deepEqual(got.map((p) => `${p.name}/${p.country}`), found, text);
    for (const p of got) assert.equal(text.slice(p.span[0], p.span[1]), p.text, text);
  }
});
