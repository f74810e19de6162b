import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { casual, ParsingContext, type ParsedComponents, type ParsedResult } from 'chrono-node';
import { createDatesChrono, createUnscannedDatesChrono, DATES_PARSERS } from '../src/stages/dates/chrono-configuration.ts';
import type { DatesParsingOption } from '../src/stages/dates/dates-parsing-option.ts';
import { FirstWordTrie, firstWordsOf, UnsupportedPatternError, type FirstWord } from '../src/stages/dates/first-word-filter.ts';
import { LiteralSuffixGate, gateWordsRegex, passingGates } from '../src/stages/dates/literal-suffix-gate.ts';

/**
 * A first word as text: one character per symbol set ('#' any digit, [..] a set), then '$' (closed) or '…'; then,
 * when the pattern tells, a space and the next word the same way.
 */
function shown({ symbols, closed, second }: FirstWord): string {
  return word(symbols, closed) + (second === undefined ? '' : ` ${shown(second)}`);
}

function word(symbols: readonly number[], closed: boolean): string {
  const set = (bits: number): string => {
    const chars: string[] = [];
    for (let i = 0; i < 26; i++) if (bits & (1 << i)) chars.push(String.fromCharCode(97 + i));
    if (bits & (1 << 26)) chars.push('#');
    if (bits & (1 << 27)) chars.push('_');
    return chars.length === 1 ? (chars[0] as string) : `[${chars.join('')}]`;
  };
  return symbols.map(set).join('') + (closed ? '$' : '…');
}

function firstWords(source: string): { readonly words: string[]; readonly leadingNonWord: boolean } {
  const found = firstWordsOf(source);
  return { words: found.words.map(shown).sort(), leadingNonWord: found.leadingNonWord };
}

describe('first words of a pattern', () => {
  const cases: readonly (readonly [source: string, words: readonly string[], leadingNonWord: boolean])[] = [
    // A word followed by a non-word character or \b is closed: only that exact word starts a match, and the
    // second word must start as the pattern goes on after the non-word characters.
    ['(?:in|at)\\s+\\d', ['at$ #…', 'in$ #…'], false],
    ['(?:in|at)\\s+(?:may|\\d{1,2})\\b', ['at$ ##$', 'at$ #$', 'at$ may$', 'in$ ##$', 'in$ #$', 'in$ may$'], false],
    // A match that may end after the first word (or its non-word characters) says nothing of the second.
    ['(?:sept|oct)(?:\\.|\\b)', ['oct$', 'sept$'], false],
    ['the\\s+(?:next\\s+)?day', ['the$ day…', 'the$ next$ day…'], false],
    // Three words at most are read.
    ['in\\s+the\\s+coming\\s+weeks', ['in$ the$ coming$'], false],
    // Case folds; digits are one symbol; a class gives a set.
    ['Q[1-4]\\b', ['q#$'], false],
    ['[A-C]x', ['[abc]x…'], false],
    // Optional separators let words run together ("onab"): those are first words too.
    ['(?:on\\s*)?(?:ab|cd)', ['ab…', 'cd…', 'on$ ab…', 'on$ cd…', 'onab…', 'oncd…'], false],
    // A match that ends inside its first word leaves the word open; so does one cut at the longest prefix followed.
    ['today', ['today…'], false],
    ['approximately\\s', ['approxim…'], false],
    // Non-word characters before the first word.
    ['(?:\\(\\s*)?mon', ['mon…'], true],
    ['[^\\d]x', ['[abcdefghijklmnopqrstuvwxyz_]x…', 'x…'], true],
    // Look-arounds, ^ and named groups do not change the first word.
    ['(?<!\\bas )soon(?! as\\b)', ['soon…'], false],
    ['^(?<word>the)(?=\\s)', ['the…'], false],
  ];
  for (const [source, words, leadingNonWord] of cases) {
    it(source, () => assert.deepEqual(firstWords(source), { words: [...words], leadingNonWord }));
  }

  it('refuses patterns that may match without a word character', () => {
    assert.throws(() => firstWordsOf('(?:a)?'), UnsupportedPatternError);
    assert.throws(() => firstWordsOf('\\s*$'), UnsupportedPatternError);
  });

  it('refuses syntax it does not read', () => {
    for (const source of ['(a)\\1', '\\p{L}', '\\cA', '(?<=a', '[a', '*a']) {
      assert.throws(() => firstWordsOf(source), UnsupportedPatternError, source);
    }
  });

  it("reads every pattern of the dates stage's chrono configuration", () => {
    const sources = [...DATES_PARSERS, ...casual.parsers].map((p) => p.pattern(new ParsingContext('')).source);
    for (const source of sources) {
      const prefix = ['\\b', '(\\W|^)'].find((p) => source.startsWith(p));
      if (prefix !== undefined) assert.doesNotThrow(() => firstWordsOf(source.slice(prefix.length)), source);
    }
  });
});

