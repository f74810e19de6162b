/**
 * Splits a document into the word and punctuation tokens the people stage scans. Offsets are UTF-16 code units into
 * the document text, like every span in Readout.
 */

/**
 * One token. A possessive ending ("’s") is split off into its own `poss` token so names and titles end before it.
 * A run of ordinary lower-case words (see {@link tokenize}) on one line is collapsed into one `gap` token with empty
 * `text`, `fold` and `key`: the people stage only needs to know that such words break a name.
 */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'word' | 'num' | 'punct' | 'poss' | 'gap';
  /** Lower case, accents removed, hyphens and apostrophes kept; used for lexicon look-ups. */
  readonly fold: string;
  /** `fold` with hyphens and spaces removed ("Vice-Minister" -> "viceminister"). */
  readonly key: string;
  /** First character is an upper-case letter. */
  readonly cap: boolean;
  /** Whitespace separates this token from the previous one. */
  readonly spaceBefore: boolean;
  /** A line break separates this token from the previous one. */
  readonly lineBreakBefore: boolean;
  /** Lexicon bits of a word token (see {@link setWordFlags}); 0 for every other token. */
  readonly flags: number;
}

const LETTER_RE = /[\p{L}\p{M}]/u;

/** Character classes, per UTF-16 code unit. */
const OTHER = 1;
const SPACE = 2;
const BREAK = 3;
const LETTER = 4;
const DIGIT = 5;
/** Per UTF-16 code unit: 0 not yet known, else one of the classes above; ASCII and spaces filled at load. */
const CLASS = new Uint8Array(65536);
for (let code = 0; code < 128; code++) {
  CLASS[code] = code <= 32 ? SPACE : (code | 32) >= 97 && (code | 32) <= 122 ? LETTER : code >= 48 && code <= 57 ? DIGIT : OTHER;
}
for (const code of [0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000, 0xfeff]) CLASS[code] = SPACE;
for (const code of [10, 13, 0x2028, 0x2029]) CLASS[code] = BREAK;

function classOf(code: number): number {
  const known = CLASS[code]!;
  if (known !== 0) return known;
  const computed = code >= 0xd800 && code <= 0xdfff ? OTHER : LETTER_RE.test(String.fromCharCode(code)) ? LETTER : OTHER;
  CLASS[code] = computed;
  return computed;
}

/** Hyphens and apostrophes that join the parts of one word ("Jean-Yves", "O’Brien", "Kono’s"). */
function isJoiner(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 39 || code === 0x2019;
}

/** Folds a word for look-ups: lower case, accents removed. */
export function foldWord(word: string): string {
  let lower = true;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code > 127) return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (code >= 65 && code <= 90) lower = false;
  }
  return lower ? word : word.toLowerCase();
}

type MutableToken = { -readonly [K in keyof Token]: Token[K] };

/**
 * Tokenises `text`; never throws, returns [] for empty text. Lower-case ASCII words whose key (hyphens removed) is
 * not in `keep` are collapsed into `gap` tokens; pass an empty set to keep every word.
 */
