/**
 * Recognises an official title at a token position: `modifier* portfolio-word* base tail?`, then "of/for <portfolio>"
 * complements, "and <second title>" compounds, and a trailing "of <country>" that gives the holder's country
 * ("Minister of Foreign Affairs of the Russian Federation", "State Councilor and Foreign Minister of the People’s
 * Republic of China", "Minister [of Foreign Affairs").
 */
import type { CountryMention } from '../../domain/mentions.ts';
import type { Span } from '../../domain/record.ts';
import { INSTITUTION_WORDS, NON_NAME_WORDS } from './name-lexicon.ts';
import { ABBREVIATED_BASES, APPOSITION_END_VERBS, COMPOUND_SECOND_BASES, DOUBLE_TITLE_FIRST_BASES, GENERAL_ONLY_BASES, ORGAN_PRESIDENCY_BASES, ORGAN_WORDS, PORTFOLIO_NOT_FIRST_WORDS, PORTFOLIO_WORDS, REGION_WORDS, REGIONAL_OFFICES, SERVING_OFFICE_WORDS, TITLE_BASES, TITLE_EPITHETS, TITLE_MODIFIERS, TITLE_TAILS, TO_COUNTRY_BASES } from './title-lexicon.ts';
import type { Token } from './word-tokenizer.ts';

const BASES = new Set(TITLE_BASES);
const MODIFIERS = new Set(TITLE_MODIFIERS);
const PORTFOLIO = new Set(PORTFOLIO_WORDS);
const COMPOUND_SECOND = new Set(COMPOUND_SECOND_BASES);
const NON_NAME = new Set([...NON_NAME_WORDS, ...INSTITUTION_WORDS]);
const TO_COUNTRY = new Set(TO_COUNTRY_BASES);
const ABBREVIATED = new Set(ABBREVIATED_BASES);
const APPOSITION_END: ReadonlySet<string> = new Set(APPOSITION_END_VERBS);
const FIRST_WORD_RE = /^[a-z][a-z-]*/u;
const DOUBLE_TITLE_FIRST: ReadonlySet<string> = new Set(DOUBLE_TITLE_FIRST_BASES);
const REGIONS: ReadonlySet<string> = new Set(REGION_WORDS);
const GENERAL_ONLY: ReadonlySet<string> = new Set(GENERAL_ONLY_BASES);
const SERVING_OFFICES: ReadonlySet<string> = new Set(SERVING_OFFICE_WORDS);
const PORTFOLIO_NOT_FIRST: ReadonlySet<string> = new Set(PORTFOLIO_NOT_FIRST_WORDS);
const REGIONAL_OFFICE_BASES: ReadonlySet<string> = new Set(REGIONAL_OFFICES);
const ORGANS: ReadonlySet<string> = new Set(ORGAN_WORDS);
const ORGAN_PRESIDENCIES: ReadonlySet<string> = new Set(ORGAN_PRESIDENCY_BASES);
/** Roman ordinals written after a title's portfolio, as written. */
const ORDINALS: ReadonlySet<string> = new Set(['II', 'III']);
/** Royal styles, which are also titles of their own ("Prince Faisal", "Emir Tamim"). */
const ROYAL_STYLES: ReadonlySet<string> = new Set(['prince', 'princess', 'king', 'queen', 'emir', 'amir', 'sultan']);

/** A country given with a person or title, with the words that state it. */
export interface CountryRef {
  readonly code: string;
  readonly span: Span;
  readonly rule: string;
}

/** The tokens and country mentions of one document, with look-ups the people stage shares. */
export interface TokenContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Start and past-the-end offset of each token. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** The document's country mentions. */
  readonly countries: readonly CountryMention[];
  /**
   * Per token, 1 + the index in `countries` of the mention that starts where the token starts (the longest), or 0; and
   * of the mention that ends where the token ends, or 0. Arrays by token instead of maps by offset: all look-ups are
   * at token boundaries, and filling two reused arrays costs less than building two maps per document.
   */
  readonly countryStarts: Int32Array;
  readonly countryEnds: Int32Array;
  /** 1 for each token that lies inside a country mention. */
  readonly covered: Uint8Array;
}

/** The country mention that starts where token `i` starts, if any. */
export function countryStartingAt(ctx: TokenContext, i: number): CountryMention | undefined {
  const slot = ctx.countryStarts[i];
  return slot === undefined || slot === 0 ? undefined : ctx.countries[slot - 1];
}

/** The country mention that ends where token `i` ends, if any. */
export function countryEndingAt(ctx: TokenContext, i: number): CountryMention | undefined {
  const slot = ctx.countryEnds[i];
  return slot === undefined || slot === 0 ? undefined : ctx.countries[slot - 1];
}

