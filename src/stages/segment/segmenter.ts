/**
 * The segmenter: document text -> classified lines (blank, chrome, dateline, heading, list item,
 * paragraph) and sentences, with offsets into the text. Word lists and chrome patterns live in
 * `segment-lexicon.ts`.
 */
import type { Span } from '../../domain/record.ts';
import type { Line, SegmentedDoc, Sentence } from '../../domain/mentions.ts';
import { findFullDate, isDatelineText } from './dateline-detector.ts';
import {
  AMBIGUOUS_ABBREVIATIONS,
  BREADCRUMB_ROOTS,
  CHROME_LINE_PATTERNS,
  MAX_CHROME_LINE_LENGTH,
  NON_TERMINAL_ABBREVIATIONS,
  RELATED_SECTION_PATTERNS,
  SENTENCE_OPENERS,
  TITLE_CASE_SMALL_WORDS,
} from './segment-lexicon.ts';

type Kind = Line['kind'];

/**
 * The chrome patterns, case-insensitive. Those anchored at the start go into one regex (tried at the start only); the
 * others (a file name at the end) and those that must end with one of a few characters (a breadcrumb "... >") are
 * tried one by one, the latter only when the line ends with such a character.
 */
const CHROME_RE = new RegExp(
  CHROME_LINE_PATTERNS.filter((p) => p.source.startsWith('^') && lastCharsOf(p.source) === null).map((p) => `(?:${p.source})`).join('|'),
  'i',
);
/** The other chrome patterns, each with the characters one of its matches must end with (null: any). */
const CHROME_OTHERS: readonly { re: RegExp; last: ReadonlySet<number> | null }[] = CHROME_LINE_PATTERNS.filter(
  (p) => !p.source.startsWith('^') || lastCharsOf(p.source) !== null,
).map((p) => {
  const last = lastCharsOf(p.source);
  return { re: new RegExp(p.source, 'i'), last: last === null ? null : new Set([...last].map((ch) => ch.charCodeAt(0))) };
});

/**
 * For a pattern ending with a plain character class and `$` ("...\s[>»/|›]$"), with no top-level alternation: the
 * characters of the class, which a match must end with. Null for other patterns, and for classes with ranges, escapes,
 * negation or letters (which the case-insensitive flag would widen).
 */
function lastCharsOf(source: string): string | null {
  const m = /\[([^\]\\^-]+)\]\$$/.exec(source);
  if (m === null || source.charAt(m.index - 1) === '\\' || hasTopLevelAlternation(source)) return null;
  const chars = m[1]!;
  for (const ch of chars) if (ch.toLowerCase() !== ch.toUpperCase() || ch.length !== 1) return null;
  return chars;
}

function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

function isChromeLine(c: string): boolean {
  if (CHROME_RE.test(c)) return true;
  const last = c.charCodeAt(c.length - 1);
  for (const { re, last: ends } of CHROME_OTHERS) if ((ends === null || ends.has(last)) && re.test(c)) return true;
  return false;
}

const NON_TERMINAL_KIND = 1;
const AMBIGUOUS_KIND = 2;
/** Both abbreviation lists in one map; a non-terminal abbreviation wins over an ambiguous one. */
const ABBREVIATIONS = new Map<string, number>();
for (const a of AMBIGUOUS_ABBREVIATIONS) ABBREVIATIONS.set(a, AMBIGUOUS_KIND);
for (const a of NON_TERMINAL_ABBREVIATIONS) ABBREVIATIONS.set(a, NON_TERMINAL_KIND);
/** 1 for each ASCII character that starts a listed abbreviation (all of them are ASCII). */
const ABBREVIATION_FIRST = new Uint8Array(0x80);
for (const a of ABBREVIATIONS.keys()) {
  const code = a.charCodeAt(0);
  if (code >= 0x80) throw new Error(`segmenter: abbreviations must be ASCII: ${a}`);
  ABBREVIATION_FIRST[code] = 1;
}
const OPENERS = new Set(SENTENCE_OPENERS);
const SMALL_WORDS = new Set(TITLE_CASE_SMALL_WORDS);
const MAX_SMALL_WORD_LENGTH = Math.max(...TITLE_CASE_SMALL_WORDS.map((w) => w.length));
const MAX_ABBREVIATION_LENGTH = Math.max(...NON_TERMINAL_ABBREVIATIONS.map((a) => a.length), ...AMBIGUOUS_ABBREVIATIONS.map((a) => a.length));
const BREADCRUMB_ROOT_SET = new Set(BREADCRUMB_ROOTS);

