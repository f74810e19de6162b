/**
 * The link step's people lookup, made cheaper without changing a decision: the people sharing a word with a mention
 * are read once each (not once per shared word), their positions merged from sorted lists (not collected and sorted),
 * and most of them ruled out by `matchPerson`'s quick check on their words before its full comparison.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mergeSortedPositions } from '../src/app/link.ts';
import { matchPerson } from '../src/linking/person-identity.ts';
import { createPerson, peopleMatching } from '../src/storage/link-repository.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import { engines } from './engines.ts';

describe('mergeSortedPositions', () => {
  const cases: readonly [a: number[], b: number[], merged: number[]][] = [
    [[], [], []],
    [[1, 4, 9], [], [1, 4, 9]],
    [[], [2, 3], [2, 3]],
    [[1, 4, 9], [2, 4, 10, 12], [1, 2, 4, 9, 10, 12]],
    [[0, 5, 7], [0, 5, 7], [0, 5, 7]],
    [[8], [1, 2, 3], [1, 2, 3, 8]],
  ];
  for (const [a, b, merged] of cases) {
    test(`[${a.join(',')}] + [${b.join(',')}] = [${merged.join(',')}]`, () => {
      assert.deepEqual(mergeSortedPositions(a, b), merged);
      assert.deepEqual(mergeSortedPositions(b, a), merged, 'order of the lists does not matter');
    });
  }
});

describe('matchPerson: the quick check on words keeps every match it used to find', () => {
  // Given names left on both sides: a match only when they are one name written apart (as many letters) or a parent's
  // name and its genitive (more letters on one side): the quick check must let both through.
  const cases: readonly [a: string, b: string, kind: string | null][] = [
    ['Yoon Suk-yeol', 'YOON Suk Yeol', 'name-variant'],
    ['Kang Kyung-wha', 'Kang Kyung Wha', 'name-variant'],
    ['Yoon Sukyeol', 'Yoon Suk Yeol', 'name-variant'],
    ['Khurelsukh Ukhnaa', 'Ukhnaagiin Khurelsukh', 'name-variant'],
    ['Taro Kono', 'Yohei Kono', null],
    // As many letters, still different given names: ruled out by the full comparison.
    ['Taro Kono', 'Yoko Kono', null],
    ['Kim Jong-un', 'Kim Jong Il', null],
    ['Taro Kono', 'Sergey Lavrov', null],
    ['Tayyip Erdoğan', 'Recep Tayyip Erdogan', 'compatible-given-names'],
    ['T. Kono', 'Yohei Kono', null],
  ];
  for (const [a, b, kind] of cases) {
    test(`${a} / ${b}: ${kind ?? 'different people'}`, () => {
      assert.equal(matchPerson({ name: a, country: null }, { name: b, country: null })?.kind ?? null, kind);
      assert.equal(matchPerson({ name: b, country: null }, { name: a, country: null })?.kind ?? null, kind, 'symmetric');
    });
  }
});

for (const engine of engines) describe(`${engine.name}: peopleMatching`, () => {
  test('a person sharing several words with the mentions comes back once, people in id order, keys too', async () => {
    const dialect = await openDatabase(await engine.newDatabase());
    try {
      await dialect.writeTransaction(async (trx) => {
        await createPerson(trx, 'kono taro', 'Taro Kono', 'JP', ['kono', 'taro']);
        await createPerson(trx, 'kono yohei', 'Yohei Kono', 'JP', ['kono', 'yohei']);
        await createPerson(trx, 'lavrov sergey', 'Sergey Lavrov', 'RU', ['lavrov', 'sergey']);
        await createPerson(trx, 'wang yi', 'Wang Yi', 'CN', ['wang', 'yi']);
        const found = await peopleMatching(trx, ['taro', 'kono', 'yohei', 'nobody'], ['wang yi']);
        assert.deepEqual(found.map((p) => p.name), ['Taro Kono', 'Yohei Kono', 'Wang Yi']);
        assert.deepEqual(found.map((p) => p.country), ['JP', 'JP', 'CN']);
        assert.ok(found.every((p, i) => i === 0 || found[i - 1]!.id < p.id), 'by id');
        assert.deepEqual(await peopleMatching(trx, ['nobody'], []), []);
      });
    } finally {
      await dialect.close();
    }
  });
});
