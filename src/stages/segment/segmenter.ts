/**
 * The segmenter: document text -> classified lines (blank, chrome, dateline, heading, list item,
 * paragraph) and sentences, with offsets into the text. Word lists and chrome patterns live in
 * `segment-lexicon.ts`.
 */
import type { Span } from '../../domain/record.ts';
import type { Line, SegmentedDoc, Sentence } from '../../domain/mentions.ts';
import { isDatelineText } from './dateline-detector.ts';
import {
  AMBIGUOUS_ABBREVIATIONS,
  BREADCRUMB_ROOTS,
  CHROME_LINE_PATTERNS,
  MAX_CHROME_LINE_LENGTH,
  NON_TERMINAL_ABBREVIATIONS,
  SENTENCE_OPENERS,
  TITLE_CASE_SMALL_WORDS,
} from './segment-lexicon.ts';

type Kind = Line['kind'];

const CHROME_RE = new RegExp(CHROME_LINE_PATTERNS.map((p) => `(?:${p.source})`).join('|'), 'i');
const NON_TERMINAL = new Set(NON_TERMINAL_ABBREVIATIONS);
const AMBIGUOUS = new Set(AMBIGUOUS_ABBREVIATIONS);
const OPENERS = new Set(SENTENCE_OPENERS);
const SMALL_WORDS = new Set(TITLE_CASE_SMALL_WORDS);
const BREADCRUMB_ROOT_SET = new Set(BREADCRUMB_ROOTS);

/** A structural marker at the start of a line: bullet, "1.", "1)", "(1)", "(i)", "II.", "a)". */
const MARKER_RE = /(?:[•·▪‣◦●■□➢►▶✓\-–—*]|\d{1,3}[.)]|\((?:\d{1,3}|[ivxlc]{1,6}|[IVXLC]{1,6}|[a-zA-Z])\)|[IVXLC]{1,6}\.|[a-zA-Z][.)])(?=\s|$)|\((?:\d{1,3}|[ivxlc]{1,6}|[IVXLC]{1,6}|[a-zA-Z])\)(?=\S)/y;
const BULLET_RE = /^[•·▪‣◦●■□➢►▶✓\-–—*]$/;
const SPACE_RE = /[ \t\u00a0\u3000]*/y;
const INNER_SENTENCE = /\p{Ll}{2}[.!?]\s+["“]?\p{Lu}/u;
const STARTS_UPPER = /^["“‘(\[]?[\p{Lu}\d]/u;
const ALL_CAPS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
const WORD_RE = /[\p{L}\d][\p{L}\d'’\-.&]*/gu;
const URL_RE = /https?:\/\/|www\.[\w-]+\.\w/i;
const TRAILING_NUMBER = /[\s\-–(#]*\d{1,2}\)?$/;
const SENTENCE_END = /[.!?]+["”’»)\]]*\s+(?=["“‘«(\[]?\p{Lu}|["“‘«])/gu;
const HYPHENATED_HEAD = /^.*[-–\/]/;
const TOKEN_EDGE = /^[("“‘«\[]+/;
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
  return content.length >= 30 && /[.!?:]["”’)]?$/.test(content) && content.split(' ').length >= 6;
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
    MARKER_RE.lastIndex = pos;
    const m = MARKER_RE.exec(text);
    if (m === null || pos + m[0].length > contentEnd) break;
    // a single capital + "." starting a name ("A. Smith") is an initial, not a marker, unless a digit-list style follows
    if (/^[A-Z]\.$/.test(m[0]) && /^[A-Z]\.\s+\p{Lu}\p{Ll}/u.test(text.slice(pos, pos + 6)) && k === 0 && !/^[IVX]\.$/.test(m[0])) break;
    marker ??= m[0];
    pos = skipSpaces(text, pos + m[0].length, contentEnd);
  }
  const content = text.slice(pos, contentEnd);
  return { start, end, first, contentStart: marker === null ? first : pos, contentEnd, kind: 'paragraph', marker, content };
}

function skipSpaces(text: string, pos: number, end: number): number {
  SPACE_RE.lastIndex = pos;
  SPACE_RE.exec(text);
  return Math.min(SPACE_RE.lastIndex, end);
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
  if ((c.length <= MAX_CHROME_LINE_LENGTH && (CHROME_RE.test(c) || (d.marker === null && URL_ONLY.test(c)))) || (c.length <= 250 && BREADCRUMB_TRAIL.test(c))) {
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
  if (c === '' || endsWithTerminalPunct(c) || !STARTS_UPPER.test(c) || INNER_SENTENCE.test(c)) return false;
  if (marker !== null) {
    if (BULLET_RE.test(marker)) return false;
    return c.length <= MAX_HEADING_LENGTH && countWords(c) <= MAX_NUMBERED_HEADING_WORDS;
  }
  if (c.length > MAX_PLAIN_HEADING_LENGTH) return false;
  const words = c.match(WORD_RE) ?? [];
  if (words.length === 0 || words.length > 14) return false;
  if (ALL_CAPS.test(c)) return true;
  let significant = 0;
  let capitalised = 0;
  for (const w of words) {
    if (SMALL_WORDS.has(w.toLowerCase())) continue;
    significant++;
    if (/^[\p{Lu}\d]/u.test(w)) capitalised++;
  }
  return significant > 0 && capitalised / significant >= 0.6;
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
  let start = d.contentStart;
  if (start >= end) return;
  const segment = text.slice(start, end);
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(segment)) !== null) {
    const stop = m.index;
    const next = stop + m[0].length;
    if (segment[stop] === '.' && !endsSentence(segment, stop, next)) continue;
    const sentenceEnd = d.contentStart + stop + m[0].trimEnd().length;
    if (sentenceEnd > start) out.push({ span: [start, sentenceEnd], line: lineIndex });
    start = d.contentStart + next;
  }
  if (end > start) out.push({ span: [start, end], line: lineIndex });
}

/** JavaScript's `\s` for one UTF-16 code unit. */
function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether the full stop at `dot` ends a sentence, given the token before it and the word after. */
function endsSentence(segment: string, dot: number, next: number): boolean {
  let tokStart = dot;
  while (tokStart > 0 && !isWhiteSpace(segment.charCodeAt(tokStart - 1))) tokStart--;
  // "Japan-U.S. Summit": judge the last part of a hyphenated token
  const token = segment.slice(tokStart, dot).replace(TOKEN_EDGE, '').replace(HYPHENATED_HEAD, '');
  if (token === '') return true;
  if (NON_TERMINAL.has(token)) return false;
  if (token.length === 1 && /\p{Lu}/u.test(token)) return false;
  if (AMBIGUOUS.has(token) || INITIALS.test(token)) {
    NEXT_WORD.lastIndex = next + (/["“‘«(\[]/.test(segment[next] ?? '') ? 1 : 0);
    const w = NEXT_WORD.exec(segment);
    return w !== null && OPENERS.has(w[0]);
  }
  return true;
}