/** A structural marker at the start of a line: bullet, "1.", "1)", "(1)", "(i)", "II.", "a)". */
const MARKER_RE = /(?:[•·▪‣◦●■□➢►▶✓\-–—*]|\d{1,3}[.)]|\((?:\d{1,3}|[ivxlc]{1,6}|[IVXLC]{1,6}|[a-zA-Z])\)|[IVXLC]{1,6}\.|[a-zA-Z][.)])(?=\s|$)|\((?:\d{1,3}|[ivxlc]{1,6}|[IVXLC]{1,6}|[a-zA-Z])\)(?=\S)/y;
const BULLET_RE = /^[•·▪‣◦●■□➢►▶✓\-–—*]$/;
const INNER_SENTENCE = /\p{Ll}{2}[.!?]\s+["“]?\p{Lu}/u;
const STARTS_UPPER = /^["“‘(\[]?[\p{Lu}\d]/u;
const STARTS_CAPITAL = /^[\p{Lu}\d]/u;
const ALL_CAPS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
/** The words counted in a heading candidate: `/[\p{L}\d][\p{L}\d'’\-.&]*\/gu`, matched by hand in `isHeading`. */
const URL_RE = /https?:\/\/|www\.[\w-]+\.\w/i;
const TRAILING_NUMBER = /[\s\-–(#]*\d{1,2}\)?$/;
/**
 * Where a sentence ends: `/[.!?]+["”’»)\]]*\s+(?=["“‘«(\[]?\p{Lu}|["“‘«])/gu`, matched by hand in `splitSentences` (see
 * {@link isStopPunct}, {@link isCloser}, {@link opensSentence}).
 */
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
const NEXT_WORD = /[\p{L}\d']+/uy;

const MAX_HEADING_LENGTH = 120;
const MAX_NUMBERED_HEADING_WORDS = 14;
const MAX_PLAIN_HEADING_LENGTH = 100;

interface Draft {
  start: number;
  end: number;
  /** Offset of the first non-space character. */
  first: number;
  contentStart: number;
  /** End of the content without trailing spaces. */
  contentEnd: number;
  kind: Kind;
  marker: string | null;
  content: string;
}

/**
 * Split `text` into lines and sentences.
 *
 * Lines end at LF (a preceding CR is left out of the span). Each line is classified:
 * `blank`; `chrome` (captions, share/print links, "Back to ...", breadcrumbs, contact blocks and the
 * boilerplate tail after the last paragraph); `dateline`; `heading` (a short line without final
 * punctuation: title-cased, or numbered "1. North Korea", "(1) ...", "II. ..."); `list-item` (bullets and
 * numbered sentences); `paragraph`. Sentences are split inside a line at . ! ? followed by a capital or
 * a quote, not after abbreviations or initials; blank and chrome lines have no sentences.
 */
export function segmentText(text: string): SegmentedDoc {
  const drafts = splitLines(text);
  for (const d of drafts) classify(d);
  markCaptionSeries(drafts);
  markBreadcrumbList(drafts);
  markRelatedLinks(drafts);
  markTrailingBoilerplate(drafts);
  demoteFinalHeading(drafts);

  const lines: Line[] = drafts.map((d) => ({ span: [d.start, d.end] as const, contentStart: d.contentStart, kind: d.kind, marker: d.marker }));
  const sentences: Sentence[] = [];
  drafts.forEach((d, i) => {
    if (d.kind !== 'blank' && d.kind !== 'chrome') splitSentences(text, d, i, sentences);
  });
  return { text, lines, sentences, chrome: chromeSpans(drafts) };
}

/**
 * The document's section headings in order, the way gold `topics` lists them: headings after the first
 * body paragraph (so the page title and a section header above the dateline are left out), numbered
 * ones ("1. North Korea", "(1) Joint economic activities ...") with the marker stripped. When there are no
 * numbered headings, two or more plain headings inside the body count. Empty when the text has no
 * headings (the topics then have to be summarised from the sentences).
 */
export function findTopicHeadings(doc: SegmentedDoc): { text: string; span: Span }[] {
  const { text, lines } = doc;
  let bodyStart = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if ((l.kind === 'paragraph' || l.kind === 'list-item') && isBodyText(text.slice(l.contentStart, l.span[1]).trim())) {
      bodyStart = i;
      break;
    }
  }
  if (bodyStart < 0) return [];
  const titles = new Set<string>();
  for (let i = 0; i < bodyStart; i++) {
    const l = lines[i]!;
    if (l.kind === 'heading') titles.add(text.slice(l.contentStart, l.span[1]).trim().toLowerCase());
  }
  const numbered: { text: string; span: Span }[] = [];
  const plain: { text: string; span: Span }[] = [];
  for (let i = bodyStart + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind !== 'heading') continue;
    const raw = text.slice(l.contentStart, l.span[1]);
    const value = raw.trim();
    const numberedHeading = l.marker !== null && !BULLET_RE.test(l.marker);
    if (value === '' || (!numberedHeading && titles.has(value.toLowerCase()))) continue;
    const start = l.contentStart + raw.indexOf(value);
    const item = { text: value, span: [start, start + value.length] as const };
    (numberedHeading ? numbered : plain).push(item);
  }
  if (numbered.length > 0) return numbered;
  return plain.length >= 2 ? plain : [];
}

function isBodyText(content: string): boolean {
  if (content.length >= 100) return true;
  return content.length >= 30 && /[.!?:]["”’)]?$/.test(content) && spacesAtLeast(content, 5);
}

/** `content.split(' ').length > n`, i.e. at least `n` spaces, counted without building the pieces. */
function spacesAtLeast(content: string, n: number): boolean {
  let count = 0;
  for (let at = content.indexOf(' '); at >= 0; at = content.indexOf(' ', at + 1)) if (++count >= n) return true;
  return false;
}

function splitLines(text: string): Draft[] {
  const drafts: Draft[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const lineEnd = nl < 0 ? text.length : nl;
    const end = lineEnd > start && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    drafts.push(parseLine(text, start, end));
    if (nl < 0) break;
    start = nl + 1;
  }
  if (drafts.length > 1 && drafts[drafts.length - 1]!.start === text.length) drafts.pop();
  return drafts;
}

function parseLine(text: string, start: number, end: number): Draft {
  let pos = skipSpaces(text, start, end);
  const first = pos;
  let contentEnd = end;
  while (contentEnd > pos && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
  let marker: string | null = null;
  // strip up to three nested markers ("  • (1) ...", "1. 1. ...")
  for (let k = 0; k < 3 && pos < contentEnd; k++) {
    if (!mayStartMarker(text, pos)) break;
    MARKER_RE.lastIndex = pos;
    const m = MARKER_RE.exec(text);
    if (m === null || pos + m[0].length > contentEnd) break;
    // a single capital + "." starting a name ("A. Smith") is an initial, not a marker, unless a digit-list style follows
    if (/^[A-Z]\.$/.test(m[0]) && /^[A-Z]\.\s+\p{Lu}\p{Ll}/u.test(text.slice(pos, pos + 6)) && k === 0 && !/^[IVX]\.$/.test(m[0])) break;
    marker ??= m[0];
    pos = skipSpaces(text, pos + m[0].length, contentEnd);
  }
  // "27. 2. 2024" is a date's day, not a numbered item's "27.": a line whose full date begins where the marker does
  // keeps it (a numbered "1. March 3, 2024 ..." has its date after the marker)
  if (marker !== null && isDigit(text.charCodeAt(first)) && findFullDate(text.slice(first, contentEnd))?.index === 0) {
    marker = null;
    pos = first;
  }
  const content = text.slice(pos, contentEnd);
  return { start, end, first, contentStart: marker === null ? first : pos, contentEnd, kind: 'paragraph', marker, content };
}

/** Same answer as running `/[ \t\u00a0\u3000]*\/y` from `pos` and capping the result at `end`. */
/**
 * False when {@link MARKER_RE} cannot match at `pos`, judged from one or two characters: a marker starts with a
 * bullet, a digit or "("; one that starts with a letter is a roman numeral or has "." or ")" right after the letter.
 */
function mayStartMarker(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if (c >= 0x30 && c <= 0x39) return true;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
    // I V X L C
    if (c === 0x49 || c === 0x56 || c === 0x58 || c === 0x4c || c === 0x43) return true;
    const d = text.charCodeAt(pos + 1);
    return d === 0x2e || d === 0x29;
  }
  return c === 0x28 || MARKER_FIRST.has(c);
}

/** The bullet characters of {@link MARKER_RE}. */
const MARKER_FIRST = new Set([...'•·▪‣◦●■□➢►▶✓-–—*'].map((ch) => ch.charCodeAt(0)));

function skipSpaces(text: string, pos: number, end: number): number {
  while (pos < end) {
    const c = text.charCodeAt(pos);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x3000) break;
    pos++;
  }
  return pos;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || code === 13;
}

function classify(d: Draft): void {
  const c = d.content;
  if (c === '' && d.marker === null) {
    d.kind = 'blank';
    return;
  }
  if ((c.length <= MAX_CHROME_LINE_LENGTH && (isChromeLine(c) || (d.marker === null && mayStartUrl(c) && URL_ONLY.test(c)))) || (c.length <= 250 && mayStartBreadcrumb(c) && BREADCRUMB_TRAIL.test(c))) {
    d.kind = 'chrome';
    return;
  }
  if (d.marker === null && isDatelineText(c)) {
    d.kind = 'dateline';
    return;
  }
  if (isHeading(c, d.marker)) {
    d.kind = 'heading';
    return;
  }
  d.kind = d.marker !== null ? 'list-item' : 'paragraph';
}

/** "Home > News > ..." breadcrumb trails, which can be long. */
const BREADCRUMB_TRAIL = new RegExp(`^(?:${BREADCRUMB_ROOTS.join('|')})\\s*[>»/|›]`, 'i');
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
/** First letters of the breadcrumb roots in both cases ("h", "H", "г", "Г", ...), for a test before BREADCRUMB_TRAIL. */
const BREADCRUMB_FIRST = new Set(BREADCRUMB_ROOTS.flatMap((r) => [r.charCodeAt(0), r.toUpperCase().charCodeAt(0)]));

/** False when BREADCRUMB_TRAIL cannot match: `c` does not start with the first letter of a root, in either case. */
function mayStartBreadcrumb(c: string): boolean {
  return BREADCRUMB_FIRST.has(c.charCodeAt(0));
}

/** False when URL_ONLY cannot match: `c` starts with neither "h" nor "w", in either case. */
function mayStartUrl(c: string): boolean {
  const first = c.charCodeAt(0) | 0x20;
  return first === 0x68 || first === 0x77;
}

/**
 * Same answer as `/[.,;:!?]["”’)]?$/.test(c)` (final . , ; : ! or ?, optionally followed by one closing quote or
 * parenthesis), read from the last two characters instead of a regex run over the whole line.
 */
function endsWithTerminalPunct(c: string): boolean {
  const n = c.length;
  if (n === 0) return false;
  const last = c.charCodeAt(n - 1);
  if (isTerminalPunct(last)) return true;
  // " ” ’ )
  if (n >= 2 && (last === 0x22 || last === 0x201d || last === 0x2019 || last === 0x29)) return isTerminalPunct(c.charCodeAt(n - 2));
  return false;
}

function isTerminalPunct(code: number): boolean {
  // . , ; : ! ?
  return code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f;
}

function isHeading(c: string, marker: string | null): boolean {
  // The cheap tests first; the answer is the same in any order.
  if (c === '' || endsWithTerminalPunct(c) || !startsUpper(c)) return false;
  if (marker !== null) {
    if (BULLET_RE.test(marker)) return false;
    return c.length <= MAX_HEADING_LENGTH && countWords(c) <= MAX_NUMBERED_HEADING_WORDS && !hasInnerSentence(c);
  }
  if (c.length > MAX_PLAIN_HEADING_LENGTH || hasInnerSentence(c)) return false;
  // The words of WORD_RE, walked by code point.
  const n = c.length;
  let words = 0;
  let significant = 0;
  let capitalised = 0;
  let i = 0;
  while (i < n) {
    const first = c.codePointAt(i)!;
    i += first > 0xffff ? 2 : 1;
    if (!isDigitCode(first) && !isLetterPoint(first)) continue;
    const start = i - (first > 0xffff ? 2 : 1);
    while (i < n) {
      const code = c.codePointAt(i)!;
      if (!isWordTail(code)) break;
      i += code > 0xffff ? 2 : 1;
    }
    if (++words > 14) return false;
    if (i - start <= MAX_SMALL_WORD_LENGTH && SMALL_WORDS.has(c.slice(start, i).toLowerCase())) continue;
    significant++;
    if (first < 0x80 ? (first >= 0x41 && first <= 0x5a) || isDigitCode(first) : STARTS_CAPITAL.test(c.slice(start, i))) capitalised++;
  }
  if (words === 0) return false;
  if (ALL_CAPS.test(c)) return true;
  return significant > 0 && capitalised / significant >= 0.6;
}

/** Same answer as `STARTS_UPPER.test(c)`: an optional opening quote or bracket, then a capital or a digit. */
function startsUpper(c: string): boolean {
  const first = c.charCodeAt(0);
  // " “ ‘ ( [
  const i = first === 0x22 || first === 0x201c || first === 0x2018 || first === 0x28 || first === 0x5b ? 1 : 0;
  const code = c.charCodeAt(i);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  if (code !== code) return false; // past the end
  return STARTS_UPPER.test(c);
}

/** Same answer as `INNER_SENTENCE.test(c)`, which needs a . ! or ?. */
function hasInnerSentence(c: string): boolean {
  return (c.includes('.') || c.includes('!') || c.includes('?')) && INNER_SENTENCE.test(c);
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

const LETTER = /^\p{L}$/u;
/** Memo of `\p{L}` for BMP code points: 0 not yet known, 1 yes, 2 no. */
const LETTER_CODE = new Uint8Array(0x10000);

/** `\p{L}` for one code point. */
function isLetterPoint(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code > 0xffff) return LETTER.test(String.fromCodePoint(code));
  let known = LETTER_CODE[code];
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_CODE[code] = known;
  }
  return known === 1;
}

/** `[\p{L}\d'’\-.&]`: a character that continues a word of WORD_RE. */
function isWordTail(code: number): boolean {
  return isDigitCode(code) || code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e || code === 0x26 || isLetterPoint(code);
}

function countWords(c: string): number {
  let n = 1;
  for (let i = 0; i < c.length; i++) if (c.charCodeAt(i) === 32) n++;
  return n;
}

/** Consecutive lines that differ only in a trailing number ("Meeting 1", "Meeting 2") are photo captions. */
function markCaptionSeries(drafts: Draft[]): void {
  let i = 0;
  while (i < drafts.length) {
    const base = captionBase(drafts[i]!);
    if (base === null) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < drafts.length && captionBase(drafts[j]!) === base) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) drafts[k]!.kind = 'chrome';
    i = j;
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function captionBase(d: Draft): string | null {
  if (d.kind === 'blank' || d.kind === 'chrome' || d.content.length > MAX_CHROME_LINE_LENGTH) return null;
  // TRAILING_NUMBER ends with a digit, or a digit and ")": look at the end before running it.
  const n = d.content.length;
  const last = d.content.charCodeAt(n - 1);
  if (!(isDigit(last) || (last === 0x29 && n >= 2 && isDigit(d.content.charCodeAt(n - 2))))) return null;
  if (!TRAILING_NUMBER.test(d.content)) return null;
  const base = d.content.replace(TRAILING_NUMBER, '');
  return base.length >= 3 ? base : null;
}

/** A breadcrumb written as a list at the top: "1. Home", "2. Embassy", "3. Embassy News", ... */
function markBreadcrumbList(drafts: Draft[]): void {
  let seen = 0;
  for (let i = 0; i < drafts.length && seen < 4; i++) {
    const d = drafts[i]!;
    if (d.kind === 'blank') continue;
    seen++;
    if (d.marker === null || !BREADCRUMB_ROOT_SET.has(d.content.toLowerCase())) continue;
    for (let j = i; j < drafts.length; j++) {
      const e = drafts[j]!;
      if (e.marker === null || e.content.length > MAX_CHROME_LINE_LENGTH || endsWithTerminalPunct(e.content)) break;
      e.kind = 'chrome';
    }
    return;
  }
}

const RELATED_SECTION_RE = new RegExp(RELATED_SECTION_PATTERNS.map((p) => `(?:${p.source})`).join('|'), 'i');
/** Longest line a list of related links may hold (a linked title, sometimes with its date). */
const MAX_RELATED_LINK_LENGTH = 200;

/**
 * A list of links to other pages after the story ("Related Press Releases" and the titles under it): chrome, when
 * every non-blank line from its heading to the end is short and none holds two sentences. Searched in the second half
 * of the page only.
 */
function markRelatedLinks(drafts: Draft[]): void {
  // One pass from the end over the run of short lines that ends the page, remembering the earliest related heading
  // with lines after it (so the cost is linear, whatever the page's size).
  let mark = -1;
  let links = 0;
  for (let i = drafts.length - 1; i >= drafts.length >> 1; i--) {
    const d = drafts[i]!;
    if (d.kind === 'blank') continue;
    if (d.content.length > MAX_RELATED_LINK_LENGTH || hasInnerSentence(d.content) || d.kind === 'dateline') break;
    if (links > 0 && d.content.length <= 60 && RELATED_SECTION_RE.test(d.content)) mark = i;
    links++;
  }
  if (mark < 0) return;
  for (let j = mark; j < drafts.length; j++) if (drafts[j]!.kind !== 'blank') drafts[j]!.kind = 'chrome';
}

/**
 * The tail after the last paragraph: citation lines with URLs, and short non-sentence lines (names,
 * offices) sitting among chrome lines ("Media Relations Office", "Follow us on Twitter", "Page details").
 */
function markTrailingBoilerplate(drafts: Draft[]): void {
  let seenChrome = false;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.kind === 'blank') continue;
    if (d.kind === 'chrome') {
      seenChrome = true;
      continue;
    }
    if (d.kind === 'dateline') break;
    if (URL_RE.test(d.content)) {
      d.kind = 'chrome';
      seenChrome = true;
      continue;
    }
    if (seenChrome && d.content.length <= 60 && !/[.!?]["”’)]?$/.test(d.content) && (d.marker === null || BULLET_RE.test(d.marker))) {
      d.kind = 'chrome';
      continue;
    }
    break;
  }
}

/** A numbered "heading" that is the last line of the text is a sentence cut off by truncation. */
function demoteFinalHeading(drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.kind === 'blank' || d.kind === 'chrome') continue;
    if (d.kind === 'heading' && d.marker !== null) d.kind = 'list-item';
    return;
  }
}

