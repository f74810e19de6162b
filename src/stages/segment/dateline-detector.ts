/**
 * Recognising a dateline: a short line that is mostly a date ("September 18, 2017", "17 July 202018:33",
 * "03/27/2024", "News item | 31-10-2022 | 14:05", "Mar. 28, 2020", "December 6, 2021, Minsk", "January 20, 2022 - Paris, France - Global
 * Affairs Canada"). Used by the segmenter and by the HTML cleaner (to keep a dateline outside the article body).
 */
import { DATELINE_PREFIX_WORDS, MONTH_NAMES, NOT_DATELINE_PLACE_WORDS, WEEKDAY_NAMES } from './segment-lexicon.ts';

const MONTH = `(?:${[...MONTH_NAMES].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const DAY = '(?:[0-2]?\\d|3[01])(?:st|nd|rd|th|er|\\.)?';
const YEAR = '(?:1[89]\\d\\d|2\\d\\d\\d)';
const TIME = '(?:\\s*,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\([^)]{1,20}\\))?)?';

/** Full dates (day, month and year) in the common written forms. */
const DATE_SOURCES: readonly string[] = [
  `${DAY}\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?${YEAR}`,
  `${MONTH}\\s+${DAY},?\\s+${YEAR}`,
  // "Mar. 14/2024" (Colombia's foreign ministry: the day and the year joined by a slash)
  `${MONTH}\\s+[0-3]?\\d\\/${YEAR}`,
  `${YEAR}-[01]\\d-[0-3]\\d(?:T[\\d:.+\\-Z]+)?`,
  `[0-3]?\\d[./][01]?\\d[./]${YEAR}`,
  // "27. 2. 2024" (Slovenian, Czech, Slovak and Croatian pages: day and month each followed by a full stop and a space)
  `[0-3]?\\d\\.\\s[01]?\\d\\.\\s${YEAR}`,
  // "31-10-2022" (the Dutch government's pages)
  `[0-3]?\\d-[01]?\\d-${YEAR}`,
  `[01]?\\d/[0-3]?\\d/${YEAR}`,
  `${YEAR}[./][01]?\\d[./][0-3]?\\d`,
];

// Year digits may run straight into a time ("202018:33"), so no \b after the year.
const DATE_RE = new RegExp(`(?<![\\p{L}\\d])(?:${DATE_SOURCES.join('|')})${TIME}`, 'giu');
const WEEKDAY_RE = new RegExp(`(?<![\\p{L}])(?:${WEEKDAY_NAMES.join('|')})\\.?(?![\\p{L}])`, 'giu');
const PREFIX_RE = new RegExp(`^(?:\\s|[,:\\-–—|/()]|(?:${DATELINE_PREFIX_WORDS.join('|')})(?![\\p{L}]))*$`, 'iu');
/**
 * A city and its country (or state) before the date, then a dash or comma: "Manama, Kingdom of Bahrain – ", "Suva,
 * Republic of Fiji, ": capitalised words and the "of"/"the" inside a country's formal name.
 */
const PLACE_BEFORE_DATE_RE = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?,\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the)\s+)*\p{Lu}[\p{L}'’.-]*){0,3}\s*[–—,-]\s*$/u;
const WORD_RE = /[\p{L}][\p{L}'’.\-]*/gu;
const TERMINAL_PERIOD = /[.!?]["”’)]?$/u;

/** A list of two or more capitalised section names after a final "|", closing a line. */
const SECTION_TAGS_RE = /\s*\|\s*\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*)?(?:\s*,\s*\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*)?)+$/u;

/** A part of a "|"-separated line that opens on a date's label ("Updated: ", "Published ", "Date: "). */
const LABELLED_DATE_RE = /^\s*(?:date|dated|published|posted|updated|released|issued)\b\s*:?\s*\d/i;

/** Most words in each other part of a byline with a labelled date ("By CAO DESHENG in Vientiane"). */
const BYLINE_PART_WORDS = 6;

/** Longest line considered for a dateline. */
const MAX_DATELINE_LENGTH = 110;

/**
 * True when `line` (one line, any indentation) is a dateline: it holds a full date, and besides the date,
 * times and weekdays has at most a few words (a place, a source) — up to 6 when the date leads the line,
 * 3 otherwise — and does not end like a sentence.
 */
export function isDatelineText(line: string): boolean {
  let text = line.trim();
  // "KYODO NEWS - Dec 28, 2024 - 18:40 | All, Japan, World": the sections the story is filed under are not the
  // dateline's words
  if (text.includes('|')) {
    text = text.replace(SECTION_TAGS_RE, '');
    // "By CAO DESHENG in Vientiane | China Daily | Updated: 2024-07-26 07:12": a byline's labelled date part, the
    // other parts short (a name, a desk, the paper), not a headline
    if (text.length <= MAX_DATELINE_LENGTH) {
      const parts = text.split('|');
      const dated = parts.map((part) => LABELLED_DATE_RE.test(part) && isDatelineText(part));
      if (dated.includes(true) && parts.every((part, i) => dated[i] || (part.match(WORD_RE)?.length ?? 0) <= BYLINE_PART_WORDS)) return true;
    }
  }
  if (text.length === 0 || text.length > MAX_DATELINE_LENGTH || !hasFourDigits(text)) return false;
  DATE_RE.lastIndex = 0;
  const first = DATE_RE.exec(text);
  if (first === null) return false;
  const before = text.slice(0, first.index).replace(WEEKDAY_RE, ' ');
  const leads = PREFIX_RE.test(before);
  // `text.replace(DATE_RE, ' ').replace(WEEKDAY_RE, ' ')` without scanning the text before the first date again:
  // the later dates are found from where the first one ends, and no weekday match reaches across a replaced date.
  // A later date holds a year after the end of the one before: without four digits in a row there is none.
  let tail = '';
  let last = DATE_RE.lastIndex;
  if (hasFourDigits(text, last)) {
    let m: RegExpExecArray | null;
    while ((m = DATE_RE.exec(text)) !== null) {
      tail += `${text.slice(last, m.index)} `;
      last = DATE_RE.lastIndex;
    }
  }
  tail += text.slice(last);
  const rest = `${before} ${tail.replace(WEEKDAY_RE, ' ')}`;
  const words = rest.match(WORD_RE)?.filter((w) => !DATELINE_PREFIX_WORDS.includes(w.toLowerCase())) ?? [];
  if (words.length > (leads || PLACE_BEFORE_DATE_RE.test(before) ? 6 : 3)) return false;
  if (words.length > 2 && TERMINAL_PERIOD.test(text) && !/\d[.)]?$/.test(text)) return false;
  return true;
}

/** Every full date holds a four-digit year: a line (from `from` on) without four digits in a row has none. */
function hasFourDigits(text: string, from = 0): boolean {
  let run = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (++run === 4) return true;
    } else run = 0;
  }
  return false;
}

/** Index of the first full date in `text` and its length; null when there is none. */
export function findFullDate(text: string): { index: number; length: number } | null {
  DATE_RE.lastIndex = 0;
  const m = DATE_RE.exec(text);
  return m === null ? null : { index: m.index, length: m[0].length };
}

/**
 * The dateline that opens a story paragraph, in the one grammar news agencies and ministries write it:
 *
 *   place [", " country or state] [", " weekday] ", " or " - " [other calendar's date ", corresponding to "] date [agency] separator
 *   place [", " agency] " - "                       (no date: the place only)
 *
 * - place: one to four capitalised words, "de", "del" and the like between them ("Rio de Janeiro", "PHNOM PENH");
 *   never a sentence's opening word ("On Monday, 4 March 2024 - ", "Finally, Minister - ").
 * - country or state: one to four capitalised words, "of"/"the" inside ("Zimbabwe", "Kingdom of Bahrain", "D.C.").
 * - date: a full date in any form {@link findFullDate} reads ("February 7, 2024", "12th February 2024", "27.03.2024"),
 *   or a day and month without a year ("Jan. 10", "14 June").
 * - agency: its name in brackets ("(BNA)", "(UzA)"), between slashes ("/TASS/"), or bare after a space or a comma
 *   ("AKP", ", SPA").
 * - separator before the story: a dash ("-", "--", "–", "—"), a colon, a semicolon or a full stop; or, after an agency
 *   in brackets, the story's first capital ("Singapore, Mar 23 (PTI) External Affairs ...").
 *
 * A date without a year must be marked as a dateline by an agency or a country ("MOSCOW, February 10. TASS reported"
 * and "SEOUL, May 2 -- " may open sentences). The dateless form wants a spaced dash before a capital ("Jeddah -
 * based ..." and "Moscow, in turn, ..." are sentences) and a line that ends as a story paragraph does, not a
 * headline ("Kazakhstan - EU Summit"); ".-" after the place stands for the dash (the Spanish-language press's
 * "Santo Domingo.- The Minister ..."). Month names in lower, title or upper case.
 */
const CASED_MONTH = `(?:${[...MONTH_NAMES].sort((a, b) => b.length - a.length).map((n) => `[${n[0]!.toUpperCase()}${n[0]}](?:${n.slice(1)}|${n.slice(1).toUpperCase()})`).join('|')})\\.?`;
/** A capitalised word of a place ("St.", "D.C.", "Nur-Sultan"), not taking the ".-" after it ("Santo Domingo.- "). */
const PLACE_WORD = String.raw`\p{Lu}(?:[\p{L}'’]|[.-](?=\p{L}))*(?:\.(?![-–—]))?`;
const OPENING_PLACE_RE = new RegExp(String.raw`^${PLACE_WORD}(?:\s+(?:(?:de|del|da|do|la|el|al|es|los|las)\s+)?${PLACE_WORD}){0,3}`, 'u');
const COUNTRY_RE = new RegExp(String.raw`^,\s+(?:the\s+)?${PLACE_WORD}(?:\s+(?:(?:of|the|and)\s+)*${PLACE_WORD}){0,3}`, 'u');
/** A weekday after the place: after a comma, or a spaced dash ("Castries, Saint Lucia - Monday, May 20, 2024 - "). */
const WEEKDAY_SLOT_RE = new RegExp(`^(?:,|\\s+[-–—])\\s+(?:${WEEKDAY_NAMES.join('|')})\\.?(?![\\p{L}])`, 'iu');
/** Before the date: a comma ("Paris, le 5 mars 2024") or a spaced dash ("Manama, Kingdom of Bahrain – 10 January 2024 – "). */
const DATE_SLOT_RE = /^(?:,|\s+[-–—])\s+(?:le\s+)?/;
/** A date in another calendar before the Gregorian one it corresponds to ("14 Jumada II 1445 H, corresponding to "). */
const CORRESPONDING_RE = /^[^,\n]{3,40},?\s+(?:corresponding|which\s+corresponds)\s+to\s+/i;
const YEARLESS_DATE_RE = new RegExp(String.raw`^(?:${CASED_MONTH}\s+${DAY}|${DAY}\s+${CASED_MONTH})(?![\p{L}\d])`, 'u');
/**
 * The agency after the date: "(BNA)", " /TASS/", " AKP --", ", SPA --", ", ARMENPRESS. " (bare, before a dash or colon, or
 * in capitals before a full stop); group 1 set when it is in brackets.
 */
const AGENCY_RE = /^(?:\.?\s*(\(\p{Lu}[\p{L}.]{1,12}\))|\.?\s*\/\p{Lu}\p{L}{1,12}\/|,?\s+\p{Lu}[\p{L}.]{1,12}(?=\s*(?:--|—|–|-|:)\s)|,?\s+\p{Lu}{2,14}(?=\.\s))/u;
/** (A full stop may close a numeric date before the dash: "Sarajevo, 20.11.2024. - ", Bosnia and Herzegovina's ministry.) */
const SEPARATOR_RE = /^(?:(?:\.?\s*(?:--|—|–|-|:|;)|\.)\s+|\.[-–—]\s*)(?=["“‘'(\p{Lu}\d])/u;
/** After a dateless dateline's place: maybe its agency (" (VNA)", ". KAZINFORM"), then the dash before the story's capital. */
const DATELESS_SEPARATOR_RE = /^(?:\s*\(\p{Lu}[\p{L}.]{1,12}\)|\.\s+\p{Lu}{2,14})?(?:\s+(?:--|—|–|-)\s+|\s?\.[-–—]\s*)(?=["“‘(\p{Lu}])/u;
const STORY_END_RE = /[.!?]["”’)]?\s*$/u;
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);
const NOT_PLACE_WORDS: ReadonlySet<string> = new Set(NOT_DATELINE_PLACE_WORDS);

/** A dateline opening a paragraph, as {@link openingDateline} reads it. Offsets are within the paragraph. */
export interface OpeningDateline {
  /**
   * Length of the place words: the place and, when written, its country or state ("Harare, Zimbabwe"), or in a
   * dateline without a date the agency in that slot ("New York, IRNA").
   */
  readonly place: number;
  /** Where the full date is, and how long; null when the dateline has a day and month only, or no date. */
  readonly date: { readonly index: number; readonly length: number } | null;
  /** Whether the dateline has a day and month without a year. */
  readonly yearless: boolean;
  /**
   * Where the dateline's words end (after its date and agency, before the separator): a date written before this
   * offset is the filing date, not an event's ("Accra, March 8, GNA - ... on Tuesday held talks").
   */
  readonly end: number;
  /**
   * True when only the colon after it tells the dateline from a sentence ("ISLAMABAD: ", "ISLAMABAD, Oct 28: ",
   * "Kathmandu, Aug 11: "): no year, agency, country or dash; the label of a transcript's speaker ("QUESTION: ")
   * has the same form, so its place counts only when it names a known one.
   */
  readonly capitalsColon: boolean;
}

/**
 * The dateline opening `paragraph` (the whole line: the dateless form is read only in a line that ends as a story
 * paragraph does), or null when it opens with none.
 */
export function openingDateline(paragraph: string): OpeningDateline | null {
  const placed = OPENING_PLACE_RE.exec(paragraph);
  if (placed === null || !isPlaceWords(placed[0])) return null;
  let at = placed[0].length;
  let place = at;
  let country = false;
  const state = COUNTRY_RE.exec(paragraph.slice(at));
  if (state !== null && isPlaceWords(state[0].slice(1))) {
    at += state[0].length;
    place = at;
    country = true;
  }
  const weekday = WEEKDAY_SLOT_RE.exec(paragraph.slice(at));
  if (weekday !== null) at += weekday[0].length;
  const slot = DATE_SLOT_RE.exec(paragraph.slice(at));
  if (slot !== null) {
    // "Riyadh, 14 Jumada II 1445 H, corresponding to 27 December 2023, SPA -- ": the Gregorian date after the Hijri
    const bridge = CORRESPONDING_RE.exec(paragraph.slice(at + slot[0].length, at + slot[0].length + 80));
    const from = at + slot[0].length + (bridge?.[0].length ?? 0);
    const rest = paragraph.slice(from, from + 60);
    const full = findFullDate(rest);
    const yearless = full === null || full.index !== 0 ? YEARLESS_DATE_RE.exec(rest) : null;
    // "March 4. President ...", "4 Mar. (BNA)": a full stop closing the day or month may be the separator; a clock
    // time after a full date is the dateline's ("Paris, 5 May 2024, 10:30 – ")
    const length = full !== null && full.index === 0 ? full.length : yearless?.[0].replace(/\.$/, '').length;
    if (length !== undefined) {
      const tail = paragraph.slice(from + length, from + length + 40);
      const agency = AGENCY_RE.exec(tail);
      const after = tail.slice(agency?.[0].length ?? 0);
      const separated = SEPARATOR_RE.test(after) || (agency?.[1] !== undefined && /^\s+\p{Lu}/u.test(after));
      // A day and month alone: an agency, a country or a colon ("ISLAMABAD, Oct 28: ", Pakistan's press; "Kathmandu,
      // Aug 11: ", Nepal's RSS) is what tells the dateline from a sentence; a colon's place must be a known one
      // (capitalsColon), as no sentence opens "Place, Aug 11:" but a label may ("Note, June 5: ...").
      const marked = yearless === null || agency !== null || country;
      if (separated && (marked || /^\s*:/.test(after))) {
        const end = from + length + (agency?.[0].length ?? 0);
        return { place, date: yearless === null ? { index: from, length: trimmedDateLength(rest.slice(0, length)) } : null, yearless: yearless !== null, end, capitalsColon: !marked };
      }
    }
  }
  // ("Jeddah - Sunday, the Minister ...": a weekday after a dash and no date leaves the dateless form)
  if (weekday !== null && weekday[0].trimStart().startsWith(',')) return null;
  // "Jeddah - The Secretary-General ...", "New York, IRNA - Iranian ...": the place alone, in a story paragraph;
  // "ISLAMABAD: Deputy Prime Minister ..." (Dawn, The News, the Express Tribune): in capitals, before a colon
  if (!STORY_END_RE.test(paragraph)) return null;
  const after = paragraph.slice(place);
  if (DATELESS_SEPARATOR_RE.test(after)) return { place, date: null, yearless: false, end: place, capitalsColon: false };
  return CAPITALS_COLON_RE.test(after) && isCapitals(paragraph.slice(0, place)) ? { place, date: null, yearless: false, end: place, capitalsColon: true } : null;
}

/** After a dateless place in capitals: a colon before the story's capital ("ISLAMABAD: Deputy Prime Minister ..."). */
const CAPITALS_COLON_RE = /^:\s+(?=["“‘(\p{Lu}])/u;

/** Whether a dateline's place words are written in capitals ("NEW DELHI", "ISLAMABAD"): no lower-case letter, two letters at least. */
function isCapitals(words: string): boolean {
  return !/\p{Ll}/u.test(words) && /\p{Lu}{2}/u.test(words);
}

/**
 * Whether capitalised words can be a dateline's place: not opening on a sentence's word, a month or a weekday
 * ("Monday, 4 March", ", March 4"; a month's name inside a place is a place: "Rio de Janeiro").
 */
function isPlaceWords(words: string): boolean {
  const first = /^\s*([^\s,]+)/.exec(words)?.[1] ?? '';
  return !NOT_PLACE_WORDS.has(first.replace(/\.$/, '')) && !CALENDAR_WORDS.has(first.replace(/\.$/, '').toLowerCase());
}

/** A full date's length without the clock time the date pattern lets follow it ("June 14, 2024, 19:10"). */
function trimmedDateLength(written: string): number {
  const year = /(?:1[89]|2\d)\d\d/.exec(written.replace(/^\d{4}/, '    '));
  const isoLike = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}/.exec(written);
  if (isoLike) return isoLike[0].length;
  return year ? year.index + 4 : written.trimEnd().length;
}

/**
 * The length of the place words of a dateline with a day and month but no year ("SEOUL, May 2 (Yonhap) -- ") opening
 * `opening`, or null when it opens with none: {@link openingDateline} of that form.
 */
export function yearlessAgencyPlace(opening: string): number | null {
  const dateline = openingDateline(opening);
  return dateline?.yearless ? dateline.place : null;
}
