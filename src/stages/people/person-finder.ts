/**
 * Finds the people a readout names, with the title and country the text gives them, using honorific and title
 * patterns and runs of capitalised words (no NLP library: this runs on every document).
 *
 * A person needs an anchor: an honorific ("Mr.", "H.E.", "the Hon."), an adjacent title ("Foreign Minister Sergey
 * Lavrov", "Mr. Taro Kono, Minister for Foreign Affairs"), or to repeat a name found with one. Rules, in order:
 * - `people/title-name`: title (with optional country before it or "of <country>" after it), optional honorific, name.
 * - `people/honorific-name`: honorific(s), name; `people/inverted-name`: "Mr. Lavrov, Sergey Viktorovich".
 * - `people/name-title`: a name of two or more words followed by ", <title>" ("Jean-Yves Le Drian, France’s Minister
 *   for Europe and Foreign Affairs").
 * - `people/subject-name`: a name of two or more words opening a sentence before a meeting verb ("Vladimir Putin had a
 *   telephone conversation with ...").
 * - `people/object-name`: a name of two or more words right after a meeting verb ("President Biden met with Kais Saied
 *   today").
 * - `people/repeat`: a later bare mention of a known name or of its family name ("Sergey Lavrov", "Lavrov").
 * - `people/the-title`: "the Deputy Secretary", resolved to the one earlier named person holding that title.
 * A title written after the name (", Deputy Secretary of State") wins over one written before it ("Ambassador").
 */
import type { CountryMention, PersonMention } from '../../domain/mentions.ts';
import type { Level, Span } from '../../domain/record.ts';
import {
  GENERAL_OFFICES,
  HEADLINE_VERBS,
  HONORIFICS,
  INSTITUTION_WORDS,
  MONTH_WORDS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NON_NAME_ENDINGS,
  NON_NAME_WORDS,
  PATRONYMIC_PARTICLES,
  PATRONYMIC_STYLES,
  RANK_STYLES,
  SURNAME_HOMOGRAPHS,
} from './name-lexicon.ts';
import { coreNameWords, isInitial, normaliseName } from './name-normalizer.ts';
import { classifyTitle } from './title-classifier.ts';
import { CAPITALISED_ONLY_WORDS, LEVEL_ORDER, OFFICE_HEAD_WORDS, PORTFOLIO_WORDS, TITLE_BASES, TITLE_MODIFIERS, TITLE_TAILS } from './title-lexicon.ts';
import { countryAt, countryEndingAt, F_RANK, F_TITLE_BASE, F_TITLE_START, matchTitle, skipAbbreviation, titleFlags, tokenAt, withCommaTitle, withCommaTitleBefore, withDashTitle, type CountryRef, type TitleMatch, type TokenContext } from './title-matcher.ts';
import { foldCached, foldWord, setWordFlags, tokenize, type Token } from './word-tokenizer.ts';

export { classifyTitle } from './title-classifier.ts';

const NON_NAME = new Set(NON_NAME_WORDS);
const HEADLINE_VERB_SET: ReadonlySet<string> = new Set(HEADLINE_VERBS);
const CAPITALISED_ONLY: ReadonlySet<string> = new Set(CAPITALISED_ONLY_WORDS);
const INSTITUTIONS = new Set(INSTITUTION_WORDS);
const MONTHS = new Set(MONTH_WORDS);
const PARTICLES = new Set(NAME_PARTICLES);
const SUFFIXES = new Set(NAME_SUFFIXES);
const HONORIFICS_BY_FIRST = groupHonorifics();
const ARABIC_ARTICLE_RE = /^(?:al|el|ad|as|ash|at|ar|an|ul|ud|ur)-\p{Lu}/u;
const MAX_NAME_WORDS = 6;
const FATHER_STYLES: ReadonlySet<string> = new Set(PATRONYMIC_STYLES);
const FATHER_PARTICLES: ReadonlySet<string> = new Set(PATRONYMIC_PARTICLES);
/** A rank written alone, without portfolio or country. */
const BARE_RANK_RE = /^(?:Minister|Secretary|President|Ambassador|Director)$/u;
const ROYAL_STYLES: ReadonlySet<string> = new Set(['prince', 'princess']);
const STYLE_RANKS: ReadonlySet<string> = new Set(RANK_STYLES);
const POSTPOSITIVE_GENERAL: ReadonlySet<string> = new Set(GENERAL_OFFICES);
const OFFICE_HEADS: ReadonlySet<string> = new Set(OFFICE_HEAD_WORDS);
/** Words after a country that make it an official's employer ("Slovenian Ministry of Foreign Affairs"). */
const AFFILIATIONS: ReadonlySet<string> = new Set(['ministry', 'department', 'government', 'embassy', 'mission', 'mfa', 'mofa']);
/** Honorifics that also style an office before its title ("The Honourable Minister of ..."). */
const OFFICE_STYLES: ReadonlySet<string> = new Set(['honourable', 'honorable']);

/** Lexicon bits on word tokens (`Token.flags`), by `key` unless noted. */
const F_NON_NAME = 1;
const F_INSTITUTION = 2;
const F_MONTH = 4;
const F_SUFFIX = 8;
/** By `fold`. */
const F_PARTICLE = 16;
/** By `fold`: the first word of an honorific. */
const F_HONORIFIC_FIRST = 32;
/** By `key`: a word that names a ministry ("Ministry", "Department", "MFA"). */
const F_MINISTRY = 64;
const MINISTRY_WORDS: ReadonlySet<string> = new Set(['ministry', 'department', 'mfa', 'mofa']);
/** By `key`: a family name that is also a common word ("Park", "He", "Sun"). */
const F_SURNAME_HOMOGRAPH = 128;
const SURNAME_HOMOGRAPH_SET: ReadonlySet<string> = new Set(SURNAME_HOMOGRAPHS);
/** By `key`: "counterpart(s)", which heads a name like a title ("her Chinese counterpart Qin Gang"). */
const F_COUNTERPART = 1 << 14;
const COUNTERPART_WORDS: ReadonlySet<string> = new Set(['counterpart', 'counterparts']);
/**
 * By `fold`: a word with a common noun's ending ({@link NON_NAME_ENDING_RE}), tested once per cached word instead of
 * once per name run (the pattern was a third of the name-run matcher's time).
 */
const F_NON_NAME_ENDING = 1 << 16;
setWordFlags((fold, key) => {
  let flags = titleFlags(key);
  if (NON_NAME.has(key)) flags |= F_NON_NAME;
  if (INSTITUTIONS.has(key)) flags |= F_INSTITUTION;
  if (MONTHS.has(key)) flags |= F_MONTH;
  if (SUFFIXES.has(key)) flags |= F_SUFFIX;
  if (PARTICLES.has(fold)) flags |= F_PARTICLE;
  if (HONORIFICS_BY_FIRST.has(fold)) flags |= F_HONORIFIC_FIRST;
  if (MINISTRY_WORDS.has(key)) flags |= F_MINISTRY;
  if (SURNAME_HOMOGRAPH_SET.has(key)) flags |= F_SURNAME_HOMOGRAPH;
  if (COUNTERPART_WORDS.has(key)) flags |= F_COUNTERPART;
  if (NON_NAME_ENDING_RE.test(fold)) flags |= F_NON_NAME_ENDING;
  return flags;
});
// (after four letters or more: "Hood", "Ness" and "Clement" are family names; "Statehood" and "Services" are not)
const NON_NAME_ENDING_RE = new RegExp(`^\\p{L}{4,}(?:${NON_NAME_ENDINGS.join('|')})$`, 'u');

type Title = { readonly text: string; readonly span: Span };

/** A name run: the written name words and the tokens they cover. */
interface NameRun {
  readonly words: readonly string[];
  readonly first: number;
  /** Last name token (inclusive). */
  readonly last: number;
  /** Token after the run (after an initial's dot, not after suffixes). */
  readonly next: number;
}

/** A person found before resolution. */
interface Found {
  readonly span: Span;
  readonly words: readonly string[];
  /** Folded core name words used for matching mentions of the same person. */
  readonly core: readonly string[];
  readonly title: Title | null;
  readonly country: CountryRef | null;
  readonly rule: string;
  readonly kind: 'pattern' | 'repeat' | 'the-title';
}

/** The honorifics that start with one word, longest first. */
interface HonorificGroup {
  readonly candidates: readonly (readonly string[])[];
  /**
   * The second words of the candidates, or null when one of them is a single word: most tokens with a first word
   * ("the", "his") are followed by no honorific's second word and are rejected by one look-up.
   */
  readonly seconds: ReadonlySet<string> | null;
}

function groupHonorifics(): ReadonlyMap<string, HonorificGroup> {
  const groups = new Map<string, (readonly string[])[]>();
  for (const honorific of [...HONORIFICS].sort((a, b) => b.length - a.length)) {
    const first = honorific[0]!;
    groups.set(first, [...(groups.get(first) ?? []), honorific]);
  }
  return new Map(
    [...groups].map(([first, candidates]) => [
      first,
      { candidates, seconds: candidates.every((honorific) => honorific.length > 1) ? new Set(candidates.map((honorific) => honorific[1]!)) : null },
    ]),
  );
}

