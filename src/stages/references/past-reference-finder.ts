/**
 * Past references: earlier specific events, documents and incidents the text refers to ("the
 * Summit Meeting in Yamaguchi last year", "the Japan-ROK agreement on the comfort women issue").
 * The meeting the document reports is not one of them.
 */
import type { TimeExpression } from '../../domain/mentions.ts';
import { attachTime, endTest, findEventHeads, gapKeepsClause, nounPhraseStart } from '../plans/event-phrase.ts';
import { FUTURE_PREDICATES, PAST_MARKERS } from '../plans/plan-lexicon.ts';
import { cutsWord, flagsWithin, matchesIn, PAST_VERB, RECORD, wordIndexOf } from '../plans/word-index.ts';
import { findPlannedEvents, joinedByOf, pastByTime, sortedByStart, timesWithin, trimJoiners, type EventFinderInput } from '../plans/plan-finder.ts';
import { PAST_EVENT_VERBS, PAST_PREFIXES, RECORD_HEADS, RECORD_PAST_AFTER } from './reference-lexicon.ts';

/** An earlier event the text refers to. */
export interface FoundReference {
  /** Evidence span: the noun phrase (or clause) naming the event, through its time or past marker. */
  readonly span: [number, number];
  /** Short description: the evidence words, whitespace collapsed. */
  readonly what: string;
  /** `references/<how-it-was-recognised>`. */
  readonly rule: string;
}

