import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../src/stages/people/word-tokenizer.ts';

/** The kind of each token, with the text of word tokens: "word:minister gap punct". */
function kinds(text: string, keep: ReadonlySet<string>): string {
  return tokenize(text, keep).tokens.map((t) => (t.kind === 'word' ? `word:${t.text}` : t.kind)).join(' ');
}

describe('word tokenizer: lower-case words kept by the keep set', () => {
  // the tokenizer remembers on each cached word whether the last set asked keeps it: alternating sets must not mix
  const text = 'the minister met the vice-minister of state.';
  const cases: [name: string, keep: ReadonlySet<string>, expected: string][] = [
    ['ministers', new Set(['minister', 'viceminister']), 'gap word:minister gap word:vice-minister gap punct'],
    ['function words', new Set(['the', 'of']), 'word:the gap word:the gap word:of gap punct'],
    ['nothing', new Set<string>(['absent']), 'gap punct'],
  ];
  for (let round = 0; round < 2; round++) {
    for (const [name, keep, expected] of cases) {
      it(`round ${round + 1}: ${name}`, () => assert.equal(kinds(text, keep), expected));
    }
  }

  it('keeps every word with an empty set only when no set is given', () => {
    assert.equal(kinds('the minister', new Set()), 'gap');
    assert.equal(kinds('the minister', undefined as unknown as ReadonlySet<string>), 'word:the word:minister');
  });
});

describe('word tokenizer: where runs of capitalised words start (capStarts)', () => {
  const starts = (text: string): string[] => {
    const { tokens, capStarts } = tokenize(text, new Set(['of']));
    return [...capStarts].map((i) => tokens[i]!.text);
  };
  const cases: [text: string, expected: string[]][] = [
    ['Foreign Minister Sergey Lavrov met Wang Yi.', ['Foreign', 'Wang']],
    // a possessive, punctuation, a number or a kept lower-case word ends a run
    ['Lavrov’s Foreign Ministry', ['Lavrov', 'Foreign']],
    ['Minister of Foreign Affairs', ['Minister', 'Foreign']],
    ['Wang, Yi 2023 Beijing', ['Wang', 'Yi', 'Beijing']],
    // a line break or no space between two capitalised words starts a new run
    ['Antony Blinken\nSecretary of State', ['Antony', 'Secretary', 'State']],
    ['B.Battsetseg', ['B', 'Battsetseg']],
    ['the minister said nothing', []],
  ];
  for (const [text, expected] of cases) it(JSON.stringify(text), () => assert.deepEqual(starts(text), expected));
});
