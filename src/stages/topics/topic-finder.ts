/**
 * Topics. A readout with section headings lists its topics as those headings ("1. North Korea"). One without
 * headings states them in running text ("They discussed X", "underscored the importance of Y", "On Iran, they ...");
 * each such object, up to the end of its clause, is a topic, with its exact words as evidence.
 */
import type { SegmentedDoc } from '../../domain/mentions.ts';
import type { Span } from '../../domain/record.ts';
import { isSpaceCode } from '../plans/event-phrase.ts';
import { EMPTY_TOPICS, TOPIC_CUES } from './topic-lexicon.ts';

export interface FoundTopic {
  readonly text: string;
  readonly span: Span;
  readonly rule: string;
}

const CUE_RE = new RegExp(String.raw`\b(?:${TOPIC_CUES.join('|')})\s+`, 'gi');
/** "On Iran, they ..." / "On foreign policy cooperation, the Foreign Ministers agreed ...": a topic opening a sentence. */
const FRONTED_RE = /^(?:On|Regarding|With regard to|Concerning|As for|Turning to)\s+([^,;:]{2,80}?),\s/;
/** Where a topic's clause ends: punctuation that closes it, or a new clause. */
const CLAUSE_END_RE = /(?<!(?:^|[\s.])[A-Z])\.(?=\s|$)|[;:!?]|,\s+(?:and\s+)?(?:which|who|where|while|but|as\s+they|they|he|she|the\s+(?:two|leaders|ministers|sides|secretary|president|prime\s+minister))\b|\s+(?:and|but)\s+(?:agreed|reaffirmed|underscored|emphasized|stressed|expressed|welcomed|noted|discussed|committed|shared|pledged|called)\b|\s+(?:to\s+(?:advance|strengthen|deepen|promote|affirm|reaffirm|discuss|address|ensure)|in\s+order\s+to)\b/i;
/** "On December 11, ..." / "On Monday, ..." opens with a date, not a topic. */
const TIME_LIKE_RE = /\d|^(?:the\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\b|\b(?:time|occasion|day|morning|afternoon|evening|behalf|arrival|return)\b/i;
const PREPOSITION_START_RE = /^(?:during|at|in|on|with|for|by|from|after|before|over|via|through|among|between)\s/i;
const LEADING_FILLER_RE = /^(?:the\s+|a\s+|an\s+|their\s+|our\s+|how\s+to\s+|ways\s+to\s+)+/i;
const EMPTY = new Set(EMPTY_TOPICS);
/** Longest topic kept, in words: past this the object is a whole argument, not a subject. */
const MAX_WORDS = 22;
/** At most this many running-text topics per document, in text order. */
const MAX_TOPICS = 8;

/** `s.replace(/[\s,]+$/, '')` without trying the pattern at every position. */
function withoutTrailingSpaceOrComma(s: string): string {
  let e = s.length;
  while (e > 0 && (s.charCodeAt(e - 1) === 44 || isSpaceCode(s.charCodeAt(e - 1)))) e--;
  return e === s.length ? s : s.slice(0, e);
}

/**
 * True when `s` has at least `n` runs of whitespace, i.e. `s.split(/\s+/).length > n` (every run, even a leading or
 * trailing one, adds a piece), counted without building the pieces.
 */
function spaceRunsAtLeast(s: string, n: number): boolean {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpaceCode(s.charCodeAt(i));
    if (space && !inRun && ++runs >= n) return true;
    inRun = space;
  }
  return false;
}

/** Adds the topic at `start..end` (filler words and trailing commas trimmed) unless it is empty, too long or seen. */
function pushTopic(text: string, found: FoundTopic[], seen: Set<string>, start: number, end: number, rule: string): void {
  const raw = text.slice(start, end);
  const lead = LEADING_FILLER_RE.exec(raw)?.[0].length ?? 0;
  const trimmed = withoutTrailingSpaceOrComma(raw.slice(lead));
  const s = start + lead;
  if (trimmed.length < 3) return;
  const key = trimmed.toLowerCase();
  // "addressed during their meeting": a prepositional phrase is a circumstance, not a subject.
  if (EMPTY.has(key) || PREPOSITION_START_RE.test(trimmed)) return;
  if (spaceRunsAtLeast(trimmed, MAX_WORDS)) return;
  if (seen.has(key) || found.some((f) => f.span[0] <= s && f.span[1] >= s + trimmed.length)) return;
  seen.add(key);
  found.push({ text: trimmed, span: [s, s + trimmed.length], rule });
}

/**
 * Topics of a document: `headings` when it has any (the segmenter's section headings); otherwise the objects of
 * topic cues in the body's sentences, skipping page chrome.
 */
export function findTopics(doc: SegmentedDoc, headings: readonly { text: string; span: Span }[]): FoundTopic[] {
  if (headings.length > 0) return headings.map((h) => ({ text: h.text, span: h.span, rule: 'topics/heading' }));
  const { text } = doc;
  const found: FoundTopic[] = [];
  const seen = new Set<string>();
  for (const sentence of doc.sentences) {
    if (found.length >= MAX_TOPICS) break;
    const line = doc.lines[sentence.line];
    if (!line || line.kind !== 'paragraph' && line.kind !== 'list-item') continue;
    const [from, to] = sentence.span;
    const body = text.slice(from, to);
    const fronted = FRONTED_RE.exec(body);
    if (fronted?.[1] && !TIME_LIKE_RE.test(fronted[1])) {
      const start = from + fronted[0].indexOf(fronted[1]);
      pushTopic(text, found, seen, start, start + fronted[1].length, 'topics/fronted');
    }
    CUE_RE.lastIndex = 0;
    for (let m = CUE_RE.exec(body); m; m = CUE_RE.exec(body)) {
      const objStart = m.index + m[0].length;
      const rest = body.slice(objStart);
      const end = CLAUSE_END_RE.exec(rest)?.index ?? rest.length;
      if (end > 0) pushTopic(text, found, seen, from + objStart, from + objStart + end, 'topics/cue-object');
      CUE_RE.lastIndex = objStart + Math.max(end, 1);
    }
  }
  return found.slice(0, MAX_TOPICS);
}