/** Lower-case words the patterns look at; every other lower-case word only breaks a name. */
const KEPT_LOWER_WORDS: ReadonlySet<string> = new Set(
  [
    ...TITLE_BASES, ...TITLE_MODIFIERS, ...PORTFOLIO_WORDS, ...NAME_PARTICLES, ...HONORIFICS.flat(),
    ...TITLE_TAILS.flatMap((tail) => tail.words), ...COUNTERPART_WORDS, 'of', 'for', 'the', 'and', 'level',
    // the tokenizer's pre-filter hashes a lower-case word as written: "d'Affaires" must be listed as written too
    "d'Affaires",
  ].filter((word) => !CAPITALISED_ONLY.has(word)),
);

/**
 * Buffer behind `TokenContext.covered`, reused across documents like the tokenizer's offset buffers (a new array per
 * document is an off-heap allocation); a context is used only within one {@link findPeople} call.
 */
let COVERED = new Uint8Array(4096);
/** Buffers behind `TokenContext.countryStarts` and `countryEnds`, reused the same way (same length as COVERED). */
let COUNTRY_STARTS = new Int32Array(4096);
let COUNTRY_ENDS = new Int32Array(4096);

/** The token context with what only this file's scans read. */
interface PeopleContext extends TokenContext {
  /** The tokenizer's `capStarts`: where a run of capitalised words starts. */
  readonly capStarts: Int32Array;
}

function buildContext(text: string, countries: readonly CountryMention[]): PeopleContext {
  const { tokens, starts, ends, capStarts } = tokenize(text, KEPT_LOWER_WORDS);
  const n = tokens.length;
  if (COVERED.length < n) {
    COVERED = new Uint8Array(n * 2);
    COUNTRY_STARTS = new Int32Array(n * 2);
    COUNTRY_ENDS = new Int32Array(n * 2);
  }
  const covered = COVERED.subarray(0, n);
  const countryStarts = COUNTRY_STARTS.subarray(0, n);
  const countryEnds = COUNTRY_ENDS.subarray(0, n);
  covered.fill(0);
  countryStarts.fill(0);
  countryEnds.fill(0);
  const ctx: PeopleContext = { text, tokens, starts, ends, countries, countryStarts, countryEnds, covered, capStarts };
  for (let m = 0; m < countries.length; m++) {
    const span = countries[m]!.span;
    const start = span[0];
    const end = span[1];
    const first = tokenAt(ctx, start);
    if (first < n && starts[first] === start) {
      const longer = countryStarts[first]!;
      if (longer === 0 || countries[longer - 1]!.span[1] < end) countryStarts[first] = m + 1;
    }
    let k = first;
    for (; k < n && starts[k]! < end; k++) covered[k] = 1;
    // `k` is now the first token at or after `end` (tokenAt(ctx, end), as the tokens before `first` start before
    // `start`): the token ending at `end`, if any, is the one before it
    const last = k - 1;
    if (last >= 0 && ends[last] === end) countryEnds[last] = m + 1;
  }
  return ctx;
}

function joined(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return token !== undefined && token.spaceBefore && !token.lineBreakBefore;
}

function isCapWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word' && token.cap;
}

/** Past-the-end token of one honorific at `i`, or `i`. Not inside a country's name ("Sri Lanka"). */
function matchHonorific(ctx: TokenContext, i: number): number {
  const { tokens } = ctx;
  const first = tokens[i];
  if (first === undefined || first.kind !== 'word' || ctx.covered[i] === 1) return i;
  if ((first.flags & F_HONORIFIC_FIRST) === 0 || (!first.cap && first.fold !== 'the')) return i;
  const { candidates, seconds } = HONORIFICS_BY_FIRST.get(first.fold)!;
  if (seconds !== null) {
    const second = tokens[i + 1];
    if (second === undefined || !seconds.has(second.fold)) return i;
  }
  for (const honorific of candidates) {
    let ok = true;
    for (let k = 0; k < honorific.length && ok; k++) {
      const token = tokens[i + k];
      ok = token !== undefined && token.fold === honorific[k] && (k === 0 || !token.lineBreakBefore);
      if (ok && token!.text === '.' && token!.spaceBefore) ok = false;
    }
    if (ok) return i + honorific.length;
  }
  return i;
}

/** The token after a royal style written between a title and its holder's name ("Foreign Minister Prince Faisal"). */
function skipRoyalStyle(tokens: readonly Token[], i: number): number {
  const token = tokens[i];
  return isCapWord(token) && ROYAL_STYLES.has(token.key) && joined(tokens, i) && isCapWord(tokens[i + 1]) && joined(tokens, i + 1) ? i + 1 : i;
}

/** Past-the-end token of a chain of honorifics at `i` ("H.E. Mr.", "Senator the Hon."), or `i`. */
function matchHonorifics(ctx: TokenContext, i: number): number {
  let j = i;
  for (;;) {
    const next = matchHonorific(ctx, j);
    if (next === j) return j;
    j = next;
  }
}

/** A word that may be part of a name at position `count` of the run. */
function nameWordOk(ctx: TokenContext, index: number, count: number, anchored: boolean): boolean {
  const token = ctx.tokens[index];
  if (!isCapWord(token)) return false;
  const flags = token.flags;
  if ((flags & (F_NON_NAME | F_INSTITUTION | F_SUFFIX)) !== 0) {
    // "Minister of Foreign Affairs Park Jin", "Vice Premier He Lifeng": a family name that is also a common word
    // ("HE Abdulnasser Alshaali" is the style His Excellency)
    if ((flags & F_SURNAME_HOMOGRAPH) === 0 || !anchored || count !== 0 || (flags & F_SUFFIX) !== 0 || token.text === token.text.toUpperCase()) return false;
    const after = ctx.tokens[index + 1];
    if (!isCapWord(after) || !joined(ctx.tokens, index + 1) || (after.flags & (F_NON_NAME | F_INSTITUTION | F_SUFFIX | F_MONTH | F_TITLE_START)) !== 0 || ctx.covered[index + 1] === 1) return false;
  }
  if ((flags & F_MONTH) !== 0 && ((count === 0 && !anchored) || ctx.tokens[index + 1]?.kind === 'num')) return false;
  if (ctx.covered[index] === 1 && !(anchored && count === 0)) return false;
  return true;
}

/**
 * The run of name words starting at token `i`, or null. Names stay on one line and are separated by single spaces;
 * they may contain initials ("Antony J. Blinken"), lower-case particles ("von der Leyen") and, when the title opened
 * an editorial bracket, its closing "]".
 */
