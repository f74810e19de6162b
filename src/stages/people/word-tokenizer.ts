/**
 * Splits a document into the word and punctuation tokens the people stage scans. Offsets are UTF-16 code units into
 * the document text, like every span in Readout.
 */

/**
 * One token, without its position: tokens are shared objects (one per word, punctuation mark or number and spacing),
 * and their offsets are kept apart in {@link TokenList}. A possessive ending ("’s") is split off into its own `poss`
 * token so names and titles end before it. A run of ordinary lower-case words (see {@link tokenize}) on one line is
 * collapsed into one `gap` token with empty `text`, `fold` and `key`: the people stage only needs to know that such
 * words break a name.
 */
export interface Token {
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

/** The tokens of a text and, in parallel arrays, their offsets; valid until the next {@link tokenize} call. */
export interface TokenList {
  readonly tokens: readonly Token[];
  /** Start and past-the-end offset of each token. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /**
   * Ascending indices of the capitalised word tokens that start a run of them: not joined by a single space (no line
   * break) to a capitalised word token before them. A scan for names that start only there reads these instead of
   * every token.
   */
  readonly capStarts: Int32Array;
}

/** Index of a token's spacing variant: 0 none, 1 space, 2 line break. */
type Spacing = 0 | 1 | 2;

/** Shared tokens of one text and kind, by spacing. */
type Variants = [Token | undefined, Token | undefined, Token | undefined];

function variant(variants: Variants, spacing: Spacing, text: string, kind: Token['kind'], fold: string, key: string, cap: boolean, flags: number): Token {
  let token = variants[spacing];
  if (token === undefined) {
    const made: WordInfo = { text, kind, fold, key, cap, spaceBefore: spacing !== 0, lineBreakBefore: spacing === 2, flags, hash: 0, joinedToken: undefined, brokenToken: undefined, keepAsked: undefined, kept: false };
    token = made;
    variants[spacing] = token;
  }
  return token;
}

const GAPS: Variants = [undefined, undefined, undefined];

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

/**
 * Offset buffers reused across calls; {@link tokenize} returns views of them, not copies: a copy of each (an
 * off-heap allocation per document) cost more than the rest of the token bookkeeping.
 */
let STARTS = new Int32Array(4096);
let ENDS = new Int32Array(4096);
let CAP_STARTS = new Int32Array(4096);

/**
 * Tokenises `text`; never throws, returns no tokens for empty text. Lower-case ASCII words whose key (hyphens
 * removed) is not in `keep` are collapsed into `gap` tokens; pass an empty set to keep every word.
 */
export function tokenize(text: string, keep?: ReadonlySet<string>): TokenList {
  const tokens: Token[] = [];
  const length = text.length;
  if (STARTS.length < length + 1) {
    STARTS = new Int32Array(length + 1);
    ENDS = new Int32Array(length + 1);
    CAP_STARTS = new Int32Array(length + 1);
  }
  const starts = STARTS;
  const ends = ENDS;
  const capStarts = CAP_STARTS;
  let n = 0;
  let capCount = 0;
  /** The last token is a capitalised word. */
  let afterCap = false;
  let spacing: Spacing = 0;
  let k = 0;
  const keepHashes = keep === undefined ? null : hashesOf(keep);
  while (k < length) {
    const code = text.charCodeAt(k);
    const cls = code < 128 ? CLASS[code]! : classOf(code);
    if (cls === SPACE) {
      if (spacing === 0) spacing = 1;
      k++;
      continue;
    }
    if (cls === BREAK) {
      spacing = 2;
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
        const info = wordInfo(text.slice(start, k - 2));
        if (info.cap && !(afterCap && spacing === 1)) capStarts[capCount++] = n;
        afterCap = false;
        tokens.push(wordToken(info, spacing));
        starts[n] = start;
        ends[n++] = k - 2;
        tokens.push(possToken(text.slice(k - 2, k)));
        starts[n] = k - 2;
        ends[n++] = k;
      } else {
        const info = keepHashes !== null && plain ? keptPlain(text, start, k, hyphen, hash, keep!, keepHashes) : wordEntry(text, start, k, hash);
        if (info === null) {
          afterCap = false;
          // an ordinary lower-case word: part of a gap
          if (n > 0 && spacing !== 2 && tokens[n - 1]!.kind === 'gap') {
            ends[n - 1] = k;
          } else {
            tokens.push(variant(GAPS, spacing, '', 'gap', '', '', false, 0));
            starts[n] = start;
            ends[n++] = k;
          }
        } else {
          if (info.cap && !(afterCap && spacing === 1)) capStarts[capCount++] = n;
          afterCap = info.cap;
          tokens.push(wordToken(info, spacing));
          starts[n] = start;
          ends[n++] = k;
        }
      }
    } else if (cls === DIGIT) {
      afterCap = false;
      k++;
      while (k < length && CLASS[text.charCodeAt(k)] === DIGIT) k++;
      tokens.push(otherToken(NUMS, text.slice(start, k), 'num', spacing));
      starts[n] = start;
      ends[n++] = k;
    } else {
      afterCap = false;
      if (code >= 0xd800 && code <= 0xdbff && k + 1 < length) {
        k += 2;
        tokens.push(otherToken(PAIRS, text.slice(start, k), 'punct', spacing));
      } else {
        k++;
        tokens.push(punctToken(code, spacing));
      }
      starts[n] = start;
      ends[n++] = k;
    }
    spacing = 0;
  }
  return { tokens, starts: starts.subarray(0, n), ends: ends.subarray(0, n), capStarts: capStarts.subarray(0, capCount) };
}