/** Index of the first token at or after a character offset (for mention ends). */
export function tokenAt(ctx: TokenContext, offset: number): number {
  const { starts } = ctx;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Title lexicon bits on word tokens (`Token.flags`), by `key`; the people finder adds its own from bit 8 down. */
const F_BASE = 1 << 8;
const F_MODIFIER = 1 << 9;
const F_PORTFOLIO = 1 << 10;
const F_NON_NAME = 1 << 11;
const F_COMPOUND_SECOND = 1 << 12;
const F_TO_COUNTRY = 1 << 13;
const F_ABBREVIATED = 1 << 15;
/** Bits of words that may start a title ("Political Director", "Deputy Minister", "Ambassador"). */
export const F_TITLE_START = F_BASE | F_MODIFIER | F_PORTFOLIO;
/** Bits of words that may start the rank part of a title after an organisation ("... Ministry Deputy Minister"). */
export const F_RANK = F_BASE | F_MODIFIER;
/** Bit of title base words ("Minister", "President"). */
export const F_TITLE_BASE = F_BASE;

/** The title lexicon bits of a word key. */
export function titleFlags(key: string): number {
  return (
    (BASES.has(key) ? F_BASE : 0) |
    (MODIFIERS.has(key) ? F_MODIFIER : 0) |
    (PORTFOLIO.has(key) ? F_PORTFOLIO : 0) |
    (NON_NAME.has(key) ? F_NON_NAME : 0) |
    (COMPOUND_SECOND.has(key) ? F_COMPOUND_SECOND : 0) |
    (TO_COUNTRY.has(key) ? F_TO_COUNTRY : 0) |
    (ABBREVIATED.has(key) ? F_ABBREVIATED : 0)
  );
}

/** A title found in the text. */
export interface TitleMatch {
  /** First and past-the-end token of the title words. */
  readonly first: number;
  readonly end: number;
  /** Token after the title and any "of <country>" that follows it. */
  readonly next: number;
  readonly span: Span;
  readonly text: string;
  /** Country from "of <country>" after the title; null when none. */
  readonly country: CountryRef | null;
  /** The title opened an editorial bracket that the name closes ("Minister [of Foreign Affairs Fumio] Kishida"). */
  readonly openBracket: boolean;
  /** First token of the second title of a compound ("State Councilor and [Foreign Minister]"), or -1. */
  readonly second: number;
}

/** Same line, separated by whitespace from the previous token. */
function joined(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return token !== undefined && token.spaceBefore && !token.lineBreakBefore;
}

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word';
}

function hasFlag(tokens: readonly Token[], from: number, to: number, flag: number): boolean {
  for (let k = from; k < to; k++) if ((tokens[k]!.flags & flag) !== 0) return true;
  return false;
}

/** Past-the-end token of a tail of `base` at `j` ("General", "to the President"), or `j`. */
function matchTail(tokens: readonly Token[], j: number, base: string): number {
  for (const tail of TITLE_TAILS) {
    if (!tail.after.includes(base)) continue;
    // (a bracketed tail, "(East)", is written without spaces inside its brackets, an abbreviation, "a.i.", without
    // spaces around its full stops, and a comma right after the word before it)
    if (tail.words.every((word, k) => tokens[j + k]?.key === word && (joined(tokens, j + k) || (k > 0 && (word === ')' || word === '.' || word === ',' || tail.words[k - 1] === '(' || tail.words[k - 1] === '.') && !tokens[j + k]!.spaceBefore && !tokens[j + k]!.lineBreakBefore)))) return j + tail.words.length;
  }
  return j;
}

/**
 * "General" at `j` names a body, not a rank, when an institution's or a portfolio's word follows it ("the General Staff",
 * "General Intelligence Services", "General Services Administration").
 */
function isGeneralOfBody(tokens: readonly Token[], j: number): boolean {
  const general = tokens[j];
  const after = tokens[j + 1];
  return isWord(general) && general.key === 'general' && general.cap && isWord(after) && after.cap && joined(tokens, j + 1) &&
    (after.flags & (F_PORTFOLIO | F_NON_NAME)) !== 0 && (after.flags & F_BASE) === 0;
}

/** Past-the-end token of the title head starting at `i`, or -1. */
function matchHead(tokens: readonly Token[], i: number, allowLower: boolean): number {
  const first = tokens[i];
  if (!isWord(first) || (!first.cap && !allowLower)) return -1;
  // "HR/VP Josep Borrell": the EU High Representative/Vice-President
  if (first.key === 'hr' && tokens[i + 1]?.text === '/' && tokens[i + 2]?.key === 'vp' && !tokens[i + 1]!.spaceBefore && !tokens[i + 2]!.spaceBefore) return i + 3;
  // "Chief Foreign Policy Advisor", "Chief Medical Advisor": a rank word that is also a base ("Chief") is a modifier
  // when a title follows it
  if ((first.flags & F_MODIFIER) !== 0 && (first.flags & F_BASE) !== 0 && isWord(tokens[i + 1]) && tokens[i + 1]!.cap && joined(tokens, i + 1) &&
    (tokens[i + 1]!.flags & F_PORTFOLIO) !== 0 && (tokens[i + 1]!.flags & F_BASE) === 0) {
    const rest = matchHead(tokens, i + 1, false);
    if (rest > i + 1) return rest;
  }
  let j = i;
  while (isWord(tokens[j]) && (tokens[j]!.flags & F_MODIFIER) !== 0 && (tokens[j]!.flags & F_BASE) === 0 && (j === i || joined(tokens, j))) j++;
  for (;;) {
    const token = tokens[j];
    // ("World Bank President": a bank's word opens no title; "Central Bank Governor" has its own first word)
    if (isWord(token) && token.cap && (token.flags & F_PORTFOLIO) !== 0 && (token.flags & F_BASE) === 0 && (j === i ? !PORTFOLIO_NOT_FIRST.has(token.key) : joined(tokens, j))) {
      j++;
      continue;
    }
    // "Health and Human Services Secretary"
    const after = tokens[j + 1];
    if (j > i && (token?.fold === 'and' || token?.text === '&') && joined(tokens, j) && isWord(after) && after.cap && (after.flags & F_PORTFOLIO) !== 0 && (after.flags & F_BASE) === 0 && joined(tokens, j + 1)) {
      j++;
      continue;
    }
    break;
  }
  let base = tokens[j];
  // "Inspector General", "Comptroller General": an office that is a title only with its "General"
  if (isWord(base) && base.cap && GENERAL_ONLY.has(base.key) && (j === i || joined(tokens, j)) && tokens[j + 1]?.key === 'general' && tokens[j + 1]!.cap && joined(tokens, j + 1)) {
    return matchTail(tokens, j + 1, base.key);
  }
  if (!isWord(base) || (base.flags & F_BASE) === 0 || (j > i && !joined(tokens, j))) {
    // "Chief of the National Security Bureau": a modifier word that is also a base stands alone
    if (j === i || (first.flags & F_BASE) === 0) return -1;
    j = i;
    base = first;
  }
  // "Under President Biden" is a preposition, not a rank
  if (first.key === 'under' && base.key !== 'secretary') return -1;
  // ("the General Staff", "General Intelligence Services", "General Services Administration": "General" before an
  // institution's or a portfolio's word names the body, not a rank)
  if (isGeneralOfBody(tokens, j)) return -1;
  j = matchTail(tokens, j + 1, base.key);
  // "General Secretary", "Minister Counsellor": a second base word continues the title
  const firstSecond = j;
  // ("Saudi Foreign Minister Prince Faisal bin Farhan", "Deputy Prime Minister/Foreign Minister Senator Mohammad Ishaq
  // Dar": a royal style or a legislator's before the name does not continue the title)
  while (isWord(tokens[j]) && tokens[j]!.cap && joined(tokens, j) && (tokens[j]!.flags & F_BASE) !== 0 && tokens[j]!.key !== 'general' && tokens[j]!.key !== 'senator' && !ROYAL_STYLES.has(tokens[j]!.key)) j++;
  // "Chief Advisor to the President"
  if (j > firstSecond) j = matchTail(tokens, j, tokens[j - 1]!.key);
  return j;
}