function chromeSpans(drafts: Draft[]): Span[] {
  const spans: [number, number][] = [];
  let open: [number, number] | null = null;
  for (const d of drafts) {
    if (d.kind === 'chrome') {
      if (open === null) {
        open = [d.start, d.end];
        spans.push(open);
      } else open[1] = d.end;
    } else if (d.kind !== 'blank') open = null;
  }
  return spans;
}

function splitSentences(text: string, d: Draft, lineIndex: number, out: Sentence[]): void {
  const end = d.contentEnd;
  const base = d.contentStart;
  let start = base;
  if (start >= end) return;
  // Only for indexOf: characters are read from `text` (a slice is slower to read from).
  const segment = text.slice(start, end);
  // The matches of SENTENCE_END, found from the next . ! or ? (offsets in `segment`, each looked up with indexOf, -2
  // before the first look-up, -1 when there is none left).
  let dot = -2;
  let bang = -2;
  let question = -2;
  let pos = 0;
  for (;;) {
    if (dot !== -1 && dot < pos) dot = segment.indexOf('.', pos);
    if (bang !== -1 && bang < pos) bang = segment.indexOf('!', pos);
    if (question !== -1 && question < pos) question = segment.indexOf('?', pos);
    let found = dot;
    if (bang !== -1 && (found === -1 || bang < found)) found = bang;
    if (question !== -1 && (found === -1 || question < found)) found = question;
    if (found === -1) break;
    const stop = base + found;
    let next = stop + 1;
    while (next < end && isStopPunct(text.charCodeAt(next))) next++;
    while (next < end && isCloser(text.charCodeAt(next))) next++;
    const spaceStart = next;
    while (next < end && isWhiteSpace(text.charCodeAt(next))) next++;
    pos = next - base;
    if (next === spaceStart || next >= end || !opensSentence(text, next)) continue;
    if (text.charCodeAt(stop) === 0x2e && !endsSentence(text, base, stop, next)) continue;
    // The match is punctuation, closing quotes and white space: the sentence ends before the white space.
    let kept = next;
    while (isWhiteSpace(text.charCodeAt(kept - 1))) kept--;
    if (kept > start) out.push({ span: [start, kept], line: lineIndex });
    start = next;
  }
  if (end > start) out.push({ span: [start, end], line: lineIndex });
}

