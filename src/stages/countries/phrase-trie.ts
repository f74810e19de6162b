/**
 * A character trie of fixed phrases, scanned once over a text for whole-word, longest, non-overlapping matches.
 * Built once at module load by the gazetteer stages (countries, places); matching is case-sensitive.
 */

interface TrieNode<V> {
  readonly next: Map<number, TrieNode<V>>;
  value: V | undefined;
}

/** One phrase found by {@link PhraseTrie.scan}: half-open offsets into the scanned text and the stored value. */
export interface PhraseMatch<V> {
  readonly start: number;
  readonly end: number;
  readonly value: V;
}

const SPACE = 0x20;
const APOSTROPHE = 0x27;

/**
 * Folds characters that vary in typography onto one key: curly and modifier apostrophes onto `'`,
 * no-break and tab spaces onto ` `, en dash onto `-`.
 */
function foldCode(code: number): number {
  switch (code) {
    case 0x2019: case 0x2018: case 0x02bc: case 0x02bb: return APOSTROPHE;
    case 0x00a0: case 0x09: case 0x202f: return SPACE;
    case 0x2013: case 0x2011: return 0x2d;
    default: return code;
  }
}

/** True for letters and digits (any script): the characters that may not touch a match on either side. */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return ASCII_WORD[code] === 1;
  let known = WORD_CODE[code];
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_CODE[code] = known;
  }
  return known === 1;
}

/** Memo of {@link isWordChar} for every UTF-16 code unit: 0 not yet known, 1 word character, 2 not. */
const WORD_CODE = new Uint8Array(0x10000);

const WORD_CHAR = /[\p{L}\p{N}]/u;
const ASCII_WORD = new Uint8Array(0x80);
for (let code = 0; code < 0x80; code++) {
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) ASCII_WORD[code] = 1;
}

/**
 * Word starts of the last text scanned, shared by every trie: the gazetteer stages (countries, then places) scan the
 * same document, so it is split into candidate words once. A word start is a character that starts a phrase of some
 * trie, not preceded by a letter or digit; each comes with the end of its word and the word's hash.
 */
const allFirstChars = new Set<number>();
let allStarts: RegExp | null = null;
let tokenText: string | null = null;
let tokenCount = 0;
let tokenStarts = new Int32Array(256);
let tokenHashes = new Int32Array(256);

function registerFirstChar(code: number): void {
  if (allFirstChars.has(code)) return;
  allFirstChars.add(code);
  allStarts = null;
  tokenText = null;
}

function tokenize(text: string): void {
  if (tokenText === text) return;
  if (allStarts === null) {
    const firsts = [...allFirstChars].map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('');
    allStarts = new RegExp(`[${firsts}]`, 'g');
  }
  const starts = allStarts;
  const length = text.length;
  let count = 0;
  starts.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = starts.exec(text)) !== null) {
    const wordStart = found.index;
    if (wordStart > 0 && isWordChar(text.charCodeAt(wordStart - 1))) continue;
    let i = wordStart + 1;
    let hash = text.charCodeAt(wordStart);
    let c = 0;
    while (i < length && ((c = text.charCodeAt(i)) < 0x80 ? ASCII_WORD[c] === 1 : isWordChar(c))) {
      hash = (Math.imul(hash, 31) + c) & 0x3fffffff;
      i++;
    }
    if (count === tokenStarts.length) {
      const grownStarts = new Int32Array(count * 2);
      grownStarts.set(tokenStarts);
      tokenStarts = grownStarts;
      const grownHashes = new Int32Array(count * 2);
      grownHashes.set(tokenHashes);
      tokenHashes = grownHashes;
    }
    tokenStarts[count] = wordStart;
    tokenHashes[count] = hash;
    count++;
    starts.lastIndex = i;
  }
  tokenCount = count;
  tokenText = text;
}

/**
 * A phrase dictionary matched by walking characters from each word start. Spaces in a phrase match one or more
 * spaces/tabs/no-break spaces in the text (never a line break). When two phrases are added with the same key,
 * `merge` decides which value is kept.
 */