/**
 * Past-the-end token of a portfolio phrase at `i` ("Foreign Affairs", "the Treasury", "Foreign, Commonwealth and
 * Development Affairs", "Intergovernmental Affairs"), or -1. Capitalised words outside the portfolio list are taken
 * only when a portfolio word follows them; the phrase ends on its last portfolio word, so a name after it stays out
 * ("Minister for Foreign Affairs Koichiro Gemba"). An "and" that starts a second title ("... Affairs and Defence
 * Minister") ends the phrase.
 */
function matchPortfolio(ctx: TokenContext, i: number): number {
  const { tokens } = ctx;
  let j = i;
  if (tokens[j]?.fold === 'the' && joined(tokens, j + 1)) j++;
  let end = -1;
  /** Capitalised words since the last portfolio word ("Ayman Safadi" in "... Affairs Ayman Safadi and ..."). */
  let nameLike = 0;
  while (j < tokens.length) {
    const token = tokens[j]!;
    if ((j > i && !token.spaceBefore) || token.lineBreakBefore) break;
    if (isWord(token) && (token.flags & F_PORTFOLIO) !== 0) {
      j++;
      end = j;
      nameLike = 0;
    } else if (isGeneralOfBody(tokens, j)) {
      j++;
    } else if (isWord(token) && token.cap && (token.flags & F_NON_NAME) === 0 && ctx.covered[j] !== 1 && (token.flags & F_BASE) === 0) {
      j++;
      nameLike++;
    } else if (end > 0 && ctx.covered[j] === 1 && countryInPortfolio(ctx, j) > 0) {
      j = countryInPortfolio(ctx, j);
      continue;
    } else {
      break;
    }
    let connector = tokens[j];
    if (connector === undefined) break;
    // ("Minister of Foreign Affairs, European Affairs and Foreign Trade, and the Federal Cultural Institutions": a
    // comma before the last "and" of a list)
    if (connector.text === ',' && !connector.spaceBefore && end === j && tokens[j + 1]?.fold === 'and' && joined(tokens, j + 1)) connector = tokens[++j]!;
    // ("Foreign, Commonwealth and Development Affairs"; not "Strategic Affairs Ron Dermer, National Security Advisor":
    // a comma continues the portfolio only after a portfolio word)
    if (connector.text === ',' && !connector.spaceBefore && end === j && isWord(tokens[j + 1]) && tokens[j + 1]!.cap && (ctx.covered[j + 1] !== 1 || countryInPortfolio(ctx, j + 1) > 0)) {
      j++;
      continue;
    }
    // ("Minister of Foreign Affairs Ayman Safadi and Egyptian Foreign Minister ...": two or more words that are no
    // portfolio's before "and" are a name, and the portfolio ended before them; "Foreign, Commonwealth and ..." goes on)
    if ((connector.fold === 'and' || connector.text === '&') && joined(tokens, j) && nameLike >= 2) break;
    if ((connector.fold === 'and' || connector.text === '&') && joined(tokens, j)) {
      // a second title after "and" is a compound, not more portfolio
      let k = j + 1;
      // "Europe and the Americas"
      if (tokens[k]?.fold === 'the' && !tokens[k]!.cap) k++;
      // ("... and the Federal Cultural Institutions": a rank word before the portfolio's words)
      if (tokens[k]?.key === 'federal' && tokens[k]!.cap && isWord(tokens[k + 1]) && (tokens[k + 1]!.flags & F_PORTFOLIO) !== 0 && (tokens[k + 1]!.flags & F_BASE) === 0) k++;
      const first = k;
      while (isWord(tokens[k]) && (tokens[k]!.flags & F_PORTFOLIO) !== 0) k++;
      // "... African Cooperation and Moroccan Expatriates"
      if (k === first && ctx.covered[k] === 1 && countryInPortfolio(ctx, k) > 0) {
        j = first;
        continue;
      }
      // ("Minister of State for the Middle East, North Africa, South Asia and the United Nations at ...": an
      // organisation ends the list when no name or title word follows it)
      const organisation = k === first && ctx.covered[k] === 1 ? countryStartingAt(ctx, k) : undefined;
      if (organisation?.kind === 'organisation') {
        const past = tokenAt(ctx, organisation.span[1]);
        if (!isWord(tokens[past]) || !tokens[past]!.cap) {
          end = past;
          break;
        }
      }
      // ("Minister for Trade and Tourism Senator the Hon. Don Farrell": "Senator" is the holder's style)
      if (k === first || (isWord(tokens[k]) && (tokens[k]!.flags & F_BASE) !== 0 && tokens[k]!.key !== 'senator')) break;
      j = first;
    }
  }
  return end;
}