describe('first-word trie', () => {
  const trie = new FirstWordTrie([
    firstWordsOf('(?:in|at)\\s+\\d').words,
    firstWordsOf('(?:sept|oct)(?:\\.|\\b)').words,
    firstWordsOf('\\d{1,2}(?:st|nd|rd|th)?\\s').words,
  ]);
  it('finds each word some pattern can start with, the gap before it and the patterns', () => {
    //                          0         1         2         3
    //                          0123456789012345678901234567890123456
    assert.deepEqual(trie.wordsIn('Meet in Sept, (at 5th) Octo at; oct'), [
      7, 8, 0b010, // "Sept" ("in" before it is not followed by a number)
      12, 15, 0b001, // "at" (gap ", ("), followed by a number
      17, 18, 0b100, // "5th"
      30, 32, 0b010, // "oct" at the end ("at" before it is not followed by a number)
    ]);
  });
  it('reads the second word after any non-word characters, and needs one', () => {
    //                            0         1
    //                            012345678901234
    assert.deepEqual(trie.wordsIn('in (5) at, 7 in'), [
      0, 0, 0b001, // "in", then "5" after " ("
      2, 4, 0b100, // "5"
      5, 7, 0b001, // "at", then "7" after ", "
      9, 11, 0b100, // "7" (the last "in" has no word after it)
    ]);
  });
  it('reads up to three words', () => {
    const onThe = new FirstWordTrie([firstWordsOf('on\\s+the\\s+\\d').words]);
    //                              0         1         2
    //                              0123456789012345678901234
    assert.deepEqual(onThe.wordsIn('on the day, on the 5th; on'), [10, 12, 1]); // the second "on" (gap at 10)
  });
  it('skips words that only start like a first word', () => {
    assert.deepEqual(trie.wordsIn('inside attack October 5x'), []);
  });
});

/** A parse result with everything the stage reads from it. */
function serialized(results: readonly ParsedResult[]): string {
  const components = (c: ParsedComponents | null | undefined): unknown =>
    c == null
      ? null
      : [
          ...(['year', 'month', 'day', 'weekday', 'hour', 'minute', 'second', 'millisecond', 'meridiem', 'timezoneOffset'] as const).map(
            (k) => [k, c.get(k), c.isCertain(k)],
          ),
          [...c.tags()].sort(),
        ];
  return JSON.stringify(results.map((r) => [r.index, r.text, components(r.start), components(r.end)]));
}

/** Deterministic pseudo-random texts of the words the patterns are made of, glued by all sorts of separators. */
function generatedTexts(count: number, seed: number): string[] {
  const words = new Set<string>(['ago', 'later', 'before', 'after', 'from now', 'the', 'a', 'an', 'of', 'Good', 'GMT', 'é', 'Émile', '日本', 'mayor', 'decade', 'sunny', 'foreign']);
  for (const parser of [...DATES_PARSERS, ...casual.parsers]) {
    const source = parser.pattern(new ParsingContext('')).source.replace(/\\[a-zA-Z]/g, ' ');
    for (const word of source.match(/[A-Za-z]+/g) ?? []) words.add(word.toLowerCase());
  }
  const vocabulary = [...words];
  const separators = [' ', ' ', ' ', ' ', '  ', '', '\n', ', ', '. ', '-', ' - ', '–', '/', '(', ') ', '\t', '\u00a0', ':', '.', '~', '（', 'é', '_', "'s "];
  let state = seed;
  const random = (): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const number = (): string =>
    pick([String(Math.floor(random() * 32)), String(1900 + Math.floor(random() * 200)), '1st', '2nd', '23rd', '0.5', '10:30', `${Math.floor(random() * 13)}/${Math.floor(random() * 32)}`, 'Q3', '2017-09-18']);
  const cased = (word: string): string => {
    const r = random();
    return r < 0.5 ? word : r < 0.8 ? word.charAt(0).toUpperCase() + word.slice(1) : word.toUpperCase();
  };
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    const length = 20 + Math.floor(random() * 200);
    for (let k = 0; k < length; k++) text += (random() < 0.75 ? cased(pick(vocabulary)) : number()) + pick(separators);
    texts.push(text);
  }
  return texts;
}

describe('the combined scans find what one scan per parser finds', () => {
  const scanned = createDatesChrono();
  const unscanned = createUnscannedDatesChrono();
  const reference = { instant: new Date(Date.UTC(2017, 8, 18, 12)), timezone: 'UTC' };
  const option: DatesParsingOption = { referenceDay: { year: 2017, month: 9, day: 18 }, weekStartsOn: 1 };
  const same = (text: string): void => {
    assert.equal(serialized(scanned.parse(text, reference, option)), serialized(unscanned.parse(text, reference, option)), text);
  };

  it('on the dev corpus', () => {
    const corpus = readFileSync(new URL('/work/shared/corpus/dev.jsonl', import.meta.url), 'utf8');
    for (const line of corpus.split('\n')) if (line.trim() !== '') same((JSON.parse(line) as { text: string }).text);
  });

  it('on generated texts of pattern words glued every way', () => {
    for (const text of generatedTexts(300, 7)) same(text);
  });

  it('at the edges of the text', () => {
    for (const text of ['5 May', 'May 5', '(Monday)', 'the day after', ' in 2018', '2 days ago', 'Q3', '12/5', 'x', '']) same(text);
  });
});

describe('literal-suffix gate', () => {
  const source = '(\\W|^)(\\d+|a few)\\s{0,3}days?\\s{0,5}(?:ago|from now)(?=\\W|$)';
  const gates = [LiteralSuffixGate.of(source, 'i'), null];
  const words = gateWordsRegex(gates) as RegExp;
  it('is built from a pattern ending in plain words, and only then', () => {
    assert.notEqual(gates[0], null);
    assert.equal(LiteralSuffixGate.of('(\\W|^)days\\s+ag[o0]', 'i'), null);
    assert.equal(LiteralSuffixGate.of('(\\W|^)days\\s+(?:ago)\\d', 'i'), null);
    assert.equal(LiteralSuffixGate.of(source, ''), null);
  });
  it('passes exactly when the pattern matches somewhere (a missing gate always passes)', () => {
    const pattern = new RegExp(source, 'i');
    for (const text of ['3 days ago.', 'A FEW DAYS FROM NOW', 'ago 3 days', '3 days agony', 'days ago', '5 days  Ago', 'x3 days ago', '3 days from  now', 'agoago 2 daysago', '']) {
      assert.equal(passingGates(gates, words, text), pattern.test(text) ? 0b11 : 0b10, text);
    }
  });
});
