/**
 * HTML page -> the plain text of its main content. One streaming pass with htmlparser2's SAX parser
 * (no tree, so any nesting depth is safe) collects text lines and the line ranges of chrome and
 * content-region candidates; a second pass over those lines drops chrome and picks the main region.
 */
import { Parser } from 'htmlparser2';
import { isDatelineText } from '../segment/dateline-detector.ts';
import {
  CHROME_CLASS_TOKENS,
  CHROME_CLASS_WORDS,
  CHROME_ROLES,
  CONTENT_CLASS_WORDS,
  HARD_CHROME_CLASS_WORDS,
  CONTENT_TAGS,
  DATE_META_NAMES,
  MAIN_REGION_MIN_SHARE,
  PAGE_LEVEL_CHROME_TAGS,
  SITE_NAME_WORDS,
  SKIPPED_TAGS,
  SOFT_CHROME_MAX_SHARE,
  SOFT_CHROME_TAGS,
} from './html-chrome-lexicon.ts';

/** The cleaned text of a page and its title. */
export interface CleanedHtml {
  /** Main text: one block per line, a blank line between paragraphs, list items as "  • item" / "  1. item". Empty when the page has no text. */
  readonly text: string;
  /** The first `<h1>` outside chrome, else `<title>` without a trailing site name; null when neither exists. */
  readonly title: string | null;
}