/**
 * A country or organisation named inside a portfolio ("Minister for Foreign Affairs, European Union and Cooperation",
 * "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates"): the token after the mention when a
 * portfolio word follows it, directly or after "and"; else -1.
 */
function countryInPortfolio(ctx: TokenContext, j: number): number {
  const { tokens } = ctx;
  const mention = countryStartingAt(ctx, j);
  if (mention === undefined) return -1;
  const k = tokenAt(ctx, mention.span[1]);
  const next = tokens[k]?.fold === 'and' && joined(tokens, k) ? k + 1 : k;
  const word = tokens[next];
  return isWord(word) && word.cap && (word.flags & F_PORTFOLIO) !== 0 && joined(tokens, next) ? k : -1;
}

/**
 * A region named before the office whose title starts at `i` ("Leningrad Oblast Governor", "Krasnodar Krai Governor",
 * "Lagos State Governor", "Russia's Sverdlovsk Region Governor"): the first token of the region's name and the country
 * a possessive or demonym before it names (or a capital its name starts with), or null. The region word is the token
 * before `i` or the title's own first word ("State" in "Lagos State Governor"); its name is one to
 * {@link MAX_REGION_NAME_WORDS} capitalised words joined to it on the line, none a title word nor a country (but a
 * capital first: "Moscow Oblast").
 */
function regionBefore(ctx: TokenContext, i: number, headEnd: number): { readonly first: number; readonly country: CountryRef | null } | null {
  const { tokens } = ctx;
  let r = i - 1;
  const own = tokens[i]!;
  if (REGIONS.has(own.key) && own.cap && i + 1 < headEnd) {
    if ((own.flags & F_MODIFIER) !== 0 && !REGIONAL_OFFICE_BASES.has(tokens[headEnd - 1]!.key)) return null;
    r = i;
  }
  else if (!isWord(tokens[r]) || !tokens[r]!.cap || !REGIONS.has(tokens[r]!.key) || !joined(tokens, i)) return null;
  let first = r;
  let country: CountryRef | null = null;
  for (let k = r - 1; k >= 0 && r - k <= MAX_REGION_NAME_WORDS && joined(tokens, k + 1); k--) {
    const token = tokens[k]!;
    if (!isWord(token) || !token.cap || (token.flags & (F_BASE | F_MODIFIER | F_PORTFOLIO | F_NON_NAME)) !== 0) break;
    if (ctx.covered[k] === 1) {
      const capital = countryStartingAt(ctx, k);
      if (capital?.kind !== 'capital' || tokenAt(ctx, capital.span[1]) !== first) break;
      country = { code: capital.code, span: capital.span, rule: 'people/title-region' };
      first = k;
      break;
    }
    first = k;
  }
  if (first === r) return null;
  // "Russia's Leningrad Oblast Governor", "the Russian Leningrad Oblast Governor"
  const before = tokens[first - 1];
  const mention = before?.kind === 'poss' ? countryEndingAt(ctx, first - 2) : ctx.covered[first - 1] === 1 ? countryEndingAt(ctx, first - 1) : undefined;
  if (mention !== undefined && mention.kind !== 'organisation' && (before?.kind === 'poss' || mention.kind === 'demonym')) {
    country = { code: mention.code, span: mention.span, rule: 'people/title-region' };
  }
  return { first, country };
}

/**
 * The token where an office starts after a region's name that starts at `i` ("[Leningrad] Oblast Governor", "[Lagos]
 * State Governor"), or -1: capitalised words joined on the line, the region word after at least one of them.
 */
function officeAfterRegionName(ctx: TokenContext, i: number): number {
  const { tokens } = ctx;
  for (let k = i; k - i <= MAX_REGION_NAME_WORDS; k++) {
    const token = tokens[k];
    if (!isWord(token) || !token.cap || (k > i && !joined(tokens, k))) return -1;
    if (k > i && REGIONS.has(token.key)) return (token.flags & F_BASE) === 0 && (token.flags & F_MODIFIER) !== 0 ? k : k + 1;
    if ((token.flags & (F_BASE | F_MODIFIER | F_PORTFOLIO | F_NON_NAME)) !== 0) return -1;
  }
  return -1;
}

/** Most capitalised words of a principal's name after the principal's title ("to Prime Minister Kyriakos Mitsotakis"). */
const MAX_PRINCIPAL_NAME_WORDS = 3;