function matchNameRun(ctx: TokenContext, i: number, anchored: boolean, bracket: boolean, anchoredByHonorific = false): NameRun | null {
  const { tokens } = ctx;
  const words: string[] = [];
  let j = i;
  let last = -1;
  let next = i;
  let wordsAtLast = 0;
  let closedBracket = !bracket;
  let glued = false;
  /** Flags of the first word's token. */
  let firstFlags = 0;
  /** A father's styles after "bin" ("Erywan bin Pehin Datu ... Haji Mohd Yusof"), not counted against the limit. */
  let fatherStyles = 0;
  let afterBin = false;
  while (j < tokens.length && words.length - fatherStyles < MAX_NAME_WORDS + 2) {
    const token = tokens[j]!;
    if (j > i && token.lineBreakBefore) break;
    if (!closedBracket && token.text === ']' && words.length > 0 && !token.spaceBefore) {
      closedBracket = true;
      j++;
      continue;
    }
    if (j > i && !token.spaceBefore && !glued) break;
    glued = false;
    // a quoted nickname inside the name: Benjamin “Benny” Gantz
    if (words.length > 0 && (token.text === '“' || token.text === '"') && isCapWord(tokens[j + 1]) && /^[”"]$/u.test(tokens[j + 2]?.text ?? '') && isCapWord(tokens[j + 3]) && joined(tokens, j + 3)) {
      j += 3;
      continue;
    }
    if (token.kind !== 'word') break;
    if (isInitial(token.text) && token.cap) {
      const dot = tokens[j + 1];
      const hasDot = dot?.text === '.' && !dot.spaceBefore;
      const after = tokens[j + (hasDot ? 2 : 1)];
      // "P.K. Mishra": initials may follow one another without a space
      const nextInitial = hasDot && isCapWord(after) && isInitial(after.text) && tokens[j + 3]?.text === '.';
      // "B.Battsetseg", "V.Makei": Mongolian and Belarusian pages glue the initial to the name
      const gluedName = hasDot && words.length === 0 && !after?.spaceBefore && after !== undefined && after.text.length >= 3 && !isInitial(after.text);
      if (!isCapWord(after) || (!after.spaceBefore && !nextInitial && !gluedName) || after.lineBreakBefore) break;
      glued = (nextInitial || gluedName) && !after.spaceBefore;
      if (words.length === 0) firstFlags = token.flags;
      words.push(token.text);
      j += hasDot ? 2 : 1;
      continue;
    }
    const isName = nameWordOk(ctx, j, words.length, anchored) || (words.length > 0 && ARABIC_ARTICLE_RE.test(token.text));
    if (isName) {
      if (words.length === 0) firstFlags = token.flags;
      if (afterBin && FATHER_STYLES.has(token.fold)) fatherStyles++;
      words.push(token.text);
      last = j;
      next = j + 1;
      wordsAtLast = words.length;
      j++;
      continue;
    }
    if (words.length > 0 && !token.cap && (token.flags & F_PARTICLE) !== 0 && particleLeadsToName(tokens, j)) {
      if (FATHER_PARTICLES.has(token.fold)) afterBin = true;
      words.push(token.text);
      j++;
      continue;
    }
    break;
  }
  if (last < 0 || !closedBracket) return null;
  if (!anchoredByHonorific && words[0] !== undefined && !isInitial(words[0]) && (firstFlags & F_NON_NAME_ENDING) !== 0) return null;
  // trailing particles and initials that no name word follows are not part of the name
  const runWords = words.slice(0, wordsAtLast);
  // ("Mohammed bin Salman bin Abdulaziz Al Saud": lower-case particles and a father's styles are not counted; a run
  // of no more words than that cannot have too many, so the words are only counted in a longer one)
  if (runWords.length > MAX_NAME_WORDS && runWords.filter((word) => !isInitial(word) && !(word === word.toLowerCase() && PARTICLES.has(foldCached(word)))).length - fatherStyles > MAX_NAME_WORDS) return null;
  if (followedByInstitution(tokens, next)) return null;
  return { words: runWords, first: i, last, next };
}

/** "von der Leyen": the particles at `j` are followed, on the same line, by a capitalised word. */
function particleLeadsToName(tokens: readonly Token[], j: number): boolean {
  let k = j + 1;
  while (tokens[k] !== undefined && joined(tokens, k) && tokens[k]!.kind === 'word' && !tokens[k]!.cap && (tokens[k]!.flags & F_PARTICLE) !== 0) k++;
  return isCapWord(tokens[k]) && joined(tokens, k);
}

/**
 * True when the capitalised words after a run end in an institution word ("Abe Administration", "Hiroshima Foreign
 * Ministers’ Meeting"): the run names an institution or event, not a person.
 */
function followedByInstitution(tokens: readonly Token[], start: number): boolean {
  let k = start;
  // "Mori’s Meeting" is the person's meeting
  if (tokens[k]?.kind === 'poss') return false;
  for (let steps = 0; steps < 4 && k < tokens.length; steps++) {
    const token = tokens[k]!;
    if (token.lineBreakBefore) return false;
    if (k > start && (token.kind === 'poss' || ((token.text === '’' || token.text === "'") && !token.spaceBefore))) {
      k++;
      continue;
    }
    if (!isCapWord(token) || !token.spaceBefore || HEADLINE_VERB_SET.has(token.key)) return false;
    if ((token.flags & F_INSTITUTION) !== 0) return true;
    if ((token.flags & F_NON_NAME) === 0) return false;
    k++;
  }
  return false;
}

/** Token after name suffixes (", Jr.", "MP") at `i`. */
function skipSuffixes(tokens: readonly Token[], i: number): number {
  let j = i;
  for (;;) {
    let k = j;
    if (tokens[k]?.text === ',' && !tokens[k]!.spaceBefore) k++;
    const word = tokens[k];
    const dotted = dottedSuffixEnd(tokens, k);
    if (dotted > k) {
      j = dotted;
      continue;
    }
    if (word === undefined || word.kind !== 'word' || (word.flags & F_SUFFIX) === 0 || !word.cap || word.lineBreakBefore) return j;
    k++;
    if (tokens[k]?.text === '.' && !tokens[k]!.spaceBefore) k++;
    j = k;
  }
}

/**
 * Past-the-end token of a post-nominal written with a dot after each capital letter ("T.D.", "M.P.", "Q.C.", "K.C.",
 * "M.E.P."), whose letters are a known suffix, at `k`; else `k`.
 */
function dottedSuffixEnd(tokens: readonly Token[], k: number): number {
  let letters = '';
  let m = k;
  for (;;) {
    const letter = tokens[m];
    const dot = tokens[m + 1];
    if (letter === undefined || letter.kind !== 'word' || !/^\p{Lu}$/u.test(letter.text) || letter.lineBreakBefore) break;
    if (m > k && letter.spaceBefore) break;
    if (dot?.text !== '.' || dot.spaceBefore) break;
    letters += letter.text.toLowerCase();
    m += 2;
  }
  return letters.length >= 2 && SUFFIXES.has(letters) ? m : k;
}

/** A country mention ending right before the title at token `first` ("Japanese Prime Minister", "Turkey’s President"). */
function countryBefore(ctx: TokenContext, first: number): CountryRef | null {
  const { tokens } = ctx;
  if (tokens[first]?.lineBreakBefore !== false) return null;
  let k = first - 1;
  if (tokens[k]?.text === ')') {
    // "Organization for Economic Co-operation and Development (OECD) Secretary General"
    const inside = tokens[k - 1] === undefined ? undefined : countryEndingAt(ctx, k - 1);
    if (inside !== undefined && tokens[k - 2]?.text === '(') return { code: inside.code, span: inside.span, rule: 'people/title-country-before' };
    let open = k - 1;
    while (open > k - 5 && open >= 0 && tokens[open]!.text !== '(') open--;
    if (open < 0 || tokens[open]!.text !== '(' || tokens[open]!.lineBreakBefore) return null;
    k = open - 1;
  }
  // "her Chinese counterpart Foreign Minister Qin Gang"
  if (tokens[k] !== undefined && (tokens[k]!.flags & F_COUNTERPART) !== 0 && !tokens[k]!.cap && joined(tokens, k + 1)) k--;
  if (tokens[k]?.kind === 'poss') k--;
  if (tokens[k] === undefined) return null;
  const mention = countryEndingAt(ctx, k);
  if (mention === undefined) return null;
  // "Special Representative for the DPRK Ambassador Sung Kim", "Envoy to Syria Ambassador X": the country completes
  // the title before, as its subject or post; it is not the holder's.
  let b = tokenAt(ctx, mention.span[0]) - 1;
  if (tokens[b]?.fold === 'the' && !tokens[b]!.cap) b--;
  if ((tokens[b]?.fold === 'for' || tokens[b]?.fold === 'to' || postIn(ctx, b, mention.span[0])) && !tokens[b]!.cap && tokens[b - 1]?.kind === 'word' && tokens[b - 1]!.cap && joined(tokens, b)) return null;
  return { code: mention.code, span: mention.span, rule: 'people/title-country-before' };
}

/** Token `b` is the "in" of an office's post ("Embassy in Romania"): the tokenizer keeps such a word as a gap. */
function postIn(ctx: TokenContext, b: number, countryStart: number): boolean {
  const token = ctx.tokens[b];
  return token !== undefined && token.kind === 'gap' && b > 0 && /^\s+in\s+(?:the\s+)?$/.test(ctx.text.slice(ctx.ends[b - 1]!, countryStart));
}

/** ", Minister for Foreign Affairs of Japan" / ", France’s Minister for ..." after a name: the title and its country. */
function titleAfter(ctx: TokenContext, i: number): { readonly title: TitleMatch; readonly country: CountryRef | null; readonly next: number } | null {
  const { tokens } = ctx;
  if (tokens[i]?.text !== ',' || tokens[i]!.spaceBefore) return null;
  let k = i + 1;
  if (!joined(tokens, k)) return null;
  if (tokens[k]?.fold === 'the' && !tokens[k]!.cap) k++;
  let prefix: CountryRef | null = null;
  const lead = countryAt(ctx, k, 'people/title-country-before');
  if (lead !== null) {
    let after = lead.next;
    if (tokens[after]?.kind === 'poss') after++;
    if (joined(tokens, after)) {
      prefix = lead.ref;
      k = after;
    }
  }
  const first = matchTitle(ctx, k, true);
  if (first === null) return null;
  const title = withCommaTitle(ctx, first);
  // a title that heads the next name belongs to that name ("..., President Putin", "..., National Security Advisor
  // (NSA) Tzachi Hanegbi")
  const bracketed = tokens[title.next]?.text === '(' && tokens[title.next + 2]?.text === ')' && tokens[title.next + 1]?.kind === 'word';
  const afterTitle = matchHonorifics(ctx, bracketed ? title.next + 3 : title.next);
  if (joined(tokens, afterTitle) && matchNameRun(ctx, afterTitle, true, false) !== null) return null;
  // so does the first of two joined titles that head one ("..., Chief Medical Advisor and NIAID Director Dr. Anthony Fauci")
  if (tokens[title.next]?.fold === 'and' && joined(tokens, title.next) && headsNameAfterAnd(ctx, title.next + 1)) return null;
  if (tokens[title.end]?.kind === 'poss') return null;
  if (headsLaterName(ctx, title.next)) return null;
  let country = title.country ?? prefix;
  let next = title.next;
  if (country === null && tokens[next]?.text === ',') {
    const comma = countryAt(ctx, next + 1, 'people/title-comma-country');
    const end = comma === null ? undefined : tokens[comma.next];
    if (comma !== null && (end === undefined || end.lineBreakBefore || /^[,.;:)]$/u.test(end.text))) {
      country = comma.ref;
      next = comma.next;
    }
  }
  return { title, country, next };
}

