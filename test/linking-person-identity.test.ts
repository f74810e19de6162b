/**
 * People identity: one key for spellings of one name, and samePerson's rule (same key, or same family name with
 * compatible given names and no conflicting country) — never two people who only share a family name.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterPeople, matchPerson, personKey, resolvePerson, samePerson } from '../src/linking/person-identity.ts';

describe('personKey', () => {
  const groups: readonly (readonly string[])[] = [
    ['Taro Kono', 'Kono Taro', 'Mr. Taro Kono', 'KONO Taro', 'taro  kono'],
    ['Sergey Lavrov', 'Sergei Lavrov', 'Sergey Viktorovich Lavrov', 'H.E. Mr. Sergey Lavrov'],
    ['Kyung-wha Kang', 'Kang Kyung-wha', 'Kang Kyungwha'],
    ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan'],
    ['Antony Blinken', 'Antony J. Blinken'],
    ['Boris Johnson', 'The Rt Hon Boris Johnson MP'],
    ['Joe Biden', 'Joseph Biden'],
  ];
  for (const group of groups) {
    test(`one key for ${group.join(' / ')}`, () => {
      const keys = new Set(group.map(personKey));
      assert.equal(keys.size, 1, [...keys].join(' | '));
    });
  }
  test('different names give different keys', () => {
    assert.notEqual(personKey('Taro Kono'), personKey('Yohei Kono'));
    assert.notEqual(personKey('Wang Yi'), personKey('Wang Wentao'));
  });
});

describe('samePerson', () => {
  const cases: readonly [a: string, ca: string | null, b: string, cb: string | null, same: boolean][] = [
    ['Taro Kono', 'JP', 'Kono Taro', 'JP', true],
    ['Kono', 'JP', 'Taro Kono', 'JP', true],
    ['T. Kono', null, 'Taro Kono', 'JP', true],
    ['Tayyip Erdoğan', 'TR', 'Recep Tayyip Erdogan', 'TR', true],
    ['Wang Yi', 'CN', 'Yi Wang', 'CN', true],
    ['Sergei Lavrov', null, 'Sergey Lavrov', 'RU', true],
    // negative cases: a shared family name is not enough
    ['Taro Kono', 'JP', 'Yohei Kono', 'JP', false],
    ['T. Kono', null, 'Yohei Kono', 'JP', false],
    ['Jill Biden', 'US', 'Joe Biden', 'US', false],
    ['Wang Yi', 'CN', 'Wang Wentao', 'CN', false],
    ['Boris Johnson', 'GB', 'Lyndon Johnson', 'US', false],
    // same name, different known countries
    ['Kim Jong', 'KR', 'Kim Jong', 'KP', false],
  ];
  for (const [a, ca, b, cb, same] of cases) {
    test(`${a} (${ca}) ${same ? '=' : '≠'} ${b} (${cb})`, () => {
      assert.equal(samePerson({ name: a, country: ca }, { name: b, country: cb }), same);
      assert.equal(samePerson({ name: b, country: cb }, { name: a, country: ca }), same, 'symmetric');
    });
  }
  test('match kinds say how strong the match is', () => {
    assert.equal(matchPerson({ name: 'Kono Taro', country: null }, { name: 'Taro Kono', country: null })?.kind, 'same-key');
    assert.equal(matchPerson({ name: 'Sergei Lavrov', country: null }, { name: 'Sergey Lavrov', country: null })?.kind, 'name-variant');
    assert.equal(matchPerson({ name: 'Kono', country: null }, { name: 'Taro Kono', country: null })?.kind, 'surname-only');
  });
});

describe('resolvePerson and clusterPeople', () => {
  test('a bare family name resolves only when it is unambiguous', () => {
    const known = [{ name: 'Taro Kono', country: 'JP' }, { name: 'Yohei Kono', country: 'JP' }, { name: 'Sergey Lavrov', country: 'RU' }];
    assert.equal(resolvePerson({ name: 'Kono', country: 'JP' }, known), null);
    assert.equal(resolvePerson({ name: 'Lavrov', country: null }, known), 2);
    assert.equal(resolvePerson({ name: 'T. Kono', country: null }, known), 0);
  });
  test('sightings group into people with their roles over time', () => {
    const people = clusterPeople([
      { name: 'Taro Kono', country: 'JP', title: 'Minister for Foreign Affairs', date: '2017-09-18', docKey: 'a' },
      { name: 'KONO Taro', country: 'JP', title: 'Minister of Defense', date: '2019-10-01', docKey: 'b' },
      { name: 'Yohei Kono', country: 'JP', title: 'Chief Cabinet Secretary', date: '1993-08-04', docKey: 'c' },
      { name: 'Kono', country: 'JP', title: null, date: '2018-01-01', docKey: 'd' },
      { name: 'Sergei Lavrov', country: 'RU', title: 'Minister of Foreign Affairs', date: '2017-09-18', docKey: 'a' },
      { name: 'Lavrov', country: null, title: null, date: '2018-02-01', docKey: 'e' },
    ]);
    const byKey = new Map(people.map((p) => [p.key, p]));
    assert.equal(byKey.get('kono taro')?.sightings.length, 2);
    assert.deepEqual(byKey.get('kono taro')?.roles.map((r) => [r.title, r.first]), [['Minister for Foreign Affairs', '2017-09-18'], ['Minister of Defense', '2019-10-01']]);
    assert.equal(byKey.get('kono yohei')?.sightings.length, 1);
    assert.equal(byKey.get('kono')?.sightings.length, 1, 'the bare "Kono" is ambiguous and stays apart');
    assert.equal(byKey.get('lavrov sergey')?.sightings.length, 2);
    assert.equal(byKey.get('lavrov sergey')?.last, '2018-02-01');
  });
});