/**
 * The principal an adviser or a chief of staff serves, after "to" at `i`: "the <title>" ("to the President", "to the
 * Prime Minister of Greece") or "<title> <Name>" followed by a comma ("to Prime Minister Mitsotakis, Anna-Maria
 * Boura": the name after the comma is the adviser's). The past-the-end token of the title words (and the name), the
 * token after the principal's "of <country>", and that country (the adviser's side); or null.
 */
function principalServed(ctx: TokenContext, i: number): { readonly end: number; readonly next: number; readonly country: CountryRef | null } | null {
  const { tokens } = ctx;
  if (!joined(tokens, i)) return null;
  const the = tokens[i]!.fold === 'the' && !tokens[i]!.cap;
  const k = the ? i + 1 : i;
  if (!joined(tokens, k)) return null;
  const principal = matchTitle(ctx, k, false);
  if (principal === null || principal.first !== k || principal.second >= 0) return null;
  if (the) return { end: principal.end, next: principal.next, country: principal.country };
  let end = principal.next;
  while (end - principal.next < MAX_PRINCIPAL_NAME_WORDS && isWord(tokens[end]) && tokens[end]!.cap && joined(tokens, end) && (tokens[end]!.flags & (F_BASE | F_MODIFIER | F_PORTFOLIO | F_NON_NAME)) === 0) end++;
  if (end === principal.next || tokens[end]?.text !== ',' || tokens[end]!.spaceBefore) return null;
  return { end, next: end, country: principal.country };
}

/** Most capitalised words a region's name has before its region word ("Khanty-Mansi Autonomous Okrug"). */
const MAX_REGION_NAME_WORDS = 4;

/**
 * A region named at `i` after "of" or "for" ({@link REGION_WORDS}): "[the] [<country>'s | <demonym>] <Name words>
 * <region word>" ("Russia's Leningrad Oblast", "the Sverdlovsk Region", "Lagos State", "the Gulf Region"). Its
 * past-the-end token and the country a possessive or demonym before it names (or a capital its name starts with:
 * "Moscow Oblast"), or null. The name words are capitalised words on the line that are no country and no title base;
 * at least one comes before the region word.
 */
function matchRegion(ctx: TokenContext, i: number): { readonly end: number; readonly country: CountryRef | null } | null {
  const { tokens } = ctx;
  let j = i;
  if (tokens[j]?.fold === 'the' && !tokens[j]!.cap && joined(tokens, j + 1)) j++;
  let country: CountryRef | null = null;
  const mention = ctx.covered[j] === 1 ? countryStartingAt(ctx, j) : undefined;
  if (mention !== undefined && mention.kind !== 'organisation' && mention.kind !== 'capital') {
    const k = tokenAt(ctx, mention.span[1]);
    const poss = tokens[k]?.kind === 'poss';
    if (!poss && mention.kind !== 'demonym') return null;
    country = { code: mention.code, span: mention.span, rule: 'people/title-region' };
    j = poss ? k + 1 : k;
    if (!joined(tokens, j)) return null;
  }
  let names = 0;
  for (; names <= MAX_REGION_NAME_WORDS; j++) {
    const token = tokens[j];
    if (!isWord(token) || !token.cap || (names > 0 && !joined(tokens, j))) return null;
    if (names > 0 && REGIONS.has(token.key)) return { end: j + 1, country };
    if ((token.flags & F_BASE) !== 0) return null;
    if (ctx.covered[j] === 1) {
      // "Moscow Oblast", "Cairo Governorate": a region named after its capital is in the capital's country
      const capital = countryStartingAt(ctx, j);
      if (capital?.kind !== 'capital' || names > 0 || tokenAt(ctx, capital.span[1]) !== j + 1) return null;
      country ??= { code: capital.code, span: capital.span, rule: 'people/title-region' };
    }
    names++;
  }
  return null;
}

/** Skips a short parenthesised abbreviation "(PRC)" at `i`; returns the token after it, or `i`. */
export function skipAbbreviation(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== '(') return i;
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
    if (tokens[k]?.text === ')') return k + 1;
    if (tokens[k]?.lineBreakBefore === true) return i;
  }
  return i;
}

/** A country mention starting at token `i` (optionally after "the"): its past-the-end token and reference. */
export function countryAt(ctx: TokenContext, i: number, rule: string): { readonly next: number; readonly ref: CountryRef } | null {
  const token = ctx.tokens[i];
  if (token === undefined) return null;
  let mention = countryStartingAt(ctx, i);
  if (mention === undefined && token.fold === 'the' && ctx.tokens[i + 1] !== undefined) {
    mention = countryStartingAt(ctx, i + 1);
  }
  if (mention === undefined) return null;
  const next = skipAbbreviation(ctx.tokens, tokenAt(ctx, mention.span[1]));
  return { next, ref: { code: mention.code, span: mention.span, rule } };
}

/**
 * An abbreviated title at `i` ("PM", "FM") is not a time ("3 PM Tokyo time") nor part of a name ("KETO FM
 * International"): the word before it is no number and no capitalised word other than a country or a rank.
 */
function abbreviationOk(ctx: TokenContext, i: number): boolean {
  const before = ctx.tokens[i - 1];
  if (before === undefined || ctx.tokens[i]!.lineBreakBefore) return true;
  if (before.kind === 'num' || before.text === ':') return false;
  if (!joined(ctx.tokens, i) || !isWord(before) || !before.cap) return true;
  return ctx.covered[i - 1] === 1 || (before.flags & (F_MODIFIER | F_PORTFOLIO)) !== 0;
}