/**
 * True when a title's unfinished complement at `i` ("of the White House Initiative on AAPIs Laura Shin,", "and Indian
 * G20 Sherpa Piyush Goyal,") ends, before the next punctuation, in a name of two or more words: the title heads that
 * name, not the one before its comma.
 */
/** True when a title starting at `i` or one or two words later ("NIAID Director") heads a name. */
function headsNameAfterAnd(ctx: TokenContext, i: number): boolean {
  const { tokens } = ctx;
  for (let k = i; k < i + 3 && joined(tokens, k) && tokens[k]!.kind === 'word' && tokens[k]!.cap; k++) {
    const title = matchTitle(ctx, k, false);
    if (title === null) continue;
    const name = matchHonorifics(ctx, title.next);
    return joined(tokens, name) && matchNameRun(ctx, name, true, false) !== null;
  }
  return false;
}

function headsLaterName(ctx: TokenContext, i: number): boolean {
  const { tokens } = ctx;
  const first = tokens[i];
  if (first === undefined || (first.fold !== 'of' && first.fold !== 'for' && first.fold !== 'and') || !joined(tokens, i)) return false;
  let names = 0;
  for (let k = i + 1; k < i + 16 && joined(tokens, k) && (tokens[k]!.kind === 'word' || tokens[k]!.kind === 'gap'); k++) {
    // "for European Council President Charles Michel": the later name has its own title
    if ((tokens[k]!.flags & F_TITLE_BASE) !== 0 && tokens[k]!.cap) return false;
    if (nameWordOk(ctx, k, 1, false) && (tokens[k]!.flags & F_TITLE_START) === 0) names++;
    else if (names >= 2 && !tokens[k]!.cap) return true;
    else names = 0;
  }
  return names >= 2;
}

/**
 * The country after the name: "Prime Minister Netanyahu of Israel", or the ministry named after it ("Political
 * Director Jernej Müller, Slovenian Ministry of Foreign Affairs", "…, U.S. Department of State", "…, Ministry of
 * Foreign Affairs of Greece"), as joint statements name each side's official.
 */
function countryAfterName(ctx: TokenContext, i: number): CountryRef | null {
  const { tokens } = ctx;
  const token = tokens[i];
  if (token?.text === ',' && !token.spaceBefore && joined(tokens, i + 1)) return affiliationCountry(ctx, i + 1);
  if (token?.fold !== 'of' || !joined(tokens, i)) return null;
  return countryAt(ctx, i + 1, 'people/name-of-country')?.ref ?? null;
}

/** The country of the ministry (embassy, government) whose name starts at token `i`, or null when none is named. */
function affiliationCountry(ctx: TokenContext, i: number): CountryRef | null {
  const { tokens } = ctx;
  const lead = countryAt(ctx, i, 'people/name-affiliation');
  let k = lead === null ? i : tokens[lead.next]?.kind === 'poss' ? lead.next + 1 : lead.next;
  // "Slovenian Ministry", "Indian Foreign Ministry", "U.S. State Department": up to two words to the ministry's
  for (const end = k + 3; k < end && isCapWord(tokens[k]) && joined(tokens, k); k++) {
    if (!AFFILIATIONS.has(tokens[k]!.key)) continue;
    if (lead !== null) return lead.ref;
    // "Ministry of Foreign Affairs of Greece": the country after the ministry's own name
    for (let j = k + 1; j < k + 8 && joined(tokens, j); j++) {
      if (tokens[j]!.fold === 'of' && j > k + 1) return countryAt(ctx, j + 1, 'people/name-affiliation')?.ref ?? null;
      if (tokens[j]!.fold !== 'of' && tokens[j]!.fold !== 'and' && !isCapWord(tokens[j])) return null;
    }
    return null;
  }
  return null;
}

function foldedCore(words: readonly string[]): string[] {
  return coreNameWords(words).map(foldCached);
}

function titleOf(match: TitleMatch | null): Title | null {
  return match === null ? null : { text: plainSpaces(match.text), span: match.span };
}

/** `text` with non-breaking and ideographic spaces as plain ones ("Foreign\u00A0Minister" is "Foreign Minister"). */
function plainSpaces(text: string): string {
  return /[\u00a0\u3000]/.test(text) ? text.replace(/[\u00a0\u3000]/g, ' ') : text;
}

/** Builds a person from a name run and the titles around it; returns the person and the token to continue from. */
function personAt(
  ctx: TokenContext,
  run: NameRun,
  before: TitleMatch | null,
  rule: string,
  organisation: Organisation | null = null,
): { readonly found: Found; readonly next: number } {
  const { tokens } = ctx;
  let next = skipPeerage(ctx, run, skipSuffixes(tokens, run.next));
  const after = titleAfter(ctx, next);
  if (after !== null) next = after.next;
  const title = after?.title ?? before ?? (rule === 'people/honorific-name' ? bylineTitle(ctx, run, next) : null);
  const countryFirst = organisation?.first ?? before?.first;
  const country =
    after?.country ?? before?.country ?? organisation?.country ?? (countryFirst === undefined ? null : countryBefore(ctx, countryFirst)) ??
    countryAfterName(ctx, next);
  const span: Span = [ctx.starts[run.first]!, ctx.ends[run.last]!];
  return {
    found: { span, words: run.words, core: foldedCore(run.words), title: titleOf(title), country, rule, kind: 'pattern' },
    next,
  };
}

/** How many title lines under a byline's name are read ("Hon Winston Peters / Deputy Prime Minister / Minister of ..."). */
const BYLINE_TITLE_LINES = 4;

/**
 * The title on the lines under a name that has a line of its own (a minister's byline: "Hon. Sitiveni Rabuka" then
 * "Prime Minister and Minister for Foreign Affairs"): each following line that is one title and nothing else, the
 * highest-ranked of them (the office the release is written in, of a minister holding several). Null when the name
 * shares its line with other words or no title line follows.
 */
function bylineTitle(ctx: TokenContext, run: NameRun, next: number): TitleMatch | null {
  const { tokens } = ctx;
  if (tokens[next] !== undefined && !tokens[next]!.lineBreakBefore) return null;
  // the name's line holds honorifics and the name only
  let start = run.first;
  while (start > 0 && !tokens[start]!.lineBreakBefore) start--;
  if (start !== run.first && matchHonorifics(ctx, start) !== run.first) return null;
  let best: { title: TitleMatch; rank: number } | null = null;
  let k = next;
  for (let line = 0; line < BYLINE_TITLE_LINES && tokens[k] !== undefined && tokens[k]!.lineBreakBefore; line++) {
    const title = matchTitle(ctx, k, false);
    if (title === null || (tokens[title.next] !== undefined && !tokens[title.next]!.lineBreakBefore)) break;
    const level = classifyTitle(title.text);
    const rank = level === null ? LEVEL_ORDER.length : LEVEL_ORDER.indexOf(level);
    if (best === null || rank < best.rank) best = { title, rank };
    k = title.next;
  }
  return best?.title ?? null;
}

/** Styles of a peer, whose name may be followed by the peerage's place ("Lord Ahmad of Wimbledon"). */
const PEER_STYLES: ReadonlySet<string> = new Set(['lord', 'baroness', 'lady']);

/**
 * The token after a peerage's territorial designation ("Lord Tariq Ahmad of Wimbledon, Minister of State ..."): "of"
 * and one or two capitalised words that name no country, right after a name styled Lord or Baroness; else `i`.
 */
function skipPeerage(ctx: TokenContext, run: NameRun, i: number): number {
  const { tokens } = ctx;
  const style = tokens[run.first - 1];
  if (style === undefined || !style.cap || !PEER_STYLES.has(style.fold) || tokens[i]?.fold !== 'of' || !joined(tokens, i)) return i;
  let k = i + 1;
  while (k < i + 3 && isCapWord(tokens[k]) && joined(tokens, k) && ctx.covered[k] !== 1) k++;
  return k > i + 1 && tokens[k]?.text === ',' ? k : i;
}

/** A ministry named before a title ("French MFA", "Japanese Ministry of Foreign Affairs", "Chinese Foreign Ministry"). */
interface Organisation {
  /** First token of the ministry's name: a country written right before it is the holder's. */
  readonly first: number;
  /** Token where the title starts. */
  readonly rank: number;
  /** "Ministry of Foreign Affairs of Japan". */
  readonly country: CountryRef | null;
}