/** Elements that end the current line and start a new paragraph. */
const PARAGRAPH_TAGS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'main', 'header', 'footer', 'figure',
  'figcaption', 'address', 'pre', 'hr', 'table', 'ul', 'ol', 'dl', 'form', 'fieldset', 'details', 'summary', 'center', 'body',
  'html', 'menu', 'legend', 'noframes', 'hgroup', 'search',
]);
/** Elements that end the current line without a blank line. */
const LINE_TAGS = new Set(['li', 'tr', 'dt', 'dd', 'br', 'caption', 'thead', 'tbody', 'tfoot']);
const CELL_TAGS = new Set(['td', 'th']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const REGION_TAGS = new Set(['div', 'section', 'main', 'article', 'td', 'body']);

// JS \s already covers NBSP, the U+2000 spaces, U+3000 and U+FEFF
const WHITESPACE = /\s+/g;
const INVISIBLE = /[\u200b-\u200f\u2060\u00ad\u202a-\u202e]/g;
const HAS_INVISIBLE = /[\u200b-\u200f\u2060\u00ad\u202a-\u202e]/;
const HAS_TEXT = /[^\s\u200b-\u200f\u2060\u00ad]/;
const CLASS_SPLIT = /[\s_\-:.\/]+|(?<=[a-z])(?=[A-Z])/;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const PROSE_END = /[.!?:;]["”’»)]?$/u;
const PROSE_INNER = /[.!?]\s+["“«]?\p{Lu}/u;
const TITLE_SEPARATOR = /\s+[-–—|:·•]\s+/;
const ISO_DATE_START = /^\d{4}-\d{2}-\d{2}/;
const MAX_ATTRIBUTE_SCAN = 512;

interface Line {
  text: string;
  /** Separator before this line: 1 = newline, 2 = blank line. */
  sep: 1 | 2;
  heading: boolean;
  /** The line starts a list item. */
  item: boolean;
}

interface Region {
  start: number;
  end: number;
  kind: 'chrome' | 'content';
}

interface Frame {
  tag: string;
  hard: boolean;
  region: number;
  list: boolean;
  content: boolean;
}

/**
 * Extract the main text of an HTML page or fragment.
 *
 * Drops scripts, styles, forms controls, navigation, page-level headers, footers, sidebars and anything
 * whose class/id/role marks chrome (lists in `html-chrome-lexicon.ts`). A chrome-marked region that holds
 * most of the page's prose is kept (a wrapper, not chrome). When a `<main>`, `<article>` or content-like
 * region holds most of the prose, only the deepest such region is kept, plus the page's `<h1>` and the
 * nearest dateline before it (or the date `<meta>`) when the region has no dateline of its own.
 * Runs in linear time on hostile input (deep nesting, unclosed tags, huge attributes).
 */
export function htmlToText(html: string): CleanedHtml {
  return parsePage(html) ?? parsePage(capNesting(html)) ?? { text: '', title: null };
}

/** Deepest element nesting handled as is. htmlparser2 keeps its open-element stack with unshift/shift, so deeper nesting costs quadratic time. */
const MAX_DEPTH = 2000;

/** One SAX pass; null when the nesting is deeper than {@link MAX_DEPTH} (the caller then flattens the markup and retries). */
function parsePage(html: string): CleanedHtml | null {
  let tooDeep = false;
  const lines: Line[] = [];
  const regions: Region[] = [];
  const stack: Frame[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  const h1Lines: number[] = [];
  let hard = 0;
  let contentDepth = 0;
  let headingDepth = 0;
  let inTitle = 0;
  let titleText = '';
  let metaDate: string | null = null;
  let cur = '';
  let curHas = false;
  let curSep: 1 | 2 = 2;
  let curHeading = false;
  let pendingSep: 0 | 1 | 2 = 0;
  let prefix: string | null = null;
  let curPrefix = '';
  let inH1 = 0;
  let liDepth = 0;
  let h1Pending = false;

  const flush = (): void => {
    if (curHas) {
      const text = (HAS_INVISIBLE.test(cur) ? cur.replace(INVISIBLE, '') : cur).replace(WHITESPACE, ' ').trim();
      if (text !== '') {
        if (h1Pending) {
          h1Lines.push(lines.length);
          h1Pending = false;
        }
        lines.push({ text: curPrefix + text, sep: curSep, heading: curHeading, item: curPrefix !== '' });
      }
    }
    cur = '';
    curPrefix = '';
    curHas = false;
  };
  // inside a list item, paragraphs and divs separate lines of the item, not paragraphs
  const lineBreak = (kind: 1 | 2): void => {
    flush();
    const k = liDepth > 0 ? 1 : kind;
    if (k > pendingSep) pendingSep = k;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'title') inTitle++;
        if (name === 'meta' && metaDate === null) metaDate = dateFromMeta(attribs);
        const frame: Frame = { tag: name, hard: false, region: -1, list: false, content: false };
        stack.push(frame);
        if (stack.length > MAX_DEPTH && !tooDeep) {
          tooDeep = true;
          parser.pause();
        }
        if (hard > 0) return;
        if (SKIPPED_TAGS.has(name) || isHardChrome(name, attribs)) {
          frame.hard = true;
          hard++;
          lineBreak(1);
          return;
        }
        const chrome = isChrome(name, attribs, contentDepth);
        const content = !chrome && isContentRegion(name, attribs);
        if (PARAGRAPH_TAGS.has(name) || chrome || content) lineBreak(2);
        else if (LINE_TAGS.has(name)) lineBreak(1);
        else if (CELL_TAGS.has(name) && curHas) cur += ' ';
        if (chrome || content) {
          frame.region = regions.length;
          regions.push({ start: lines.length, end: lines.length, kind: chrome ? 'chrome' : 'content' });
        }
        if (CONTENT_TAGS.has(name)) {
          frame.content = true;
          contentDepth++;
        }
        if (HEADING_TAGS.has(name)) headingDepth++;
        if (name === 'h1' && inH1++ === 0) h1Pending = true;
        if (name === 'ul' || name === 'ol' || name === 'menu') {
          frame.list = true;
          const start = name === 'ol' ? Number.parseInt(attribs['start'] ?? '1', 10) : 1;
          lists.push({ ordered: name === 'ol', n: Number.isFinite(start) ? start - 1 : 0 });
        } else if (name === 'li') {
          const list = lists[lists.length - 1];
          const indent = '  '.repeat(Math.max(1, Math.min(lists.length, 6)));
          if (list === undefined) {
            lineBreak(2);
            prefix = `${indent}• `;
          } else prefix = list.ordered ? `${indent}${++list.n}. ` : `${indent}• `;
          liDepth++;
        }
      },
      ontext(data) {
        if (inTitle > 0) {
          if (titleText.length < 2000) titleText += data;
          return;
        }
        if (hard > 0) return;
        if (!curHas) {
          if (!HAS_TEXT.test(data)) return;
          curHas = true;
          curSep = pendingSep === 1 ? 1 : 2;
          curHeading = headingDepth > 0;
          pendingSep = 0;
          if (prefix !== null) {
            curPrefix = prefix;
            prefix = null;
          }
        }
        cur += data;
      },
      onclosetag(name) {
        if (name === 'title' && inTitle > 0) inTitle--;
        // htmlparser2 reports implied closes in stack order; pop down to the matching frame
        let frame: Frame | undefined;
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i]!.tag === name) {
            while (stack.length > i) {
              frame = stack.pop();
              if (frame !== undefined) closeFrame(frame);
            }
            break;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );

  function closeFrame(frame: Frame): void {
    if (frame.hard) {
      hard--;
      return;
    }
    if (hard > 0) return;
    const name = frame.tag;
    if (PARAGRAPH_TAGS.has(name) || frame.region >= 0) lineBreak(2);
    else if (LINE_TAGS.has(name) && name !== 'br') lineBreak(1);
    if (frame.region >= 0) regions[frame.region]!.end = lines.length;
    if (frame.content) contentDepth--;
    if (HEADING_TAGS.has(name)) headingDepth--;
    if (name === 'h1' && inH1 > 0 && --inH1 === 0) h1Pending = false;
    if (frame.list) lists.pop();
    if (name === 'li') {
      prefix = null;
      if (liDepth > 0) liDepth--;
    }
  }

  parser.write(html);
  if (tooDeep) return null;
  parser.end();
  flush();

  return assemble(lines, regions, h1Lines, cleanTitle(titleText), metaDate);
}

const TAG_RE = /<(\/?)([a-zA-Z][\w:-]*)[^>]*>/g;
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param']);
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/**
 * Pathologically deep markup: drop the tags nested deeper than {@link MAX_DEPTH} (their text stays),
 * with a linear regex scan that skips raw-text elements. Only used after a parse found such nesting.
 */
function capNesting(html: string): string {
  const out: string[] = [];
  const open: string[] = [];
  const dropped: string[] = [];
  const lower = html.toLowerCase();
  let last = 0;
  TAG_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG_RE.exec(html)) !== null) {
    const name = m[2]!.toLowerCase();
    let keep = true;
    if (m[1] === '') {
      if (RAW_TEXT_TAGS.has(name)) {
        const close = lower.indexOf(`</${name}`, TAG_RE.lastIndex);
        TAG_RE.lastIndex = close < 0 ? html.length : close;
        out.push(html.slice(last, TAG_RE.lastIndex));
        last = TAG_RE.lastIndex;
        continue;
      }
      if (!VOID_TAGS.has(name) && !m[0].endsWith('/>')) {
        if (open.length >= MAX_DEPTH / 2) {
          dropped.push(name);
          keep = false;
        } else open.push(name);
      }
    } else if (dropped.length > 0 && dropped[dropped.length - 1] === name) {
      dropped.pop();
      keep = false;
    } else if (open.length > 0 && open[open.length - 1] === name) {
      open.pop();
    } else if (dropped.length > 0) {
      keep = false;
    }
    if (!keep) {
      out.push(html.slice(last, m.index), ' ');
      last = TAG_RE.lastIndex;
    }
  }
  out.push(html.slice(last));
  return out.join('');
}

