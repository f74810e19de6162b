/**
 * People in house styles earlier sessions found misread (issue 2, item 3): an epithet before the office ("the Holy
 * Father Pope Francis": title "Pope") and the whole title "Chargé d'Affaires a.i.".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';
import { findPeople } from '../src/stages/people/person-finder.ts';
import { findCountries } from '../src/stages/countries/country-finder.ts';

const people = (text: string): string[] =>
  extractRecord({ file: 't', text }).meetings[0]?.participants.map((p) => `${p.name} | ${p.title ?? '-'}`) ?? [];

test('titles: an epithet before the office, and a chargé ad interim', () => {
  const cases: [string, string[]][] = [
    ['20 September 2024\n\nThis morning the Holy Father Pope Francis received in audience Mr. Volodymyr Zelensky, President of Ukraine.',
      ['Francis | Pope', 'Volodymyr Zelensky | President']],
    // negative: standing alone before the name, the epithet is the title
    ['2 February 2024\n\nThis morning the Holy Father Francis received in audience the President of the Republic of Poland, Mr. Andrzej Duda.',
      ['Francis | Holy Father', 'Andrzej Duda | President']],
    ['March 3, 2024\n\nForeign Minister Ana Brnabic received the Chargé d’Affaires a.i. of Japan, Mr. Taro Yamada, in Belgrade today. They discussed trade.',
      ['Ana Brnabic | Foreign Minister', 'Taro Yamada | Chargé d’Affaires a.i.']],
    ["March 3, 2024\n\nForeign Minister Ana Brnabic received Chargé d'Affaires, a.i. John Smith of the United States in Belgrade today.",
      ['Ana Brnabic | Foreign Minister', "John Smith | Chargé d'Affaires, a.i."]],
    // negatives: a plain chargé, and "a" and "i" written apart are not the abbreviation
    ['March 3, 2024\n\nForeign Minister Ana Brnabic received the Chargé d’Affaires of Japan, Mr. Taro Yamada, in Belgrade today.',
      ['Ana Brnabic | Foreign Minister', 'Taro Yamada | Chargé d’Affaires']],
  ];
  for (const [text, want] of cases) assert.deepEqual(people(text), want, text);
});

test('a country after "in" names an office\'s post, not its holder\'s country', () => {
  const country = (text: string): (string | null)[] => findPeople(text, findCountries(text)).map((p) => p.country?.code ?? null);
  // "U.S. Embassy in Romania Chargé d'affaires": the embassy is in Romania; its chargé is not Romanian
  assert.deepEqual(country("U.S. Embassy in Romania Chargé d'affaires, a.i. David Muniz met Foreign Minister Luminita Odobescu."), [null, null]);
  // negatives: a country right before the title, or after "of", is the holder's
  assert.deepEqual(country('Romanian Chargé d’Affaires David Muniz met Foreign Minister Ana Brnabic.'), ['RO', null]);
  assert.deepEqual(country('Ambassador of Japan to India Hiroshi Suzuki met Foreign Secretary Vikram Misri.').slice(0, 1), ['JP']);
  assert.deepEqual(country('The Japanese Foreign Minister Taro Kono met Sergey Lavrov.'), ['JP', null]);
});
