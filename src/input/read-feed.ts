/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds -> the pages they link to, for `readout ingest FEED`.
 *
 * htmlparser2's feed support finds the feed and its title; the items are read here from the same DOM because
 * its item fields fall short for ingest: an Atom entry's first `<link>` may be `rel="self"` or `"replies"`, Atom
 * `<published>` is ignored for `<updated>`, RSS `<guid isPermaLink>` is not a link fallback, `xml:base` is not
 * applied, and dates lose the publisher's UTC offset (which decides the publisher's calendar day).
 */
import { DomUtils, getFeed, parseDocument } from 'htmlparser2';
import type { Issue } from '../domain/record.ts';
import { decodeDocumentBytes } from './decode-document.ts';
import { InputError } from './input-errors.ts';

/** domhandler's element type, which htmlparser2 does not re-export. */
type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

/** The feed formats recognised. `rdf` is RSS 1.0. */
export type FeedFormat = 'rss' | 'rdf' | 'atom';

/** One feed item that links to a page to ingest. */
export interface FeedEntry {
  /** Absolute http(s) URL of the item's page, resolved against `xml:base` and the feed's URL. */
  readonly link: string;
  /** The item's title as plain text, whitespace collapsed; null when absent. */
  readonly title: string | null;
  /**
   * When the item was published, ISO 8601 with the clock time and offset the feed wrote, not converted to UTC
   * (`2017-09-18T08:00:00+09:00`), so its first ten characters are the publisher's calendar date; `Z` for UTC,
   * no offset when the feed gave none (or an unknown zone name), a date alone (`2017-09-18`) when the feed gave
   * only a date. Null when absent or unreadable. RSS `pubDate`/`dc:date`, Atom `published`, else `updated`.
   */
  readonly published: string | null;
  /** `dc:publisher` of the item, else of the feed; null when the feed does not say. */
  readonly publisher: string | null;
  /** The feed's own title (e.g. `Press Releases | Ministry of Foreign Affairs of Japan`); null when absent. */
  readonly feedTitle: string | null;
}

/** A parsed feed: its items with links, and problems with the others. */
export interface FeedContents {
  readonly format: FeedFormat;
  readonly title: string | null;
  /** The entries in feed order, one per distinct link. */
  readonly entries: FeedEntry[];
  /**
   * Items that could not be used and other problems, never thrown: `feed_item_without_link`,
   * `feed_item_bad_link` (not http(s), or relative with no base), `feed_date_unreadable`, `feed_empty`.
   */
  readonly issues: Issue[];
}

/** Options for {@link readFeed}. */
export interface ReadFeedOptions {
  /** Charset from the HTTP `Content-Type` header; wins over the XML declaration. */
  readonly charset?: string | null;
}

const FEED_MEDIA_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml']);
const FEED_ROOTS = new Set(['rss', 'feed', 'rdf:RDF']);
const SNIFF_BYTES = 4096;
/** Prolog before the root element: whitespace, XML declaration and processing instructions, comments, doctype. */
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/i;
const ROOT_TAG = /^<([A-Za-z_][\w.:-]*)/;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/**
 * True when the bytes are an RSS, RDF or Atom feed: decided by the root element (`<rss>`, `<rdf:RDF>`,
 * `<feed>`) after the prolog, whatever the content type says (servers send feeds as `text/xml`, `text/html`...).
 * Only when no root element shows in the first 4 KB does a feed media type (`application/rss+xml`,
 * `application/atom+xml`, `application/rdf+xml`) decide.
 *
 * @param contentType Media type without parameters, as in `FetchedDocument.contentType`; null if unknown.
 */
export function looksLikeFeed(bytes: Uint8Array, contentType: string | null): boolean {
  const root = rootElementName(bytes);
  if (root !== null) return FEED_ROOTS.has(root);
  return contentType !== null && FEED_MEDIA_TYPES.has(contentType.toLowerCase());
}

/**
 * Parse a feed and list the pages it links to.
 *
 * @param source The feed's URL (final, after redirects) — the base for relative links — or a file name;
 *   names the feed in errors and issues.
 * @throws InputError when the bytes are binary or hold no RSS, RDF or Atom feed.
 */
