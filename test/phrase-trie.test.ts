import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PhraseTrie } from '../src/stages/countries/phrase-trie.ts';

/** "surface=value" for each match of `text`, in order. */
function scan(trie: PhraseTrie<string>, text: string): string[] {
  return trie.scan(text).map((m) => `${text.slice(m.start, m.end)}=${m.value}`);
}

describe('PhraseTrie (scanned through its flattened copy)', () => {
  const trie = new PhraseTrie<string>();
  trie.add('Guinea', 'GN');
  trie.add('Papua New Guinea', 'PG');
  trie.add('New Zealand', 'NZ');
  trie.add('People’s Republic of China', 'CN');

  it('takes the longest phrase that ends at a word boundary', () => {
    assert.deepEqual(scan(trie, 'Papua New Guinea and Guinea, not Guineas or New Zealanders; New Zealand.'), [
      'Papua New Guinea=PG',
      'Guinea=GN',
      'New Zealand=NZ',
    ]);
  });

  it('collapses runs of spaces and folds apostrophes, never across a line break', () => {
    assert.deepEqual(scan(trie, "Papua  New\u00a0Guinea, People's Republic of China, New\nZealand"), [
      'Papua  New\u00a0Guinea=PG',
      "People's Republic of China=CN",
    ]);
  });

  it('gets the value stored under exactly a phrase', () => {
    assert.equal(trie.get('Papua New Guinea'), 'PG');
    assert.equal(trie.get("People's Republic of China"), 'CN');
    assert.equal(trie.get('Papua New'), undefined);
    assert.equal(trie.get('Zealand'), undefined);
  });

  it('sees phrases added after a scan', () => {
    const later = new PhraseTrie<string>();
    later.add('Niger', 'NE');
    assert.deepEqual(scan(later, 'Niger and Nigeria'), ['Niger=NE']);
    later.add('Nigeria', 'NG');
    later.add('Niger Delta', 'X');
    assert.deepEqual(scan(later, 'Niger and Nigeria, the Niger Delta'), ['Niger=NE', 'Nigeria=NG', 'Niger Delta=X']);
    assert.equal(later.get('Nigeria'), 'NG');
  });

  it('keeps the first value of a phrase added twice unless told how to merge', () => {
    const merged = new PhraseTrie<string>((a, b) => `${a}+${b}`);
    merged.add('Georgia', 'GE');
    merged.add('Georgia', 'US-GA');
    assert.equal(merged.get('Georgia'), 'GE+US-GA');
    const first = new PhraseTrie<string>();
    first.add('Georgia', 'GE');
    first.add('Georgia', 'US-GA');
    assert.deepEqual(scan(first, 'in Georgia'), ['Georgia=GE']);
  });
});
