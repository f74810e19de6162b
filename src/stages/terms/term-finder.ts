/**
 * Foreign-language terms: a term in another script (or a transliteration) given with its English
 * gloss and, optionally, an abbreviation — `“priority development areas”(Территории опережающего
 * развития, TOR)`. An English phrase followed by "(ABBR)" is only an abbreviation and is skipped.
 */
import { ENGLISH_ENDINGS, ENGLISH_WORDS } from './term-lexicon.ts';

/** A piece of the text with its offsets. */
export interface TextPiece {
  readonly text: string;
  /** `[start, end)` into the document text. */
  readonly span: [number, number];
}

/** A foreign-language term with its English gloss and abbreviation when the text gives them. */
export interface FoundTerm {
  readonly term: TextPiece;
  /** The English words it is explained by; null when none is given. */
  readonly gloss: TextPiece | null;
  /** Abbreviation given with it ("TOR"); null when none. */
  readonly abbreviation: TextPiece | null;
  /** `terms/<pattern>`. */
  readonly rule: string;
}

/** Letters of scripts other than Latin: Cyrillic, Greek, Arabic, Hebrew, CJK, kana, Hangul, Devanagari, Thai, ... */
const NON_LATIN_LETTER = '[\\p{Script=Cyrillic}\\p{Script=Greek}\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Devanagari}\\p{Script=Thai}\\p{Script=Georgian}\\p{Script=Armenian}\\p{Script=Bengali}\\p{Script=Ethiopic}]';
const NON_LATIN_RE = new RegExp(NON_LATIN_LETTER, 'u');
const NON_LATIN_PRESENT_RE = new RegExp(NON_LATIN_LETTER, 'u');
const PAREN_RE = /\(([^()\n]{1,160})\)/g;
const ABBREVIATION_RE = /^[\p{Lu}][\p{Lu}\p{N}&.-]{1,9}$/u;
const QUOTED_BEFORE_RE = /[“"‘]([^“”"‘’\n]{1,80})[”"’]\s*$/u;
const WORDS_BEFORE_RE = /((?:[\p{L}\p{N}][\p{L}\p{N}’'-]*\s+){0,5}[\p{L}\p{N}][\p{L}\p{N}’'-]*)\s*$/u;
/** A run of non-Latin words (with spaces and hyphens) right before a parenthesis. */
const NON_LATIN_RUN_BEFORE_RE = new RegExp(`(${NON_LATIN_LETTER}[${NON_LATIN_LETTER.slice(1, -1)}\\s\\-’'·]*${NON_LATIN_LETTER})\\s*$|(${NON_LATIN_LETTER})\\s*$`, 'u');
const ENGLISH = new Set(ENGLISH_WORDS);
const ENGLISH_ENDING_RE = new RegExp(`${ENGLISH_ENDINGS}$`, 'i');
const GLOSS_STOP = new Set(['the', 'a', 'an', 'of', 'called', 'so-called', 'named', 'as', 'and', 'or', 'in', 'on', 'for', 'to', 'with', 'by']);

/** Letters of the scripts above all sit at U+0370 or higher: each code unit there is judged once and remembered. */
const NON_LATIN_CODE = new Uint8Array(0x10000); // 0 unknown, 1 non-Latin letter, 2 not

/** Same answer as `NON_LATIN_PRESENT_RE.test(text)`, without running the script classes over every character. */
function hasNonLatinLetter(text: string): boolean {
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x370) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (NON_LATIN_RE.test(text.slice(i, i + 2))) return true;
        i++;
        continue;
      }
    }
    let known = NON_LATIN_CODE[c];
    if (known === 0) {
      known = NON_LATIN_RE.test(String.fromCharCode(c)) ? 1 : 2;
      NON_LATIN_CODE[c] = known;
    }
    if (known === 1) return true;
  }
  return false;
}

/** JavaScript's `\s` for one UTF-16 code unit. */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether `text[floor, end)` ends with a closing quote and optional spaces: what {@link QUOTED_BEFORE_RE} needs at its end. */
function closingQuoteBefore(text: string, end: number, floor: number): boolean {
  let e = end;
  while (e > floor && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e <= floor) return false;
  const c = text.charCodeAt(e - 1);
  return c === 0x201d || c === 0x22 || c === 0x2019;
}

function piece(text: string, start: number, end: number): TextPiece {
  return { text: text.slice(start, end), span: [start, end] };
}

/** Splits "term, ABBR" inside a parenthesis; offsets relative to the parenthesis content. */
function splitAbbreviation(content: string): { term: [number, number]; abbreviation: [number, number] | null } {
  const comma = content.lastIndexOf(',');
  if (comma > 0) {
    const tail = content.slice(comma + 1).trim();
    if (ABBREVIATION_RE.test(tail)) {
      const tailStart = content.indexOf(tail, comma + 1);
      return { term: trimmed(content, 0, comma), abbreviation: [tailStart, tailStart + tail.length] };
    }
  }
  return { term: trimmed(content, 0, content.length), abbreviation: null };
}

function trimmed(s: string, a: number, b: number): [number, number] {
  while (a < b && /\s/.test(s[a] ?? '')) a++;
  while (b > a && /\s/.test(s[b - 1] ?? '')) b--;
  return [a, b];
}