export function readFeed(source: string, bytes: Uint8Array, options: ReadFeedOptions = {}): FeedContents {
  const charset = options.charset ?? xmlDeclaredEncoding(bytes);
  const { text } = decodeDocumentBytes(bytes, source, { charset });
  const dom = parseDocument(text, { xmlMode: true });
  const feed = getFeed(dom.children);
  const root = DomUtils.findOne((el) => FEED_ROOTS.has(el.name), dom.children, true);
  if (feed === null || root === null) throw new InputError(source, 'not an RSS or Atom feed');
  const format: FeedFormat = root.name === 'feed' ? 'atom' : root.name === 'rss' ? 'rss' : 'rdf';
  const feedTitle = cleanText(feed.title ?? null);
  const channel = format === 'atom' ? root : childElement(root, 'channel') ?? root;
  const feedPublisher = cleanText(childText(channel, 'dc:publisher'));
  const sourceBase = httpUrl(source);
  const issues: Issue[] = [];
  const entries: FeedEntry[] = [];
  const seen = new Set<string>();
  const items = DomUtils.getElementsByTagName(format === 'atom' ? 'entry' : 'item', root.children, true);
  items.forEach((item, index) => {
    const title = itemTitle(item);
    const label = `item ${index + 1}${title === null ? '' : ` ("${title}")`}`;
    const raw = format === 'atom' ? atomLink(item) : rssLink(item);
    if (raw === null) {
      issues.push(feedIssue('feed_item_without_link', `${source}: ${label} has no link; skipped`));
      return;
    }
    const link = resolveLink(raw.href, baseFor(raw.element, root, sourceBase));
    if (link === null) {
      issues.push(feedIssue('feed_item_bad_link', `${source}: ${label} has a link that is not an http(s) URL ("${raw.href}"); skipped`));
      return;
    }
    if (seen.has(link)) return;
    seen.add(link);
    const rawDate = format === 'atom'
      ? childText(item, 'published') ?? childText(item, 'updated')
      : childText(item, 'pubDate') ?? childText(item, 'dc:date');
    const published = rawDate === null ? null : isoPublished(rawDate);
    if (rawDate !== null && published === null) {
      issues.push(feedIssue('feed_date_unreadable', `${source}: ${label} has an unreadable date "${rawDate}"`));
    }
    const publisher = cleanText(childText(item, 'dc:publisher')) ?? feedPublisher;
    entries.push({ link, title, published, publisher, feedTitle });
  });
  if (items.length === 0) issues.push(feedIssue('feed_empty', `${source}: the feed has no items`));
  return { format, title: feedTitle, entries, issues };
}

function feedIssue(code: string, message: string): Issue {
  return { code, message, span: null };
}

function rootElementName(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, SNIFF_BYTES);
  const utf16 = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : null;
  let sample = utf16 !== null ? new TextDecoder(utf16).decode(head) : Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
  sample = sample.replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)/, '');
  const afterProlog = sample.slice(PROLOG.exec(sample)?.[0].length ?? 0);
  return ROOT_TAG.exec(afterProlog)?.[1] ?? null;
}