function assemble(lines: Line[], regions: Region[], h1Lines: number[], pageTitle: string | null, metaDate: string | null): CleanedHtml {
  const n = lines.length;
  const weights = lines.map((l) => proseWeight(l));
  let total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) {
    // no sentence-like text (a listing, a stub): weigh plain text lines, but not menus (list items)
    for (let i = 0; i < n; i++) weights[i] = looseWeight(lines[i]!);
    total = weights.reduce((a, b) => a + b, 0);
  }
  const prefixSum = cumulative(weights);
  const dropDiff = new Int32Array(n + 1);
  for (const r of regions) {
    if (r.kind !== 'chrome' || r.end <= r.start) continue;
    const w = prefixSum[r.end]! - prefixSum[r.start]!;
    if (total === 0 || w <= total * SOFT_CHROME_MAX_SHARE) {
      dropDiff[r.start]!++;
      dropDiff[r.end]!--;
    }
  }
  const kept = new Uint8Array(n);
  let depth = 0;
  for (let i = 0; i < n; i++) {
    depth += dropDiff[i]!;
    kept[i] = depth === 0 ? 1 : 0;
  }
  const keptWeights = weights.map((w, i) => (kept[i] ? w : 0));
  const keptSum = cumulative(keptWeights);
  const keptTotal = keptSum[n]!;

  let main: Region | null = null;
  if (keptTotal > 0) {
    for (const r of regions) {
      if (r.kind !== 'content' || r.end <= r.start) continue;
      if (keptSum[r.end]! - keptSum[r.start]! < keptTotal * MAIN_REGION_MIN_SHARE) continue;
      if (main === null || r.end - r.start < main.end - main.start) main = r;
    }
  }

  const titleLine = h1Lines.find((i) => kept[i] === 1);
  const title = titleLine !== undefined ? lines[titleLine]!.text : pageTitle;

  const start = main?.start ?? 0;
  const end = main?.end ?? n;
  const parts: string[] = [];
  if (main !== null) {
    const extra: number[] = [];
    if (titleLine !== undefined && titleLine < start) extra.push(titleLine);
    if (!regionHasDateline(lines, kept, start, end)) {
      let found = -1;
      for (let i = start - 1; i >= 0; i--) {
        if (kept[i] && isDatelineText(lines[i]!.text)) {
          found = i;
          break;
        }
      }
      if (found >= 0) extra.push(found);
      else if (metaDate !== null) parts.push(metaDate);
    }
    extra.sort((a, b) => a - b);
    for (const i of extra) parts.push(lines[i]!.text);
  }
  let body = '';
  let gap = false;
  for (let i = start; i < end; i++) {
    if (!kept[i]) {
      gap = true;
      continue;
    }
    const line = lines[i]!;
    if (body !== '') body += gap || line.sep === 2 ? '\n\n' : '\n';
    body += line.text;
    gap = false;
  }
  if (body !== '') parts.push(body);
  return { text: parts.join('\n\n'), title };
}

