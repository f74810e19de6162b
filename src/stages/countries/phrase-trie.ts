/**
 * A character trie of fixed phrases, scanned once over a text for whole-word, longest, non-overlapping matches.
 * Built once at module load by the gazetteer stages (countries, places); matching is case-sensitive.
 */

/** A trie node: `codes[i]` leads to `kids[i]` (small arrays searched in order: most nodes have one or two children). */
interface TrieNode<V> {
  readonly codes: number[];
  readonly kids: TrieNode<V>[];
  value: V | undefined;
}

function newNode<V>(): TrieNode<V> {
  return { codes: [], kids: [], value: undefined };
}

function childOf<V>(node: TrieNode<V>, code: number): TrieNode<V> | undefined {
  const codes = node.codes;
  for (let i = 0; i < codes.length; i++) if (codes[i] === code) return node.kids[i];
  return undefined;
}

/**
 * The first word of some phrases and the trie node reached after it (its offset in {@link FlatTrie.cells} once the
 * trie is flattened); `other` chains words with the same hash.
 */
interface FirstWord<V> {
  readonly word: string;
  readonly node: TrieNode<V>;
  flat: number;
  readonly other: FirstWord<V> | undefined;
}

/**
 * The trie laid out for scanning: one `Int32Array` of node records in depth-first order, each `[value index or -1,
 * child count, (code, child offset) per child]`. The node objects of the build trie and their two arrays cost three
 * dependent memory reads per character; here a node is one record, and a node's first child follows it, so walking a
 * phrase mostly reads consecutive memory. In the pipeline the other stages evict the trie from the CPU caches between
 * two documents, which made the object trie's walk the scan's largest cost.
 */
interface FlatTrie<V> {
  readonly cells: Int32Array;
  readonly values: readonly V[];
}

/** Flattens the trie under `root` (see {@link FlatTrie}). */
function flatten<V>(root: TrieNode<V>): { readonly trie: FlatTrie<V>; readonly offsets: Map<TrieNode<V>, number> } {
  let size = 0;
  const stack: TrieNode<V>[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    size += 2 + 2 * node.codes.length;
    for (const kid of node.kids) stack.push(kid);
  }
  const cells = new Int32Array(size);
  const values: V[] = [];
  const offsets = new Map<TrieNode<V>, number>();
  let next = 0;
  const place = (node: TrieNode<V>): number => {
    const at = next;
    offsets.set(node, at);
    next += 2 + 2 * node.codes.length;
    if (node.value === undefined) cells[at] = -1;
    else {
      cells[at] = values.length;
      values.push(node.value);
    }
    cells[at + 1] = node.codes.length;
    for (let i = 0; i < node.codes.length; i++) {
      cells[at + 2 + 2 * i] = node.codes[i]!;
      cells[at + 3 + 2 * i] = place(node.kids[i]!);
    }
    return at;
  };
  place(root);
  return { trie: { cells, values }, offsets };
}