/** JavaScript's `\s` for one UTF-16 code unit. */
function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** . ! ? */
function isStopPunct(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

/** " ” ’ » ) ] */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d;
}

/** `(?=["“‘«(\[]?\p{Lu}|["“‘«])` at `i`: a quote, or a capital letter, possibly after "(" or "[". */
function opensSentence(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  // " “ ‘ «
  if (c === 0x22 || c === 0x201c || c === 0x2018 || c === 0xab) return true;
  return c === 0x28 || c === 0x5b ? isUpperAt(s, i + 1) : isUpperAt(s, i);
}

const UPPER_LETTER = /^\p{Lu}$/u;
/** Memo of `\p{Lu}` for non-ASCII code points: 0 not yet known, 1 yes, 2 no. */
const UPPER_CODE = new Uint8Array(0x10000);

/** Whether the code point at `i` is an upper-case letter (false past the end). */
function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c !== c) return false;
  if (c >= 0xd800 && c <= 0xdfff) return UPPER_LETTER.test(String.fromCodePoint(s.codePointAt(i)!));
  let known = UPPER_CODE[c];
  if (known === 0) {
    known = UPPER_LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    UPPER_CODE[c] = known;
  }
  return known === 1;
}

/** - – / */
function isTokenHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2f;
}

/** ( " “ ‘ « [ */
function isTokenEdge(c: number): boolean {
  return c === 0x28 || c === 0x22 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x5b;
}

