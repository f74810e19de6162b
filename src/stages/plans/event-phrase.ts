/**
 * Event noun phrases inside one sentence: where the head nouns are, how far each phrase reaches to
 * the left, which time expression belongs to it. Shared by the planned-event and past-reference
 * finders. All offsets are into the document text.
 */
import type { PlanKind } from '../../domain/record.ts';
import { EVENT_YEAR_RULE } from '../dates/parsers/event-year-parser.ts';
import type { TimeExpression } from '../../domain/mentions.ts';
import { BODY_CONVENING_VERBS, EVENT_HEADS, EVENT_NAME_HEADS, JOINT_BODY_HEAD, NP_MODIFIERS, OCCASION_INTRODUCERS } from './plan-lexicon.ts';
import { cutsWord, flagsWithin, HEAD, matchesIn, NAME, wordIndexOf } from './word-index.ts';
import { RecentDocuments } from './recent-documents.ts';

/** An event head found in a sentence, with its noun phrase. */
export interface EventHead {
  /** Span of the head word(s) ("summit meeting", "visit"). */
  readonly head: readonly [number, number];
  /** Start of the noun phrase (determiner, modifiers, possessives before the head). */
  readonly npStart: number;
  readonly kind: PlanKind;
  /** True when an introducer ("on the occasion of the", "at the") makes it the occasion of an earlier head. */
  readonly occasionIntro: boolean;
  /** How the head was found: `noun`, `name` or `year-title`. */
  readonly source: 'noun' | 'name' | 'year-title';
}

// ASCII word boundaries keep this scan cheap; a hyphen next to the match is rejected afterwards.
const HEAD_RE = new RegExp(`\\b(?:${EVENT_HEADS.map((h) => h.pattern).join('|')})\\b`, 'gi');
const HEAD_KIND_RES = EVENT_HEADS.map((h) => ({ re: new RegExp(`^(?:${h.words ?? h.pattern})$`, 'iu'), kind: h.kind }));
const HEAD_STICKY_RE = new RegExp(HEAD_RE.source, 'iy');
const NAME_HEAD_RE = new RegExp(`\\b(?:${EVENT_NAME_HEADS})\\b`, 'g');
const NAME_HEAD_STICKY_RE = new RegExp(NAME_HEAD_RE.source, 'y');
const YEAR_TITLE_RE =
  /[“"][^”"\n]{0,60}\bYear\b[^”"\n]{0,60}[”"](?:\s*(?:,|and|&)\s*[“"][^”"\n]{0,60}\bYear\b[^”"\n]{0,60}[”"])*|(?:[A-Z][\p{L}-]*\s+){0,4}Year\s+of\s+(?:(?:the|and|for)\s+)?(?:[A-Z][\p{L}-]*\s*){1,5}/gu;
const MODIFIERS = new Set(NP_MODIFIERS.map((m) => m.toLowerCase()));
const OCCASION_BEFORE = endTest(OCCASION_INTRODUCERS, 'i');
/** A head used as a verb ("will visit", "Putin visits Japan") is not a noun head. */
const VERB_USE_BEFORE = endTest('\\b(?:will|shall|would|to|not|also|can|could|may|might|must|should|[a-z]+ly)\\s+', '');
const CAPITALISED_WORD_BEFORE = endTest('\\p{Lu}\\p{Ll}+\\s+', 'u');
const TRANSITIVE_AFTER_RE = /^\s+(?:the\s+|[A-Z])/;
const VERBISH_HEADS = /^(?:visits?|tours?|exercises?|meetings?|sessions?)$/i;
const TITLE_ABBREV_RE = /^(?:Mr|Ms|Mrs|Dr|H\.E|St|Prof|Gen|Sen|Rep)\.$/u;
const ACRONYM_DOTTED_RE = /(?:^|-)(?:[A-Z]\.){2,}$/u;
/** Small words allowed inside a capitalised name ("Non-Proliferation and Disarmament Initiative", "Republic of Korea"). */
const NAME_JOINERS = new Set(['and', 'of', 'for', 'on', '&', '+']);