function regionHasDateline(lines: Line[], kept: Uint8Array, start: number, end: number): boolean {
  const keptIdx: number[] = [];
  for (let i = start; i < end; i++) if (kept[i]) keptIdx.push(i);
  const near = [...keptIdx.slice(0, 5), ...keptIdx.slice(-3)];
  return near.some((i) => isDatelineText(lines[i]!.text));
}

function proseWeight(line: Line): number {
  const t = line.text;
  if (line.heading || t.length < 40) return 0;
  if (!PROSE_END.test(t) && !PROSE_INNER.test(t)) return 0;
  let spaces = 0;
  for (let i = 0; i < t.length && spaces < 5; i++) if (t.charCodeAt(i) === 32) spaces++;
  return spaces >= 5 ? t.length : 0;
}

function looseWeight(line: Line): number {
  const t = line.text;
  if (line.heading || line.item || t.length < 20) return 0;
  return t.split(' ').length >= 4 ? t.length : 0;
}

function cumulative(values: readonly number[]): Float64Array {
  const out = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) out[i + 1] = out[i]! + values[i]!;
  return out;
}

function classWords(attribs: Record<string, string>): { tokens: string[]; words: string[] } {
  const raw = `${attribs['class'] ?? ''} ${attribs['id'] ?? ''}`.slice(0, MAX_ATTRIBUTE_SCAN);
  const tokens = raw.toLowerCase().split(/\s+/).filter((t) => t !== '');
  const words: string[] = [];
  for (const token of raw.split(/\s+/)) {
    // BEM: in "container-with-sidebar__content" only the element name after "__" says what this is
    const bem = token.lastIndexOf('__');
    const own = bem >= 0 ? token.slice(bem + 2) : token;
    for (const w of own.split(CLASS_SPLIT)) if (w !== '') words.push(w.toLowerCase());
  }
  return { tokens, words };
}