export function tokenize(text: string, keep?: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  let gap: MutableToken | null = null;
  const length = text.length;
  let spaceBefore = false;
  let lineBreakBefore = false;
  let k = 0;
  const keepHashes = keep === undefined ? null : hashesOf(keep);
  while (k < length) {
    const code = text.charCodeAt(k);
    const cls = code < 128 ? CLASS[code]! : classOf(code);
    if (cls === SPACE) {
      spaceBefore = true;
      k++;
      continue;
    }
    if (cls === BREAK) {
      spaceBefore = true;
      lineBreakBefore = true;
      k++;
      continue;
    }
    const start = k;
    if (cls === LETTER) {
      // plain: ASCII only, starting lower case; hash: of the word without hyphens (see keyHash)
      let plain = code >= 97 && code <= 122;
      let hyphen = false;
      let hash = code;
      k++;
      while (k < length) {
        const next = text.charCodeAt(k);
        const nextClass = next < 128 ? CLASS[next]! : classOf(next);
        if (nextClass === LETTER || nextClass === DIGIT) {
          if (next > 127) plain = false;
          hash = (Math.imul(hash, 31) + next) & HASH_MASK;
          k++;
        } else if (isJoiner(next) && k + 1 < length) {
          const after = text.charCodeAt(k + 1);
          const afterClass = after < 128 ? CLASS[after]! : classOf(after);
          if (afterClass !== LETTER && afterClass !== DIGIT) break;
          if (next === 45) hyphen = true;
          else {
            if (next > 127) plain = false;
            hash = (Math.imul(hash, 31) + next) & HASH_MASK;
          }
          if (after > 127) plain = false;
          hash = (Math.imul(hash, 31) + after) & HASH_MASK;
          k += 2;
        } else break;
      }
      const apostrophe = k - start > 2 ? text.charCodeAt(k - 2) : 0;
      if ((apostrophe === 39 || apostrophe === 0x2019) && (text.charCodeAt(k - 1) | 32) === 115) {
        const stem = text.slice(start, k - 2);
        tokens.push(makeToken(stem, start, 'word', spaceBefore, lineBreakBefore));
        tokens.push(makeToken(text.slice(k - 2, k), k - 2, 'poss', false, false));
      } else if (keepHashes !== null && plain && !keepsPlain(text, start, k, hyphen, hash, keep!, keepHashes)) {
        // an ordinary lower-case word: part of a gap
        if (gap !== null && !lineBreakBefore && tokens[tokens.length - 1] === gap) {
          gap.end = k;
        } else {
          gap = { start, end: k, text: '', kind: 'gap', fold: '', key: '', cap: false, spaceBefore, lineBreakBefore, flags: 0 };
          tokens.push(gap);
        }
      } else {
        tokens.push(wordToken(text, start, k, hash, spaceBefore, lineBreakBefore));
      }
    } else if (cls === DIGIT) {
      k++;
      while (k < length && CLASS[text.charCodeAt(k)] === DIGIT) k++;
      tokens.push(makeToken(text.slice(start, k), start, 'num', spaceBefore, lineBreakBefore));
    } else {
      if (code >= 0xd800 && code <= 0xdbff && k + 1 < length) {
        k += 2;
        tokens.push(makeToken(text.slice(start, k), start, 'punct', spaceBefore, lineBreakBefore));
      } else {
        k++;
        tokens.push(makeToken(charString(code), start, 'punct', spaceBefore, lineBreakBefore));
      }
    }
    spaceBefore = false;
    lineBreakBefore = false;
  }
  return tokens;
}

/** Word hashes stay small integers (Smis), which keeps the hash-keyed maps fast. */
const HASH_MASK = 0x3fffffff;

/** Hash of a word with its hyphens removed, as computed while scanning it. */
function keyHash(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code !== 45) hash = k === 0 ? code : (Math.imul(hash, 31) + code) & HASH_MASK;
  }
  return hash;
}

const KEEP_HASHES = new WeakMap<ReadonlySet<string>, Uint32Array>();
/** Bits of the key-hash filter: a word whose hash bit is clear is not in the set. */
const FILTER_BITS = 18;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/** A bit filter of the key hashes of the words in `keep` (cached per set; the set must not change afterwards). */
function hashesOf(keep: ReadonlySet<string>): Uint32Array {
  let hashes = KEEP_HASHES.get(keep);
  if (hashes === undefined) {
    hashes = new Uint32Array(1 << (FILTER_BITS - 5));
    for (const word of keep) {
      const bit = keyHash(word) & FILTER_MASK;
      hashes[bit >>> 5]! |= 1 << (bit & 31);
    }
    KEEP_HASHES.set(keep, hashes);
  }
  return hashes;
}

/**
 * Whether the plain lower-case ASCII word at `start..end` is kept as a word token: its key (hyphens removed) is in
 * `keep`, or it ends in "-level". `hash` is its key hash; most words are rejected by it without slicing the text.
 */
function keepsPlain(text: string, start: number, end: number, hyphen: boolean, hash: number, keep: ReadonlySet<string>, hashes: Uint32Array): boolean {
  if (hyphen && end - start > 6 && text.startsWith('-level', end - 6)) return true;
  const bit = hash & FILTER_MASK;
  return (hashes[bit >>> 5]! & (1 << (bit & 31))) !== 0 && keep.has(wordEntry(text, start, end, hash).key);
}

