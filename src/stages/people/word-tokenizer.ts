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
}

const LETTER_RE = /[\p{L}\p{M}]/u;
/** Per UTF-16 code unit: 0 not yet known, 1 letter or mark, 2 other. */
const LETTER_TABLE = new Uint8Array(65536);

function isLetter(code: number): boolean {
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  let known = LETTER_TABLE[code]!;
  if (known === 0) {
    known = code >= 0xd800 && code <= 0xdfff ? 2 : LETTER_RE.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_TABLE[code] = known;
  }
  return known === 1;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSpace(code: number): boolean {
  return (
    code <= 32 || code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
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

/** True for a word that starts with an ASCII lower-case letter and is written in ASCII only. */
function isPlainLower(raw: string): boolean {
  const first = raw.charCodeAt(0);
  if (first < 97 || first > 122) return false;
  for (let k = 1; k < raw.length; k++) if (raw.charCodeAt(k) > 127) return false;
  return true;
}

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
  while (k < length) {
    const code = text.charCodeAt(k);
    if (isSpace(code)) {
      spaceBefore = true;
      if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) lineBreakBefore = true;
      k++;
      continue;
    }
    const start = k;
    if (isLetter(code)) {
      k++;
      while (k < length) {
        const next = text.charCodeAt(k);
        if (isLetter(next) || isDigit(next)) k++;
        else if (isJoiner(next) && k + 1 < length && (isLetter(text.charCodeAt(k + 1)) || isDigit(text.charCodeAt(k + 1)))) k += 2;
        else break;
      }
      const raw = text.slice(start, k);
      const apostrophe = raw.length > 2 ? raw.charCodeAt(raw.length - 2) : 0;
      if ((apostrophe === 39 || apostrophe === 0x2019) && (raw.charCodeAt(raw.length - 1) | 32) === 115) {
        const stem = raw.slice(0, -2);
        tokens.push(makeToken(stem, start, 'word', spaceBefore, lineBreakBefore));
        tokens.push(makeToken(raw.slice(-2), start + stem.length, 'poss', false, false));
      } else if (keep !== undefined && isPlainLower(raw) && !keep.has(raw.includes('-') ? raw.replace(/-/gu, '') : raw) && !raw.endsWith('-level')) {
        if (gap !== null && !lineBreakBefore && tokens[tokens.length - 1] === gap) {
          gap.end = k;
        } else {
          gap = { start, end: k, text: '', kind: 'gap', fold: '', key: '', cap: false, spaceBefore, lineBreakBefore };
          tokens.push(gap);
        }
      } else {
        tokens.push(makeToken(raw, start, 'word', spaceBefore, lineBreakBefore));
      }
    } else if (isDigit(code)) {
      k++;
      while (k < length && isDigit(text.charCodeAt(k))) k++;
      tokens.push(makeToken(text.slice(start, k), start, 'num', spaceBefore, lineBreakBefore));
    } else {
      k += code >= 0xd800 && code <= 0xdbff && k + 1 < length ? 2 : 1;
      tokens.push(makeToken(text.slice(start, k), start, 'punct', spaceBefore, lineBreakBefore));
    }
    spaceBefore = false;
    lineBreakBefore = false;
  }
  return tokens;
}

function isUpperCode(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 65 && code <= 90;
  const char = text.charAt(index);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

function makeToken(text: string, start: number, kind: Token['kind'], spaceBefore: boolean, lineBreakBefore: boolean): Token {
  let fold = text;
  let key = text;
  let cap = false;
  if (kind === 'word') {
    fold = foldWord(text);
    key = fold.includes('-') || fold.includes('‐') ? fold.replace(/[-‐]/gu, '') : fold;
    cap = isUpperCode(text, 0);
  }
  return { start, end: start + text.length, text, kind, fold, key, cap, spaceBefore, lineBreakBefore };
}