const RECORD_HEAD_RE = new RegExp(`\\b(?:${RECORD_HEADS})\\b`, 'gi');
const RECORD_HEAD_STICKY_RE = new RegExp(RECORD_HEAD_RE.source, 'iy');
const RECORD_PAST_AFTER_RE = new RegExp(`^[^,;.]{0,60}?\\b${RECORD_PAST_AFTER}`, 'i');
const PAST_MARKER_AFTER_RE = new RegExp(`^(?:\\s*,)?\\s*(?:which\\s+|that\\s+)?(?:${PAST_MARKERS.join('|')})\\b`, 'i');
const FUTURE_PREDICATE_AFTER_RE = new RegExp(`^[^;:]{0,80}?\\b(?:${FUTURE_PREDICATES.join('|')})\\b`, 'i');
const PAST_PREFIX = endTest(`(?:^|[^\\p{L}])(?:${PAST_PREFIXES.join('|')})\\s+(?:the\\s+)?`, 'iu');
const PENDING_RECORD_BEFORE = endTest(
  '\\b(?:negotiations?|talks|consultations|work|progress)\\s+(?:on|for|towards?|over|of)\\s+|\\b(?:conclud(?:e|ing)|(?:early\\s+)?conclusion\\s+of|finali[sz](?:e|ing|ation\\s+of)|negotiat(?:e|ing)|draft(?:ing)?|prepar(?:e|ing|ation\\s+of)|towards?)\\s+',
  'i',
);
const DETERMINER_BEFORE = endTest('\\b(?:the|this|a|an|its|his|her)\\s*', 'i');
const BY_THE_BEFORE = endTest('\\bby\\s+the\\s+', 'i');
const PAST_AFTER_WORDS_RE = /^[^;:,]{0,70}?\b(?:last\s+(?:week|month|year|time|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)|ago|earlier\s+this\s+(?:week|month|year))\b/i;
const NP_PAST_RE = /\b(?:last|previous|recent|earlier|yesterday[’']s|last\s+\w+[’']s|past)\b/i;
const NP_CURRENT_RE = /\b(?:today[’']s|this|present|current|upcoming|coming|next|forthcoming|future)\b/i;
const BARE_RE = /^(?:(?:the|this|that|your|his|her|their|our|its|my|a|an)\s+)?\S+$/iu;
const SPECIFIC_RECORD_NP_RE = /(?:\p{Lu}[\p{L}-]*\s+|\d{4}\s+|ceasefire\s+|nuclear\s+|joint\s+)\S*$/u;
const PAST_VERB_RE = new RegExp(`\\b${PAST_EVENT_VERBS}\\b`, 'g');
const PAST_VERB_STICKY_RE = new RegExp(PAST_VERB_RE.source, 'y');
const LIST_GAP_RE = /^[^;]{0,240}?(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)$/;
const DAY_MS = 86_400_000;

const daysBefore = new Map<string, string>();
function dayBefore(iso: string): string {
  let day = daysBefore.get(iso);
  if (day === undefined) {
    if (daysBefore.size > 4096) daysBefore.clear();
    day = new Date(Date.parse(`${iso}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
    daysBefore.set(iso, day);
  }
  return day;
}

/** Record heads that name a document's own genre when they stand in its heading lines. */
const DOCUMENT_GENRE_RE = /(?:statements?|communiqu[eé]s?|declarations?)$/i;
const HEADING_LINE_MAX = 200;

/**
 * End of the heading block: the short lines at the top (title, genre label, dateline) before the first line that
 * reads as body text (ends with a full stop or runs longer than {@link HEADING_LINE_MAX}). 0 when the text starts
 * with body text.
 */
function headingBlockEnd(text: string): number {
  let at = 0;
  for (let i = 0; i < 8 && at < text.length; i++) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(at, lineEnd).trimEnd();
    if (line.length > HEADING_LINE_MAX || line.endsWith('.')) return at;
    at = lineEnd + 1;
  }
  return at;
}

/** A time clearly before the reported meeting: past reading ends more than a day before the reference date. */
function clearlyEarlier(t: TimeExpression | null, ref: string | null): boolean {
  if (t === null || ref === null || !pastByTime(t, ref)) return false;
  const end = t.pastEnd ?? t.end ?? t.pastStart ?? t.start;
  return end !== null && end < dayBefore(ref);
}

/** A time on the reported meeting's day: its past reading touches the reference date or the day before. */
function onMeetingDay(t: TimeExpression, ref: string | null): boolean {
  if (ref === null || t.vague) return false;
  const start = t.pastStart ?? t.start;
  const end = t.pastEnd ?? t.end ?? start;
  if (start === null || end === null) return false;
  return start >= dayBefore(ref) && end <= ref;
}

/** `/\p{Lu}/u.test(text.slice(a, b))`, answered from the code units while they are ASCII. */
function hasUpper(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return /\p{Lu}/u.test(text.slice(i, b));
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

function overlaps(a: readonly [number, number], ranges: readonly (readonly [number, number])[]): boolean {
  // (a plain loop: asked for every sentence, where a closure and a destructured pair per range showed in profiles)
  for (let k = 0; k < ranges.length; k++) {
    const range = ranges[k]!;
    if (a[0] < range[1] && range[0] < a[1]) return true;
  }
  return false;
}

/** End of a reference phrase: the complement and any "held …" participle clause, up to a clause break or `limit`. */
function phraseEnd(text: string, from: number, limit: number): number {
  const rest = text.slice(from, Math.min(limit, from + 110));
  const m = /^(?:\s*(?:which\s+was\s+|that\s+was\s+)?(?:held|signed|adopted|announced|agreed|passed|sent|concluded|issued)?\s*(?:(?:on|of|about|regarding)\s+the\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*(?=[\s,.;)]|$)\s*|(?:to|of|by|in|on|at|with|between|among|for|about|the|a|occasion|margins|sidelines|and|State|Duma|Lower|House)\s+|[\p{Lu}\p{N}(][\p{L}\p{N}.’'&()+-]*\s*)*)/u.exec(rest);
  // Trailing joiners are not part of the phrase ("their recent visit to Sana’a and", "the DPRK’s missile test in the").
  return from + (m === null ? 0 : trimJoiners(m[0]).length);
}

/**
 * The event head being read, with its phrase end and bareness worked out only once a rule needs them. One object per
 * call, reset for each head (module-level helpers instead of per-head closures keep the loop allocation-free).
 */
interface HeadPhrase {
  readonly text: string;
  /** End of the head word. */
  headEnd: number;
  /** Where the next head's noun phrase (or the sentence) starts. */
  limit: number;
  /** End of the time attached to the head, 0 when none. */
  timeEnd: number;
  /** The noun phrase up to the head. */
  np: string;
  /** The phrase end once worked out, else -1. */
  endAt: number;
  /** Whether the phrase is bare, once worked out, else null. */
  bareAt: boolean | null;
}

function phraseEndOfHead(head: HeadPhrase): number {
  if (head.endAt < 0) head.endAt = Math.max(phraseEnd(head.text, head.headEnd, head.limit), head.timeEnd);
  return head.endAt;
}

/** A bare "the meeting": a determiner and the head only, with nothing after it. */
function isBareHead(head: HeadPhrase): boolean {
  head.bareAt ??= BARE_RE.test(head.np.trim()) && phraseEndOfHead(head) - head.headEnd < 4;
  return head.bareAt;
}

/** Adds the reference `a..b` unless it is empty, overlaps a planned event or overlaps a reference already found. */
function pushReference(out: FoundReference[], planned: readonly (readonly [number, number])[], text: string, a: number, b: number, rule: string): void {
  if (b <= a || overlaps([a, b], planned)) return;
  if (out.some((o) => a < o.span[1] && o.span[0] < b)) return;
  out.push({ span: [a, b], what: text.slice(a, b).replace(/\s+/g, ' ').trim(), rule });
}

/** What {@link findPastReferences} reads: the plan finder's input, and its answer when already known. */
export interface PastReferenceInput extends EventFinderInput {
  /**
   * The planned events' evidence spans, as `findPlannedEvents` gives them for this same input; found again when
   * absent. The extractor passes the plan stage's, which saves a second scan of every sentence.
   */
  readonly planned?: readonly (readonly [number, number])[];
}

/**
 * Past references in the document, in text order. Event noun phrases count when something marks
 * them as earlier: a past marker ("held on …", "last week"), a past modifier ("recent", "yesterday’s"),
 * a time clearly before the reported meeting, a backward-pointing prefix ("following", "the
 * outcomes of"), or membership in a list that starts with one. Documents and incidents
 * (declarations, agreements, statements, tests, attacks) count when they are specific.
 * Clauses with a past event verb and an earlier time ("last met in Dinard in April 2019") count too.
 * Nothing the plan finder reads as future, and no bare "the meeting", is returned.
 */
export function findPastReferences(input: PastReferenceInput): FoundReference[] {
  const { text, sentences } = input;
  const ref = input.referenceDate ?? null;
  const chrome = input.chrome ?? [];
  const times = sortedByStart(input.times);
  const planned = input.planned ?? findPlannedEvents(input).map((p) => p.span);
  const index = wordIndexOf(text);
  const out: FoundReference[] = [];
  const seenHeads = new Set<string>();
  // The reported meeting is usually named in the headline: a phrase repeating it is not an earlier event.
  const firstBreak = text.indexOf('\n');
  const headlineEnd = firstBreak < 0 || firstBreak > 240 ? 0 : firstBreak;
  const headline = text.slice(0, headlineEnd).toLowerCase();
  const headingEnd = headingBlockEnd(text);
  const lazy: HeadPhrase = { text, headEnd: 0, limit: 0, timeEnd: 0, np: '', endAt: -1, bareAt: null };


  for (const sentence of sentences) {
    const span = sentence.span;
    const s0 = span[0];
    const s1 = span[1];
    if (s1 <= s0 || overlaps(span, chrome)) continue;
    const allHeads = findEventHeads(text, s0, s1);
    // Nothing here can be a reference: no event head, no record head, no past event verb.
    if (allHeads.length === 0 && !cutsWord(text, s0, s1) && (flagsWithin(index, s0, s1) & (RECORD | PAST_VERB)) === 0) continue;
    const sTimes = timesWithin(times, s0, s1);
    const heads = allHeads.filter((h) => h.source === 'noun');
    let prevRef: { kind: string; end: number; generic: boolean } | null = null;
    const sentenceOnMeetingDay = sTimes.some((t) => onMeetingDay(t, ref));

    for (let i = 0; i < heads.length; i++) {
      const h = heads[i];
      if (h === undefined) continue;
      let limit = s1;
      // "The last meeting of the Joint Strategic Planning Group was held …": a head joined to the one before by "of"
      // names the same event, read as that one's complement (as the plan finder reads it).
      if (joinedByOf(text, heads, i)) continue;
      for (let j = i + 1; j < heads.length; j++) {
        const n = heads[j];
        if (n !== undefined && !n.occasionIntro && !joinedByOf(text, heads, j)) { limit = n.npStart; break; }
      }
      const np = text.slice(h.npStart, h.head[1]);
      const prefix = text.slice(Math.max(s0, h.npStart - 60), h.npStart);
      const after = text.slice(h.head[1], limit);
      const time = attachTime(text, sTimes, h.npStart, h.head[0], h.head[1], limit);
      // The phrase end (and what depends on it) is only worked out once a rule needs it.
      lazy.headEnd = h.head[1];
      lazy.limit = limit;
      lazy.timeEnd = time?.span[1] ?? 0;
      lazy.np = np;
      lazy.endAt = -1;
      lazy.bareAt = null;
      // The headline names the reported meeting or the document ("Joint Press Statement following the 2nd … Dialogue").
      if (h.npStart < headlineEnd) { prevRef = null; continue; }
      if (h.npStart > headlineEnd && headlineEnd > 0 && hasUpper(text, h.npStart, h.head[0]) && headline.includes(np.replace(/^(?:the|a|an|this|that)\s+/iu, '').toLowerCase())) { prevRef = null; continue; }

      if (time !== null && onMeetingDay(time, ref) && !NP_PAST_RE.test(np)) { prevRef = null; continue; }
      if (/^[^,;.]{0,60}\bnot\s+(?:\w+\s+)?(?:achieved|held|realized|realised)\b/i.test(after)) { prevRef = null; continue; }
      let rule: string | null = null;
      if (NP_CURRENT_RE.test(np) && !NP_PAST_RE.test(np)) rule = null;
      else if (NP_PAST_RE.test(np)) rule = 'references/past-modifier';
      else if (PAST_MARKER_AFTER_RE.test(after) && !(sentenceOnMeetingDay && !clearlyEarlier(time, ref))) rule = 'references/past-marker';
      else if (PAST_AFTER_WORDS_RE.test(after.slice(0, 80))) rule = 'references/past-time-words';
      // "The Forum will take place on 3-5 June" written in November: next June, not last June.
      else if (clearlyEarlier(time, ref) && !(time?.yearImplied === true && FUTURE_PREDICATE_AFTER_RE.test(after))) rule = 'references/past-time';
      else if (PAST_PREFIX(prefix) && !isBareHead(lazy) && !BY_THE_BEFORE(prefix)) rule = 'references/past-prefix';
      else if (prevRef !== null && prevRef.kind === h.kind && LIST_GAP_RE.test(text.slice(prevRef.end, h.npStart))) rule = 'references/listed';
      else if (prevRef?.generic === true && /^,?\s*(?:including|such\s+as)\s+$/i.test(text.slice(prevRef.end, h.npStart))) rule = 'references/included';
      if (rule === null || isBareHead(lazy)) {
        prevRef = null;
        continue;
      }
      let end = phraseEndOfHead(lazy);
      let generic = !/\p{Lu}/u.test(np) && end - h.head[1] < 4;
      // "recalled the last trilateral meeting, held in Yerevan in 2023": the participle after the comma makes it one.
      const marker = generic ? PAST_MARKER_AFTER_RE.exec(text.slice(end, limit)) : null;
      if (marker !== null) {
        end = phraseEnd(text, end + marker[0].length, limit);
        generic = false;
      }
      if ((generic && rule === 'references/past-modifier' && !/^,?\s*(?:including|such\s+as)\s/i.test(text.slice(end, end + 14)))) {
        prevRef = null;
        continue;
      }
      // "recent talks, including the Summit Meeting": the named event is the reference, not the generic one.
      const includes = /^,?\s*(?:including|such\s+as)\s/i.test(text.slice(end, end + 14));
      if (!(generic && includes)) pushReference(out, planned, text, h.npStart, end, rule);
      prevRef = { kind: h.kind, end, generic: generic && includes };
    }

    // Documents and incidents.
    const sText = text.slice(s0, s1);
    for (const m of matchesIn(text, sText, s0, s1, RECORD, RECORD_HEAD_STICKY_RE, RECORD_HEAD_RE)) {
      const a = s0 + m.index;
      const b = a + m[0].length;
      // "Joint statement", "Media statement", "India-Maldives Joint Statement" in the heading lines: the document itself.
      if (a < headingEnd && DOCUMENT_GENRE_RE.test(m[0])) continue;
      const npStart = nounPhraseStart(text, a, s0);
      const np = text.slice(npStart, b);
      const prefix = text.slice(Math.max(s0, npStart - 60), npStart);
      const after = text.slice(b, s1);
      if (NP_CURRENT_RE.test(np) && !NP_PAST_RE.test(np)) continue;
      // "negotiations on the Comprehensive Economic Partnership Agreement": a document still being made.
      if (PENDING_RECORD_BEFORE(prefix)) continue;
      if (npStart === a && !/^(?:nuclear|missile|joint)/i.test(m[0])) continue;
      const specific = SPECIFIC_RECORD_NP_RE.test(text.slice(npStart, b)) || NP_PAST_RE.test(np) || RECORD_PAST_AFTER_RE.test(after) || PAST_AFTER_WORDS_RE.test(after.slice(0, 40)) || /^\s+(?:on|with|in|by)\s/i.test(after.slice(0, 6)) || (/^(?:adoption|signing)$/i.test(m[0]) && /^\s+of\s/i.test(after));
      if (!specific) continue;
      const pointed = PAST_PREFIX(prefix) || RECORD_PAST_AFTER_RE.test(after) || NP_PAST_RE.test(np) || PAST_AFTER_WORDS_RE.test(after.slice(0, 40)) || !DETERMINER_BEFORE(prefix);
      if (!pointed) continue;
      if (/resolution|adoption/i.test(m[0]) && !PAST_PREFIX(prefix)) continue;
      const key = m[0].toLowerCase();
      if (seenHeads.has(key)) continue;
      seenHeads.add(key);
      // "a peace treaty" is not a specific one, "a nuclear test on September 3rd" is.
      if (/^an?\s/i.test(np) && !NP_PAST_RE.test(np) && !sTimes.some((t) => t.span[0] >= b && t.span[0] - b < 5)) continue;
      if (/^\s+(?:issues?|negotiations?|talks|process|framework|Organi[sz]ation|Alliance)\b/i.test(after)) continue;
      // Plural incidents and statements ("Russian attacks") are a pattern, not one earlier event.
      if (/(?:attacks|statements|tests|elections|speeches)$/i.test(m[0]) && !NP_PAST_RE.test(np) && !RECORD_PAST_AFTER_RE.test(after)) continue;
      pushReference(out, planned, text, npStart, phraseEnd(text, b, s1), 'references/record');
    }

    // Clauses: "G7 foreign ministers last met in Dinard, France, in April 2019".
    for (const m of matchesIn(text, sText, s0, s1, PAST_VERB, PAST_VERB_STICKY_RE, PAST_VERB_RE)) {
      const a = s0 + m.index;
      const b = a + m[0].length;
      const clauseTimes = sTimes.filter((t) => Math.abs(t.span[0] - a) < 90 && gapKeepsClause(text.slice(Math.min(t.span[1], b), Math.max(t.span[0], a)).replace(/,\s*\p{Lu}[\p{L}]+,/gu, '')));
      const t = clauseTimes.find((x) => clearlyEarlier(x, ref)) ?? null;
      const last = /^last\s/i.test(m[0]);
      const ago = /^[^.;]{0,40}\bago\b/.exec(text.slice(b, s1));
      if (t === null && !last && ago === null) continue;
      if (t === null && !last && ago !== null) {
        pushReference(out, planned, text, a, b + ago[0].length, 'references/past-verb');
        continue;
      }
      let start = a;
      const subj = /((?:\p{Lu}[\p{L}\p{N}-]*\s+)?(?:[\p{Ll}]+\s+)?(?:ministers|leaders|foreign\s+ministers|officials|sides|presidents|two\s+\w+))\s+$/u.exec(text.slice(Math.max(s0, a - 40), a));
      if (subj?.[1] !== undefined) start = a - subj[1].length - (text.slice(Math.max(s0, a - 40), a).length - (subj.index + subj[1].length));
      if (t !== null && t.span[0] < start) start = t.span[0];
      const endAt = Math.max(t?.span[1] ?? 0, phraseEnd(text, b, s1));
      pushReference(out, planned, text, start, endAt, 'references/past-verb');
    }
  }
  out.sort((x, y) => x.span[0] - y.span[0]);
  return out;
}
