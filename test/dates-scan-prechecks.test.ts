/**
 * The cheap checks that let the dates stage skip work (chrono-configuration.ts, literal-suffix-gate.ts,
 * dotted-date-refiner.ts) must never skip a date: each case is one the check lets through, next to one it rules out.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LiteralSuffixGate, gateWordsRegex } from '../src/stages/dates/literal-suffix-gate.ts';
import { findTimeExpressions } from '../src/stages/dates/time-expression-finder.ts';

/** Every position where `words` (global) matches in `text`. */
function wordPositions(words: RegExp, text: string): number[] {
  const found: number[] = [];
  words.lastIndex = 0;
  for (let match = words.exec(text); match !== null; match = words.exec(text)) {
    found.push(match.index);
    words.lastIndex = match.index + 1;
  }
  return found;
}

describe('literal-suffix gate words', () => {
  const gates = [
    LiteralSuffixGate.of('(\\W|^)(\\d+)\\s{0,3}days?\\s{0,5}(?:ago|before)(?=\\W|$)', 'i'),
    LiteralSuffixGate.of('(\\W|^)(\\d+)\\s{0,3}days?\\s{0,5}(?:later|out)(?=(?:\\W|$))', 'i'),
  ];
  const words = gateWordsRegex(gates) as RegExp;

  it('are found where a word of a gate ends a word of the text', () => {
    assert.deepEqual(wordPositions(words, '2 days ago'), [7]);
    assert.deepEqual(wordPositions(words, '3 days later, and 4 daysout'), [7, 24]);
    assert.deepEqual(wordPositions(words, 'out'), [0]);
  });

  it('are not found inside a longer word, where no match of a gate can end', () => {
    assert.deepEqual(wordPositions(words, 'the outcome, laterally, agony and beforehand'), []);
  });
});

describe('dotted day ranges', () => {
  it('are read where the text writes a dotted year', () => {
    const [range] = findTimeExpressions('The fair runs on 4-5.05.2024 in Poznań.', '2024-04-10');
    assert.equal(range?.text, 'on 4-5.05.2024');
    assert.equal(range?.start, '2024-05-04');
    assert.equal(range?.end, '2024-05-05');
  });

  it('are not read from a range without a dotted year', () => {
    const texts = findTimeExpressions('Scores of 4-5.05 were reported on 12 May 2024.', '2024-04-10').map((t) => t.rule);
    assert.ok(!texts.some((rule) => rule.includes('dotted-day-range')), texts.join(', '));
  });
});
