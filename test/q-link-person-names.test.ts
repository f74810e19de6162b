/**
 * People across publishers from the unseen-publisher link set: spellings governments and the press use for one person
 * match, and namesakes (a shared family name, a shared "bin", a shared given-name part) do not.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterPeople, matchPerson } from '../src/linking/person-identity.ts';

describe('matchPerson across publishers', () => {
  const cases: readonly [a: string, ca: string | null, b: string, cb: string | null, same: boolean][] = [
    // The ROK writes "Yoon Suk-yeol", Japan's MOFA "YOON Suk Yeol": one given name split two ways.
    ['Yoon Suk-yeol', 'KR', 'YOON Suk Yeol', 'KR', true],
    ['Yoon Suk-yeol', 'KR', 'Suk Yeol Yoon', 'KR', true],
    ['Moon Jae-in', 'KR', 'Moon Jaein', 'KR', true],
    ['Kang Kyung-wha', 'KR', 'Kyung Wha Kang', null, true],
    ['Antony J. Blinken', 'US', 'Antony Blinken', 'US', true],
    ['Dr. S. Jaishankar', 'IN', 'Subrahmanyam Jaishankar', 'IN', true],
    ['Sergei Lavrov', 'RU', 'Sergey Lavrov', 'RU', true],
    ['Mohammed bin Salman', 'SA', 'Mohammed bin Salman bin Abdulaziz Al Saud', 'SA', true],
    ['Kishida Fumio', 'JP', 'Fumio Kishida', 'JP', true],
    ['Recep Tayyip Erdogan', 'TR', 'Recep Tayyip Erdoğan', 'TR', true],
    // Letters accents do not make ("ı", "ł", "đ"), and the Slavic "-sky" ending as Kyiv, Moscow and Reuters write it.
    ['Cevdet Yılmaz', 'TR', 'Cevdet Yilmaz', 'TR', true],
    ['Radosław Sikorski', 'PL', 'Radoslaw Sikorski', 'PL', true],
    ['Đỗ Hùng Việt', 'VN', 'Do Hung Viet', 'VN', true],
    ['Volodymyr Zelenskyy', 'UA', 'Volodymyr Zelensky', 'UA', true],
    ['Volodymyr Zelenskyy', 'UA', 'Vladimir Zelenskiy', 'UA', true],
    ['Zelenskiy', 'UA', 'Volodymyr Zelenskyy', 'UA', true],
    // A short form of two names: "Tony" is Antony as well as Anthony.
    ['Tony Blinken', 'US', 'Antony J. Blinken', 'US', true],
    ['Tony Albanese', 'AU', 'Anthony Albanese', 'AU', true],
    // Negative: the split given names run differently, or only a family name or a particle is shared.
    ['Antony Blinken', 'US', 'Anthony Blinken', 'US', false],
    ['Olena Zelenska', 'UA', 'Volodymyr Zelenskyy', 'UA', false],
    ['Cevdet Yılmaz', 'TR', 'Mesut Yilmaz', 'TR', false],
    ['Kim Jong-un', 'KP', 'Kim Jong Il', 'KP', false],
    ['Kim Jong-un', 'KP', 'Kim Yo-jong', 'KP', false],
    ['Yoon Suk-yeol', 'KR', 'Yoon Sung-nam', 'KR', false],
    ['Mohammed bin Salman', 'SA', 'Faisal bin Farhan', 'SA', false],
    ['Mohammed bin Salman', 'SA', 'Salman bin Abdulaziz Al Saud', 'SA', false],
    ['Mohammed bin Salman', null, 'Mohammed bin Zayed', null, false],
    ['Wang Yi', 'CN', 'Wang Wentao', 'CN', false],
    ['S. Jaishankar', 'IN', 'Sanjay Jaishankar', 'IN', true],
    ['S. Jaishankar', 'IN', 'Rahul Jaishankar', 'IN', false],
  ];
  for (const [a, ca, b, cb, same] of cases) {
    test(`${a} ${same ? '=' : '≠'} ${b}`, () => {
      assert.equal(matchPerson({ name: a, country: ca }, { name: b, country: cb }) !== null, same);
      assert.equal(matchPerson({ name: b, country: cb }, { name: a, country: ca }) !== null, same, 'symmetric');
    });
  }
});

test('clusterPeople: the spellings of the unseen set give one person each, namesakes stay apart', () => {
  const sightings = [
    ['Yoon Suk-yeol', 'KR'], ['Suk Yeol Yoon', 'KR'], ['Yoon Suk Yeol', 'KR'], ['Kim Jong-un', 'KP'], ['Kim Jong Il', 'KP'],
  ].map(([name, country], i) => ({ name: name as string, country: country as string, title: null, date: null, docKey: `d${i}` }));
  const clusters = clusterPeople(sightings).map((c) => c.sightings.map((s) => s.name).sort().join(' | ')).sort();
  assert.deepEqual(clusters, ['Kim Jong Il', 'Kim Jong-un', 'Suk Yeol Yoon | Yoon Suk Yeol | Yoon Suk-yeol']);
});
