/**
 * Recognising a dateline: a short line that is mostly a date ("September 18, 2017", "17 July 202018:33",
 * "03/27/2024", "News item | 31-10-2022 | 14:05", "Mar. 28, 2020", "December 6, 2021, Minsk", "January 20, 2022 - Paris, France - Global
 * Affairs Canada"). Used by the segmenter and by the HTML cleaner (to keep a dateline outside the article body).
 */
import { DATELINE_PREFIX_WORDS, MONTH_NAMES, WEEKDAY_NAMES } from './segment-lexicon.ts';

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
  if (text.includes('|')) text = text.replace(SECTION_TAGS_RE, '');
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
 * A news agency's dateline without a year opening a story: "SEOUL, May 2 (Yonhap) -- ", "Cairo, Feb. 10 (Petra) --
 * ", "Singapore, Mar 23 (PTI) External ...", "MOSCOW, February 10. /TASS/. ": a place (one to four capitalised words,
 * "de" and the like between them), a comma, a day and month in either order, then the agency's name in brackets and
 * a dash or the story's first capital, or a full stop and the agency between slashes. Without a year, the agency so
 * marked is what tells the dateline from a sentence. Month names in lower, title or upper case.
 */
const CASED_MONTH = `(?:${[...MONTH_NAMES].sort((a, b) => b.length - a.length).map((n) => `[${n[0]!.toUpperCase()}${n[0]}](?:${n.slice(1)}|${n.slice(1).toUpperCase()})`).join('|')})\\.?`;
const YEARLESS_AGENCY_RE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:de|del|da|do|la|el|al|es)\s+)?\p{Lu}[\p{L}.'’-]*){0,3}),\s+(?:${CASED_MONTH}\s+${DAY}|${DAY}\s+${CASED_MONTH})(?:\s*\(\p{Lu}[\p{L}.]{1,12}\)\s*(?:(?:--|—|–|-)\s|(?=\p{Lu}))|\.?\s*\/\p{Lu}[\p{L}]{1,12}\/\.?\s)`,
  'u',
);

/**
 * Two year-less datelines without an agency's name, each told from a sentence by its own mark: the city in capitals,
 * its country, then day and month and a full stop (without the country, "MOSCOW, February 10. TASS reported" may be
 * a sentence's start) ("BAKU, Azerbaijan, March 4. President ...", Trend's and
 * Azertac's style); or the place and ".-" (the Spanish-language press's "Santo Domingo.- The Minister ...",
 * "MONTEVIDEO.- ").
 */
const YEARLESS_CAPITALS_RE = new RegExp(
  String.raw`^(\p{Lu}{2}[\p{Lu}'’-]*(?:\s+\p{Lu}{2}[\p{Lu}'’-]*){0,2},\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}),\s+(?:${CASED_MONTH}\s+[0-3]?\d|[0-3]?\d\s+${CASED_MONTH})\.\s+(?=\p{Lu})`,
  'u',
);
const PLACE_POINT_DASH_RE = /^(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|del|da|do|la|el|los|las)\s+)?\p{Lu}[\p{L}'’-]*){0,3})\s?\.[-–—]\s*(?=\p{Lu})/u;

/** The length of the place words of a year-less agency dateline opening `opening`, or null when it opens with none. */
export function yearlessAgencyPlace(opening: string): number | null {
  const m = YEARLESS_AGENCY_RE.exec(opening) ?? YEARLESS_CAPITALS_RE.exec(opening) ?? PLACE_POINT_DASH_RE.exec(opening);
  return m === null ? null : m[1]!.length;
}