/** The `encoding` of the XML declaration; null when absent. */
function xmlDeclaredEncoding(bytes: Uint8Array): string | null {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const head = bytes.subarray(start, start + 256);
  return XML_ENCODING.exec(Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1'))?.[1] ?? null;
}

function childElement(parent: Element, name: string): Element | null {
  return DomUtils.getElementsByTagName(name, parent.children, false, 1)[0] ?? null;
}

function childElements(parent: Element, name: string): Element[] {
  return DomUtils.getElementsByTagName(name, parent.children, false);
}

/** Trimmed text of the first child element `name`; null when absent or empty. */
function childText(parent: Element, name: string): string | null {
  const el = childElement(parent, name);
  const text = el === null ? '' : DomUtils.textContent(el).trim();
  return text === '' ? null : text;
}

function cleanText(text: string | null): string | null {
  const clean = text?.replace(/\s+/g, ' ').trim() ?? '';
  return clean === '' ? null : clean;
}

/** The item title as text; Atom `type="html"` titles hold escaped markup, which is parsed and dropped. */
function itemTitle(item: Element): string | null {
  const el = childElement(item, 'title');
  if (el === null) return null;
  const text = DomUtils.textContent(el);
  const isHtml = el.attribs['type'] === 'html';
  return cleanText(isHtml ? DomUtils.textContent(parseDocument(text)) : text);
}

/** Atom: the `rel="alternate"` link (a missing rel means alternate), else an `<id>` that is an http(s) URL. */
function atomLink(entry: Element): { href: string; element: Element } | null {
  for (const link of childElements(entry, 'link')) {
    const rel = (link.attribs['rel'] ?? 'alternate').trim();
    const href = link.attribs['href']?.trim();
    if (rel === 'alternate' && href) return { href, element: link };
  }
  const id = childText(entry, 'id');
  return id !== null && httpUrl(id) !== null ? { href: id, element: entry } : null;
}

/** RSS: `<link>`, else a permalink `<guid>` (isPermaLink defaults to true), else RSS 1.0's `rdf:about`. */
function rssLink(item: Element): { href: string; element: Element } | null {
  const link = childText(item, 'link');
  if (link !== null) return { href: link, element: item };
  const guid = childElement(item, 'guid');
  const guidText = guid === null ? '' : DomUtils.textContent(guid).trim();
  if (guid !== null && guid.attribs['isPermaLink'] !== 'false' && httpUrl(guidText) !== null) return { href: guidText, element: item };
  const about = item.attribs['rdf:about']?.trim();
  return about ? { href: about, element: item } : null;
}

/** The base URL in effect at `element`: the feed's URL, refined by each `xml:base` from the root down. */
function baseFor(element: Element, root: Element, sourceBase: URL | null): URL | null {
  const chain: Element[] = [];
  for (let el: Element | null = element; el !== null; el = el === root ? null : parentElement(el)) chain.unshift(el);
  let base = sourceBase;
  for (const el of chain) {
    const xmlBase = el.attribs['xml:base']?.trim();
    if (!xmlBase) continue;
    try {
      base = new URL(xmlBase, base ?? undefined);
    } catch {
      // an unusable xml:base leaves the outer base in effect
    }
  }
  return base;
}

function parentElement(el: Element): Element | null {
  const parent = el.parent;
  return parent !== null && 'attribs' in parent ? parent : null;
}

/** Absolute http(s) URL for `href` against `base`; null when it cannot be made one. */
function resolveLink(href: string, base: URL | null): string | null {
  try {
    const url = new URL(href, base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function httpUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** RFC 3339 / ISO 8601: a date, or a date-time with an optional offset. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
/** RFC 822 / RFC 2822 as RSS writes it: `Mon, 18 Sep 2017 08:00:00 +0900`, weekday and seconds optional. */
const RFC822_DATE = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,5}))?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Zone names seen in feeds, in minutes east of UTC: RFC 822's, and publishers' own abbreviations. */
const NAMED_ZONES: Readonly<Record<string, number>> = {
  Z: 0, UT: 0, UTC: 0, GMT: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, JST: 540, KST: 540,
};

/**
 * ISO 8601 text for a feed date, keeping the clock time and offset the feed wrote (no conversion to UTC):
 * `2017-09-18T08:00:00+09:00`, `...Z` for UTC, no offset when the feed gave none or an unknown zone name, and a
 * date alone for a date alone. Only RFC 822 and RFC 3339 forms are read (a lenient parser would turn
 * `18/09/2017` into a wrong date silently); anything else, or an impossible date, gives null.
 */
function isoPublished(raw: string): string | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  const iso = ISO_DATE.exec(text);
  if (iso !== null) {
    const [, y, mo, d, h, mi, sec, zone] = iso;
    if (h === undefined) return validDateTime(Number(y), Number(mo), Number(d), 0, 0, 0) ? `${y}-${mo}-${d}` : null;
    return formatDateTime(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(sec ?? 0), zoneOffset(zone));
  }
  const rfc = RFC822_DATE.exec(text);
  if (rfc !== null) {
    const [, d, monthName, y, h, mi, sec, zone] = rfc;
    const month = MONTHS.indexOf(monthName!.slice(0, 3).toLowerCase()) + 1;
    if (month === 0) return null;
    const twoDigit = Number(y);
    const year = y!.length === 2 ? (twoDigit < 50 ? 2000 + twoDigit : 1900 + twoDigit) : twoDigit;
    return formatDateTime(year, month, Number(d), Number(h), Number(mi), Number(sec ?? 0), zoneOffset(zone));
  }
  return null;
}

/** Minutes east of UTC for `+0900`, `-05:00` or a known zone name; null when absent or unknown. */
function zoneOffset(zone: string | undefined): number | null {
  if (zone === undefined) return null;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric !== null) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  return NAMED_ZONES[zone.toUpperCase()] ?? null;
}

function formatDateTime(y: number, mo: number, d: number, h: number, mi: number, s: number, offset: number | null): string | null {
  if (!validDateTime(y, mo, d, h, mi, s)) return null;
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const local = `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
  if (offset === null) return local;
  if (offset === 0) return `${local}Z`;
  const abs = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** False for impossible values (month 13, 30 February, 25:00). A leap second (:60) is allowed. */
function validDateTime(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return false;
  return new Date(Date.UTC(y, mo - 1, d)).getUTCDate() === d;
}