/**
 * A second title joined by a comma to a title written after a name ("H.E. Mr. Prak Sokhonn, Deputy Prime Minister,
 * Minister of Foreign Affairs and International Cooperation, held ..."): the two as one title, or `title` unchanged.
 * The second must be one that may follow "and" in a compound ("Minister ..."), must not head a name, and must end the
 * apposition (a comma, a full stop or the line's end after it).
 */
export function withCommaTitle(ctx: TokenContext, title: TitleMatch): TitleMatch {
  const { tokens } = ctx;
  const comma = tokens[title.next];
  if (comma?.text !== ',' || comma.spaceBefore || !joined(tokens, title.next + 1)) return title;
  const second = matchTitle(ctx, title.next + 1, false);
  if (second === null || !hasFlag(tokens, second.first, second.end, F_COMPOUND_SECOND)) return title;
  const after = tokens[second.next];
  if (after !== undefined && !after.lineBreakBefore && after.text !== ',' && after.text !== '.' && after.text !== ';' && !isAppositionEndVerb(ctx, second.next)) return title;
  const end = second.end;
  return {
    ...title,
    end,
    next: second.next,
    span: [title.span[0], ctx.ends[end - 1]!],
    text: ctx.text.slice(title.span[0], ctx.ends[end - 1]!),
    country: second.country ?? title.country,
    second: second.first,
  };
}

/** True when token `i` is a lower-case verb that ends an apposition written without a closing comma ("... held"). */
function isAppositionEndVerb(ctx: TokenContext, i: number): boolean {
  const token = ctx.tokens[i];
  if (token === undefined || !token.spaceBefore || token.cap || (token.kind !== 'word' && token.kind !== 'gap')) return false;
  const start = ctx.starts[i]!;
  const word = FIRST_WORD_RE.exec(ctx.text.slice(start, start + 16));
  return word !== null && APPOSITION_END.has(word[0]);
}

/**
 * A second title joined by a comma to a title before a name ("Deputy Prime Minister, Minister of Foreign Affairs Mihai
 * Popșoi", "the Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs of Turkmenistan Rashid
 * Meredov", "the Deputy Prime Minister, Minister of ... of the Republic of Moldova, Mihai Popșoi"): `earlier` (a title
 * that headed no name) and `title` as one title, or null. The comma must directly follow `earlier`, the second must be
 * one that may follow "and" in a compound ("Minister ..."), `earlier` must be a minister's or a chairman's (not "the
 * Ambassador, Minister of Defence X"), and it must not itself follow a comma after another
 * title (a list of offices: "the Prime Minister, the President, Minister of Defence X").
 */
export function withCommaTitleBefore(ctx: TokenContext, earlier: TitleMatch, title: TitleMatch): TitleMatch | null {
  const { tokens } = ctx;
  const comma = tokens[earlier.next];
  if (earlier.next !== title.first - 1 || earlier.end !== earlier.next || earlier.openBracket || comma?.text !== ',' || comma.spaceBefore || !joined(tokens, title.first)) return null;
  if (!hasFlag(tokens, title.first, title.end, F_COMPOUND_SECOND) || title.second >= 0) return null;
  let firstBase = false;
  for (let k = earlier.first; k < earlier.end && !firstBase; k++) firstBase = DOUBLE_TITLE_FIRST.has(tokens[k]!.key);
  if (!firstBase) return null;
  const before = tokens[earlier.first - 1]?.fold === 'the' ? earlier.first - 2 : earlier.first - 1;
  if (tokens[before]?.text === ',' && ((tokens[before - 1]?.flags ?? 0) & (F_BASE | F_PORTFOLIO)) !== 0) return null;
  return joinedTitles(ctx, earlier, title);
}

/**
 * A second title joined by a spaced dash to a title before a name ("Deputy Prime Minister – Minister of Foreign
 * Affairs of the Republic of Kazakhstan Murat Nurtleu", the Central Asian ministries' style): the two as one title, or
 * `title` unchanged. The second must be one that may follow "and" in a compound ("Minister ...").
 */
export function withDashTitle(ctx: TokenContext, title: TitleMatch): TitleMatch {
  const { tokens } = ctx;
  const dash = tokens[title.next];
  if (dash === undefined || !DASHES.has(dash.text) || !dash.spaceBefore || !joined(tokens, title.next + 1)) return title;
  const second = matchTitle(ctx, title.next + 1, false);
  if (second === null || !hasFlag(tokens, second.first, second.end, F_COMPOUND_SECOND)) return title;
  return joinedTitles(ctx, title, second);
}

/** Two titles joined by a comma or a dash as one: `second`'s match, widened to start where `first` does. */
function joinedTitles(ctx: TokenContext, first: TitleMatch, second: TitleMatch): TitleMatch {
  return {
    ...second,
    first: first.first,
    span: [first.span[0], second.span[1]],
    text: ctx.text.slice(first.span[0], second.span[1]),
    country: second.country ?? first.country,
    second: second.first,
  };
}

const DASHES: ReadonlySet<string> = new Set(['–', '—', '-']);

/**
 * Past-the-end token of the post written after "of <country>" at `i`: "for <portfolio>", or "to <country>" after a
 * base that takes one ("Ambassador of Japan to Malaysia"); -1 when there is none.
 */
function postAfterCountry(ctx: TokenContext, i: number, headEnd: number): number {
  const { tokens } = ctx;
  const token = tokens[i];
  if (token === undefined || !joined(tokens, i)) return -1;
  if (token.fold === 'for') {
    const portfolioEnd = matchPortfolio(ctx, i + 1);
    return portfolioEnd > 0 && matchHead(tokens, i + 1, false) < 0 ? portfolioEnd : -1;
  }
  if (token.fold === 'to' && (tokens[headEnd - 1]!.flags & F_TO_COUNTRY) !== 0) {
    const mention = countryAt(ctx, i + 1, 'people/title-to');
    return mention !== null && joined(tokens, i + 1) && tokens[mention.next]?.kind !== 'poss' ? coordinatedPost(ctx, mention.next) : -1;
  }
  return -1;
}