/**
 * A ministry's name at token `i` followed by a title: "MFA", "Foreign Ministry", "Ministry of Foreign Affairs (of
 * Japan)", "Ministry for Economic Affairs and Climate Action". The title starts after the last "Affairs" of the name
 * when a capitalised word follows it ("Ministry of Foreign Affairs Political Director"), else at the first rank word
 * ("... Climate Action State Secretary", "Ministry of Defence Deputy Minister").
 */
function organisationAt(ctx: TokenContext, i: number): Organisation | null {
  const { tokens } = ctx;
  const token = tokens[i]!;
  if ((token.flags & F_MINISTRY) === 0) {
    // "Foreign Ministry", "Economy Ministry", "State Department"
    let k = i;
    while (k < i + 3 && isCapWord(tokens[k]) && (tokens[k]!.flags & F_TITLE_START) !== 0 && (k === i || joined(tokens, k))) k++;
    const word = tokens[k];
    if (k === i || !isCapWord(word) || (word.flags & F_MINISTRY) === 0 || word.key === 'mfa' || word.key === 'mofa' || !joined(tokens, k)) return null;
    return joined(tokens, k + 1) ? { first: i, rank: k + 1, country: null } : null;
  }
  if (token.key === 'mfa' || token.key === 'mofa') return joined(tokens, i + 1) ? { first: i, rank: i + 1, country: null } : null;
  const of = tokens[i + 1];
  if ((of?.fold !== 'of' && of?.fold !== 'for') || !joined(tokens, i + 1)) return null;
  let country: CountryRef | null = null;
  let afterAffairs = -1;
  let k = i + 2;
  if (tokens[k]?.fold === 'the' && !tokens[k]!.cap) k++;
  const start = k;
  for (; k < i + 14 && joined(tokens, k); k++) {
    const word = tokens[k]!;
    if (word.fold === 'of' && country === null) {
      const mention = countryAt(ctx, k + 1, 'people/title-country-before');
      if (mention === null) return null;
      country = mention.ref;
      k = mention.next - 1;
      afterAffairs = mention.next;
      continue;
    }
    if (word.fold === 'and' || word.text === '&') continue;
    if (!isCapWord(word) || ((word.flags & F_NON_NAME) !== 0 && (word.flags & F_TITLE_START) === 0)) return null;
    if (k > start && (word.flags & F_RANK) !== 0) {
      const rank = afterAffairs > start && afterAffairs < k && isCapWord(tokens[afterAffairs]) ? afterAffairs : k;
      return { first: i, rank, country };
    }
    if (word.key === 'affairs') afterAffairs = k + 1;
  }
  return null;
}

/** "Mr. Lavrov, Sergey Viktorovich": family name, comma, given name and patronymic. */
function invertedAt(ctx: TokenContext, i: number): { readonly found: Found; readonly next: number } | null {
  const { tokens } = ctx;
  const family = tokens[i];
  const comma = tokens[i + 1];
  if (!isCapWord(family) || !nameWordOk(ctx, i, 0, true) || comma?.text !== ',' || comma.spaceBefore) return null;
  if (!nameWordOk(ctx, i + 2, 1, false) || !nameWordOk(ctx, i + 3, 2, false) || !joined(tokens, i + 2) || !joined(tokens, i + 3)) return null;
  const given = tokens[i + 2]!;
  const patronymic = tokens[i + 3]!;
  if (!/(?:ovich|evich|ovna|evna|ichna)$/u.test(patronymic.fold)) return null;
  const words = [given.text, patronymic.text, family.text];
  const run: NameRun = { words, first: i, last: i + 3, next: i + 4 };
  const built = personAt(ctx, run, null, 'people/inverted-name');
  return { found: built.found, next: built.next };
}

/** First pass: people anchored by a title or an honorific, or followed by ", <title>". */
function findAnchored(ctx: TokenContext): { readonly people: Found[]; readonly bareTitles: TitleMatch[] } {
  const { tokens } = ctx;
  const people: Found[] = [];
  const bareTitles: TitleMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.kind !== 'word') {
      i++;
      continue;
    }
    if (!token.cap && (token.flags & F_COUNTERPART) !== 0) {
      const counterpart = counterpartAt(ctx, i);
      if (counterpart !== null) {
        people.push(...counterpart.found);
        i = counterpart.next;
        continue;
      }
    }
    // No title starts inside a country's or organisation's name ("European External Action Service Secretary General")
    let title = token.cap && !(ctx.covered[i] === 1 && ctx.countryStarts[i] === 0) ? matchTitle(ctx, i, false) : null;
    if (title !== null && title.second > 0 && tokens[i - 1]?.fold === 'the') {
      // "The Secretary and Foreign Minister Kuleba": two people when the first title is an earlier person's
      const firstStart = ctx.starts[i]!;
      const firstText = ctx.text.slice(firstStart, ctx.ends[title.second - 2]!);
      // (not when that person's title is longer than the first part and this whole title shortened: "Deputy Prime
      // Minister and Minister Tajani" in the headline, then "the Deputy Prime Minister and Minister of Foreign Affairs
      // ... of Italy, Antonio Tajani")
      const wholeText = ctx.text.slice(firstStart, ctx.ends[title.end - 1]!);
      if (people.some((person) => person.title !== null && titleDenotes(firstText, person.title.text) && !(foldTitle(person.title.text).length > foldTitle(firstText).length && titleDenotes(person.title.text, wholeText)))) {
        const firstEnd = title.second - 1;
        bareTitles.push({ first: i, end: firstEnd, next: firstEnd, span: [firstStart, ctx.ends[firstEnd - 1]!], text: firstText, country: null, openBracket: false, second: -1 });
        i = title.second;
        title = matchTitle(ctx, i, false);
      }
    }
    if (title !== null) {
      // "Head of the Office of the President Andriy Yermak": the rank ends a longer title, which is the person's
      title = longerTitleEndingIn(ctx, withDashTitle(ctx, title));
      // "Deputy Prime Minister, Minister of Foreign Affairs Mihai Popșoi": the title before the comma is his too
      const earlier = bareTitles[bareTitles.length - 1];
      const single = title;
      const compound = earlier === undefined ? null : withCommaTitleBefore(ctx, earlier, title);
      if (compound !== null) title = compound;
      const afterAbbreviation = skipAbbreviation(tokens, title.next);
      const nameStart = skipRankStyle(ctx, matchHonorifics(ctx, skipRoyalStyle(tokens, matchHonorifics(ctx, afterAbbreviation))));
      // "Assistant to the President Jake Sullivan": the title is someone else's
      const toThe = tokens[i - 1]?.fold === 'the' && tokens[i - 2]?.fold === 'to';
      const run =
        // (a style that is itself a title starts a new name on the next line: "... Administrator\n\nSenator Bill Nelson")
        !toThe && (title.openBracket || (joined(tokens, nameStart) && (joined(tokens, afterAbbreviation) || (tokens[afterAbbreviation]!.flags & F_TITLE_BASE) === 0)))
          ? matchNameRun(ctx, nameStart, true, title.openBracket, nameStart > afterAbbreviation)
          : null;
      if (run !== null && !(title.openBracket && tokens[nameStart - 1]?.text === '[')) {
        if (compound !== null) bareTitles.pop();
        const built = personAt(ctx, run, title, 'people/title-name');
        people.push(built.found);
        i = built.next;
        continue;
      }
      const apposed = toThe ? null : apposedName(ctx, title);
      if (apposed !== null) {
        if (compound !== null) bareTitles.pop();
        const built = personAt(ctx, apposed, title, 'people/title-name');
        people.push(built.found);
        i = built.next;
        continue;
      }
      title = single;
      bareTitles.push(title);
      i = Math.max(title.end, i + 1);
      continue;
    }
    const organisation = token.cap && (token.flags & (F_MINISTRY | F_TITLE_START)) !== 0 ? organisationAt(ctx, i) : null;
    if (organisation !== null) {
      const rank = matchTitle(ctx, organisation.rank, false);
      const nameStart = rank === null ? -1 : matchHonorifics(ctx, skipAbbreviation(tokens, rank.next));
      const run = rank !== null && joined(tokens, nameStart) ? matchNameRun(ctx, nameStart, true, false) : null;
      if (run !== null) {
        const built = personAt(ctx, run, rank, 'people/title-name', organisation);
        people.push(built.found);
        i = built.next;
        continue;
      }
    }
    const honorificEnd = matchHonorifics(ctx, i);
    if (honorificEnd > i) {
      const inverted = joined(tokens, honorificEnd) ? invertedAt(ctx, honorificEnd) : null;
      if (inverted !== null) {
        people.push(inverted.found);
        i = inverted.next;
        continue;
      }
      const run = joined(tokens, honorificEnd) ? matchNameRun(ctx, honorificEnd, true, false, true) : null;
      if (run !== null) {
        const built = personAt(ctx, run, null, 'people/honorific-name');
        people.push(built.found);
        i = built.next;
        continue;
      }
      i = honorificEnd;
      continue;
    }
    if (token.cap) {
      const run = matchNameRun(ctx, i, false, false);
      if (run !== null) {
        // (not a run a title starts inside: "FEMA Administrator Deanne Criswell, Chief Medical Advisor ..." is two people)
        const inner = titleStartIn(tokens, i + 1, run.next);
        // (looked up once: the last step below needs it too)
        const innerTitle = inner < run.next ? matchTitle(ctx, inner, false) : null;
        if (wordsBesideInitials(run.words) >= 2 && innerTitle === null) {
          const after = titleAfter(ctx, skipSuffixes(tokens, run.next));
          if (after !== null) {
            const built = personAt(ctx, run, null, 'people/name-title');
            people.push(built.found);
            i = built.next;
            continue;
          }
        }
        if (subjectOfMeetingVerb(ctx, run)) {
          const built = personAt(ctx, run, null, 'people/subject-name');
          people.push(built.found);
          i = built.next;
          continue;
        }
        if (objectOfMeetingVerb(ctx, run)) {
          const built = personAt(ctx, run, null, 'people/object-name');
          people.push(built.found);
          i = built.next;
          continue;
        }
        // a title may start inside the run ("Domestic Policy Advisor Susan Rice", "U.S. Special Envoy Tim Lenderking");
        // one that does not start at the first such word is left to the words after the run ("European External
        // Action Service Secretary General")
        i = inner < run.next && (innerTitle !== null || organisationAt(ctx, inner) !== null) ? inner : run.next;
        continue;
      }
    }
    i++;
  }
  return { people, bareTitles };
}