/** English gloss right before `end`: a quoted phrase, else up to six words back to a stop word or punctuation. */
function glossBefore(text: string, end: number): TextPiece | null {
  const window = text.slice(Math.max(0, end - 100), end);
  const base = end - window.length;
  const q = QUOTED_BEFORE_RE.exec(window);
  if (q?.[1] !== undefined && !NON_LATIN_PRESENT_RE.test(q[1])) {
    const s = base + q.index + q[0].indexOf(q[1]);
    return piece(text, s, s + q[1].length);
  }
  const w = WORDS_BEFORE_RE.exec(window);
  if (w?.[1] === undefined || NON_LATIN_PRESENT_RE.test(w[1])) return null;
  const words = w[1].split(/\s+/);
  // Drop leading function words: "the priority development areas" -> "priority development areas".
  let skip = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    if (GLOSS_STOP.has((words[i] ?? '').toLowerCase())) { skip = i + 1; break; }
  }
  const kept = words.slice(skip);
  if (kept.length === 0) return null;
  const glossText = kept.join(' ');
  const s = base + w.index + w[1].length - glossText.length;
  return text.slice(s, s + glossText.length) === glossText ? piece(text, s, s + glossText.length) : null;
}

/** Latin initials a Cyrillic initial is commonly transliterated with. */
const CYRILLIC_INITIALS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'vw', г: 'gh', д: 'd', е: 'ey', ё: 'ey', ж: 'zj', з: 'z', и: 'i', й: 'yij', к: 'kc', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'khx', ц: 'tc', ч: 'c', ш: 's', щ: 's', э: 'e',
  ю: 'yj', я: 'yj',
};

/**
 * True when the Latin words before the parenthesis spell the same words as the Cyrillic term
 * ("Yuriy Andrienko (Юрий Андриенко)"): a name given in both scripts, not a term with a gloss.
 */
function isSameNameTransliterated(term: string, gloss: string): boolean {
  const t = term.split(/\s+/).filter((w) => w !== '');
  const g = gloss.split(/\s+/).filter((w) => w !== '');
  if (t.length < 2 || g.length < t.length) return false;
  const tail = g.slice(g.length - t.length);
  return t.every((w, i) => {
    const initials = CYRILLIC_INITIALS[(w[0] ?? '').toLowerCase()];
    const latin = (tail[i]?.[0] ?? '').toLowerCase();
    return initials !== undefined && initials.includes(latin) && /^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(tail[i] ?? '');
  });
}

/** True when Latin words in a parenthesis look like a transliteration rather than English (two words at least). */
function looksTransliterated(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  for (const w of words) {
    const lower = w.toLowerCase().replace(/[’'.,]+$/u, '');
    if (!/^[\p{Script=Latin}’'-]+$/u.test(lower) || ENGLISH.has(lower) || ENGLISH_ENDING_RE.test(lower) || /^\p{N}/u.test(lower)) return false;
  }
  // A single capitalised word is more likely a name than a term.
  return words.some((w) => /^\p{Ll}/u.test(w));
}

/**
 * Foreign-language terms in the text, in text order:
 * - `terms/gloss-then-script`: English gloss (quoted or plain) followed by a parenthesis holding
 *   non-Latin words, optionally ", ABBR";
 * - `terms/script-then-gloss`: non-Latin words followed by a parenthesis holding the English gloss;
 * - `terms/gloss-then-transliteration`: a quoted English phrase followed by a parenthesis of Latin
 *   words that are not English (no English function words or endings), optionally ", ABBR".
 */
export function findTerms(text: string): FoundTerm[] {
  const out: FoundTerm[] = [];
  if (!text.includes('(')) return out;
  const anyNonLatin = hasNonLatinLetter(text);
  PAREN_RE.lastIndex = 0;
  for (let m = PAREN_RE.exec(text); m !== null; m = PAREN_RE.exec(text)) {
    const content = m[1] ?? '';
    const contentStart = m.index + 1;
    if (anyNonLatin && NON_LATIN_RE.test(content)) {
      const { term, abbreviation } = splitAbbreviation(content);
      if (term[1] <= term[0]) continue;
      const termText = content.slice(term[0], term[1]);
      if (!NON_LATIN_RE.test(termText)) continue;
      const gloss = glossBefore(text, m.index);
      if (gloss !== null && isSameNameTransliterated(termText, gloss.text)) continue;
      out.push({
        term: piece(text, contentStart + term[0], contentStart + term[1]),
        gloss,
        abbreviation: abbreviation === null ? null : piece(text, contentStart + abbreviation[0], contentStart + abbreviation[1]),
        rule: 'terms/gloss-then-script',
      });
      continue;
    }
    if (anyNonLatin) {
      const before = text.slice(Math.max(0, m.index - 120), m.index);
      const run = NON_LATIN_RUN_BEFORE_RE.exec(before);
      const runText = run?.[1] ?? run?.[2];
      if (run !== null && runText !== undefined && /^[\p{Script=Latin}\s’'-]+$/u.test(content.trim())) {
        const s = m.index - before.length + run.index;
        const { term: g, abbreviation } = splitAbbreviation(content);
        out.push({
          term: piece(text, s, s + runText.length),
          gloss: g[1] > g[0] ? piece(text, contentStart + g[0], contentStart + g[1]) : null,
          abbreviation: abbreviation === null ? null : piece(text, contentStart + abbreviation[0], contentStart + abbreviation[1]),
          rule: 'terms/script-then-gloss',
        });
        continue;
      }
    }
    // Transliteration after a quoted English phrase.
    if (!closingQuoteBefore(text, m.index, Math.max(0, m.index - 100))) continue;
    const q = QUOTED_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 100), m.index));
    if (q === null) continue;
    const { term, abbreviation } = splitAbbreviation(content);
    const termText = content.slice(term[0], term[1]);
    if (!looksTransliterated(termText.split(/\s+/).filter((w) => w !== ''))) continue;
    out.push({
      term: piece(text, contentStart + term[0], contentStart + term[1]),
      gloss: glossBefore(text, m.index),
      abbreviation: abbreviation === null ? null : piece(text, contentStart + abbreviation[0], contentStart + abbreviation[1]),
      rule: 'terms/gloss-then-transliteration',
    });
  }
  return out;
}