/**
 * A test of `source` against the END of a string, as `new RegExp(source + '$', flags).test(s)` would answer it, but
 * matched backwards from the end (a sticky lookbehind), so the cost is the length of the match tried, not the
 * length of the string times the pattern. `^` in `source` still means the start of the string tested.
 */
export function endTest(source: string, flags: string): (s: string) => boolean {
  const re = new RegExp(`(?<=${source})`, `${flags.replace(/[gy]/g, '')}y`);
  return (s: string): boolean => {
    re.lastIndex = s.length;
    return re.test(s);
  };
}

/** Memo of the per-head-text facts (the vocabulary of heads is small); cleared if it ever grows large. */
const headFacts = new Map<string, { kind: PlanKind; verbish: boolean; plural: boolean; round: boolean }>();
const ROUND_COUNT_RE = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|new|another|further|final|last|previous|\d+(?:st|nd|rd|th))\b/i;

function factsOf(headText: string): { kind: PlanKind; verbish: boolean; plural: boolean; round: boolean } {
  let f = headFacts.get(headText);
  if (f === undefined) {
    if (headFacts.size > 4096) headFacts.clear();
    f = { kind: kindOf(headText), verbish: VERBISH_HEADS.test(headText), plural: /s$/i.test(headText), round: /^rounds?$/i.test(headText) };
    headFacts.set(headText, f);
  }
  return f;
}

/** Kind of a head by the lexicon. */
function kindOf(headText: string): PlanKind {
  const normal = headText.replace(/\s+/g, ' ');
  for (const { re, kind } of HEAD_KIND_RES) if (re.test(normal)) return kind;
  return 'other';
}