/**
 * `title` widened to the capitalised title it ends when it follows "of the" inside one ("Head of the Office of the
 * President", "Chief of Staff of the President"): that title starts on an office word or a rank and runs through
 * capitalised words joined by "of (the)". Unchanged otherwise.
 */
function longerTitleEndingIn(ctx: TokenContext, title: TitleMatch): TitleMatch {
  const { tokens } = ctx;
  const i = title.first;
  if (tokens[i - 1]?.fold !== 'the' || tokens[i - 2]?.fold !== 'of' || !isCapWord(tokens[i - 3]) || !joined(tokens, i - 1) || !joined(tokens, i - 2)) return title;
  let start = i - 3;
  for (let k = start - 1; k >= 0 && joined(tokens, k + 1); k--) {
    const token = tokens[k]!;
    if (isCapWord(token) && token.fold !== 'the') start = k;
    else if (token.fold === 'of' && isCapWord(tokens[k - 1]) && joined(tokens, k)) continue;
    else if (token.fold === 'the' && tokens[k - 1]?.fold === 'of' && isCapWord(tokens[k - 2]) && joined(tokens, k) && joined(tokens, k - 1)) k--;
    else break;
  }
  const head = tokens[start]!;
  if (!OFFICE_HEADS.has(head.key) && (head.flags & F_TITLE_BASE) === 0) return title;
  const span: Span = [ctx.starts[start]!, title.span[1]];
  return { ...title, first: start, span, text: ctx.text.slice(span[0], span[1]) };
}

/**
 * "Vladimir Putin had a telephone conversation with ...", "Sergey Lavrov held talks with ...", "Vladimir Putin and
 * President of China Xi Jinping held talks": a name of two or more words that opens a sentence as the subject of a
 * meeting verb (the Kremlin's and the Russian MID's house style names
 * the principal so, without a title).
 */
function subjectOfMeetingVerb(ctx: TokenContext, run: NameRun): boolean {
  const { tokens } = ctx;
  const before = tokens[run.first - 1];
  if (before !== undefined && !tokens[run.first]!.lineBreakBefore && !(before.kind === 'punct' && (before.text === '.' || before.text === '!' || before.text === '?'))) return false;
  if (run.last === run.first || wordsBesideInitials(run.words) < 2) return false;
  const end = ctx.ends[run.last]!;
  return MEETING_VERB_AFTER_RE.test(ctx.text.slice(end, end + 12)) || JOINT_MEETING_VERB_AFTER_RE.test(ctx.text.slice(end, end + 160));
}

/**
 * "President Biden met with Kais Saied today", "Vladimir Putin welcomed Recep Tayyip Erdogan with military honours":
 * a name of two or more words right after a meeting verb, ending its phrase (a lower-case word or punctuation follows,
 * not another capitalised word: "met with Civil Society Leaders"), is the person met.
 */
function objectOfMeetingVerb(ctx: TokenContext, run: NameRun): boolean {
  const { tokens } = ctx;
  if (run.last === run.first || wordsBesideInitials(run.words) < 2 || tokens[run.first]!.lineBreakBefore) return false;
  const start = ctx.starts[run.first]!;
  // most runs follow no such word: a look at the letter ending the word before, then the pattern
  if (!OBJECT_CUE_LAST_LETTERS.has(ctx.text[start - 2] ?? '')) return false;
  if (!MEETING_VERB_BEFORE_RE.test(ctx.text.slice(Math.max(0, start - 24), start))) return false;
  // "met with FEMA Administrator Deanne Criswell": a title inside is the title rule's; "met with Special Operations
  // Forces", "International Brotherhood of Electrical Workers": words of a group or body
  for (let k = run.first; k <= run.last; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word') continue;
    if ((token.flags & F_TITLE_START) !== 0 || NON_NAME_ENDING_RE.test(token.fold.replace(/s$/u, ''))) return false;
  }
  const after = tokens[run.next];
  if (after?.fold === 'of' && !after.cap) return ctx.covered[run.next + 1] === 1;
  return after === undefined || after.lineBreakBefore || !isCapWord(after) || !after.spaceBefore;
}

/** The letters that end {@link MEETING_VERB_BEFORE_RE}'s last words (met, meets, with, welcomed, welcomes, receives). */
const OBJECT_CUE_LAST_LETTERS: ReadonlySet<string> = new Set(['t', 's', 'h', 'd', 'T', 'S', 'H', 'D']);

/**
 * A meeting verb or noun right before a name (see {@link objectOfMeetingVerb}), in a sentence or a title-case headline
 * ("Wang Yi Holds Talks with Sergey Lavrov", "Meeting with Kais Saied").
 */
const MEETING_VERB_BEFORE_RE = /\b(?:met|meets|(?:met|meets|spoke|speaks|talked|talks|meeting|call|conversation)\s+with|(?:held|holds|had)\s+talks\s+with|welcomed|welcomes|receives)\s+$/iu;

/**
 * A meeting verb right after a name, in a sentence or a title-case headline ("Wang Yi Holds Talks with ..."); not
 * "hosted" or "received", which places do too ("Camp David hosted ..."); a headline's "Receives" is a person's.
 */
const MEETING_VERB_AFTER_RE = /^ (?:had|held|met|meets|holds|spoke|speaks|talked|welcomed|welcomes|receives)\b/iu;
/** "Vladimir Putin and President of China Xi Jinping held Russian-Chinese talks": a joint subject, then the verb. */
const JOINT_MEETING_VERB_AFTER_RE = /^ and [^.;:\n]{3,140}? (?:had|held|met|hold|holds)\b/u;

/**
 * "her Chinese counterpart Qin Gang", "his Indian counterpart Dr. S. Jaishankar", "his counterpart, Mr. Wang Yi,": the
 * word heads a name like a title and the country before it is the person's. The person gets no title from it (a
 * title written elsewhere for the same person is kept). A title after the word ("counterpart Foreign Minister Wang
 * Yi") is left to the title rule, which takes the country before "counterpart".
 */
function counterpartAt(ctx: TokenContext, i: number): { readonly found: readonly Found[]; readonly next: number } | null {
  const { tokens } = ctx;
  let k = i + 1;
  const comma = tokens[k]?.text === ',' && !tokens[k]!.spaceBefore;
  if (comma) k++;
  if (!joined(tokens, k)) return null;
  // "his counterpart, Israeli National Security Advisor Hulata": the title rule takes it
  if (ctx.covered[k] === 1) return null;
  const nameStart = matchHonorifics(ctx, k);
  if (nameStart === k && tokens[k]!.cap && matchTitle(ctx, k, false) !== null) return null;
  if (!joined(tokens, nameStart)) return null;
  const run = matchNameRun(ctx, nameStart, true, false, nameStart > k);
  if (run === null) return null;
  if (comma && nameStart === k && wordsBesideInitials(run.words) < 2) return null;
  const built = personAt(ctx, run, null, 'people/counterpart-name');
  const country = built.found.country ?? countryBefore(ctx, i);
  const found = { ...built.found, country };
  return tokens[i]!.key === 'counterparts' ? coordinatedCounterparts(ctx, i, found, built.next) : { found: [found], next: built.next };
}

/** Most counterparts one coordination names ("his Belgian, Dutch and German counterparts, A, B and C"). */
const MAX_COORDINATED = 4;

/**
 * "his Belgian and Dutch counterparts, Hadja Lahbib and Caspar Veldkamp": the names coordinated after the plural word
 * at `i`, each with the country at its place in the coordination before the word. `first` is the first name found
 * (with the nearest country), `next` the token after it. Names after it are taken when "and" or a comma joins them and
 * they have two or more words (or an honorific); their countries pair with the countries only when both lists are
 * equally long, and one country before the word is every name's ("his French counterparts, X and Y"); else the later
 * names get none and the first keeps the nearest.
 */