function isHardChrome(tag: string, attribs: Record<string, string>): boolean {
  if (tag === 'html' || tag === 'body' || tag === 'main' || tag === 'article') return false;
  if (attribs['class'] === undefined && attribs['id'] === undefined) return false;
  const { tokens, words } = classWords(attribs);
  return tokens.some((t) => CHROME_CLASS_TOKENS.has(t)) || words.some((w) => HARD_CHROME_CLASS_WORDS.has(w));
}

function isChrome(tag: string, attribs: Record<string, string>, contentDepth: number): boolean {
  if (tag === 'html' || tag === 'body' || tag === 'main' || tag === 'article') return false;
  if (SOFT_CHROME_TAGS.has(tag)) return true;
  if (PAGE_LEVEL_CHROME_TAGS.has(tag) && contentDepth === 0) return true;
  const role = attribs['role']?.toLowerCase();
  if (role !== undefined && CHROME_ROLES.has(role)) return true;
  if (attribs['hidden'] !== undefined) return true;
  const style = attribs['style'];
  if (style !== undefined && HIDDEN_STYLE.test(style.slice(0, MAX_ATTRIBUTE_SCAN))) return true;
  if (attribs['class'] === undefined && attribs['id'] === undefined) return false;
  return classWords(attribs).words.some((w) => CHROME_CLASS_WORDS.has(w));
}

function isContentRegion(tag: string, attribs: Record<string, string>): boolean {
  if (CONTENT_TAGS.has(tag)) return true;
  if (!REGION_TAGS.has(tag)) return false;
  if (attribs['role']?.toLowerCase() === 'main' || attribs['itemprop'] === 'articleBody') return true;
  if (tag === 'body' || (attribs['class'] === undefined && attribs['id'] === undefined)) return false;
  return classWords(attribs).words.some((w) => CONTENT_CLASS_WORDS.has(w));
}

function dateFromMeta(attribs: Record<string, string>): string | null {
  const key = (attribs['property'] ?? attribs['name'] ?? attribs['itemprop'] ?? '').toLowerCase();
  if (!DATE_META_NAMES.has(key)) return null;
  const content = attribs['content']?.trim();
  if (content === undefined || content === '') return null;
  if (ISO_DATE_START.test(content)) return content.slice(0, 10);
  return isDatelineText(content) ? content.replace(WHITESPACE, ' ') : null;
}

/** `<title>` text without trailing site-name segments ("Statement ... - Ministry of Foreign Affairs of ..."). */
function cleanTitle(raw: string): string | null {
  let title = raw.replace(INVISIBLE, '').replace(WHITESPACE, ' ').trim();
  if (title === '') return null;
  for (let guard = 0; guard < 4; guard++) {
    const parts = title.split(TITLE_SEPARATOR);
    if (parts.length < 2) break;
    const last = parts[parts.length - 1]!;
    const head = title.slice(0, title.length - last.length).replace(/\s+[-–—|:·•]\s*$/, '');
    if (!SITE_NAME_WORDS.test(last) || head.length < 15) break;
    title = head.trim();
  }
  return title;
}