export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map(), value: undefined };
  /** Characters that start some phrase. */
  private readonly firstChars = new Set<number>();
  /** `firstChars` below 0x80 as a table, for the scan's fast path. */
  private readonly firstAscii = new Uint8Array(0x80);
  /** Hashes of the first words of all phrases: the trie is walked only from a word whose hash is here. */
  private readonly firstWords = new Set<number>();

  /** @param merge resolves a second value stored under the same phrase (default: keep the first). */
  constructor(private readonly merge: (existing: V, added: V) => V = (existing) => existing) {}

  /** Adds a phrase; `phrase` must start with a letter or digit. Curly apostrophes and odd spaces fold as in the text. */
  add(phrase: string, value: V): void {
    const first = phrase.charCodeAt(0);
    if (!isWordChar(first)) throw new Error(`PhraseTrie: phrase must start with a letter or digit: ${JSON.stringify(phrase)}`);
    if (!this.firstChars.has(first)) {
      this.firstChars.add(first);
      if (first < 0x80) this.firstAscii[first] = 1;
      registerFirstChar(first);
    }
    let wordEnd = 1;
    while (wordEnd < phrase.length && isWordChar(phrase.charCodeAt(wordEnd))) wordEnd++;
    this.firstWords.add(wordHash(phrase, 0, wordEnd));
    let node = this.root;
    for (let i = 0; i < phrase.length; i++) {
      const code = foldCode(phrase.charCodeAt(i));
      let child = node.next.get(code);
      if (child === undefined) {
        child = { next: new Map(), value: undefined };
        node.next.set(code, child);
      }
      node = child;
    }
    node.value = node.value === undefined ? value : this.merge(node.value, value);
  }

  /** The value stored under exactly `phrase`, or undefined. */
  get(phrase: string): V | undefined {
    let node: TrieNode<V> | undefined = this.root;
    for (let i = 0; i < phrase.length && node !== undefined; i++) node = node.next.get(foldCode(phrase.charCodeAt(i)));
    return node?.value;
  }

  /**
   * Scans `text` once, left to right. At each word start (a letter or digit not preceded by one) whose word begins
   * some phrase, takes the longest phrase that ends at a word boundary, then resumes after it. Matches are sorted and
   * never overlap.
   */
  scan(text: string): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    tokenize(text);
    const firstAscii = this.firstAscii;
    const firstChars = this.firstChars;
    const firstWords = this.firstWords;
    const starts = tokenStarts;
    const hashes = tokenHashes;
    const count = tokenCount;
    // Word starts before `resume` lie inside the previous match.
    let resume = 0;
    for (let k = 0; k < count; k++) {
      const wordStart = starts[k] as number;
      if (wordStart < resume) continue;
      const first = text.charCodeAt(wordStart);
      if (first < 0x80 ? firstAscii[first] !== 1 : !firstChars.has(first)) continue;
      if (!firstWords.has(hashes[k] as number)) continue;
      const match = this.longestAt(text, wordStart);
      if (match !== null) {
        out.push(match);
        resume = match.end;
      }
    }
    return out;
  }

  /** The longest phrase starting at `start` and ending at a word boundary, or null. */
  private longestAt(text: string, start: number): PhraseMatch<V> | null {
    const length = text.length;
    let node: TrieNode<V> = this.root;
    let j = start;
    let bestEnd = -1;
    let bestValue: V | undefined;
    while (j < length) {
      let c = foldCode(text.charCodeAt(j));
      const child = node.next.get(c);
      if (child === undefined) break;
      node = child;
      j++;
      if (c === SPACE) {
        // Further spaces in the text collapse into the one the phrase has.
        while (j < length && (c = foldCode(text.charCodeAt(j))) === SPACE) j++;
      }
      if (node.value !== undefined && (j >= length || !isWordChar(text.charCodeAt(j)))) {
        bestEnd = j;
        bestValue = node.value;
      }
    }
    return bestValue === undefined ? null : { start, end: bestEnd, value: bestValue };
  }
}

/** Hash of the word `text[start, end)`, the same function `scan` computes while skipping a word. */
function wordHash(text: string, start: number, end: number): number {
  let hash = text.charCodeAt(start);
  for (let i = start + 1; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) & 0x3fffffff;
  return hash;
}
