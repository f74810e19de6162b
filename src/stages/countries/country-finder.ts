/**
 * Finds every country and organisation named in a document: names, official names, abbreviations, demonyms,
 * organisations and capital-city metonyms. One pass of the gazetteer trie over the text, then three local checks.
 */
import type { CountryMention } from '../../domain/mentions.ts';
import { COUNTRY_SURFACES, COUNTRY_TRIE, OFFICIAL_FORM_SOURCE } from './country-lexicon.ts';
import { isWordChar } from './phrase-trie.ts';

export { countryName, isOrganisationCode, lookupCountry } from './country-lexicon.ts';

/**
 * Words after a city name that make the name part of something else ("Paris Agreement", "Minsk agreements",
 * "Kyoto Protocol", "Moscow time"): the city is then neither a place nor a stand-in for its country.
 */
export const NOT_A_PLACE_AFTER =
  /^[ \t\u00a0]+(?:[Aa]greements?|[Aa]ccords?|[Cc]onventions?|[Pp]rotocol|Declaration|Memorandum|Final Act|Treaty|Post|Times|Olympics|Olympic|Paralympics|Games|[Tt]ime|Consensus|Process|[Ff]ormat|Principles|Club|Charter|Document|Stock Exchange|Group|Standard Time)(?![\p{L}\p{N}])/u;

/** A capital right after one of these words is the place of something, not a metonym for its government. */
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|at|to|from|into|near|outside|visiting|visited|via|towards?)\s+$/u;

/** "... of " or "... of the " right before a name: only then can an official form precede it. */
const OF_BEFORE = /\bof\s+(?:the\s+)?$/;
/** {@link OF_BEFORE} asked backwards from the end of the string (a sticky lookbehind): cost independent of the length. */
const OF_BEFORE_END = /(?<=\bof\s+(?:the\s+)?)/y;
function endsWithOf(s: string): boolean {
  OF_BEFORE_END.lastIndex = s.length;
  return OF_BEFORE_END.test(s);
}
const OFFICIAL_FORM_BEFORE = new RegExp(String.raw`(?:${OFFICIAL_FORM_SOURCE})+$`);
const CAPS_WORD = /^[A-Z]{2,}$/;
/** A capitalised word (not a title-case function word such as "The" or "With") right before a position. */
const CAPITALISED_WORD_BEFORE = /(?:^|[^\p{L}])(?!(?:The|With|And|For|To|In|At|On|From|By|Between)\s)\p{Lu}[\p{L}'’.-]*[ \t\u00a0]+$/u;
const HYPHENS = new Set(['-', '–', '‑']);
/** `countries/<kind>` for each kind, built once. */
const RULE_OF_KIND: Readonly<Record<CountryMention['kind'], string>> = {
  name: 'countries/name',
  'official-name': 'countries/official-name',
  demonym: 'countries/demonym',
  abbreviation: 'countries/abbreviation',
  organisation: 'countries/organisation',
  capital: 'countries/capital',
};

/**
 * All country and organisation mentions in `text`, sorted by start, never overlapping. Matching is case-sensitive
 * and whole-word; the longest phrase wins ("Papua New Guinea", not "Guinea"). Phrases that contain a country word
 * but name no country ("South China Sea", "Korean Peninsula", "New Mexico") yield nothing.
 *
 * Kinds and rules:
 * - `name`, `official-name`, `abbreviation`, `demonym`, `organisation`: rule `countries/<kind>`. An official form
 *   written before a name ("Republic of Indonesia", "Kingdom of the Netherlands") is included in the span as
 *   `official-name`.
 * - Parts of a hyphenated compound ("Japan-Russia", "U.S.-Japan-ROK") are separate mentions with their own spans and
 *   rule `countries/compound` (their kind is kept).
 * - `capital`: a capital city standing for its country ("Moscow and Beijing's commitment"), rule `countries/capital`;
 *   after "in/at/to/from/visiting ..." the city is a place, rule `countries/capital-locative` (weaker evidence).
 * - Organisations use upper-case short codes (EU, UN, ASEAN, NATO, G7, G20, QUAD, ...). The African Union is
 *   `AFRICAN-UNION`, because `AU` is Australia's ISO code; a bare "AU" in text is taken as the African Union.
 * - All-capital abbreviations ("US", "WHO") inside an all-capitals headline ("TALKS WITH US") are skipped.
 * - An abbreviation the text defines after a name ("Republic of Cyprus (ROC)") takes that name's country in the whole
 *   text.
 */
export function findCountries(text: string): CountryMention[] {
  const out: CountryMention[] = [];
  let previousEnd = 0;
  for (const match of COUNTRY_TRIE.scan(text)) {
    const { code, kind } = match.value;
    if (code === null) {
      previousEnd = match.end;
      continue;
    }
    let start = match.start;
    let mentionKind = kind;
    let rule = RULE_OF_KIND[kind];
    if (kind === 'capital') {
      if (NOT_A_PLACE_AFTER.test(text.slice(match.end, match.end + 24))) continue;
      if (LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) rule = 'countries/capital-locative';
    } else if ((kind === 'abbreviation' || kind === 'organisation') && inCapsHeadline(text, match.start, match.end)) {
      continue;
    } else if (kind === 'name' || kind === 'official-name') {
      const formStart = officialFormStart(text, start, previousEnd);
      if (formStart !== null) {
        start = formStart;
        mentionKind = 'official-name';
        rule = 'countries/official-name';
      }
    }
    out.push({ span: [start, match.end], text: text.slice(start, match.end), code, kind: mentionKind, rule });
    previousEnd = match.end;
  }
  markCompounds(text, out);
  applyDefinedAbbreviations(text, out);
  return out;
}

/**
 * "Republic of Cyprus (ROC)": an abbreviation a document defines in parentheses right after a name stands for that
 * country in the whole document, whatever the gazetteer says it usually means (Taiwan). Later mentions with the same
 * surface take the defined code; the rule of each mention is kept.
 */
function applyDefinedAbbreviations(text: string, mentions: CountryMention[]): void {
  let defined: Map<string, string> | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const code = defined?.get(m.text);
    if (code !== undefined && m.code !== code && m.kind === 'abbreviation') {
      mentions[k] = { ...m, code };
      continue;
    }
    const prev = mentions[k - 1];
    if (prev === undefined || m.kind !== 'abbreviation' || prev.code === m.code || (prev.kind !== 'name' && prev.kind !== 'official-name')) continue;
    if (text.charCodeAt(m.span[0] - 1) !== 0x28 || text.charCodeAt(m.span[1]) !== 0x29 || !/^\s*\($/.test(text.slice(prev.span[1], m.span[0]))) continue;
    (defined ??= new Map()).set(m.text, prev.code);
    mentions[k] = { ...m, code: prev.code };
  }
}

/** Start of an official form ("Republic of ", "Kingdom of the ") written right before a name at `start`, else null. */
function officialFormStart(text: string, start: number, floor: number): number | null {
  const from = Math.max(floor, start - 90);
  // OF_BEFORE_END needs white space right before `start` and, before that, the "f" of "of" or the "e" of "the".
  let k = start - 1;
  if (k < from || !isSpaceCode(text.charCodeAt(k))) return null;
  while (k >= from && isSpaceCode(text.charCodeAt(k))) k--;
  if (k < from || (text.charCodeAt(k) !== 0x66 && text.charCodeAt(k) !== 0x65)) return null;
  const before = text.slice(from, start);
  if (!endsWithOf(before)) return null;
  const form = OFFICIAL_FORM_BEFORE.exec(before);
  if (form === null) return null;
  const formStart = from + form.index;
  if (formStart > 0 && isWordChar(text.charCodeAt(formStart - 1))) return null;
  // "Consumer Federation of America", "Bank of ...": a capitalised word before the form makes it part of another name.
  if (CAPITALISED_WORD_BEFORE.test(text.slice(Math.max(floor, formStart - 30), formStart))) return null;
  // "Minister of State of Japan", "Secretary of State of ...": "State" there is an office, not a country's form.
  if (/^States?\s/.test(form[0]) && OF_BEFORE.test(text.slice(Math.max(floor, formStart - 12), formStart))) return null;
  return formStart;
}

/** JavaScript's `\s` for one UTF-16 code unit. */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Marks mentions joined by a hyphen or en dash to a neighbouring mention ("Japan-Russia") as compound parts. */
function markCompounds(text: string, mentions: CountryMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const left = mentions[k];
    const right = mentions[k + 1];
    if (left === undefined || right === undefined) continue;
    if (right.span[0] !== left.span[1] + 1 || !HYPHENS.has(text.charAt(left.span[1]))) continue;
    mentions[k] = { ...left, rule: 'countries/compound' };
    mentions[k + 1] = { ...right, rule: 'countries/compound' };
  }
}