/** Offset of the child of the node at `node` reached by `code`, or -1. */
function flatChild(cells: Int32Array, node: number, code: number): number {
  const end = node + 2 + 2 * cells[node + 1]!;
  for (let i = node + 2; i < end; i += 2) if (cells[i] === code) return cells[i + 1]!;
  return -1;
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
 * A map from word hashes (non-negative 30-bit integers) to values, in an open-addressing table: cheaper to probe
 * than a `Map`.
 */
class HashTable<T> {
  /** Stored as hash + 1; 0 marks an empty slot. */
  private keys = new Int32Array(64);
  private values: (T | undefined)[] = new Array<T | undefined>(64).fill(undefined);
  private mask = 63;
  private size = 0;

  get(hash: number): T | undefined {
    const keys = this.keys;
    const mask = this.mask;
    const key = hash + 1;
    let i = (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const k = keys[i] as number;
      if (k === key) return this.values[i];
      if (k === 0) return undefined;
      i = (i + 1) & mask;
    }
  }

  /** Stores `value` under `hash`, replacing any value there. */
  set(hash: number, value: T): void {
    const i = this.slot(hash);
    if (this.keys[i] === 0) {
      if ((this.size + 1) * 2 > this.keys.length) {
        this.grow();
        this.set(hash, value);
        return;
      }
      this.keys[i] = hash + 1;
      this.size++;
    }
    this.values[i] = value;
  }

  /** The slot holding `hash`, or the empty slot where it would go. */
  private slot(hash: number): number {
    const key = hash + 1;
    let i = (Math.imul(hash, 0x9e3779b1) >>> 0) & this.mask;
    while (this.keys[i] !== 0 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Array<T | undefined>(keys.length * 2).fill(undefined);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      if (key === 0) continue;
      const j = this.slot(key - 1);
      this.keys[j] = key;
      this.values[j] = values[i];
    }
  }
}

/*
 * Candidate words of the last text scanned, shared by every trie: the gazetteer stages (countries, then places) scan
 * the same document, so it is split into words once. A word is a maximal run of letters and digits; it is kept (its
 * start and hash) only when it starts with a character that starts a phrase of some trie and its hash is the hash of
 * the first word of some phrase of some trie.
 */
/** Characters that start a phrase of some trie: 1 for each such UTF-16 code unit. */
const allFirstChars = new Uint8Array(0x10000);
/** Hashes of the first words of the phrases of all tries. */
const allFirstWords = new HashTable<true>();
let tokenText: string | null = null;
let tokenCount = 0;
let tokenStarts = new Int32Array(64);
let tokenEnds = new Int32Array(64);
let tokenHashes = new Int32Array(64);

/**
 * The first two characters of the first words of all phrases, for ASCII pairs: `ASCII_PAIRS[a * 128 + b]` is 1 when
 * some first word starts with `a` then `b`, with `b` = 0 for a one-character word. A word starting with an ASCII pair
 * not marked here is no first word (words with a non-ASCII second character are always hashed).
 */
const ASCII_PAIRS = new Uint8Array(128 * 128);

function registerFirstWord(word: string, hash: number): void {
  const code = word.charCodeAt(0);
  const second = word.length > 1 ? word.charCodeAt(1) : 0;
  if (code < 0x80 && second < 0x80 && ASCII_PAIRS[code * 128 + second] !== 1) {
    ASCII_PAIRS[code * 128 + second] = 1;
    tokenText = null;
  }
  if (allFirstChars[code] !== 1) {
    allFirstChars[code] = 1;
    tokenText = null;
  }
  if (allFirstWords.get(hash) === undefined) {
    allFirstWords.set(hash, true);
    tokenText = null;
  }
}

function tokenize(text: string): void {
  if (tokenText === text) return;
  const firstWords = allFirstWords;
  const length = text.length;
  let count = 0;
  // The next code unit to look at. A table look-up per code unit finds the first characters: a character-class
  // pattern searching for them ran interpreted (--no-regexp-tier-up) and cost a call per candidate.
  let next = 0;
  while (next < length) {
    if (allFirstChars[text.charCodeAt(next)] !== 1) {
      next++;
      continue;
    }
    const wordStart = next;
    next = wordStart + 1;
    if (wordStart > 0 && isWordChar(text.charCodeAt(wordStart - 1))) continue;
    let i = wordStart + 1;
    let hash = text.charCodeAt(wordStart);
    let c = i < length ? text.charCodeAt(i) : 0;
    // Words that start unlike any first word are skipped without hashing: later first characters inside them are
    // preceded by a word character, so the search may go on right after the word start.
    if (hash < 0x80 && c < 0x80 && ASCII_PAIRS[hash * 128 + (ASCII_WORD[c] === 1 ? c : 0)] !== 1) continue;
    while (i < length && ((c = text.charCodeAt(i)) < 0x80 ? ASCII_WORD[c] === 1 : isWordChar(c))) {
      hash = (Math.imul(hash, 31) + c) & 0x3fffffff;
      i++;
    }
    next = i;
    if (firstWords.get(hash) === undefined) continue;
    if (count === tokenStarts.length) {
      const grownStarts = new Int32Array(count * 2);
      grownStarts.set(tokenStarts);
      tokenStarts = grownStarts;
      const grownEnds = new Int32Array(count * 2);
      grownEnds.set(tokenEnds);
      tokenEnds = grownEnds;
      const grownHashes = new Int32Array(count * 2);
      grownHashes.set(tokenHashes);
      tokenHashes = grownHashes;
    }
    tokenStarts[count] = wordStart;
    tokenEnds[count] = i;
    tokenHashes[count] = hash;
    count++;
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
  private readonly root: TrieNode<V> = newNode();
  /**
   * The first words of all phrases by hash, each with the node reached after it: the trie is walked only from a word
   * found here, starting after the word.
   */
  private readonly firstWords = new HashTable<FirstWord<V>>();
  /** Every entry of {@link firstWords}, to set their flat offsets. */
  private readonly firstWordList: FirstWord<V>[] = [];
  /** The flattened trie; null after an `add` until the next look-up. */
  private flat: FlatTrie<V> | null = null;

  /** @param merge resolves a second value stored under the same phrase (default: keep the first). */
  constructor(private readonly merge: (existing: V, added: V) => V = (existing) => existing) {}

  /** Adds a phrase; `phrase` must start with a letter or digit. Curly apostrophes and odd spaces fold as in the text. */
  add(phrase: string, value: V): void {
    this.flat = null;
    const first = phrase.charCodeAt(0);
    if (!isWordChar(first)) throw new Error(`PhraseTrie: phrase must start with a letter or digit: ${JSON.stringify(phrase)}`);
    let wordEnd = 1;
    while (wordEnd < phrase.length && isWordChar(phrase.charCodeAt(wordEnd))) wordEnd++;
    const hash = wordHash(phrase, 0, wordEnd);
    registerFirstWord(phrase.slice(0, wordEnd), hash);
    let node = this.root;
    for (let i = 0; i < phrase.length; i++) {
      const code = foldCode(phrase.charCodeAt(i));
      let child = childOf(node, code);
      if (child === undefined) {
        child = newNode();
        node.codes.push(code);
        node.kids.push(child);
      }
      node = child;
      if (i === wordEnd - 1) this.indexFirstWord(hash, phrase.slice(0, wordEnd), node);
    }
    node.value = node.value === undefined ? value : this.merge(node.value, value);
  }

  private indexFirstWord(hash: number, word: string, node: TrieNode<V>): void {
    const head = this.firstWords.get(hash);
    for (let entry = head; entry !== undefined; entry = entry.other) if (entry.word === word) return;
    const entry: FirstWord<V> = { word, node, flat: -1, other: head };
    this.firstWords.set(hash, entry);
    this.firstWordList.push(entry);
  }

  /** The flattened trie, built on the first look-up after the last `add`. */
  private flattened(): FlatTrie<V> {
    if (this.flat !== null) return this.flat;
    const { trie, offsets } = flatten(this.root);
    for (const entry of this.firstWordList) entry.flat = offsets.get(entry.node)!;
    this.flat = trie;
    return trie;
  }

  /** The value stored under exactly `phrase`, or undefined. */
  get(phrase: string): V | undefined {
    const { cells, values } = this.flattened();
    let node = 0;
    for (let i = 0; i < phrase.length && node >= 0; i++) node = flatChild(cells, node, foldCode(phrase.charCodeAt(i)));
    return node < 0 || cells[node]! < 0 ? undefined : values[cells[node]!];
  }

  /**
   * Scans `text` once, left to right. At each word start (a letter or digit not preceded by one) whose word begins
   * some phrase, takes the longest phrase that ends at a word boundary, then resumes after it. Matches are sorted and
   * never overlap.
   */
  scan(text: string): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    const flat = this.flattened();
    tokenize(text);
    const firstWords = this.firstWords;
    const starts = tokenStarts;
    const ends = tokenEnds;
    const hashes = tokenHashes;
    const count = tokenCount;
    // Word starts before `resume` lie inside the previous match.
    let resume = 0;
    for (let k = 0; k < count; k++) {
      const wordStart = starts[k] as number;
      if (wordStart < resume) continue;
      let entry = firstWords.get(hashes[k] as number);
      if (entry === undefined) continue;
      const wordEnd = ends[k] as number;
      while (entry !== undefined && !sameWord(text, wordStart, wordEnd, entry.word)) entry = entry.other;
      if (entry === undefined) continue;
      const match = longestAfter(flat, text, wordStart, wordEnd, entry.flat);
      if (match !== null) {
        out.push(match);
        resume = match.end;
      }
    }
    return out;
  }
}

/**
 * The longest phrase starting at `start` and ending at a word boundary, or null, given that the word
 * `text[start, wordEnd)` (which ends at a word boundary) leads to the node at offset `node` of `trie`.
 */
function longestAfter<V>(trie: FlatTrie<V>, text: string, start: number, wordEnd: number, node: number): PhraseMatch<V> | null {
  const cells = trie.cells;
  const length = text.length;
  let j = wordEnd;
  let bestEnd = -1;
  let best = cells[node]!;
  if (best >= 0) bestEnd = j;
  while (j < length) {
    let c = foldCode(text.charCodeAt(j));
    const child = flatChild(cells, node, c);
    if (child < 0) break;
    node = child;
    j++;
    if (c === SPACE) {
      // Further spaces in the text collapse into the one the phrase has.
      while (j < length && (c = foldCode(text.charCodeAt(j))) === SPACE) j++;
    }
    if (cells[node]! >= 0 && (j >= length || !isWordChar(text.charCodeAt(j)))) {
      bestEnd = j;
      best = cells[node]!;
    }
  }
  return best < 0 ? null : { start, end: bestEnd, value: trie.values[best]! };
}

/** True when `text[start, end)` is `word`. */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  return true;
}

/** Hash of the word `text[start, end)`, the same function `scan` computes while skipping a word. */
function wordHash(text: string, start: number, end: number): number {
  let hash = text.charCodeAt(start);
  for (let i = start + 1; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) & 0x3fffffff;
  return hash;
}
