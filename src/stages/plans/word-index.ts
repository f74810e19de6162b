/**
 * One pass over a document's ASCII word runs (`[A-Za-z0-9_]+`, the words of a non-unicode `\b`), keeping those
 * that can start a match of one of the finders' scanning patterns, each with flags saying which. The event
 * finders then try their patterns (sticky) only at those positions instead of scanning every sentence with
 * every pattern, and skip sentences where nothing can match at all.
 *
 * Every pattern scanned this way starts with `\b` and the first word of each alternative is a whole word run,
 * so a match can only start at a run whose text is one of the first words listed here. Keep these lists in
 * step with the patterns in plan-lexicon.ts and reference-lexicon.ts (test/plans-word-index.test.ts checks it).
 */
import { RecentDocuments } from './recent-documents.ts';

/** First word of an {@link EVENT_HEADS} pattern (lower case; the head pattern is case-insensitive). */
export const HEAD = 1;
/** First word of an {@link EVENT_NAME_HEADS} name (case-sensitive). */
export const NAME = 2;
/** An {@link EVENT_VERBS} first word (lower case). */
export const VERB = 4;
/** First word of a {@link RECORD_HEADS} pattern (lower case). */
export const RECORD = 8;
/** First word of {@link PAST_EVENT_VERBS} (case-sensitive). */
export const PAST_VERB = 16;
/** The -ing word of a {@link PROGRESSIVE_TRAVEL} phrase (lower case): marks where "is travelling to" may stand. */
export const PROGRESSIVE = 32;

const HEAD_FIRST = new Set([
  'summit', 'summits', 'working', 'telephone', 'phone', 'video', 'videoconference', 'videoconferences', 'meeting', 'meetings',
  'talks', 'conference', 'conferences', 'ministerial', 'ministerials', 'session', 'sessions', 'forum', 'forums', 'gathering',
  'gatherings', 'dialogue', 'dialogues', 'consultation', 'consultations', 'negotiation', 'negotiations', 'technical', 'expert',
  'follow', 'discussions', 'visit', 'visits', 'trip', 'trips', 'tour', 'tours', 'survey', 'surveys', 'inspection', 'inspections',
  'round', 'rounds', 'mission', 'missions', 'signing', 'ceremony', 'ceremonies', 'delivery', 'deliveries', 'exercise', 'exercises', 'commemorative',
  'events', 'celebration', 'celebrations', 'festival', 'festivals', 'joint', 'intergovernmental', 'inter', 'bi',
  'binational', 'council', 'councils', 'general', 'retreat', 'retreats', 'planning', 'contact', 'steering', 'consultative',
  'coordination', 'apostolic', 'pastoral', 'parade', 'parades', 'inauguration', 'inaugurations', 'canonisation',
  'canonization', 'canonisations', 'canonizations', 'courtesy', 'field', 'national', 'biennale',
  'biennales', 'triennale', 'triennales', 'world', 'parliamentary', 'friendship', 'board', 'boards',
]);
const NAME_FIRST_RE = /^(?:APEC|ASEM|G7|G8|G20|COP\d{1,2}|UNGA|EXPO|Expo|Olympics|Olympic)$/;
const VERB_FIRST = new Set(['lead', 'visit', 'travel', 'tour', 'leave', 'depart', 'fly', 'head', 'proceed', 'meet', 'call', 'convene', 'sign', 'open', 'launch', 'deliver', 'brief', 'start', 'begin', 'commence']);
const RECORD_FIRST = new Set([
  'joint', 'declaration', 'declarations', 'agreement', 'agreements', 'treaty', 'treaties', 'accord', 'accords', 'communiqu',
  'communique', 'communiques', 'statement', 'statements', 'memorandum', 'memoranda', 'nuclear', 'missile', 'attack', 'attacks',
  'earthquake', 'earthquakes', 'speech', 'speeches', 'election', 'elections', 'adoption',
]);
const PAST_VERB_FIRST = new Set(['last', 'met', 'visited', 'held', 'spoke', 'talked']);
const PROGRESSIVE_WORDS = new Set(['travelling', 'traveling', 'visiting', 'heading', 'paying']);

/** Flags of one word run; memoised by the run's exact text. */
const flagMemo = new Map<string, number>();

function flagsOf(word: string): number {
  let f = flagMemo.get(word);
  if (f === undefined) {
    if (flagMemo.size > 50000) flagMemo.clear();
    const lower = word.toLowerCase();
    f = (HEAD_FIRST.has(lower) ? HEAD : 0) | (NAME_FIRST_RE.test(word) ? NAME : 0) | (VERB_FIRST.has(lower) ? VERB : 0)
      | (RECORD_FIRST.has(lower) ? RECORD : 0) | (PAST_VERB_FIRST.has(word) ? PAST_VERB : 0) | (PROGRESSIVE_WORDS.has(lower) ? PROGRESSIVE : 0);
    flagMemo.set(word, f);
  }
  return f;
}

/** Bucket of a word character for the shape filter: a–z (either case) 0–25, digits 26, `_` 27. */
function bucketOf(c: number): number {
  if (c >= 97) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  return c === 95 ? 27 : 26;
}

const MAX_WORD = 17;
/**
 * Shape filter: bit `bucket(last)` of `SHAPES[length * 28 + bucket(first)]` is set when some listed first word has
 * that length, first and last character. Runs failing it cannot be flagged and skip the memo lookup.
 */