/** Whether the full stop at `dot` ends a sentence, given the token before it and the word after. */
function endsSentence(text: string, lineStart: number, dot: number, next: number): boolean {
  let tokStart = dot;
  while (tokStart > lineStart && !isWhiteSpace(text.charCodeAt(tokStart - 1))) tokStart--;
  // "Japan-U.S. Summit": judge the last part of a hyphenated token (after its last - – or /), else the token
  // without opening quotes and brackets; the same as removing TOKEN_EDGE and then HYPHENATED_HEAD.
  let from = dot;
  while (from > tokStart && !isTokenHyphen(text.charCodeAt(from - 1))) from--;
  if (from === tokStart) while (from < dot && isTokenEdge(text.charCodeAt(from))) from++;
  if (from === dot) return true;
  // A token of two or more characters without a full stop that is too long for a listed abbreviation or starts
  // unlike any is neither one nor initials.
  if (dot - from > 1) {
    const first = text.charCodeAt(from);
    const unlisted = dot - from > MAX_ABBREVIATION_LENGTH || first >= 0x80 || ABBREVIATION_FIRST[first] !== 1;
    if (unlisted && text.lastIndexOf('.', dot - 1) < from) return true;
  }
  const token = text.slice(from, dot);
  const listed = ABBREVIATIONS.get(token);
  if (listed === NON_TERMINAL_KIND) return false;
  if (token.length === 1 && /\p{Lu}/u.test(token)) return false;
  if (listed === AMBIGUOUS_KIND || (token.includes('.') && INITIALS.test(token))) {
    // The word after `next` ends inside the line: the line's content ends before a space, a line break or the end.
    NEXT_WORD.lastIndex = next + (/["“‘«(\[]/.test(text[next] ?? '') ? 1 : 0);
    const w = NEXT_WORD.exec(text);
    return w !== null && OPENERS.has(w[0]);
  }
  return true;
}
