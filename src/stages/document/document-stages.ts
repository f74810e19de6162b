/**
 * Document-level facts: the title, the publisher and the published date (the dateline), and from them the
 * reference date that relative times are resolved against.
 */
import type { Evidence } from '../../domain/record.ts';
import type { TimeExpression } from '../../domain/mentions.ts';
import type { ExtractionContext, Publisher, Stage } from '../../pipeline/extraction-context.ts';
import { findCountries } from '../countries/country-finder.ts';
import { evidenceAt } from '../../pipeline/extraction-context.ts';
import { parseIsoDate } from '../dates/iso-calendar.ts';
import { fallbackReferenceDate } from '../dates/reference-date-fallback.ts';
import { findTimeExpressions } from '../dates/time-expression-finder.ts';
import { findFullDate, isDatelineText, openingDateline } from '../segment/dateline-detector.ts';
import { datelineDate, isSlashedDate, MONTH_FIRST_COUNTRIES } from './dateline-date.ts';
import { findPlaces } from '../places/place-finder.ts';
import { PUBLISHER_NAMES, REPRODUCTION_QUALIFIER_SOURCE } from './publisher-names.ts';
import { PUBLISHER_SIGNATURES } from './publisher-signatures.ts';

const SIGNATURES = PUBLISHER_SIGNATURES.map((s) => ({ ...s, re: new RegExp(s.pattern, 'm') }));
/** Any date with a written year can stand as a dateline when parsed without context. */
const NO_REFERENCE = '2000-01-01';
/** Bylines and section names that pages print above the title ("Office of the Spokesperson", "Japan-Russia Relations"). */
const NOT_A_TITLE_RE = /^(?:Office of the Spokesperson|Press (?:Releases?|Statements?)|News(?: story)?|Embassy News|Statements? and Releases|Readouts?|Media (?:Notes?|Releases?)|For Immediate Release|Home|[\w.’' -]+ Relations|The Prime Minister in Action|Official (?:website|site|Internet resources?) of .+|.*\b(?:Spokesperson|Spokesman|Spokeswoman|Press Secretary))$/i;
/** Of those, section names ("Japan-Russia Relations") may stand as the title when there is no other. */
const SECTION_NAME_RE = /^[\w.’' -]+ Relations$/i;
/** How many characters at the top and at the bottom of a page are searched for its publisher's signature. */
const SIGNATURE_REGION = 800;
/** How many non-blank lines from the top the title may be on. */
const TITLE_WINDOW = 6;

/**
 * Title: the first heading near the top that is not chrome (a heading broken over two lines, "UNITED ARAB EMIRATES
 * CONTRIBUTES 500,000 DOSES OF" / "COVID-19 VACCINE TO MALAYSIA", is one title); else a first line written as a
 * headline in sentence case ("Uzbekistan, China leaders call for further strengthening ..."); else the external one
 * (HTML <title>, a feed item's), or a section name.
 */
export const titleStage: Stage = {
  name: 'title',
  run(ctx) {
    const { doc, text } = ctx;
    let seen = 0;
    let best: { start: number; end: number; line: number } | null = null;
    let named: { start: number; end: number; line: number } | null = null;
    let bodySeen = false;
    let fallback: { start: number; end: number } | null = null;
    const lines = doc.lines;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      // Chrome (navigation, "Skip to main content") does not count towards the lines the title may be in.
      if (line.kind === 'blank' || line.kind === 'chrome') continue;
      if (++seen > TITLE_WINDOW) break;
      // The story begins with a sentence, not with a label ("Media release").
      if ((line.kind === 'paragraph' || line.kind === 'list-item') && /[.!?]["”’)]?\s*$/.test(text.slice(line.contentStart, line.span[1]))) bodySeen = true;
      // Numbered headings are sections (topics), not the title.
      if (line.kind !== 'heading' || line.marker !== null) continue;
      const s = text.slice(line.contentStart, line.span[1]).trim();
      // A calendar's day or a page number ("15") is not a title.
      if (!HAS_LETTER_RE.test(s) || isSiteName(s)) continue;
      if (NOT_A_TITLE_RE.test(s)) {
        // A section name is still better than no title at all.
        if (SECTION_NAME_RE.test(s)) fallback ??= { start: line.contentStart, end: line.contentStart + s.length };
        continue;
      }
      // "Japan-Russia Relations", "Press Releases", "Embassy News": section names, not titles. Prefer a longer heading.
      const start = line.contentStart + (text.slice(line.contentStart, line.span[1]).length - text.slice(line.contentStart, line.span[1]).trimStart().length);
      if (!best || (s.split(/\s+/).length > 3 && text.slice(best.start, best.end).split(/\s+/).length <= 3)) best = { start, end: start + s.length, line: i };
      // A heading that names what happened ("Meeting with Indonesian Foreign Minister") wins over a byline above it
      // ("The Hon Penny Wong", "Minister for Foreign Affairs").
      // Headings after the story has begun are its sections.
      if (!bodySeen && !s.includes(':')) named ??= HEADLINE_EVENT_RE.test(s) ? { start, end: start + s.length, line: i } : null;
    }
    best = named ?? best;
    // A headline in sentence case above the only headings (a byline: "Press and information team of the Delegation")
    if (best && named === null) {
      const headline = firstLineTitle(ctx);
      if (headline !== null && headline.start < best.start && HEADLINE_EVENT_RE.test(text.slice(headline.start, headline.end))) {
        ctx.title = evidenceAt(text, headline.start, headline.end, headline.rule);
        return;
      }
    }
    if (best) {
      const end = continuedTitleEnd(ctx, best);
      ctx.title = evidenceAt(text, best.start, end, end === best.end ? 'document/title-heading' : 'document/title-heading-lines');
      return;
    }
    const headline = firstLineTitle(ctx);
    if (headline) ctx.title = evidenceAt(text, headline.start, headline.end, headline.rule);
    else if (fallback && !ctx.externalTitle) ctx.title = evidenceAt(text, fallback.start, fallback.end, 'document/title-section-name');
  },
};

const HAS_LETTER_RE = /\p{L}/u;
/**
 * A site's name rather than a page's title ("Ministry of Foreign Affairs of the Republic of Uzbekistan", "Australian
 * Government - Department of Foreign Affairs and Trade"): an institution's word within its first three words, every
 * word capitalised or a connector, and no verb a headline would have ("Embassy of Japan Hosts Reception").
 */
const SITE_NAME_START_RE = /^(?:the\s+)?(?:\p{Lu}\p{L}+\s+(?:[-–|]\s+)?){0,2}(?:ministry|department|office|embassy|government|presidency|chancellery|external\s+action|press\s+office|secretariat|official\s+(?:web)?site)\b/iu;
const SITE_NAME_WORD_RE = /^(?:\p{Lu}[\p{L}'’.]*,?|of|and|the|for|on|in|at|[-–|&,])$/u;
const HEADLINE_VERB_RE = /^(?:meets?|met|talks?|calls?|visits?|holds?|receives?|hosts?|attends?|welcomes?|signs?|discuss(?:es)?|congratulates?|condoles?|participates?|announces?|releases?|issues?|expresses?|opens?|launches?|concludes?|pays?|travels?|speaks?|joins?|leads?|delivers?|statement|readout|says?|marks?|celebrates?|honou?rs?)$/i;

function isSiteName(title: string): boolean {
  const t = title.trim();
  if (!SITE_NAME_START_RE.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length >= 3 && words.length <= 14 && words.every((w) => SITE_NAME_WORD_RE.test(w) && !HEADLINE_VERB_RE.test(w));
}

/** Words of a headline that says what happened. */
const HEADLINE_EVENT_RE = /\b(?:meets?|meeting|met|talks?|call|calls|telephone|phone|conversation|visits?|visiting|summit|dialogue|consultations?|receives?|received|hosts?|holds?|readout|statement|ministerial)\b/i;
/** Words a headline line cannot end with: the title runs on in the next line. */
const RUNS_ON_RE = /(?:\b(?:of|to|and|for|the|in|on|with|at|by|a|an|from|between|as|its|their|his|her)|[,:;–—-])$/i;

/**
 * End of a title that runs on into the next heading line: when the heading ends with a word that cannot end a title
 * ("... DOSES OF") and the next non-blank line is a heading too, or when the two lines together are the page's
 * external title (HTML <title>). Else `title.end`.
 */
function continuedTitleEnd(ctx: ExtractionContext, title: { start: number; end: number; line: number }): number {
  const { doc, text } = ctx;
  let next = title.line + 1;
  while (next < doc.lines.length && doc.lines[next]!.kind === 'blank') next++;
  const line = doc.lines[next];
  if (line === undefined || line.kind !== 'heading' || line.marker !== null) return title.end;
  const first = text.slice(title.start, title.end);
  const second = text.slice(line.contentStart, line.span[1]).trim();
  const joined = `${first} ${second}`;
  const external = ctx.externalTitle?.replace(/\s+/g, ' ').trim().toLowerCase() ?? null;
  if (!RUNS_ON_RE.test(first) && (external === null || !external.startsWith(joined.replace(/\s+/g, ' ').toLowerCase()))) return title.end;
  if (joined.length > MAX_TITLE_LENGTH) return title.end;
  const start = line.contentStart + (text.slice(line.contentStart, line.span[1]).length - text.slice(line.contentStart, line.span[1]).trimStart().length);
  return start + second.length;
}

/** First lines that are not headlines: a link, an instruction to the reader ("Read the full strategy here"). */
const NOT_A_HEADLINE_RE = /https?:\/\/|www\.|^[*#=_~]{2}|^(?:read|to\s+(?:view|read|watch)|click|see|watch|download|learn|visit|follow|subscribe)\b/i;
/** Lines (blank ones included) a page's head of chrome and site name may take before a headline. */
const SITE_HEAD_LINES = 12;
/** Longest title read from the text. */
const MAX_TITLE_LENGTH = 250;

/**
 * A title on the page's first line that is not a heading: the external title (HTML <title>) written out there, else
 * (when the external title is missing or only the site's name) a headline in sentence case. Null when neither.
 */
function firstLineTitle(ctx: ExtractionContext): { start: number; end: number; rule: string } | null {
  const external = ctx.externalTitle;
  if (external !== null && !isSiteName(external)) {
    const line = ctx.doc.lines.find((l) => l.kind !== 'blank');
    if (line === undefined) return null;
    const s = ctx.text.slice(line.contentStart, line.span[1]).trim();
    if (s.replace(/\s+/g, ' ') !== external.replace(/\s+/g, ' ').trim()) return null;
    const start = ctx.text.indexOf(s, line.contentStart);
    return { start, end: start + s.length, rule: 'document/title-external-line' };
  }
  const headline = sentenceCaseHeadline(ctx);
  return headline && { ...headline, rule: 'document/title-first-line' };
}

/**
 * A page's first line when it reads as a headline written in sentence case: a paragraph of one line, 4-30 words,
 * without final punctuation, followed by a blank line or the end. Null otherwise.
 */
function sentenceCaseHeadline(ctx: ExtractionContext): { start: number; end: number } | null {
  const { doc, text } = ctx;
  // The first line, past chrome and the site's name ("European Union External Action", "Holy See Press Office").
  const i = doc.lines.findIndex((l) => l.kind !== 'blank' && l.kind !== 'chrome' && !isSiteName(text.slice(l.contentStart, l.span[1])));
  const line = doc.lines[i];
  if (line === undefined || line.kind !== 'paragraph' || i > SITE_HEAD_LINES) return null;
  const after = doc.lines[i + 1];
  if (after !== undefined && after.kind !== 'blank') return null;
  let from = line.contentStart;
  // "date 2022-05-18 Secretary Blinken's Meeting with ...": the date that opens the line is not part of the title
  const label = LEADING_DATE_RE.exec(text.slice(from, line.span[1]));
  const date = findFullDate(text.slice(from + label![0].length, Math.min(line.span[1], from + label![0].length + 40)));
  if (date && date.index === 0) {
    from += label![0].length + trimmedLength(text.slice(from + label![0].length, from + label![0].length + date.length));
    // "No: 145, 17 May 2023, Press Release Regarding ...": the comma after the date
    from += /^[\s,;:|–—-]*/.exec(text.slice(from, line.span[1]))![0].length;
  }
  const raw = text.slice(from, line.span[1]);
  const s = raw.trim();
  if (s.length > MAX_TITLE_LENGTH || /[.!?:;,]["”’)]?[\s\u200b-\u200f\u2060\ufeff]*$/.test(s) || NOT_A_HEADLINE_RE.test(s)) return null;
  const words = s.split(/\s+/).length;
  if (words < 4 || words > 24) return null;
  const start = from + (raw.length - raw.trimStart().length);
  return { start, end: start + s.length };
}

export const publisherStage: Stage = {
  name: 'publisher',
  run(ctx) {
    const { text } = ctx;
    // Pages sign themselves in their header or footer; the body is not searched.
    const regions: [number, number][] = text.length <= 2 * SIGNATURE_REGION ? [[0, text.length]] : [[0, SIGNATURE_REGION], [text.length - SIGNATURE_REGION, text.length]];
    const metadata = ctx.externalPublisher ? publisherFromMetadata(ctx.externalPublisher) : null;
    for (const sig of SIGNATURES) {
      for (const [from, to] of regions) {
        const slice = text.slice(from, to);
        // A region without any of the signature's words cannot hold it: the pattern is not run over its 800 characters.
        if (!sig.cues.some((cue) => slice.includes(cue))) continue;
        const m = sig.re.exec(slice);
        // "the Counselor of the U.S. Department of State": a ministry named in a sentence is someone's employer
        if (!m || MENTIONED_BEFORE_RE.test(slice.slice(Math.max(0, m.index - 12), m.index))) continue;
        // The source's own metadata outweighs a name found in the text when the two disagree.
        if (metadata?.country && metadata.country !== sig.country) break;
        ctx.publisher = { name: sig.name, country: sig.country, evidence: evidenceAt(text, from + m.index, from + m.index + m[0].length, 'document/publisher-signature') };
        return;
      }
    }
    if (metadata) {
      ctx.publisher = metadata;
      return;
    }
    // No known signature: a site's name in the page's head or foot that names its country ("Ministry of Foreign
    // Affairs of the Republic of Uzbekistan", "Ministry of External Affairs" / "Government of India").
    const named = siteNamePublisher(ctx);
    if (named) {
      ctx.publisher = named;
      return;
    }
    // No name anywhere: the site's domain may still say whose it is ("https://www.mfa.gov.sg/...").
    const site = ctx.externalUrl === null ? null : hostOf(ctx.externalUrl);
    const bySite = site === null ? null : publisherFromMetadata(site);
    if (bySite?.country) ctx.publisher = bySite;
  },
};

/** Non-blank lines at the top and at the bottom of a page searched for a site's name. */
const SITE_NAME_HEAD_LINES = 8;
const SITE_NAME_FOOT_LINES = 6;

/**
 * The publisher named by a site's name line near the top or the bottom of the page (see {@link isSiteName}), with the
 * country that line names, or the next line when it is a site's name too ("Ministry of External Affairs" /
 * "Government of India"); a country before an organisation. Null when no such line names one.
 */
function siteNamePublisher(ctx: ExtractionContext): Publisher | null {
  const { doc, text } = ctx;
  // Only the page's ends are read (this runs for every page without a signature).
  const first = nonBlankLines(doc.lines, SITE_NAME_HEAD_LINES + 1, false);
  const head = first.slice(0, SITE_NAME_HEAD_LINES);
  const foot = first.length > SITE_NAME_HEAD_LINES ? nonBlankLines(doc.lines, SITE_NAME_FOOT_LINES, true).reverse() : [];
  for (const lines of [head, foot]) {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const s = text.slice(line.contentStart, line.span[1]).trim();
      if (s.length > 120 || !isSiteName(s)) continue;
      const next = lines[i + 1];
      const nextText = next === undefined ? '' : text.slice(next.contentStart, next.span[1]).trim();
      // the next line may be the rest of the name: "Government of India", "Republic of Indonesia"
      const rest = nextText.length <= 60 && nextText.split(/\s+/).every((w) => SITE_NAME_WORD_RE.test(w) && !HEADLINE_VERB_RE.test(w));
      const country = countryOfSiteName(s) ?? (rest ? countryOfSiteName(nextText) : null);
      if (country === null) continue;
      const start = text.indexOf(s, line.contentStart);
      return { name: s, country, evidence: evidenceAt(text, start, start + s.length, 'document/publisher-site-name') };
    }
  }
  // The page's <title> may be the site's name alone ("Ministry of Foreign Affairs of the Republic of Uzbekistan").
  const external = ctx.externalTitle?.trim() ?? '';
  const country = external.length <= 120 && isSiteName(external) ? countryOfSiteName(external) : null;
  if (country === null) return null;
  return { name: external, country, evidence: { text: external, start: 0, end: 0, rule: 'document/publisher-site-title', origin: 'metadata' } };
}

/** Up to `count` non-blank lines from the start of `lines` (from the end, last first, when `fromEnd`). */
function nonBlankLines<L extends { readonly kind: string }>(lines: readonly L[], count: number, fromEnd: boolean): L[] {
  const out: L[] = [];
  for (let k = 0; k < lines.length && out.length < count; k++) {
    const line = lines[fromEnd ? lines.length - 1 - k : k]!;
    if (line.kind !== 'blank') out.push(line);
  }
  return out;
}

/** The country a site's name names (the first one: "Embassy of the Republic of Korea in Japan" is Korea's), else its organisation. */
function countryOfSiteName(name: string): string | null {
  const mentions = findCountries(name).filter((c) => c.kind !== 'capital');
  return (mentions.find((c) => c.kind !== 'organisation') ?? mentions[0])?.code ?? null;
}

/** The host name of `url`, or null when it is not a URL. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** Right before a ministry's name, words that make it a mention in a sentence rather than the page's signature. */
const MENTIONED_BEFORE_RE = /\b(?:of|from|with|by|to|at)\s+(?:the\s+)?$/i;

/**
 * The publisher an ingest knows from outside the text ("U.S. Department of State (reproduced by STL.News)",
 * "The White House (Biden administration)", "President of Russia (Kremlin), English site"), with the country it
 * speaks for. The name is read without its reproduction notes ("reproduced by ...", "via ..."), which name whoever
 * copied the text; then, in the name and after it in its remaining parenthetical qualifiers: a country the name
 * states ("... of Japan", "Australian ..."), a known signature, a seat of government ("White House", "Kremlin"),
 * and last an organisation ("United Nations"). Country null when none of these resolves it.
 */
export function publisherFromMetadata(name: string): Publisher {
  const evidence: Evidence = { text: name, start: 0, end: 0, rule: 'document/publisher-metadata', origin: 'metadata' };
  const { core, qualifiers } = splitPublisherName(name);
  for (const part of [core, ...qualifiers]) {
    const country = countryOfPublisherName(part);
    if (country) return { name, country, evidence };
  }
  return { name, country: null, evidence };
}

const PUBLISHER_NAME_RES = PUBLISHER_NAMES.map((n) => ({ re: new RegExp(n.pattern, 'u'), country: n.country }));
const REPRODUCTION_START_RE = new RegExp(String.raw`^\s*(?:${REPRODUCTION_QUALIFIER_SOURCE})`, 'i');
/** A reproduction note after the name: ", reproduced by ...", " - via ...", " via ...". */
const REPRODUCTION_TAIL_RE = new RegExp(String.raw`(?:\s*[,;:–—]\s*|\s+-\s+)(?:${REPRODUCTION_QUALIFIER_SOURCE})[\s\S]*$|\s+(?:via|reproduced\s+by|republished\s+by|as\s+published\s+by)\s[\s\S]*$`, 'i');

/** The name without parenthetical groups and reproduction notes, and the parenthetical groups that qualify it. */
export function splitPublisherName(name: string): { core: string; qualifiers: string[] } {
  const qualifiers: string[] = [];
  let core = name.replace(/\(([^()]*)\)/g, (_all, inner: string) => {
    if (!REPRODUCTION_START_RE.test(inner)) qualifiers.push(inner.trim());
    return ' ';
  });
  core = core.replace(REPRODUCTION_TAIL_RE, '');
  return { core: core.replace(/\s+/g, ' ').trim(), qualifiers };
}

function countryOfPublisherName(part: string): string | null {
  if (part === '') return null;
  const mentions = findCountries(part).filter((c) => c.kind !== 'capital');
  const country = mentions.find((c) => c.kind !== 'organisation');
  if (country) return country.code;
  const sig = SIGNATURES.find((s) => s.re.test(part));
  if (sig) return sig.country;
  const seat = PUBLISHER_NAME_RES.find((n) => n.re.test(part));
  if (seat) return seat.country;
  return capitalAgencyCountry(part) ?? mentions[0]?.code ?? null;
}

/**
 * The country of a news agency named after its capital ("Tunis Afrique Presse", "Agence Tunis Afrique Presse",
 * "Baghdad News Agency"): a capital opening the name (after "Agence"/"Agency" at most) and an agency's word after it.
 * A newspaper named after its capital ("The Moscow Times", "The Washington Post", "Bangkok Post") is left out: the
 * publisher's country stands for the side the page speaks for (the one a readout's unnamed home official belongs
 * to), which a state agency's is and an independent paper's is not.
 */
function capitalAgencyCountry(part: string): string | null {
  const capital = findCountries(part).find((c) => c.kind === 'capital');
  if (!capital || !CAPITAL_AGENCY_BEFORE_RE.test(part.slice(0, capital.span[0]))) return null;
  return CAPITAL_AGENCY_AFTER_RE.test(part.slice(capital.span[1])) ? capital.code : null;
}

/** Before a capital naming an agency: nothing, or the agency's word ("Agence Tunis Afrique Presse"). */
const CAPITAL_AGENCY_BEFORE_RE = /^\s*(?:(?:the\s+)?(?:agence|agency|agencia|agenzia)\s+(?:de\s+presse\s+)?)?$/i;
/** After it, an agency's word within a few words ("Afrique Presse", "News Agency", "Press Agency"). */
const CAPITAL_AGENCY_AFTER_RE = /^(?:\s+[\p{L}-]+){0,2}?\s+(?:presse|(?:news|press|information)\s+agency|agence|agencia|agenzia)\b/iu;

/** Published date: the first dateline line with a full date near the top of the page. */
export const publishedStage: Stage = {
  name: 'published',
  run(ctx) {
    const { doc, text } = ctx;
    let seen = 0;
    for (const line of doc.lines) {
      // "27. 2. 2024" (day and month each with a full stop) is split by the segmenter as numbering markers; near the
      // top, a numbered line that is a dateline as written is one (not a bulleted "– President Biden, June 11, 2021")
      const top = line.kind !== 'blank' && ++seen <= TITLE_WINDOW;
      if (line.kind !== 'dateline' && !(top && line.marker !== null && /^\d/.test(line.marker) && isDatelineText(text.slice(line.span[0], line.span[1])))) continue;
      // Parse only the date itself: the dateline detector already located it, and the rest of the line is a place.
      const slice = text.slice(line.span[0], line.span[1]);
      const at = findFullDate(slice);
      if (!at) continue;
      const value = datelineValue(ctx, slice.slice(at.index, at.index + at.length), () => slice.slice(0, at.index));
      if (value) {
        const start = line.span[0] + at.index;
        ctx.published = { value, evidence: evidenceAt(text, start, start + trimmedLength(slice.slice(at.index, at.index + at.length)), 'document/dateline') };
        return;
      }
    }
    // A page that opens with its date ("date 2022-05-18 Secretary Blinken's Meeting with ...") dates itself even when
    // the title runs on in the same line.
    const first = doc.lines.find((l) => l.kind !== 'blank');
    if (!first) return;
    const head = text.slice(first.span[0], first.span[1]);
    const lead = LEADING_DATE_RE.exec(head);
    const leading = lead ? dateAt(ctx, first.span[0] + lead[0].length, 0) : null;
    if (leading) {
      ctx.published = { value: leading.value, evidence: { ...leading.evidence, rule: 'document/leading-date' } };
      return;
    }
    ctx.published = agencyDateline(ctx) ?? bracketedPlaceDate(ctx) ?? signatureDate(ctx) ?? publishedFromMetadata(ctx.externalPublished);
  },
};

/**
 * The date of a treaty's or joint communiqué's signature formula at the foot of the page: "Done in New York on 20
 * September 2023, in two original copies ...", "Done at Brussels, 12 March 2024", "Done at Washington this 5th day
 * of May, 2023": the one date such a page prints.
 */
function signatureDate(ctx: ExtractionContext): ExtractionContext['published'] {
  const { doc, text } = ctx;
  let seen = 0;
  for (let i = doc.lines.length - 1; i >= 0 && seen < SIGNATURE_WINDOW; i--) {
    const line = doc.lines[i]!;
    if (line.kind === 'blank') continue;
    seen++;
    const opening = SIGNATURE_RE.exec(text.slice(line.contentStart, Math.min(line.span[1], line.contentStart + 120)));
    if (!opening) continue;
    const from = line.contentStart + opening[0].length;
    const window = text.slice(from, Math.min(line.span[1], from + 100));
    // "this 5th day of May, 2023": the day, the month and the year rewritten as a date the dateline reader takes
    const dayOf = DAY_OF_RE.exec(window);
    const at = dayOf ? { index: dayOf.index, length: dayOf[0].length } : findFullDate(window);
    if (!at || !SIGNATURE_PLACE_RE.test(window.slice(0, at.index))) continue;
    const written = window.slice(at.index, at.index + at.length);
    const value = dayOf ? datelineDate(`${dayOf[1]} ${dayOf[2]} ${dayOf[3]}`) : datelineValue(ctx, written, () => window.slice(0, at.index));
    if (!value) continue;
    const start = from + at.index;
    return { value, evidence: evidenceAt(text, start, start + (dayOf ? written.length : trimmedLength(written)), 'document/signature-date') };
  }
  return null;
}

/** How many non-blank lines from the foot of a page may hold its signature formula. */
const SIGNATURE_WINDOW = 6;
/** The formula's opening words: "Done at", "Done in" (a line of its own, capitalised). */
const SIGNATURE_RE = /^Done\s+(?:at|in)\s+(?=\p{Lu})/u;
/** Between "Done at" and the date: the place (capitalised words, commas), maybe "on", "this", "the". */
const SIGNATURE_PLACE_RE = /^\p{Lu}[\p{L}.'’-]*(?:(?:\s+|,\s*)(?:(?:of|the|de|da|del)\s+)?\p{Lu}[\p{L}.'’-]*){0,4},?\s+(?:on\s+|this\s+)?(?:the\s+)?$/u;
/** "5th day of May, 2023": day, month name and year of the formal style. */
const DAY_OF_RE = /(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+(\p{L}+),?\s+(?:in\s+the\s+year\s+)?(\d{4})(?!\d)/u;

/**
 * The date an ingest knows from outside the text (a feed item's), for a page that prints none: State Department feed
 * items carry the date their text leaves out. Null unless it is a valid ISO day.
 */
function publishedFromMetadata(value: string | null): ExtractionContext['published'] {
  if (value === null) return null;
  try {
    parseIsoDate(value);
  } catch {
    return null;
  }
  return { value, evidence: { text: value, start: 0, end: 0, rule: 'document/published-metadata', origin: 'metadata' } };
}

/** {@link datelineDate} of `written`; `before` (the words before it) is read only for an `a/b/yyyy` date. */
function datelineValue(ctx: ExtractionContext, written: string, before: () => string): string | null {
  return datelineDate(written, isSlashedDate(written) && slashedDayFirst(ctx, before()));
}

/**
 * Whether a page writes `a/b/yyyy` day first: by the country of its publisher, else of the city its dateline names
 * before the date ("Brussels, 06/02/2024"); month first when neither is known (the reading before either was used).
 */
function slashedDayFirst(ctx: ExtractionContext, before: string): boolean {
  const country = ctx.publisher?.country ?? findPlaces(before).at(-1)?.country ?? null;
  if (country !== null) return !MONTH_FIRST_COUNTRIES.has(country);
  // Neither known: most of the world writes day first, so a page whose opening names countries, none of them one
  // that writes month first, is read day first; month first when it names one (or none at all).
  const named = findCountries(ctx.text.slice(0, SLASH_COUNTRY_WINDOW)).filter((c) => c.kind !== 'organisation');
  return named.length > 0 && !named.some((c) => MONTH_FIRST_COUNTRIES.has(c.code));
}

/** How much of a page's opening is read for the countries it names, when its slashed dates' order is unknown. */
const SLASH_COUNTRY_WINDOW = 1500;

/** The full date written at `offset` (within `slack` characters after it), read as a dateline; null if none. */
function dateAt(ctx: ExtractionContext, offset: number, slack: number): { value: string; evidence: Evidence } | null {
  const { text } = ctx;
  const at = findFullDate(text.slice(offset, offset + 40));
  if (!at || at.index > slack) return null;
  const written = text.slice(offset + at.index, offset + at.index + at.length);
  const value = datelineValue(ctx, written, () => text.slice(Math.max(0, offset - 40), offset));
  if (!value) return null;
  const start = offset + at.index;
  return { value, evidence: evidenceAt(text, start, start + trimmedLength(written), 'document/dateline') };
}

/**
 * A news agency's dateline opening the first paragraph: "Riyadh, March 12, 2023, SPA -- ...", "ABU DHABI, 5th June,
 * 2023 (WAM) -- ...", "Asunción, Paraguay, Thursday, 27th June 2024: ...": a place and a full date as
 * {@link openingDateline} reads them; a place and the date in brackets ("JAKARTA (12 May 2023) - "); or a full date
 * and a dash alone ("08 September 2023 – ...", rule `document/opening-date`).
 */
function agencyDateline(ctx: ExtractionContext): ExtractionContext['published'] {
  const { doc, text } = ctx;
  let seen = 0;
  let paragraphs = 0;
  for (const line of doc.lines) {
    if (line.kind === 'blank') continue;
    if (++seen > TITLE_WINDOW) break;
    if (line.kind !== 'paragraph') continue;
    // "Phnom Penh, February 7, 2024 AKP -- ", "Asunción, Paraguay, Thursday, 27th June 2024: ", "Abuja, 20th February 2024. "
    const dated = openingDateline(text.slice(line.contentStart, line.span[1]))?.date;
    const opened = dated ? dateAt(ctx, line.contentStart + dated.index, 0) : null;
    if (opened) return { value: opened.value, evidence: { ...opened.evidence, rule: 'document/agency-dateline' } };
    const opening = text.slice(line.contentStart, Math.min(line.span[1], line.contentStart + 60));
    const place = AGENCY_PLACE_RE.exec(opening);
    // "JAKARTA (12 May 2023) - ...", "Bogotá (May 16, 2024). ...": the date in brackets after the place
    const bracketed = place ? null : BRACKETED_PLACE_RE.exec(opening);
    if (bracketed) {
      const found = dateAt(ctx, line.contentStart + bracketed[0].length, 0);
      const after = found ? text.slice(found.evidence.end, Math.min(line.span[1], found.evidence.end + 30)) : '';
      if (found && BRACKET_TAIL_RE.test(after)) return { value: found.value, evidence: { ...found.evidence, rule: 'document/agency-dateline' } };
    }
    if (!place) {
      // "08 September 2023 – Foreign Affairs Secretary Enrique A. Manalo met ..." (the Philippine DFA's house style):
      // the date alone opens the story, in its first paragraph
      if (paragraphs++ > 0) continue;
      const found = dateAt(ctx, line.contentStart, 0);
      const after = found ? text.slice(found.evidence.end, Math.min(line.span[1], found.evidence.end + 60)) : '';
      if (found && DATE_DASH_RE.test(after)) return { value: found.value, evidence: { ...found.evidence, rule: 'document/opening-date' } };
    }
  }
  return null;
}

/**
 * A place and a full date in brackets closing a line near the top: "Meeting of the Minister ... with the Minister of
 * Foreign Affairs of Armenia, Ararat Mirzoyan (Athens, 22.01.2025)" (Greece's foreign ministry ends its titles so).
 */
function bracketedPlaceDate(ctx: ExtractionContext): ExtractionContext['published'] {
  const { doc, text } = ctx;
  let seen = 0;
  for (const line of doc.lines) {
    if (line.kind === 'blank') continue;
    if (++seen > TITLE_WINDOW) break;
    const tail = text.slice(Math.max(line.contentStart, line.span[1] - 80), line.span[1]);
    const m = BRACKETED_PLACE_DATE_RE.exec(tail);
    if (!m) continue;
    const offset = line.span[1] - tail.length + m.index + m[0].length;
    const found = dateAt(ctx, offset, 0);
    if (found && /^\s*\)\s*$/.test(text.slice(found.evidence.end, line.span[1]))) {
      return { value: found.value, evidence: { ...found.evidence, rule: 'document/bracketed-place-date' } };
    }
  }
  return null;
}

/** "(", a place (one to four capitalised words) and a comma, before a date that closes its line with ")". */
const BRACKETED_PLACE_DATE_RE = /\(\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s*(?=[^()]*\)\s*$)/u;
/** A dateline's place before a date in brackets: one to four capitalised words and "(". */
const BRACKETED_PLACE_RE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,3}\s+\(/u;
/**
 * What follows a bracketed dateline date: the bracket, an optional agency, the dash before the story; or the bracket
 * and a full stop ("Bogotá (May 16, 2024). The Minister ...", Colombia's foreign ministry).
 */
const BRACKET_TAIL_RE = /^\s*\)\s*(?:(?:\(?\p{Lu}[\p{Lu}\p{Ll}.]{1,12}\)?\s*)?(?:--|—|–|-)|\.)\s/u;
/**
 * What follows a date that opens a paragraph on its own: a dash before the story, maybe after the place ("17 January
 * 2024, Kampala, Uganda - Minister ...": a city and its country, each one to three capitalised words).
 */
const DATE_DASH_RE = /^(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}){0,2}\s*(?:--|—|–|-)\s/u;
/** A paragraph opening on a place and a comma (one to four capitalised words, any case): no date in brackets or alone opens it. */
const AGENCY_PLACE_RE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,3},\s+/u;

/** Length of a matched date without the clock time the detector lets run on ("17 July 202018:33" -> "17 July 2020"). */
function trimmedLength(written: string): number {
  const year = /(?:1[89]|2\d)\d\d/.exec(written.replace(/^\d{4}/, '    '));
  const isoLike = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}/.exec(written);
  if (isoLike) return isoLike[0].length;
  return year ? year.index + 4 : written.trimEnd().length;
}

/** What may precede a date that opens a page: blanks and a label ("date", "Published:", a release number "No: 112,"). */
const LEADING_DATE_RE = /^\s*(?:(?:date|dated|published|posted|updated)\s*:?\s*|(?:no|nr)\s*[:.]\s*\d{1,5}\s*,\s*)?/i;

/**
 * Times: one pass over the text, resolved against the published date; without one, against a date the text writes in
 * full about its present (a dateline, else the latest one outside sentences about the future: reference-date-fallback.ts).
 */
export const timesStage: Stage = {
  name: 'times',
  run(ctx) {
    const options = { weekStartsOn: weekStart(ctx) };
    if (ctx.published) {
      ctx.referenceDate = ctx.published.value;
      ctx.times = findTimeExpressions(ctx.text, ctx.referenceDate, options);
      return;
    }
    const provisional = findTimeExpressions(ctx.text, NO_REFERENCE, options);
    const ref = fallbackReferenceDate(ctx.text, provisional);
    ctx.referenceDate = ref;
    // With no date to read them against, "April 12-15" and "next week" keep their words but not an interval.
    ctx.times = ref ? findTimeExpressions(ctx.text, ref, options) : provisional.map((t) => (t.yearImplied || t.relative ? unresolved(t) : t));
  },
};

/** `time` without its interval: the words are known, the dates they mean are not. */
function unresolved(time: TimeExpression): TimeExpression {
  return { ...time, start: null, end: null, pastStart: null, pastEnd: null };
}

/**
 * Publishers whose calendars start the week on Sunday (North America): "this week" in their readouts runs Sunday to
 * Saturday. Everyone else follows SCHEMA.md's Monday-to-Sunday week.
 */
const SUNDAY_WEEK_COUNTRIES: ReadonlySet<string> = new Set(['US', 'CA']);

function weekStart(ctx: ExtractionContext): 0 | 1 {
  return ctx.publisher?.country && SUNDAY_WEEK_COUNTRIES.has(ctx.publisher.country) ? 0 : 1;
}

export function documentStages(): Stage[] {
  return [titleStage, publisherStage, publishedStage, timesStage];
}