/** JavaScript's `\s` for one UTF-16 code unit. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Word facts used while walking a noun phrase leftwards; memoised per word (pure functions of the word). */
interface WordFacts {
  readonly modifier: boolean;
  /** Starts (after an opening quote or parenthesis) with a capital or digit. */
  readonly capitalised: boolean;
  /** Ends with , ; or :. */
  readonly clausePunct: boolean;
  readonly determiner: boolean;
}
const wordFacts = new Map<string, WordFacts>();
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'our', 'your', 'its', 'my']);
const CAPITALISED_RE = /^[“"(]?[\p{Lu}\p{N}]/u;

function factsOfWord(word: string): WordFacts {
  let f = wordFacts.get(word);
  if (f === undefined) {
    if (wordFacts.size > 20000) wordFacts.clear();
    f = { modifier: isModifierWord(word), capitalised: CAPITALISED_RE.test(word), clausePunct: /[,;:]$/.test(word), determiner: DETERMINERS.has(word.toLowerCase()) };
    wordFacts.set(word, f);
  }
  return f;
}

/**
 * True when `word` (a whitespace-delimited chunk) may stand inside an event noun phrase before the head.
 */
function isModifierWord(word: string): boolean {
  if (/[,;:!?]$/.test(word)) return false;
  if (word.endsWith('.') && !TITLE_ABBREV_RE.test(word) && !ACRONYM_DOTTED_RE.test(word)) return false;
  const bare = word.replace(/^[“"(‘]+|[”")’]+$/gu, '');
  if (bare === '') return false;
  if (MODIFIERS.has(bare.toLowerCase())) return true;
  if (/[’']s?$/u.test(bare) && /\p{L}/u.test(bare)) return true; // possessive: "Kono’s", "ministers’"
  if (/^\p{Lu}/u.test(bare) || /^\p{N}/u.test(bare)) return true;
  if (/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u.test(bare)) return true; // "director-general-level"
  if (/^\(.*\)$/u.test(word)) return true; // "(C+C5)"
  return false;
}

/** The whitespace-delimited word ending before `end` (skipping spaces), or null before `floor`. */
function wordBefore(text: string, end: number, floor: number): { word: string; start: number } | null {
  let e = end;
  while (e > floor && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e <= floor || end - e > 3) return null;
  let b = e;
  while (b > floor && !isSpaceCode(text.charCodeAt(b - 1))) b--;
  return { word: text.slice(b, e), start: b };
}

const PART_OF_SERIES_BEFORE_RE = /(?:the|a|an|another|its|their)\s+(?:[\p{L}\p{N}-]+\s+)?(?:round|rounds|edition|editions|session|sessions)\s+of\s+$/iu;
/** Nouns of quantity kept with the head they count ("a series of meetings", "another round of talks"). */
const QUANTITY_NOUNS = new Set(['series', 'round', 'rounds', 'number', 'couple', 'set', 'pair']);
/** A plain lower-case word that may be a noun modifier ("food", "climate"); verb, adverb and plural-looking forms excluded. */
const PLAIN_NOUN_RE = /^\p{Ll}{3,}$/u;
const NOT_NOUN_RE = /(?:s|ed|ing|ly)$|^(?:and|or|but|nor|for|with|from|into|onto|upon|about|over|under|after|before|during|will|would|shall|should|could|can|may|might|must|not|that|which|who|whom|whose|what|when|where|how|then|than|also|only|even|just|very|such|there|here|they|them|she|him|hold|host|have|make|take|give|pay|attend|join|meet|lead|convene|organize|organise|discuss|welcome|plan|hope|expect|agree|resume|launch|open|continue|begin|start|end|include|between|among|within|without|through|toward|towards|against|all|any|each|every|other|some|own|same|one|per)$/u;

/**
 * Start of the determiner opening a phrase whose listed modifiers run back from `end` ("a food security
 * ministerial": from "food", through no more words, to "a"), or -1 when none comes first.
 */
function determinerWithin(text: string, end: number, floor: number): number {
  let at = end;
  for (let i = 0; i < 6; i++) {
    const w = wordBefore(text, at, floor);
    if (w === null) return -1;
    const f = factsOfWord(w.word);
    if (f.determiner) return w.word.toLowerCase() === 'that' ? -1 : w.start;
    if (!f.modifier || f.capitalised) return -1;
    at = w.start;
  }
  return -1;
}

/** Offset where the noun phrase ending with the head at `headStart` begins (at most 10 words back, not before `floor`). */
export function nounPhraseStart(text: string, headStart: number, floor: number): number {
  let start = headStart;
  let rightCapitalised = false;
  for (let i = 0; i < 14; i++) {
    const w = wordBefore(text, start, floor);
    if (w === null) break;
    const word = w.word;
    const wordStart = w.start;
    if (NAME_JOINERS.has(word) && rightCapitalised) {
      // A joiner stays only when a capitalised word precedes it too.
      const w2 = wordBefore(text, wordStart, floor);
      if (w2 === null) break;
      const f2 = factsOfWord(w2.word);
      if (!f2.capitalised || f2.clausePunct) break;
      start = wordStart;
      continue;
    }
    const f = factsOfWord(word);
    if (!f.modifier) {
      // "a series of meetings": a quantity noun and "of" stay in the phrase.
      if (word === 'of') {
        const q = wordBefore(text, wordStart, floor);
        if (q !== null && QUANTITY_NOUNS.has(q.word.toLowerCase())) {
          start = q.start;
          rightCapitalised = false;
          continue;
        }
      }
      // "a food security ministerial": one plain unlisted word, then listed modifiers up to a determiner.
      if (PLAIN_NOUN_RE.test(word) && !NOT_NOUN_RE.test(word)) {
        const at = determinerWithin(text, wordStart, floor);
        if (at >= 0) {
          start = at;
          break;
        }
      }
      break;
    }
    start = wordStart;
    rightCapitalised = f.capitalised;
    // A determiner opens the phrase: nothing before it belongs to it.
    if (f.determiner) break;
  }
  // "the 5th round of the Pakistan-China Strategic Dialogue", "the next edition of the Dialogue": the counted part of
  // a series is the event named.
  if (start - floor >= 8 && text.charCodeAt(start - 2) === 0x66 /* f */) {
    const m = PART_OF_SERIES_BEFORE_RE.exec(text.slice(Math.max(floor, start - 48), start));
    if (m !== null) start -= m[0].length;
  }
  return start;
}

/**
 * Event heads in the sentence `[s0, s1)`, in text order. A head inside an earlier head's phrase is
 * not repeated; verb uses of "visit" are left to the verb rules.
 */
export function findEventHeads(text: string, s0: number, s1: number): EventHead[] {
  const memo = headMemoOf(text);
  // The finders ask for the sentences in text order: the next slot is almost always the one asked for, and a start
  // beyond every remembered one is new (no search).
  const { starts, ends } = memo;
  let k = memo.next < starts.length && starts[memo.next] === s0 ? memo.next : s0 > memo.max ? -1 : starts.indexOf(s0);
  if (k >= 0 && ends[k] === s1) {
    memo.next = k + 1;
    return memo.heads[k] as EventHead[];
  }
  const heads = scanEventHeads(text, s0, s1);
  if (k >= 0) {
    ends[k] = s1;
    memo.heads[k] = heads;
  } else {
    k = starts.length;
    starts.push(s0);
    ends.push(s1);
    memo.heads.push(heads);
    if (s0 > memo.max) memo.max = s0;
  }
  memo.next = k + 1;
  return heads;
}

/**
 * One document's event heads by sentence (both event finders scan the same sentences of a document), in parallel
 * arrays rather than a Map (cheaper to fill).
 */
interface HeadMemo {
  readonly text: string;
  readonly starts: number[];
  readonly ends: number[];
  readonly heads: EventHead[][];
  /** The slot after the one last asked for. */
  next: number;
  /** The largest sentence start remembered. */
  max: number;
}

/** The latest documents' memos. */
const recentMemos = new RecentDocuments<HeadMemo>(64);

function headMemoOf(text: string): HeadMemo {
  return recentMemos.get(text) ?? recentMemos.add({ text, starts: [], ends: [], heads: [], next: 0, max: -1 });
}

function insideHead(heads: readonly EventHead[], a: number, b: number): boolean {
  for (const h of heads) if (h.npStart <= a && b <= h.head[1] + 1) return true;
  return false;
}

function overlapsAny(taken: readonly (readonly [number, number])[], a: number, b: number): boolean {
  for (const [x, y] of taken) if (a < y && x < b) return true;
  return false;
}

const NO_HEADS: EventHead[] = [];

function scanEventHeads(text: string, s0: number, s1: number): EventHead[] {
  const index = wordIndexOf(text);
  const cut = cutsWord(text, s0, s1);
  if (!index.hasYear && !index.hasTwoPlusTwo && !cut && (flagsWithin(index, s0, s1) & (HEAD | NAME)) === 0) return NO_HEADS;
  const sentence = text.slice(s0, s1);
  const hasYear = index.hasYear && sentence.includes('Year');
  const hasTwoPlusTwo = index.hasTwoPlusTwo && sentence.includes('2+2');
  if (!hasYear && !hasTwoPlusTwo && !cut && (flagsWithin(index, s0, s1) & (HEAD | NAME)) === 0) return NO_HEADS;
  const heads: EventHead[] = [];
  const taken: (readonly [number, number])[] = [];

  YEAR_TITLE_RE.lastIndex = 0;
  for (let m = hasYear ? YEAR_TITLE_RE.exec(sentence) : null; m !== null; m = YEAR_TITLE_RE.exec(sentence)) {
    const a = s0 + m.index;
    const b = a + m[0].trimEnd().length;
    taken.push([a, b]);
    heads.push({ head: [a, b], npStart: a, kind: 'other', occasionIntro: false, source: 'year-title' });
  }
  for (const m of matchesIn(text, sentence, s0, s1, HEAD, HEAD_STICKY_RE, HEAD_RE)) {
    const a = s0 + m.index;
    const b = a + m[0].length;
    if (text.charCodeAt(a - 1) === 0x2d || text.charCodeAt(b) === 0x2d || (taken.length > 0 && overlapsAny(taken, a, b))) continue;
    const facts = factsOf(m[0]);
    const next = sentence.slice(m.index + m[0].length, m.index + m[0].length + 24);
    // "summit declaration", "meeting participants": the head names something else; "ministerial support conference": an adjective.
    if (NOT_EVENT_AFTER_RE.test(next) || (/^ministerial$/i.test(m[0]) && /^\s+\p{Ll}/u.test(next) && !FUNCTION_AFTER_RE.test(next))) continue;
    if (facts.verbish) {
      const before = sentence.slice(Math.max(0, m.index - 30), m.index);
      if (VERB_USE_BEFORE(before)) continue;
      if (facts.plural && CAPITALISED_WORD_BEFORE(before) && TRANSITIVE_AFTER_RE.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    }
    const npStart = nounPhraseStart(text, a, s0);
    // "convene the Joint Commission": a joint body is an event only as what is convened.
    // Or as the subject of a convening relative ("the Joint Commission for Bilateral Cooperation, to be convened in
    // Jakarta", "the Joint Commission on Bilateral Cooperation, which Thailand will host on the 15th").
    if (JOINT_BODY_RE.test(m[0]) && !CONVENED_BEFORE_RE.test(text.slice(Math.max(s0, npStart - 30), npStart))
      && !CONVENED_AFTER_RE.test(text.slice(b, Math.min(s1, b + 110)))) continue;
    // "the first round", "the next round": a bare round is an event only when counted ("all year round" is not).
    if (facts.round && !ROUND_COUNT_RE.test(text.slice(npStart, a))) continue;
    const intro = text.slice(Math.max(s0, npStart - 45), npStart);
    heads.push({ head: [a, b], npStart, kind: facts.kind, occasionIntro: OCCASION_BEFORE(intro), source: 'noun' });
  }
  for (const m of matchesIn(text, sentence, s0, s1, NAME, NAME_HEAD_STICKY_RE, NAME_HEAD_RE)) {
    const a = s0 + m.index;
    const b = a + m[0].length;
    if (overlapsAny(taken, a, b) || insideHead(heads, a, b)) continue;
    if (!/^\s+(?:in|on|this|next)\s/u.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    const npStart = nounPhraseStart(text, a, s0);
    // An exposition or the Games is an event, not a meeting of officials.
    heads.push({ head: [a, b], npStart, kind: NON_MEETING_NAME_RE.test(m[0]) ? 'other' : 'meeting', occasionIntro: false, source: 'name' });
  }
  // "hold the next “2+2” in Tokyo in 2025": the foreign-and-defence ministers' format named alone (no head noun after it).
  if (hasTwoPlusTwo) {
    TWO_PLUS_TWO_RE.lastIndex = 0;
    for (let m = TWO_PLUS_TWO_RE.exec(sentence); m !== null; m = TWO_PLUS_TWO_RE.exec(sentence)) {
      const a = s0 + m.index;
      const b = a + m[0].length;
      if (!TWO_PLUS_TWO_AFTER_RE.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 16)) || insideHead(heads, a, b)) continue;
      heads.push({ head: [a, b], npStart: nounPhraseStart(text, a, s0), kind: 'meeting', occasionIntro: false, source: 'name' });
    }
  }
  if (heads.length > 1) heads.sort((x, y) => x.head[0] - y.head[0]);
  // A head that sits inside an earlier head's noun phrase ("summit meeting" vs "meeting") was already merged by the regex.
  return heads;
}

const NON_MEETING_NAME_RE = /^(?:EXPO|Expo|Olympics|Olympic)/;
const JOINT_BODY_RE = new RegExp(`^(?:${JOINT_BODY_HEAD})$`, 'i');
const CONVENED_BEFORE_RE = new RegExp(`\\b${BODY_CONVENING_VERBS}\\s+$`, 'i');
/** After a joint body's name (its complement first): ", to be convened" / ", which will be held" / ", which Thailand will host". */
const CONVENED_AFTER_RE = /^(?:\s+(?:on|for|of|in|between)\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}.’'&-]*\s*|and\s+|the\s+)+)?,?\s+(?:to\s+be\s+(?:convened|held|hosted)|which\s+(?:will|is\s+to|shall)\s+be\s+(?:convened|held|hosted)|which\s+(?:\S+\s+){1,3}?(?:will|shall)\s+(?:host|convene|hold))\b/u;
const TWO_PLUS_TWO_RE = /[“"]?(?<![\w+])2\+2(?![\w+])[”"]?/g;
/** What may follow a bare "2+2" that names the meeting (a place, a time, a predicate), not a head noun it modifies. */
const TWO_PLUS_TWO_AFTER_RE = /^(?:\s+(?:in|on|at|this|next|to\s+be|will|would|shall|is|was|were|held|scheduled|planned|meeting\s+(?:in|on|will))\b|\s*[,.;)]|\s*$)/i;

/** Nouns after a head that turn it into a modifier of something that is not an event. */
const NOT_EVENT_AFTER_RE = /^\s+(?:declarations?|statements?|communiqu[eé]s?|agendas?|venues?|documents?|outcomes?|readouts?|minutes|participants|attendees|delegations?|rooms?|halls?|format|mechanisms?|secretariat|organi[sz]ers?|hosts?|host\s+country|preparations?|deliverables|themes?)\b/;
/** Words after "ministerial" that leave it a noun ("the ministerial on Friday", "a ministerial in May"). */
const FUNCTION_AFTER_RE = /^\s+(?:on|in|at|of|to|and|or|will|would|shall|was|were|is|are|which|that|this|next|last|with|for|by|held|hosted|scheduled|planned|later|from|between|among|under|set|slated|the|a|an|as|has|had|have|being|be|earlier|today|tomorrow|yesterday)\b/;

const COMMA_OK_AFTER_RE = /^,\s*(?:which|that|scheduled|planned|expected|slated|set|due|to\s+be|now|currently|tentatively)\b/i;
const RELATIVE_OR_PAREN_COMMA_RE = /,/g;
/** ", U.K.," / ", Lithuania" up to the time: a place apposition after a place. */
const PLACE_APPOSITION_RE = /^,\s*(?:\p{Lu}[\p{L}.’'-]*\s*(?:(?:and|of|the)\s+)?){1,4}(?:,|$)/u;
/** A gap made of capitalised words (an abbreviation in brackets too: "the Republic of Korea (ROK)"), commas and a few joiners only: a list of places. */
const PLACE_LIST_GAP_RE = /^(?:\s|,|(?:to|in|at|and|the|of)(?=\s)|\p{Lu}[\p{L}.’'-]*|\(\p{Lu}[\p{L}.’'-]*\))*$/u;
/**
 * The gap's last comma closing a place named after "in"/"at"/"to" ("will be held in St. George's, Grenada, from 28 to
 * 30 July"; "will take place in Kampala, on 5 August"): the place and the time that follows belong to one clause.
 */
const PLACE_BEFORE_FINAL_COMMA_RE = /\b(?:in|at|to)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:(?:of|the|de|del|des|du|la|le|di|da)\s+)?\p{Lu}[\p{L}.’'-]*){0,4}(?:,\s*\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})*$/u;

/**
 * True when the text between an event phrase and a later time expression keeps them in one clause:
 * no semicolon or colon, and commas only before a relative or scheduling word ("…, which will take
 * place in May").
 */
export function gapKeepsClause(gap: string): boolean {
  if (/[;:]/.test(gap)) return false;
  if (!gap.includes(',')) return true;
  let placeList: boolean | null = null;
  RELATIVE_OR_PAREN_COMMA_RE.lastIndex = 0;
  for (let m = RELATIVE_OR_PAREN_COMMA_RE.exec(gap); m !== null; m = RELATIVE_OR_PAREN_COMMA_RE.exec(gap)) {
    const rest = gap.slice(m.index);
    if (COMMA_OK_AFTER_RE.test(rest) || PLACE_APPOSITION_RE.test(rest)) continue;
    // "to Copenhagen, Denmark, on March 28", "to Israel, the West Bank, and Algeria March 26": a list of places.
    if (/^,(?:\s*and)?\s*$/.test(rest) || /^,\s*(?:and\s+)?(?:the\s+)?\p{Lu}/u.test(rest)) {
      placeList ??= PLACE_LIST_GAP_RE.test(gap);
      if (placeList) continue;
      if (/^,\s*$/.test(rest) && PLACE_BEFORE_FINAL_COMMA_RE.test(gap.slice(0, m.index))) continue;
    }
    return false;
  }
  return true;
}

const SINCE_RE = /^since\b/i;
/**
 * "to hold the Consultations at the earliest possible time and to sign a Memorandum ... by the end of Q1": a second
 * verb coordinated after the event starts another event, whose time is not the first one's.
 */
const COORDINATED_VERB_RE = /\b(?:and|or)\s+(?:also\s+)?(?:to|will|shall|would)\s+(?:also\s+)?(?!be\b)\p{Ll}+/u;

/**
 * The time expression belonging to an event phrase: one inside the noun phrase ("the December 15
 * meeting", "this week’s summit"), else the first non-vague one after the head and before `limit`
 * (falling back to the first vague one), provided the gap keeps one clause. A "since …" time is stepped over: it
 * dates how long a state has lasted, not the event.
 */
export function attachTime(
  text: string,
  times: readonly TimeExpression[],
  npStart: number,
  headStart: number,
  headEnd: number,
  limit: number,
): TimeExpression | null {
  // Inside the phrase; a leading preposition may sit before it ("at this week’s summit"). A year naming the event
  // ("the 2024 NATO Summit") gives way to the days written after it ("the 2024 NATO Summit, July 9-11, 2024").
  let named: TimeExpression | null = null;
  for (const t of times) {
    if (t.span[1] > npStart && t.span[0] >= npStart - 4 && t.span[1] <= headStart + 1) {
      if (t.rule !== EVENT_YEAR_RULE) return t;
      named = t;
      break;
    }
  }
  const after = attachTimeAfter(text, times, headEnd, limit);
  return named !== null && (after === null || after.vague) ? named : after;
}

/** The first time after the head within the clause (a vague one only when no other follows), or null. */
function attachTimeAfter(text: string, times: readonly TimeExpression[], headEnd: number, limit: number): TimeExpression | null {
  let vague: TimeExpression | null = null;
  let gapFrom = headEnd;
  for (const t of times) {
    if (t.span[0] < headEnd || t.span[0] >= limit) continue;
    // After a skipped "since …" the comma closing its clause does not part the event from the next time.
    const gap = gapFrom === headEnd ? text.slice(headEnd, t.span[0]) : text.slice(gapFrom, t.span[0]).replace(/^\s*,/u, '');
    if (gap.length > 160 || !gapKeepsClause(gap) || COORDINATED_VERB_RE.test(gap)) break;
    // "resume the Consultation, which has been suspended since 2016, within the year": "since" dates a state, not the event.
    if (gapFrom === headEnd && SINCE_RE.test(t.text)) {
      gapFrom = t.span[1];
      continue;
    }
    if (!t.vague) return t;
    vague ??= t;
  }
  return vague;
}