function isUpperCode(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 65 && code <= 90;
  const char = text.charAt(index);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

interface WordInfo {
  readonly fold: string;
  readonly key: string;
  readonly cap: boolean;
  readonly flags: number;
}

let wordFlags: (fold: string, key: string) => number = () => 0;

/**
 * Sets the function that gives a word's lexicon bits (`Token.flags`) from its `fold` and `key`; the bits are
 * computed once per cached word. Clears the word caches.
 */
export function setWordFlags(flagsOf: (fold: string, key: string) => number): void {
  wordFlags = flagsOf;
  WORD_INFO.clear();
  WORD_BY_HASH.clear();
}

/**
 * Folded forms of recently seen words. Besides saving the folding, repeated words share one `fold` and `key` string,
 * whose hash the lexicon look-ups then compute only once.
 */
const WORD_INFO = new Map<string, WordInfo>();
const WORD_INFO_SIZE = 20000;

function wordInfo(text: string): WordInfo {
  let info = WORD_INFO.get(text);
  if (info === undefined) {
    const fold = foldWord(text);
    const key = fold.includes('-') || fold.includes('‐') ? fold.replace(/[-‐]/gu, '') : fold;
    info = { fold, key, cap: isUpperCode(text, 0), flags: wordFlags(fold, key) };
    if (WORD_INFO.size >= WORD_INFO_SIZE) WORD_INFO.clear();
    WORD_INFO.set(text, info);
  }
  return info;
}

/** Recently seen words by their scan hash (see {@link keyHash}); a hit is checked against the text. */
const WORD_BY_HASH = new Map<number, WordInfo & { readonly text: string }>();

/** The word token for `text.slice(start, end)`, without slicing the text when the word was seen before. */
function wordToken(text: string, start: number, end: number, hash: number, spaceBefore: boolean, lineBreakBefore: boolean): Token {
  const entry = wordEntry(text, start, end, hash);
  return { start, end, text: entry.text, kind: 'word', fold: entry.fold, key: entry.key, cap: entry.cap, spaceBefore, lineBreakBefore, flags: entry.flags };
}

/** The cached word and folded forms for `text.slice(start, end)`, whose scan hash is `hash`. */
function wordEntry(text: string, start: number, end: number, hash: number): WordInfo & { readonly text: string } {
  let entry = WORD_BY_HASH.get(hash);
  if (entry === undefined || entry.text.length !== end - start || !text.startsWith(entry.text, start)) {
    const word = text.slice(start, end);
    const info = wordInfo(word);
    entry = { text: word, fold: info.fold, key: info.key, cap: info.cap, flags: info.flags };
    if (WORD_BY_HASH.size >= WORD_INFO_SIZE) WORD_BY_HASH.clear();
    WORD_BY_HASH.set(hash, entry);
  }
  return entry;
}

/** {@link foldWord}, cached for words seen recently (name words and titles repeat). */
export function foldCached(word: string): string {
  return wordInfo(word).fold;
}

/** One-character strings by code unit (ASCII prefilled; others cached on first use). */
const ASCII_STRINGS: readonly string[] = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));
const CHAR_STRINGS = new Map<number, string>();

function charString(code: number): string {
  if (code < 128) return ASCII_STRINGS[code]!;
  let char = CHAR_STRINGS.get(code);
  if (char === undefined) {
    char = String.fromCharCode(code);
    CHAR_STRINGS.set(code, char);
  }
  return char;
}

function makeToken(text: string, start: number, kind: Token['kind'], spaceBefore: boolean, lineBreakBefore: boolean): Token {
  if (kind === 'word') {
    const info = wordInfo(text);
    return { start, end: start + text.length, text, kind, fold: info.fold, key: info.key, cap: info.cap, spaceBefore, lineBreakBefore, flags: info.flags };
  }
  return { start, end: start + text.length, text, kind, fold: text, key: text, cap: false, spaceBefore, lineBreakBefore, flags: 0 };
}