const SHAPES = new Int32Array((MAX_WORD + 1) * 28);
for (const w of [...HEAD_FIRST, ...VERB_FIRST, ...RECORD_FIRST, ...PAST_VERB_FIRST, ...PROGRESSIVE_WORDS, 'APEC', 'ASEM', 'G7', 'G8', 'G20', 'UNGA', 'EXPO', 'Olympics', 'Olympic', 'COP1', 'COP12']) {
  const k = w.length * 28 + bucketOf(w.charCodeAt(0));
  SHAPES[k] = (SHAPES[k] as number) | (1 << bucketOf(w.charCodeAt(w.length - 1)));
}

/** Shape-filter bucket + 1 of each ASCII word character (`[A-Za-z0-9_]`), 0 for every other code unit below 128. */
const WORD_CODE = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (/\w/.test(String.fromCharCode(c))) WORD_CODE[c] = bucketOf(c) + 1;

/** True for `[A-Za-z0-9_]`. */
export function isAsciiWordCode(c: number): boolean {
  return c < 128 && WORD_CODE[c] !== 0;
}

/** The flagged word runs of one document, in text order. */
export interface WordIndex {
  readonly text: string;
  readonly count: number;
  readonly starts: readonly number[];
  readonly flags: readonly number[];
  /** Whether `text` contains "Year" / "forward" / "visits ", "travels " or "comes " anywhere: sentences need not look otherwise. */
  readonly hasYear: boolean;
  readonly hasForward: boolean;
  readonly hasSubordinate: boolean;
  /** Whether `text` contains "2+2" (the foreign-and-defence ministers' format, which no word run can flag). */
  readonly hasTwoPlusTwo: boolean;
}

/** The latest documents' indexes. */
const recent = new RecentDocuments<WordIndex>(64);

/** The word index of `text` (kept for the next documents: both event finders ask for it). */
export function wordIndexOf(text: string): WordIndex {
  const known = recent.get(text);
  if (known !== undefined) return known;
  const starts: number[] = [];
  const flags: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (c0 >= 128 || WORD_CODE[c0] === 0) { i++; continue; }
    const a = i;
    let c = c0;
    for (i++; i < n; i++) {
      const d = text.charCodeAt(i);
      if (d >= 128 || WORD_CODE[d] === 0) break;
      c = d;
    }
    const len = i - a;
    if (len < 2 || len > MAX_WORD || ((SHAPES[len * 28 + (WORD_CODE[c0] as number) - 1] as number) & (1 << ((WORD_CODE[c] as number) - 1))) === 0) continue;
    const f = flagsOf(text.slice(a, i));
    if (f !== 0) {
      starts.push(a);
      flags.push(f);
    }
  }
  const index: WordIndex = {
    text, count: starts.length, starts, flags, hasYear: text.includes('Year'), hasForward: text.includes('forward'),
    hasSubordinate: text.includes('visits ') || text.includes('travels ') || text.includes('comes '),
    hasTwoPlusTwo: text.includes('2+2'),
  };
  return recent.add(index);
}

/** Index of the first flagged run starting at or after `pos`. */
export function firstAtOrAfter(index: WordIndex, pos: number): number {
  let lo = 0;
  let hi = index.count;
  const starts = index.starts;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * True when `[s0, s1)` cuts a word run at either end: a `\b` scan of the sentence alone then sees words the
 * document index does not, so the caller scans that sentence the old way.
 */
export function cutsWord(text: string, s0: number, s1: number): boolean {
  return (s0 > 0 && isAsciiWordCode(text.charCodeAt(s0 - 1)) && isAsciiWordCode(text.charCodeAt(s0)))
    || (s1 < text.length && s1 > 0 && isAsciiWordCode(text.charCodeAt(s1 - 1)) && isAsciiWordCode(text.charCodeAt(s1)));
}

/** Union of the flags of the runs starting inside `[s0, s1)`. */
export function flagsWithin(index: WordIndex, s0: number, s1: number): number {
  let f = 0;
  for (let k = firstAtOrAfter(index, s0); k < index.count && (index.starts[k] as number) < s1; k++) f |= index.flags[k] as number;
  return f;
}

/**
 * Matches of `sticky` (a `y`-flag twin of a global `\b…` scanning pattern whose match starts carry `flag`) in
 * `sentence` = `text.slice(s0, s1)`, in the order and with the results `global.exec` would give; `global` is
 * used as is when the sentence cuts a word.
 */
export function matchesIn(
  text: string,
  sentence: string,
  s0: number,
  s1: number,
  flag: number,
  sticky: RegExp,
  global: RegExp,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (cutsWord(text, s0, s1)) {
    global.lastIndex = 0;
    for (let m = global.exec(sentence); m !== null; m = global.exec(sentence)) out.push(m);
    return out;
  }
  const index = wordIndexOf(text);
  let from = s0;
  for (let k = firstAtOrAfter(index, s0); k < index.count; k++) {
    const a = index.starts[k] as number;
    if (a >= s1) break;
    if (a < from || ((index.flags[k] as number) & flag) === 0) continue;
    sticky.lastIndex = a - s0;
    const m = sticky.exec(sentence);
    if (m === null) continue;
    out.push(m);
    from = a + m[0].length;
  }
  return out;
}