/**
 * The token after a second country or organisation of a posting, "and [the] <country>" at `i` ("Ambassador of the
 * European Union to Tanzania [and the EAC]", "Ambassador to Belgium and Luxembourg"), when a comma or the line's end
 * follows it (else "and" may start the next person: "Ambassador to Japan and Foreign Minister X"); `i` otherwise.
 */
function coordinatedPost(ctx: TokenContext, i: number): number {
  const { tokens } = ctx;
  if (tokens[i]?.fold !== 'and' || !joined(tokens, i) || !joined(tokens, i + 1)) return i;
  const second = countryAt(ctx, i + 1, 'people/title-to');
  // ("to Tanzania and the EAC": a body's acronym the lexicon does not take as a side on its own)
  const the = tokens[i + 1]!.fold === 'the' && !tokens[i + 1]!.cap ? 1 : 0;
  const acronym = tokens[i + 1 + the];
  const secondNext = second !== null ? second.next : isWord(acronym) && ACRONYM_RE.test(acronym.text) && joined(tokens, i + 1 + the) ? i + 2 + the : -1;
  if (secondNext < 0 || tokens[secondNext]?.kind === 'poss') return i;
  const after = tokens[secondNext];
  return after === undefined || after.lineBreakBefore || after.text === ',' ? secondNext : i;
}

/** An organisation's acronym as written: two to six capital letters ("EAC", "SADC"). */
const ACRONYM_RE = /^\p{Lu}{2,6}$/u;

/**
 * The title starting at token `i`, or null. `allowLower` accepts a lower-case first word ("minister of Foreign
 * Affairs of the ROK" after a name and comma).
 */
/**
 * Tokens of an epithet at `i` ({@link TITLE_EPITHETS}) followed by a capitalised title word; 0 when there is none (a
 * lone "Holy Father Francis" keeps "Holy Father" as the title).
 */
function epithetLength(tokens: readonly Token[], i: number): number {
  for (const words of TITLE_EPITHETS) {
    if (!words.every((w, k) => tokens[i + k]?.key === w && (k === 0 || joined(tokens, i + k)))) continue;
    const next = tokens[i + words.length];
    if (isWord(next) && next.cap && joined(tokens, i + words.length) && (next.flags & F_BASE) !== 0) return words.length;
  }
  return 0;
}