/** The start of a lower-case Arabic article joined to a name ("al-Maliki", "el-Sisi", "ash-Sharaa"). */
const ARTICLE_JOINED_RE = /^(?:al|el|ad|as|ash|at|ar|an|ul|ud|ur)-[A-Z]/;

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
/**
 * Bits of the key-hash filter: a word whose hash bit is clear is not in the set. Most words of a text are looked up
 * here, each at a random bit: in the pipeline the other stages evict the filter from the CPU caches between two
 * documents, so a small filter (4 KB: 64 cache lines, soon all loaded again) costs less than a sparse one whose every
 * look-up misses; for the few hundred kept words, 1% of the other words pass it and are checked in the set.
 */
const FILTER_BITS = 15;
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
 * The cached word for the plain lower-case ASCII word at `start..end` when it is kept as a word token (its key, hyphens
 * removed, is in `keep`, or it ends in "-level"), else null. `hash` is its key hash; most words are rejected by it
 * without slicing the text. Returning the word saves the kept ones a second cache look-up.
 */
function keptPlain(text: string, start: number, end: number, hyphen: boolean, hash: number, keep: ReadonlySet<string>, hashes: Uint32Array): WordInfo | null {
  if (hyphen && end - start > 6 && text.startsWith('-level', end - 6)) return wordEntry(text, start, end, hash);
  // "Riyad al-Maliki", "Abdel Fattah el-Sisi": a lower-case Arabic article joined to a capitalised name word
  if (hyphen && ARTICLE_JOINED_RE.test(text.slice(start, Math.min(end, start + 5)))) return wordEntry(text, start, end, hash);
  const bit = hash & FILTER_MASK;
  if ((hashes[bit >>> 5]! & (1 << (bit & 31))) === 0) return null;
  const info = wordEntry(text, start, end, hash);
  // (the answer is kept on the cached word, which was just read: asking the set again would read its table, which
  // the other stages have evicted from the CPU caches by the next document)
  if (info.keepAsked !== keep) {
    info.keepAsked = keep;
    info.kept = keep.has(info.key);
  }
  return info.kept ? info : null;
}