/**
 * True when an all-capital abbreviation sits among all-capital words on its line ("TALKS WITH US", "US AND
 * JAPAN"): at least one neighbour is an all-capital word that the gazetteer does not know, and the other side is
 * another such word or the line edge.
 */
function inCapsHeadline(text: string, start: number, end: number): boolean {
  const surface = text.slice(start, end);
  if (!CAPS_WORD.test(surface)) return false;
  const before = neighbourWord(text, start, -1);
  const after = neighbourWord(text, end, 1);
  const capsBefore = before !== null && CAPS_WORD.test(before) && !COUNTRY_SURFACES.has(before);
  const capsAfter = after !== null && CAPS_WORD.test(after) && !COUNTRY_SURFACES.has(after);
  return (capsBefore || capsAfter) && (capsBefore || before === null) && (capsAfter || after === null);
}

/** The word next to `from` in direction `step` on the same line, skipping spaces and punctuation; null at a line edge. */
function neighbourWord(text: string, from: number, step: 1 | -1): string | null {
  let i = step === 1 ? from : from - 1;
  while (i >= 0 && i < text.length && !isWordChar(text.charCodeAt(i))) {
    if (text.charCodeAt(i) === 0x0a) return null;
    i += step;
  }
  if (i < 0 || i >= text.length) return null;
  let j = i;
  while (j >= 0 && j < text.length && isWordChar(text.charCodeAt(j))) j += step;
  return step === 1 ? text.slice(i, j) : text.slice(j + 1, i + 1);
}