function coordinatedCounterparts(ctx: TokenContext, i: number, first: Found, next: number): { readonly found: readonly Found[]; readonly next: number } {
  const { tokens } = ctx;
  const found: Found[] = [first];
  let end = next;
  while (found.length < MAX_COORDINATED) {
    let k = end;
    if (tokens[k]?.text === ',' && !tokens[k]!.spaceBefore) k++;
    const and = tokens[k]?.fold === 'and' && !tokens[k]!.cap;
    if (and) k++;
    if (k === end || !joined(tokens, k)) break;
    const nameStart = matchHonorifics(ctx, k);
    if (!joined(tokens, nameStart) || (nameStart === k && tokens[k]!.cap && matchTitle(ctx, k, false) !== null)) break;
    const run = matchNameRun(ctx, nameStart, true, false, nameStart > k);
    if (run === null || (nameStart === k && wordsBesideInitials(run.words) < 2)) break;
    const built = personAt(ctx, run, null, 'people/counterpart-name');
    found.push(built.found);
    end = built.next;
    if (and) break;
  }
  if (found.length === 1) return { found, next };
  const countries = coordinatedCountries(ctx, i);
  const paired = countries.length === found.length ? countries : countries.length === 1 ? found.map(() => countries[0]!) : null;
  return { found: found.map((person, n) => (paired === null || (n > 0 && person.country !== null) ? person : { ...person, country: paired[n]! })), next: end };
}

/**
 * The countries coordinated right before the plural counterpart word at `i`, in text order ("his Belgian and Dutch
 * counterparts" -> BE, NL; "its Belgian, Dutch and German counterparts" -> BE, NL, DE); one or none otherwise.
 */
function coordinatedCountries(ctx: TokenContext, i: number): CountryRef[] {
  const { tokens } = ctx;
  const countries: CountryRef[] = [];
  let k = i - 1;
  while (countries.length < MAX_COORDINATED && k >= 0) {
    const mention = countryEndingAt(ctx, k);
    if (mention === undefined || mention.kind === 'organisation') break;
    countries.unshift({ code: mention.code, span: mention.span, rule: 'people/counterpart-coordinated' });
    k = tokenAt(ctx, mention.span[0]) - 1;
    if (tokens[k]?.fold === 'and' && !tokens[k]!.cap && joined(tokens, k + 1)) k--;
    else if (tokens[k]?.text === ',' && !tokens[k]!.spaceBefore) k--;
    else break;
  }
  return countries;
}

/**
 * "the Holy See Secretary of State, Cardinal Pietro Parolin.", "The Minister of International Relations and
 * Cooperation, Dr Naledi Pandor, held ...": a name of two or more words after the title and a comma, ending the clause
 * (a name after an honorific may run on: "..., the Honorable Dato’ Sri Saifuddin Abdullah at a ceremony"). Not after
 * an honorific ("Mr. President, Jill and I"); a sentence's "The" before the title is no honorific. A rank worn as a
 * style before the name ("Minister of Foreign Affairs, Ambassador Yusuf Maitama Tuggar") is not the person's title.
 */
function apposedName(ctx: TokenContext, title: TitleMatch): NameRun | null {
  const { tokens } = ctx;
  const comma = tokens[placeAfterTitle(ctx, title.next)];
  if (comma?.text !== ',' || comma.spaceBefore || title.openBracket) return null;
  const before = tokens[title.first - 1];
  // (a full stop before the title ends a sentence; the one of a dotted country abbreviation does not: "with the U.S.
  // Secretary of State, Antony Blinken")
  if (before !== undefined && before.kind === 'punct' && before.text === '.' && ctx.covered[title.first - 1] !== 1) return null;
  // ("The Honourable Minister of Foreign Affairs, Ambassador ...": an office styled so, the Nigerian and Kenyan way)
  if (before !== undefined && (before.flags & F_HONORIFIC_FIRST) !== 0 && before.cap && before.fold !== 'the' && !OFFICE_STYLES.has(before.fold)) return null;
  // "The Honourable Minister of Foreign Affairs, Ambassador Yusuf Maitama Tuggar,": a rank worn as a style
  const at = placeAfterTitle(ctx, title.next);
  const style = tokens[at + 1];
  const styled = style !== undefined && style.cap && STYLE_RANKS.has(style.key) && isCapWord(tokens[at + 2]) && joined(tokens, at + 2);
  // ("the Foreign Minister of the Kingdom of Saudi Arabia, His Highness Prince Faisal bin Farhan": a royal style after
  // the honorific is the holder's rank, not a title of its own)
  const nameStart = matchHonorifics(ctx, skipRoyalStyle(tokens, matchHonorifics(ctx, styled ? at + 2 : at + 1)));
  if (!joined(tokens, at + 1) || !joined(tokens, nameStart)) return null;
  const honorific = nameStart > at + 1;
  const run = matchNameRun(ctx, nameStart, true, false, honorific);
  // ("The External Affairs Minister of India, Dr. S. Jaishankar,": after an honorific, initials count as name words)
  if (run === null || (honorific ? run.words.length : wordsBesideInitials(run.words)) < 2) return null;
  if (honorific) return run;
  const end = tokens[skipSuffixes(tokens, run.next)];
  // ("... with the Minister of Foreign Affairs of Egypt, Sameh Shoukry (Cairo, 12.11.2023)": a bracket closes it too)
  return end === undefined || end.lineBreakBefore || /^[.,;:()]$/u.test(end.text) || end.kind === 'gap' ? run : null;
}

/**
 * The name's first token when a rank worn as a style stands between an office and the name ("State Minister of Foreign
 * Affairs Ambassador Mesganu Arga", "Minister of National Defence General Phan Van Giang"): the style is skipped, so
 * the office stays the title, as in the comma form; `i` otherwise. The style must be capitalised and joined to the
 * capitalised word after it.
 */
function skipRankStyle(ctx: TokenContext, i: number): number {
  const { tokens } = ctx;
  const style = tokens[i];
  if (style === undefined || !style.cap || !STYLE_RANKS.has(style.key) || !joined(tokens, i)) return i;
  // ("Commissioner General Philippe Lazzarini": the office's own word)
  if ((style.key === 'general' || style.key === 'gen') && POSTPOSITIVE_GENERAL.has(tokens[i - 1]?.key ?? '')) return i;
  const k = tokens[i + 1]?.text === '.' && tokens[i + 1]!.spaceBefore === false ? i + 2 : i + 1;
  if (!isCapWord(tokens[k]) || !joined(tokens, k)) return i;
  const start = matchHonorifics(ctx, k);
  if (start > k) return start;
  // (a name of two words at least, none of them a common or institution word: "the Minister of Foreign Affairs General
  // Directorate staff" keeps its words)
  const second = tokens[k + 1];
  if (/^\p{Lu}$/u.test(tokens[k]!.text) && second?.text === '.') return k;
  const nameWords = (tokens[k]!.flags & (F_NON_NAME | F_INSTITUTION)) === 0 && isCapWord(second) && joined(tokens, k + 1)
    && (second.flags & (F_NON_NAME | F_INSTITUTION)) === 0;
  return nameWords ? k : i;
}

/**
 * The token after the post a title is held at ("Minister of State at the Federal Foreign Office", "Ambassador in
 * Berlin"): "at" or "in", an optional "the" and capitalised words, when a comma follows; else `i`.
 */
function placeAfterTitle(ctx: TokenContext, i: number): number {
  const { tokens } = ctx;
  const word = tokens[i];
  if ((word?.fold !== 'at' && word?.fold !== 'in') || word.cap || !joined(tokens, i)) return i;
  let k = i + 1;
  if (tokens[k]?.fold === 'the' && !tokens[k]!.cap) k++;
  const first = k;
  while (k < i + 9 && isCapWord(tokens[k]) && joined(tokens, k)) k++;
  return k > first && tokens[k]?.text === ',' && !tokens[k]!.spaceBefore ? k : i;
}

/** The first token in `from..to` that may start a title, or `to`. */
function titleStartIn(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    if (token.kind === 'word' && token.cap && (token.flags & F_TITLE_START) !== 0) return k;
  }
  return to;
}

/** How many of a run's words are not initials (counted without building a filtered copy: every run is counted). */
function wordsBesideInitials(words: readonly string[]): number {
  let count = 0;
  for (const word of words) if (!isInitial(word)) count++;
  return count;
}

/** True when `part` is a prefix or suffix of `whole` (folded word lists). */
function partOf(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  const prefix = part.every((word, k) => word === whole[k]);
  const offset = whole.length - part.length;
  const suffix = part.every((word, k) => word === whole[offset + k]);
  return prefix || suffix;
}