function isUpperCode(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 65 && code <= 90;
  const char = text.charAt(index);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/**
 * A cached word, which is also its shared token after a space (the most common one): the other two spacings' tokens
 * hang off it, and it carries its scan hash for the slot cache. Every word token costs memory reads here, and in the
 * full pipeline (other stages between two documents evict these caches) each extra object read is mostly a cache
 * miss. All tokens have this shape (the extra fields unused), so token reads stay monomorphic.
 */
interface WordInfo extends Token {
  /** {@link keyHash} of `text`: the hash the scan computes for it. */
  readonly hash: number;
  /** The shared tokens of this word without spacing and after a line break; created when first needed. */
  joinedToken: Token | undefined;
  brokenToken: Token | undefined;
  /** The `keep` set of {@link tokenize} last asked about this word, and whether the word is in it. */
  keepAsked: ReadonlySet<string> | undefined;
  kept: boolean;
}

/** The shared token of a word with the given spacing. */
function wordToken(info: WordInfo, spacing: Spacing): Token {
  if (spacing === 1) return info;
  const token = spacing === 0 ? info.joinedToken : info.brokenToken;
  if (token !== undefined) return token;
  const made: WordInfo = {
    text: info.text, kind: 'word', fold: info.fold, key: info.key, cap: info.cap, spaceBefore: spacing !== 0, lineBreakBefore: spacing === 2, flags: info.flags,
    hash: info.hash, joinedToken: undefined, brokenToken: undefined, keepAsked: undefined, kept: false,
  };
  if (spacing === 0) info.joinedToken = made;
  else info.brokenToken = made;
  return made;
}

let wordFlags: (fold: string, key: string) => number = () => 0;

/**
 * Sets the function that gives a word's lexicon bits (`Token.flags`) from its `fold` and `key`; the bits are
 * computed once per cached word. Clears the word caches.
 */
export function setWordFlags(flagsOf: (fold: string, key: string) => number): void {
  wordFlags = flagsOf;
  WORD_INFO.clear();
  clearSlots();
}

/**
 * Folded forms and shared tokens of recently seen words. Besides saving the folding, repeated words share one `fold`
 * and `key` string, whose hash the lexicon look-ups then compute only once.
 */
const WORD_INFO = new Map<string, WordInfo>();
const WORD_INFO_SIZE = 100000;

function wordInfo(text: string): WordInfo {
  let info = WORD_INFO.get(text);
  if (info === undefined) {
    const fold = foldWord(text);
    const key = fold.includes('-') || fold.includes('‐') ? fold.replace(/[-‐]/gu, '') : fold;
    info = {
      text, kind: 'word', fold, key, cap: isUpperCode(text, 0), spaceBefore: true, lineBreakBefore: false, flags: wordFlags(fold, key),
      hash: keyHash(text), joinedToken: undefined, brokenToken: undefined, keepAsked: undefined, kept: false,
    };
    if (WORD_INFO.size >= WORD_INFO_SIZE) WORD_INFO.clear();
    WORD_INFO.set(text, info);
  }
  return info;
}

/**
 * Recently seen words by their scan hash (see {@link keyHash}): a direct-mapped cache indexed by the hash's low bits,
 * whose hits are checked against the word's own hash and text: one flat array, no parallel hash table to read.
 */
const SLOT_BITS = 16;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
const SLOT_INFO: (WordInfo | null)[] = new Array<WordInfo | null>(1 << SLOT_BITS).fill(null);

function clearSlots(): void {
  SLOT_INFO.fill(null);
}

/** The cached word for `text.slice(start, end)`, whose scan hash is `hash`, without slicing the text when seen before. */
function wordEntry(text: string, start: number, end: number, hash: number): WordInfo {
  const slot = hash & SLOT_MASK;
  const cached = SLOT_INFO[slot]!;
  if (cached !== null && cached.hash === hash && cached.text.length === end - start && text.startsWith(cached.text, start)) return cached;
  const entry = wordInfo(text.slice(start, end));
  SLOT_INFO[slot] = entry;
  return entry;
}

/** {@link foldWord}, cached for words seen recently (name words and titles repeat). */
export function foldCached(word: string): string {
  return wordInfo(word).fold;
}

/** Shared punctuation tokens: ASCII by code unit, others by code unit or surrogate pair; numbers by text. */
const ASCII_PUNCT: Variants[] = Array.from({ length: 128 }, () => [undefined, undefined, undefined]);
const PUNCT = new Map<number, Variants>();
const PAIRS = new Map<string, Variants>();
const NUMS = new Map<string, Variants>();
const POSS = new Map<string, Token>();
const OTHER_SIZE = 10000;

function punctToken(code: number, spacing: Spacing): Token {
  let variants = code < 128 ? ASCII_PUNCT[code] : PUNCT.get(code);
  if (variants === undefined) {
    variants = [undefined, undefined, undefined];
    PUNCT.set(code, variants);
  }
  const token = variants[spacing];
  if (token !== undefined) return token;
  const text = String.fromCharCode(code);
  return variant(variants, spacing, text, 'punct', text, text, false, 0);
}

function otherToken(cache: Map<string, Variants>, text: string, kind: Token['kind'], spacing: Spacing): Token {
  let variants = cache.get(text);
  if (variants === undefined) {
    variants = [undefined, undefined, undefined];
    if (cache.size >= OTHER_SIZE) cache.clear();
    cache.set(text, variants);
  }
  return variant(variants, spacing, text, kind, text, text, false, 0);
}

function possToken(text: string): Token {
  let token = POSS.get(text);
  if (token === undefined) {
    const made: WordInfo = { text, kind: 'poss', fold: text, key: text, cap: false, spaceBefore: false, lineBreakBefore: false, flags: 0, hash: 0, joinedToken: undefined, brokenToken: undefined, keepAsked: undefined, kept: false };
    token = made;
    POSS.set(text, token);
  }
  return token;
}
