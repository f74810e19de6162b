/**
 * People in the house styles of ministries outside the dev set: headline verbs in title case, ranks worn as styles,
 * "the President of the Republic, <name>", ambassadors "Extraordinary and Plenipotentiary of X to Y", the Holy See's
 * sovereign. Run through the whole pipeline so the country finder's mentions are in place.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

/** text, expected participants as "name | title | country" (title and country '-' when none), level. */
const cases: [text: string, participants: string[], level: string | null][] = [
  // a title-case headline verb is not a name word
  ['Kazakh Foreign Minister Meets with Ambassador of Japan\n\nAstana, 15 March 2024 – Minister of Foreign Affairs of the Republic of Kazakhstan Murat Nurtleu met with Ambassador Extraordinary and Plenipotentiary of Japan to Kazakhstan Ichiro Yamada.',
    ['Murat Nurtleu | Minister of Foreign Affairs | KZ', 'Ichiro Yamada | Ambassador Extraordinary and Plenipotentiary of Japan to Kazakhstan | JP'], 'other'],
  ['FOREIGN AFFAIRS MINISTER RECEIVES GHANAIAN COUNTERPART\n\nAbuja, 4th October, 2023\n\nThe Honourable Minister of Foreign Affairs, Ambassador Yusuf Maitama Tuggar, on Wednesday received in audience the Minister of Foreign Affairs and Regional Integration of Ghana, Hon. Shirley Ayorkor Botchwey, at the Ministry in Abuja.',
    ['Yusuf Maitama Tuggar | Minister of Foreign Affairs | NG', 'Shirley Ayorkor Botchwey | Minister of Foreign Affairs and Regional Integration | GH'], 'foreign-minister'],
  ['4 October 2023\n\nThe Minister of Foreign Affairs, Amb. Yusuf Maitama Tuggar, met the Minister of Foreign Affairs of Ghana, Hon. Shirley Ayorkor Botchwey, in Abuja.',
    ['Yusuf Maitama Tuggar | Minister of Foreign Affairs | NG', 'Shirley Ayorkor Botchwey | Minister of Foreign Affairs | GH'], 'foreign-minister'],
  // negative: an ambassador written so is still an ambassador
  ['4 October 2023\n\nThe Minister met Ambassador Yusuf Tuggar in Abuja.', ['Yusuf Tuggar | Ambassador | NG'], null],
  ['14 March 2024\n\nThe President of the Republic, Emmanuel Macron, spoke by telephone this morning with the President of Ukraine, Volodymyr Zelensky.',
    ['Emmanuel Macron | President of the Republic | FR', 'Volodymyr Zelensky | President | UA'], 'leader'],
  // negative: a country after "of the Republic" is still the holder's
  ['2 February 2024\n\nPresident of the Republic of Korea Yoon Suk Yeol met President of the Republic of Poland Andrzej Duda.',
    ['Yoon Suk Yeol | President | KR', 'Andrzej Duda | President | PL'], 'leader'],
  ['2 February 2024\n\nPope Francis received in audience the President of the Republic of Poland, Mr. Andrzej Duda.',
    ['Francis | Pope | VA', 'Andrzej Duda | President | PL'], 'leader'],
  ['2 February 2024\n\nThis morning the Holy Father Francis received in audience the President of the Republic of Poland, Mr. Andrzej Duda.',
    ['Francis | Holy Father | VA', 'Andrzej Duda | President | PL'], 'leader'],
];

test('participants, titles and countries in other ministries\' house styles', () => {
  for (const [text, expected, level] of cases) {
    const m = extractRecord({ file: 't', text }).meetings[0];
    assert.ok(m, text);
    assert.deepEqual(m.participants.map((p) => `${p.name} | ${p.title ?? '-'} | ${p.country ?? '-'}`), expected, text);
    if (level !== null) assert.equal(m.level, level, text);
  }
});

test('no headline verb or clergy style is taken into a name', () => {
  const text = 'Minister Holds Talks with Cardinal\n\n2 February 2024\n\nForeign Minister Radosław Sikorski met His Eminence Cardinal Pietro Parolin in Rome.';
  const m = extractRecord({ file: 't', text }).meetings[0];
  assert.ok(m);
  assert.deepEqual(m.participants.map((p) => p.name), ['Radosław Sikorski', 'Pietro Parolin']);
});