/** Second pass: bare repeats of names found in the first pass ("Sergey Lavrov informed", "Lavrov said"). */
function findRepeats(ctx: PeopleContext, anchored: readonly Found[]): Found[] {
  const { tokens, capStarts } = ctx;
  const known = anchored.filter((found) => found.core.length > 0);
  if (known.length === 0) return [];
  const taken = anchored.map((found) => found.span);
  // plain loops: building this set with `flatMap` cost more than the scan below
  const knownWords = new Set<string>();
  for (const found of known) for (const word of found.core) knownWords.add(word);
  const repeats: Found[] = [];
  // a repeat starts a run of capitalised words: only those tokens are read, not every token
  /** Tokens before this one lie in the last repeat found. */
  let resume = 0;
  for (let c = 0; c < capStarts.length; c++) {
    const i = capStarts[c]!;
    if (i < resume || !knownWords.has(tokens[i]!.fold)) continue;
    const run = matchNameRun(ctx, i, false, false);
    if (run === null) continue;
    const span: Span = [ctx.starts[run.first]!, ctx.ends[run.last]!];
    const overlaps = taken.some(([start, end]) => span[0] < end && start < span[1]);
    const core = foldedCore(run.words);
    const single = core.length === 1;
    const matches = known.some((found) =>
      single
        ? found.core.length > 1 && found.core[found.core.length - 1] === core[0] && core[0]!.length >= 3
        : partOf(core, found.core),
    );
    if (!overlaps && matches && !(single && MONTHS.has(core[0]!))) {
      repeats.push({ span, words: run.words, core, title: null, country: null, rule: 'people/repeat', kind: 'repeat' });
    }
    resume = run.next;
  }
  return repeats;
}

/** Folded forms of recently compared titles: {@link titleDenotes} compares each bare title with every titled person. */
const FOLDED_TITLES = new Map<string, string>();
const FOLDED_TITLES_SIZE = 4096;

function foldTitle(title: string): string {
  let folded = FOLDED_TITLES.get(title);
  if (folded === undefined) {
    folded = foldWord(title).replace(/[[\]]/gu, '').replace(/[-‐]/gu, ' ').replace(/\s+/gu, ' ').trim();
    if (FOLDED_TITLES.size >= FOLDED_TITLES_SIZE) FOLDED_TITLES.clear();
    FOLDED_TITLES.set(title, folded);
  }
  return folded;
}

/** Whether a title written alone ("the Secretary") can denote a person whose full title is `full`. */
function titleDenotes(short: string, full: string): boolean {
  const a = foldTitle(short);
  const b = foldTitle(full);
  if (a === b || b.startsWith(`${a} `)) return true;
  const level = classifyTitle(short);
  return level === 'foreign-minister' && classifyTitle(full) === 'foreign-minister' && a.includes('foreign');
}

interface Person {
  readonly rep: Found;
  readonly members: Found[];
}

function levelOf(title: Title | null): Level | null {
  return title === null ? null : classifyTitle(title.text);
}

/** Groups mentions into people: each short mention joins the fullest compatible name. */
function cluster(found: readonly Found[]): Person[] {
  const order = [...found].sort(
    (a, b) => b.core.length - a.core.length || (a.kind === b.kind ? 0 : a.kind === 'pattern' ? -1 : 1) || a.span[0] - b.span[0],
  );
  const people: Person[] = [];
  const levels = new Map<Found, Level | null>(found.map((mention) => [mention, levelOf(mention.title)]));
  for (const mention of order) {
    let best: Person | null = null;
    let bestScore = -Infinity;
    const ownLevel = levels.get(mention) ?? null;
    for (const person of people) {
      if (!partOf(mention.core, person.rep.core)) continue;
      let firstStart = Infinity;
      for (const member of person.members) firstStart = Math.min(firstStart, member.span[0]);
      const before = firstStart <= mention.span[0];
      const repLevel = levels.get(person.rep) ?? null;
      const compatible = ownLevel === null || repLevel === null || ownLevel === repLevel;
      const distance = Math.abs(mention.span[0] - firstStart);
      const score = (compatible ? 4 : 0) + (before ? 2 : 0) - distance / 1e7;
      if (score > bestScore) {
        bestScore = score;
        best = person;
      }
    }
    if (best === null) people.push({ rep: mention, members: [mention] });
    else best.members.push(mention);
  }
  return people;
}

/** Third pass: "the Deputy Secretary" resolved to the one earlier named person with that title. */
function findTitleReferences(ctx: TokenContext, bareTitles: readonly TitleMatch[], people: readonly Person[]): { found: Found; person: Person }[] {
  const { tokens } = ctx;
  const references: { found: Found; person: Person }[] = [];
  for (const title of bareTitles) {
    const article = tokens[title.first - 1];
    if (article?.fold !== 'the' || !joined(tokens, title.first)) continue;
    if (tokens[title.first - 2]?.fold === 'of') continue;
    if (tokens[title.end]?.kind === 'poss' || title.country !== null) continue;
    const window = tokens.slice(title.end, title.end + 3);
    if (window.some((token) => token.fold === 'level' || token.fold.endsWith('-level'))) continue;
    const before = countryBefore(ctx, title.first);
    const candidates = people.filter((person) => {
      const full = person.members.find((member) => member.title !== null)?.title ?? null;
      if (full === null || !titleDenotes(title.text, full.text)) return false;
      if (!person.members.some((member) => member.span[0] < title.span[0])) return false;
      const country = person.members.find((member) => member.country !== null)?.country ?? null;
      return before === null || country === null || country.code === before.code;
    });
    if (candidates.length !== 1) continue;
    const person = candidates[0]!;
    references.push({
      found: { span: title.span, words: [], core: [], title: { text: plainSpaces(title.text), span: title.span }, country: before, rule: 'people/the-title', kind: 'the-title' },
      person,
    });
  }
  return references;
}

/**
 * The people named in `text`, in text order. `countries` are the country mentions of the same text (from the
 * country finder); they give a person's country when adjacent to the title or name and stop names at country words.
 *
 * Each mention's `span` covers the name words only, from the first to the last name word as written: initials and
 * patronymics inside are included ("Antony J. Blinken", "Vladimir Vladimirovich Putin"), honorifics, titles and
 * suffixes ("Jr.", "MP") are not; "Mr. Lavrov, Sergey Viktorovich" spans "Lavrov, Sergey Viktorovich". A
 * `people/the-title` mention ("the Deputy Secretary") has no name words: its span is the title's.
 *
 * `title.text` is always the exact text at `title.span`. `country` is null unless the text ties one to the person
 * (the lead assigns the publisher's country). The first mention with a person's fullest name has `short: false`; every
 * other mention of that person is short and carries that full name; a short mention without its own title or
 * country inherits the full mention's. A full mention without a title or country takes the first one given by a later
 * mention of the same person.
 */
export function findPeople(text: string, countries: readonly CountryMention[]): PersonMention[] {
  const ctx = buildContext(text, countries);
  const { people: anchored, bareTitles } = findAnchored(ctx);
  const repeats = findRepeats(ctx, anchored);
  const people = cluster([...anchored, ...repeats]);
  for (const reference of findTitleReferences(ctx, bareTitles, people)) reference.person.members.push(reference.found);

  const mentions: PersonMention[] = [];
  for (const person of people) {
    const rep = person.rep;
    const name = normaliseName(rep.words);
    const inOrder = [...person.members].sort((a, b) => a.span[0] - b.span[0]);
    let repTitle = rep.title ?? inOrder.find((member) => member.title !== null && member.kind !== 'the-title')?.title ?? null;
    // "Minister Jeyhun Bayramov had a phone conversation ..." in the title, "Minister of Foreign Affairs of the Republic
    // of Azerbaijan Jeyhun Bayramov" in the body: a bare rank gives way to the full title of the same rank word
    if (repTitle !== null && BARE_RANK_RE.test(repTitle.text)) {
      const bare = repTitle.text.toLowerCase();
      const fuller = inOrder.find((member) => member.kind === 'pattern' && member.title !== null && member.title.text.length > bare.length && member.title.text.toLowerCase().startsWith(`${bare} `));
      if (fuller) repTitle = fuller.title;
    }
    const repCountry = rep.country ?? inOrder.find((member) => member.country !== null)?.country ?? null;
    const repLevel = levelOf(repTitle);
    for (const member of person.members) {
      const isRep = member === rep;
      // "the Minister met his counterpart" after "The Minister of State and Foreign Affairs, Paulo Rangel": a bare title
      // referring back (people/the-title) stands for the person's full one, whose words are its evidence
      const title = isRep || (member.kind === 'the-title' && repTitle !== null) ? repTitle : member.title ?? repTitle;
      const country = isRep ? repCountry : member.country ?? repCountry;
      mentions.push({
        span: member.span,
        text: text.slice(member.span[0], member.span[1]),
        name,
        title,
        country,
        level: isRep ? repLevel : repLevel ?? levelOf(member.title),
        short: !isRep,
        rule: member.rule,
      });
    }
  }
  return mentions.sort((a, b) => a.span[0] - b.span[0]);
}