export function matchTitle(ctx: TokenContext, i: number, allowLower: boolean): TitleMatch | null {
  const { tokens } = ctx;
  if (((tokens[i]?.flags ?? 0) & F_ABBREVIATED) !== 0 && !abbreviationOk(ctx, i)) return null;
  // "the Holy Father Pope Francis": an epithet before the office is not part of the title
  const epithet = epithetLength(tokens, i);
  if (epithet > 0) return matchTitle(ctx, i + epithet, allowLower);
  let end = matchHead(tokens, i, allowLower);
  if (end < 0) {
    // "Aleksandr Drozdenko, Leningrad Oblast Governor": a title that starts on its region's name
    const office = officeAfterRegionName(ctx, i);
    if (office < 0) return null;
    const title = matchTitle(ctx, office, false);
    return title !== null && title.first === i ? title : null;
  }
  const headEnd = end;
  let country: CountryRef | null = null;
  let next = end;
  let openBracket = false;
  let beforeCompound = -1;
  let second = -1;
  for (;;) {
    const token = tokens[end];
    if (token === undefined || token.lineBreakBefore) break;
    if (token.text === '[' && token.spaceBefore && !openBracket) {
      const after = tokens[end + 1];
      if (after !== undefined && (after.fold === 'of' || after.fold === 'for')) {
        const portfolioEnd = matchPortfolio(ctx, end + 2);
        if (portfolioEnd > 0) {
          openBracket = true;
          end = portfolioEnd;
          next = end;
          continue;
        }
      }
      break;
    }
    // "High Representative/Vice-President": titles joined by a slash are one title
    if (token.text === '/' && tokens[end + 1] !== undefined && !tokens[end + 1]!.lineBreakBefore) {
      const slashEnd = matchHead(tokens, end + 1, false);
      if (slashEnd > 0) {
        end = slashEnd;
        next = end;
        continue;
      }
      break;
    }
    if (!joined(tokens, end)) break;
    // "The President of the Republic, Emmanuel Macron, ..." (France, Italy, Portugal): the office, its country unnamed;
    // "of the Republic of Poland" names it
    if (token.fold === 'of' && end === headEnd && tokens[end - 1]!.key === 'president' && tokens[end + 1]?.fold === 'the' && tokens[end + 2]?.key === 'republic' && tokens[end + 2]!.cap && tokens[end + 3]?.fold !== 'of' && joined(tokens, end + 1) && joined(tokens, end + 2)) {
      end += 3;
      next = end;
      continue;
    }
    if (token.fold === 'of' || token.fold === 'for') {
      const mention = countryAt(ctx, end + 1, 'people/title-of');
      const portfolioEnd = matchPortfolio(ctx, end + 1);
      // "Governor of Russia's Leningrad Oblast", "Special Representative for the Gulf Region": the region is the
      // office's, and a possessive country before it the holder's
      const region = end === headEnd ? matchRegion(ctx, end + 1) : null;
      if (region !== null && region.end > portfolioEnd) {
        if (token.fold === 'of' && region.country !== null) country = region.country;
        end = region.end;
        next = end;
        continue;
      }
      const portfolioLonger = portfolioEnd > 0 && (mention === null || ctx.ends[portfolioEnd - 1]! > mention.ref.span[1]);
      if (portfolioLonger) {
        end = portfolioEnd;
        next = end;
        continue;
      }
      if (mention !== null) {
        // portfolio words after the country belong to the title ("of the Ukrainian Armed Forces"); a country after
        // "for" is the portfolio's subject, not the holder's country ("Special Envoy for Yemen")
        // ("Chief of Cabinet for European Commission President Ursula von der Leyen": the next title's country)
        const more = matchPortfolio(ctx, mention.next);
        const subject = token.fold === 'for' && tokens[mention.next]?.kind !== 'poss' && matchHead(tokens, mention.next, false) < 0;
        if (subject || more > 0) {
          if (token.fold === 'of') country = mention.ref;
          end = more > 0 ? more : mention.next;
          next = end;
          continue;
        }
        if (token.fold === 'of') {
          country = mention.ref;
          next = mention.next;
          // "President of the European Council": the organ's presidency is the office
          const organEnd = tokenAt(ctx, mention.ref.span[1]);
          if (end === headEnd && ORGAN_PRESIDENCIES.has(tokens[headEnd - 1]!.key) && countryStartingAt(ctx, tokenAt(ctx, mention.ref.span[0]))?.kind === 'organisation' && ORGANS.has(tokens[organEnd - 1]!.key)) {
            end = organEnd;
            break;
          }
          // the post after the holder's country: "High Representative of the European Union for Foreign Affairs and
          // Security Policy", "Ambassador of Japan to Malaysia"
          const post = postAfterCountry(ctx, mention.next, headEnd);
          if (post > 0) {
            end = post;
            next = end;
            continue;
          }
        }
        break;
      }
      // Without a country mention, "of Japan Shinzo Abe": one capitalised word before a name is the country.
      const place = tokens[end + 1];
      const following = tokens[end + 2];
      if (
        token.fold === 'of' && isWord(place) && place.cap && joined(tokens, end + 1) && (place.flags & F_NON_NAME) === 0 &&
        isWord(following) && following.cap && joined(tokens, end + 2) && !openBracket
      ) {
        next = end + 2;
      }
      break;
    }
    // "Diplomatic Advisor to Prime Minister Mitsotakis", "Chief of Staff to the President": the principal served is
    // part of the office
    if (token.fold === 'to' && SERVING_OFFICES.has(tokens[end - 1]!.key)) {
      const principal = principalServed(ctx, end + 1);
      if (principal !== null) {
        end = principal.end;
        next = principal.next;
        country ??= principal.country;
        continue;
      }
    }
    // "Ambassador to Japan", "Permanent Representative to the United Nations": the post, not the holder's country
    if (token.fold === 'to' && end === headEnd && (tokens[end - 1]!.flags & F_TO_COUNTRY) !== 0) {
      const mention = countryAt(ctx, end + 1, 'people/title-to');
      if (mention !== null && joined(tokens, end + 1) && tokens[mention.next]?.kind !== 'poss') {
        end = coordinatedPost(ctx, mention.next);
        next = end;
        continue;
      }
      break;
    }
    if (token.fold === 'and') {
      const secondEnd = matchHead(tokens, end + 1, false);
      if (secondEnd > 0 && joined(tokens, end + 1) && hasFlag(tokens, end + 1, secondEnd, F_COMPOUND_SECOND)) {
        beforeCompound = end;
        if (second < 0) second = end + 1;
        end = secondEnd;
        next = end;
        continue;
      }
    }
    break;
  }
  // a second title whose complement did not parse is left out ("Senior Advisor to the President [and Director of the
  // White House Office ...]")
  if (beforeCompound > 0 && next === end && tokens[end - 1]!.flags & F_BASE && (tokens[end]?.fold === 'of' || tokens[end]?.fold === 'for') && joined(tokens, end)) {
    end = beforeCompound;
    next = end;
    country = null;
    if (second >= end) second = -1;
  }
  // "Minister of Foreign Affairs II" (Brunei numbers a ministry's second minister): a Roman ordinal ends the title
  if (next === end && end > headEnd && isWord(tokens[end]) && ORDINALS.has(tokens[end]!.text) && joined(tokens, end)) {
    end++;
    next = end;
  }
  // "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates": a demonym inside the portfolio names
  // the holder's country (a country or organisation there is the subject: "..., European Union and Cooperation")
  if (country === null) {
    for (let k = headEnd; k < end; k++) {
      if (ctx.covered[k] !== 1) continue;
      const mention = countryStartingAt(ctx, k);
      if (mention?.kind === 'demonym') {
        country = { code: mention.code, span: mention.span, rule: 'people/title-demonym' };
        break;
      }
    }
  }
  // "Leningrad Oblast Governor", "Lagos State Governor": the region named before the office belongs to the title
  const region = regionBefore(ctx, i, headEnd);
  if (region !== null) {
    i = region.first;
    country ??= region.country;
  }
  const firstStart = ctx.starts[i]!;
  const lastEnd = ctx.ends[end - 1]!;
  return {
    first: i,
    end,
    next,
    span: [firstStart, lastEnd],
    text: ctx.text.slice(firstStart, lastEnd),
    country,
    openBracket,
    second,
  };
}
