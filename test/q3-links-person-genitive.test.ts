/**
 * One person written with a parent's name in the nominative or in the genitive (Mongolian usage: "Khurelsukh Ukhnaa"
 * in one readout, "Ukhnaagiin Khurelsukh" in the other): `matchPerson` takes them for one person, through the endings
 * of `src/linking/patronymic-genitives.json`, and nothing else that merely shares a prefix.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clusterPeople, matchPerson } from '../src/linking/person-identity.ts';

describe('matchPerson: a parent\'s name and its genitive', () => {
  const cases: readonly [a: string, b: string, kind: string | null][] = [
    ['Khurelsukh Ukhnaa', 'Ukhnaagiin Khurelsukh', 'name-variant'],
    ['U. Khurelsukh', 'Ukhnaagiin Khurelsukh', 'compatible-given-names'],
    ['Tsakhia Elbegdorj', 'Tsakhiagiin Elbegdorj', 'name-variant'],
    ['Nambar Enkhbayar', 'Nambaryn Enkhbayar', 'name-variant'],
    ['Luvsannyam Gantumur', 'Luvsannyamyn Gantumur', 'name-variant'],
    // Negative: a bare -n, a base too short, a longer ending that is not one of the genitives, another own name.
    ['Ali Hassani', 'Ali Hassanin', null],
    ['Wang Yi', 'Wang Yiyn', null],
    ['Nambar Enkhbayar', 'Nambarovich Enkhbayar', null],
    ['Ukhnaagiin Khurelsukh', 'Ukhnaagiin Battulga', null],
    ['Khaltmaagiin Battulga', 'Ukhnaagiin Khurelsukh', null],
  ];
  for (const [a, b, kind] of cases) {
    test(`${a} / ${b}`, () => {
      assert.equal(matchPerson({ name: a, country: 'MN' }, { name: b, country: 'MN' })?.kind ?? null, kind);
      assert.equal(matchPerson({ name: b, country: null }, { name: a, country: 'MN' })?.kind ?? null, kind);
    });
  }
  test('different countries never match', () => {
    assert.equal(matchPerson({ name: 'Khurelsukh Ukhnaa', country: 'MN' }, { name: 'Ukhnaagiin Khurelsukh', country: 'KZ' }), null);
  });
  test('clusterPeople: one person across three readouts, his predecessor apart', () => {
    const at = (name: string, docKey: string) => ({ name, country: 'MN', title: 'President', date: '2024-03-14', docKey });
    const people = clusterPeople([at('Khurelsukh Ukhnaa', 'montsame'), at('Ukhnaagiin Khurelsukh', 'akorda'), at('U. Khurelsukh', 'tass'), at('Khaltmaagiin Battulga', 'old')]);
    assert.deepEqual(people.map((p) => p.sightings.map((s) => s.docKey).join('+')).sort(), ['montsame+akorda+tass', 'old'].sort());
  });
});
