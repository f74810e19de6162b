/**
 * Planned events: meetings, visits, dialogues, surveys, missions, signings and other events the
 * text says will happen after the document date, each with the time expression that dates it.
 */
import type { PlanKind } from '../../domain/record.ts';
import type { TimeExpression } from '../../domain/mentions.ts';
import { attachTime, endTest, findEventHeads, gapKeepsClause, nounPhraseStart, type EventHead } from './event-phrase.ts';
import {
  EVENT_GERUNDS,
  EVENT_VERBS,
  PROGRESSIVE_TRAVEL,
  SIGNED_DOCUMENTS,
  FUTURE_PREDICATES,
  FUTURE_PREFIXES,
  NEGATIONS,
  PAST_MARKERS,
  ROUTINE_MARKERS,
} from './plan-lexicon.ts';
import { cutsWord, flagsWithin, matchesIn, PROGRESSIVE, VERB, wordIndexOf } from './word-index.ts';

/** Input of the event finders: the document text, its sentences, the time expressions found in it. */
export interface EventFinderInput {
  readonly text: string;
  /** Sentences (offsets into `text`); events never cross a sentence. */
  readonly sentences: readonly { readonly span: readonly [number, number] }[];
  readonly times: readonly TimeExpression[];
  /** Page-chrome ranges to skip. */
  readonly chrome?: readonly (readonly [number, number])[];
  /**
   * ISO date the document speaks from (published date, else meeting date). Lets a future time
   * alone ("the Summit Meeting in September") mark an event as planned; without it only words do.
   */
  readonly referenceDate?: string | null;
  /**
   * False when the reference date is not the printed publication date but a date guessed from the text (see
   * reference-date-fallback.ts; it may still be the announced event's own when the text writes no other). A month
   * already past is then not moved to next year on the strength of future words: the guess may be the very date that
   * made it look past. Default true.
   */
  readonly referenceIsPublished?: boolean;
}

/** A planned event found in the text. */
export interface FoundPlan {
  /** Evidence span: the event phrase through its time expression (or its future predicate when undated). */
  readonly span: [number, number];
  /** Short description: the event phrase without the time words. */
  readonly what: string;
  readonly kind: PlanKind;
  /** The time expression dating the event; null when none is attached (vague ones are attached: start/end null). */
  readonly time: TimeExpression | null;
  /** `plans/<how-it-was-recognised>`. */
  readonly rule: string;
  /** Span of the words that decided the kind (the head noun or verb). */
  readonly kindSpan: [number, number];
}

const FUTURE_PREFIX = endTest(`(?:^|[^\\p{L}])(?:${FUTURE_PREFIXES.join('|')})\\s+`, 'iu');
const FUTURE_PREDICATE_RE = new RegExp(`\\b(?:${FUTURE_PREDICATES.join('|')})\\b`, 'i');
const PAST_MARKER_RE = new RegExp(`^(?:\\s*,)?\\s*(?:${PAST_MARKERS.join('|')})\\b`, 'i');
/** "The Joint Steering Group for Advanced Capabilities met on December 9", "the Summer session … opened on Monday": past. */
const MET_AFTER_RE = /^(?:\s+[^\s,;]+){0,6}?\s+(?<!\b(?:be|been|being|will|would|shall|to|is|are|was|were)\s+)(?:met|convened|gathered|opened|began|started|ended|concluded|closed)\s+(?:on|in|at|last|earlier|for|virtually|via)\b/;
/** "what I mentioned in the General Assembly back in September": a time looked back to. */
const BACK_BEFORE_RE = /\bback\s+$/i;
const PAST_AFTER_RE = /^[^;:,]{0,80}?\b(?:last\s+(?:week|month|year|time|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)|ago|earlier\s+(?:this|that|in\s+the)\s+(?:week|month|year)|earlier\s+today)\b/i;
/** "hopes to hold the next meeting … when conditions permit": a wish on a condition, not an event planned. */
const CONDITIONAL_AFTER_RE = /^[^.;]*?\b(?:(?:when|if|once|as\s+soon\s+as)\s+(?:the\s+)?(?:conditions?|circumstances?|situation|time)\s+(?:permits?|allows?|is\s+ripe|are\s+ripe)|if\s+possible|conditions\s+permitting)\b/i;
const LATER_TIME_RE = /^(?:(?:in|at|on)\s+)?later\b/i;
/** "explore the possibility of holding a trilateral summit", "consider holding a forum": an idea, not a decision. */
const EXPLORATORY_BEFORE = endTest('\\b(?:(?:possibilit(?:y|ies)|feasibility|prospects?|options?|idea)\\s+(?:of|for)|consider(?:s|ed|ing)?|explor(?:e|es|ed|ing)|stud(?:y|ies|ied|ying))\\s+(?:\\p{L}+ing\\s+)?', 'iu');
/** "hold annual consultations": lower-case frequency words make a standing practice unless a time or "next" singles one out. */
const STANDING_NP_RE = /\b(?:annual|biannual|biennial|yearly|monthly|quarterly)\b/;
/** A capitalised subject and "to" opening a sentence with no full stop: a headline announcing what the subject will do. */
const HEADLINE_INFINITIVE_RE = /^\s*(?:[\p{Lu}\p{N}][\p{L}\p{N}.’'&-]*,?\s+){1,6}to\s+$/u;
/**
 * "will host His Excellency President Nana Addo Dankwa Akufo-Addo of the Republic of Ghana for a State Visit": the guest
 * comes for the event named after "for", however long the guest's styles and name (the future prefixes allow five
 * words of any kind in the last 90 characters; this allows a guest of capitalised words and their joiners only).
 */
const HOSTED_GUEST_FOR = endTest(
  "\\b(?:will|shall)\\s+(?:also\\s+)?(?:host|welcome|receive)\\s+(?:(?:his|her|their|the)\\s+)?(?:(?:\\p{Lu}[\\p{L}.’'-]*|of|the|and|al|bin|de|van|von),?\\s+){2,16}?for\\s+",
  'u',
);
/** "Korea's bid to host the 2030 World Expo": a candidacy, not an event decided. */
const BID_TO_HOST = endTest('\\b(?:bids?|candidac(?:y|ies)|candidatures?)\\s+(?:\\S+\\s+){0,3}?to\\s+(?:host|hold|organi[sz]e|stage)\\s+', 'i');
const REPORTING_VERB_AFTER_RE = /^\s+(?:also\s+)?(?:agreed|noted|welcomed|looked\s+forward|reaffirmed|reiterated|underscored|underlined|expressed|discussed|recalled|encouraged|stressed|emphasi[sz]ed|acknowledged|commended|urged|called\s+(?:for|on|upon)|took\s+note|exchanged|adopted|endorsed|decided|recogni[sz]ed|appreciated|focused|focussed|cent(?:red|ered)|covered|addressed|reviewed|dealt\s+with|touched\s+(?:on|upon)|was\s+devoted)\b/i;
/**
 * "thanked the President for hosting …", "thanked him for Lithuania’s hospitality in hosting …", "congratulated the UAE
 * for organizing a successful COP28": what one is thanked or congratulated for has happened.
 */
const THANKED_FOR = endTest('\\b(?:thank(?:s|ed|ing)?|congratulat(?:e|es|ed|ing))\\s+(?:\\S+\\s+){0,5}?(?:for|on)\\s+(?:(?:\\S+\\s+){0,4}?\\p{L}+ing\\s+)?', 'iu');
/** "to build on the November 2 discussions": what is built on has happened, whatever year a bare date would take. */
const BUILD_ON_BEFORE = endTest('\\b(?:build(?:s|ing)?|built)\\s+(?:up)?on\\s+', 'i');
const ROUTINE_RE = new RegExp(ROUTINE_MARKERS, 'i');
const NEGATION_RE = new RegExp(`${NEGATIONS}[^,;]{0,30}$`, 'i');
const NP_FUTURE_RE = /\b(?:upcoming|coming|forthcoming|next|planned|proposed)\b/i;
const NP_PAST_RE = /\b(?:last|previous|recent|earlier|yesterday’s|yesterday's|past|former)\b|\b(?:last|previous)\s+\w+[’']s\b/i;
const PREFIX_PAST_RE = /\b(?:following(?:\s+on\s+from)?|after|since|outcomes?\s+of|results?\s+of|thanked\s+\S+\s+for|congratulat\w*\s+\S+\s+on)\s+$/i;
const CURRENT_TRIP_RE = /\b(?:visit|visits|visiting|visited|trip|travell?ing|travell?ed|arrived|in\s+\p{Lu}\p{L}+)\b[^;]{0,80}\bto\s+(?:attend|participate\s+in|join|co-chair|chair|co-host)\s+$/iu;
const CONTINUE_RE = /\bcontinu\w*\s+(?:to\s+)?(?:\w+\s+){0,2}$/i;
const THANKS_RE = /\bthank\w*\b[^.;]{0,100}$/i;
/** "will visit Russia … and hold a Summit Meeting": the meeting is part of the visit. */
const VISIT_AND_HOLD_RE = /\b(?:will|to|shall)\s+(?:\w+ly\s+)?(?:visit|travel\s+to)\b[^.;]{0,100}\band\s+(?:hold|have)\s+$/i;
const PREFIX_PAST_VERB_RE = /\b(?:held|had|hosted|attended|convened|conducted|concluded|completed|chaired)\s+$|\b(?:began|begun|started|been|was|were|had)\s+(?:holding|hosting|convening|organi[sz]ing)\s+$/i;
/** "regular dialogues", "periodic consultations": a standing practice, not one event. */
const WEAK_PREFIX_RE = /\b(?:lead|co-lead|speak\s+at)\s+$/i;
const ROUTINE_NP_RE = /\b(?:regular|periodic|frequent|ongoing|routine)\b|\b(?:diplomatic|permanent|observer|peacekeeping)\s+missions?$/i;
/** A bare weekday ("Friday’s meeting", "on Tuesday"): read forward or back alike; not one with its date ("on Thursday, June 8"). */
const WEEKDAY_TIME_RE = /^(?:(?:on|in|at|by|from|until)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const CLAUSE_VERB_RE = /\b(?:agreed|said|stated|confirmed|noted|expressed|discussed|welcomed|affirmed|concurred|shared|emphasi[sz]ed|stressed|underscored|reiterated|explained|hoped|hopes)\b/i;
const BARE_NP_RE = /^(?:(?:the|this|that|your|his|her|their|our|its|my)\s+)?(?:(?:upcoming|coming|forthcoming|planned|next|proposed)\s+)?\S+$/iu;
const COORD_GAP_RE = /^[^;:.]{0,60}?(?:,\s*|\s+)(?:and|or|as\s+well\s+as)\s+$|^\s*,\s*$/i;

const VERB_CUE = '(?:will|shall|would\\s+like\\s+to|would|preparations?\\s+to|plans?\\s+to|planning\\s+to|intends?\\s+to|hope[sd]?\\s+to|going\\s+to|expect(?:s|ed)?\\s+to|(?:is|are)\\s+(?:due|set|scheduled|slated)\\s+to|agreed\\s+to|decided\\s+to|wishes\\s+to|invited\\s+(?:\\S+\\s+){0,6}?to|invitation\\s+(?:\\S+\\s+){0,6}?to|ready\\s+to|is\\s+to|are\\s+to|(?:is|are)\\s+on\\s+track\\s+to)';
/** A report's frame before a held meeting's noun phrase: "said after the talks that …", "told reporters following the meeting that". */
const REPORT_FRAME_BEFORE_RE = /\b(?:said|says|told(?:\s+\S+){0,3}?|stated|announced|added|noted|explained|confirmed|stressed|emphasi[sz]ed|declared)\s+(?:after|following|at|during|before|ahead\s+of)\s+$/i;
/**
 * A future admission at an event, up to the event's noun phrase: "will be formally admitted as a full member of ASEAN
 * at the", "is expected to be accepted into the Union during the", "will be sworn in at the". Group 1: the verb.
 */
const ADMITTED_AT_RE = /\b(?:will|shall|would|(?:is|are)\s+(?:expected|set|due|scheduled)\s+to)\s+be\s+(?:\w+ly\s+)?(admitted|accepted|inducted|sworn\s+in|granted\s+(?:full\s+)?membership)\b[^.;:,]{0,120}?\b(?:at|during)\s+(?:the\s+)?$/i;
/** A participle appositive between commas: ", to be co-chaired by the two Presidents,", ", chaired by the Minister,". */
const APPOSITIVE_PARTICIPLE_RE = /\s*,\s*(?:to\s+be\s+|being\s+)?[\w-]+(?:ed|en)\s+(?:by|in|at|under|with)\s+[^,;.]{1,80},\s*$/i;
/** The words between a time and its "when" clause's future verb: "in early May, when the two ministers [are to sign]". */
const WHEN_CLAUSE_BEFORE_RE = /,?\s+when\s+(?:[\p{L}\p{N}’'.-]+\s+){1,6}$/u;
const VERB_WORD_RE = new RegExp(`\\b(?:${EVENT_VERBS.map((v) => v.pattern).join('|')})\\b`, 'gi');
const VERB_WORD_STICKY_RE = new RegExp(VERB_WORD_RE.source, 'iy');
const VERB_CUE_BEFORE_RE = new RegExp(`\\b${VERB_CUE}\\s+(?:(?:also|soon|then|again|jointly|\\w+ly)\\s+)?$`, 'i');
/** Same question as {@link VERB_CUE_BEFORE_RE} answered backwards from the end: the cheap rejection before the exec. */
const VERB_CUE_BEFORE = endTest(`\\b${VERB_CUE}\\s+(?:(?:also|soon|then|again|jointly|\\w+ly)\\s+)?`, 'i');
const VERB_KIND_RES = EVENT_VERBS.map((v) => ({ re: new RegExp(`^(?:${v.pattern})$`, 'i'), kind: v.kind }));
const GERUND_RE = new RegExp(
  `\\blook(?:s|ed|ing)?\\s+forward\\s+to\\s+(${EVENT_GERUNDS.map((g) => g.pattern).join('|')})\\b`,
  'gi',
);
const GERUND_KIND_RES = EVENT_GERUNDS.map((v) => ({ re: new RegExp(`^(?:${v.pattern})$`, 'i'), kind: v.kind }));
const PROGRESSIVE_RE = new RegExp(`\\b${PROGRESSIVE_TRAVEL}\\b`, 'gi');
const WELCOMED_AS_RE = /^\s+(?:\S+\s+){1,4}?as\s+(?:an?\s+|the\s+|our\s+)?(?:\S+\s+){0,2}(?:members?|ally|allies|partners?|observers?)\b/i;
/** "before President Putin visits Japan": a present-tense visit in a time clause refers to the future. */
const SUBORDINATE_PRESENT_RE = /\b(?:visits|travels|comes)\s/;
const SUBORDINATE_VISIT_RE = /\b(?:before|until|when|once)\s+((?:\p{Lu}[\p{L}.’'-]*\s+){1,4})(visits|travels\s+to|comes\s+to)\s/gu;
/** "meet" only names an event with a meeting complement ("meet his Azerbaijani counterpart"), not in "meet the needs". */
const MEET_COMPLEMENT_RE = /^\s+(?:again|with|in\s+person|in-person|face|soon|tomorrow|next|later|at|on\s+the|in\s+\p{Lu}|\p{Lu}|this|each\s+other|for|(?:his|her|their|its|our|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:counterparts?|leaders?|leadership|ministers?|presidents?|premiers?|chancellors?|ambassadors?|envoys?|delegations?|officials?|heads?\s+of)\b(?![’']))/u;
const DELIVER_OBJECT_RE = /^\s+(?:(?:the|a|an|its|their|further|additional|more|new|\d[\d,.]*)\s+)?[\p{L}\d-]+/u;
const DELIVER_NOT_RE = /^\s+(?:(?:the|a|an|his|her|their|its|opening|closing|keynote|key|joint)\s+)*(?:speech|speeches|remarks|statements?|address|addresses|lectures?|messages?|results|keynote|on|for|what)\b/iu;
const OPEN_OBJECT_RE = /^\s+(?:the\s+|a\s+|new\s+|an\s+)?(?:[\p{L}’'-]+\s+){0,3}(?:crossings?|embass(?:y|ies)|consulates?|offices?|border|route|centers?|centres?|exhibition)\b/iu;

/** "UAE, Egypt hold Joint Committee meeting", "Leaders hold talks": a headline's present tense reports what happened. */
const PRESENT_SUBJECT_VERB = endTest("(?:\\p{Lu}[\\p{L}.’'-]*|leaders|ministers|sides|countries|officials|delegations|presidents|envoys)\\s+(?:hold|host|convene)\\s+", 'u');
const MODAL_IN_CLAUSE_RE = /\b(?:will|shall|would|to|agreed|decided|plans?|intends?|hopes?|expected|may|might|could|should|must)\b[^,;.:]*$/i;

/** True when the prefix ends with a subject and a bare present "hold/host/convene" and no modal governs it. */
function reportedPresent(prefix: string): boolean {
  return PRESENT_SUBJECT_VERB(prefix) && !MODAL_IN_CLAUSE_RE.test(prefix);
}

const APPROXIMATOR_GAP_RE = /^\s*(?:(?:towards?|around|about|approximately|sometime|some\s+time)\s+)?$/i;

const NEXT_LEG_RE = /^,?\s+and\s+(?:then\s+)?((?:\p{Lu}[\p{L}.’'-]*\s+){1,4})/u;
const GUEST_FOR_EVENT_RE = /^\s+(?:[\p{L}.’'-]+\s+){1,10}?(?:for|to\s+attend|at|to)\s+$/u;
const FRONTED_LEAD_RE = /^[\s"“(]*(?:(?:also|then|meanwhile|separately|subsequently),?\s*)?$/i;

/**
 * A time ahead that opens the sentence before a comma ("On March 12, Foreign Minister Sergey Lavrov will hold talks
 * with …", "Next week, the Minister will travel to Beijing"): it dates the events of the sentence that have no time
 * of their own. Null when the first time is not at the start, not followed by a comma, or not after the reference date
 * (a fronted reporting date, "On March 5, the ministers discussed the upcoming summit", dates the report).
 */
function frontedTime(text: string, s0: number, sTimes: readonly TimeExpression[], ref: string | null): TimeExpression | null {
  const t = sTimes[0];
  if (t === undefined || ref === null || t.vague || t.start === null || t.span[0] - s0 > 24) return null;
  if (!FRONTED_LEAD_RE.test(text.slice(s0, t.span[0])) || text.charCodeAt(t.span[1]) !== 44 /* , */) return null;
  if (t.start > ref) return futureByTime(t, ref) ? t : null;
  // "This week, Deputy National Security Advisor Daleep Singh will travel to …": a period around the reference date
  // dates the events of a sentence that puts them ahead ("will"), not a report of what was done in it.
  // Not "Today, …": the reported day itself.
  return t.relative && (t.end ?? '') > ref && FRONTED_FUTURE_AFTER_RE.test(text.slice(t.span[1], t.span[1] + 100)) ? t : null;
}
/** ", Deputy National Security Advisor Daleep Singh will": a subject, then the future (no clause or past verb before it). */
const FRONTED_FUTURE_AFTER_RE = /^,\s+(?:(?!(?:and|but|met|held|had|was|were|\p{Ll}+ed)\s)[\p{L}\p{N}.’'-]+\s+){1,10}?(?:will|shall)\s/u;

/** True when a time expression starts right after `at`, with at most an approximator between ("towards the end of"). */
function timeRightAfter(text: string, times: readonly TimeExpression[], at: number): boolean {
  for (const t of times) if (t.span[0] >= at && t.span[0] <= at + 20 && APPROXIMATOR_GAP_RE.test(text.slice(at, t.span[0]))) return true;
  return false;
}

function kindByRes(word: string, res: readonly { re: RegExp; kind: PlanKind }[]): PlanKind {
  for (const { re, kind } of res) if (re.test(word)) return kind;
  return 'other';
}

/** A future time: the future reading starts after the reference date and, when the year was implied, in the same year. */
function futureByTime(t: TimeExpression | null, ref: string | null): boolean {
  if (t === null || t.vague || t.start === null || ref === null) return false;
  const end = t.end ?? t.start;
  if (end < ref) return false;
  if (t.start === ref && t.end === ref) return false; // "today": the reported meeting itself
  if (t.start <= ref) return t.end === null || t.relative || /^(?:this|later|starting|from|before|by|until)\b/i.test(t.text);
  return !t.yearImplied || t.relative || t.start.slice(0, 4) === ref.slice(0, 4);
}

/**
 * Rules whose words say the event is ahead ("will be held", "agreed to hold", "upcoming"). Under one of them a month
 * or season without a year that has passed this year is next year's ("is scheduled to take place in January" written
 * in February), as the interval conventions read it; only a time alone is read back to this year's past.
 */
const FUTURE_WORD_RULES: ReadonlySet<string> = new Set(['plans/future-prefix', 'plans/future-predicate', 'plans/future-modifier']);

/** A past time: the past reading ends before the reference date and, when the year was implied, in the same year. */
export function pastByTime(t: TimeExpression | null, ref: string | null): boolean {
  if (t === null || t.vague || ref === null) return false;
  const start = t.pastStart ?? t.start;
  const end = t.pastEnd ?? t.end ?? start;
  if (start === null || end === null || end >= ref) return false;
  return !t.yearImplied || t.relative || start.slice(0, 4) === ref.slice(0, 4);
}

interface Candidate {
  span: [number, number];
  what: string;
  kind: PlanKind;
  time: TimeExpression | null;
  rule: string;
  kindSpan: [number, number];
  bare: boolean;
}

/** Cut of a description: the phrase text with the time words and trailing punctuation removed. */
function describe(text: string, from: number, to: number, time: TimeExpression | null): string {
  let what = time !== null && time.span[0] >= from && time.span[1] <= to
    ? `${text.slice(from, time.span[0])} ${text.slice(time.span[1], to)}`
    : text.slice(from, to);
  what = trimEdges(what.replace(/\s+/g, ' '));
  // Both cuts need "which"/"that"/"will"/"would"/"shall" (any case): most descriptions have none.
  if (CUT_WORD_RE.test(what)) {
    what = what.replace(/,?\s*(?:which|that)\s+(?:will|is|are|would)\b.*$/iu, '').replace(/\s+(?:will|would|shall)\s+(?:also\s+)?(?:be\s+held|take\s+place|occur).*$/iu, '');
  }
  return what.trim();
}

/** Unicode case folding like the cuts themselves ("ſhall" folds to "shall"). */
const CUT_WORD_RE = /which|that|will|would|shall/iu;

/**
 * `s` without trailing spaces, commas, semicolons, colons and full stops and without leading spaces and commas: what
 * `.replace(/[\s,;:.]+$/u, '').replace(/^[\s,]+/u, '')` gives for a string whose only whitespace is ' ' (the caller
 * collapsed it), without running a regex at every position.
 */
function trimEdges(s: string): string {
  let e = s.length;
  for (let c = s.charCodeAt(e - 1); e > 0 && (c === 32 || c === 44 || c === 59 || c === 58 || c === 46); c = s.charCodeAt(e - 1)) e--;
  let b = 0;
  for (let c = s.charCodeAt(0); b < e && (c === 32 || c === 44); c = s.charCodeAt(b)) b++;
  return b === 0 && e === s.length ? s : s.slice(b, e);
}

/** End of the head's complement ("visit to Russia", "meeting on Haiti"): a few words, stopping at a clause break. */
function complementEnd(text: string, headEnd: number, limit: number): number {
  const rest = text.slice(headEnd, Math.min(limit, headEnd + 90));
  const m = /^(?:\s+(?:to|of|by|in|on|at|with|between|among|for|about)\s+(?:(?:the|a|an|his|her|their|both)\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}.’'&-]*|permanent|members|airplane|air|sea)(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}.’'&-]*|of|and|the|permanent|members))*){0,2}/u.exec(rest);
  return headEnd + (m === null ? 0 : trimJoiners(m[0]).length);
}

/** A span's text without trailing joiners and punctuation ("… Conference on Libya and the" -> "… Conference on Libya"). */
export function trimJoiners(s: string): string {
  let t = s;
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = t.replace(/[.,’'\s]+$/u, '').replace(/\s+(?:and|or|of|the|a|an|to|in|on|at|by|for|with|between|among|about|as\s+well\s+as)$/iu, '');
  }
  return t;
}

/**
 * `times` sorted by start. The times stage already returns them in that order, so the (stable) sort and its copy are
 * only made when some pair is out of order: the result is the same array content either way.
 */
export function sortedByStart(times: readonly TimeExpression[]): readonly TimeExpression[] {
  for (let i = 1; i < times.length; i++) {
    if ((times[i] as TimeExpression).span[0] < (times[i - 1] as TimeExpression).span[0]) return [...times].sort((a, b) => a.span[0] - b.span[0]);
  }
  return times;
}

/** Time expressions inside `[s0, s1)`; `times` is sorted by start. */
export function timesWithin(times: readonly TimeExpression[], s0: number, s1: number): TimeExpression[] {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] as TimeExpression).span[0] < s0) lo = mid + 1;
    else hi = mid;
  }
  const out: TimeExpression[] = [];
  for (let i = lo; i < times.length; i++) {
    const t = times[i] as TimeExpression;
    if (t.span[0] >= s1) break;
    if (t.span[1] <= s1) out.push(t);
  }
  return out;
}

function overlaps(a: readonly [number, number], ranges: readonly (readonly [number, number])[]): boolean {
  return ranges.some(([x, y]) => a[0] < y && x < a[1]);
}

/**
 * Planned events in the document, in text order. Each sentence is scanned once for event noun
 * phrases and event verbs; one is kept when a future marker governs it (prefix, predicate, an
 * "upcoming"-type modifier, a coordinated future event) or its own time expression lies after the
 * reference date, and nothing marks it as past, routine, negated or a repeat of an earlier event.
 */
export function findPlannedEvents(input: EventFinderInput): FoundPlan[] {
  const { text, sentences } = input;
  const ref = input.referenceDate ?? null;
  const forwardYears = input.referenceIsPublished ?? true;
  const chrome = input.chrome ?? [];
  const times = sortedByStart(input.times);
  const out: Candidate[] = [];
  const index = wordIndexOf(text);
  // Documents to be signed are looked for only in documents that say "be signed" somewhere.
  const signedAt = text.indexOf(SIGN_CUE);

  for (const sentence of sentences) {
    const [s0, s1] = sentence.span;
    if (s1 <= s0 || overlaps(sentence.span, chrome)) continue;
    const heads = findEventHeads(text, s0, s1);
    // Nothing here can be an event: no head, no event verb, no "look forward to", no "before X visits", no document.
    if (heads.length === 0 && !index.hasForward && !index.hasSubordinate && !cutsWord(text, s0, s1) && (flagsWithin(index, s0, s1) & (VERB | PROGRESSIVE)) === 0
      && (signedAt < 0 || !text.slice(s0, s1).includes(SIGN_CUE))) continue;
    const sTimes = timesWithin(times, s0, s1);
    const fronted = frontedTime(text, s0, sTimes, ref);
    const found: Candidate[] = [];
    /** Future status of each head by index, for coordination. */
    const headFuture: boolean[] = [];

    // Event noun phrases.
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i] as EventHead;
      const prev = heads[i - 1];
      // An occasion of the previous (future) head belongs to that event; after a bare generic one ("discussions on
      // migration at the Summit of the Americas") the occasion is the event; after a non-event it stands alone.
      let occasionOfFuture = false;
      if ((h.occasionIntro || joinedByOf(text, heads, i)) && prev !== undefined && h.head[0] - prev.head[1] < 120 && gapKeepsClause(text.slice(prev.head[1], h.npStart))) {
        const prevFound = found[found.length - 1];
        const prevBare = prevFound !== undefined && prevFound.kindSpan[0] === prev.head[0] && prevFound.time === null && isBareGeneric(text, prevFound, prev);
        if (headFuture[i - 1] === true && !prevBare) {
          headFuture.push(true);
          continue;
        }
        if (headFuture[i - 1] === true && prevBare) {
          found.pop();
          occasionOfFuture = true;
        }
      }
      let limit = s1;
      for (let j = i + 1; j < heads.length; j++) {
        const n = heads[j] as EventHead;
        if (!n.occasionIntro && !joinedByOf(text, heads, j)) { limit = n.npStart; break; }
      }
      const prefix = text.slice(Math.max(s0, h.npStart - 120), h.npStart);
      const np = text.slice(h.npStart, h.head[1]);
      const after = text.slice(h.head[1], limit);
      let time = attachTime(text, sTimes, h.npStart, h.head[0], h.head[1], limit) ?? fronted;

      // "The Meeting agreed that …": the subject of a chair's statement is the meeting reported, not an event ahead.
      if (REPORTING_VERB_AFTER_RE.test(after)) {
        headFuture.push(false);
        continue;
      }
      // "Kosiniak-Kamysz said after the talks that Pistorius had accepted an invitation …": the held talks frame what is
      // reported; the event ahead is in the "that" clause, not the talks.
      if (/^\s+that\s/i.test(after) && REPORT_FRAME_BEFORE_RE.test(prefix)) {
        headFuture.push(false);
        continue;
      }
      let rule: string | null = null;
      let predicateEnd = -1;
      const prefixCue = FUTURE_PREFIX(prefix.length > 90 ? prefix.slice(-90) : prefix) || HOSTED_GUEST_FOR(prefix);
      if (prefixCue && !(/to\s+(?:attend|participate\s+in|join|co-chair|chair|co-host)\s+$/i.test(prefix) && CURRENT_TRIP_RE.test(prefix)) && !reportedPresent(prefix)) rule = 'plans/future-prefix';
      if (rule === null && NP_FUTURE_RE.test(np)) rule = 'plans/future-modifier';
      if (rule === null) {
        // Read past the next head so "will convene its next meeting" is seen with its object.
        const p = FUTURE_PREDICATE_RE.exec(text.slice(h.head[1], Math.min(s1, h.head[1] + 160)));
        if (p !== null && p.index < after.length) {
          // "The Summit of the Bi-National Commission, to be co-chaired by the two Presidents, is scheduled to take place":
          // a participle appositive between commas stands between the subject and its predicate.
          const gap = after.slice(0, p.index).replace(APPOSITIVE_PARTICIPLE_RE, ' ');
          if (!CLAUSE_VERB_RE.test(gap) && gapKeepsClause(gap.replace(/,\s*(?:which|that)\s*$/i, '')) && !/\b(?:and|but)\s+(?:they|he|she|we|it)\b/i.test(gap)) {
            rule = 'plans/future-predicate';
            predicateEnd = h.head[1] + p.index + p[0].length;
            // "..., to be co-chaired by the two Presidents, is scheduled to take place in Gaborone in November": the
            // appositive's commas part the subject from its time; the time after the predicate is the event's.
            time ??= attachTime(text, sTimes, predicateEnd, predicateEnd, predicateEnd, s1);
          }
        }
      }
      if (rule === null && occasionOfFuture) rule = 'plans/occasion';
      if (rule === null && prev !== undefined && headFuture[i - 1] === true && COORD_GAP_RE.test(text.slice(prev.head[1], h.npStart))) {
        rule = 'plans/coordinated';
      }
      const timeInside = time !== null && time.span[1] <= h.head[0];
      // "later this month" starts on the reference date by construction, yet is all ahead.
      // A fronted time dates an event its own words put ahead; it does not make one ahead by itself.
      if (rule === null && time !== fronted && futureByTime(time, ref) && (timeInside || (time?.start ?? '') > (ref ?? '9') || LATER_TIME_RE.test(time?.text ?? ''))) rule = 'plans/future-time';

      if (rule === null) {
        headFuture.push(false);
        continue;
      }
      const past = PREFIX_PAST_VERB_RE.test(prefix) || PAST_MARKER_RE.test(after) || MET_AFTER_RE.test(after)
        || (rule === 'plans/future-time' && time !== null && BACK_BEFORE_RE.test(text.slice(Math.max(0, time.span[0] - 8), time.span[0]))) || PAST_AFTER_RE.test(after.slice(0, 60)) || NP_PAST_RE.test(np)
        || (rule !== 'plans/future-prefix' && PREFIX_PAST_RE.test(prefix) && !futureByTime(time, ref))
        || (pastByTime(time, ref) && !futureByTime(time, ref) && !(FUTURE_WORD_RULES.has(rule) && time?.yearImplied === true && forwardYears))
        || (THANKED_FOR(prefix) && !NP_FUTURE_RE.test(np) && !futureByTime(time, ref))
        || (rule === 'plans/future-time' && BUILD_ON_BEFORE(prefix));
      const today = time !== null && ref !== null && time.start === ref && time.end === ref;
      // "Friday’s meeting" with no word saying it is ahead: as likely the reported one as a coming one.
      const weekdayOnly = rule === 'plans/future-time' && time !== null && WEEKDAY_TIME_RE.test(time.text) && time.pastStart !== time.start
        && !/\b(?:will|shall|to\s+be|going\s+to)\b/i.test(prefix);
      const blocked = past || today || weekdayOnly || BID_TO_HOST(prefix) || EXPLORATORY_BEFORE(prefix) || (time === null && STANDING_NP_RE.test(np) && !NP_FUTURE_RE.test(np)) || CONDITIONAL_AFTER_RE.test(after.slice(0, 120)) || ROUTINE_NP_RE.test(np) || NEGATION_RE.test(prefix.slice(-45)) || CONTINUE_RE.test(prefix.slice(-60)) || ROUTINE_RE.test(after.slice(0, 80)) || ROUTINE_RE.test(prefix.slice(-30))
        || (/\band\s+(?:hold|have)\s+$/i.test(prefix) && VISIT_AND_HOLD_RE.test(prefix))
        || /^\s+(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/i.test(after);
      if (blocked) {
        headFuture.push(false);
        continue;
      }
      const compEnd = complementEnd(text, h.head[1], limit);
      // "would lead the discussions": leading or speaking at something names an event only when it is named or dated.
      if (time === null && compEnd === h.head[1] && BARE_NP_RE.test(np.trim()) && WEAK_PREFIX_RE.test(prefix)) {
        headFuture.push(false);
        continue;
      }
      headFuture.push(true);

      let end = Math.max(h.head[1], compEnd, time?.span[1] ?? 0);
      if (time === null && predicateEnd > 0) end = Math.max(end, predicateEnd);
      // "Timor-Leste will be formally admitted as a full member of ASEAN at the 47th ASEAN Summit": the event ahead is
      // the admission, the summit only where it happens (one clause from the sentence's start).
      const admitted = ADMITTED_AT_RE.exec(text.slice(s0, h.npStart));
      const admission = admitted !== null && admitted[1] !== undefined && !/[,;:]/.test(text.slice(s0, s0 + admitted.index));
      const verbAt = admission ? s0 + admitted.index + admitted[0].indexOf(admitted[1]!) : -1;
      found.push({
        span: [admission ? s0 : time !== null && time === fronted ? time.span[0] : h.npStart, end],
        what: describe(text, admission ? s0 : h.npStart, Math.max(compEnd, h.head[1]), time),
        kind: admission ? 'other' : refineKind(h.kind, np),
        time,
        rule: h.source === 'noun' ? rule : `${rule}+${h.source}`,
        kindSpan: admission ? [verbAt, verbAt + admitted![1]!.length] : [h.head[0], h.head[1]],
        bare: BARE_NP_RE.test(np.trim()) && compEnd === h.head[1],
      });
    }

    // Event verbs: "will visit Russia", "will meet again", "look forward to visiting".
    const sText = text.slice(s0, s1);
    const verbHits: { cueStart: number; verbStart: number; verbEnd: number; kind: PlanKind; rule: string }[] = [];
    for (const w of matchesIn(text, sText, s0, s1, VERB, VERB_WORD_STICKY_RE, VERB_WORD_RE)) {
      const verb = w[0];
      const verbStart = w.index;
      const verbEnd = verbStart + verb.length;
      const lookback = Math.max(0, verbStart - 100);
      const cueWindow = sText.slice(lookback, verbStart);
      // A headline's infinitive: "EAM to visit Singapore from March 21-23", "PM Modi to visit Poland, Ukraine next week".
      if (verbStart < 60 && HEADLINE_INFINITIVE_RE.test(sText.slice(0, verbStart)) && !/[.!?]["”’)]?\s*$/u.test(sText)) {
        const hit = { cueStart: 0, verbStart, verbEnd, kind: kindByRes(verb, VERB_KIND_RES), rule: 'plans/headline-infinitive' };
        if (!/^(?:meet|convene)$/i.test(verb) || MEET_COMPLEMENT_RE.test(sText.slice(verbEnd, verbEnd + 40))) verbHits.push(hit);
        continue;
      }
      if (!VERB_CUE_BEFORE(cueWindow)) continue;
      const cue = VERB_CUE_BEFORE_RE.exec(cueWindow);
      if (cue === null) continue;
      const m = { index: lookback + cue.index, 0: `${cue[0]}${verb}` };
      const follow = sText.slice(verbEnd, verbEnd + 40);
      const k = kindByRes(verb, VERB_KIND_RES);
      // "will meet no later than March", "will convene in the spring of next year": a time right after is complement enough.
      if (/^(?:meet|convene)$/i.test(verb) && !MEET_COMPLEMENT_RE.test(follow) && !timeRightAfter(text, sTimes, s0 + verbEnd)) continue;
      // "will travel May 10-12 to Marrakech", "will travel on March 29 to Prague": a bare "travel" needs a time or a place next.
      if (/^travel$/i.test(verb) && !TRAVEL_FOLLOW_RE.test(follow)) continue;
      // "will deliver patrol vessels in 2025" is a delivery; "will deliver a speech" is not.
      // Undated, "deliver" is mostly a promise ("will deliver results", "will deliver a fairer economy"): a delivery needs
      // a time after the verb in its sentence.
      if (/^deliver$/i.test(verb) ? DELIVER_NOT_RE.test(follow) || !DELIVER_OBJECT_RE.test(follow) || !sTimes.some((t) => t.span[0] >= s0 + verbEnd && !t.vague) : /^(?:open|launch)$/i.test(verb) && !OPEN_OBJECT_RE.test(follow)) continue;
      // "will fly to Jakarta", "will call on Prime Minister Lee", not "head to the polls", "call on all parties".
      if (/^(?:leave|depart|fly|head|proceed|call)\s/i.test(verb) && !/^\s+(?:(?:the|his|her|their)\s+)?\p{Lu}/u.test(follow) && !(/^call\s/i.test(verb) && CALLED_ON_LEADERS_RE.test(follow))) continue;
      if (/^sign$/i.test(verb) && !/^\s+(?:the|a|an|an?\s+\w+)\b/i.test(follow) && !SIGN_OBJECT_RE.test(follow)) continue;
      // "will start operations by end-2026": a start is an event only when dated, as a delivery is.
      if (/^(?:start|begin|commence)\s/i.test(verb) && !sTimes.some((t) => t.span[0] >= s0 + verbEnd && !t.vague)) continue;
      // "is on track to start passenger service", not "is on track to meet this goal" (a target, not an event).
      if (/\btrack\s+to\s*$/i.test(cue[0]) && !/^(?:start|begin|commence|open|launch|deliver)\b/i.test(verb)) continue;
      const before = sText.slice(Math.max(0, m.index - 120), m.index);
      if (/\bto$/i.test(m[0].slice(0, m[0].length - verb.length).trim()) && !/\b(?:plans?|intends?|hope[sd]?|expect(?:s|ed)?|due|set|scheduled|slated|agreed|decided|wishes|like|invited|invitation|ready|going|is|are|track|preparations?)\b[^,;]{0,60}$/i.test(`${before}${m[0].slice(0, m[0].length - verb.length)}`)) continue;
      if (CONTINUE_RE.test(before.slice(-40)) || NEGATION_RE.test(before.slice(-25)) || THANKS_RE.test(before)) continue;
      verbHits.push({ cueStart: m.index, verbStart, verbEnd, kind: k, rule: 'plans/future-verb' });
    }
    GERUND_RE.lastIndex = 0;
    for (let m = index.hasForward && sText.includes('forward') ? GERUND_RE.exec(sText) : null; m !== null; m = GERUND_RE.exec(sText)) {
      const g = m[1] ?? '';
      const verbEnd = m.index + m[0].length;
      if (/^meeting$/i.test(g) && !MEET_COMPLEMENT_RE.test(sText.slice(verbEnd, verbEnd + 40))) continue;
      // "welcoming Sweden as a full member at the Vilnius Summit": an accession, the event is the summit named after it.
      if (/^welcoming$/i.test(g) && WELCOMED_AS_RE.test(sText.slice(verbEnd, verbEnd + 80))) continue;
      // "looked forward to receiving a report": one receives or welcomes a guest (a name, a person), not a document.
      if (/^(?:receiving|welcoming)$/i.test(g) && !GUEST_OBJECT_RE.test(sText.slice(verbEnd, verbEnd + 40))) continue;
      // "returning to the region": "travelling" and "returning" need a destination.
      if (/^(?:returning|travell?ing)$/i.test(g) && !/^\s+(?:to|home)\b/i.test(sText.slice(verbEnd, verbEnd + 8))) continue;
      // The evidence keeps "look forward to": "meeting" alone does not say it is ahead.
      verbHits.push({ cueStart: m.index, verbStart: verbEnd - g.length, verbEnd, kind: kindByRes(g, GERUND_KIND_RES), rule: 'plans/look-forward-verb' });
    }
    PROGRESSIVE_RE.lastIndex = 0;
    const progressive = (cutsWord(text, s0, s1) || (flagsWithin(index, s0, s1) & PROGRESSIVE) !== 0) && (sText.includes('is ') || sText.includes('are ') || sText.includes('be '));
    for (let m = progressive ? PROGRESSIVE_RE.exec(sText) : null; m !== null; m = PROGRESSIVE_RE.exec(sText)) {
      verbHits.push({ cueStart: m.index, verbStart: m.index, verbEnd: m.index + m[0].length, kind: 'visit', rule: 'plans/progressive-travel' });
    }
    SUBORDINATE_VISIT_RE.lastIndex = 0;
    const subordinate = index.hasSubordinate && (sText.includes('visits ') || sText.includes('travels ') || sText.includes('comes '));
    for (let m = subordinate && SUBORDINATE_PRESENT_RE.test(sText) ? SUBORDINATE_VISIT_RE.exec(sText) : null; m !== null; m = SUBORDINATE_VISIT_RE.exec(sText)) {
      const subj = m[1] ?? '';
      const verb = m[2] ?? '';
      const subjStart = m.index + m[0].indexOf(subj);
      verbHits.push({ cueStart: subjStart, verbStart: subjStart + subj.length, verbEnd: subjStart + subj.length + verb.length, kind: 'visit', rule: 'plans/subordinate-visit' });
    }
    for (const v of verbHits) {
      const a = s0 + v.verbStart;
      const b = s0 + v.verbEnd;
      if (found.some((f) => f.span[0] <= a && b <= f.span[1])) continue;
      let limit = s1;
      for (const h of heads) if (h.npStart >= b && !h.occasionIntro) { limit = h.npStart; break; }
      // "will meet … at the G7 summit": the head right after the verb's complement is the occasion, not the limit.
      const afterVerb = text.slice(b, limit);
      // "looked forward to welcoming President Joko Widodo for the ASEAN-Australia Special Summit in March": the
      // guest comes for the event named next, which is already found; it is the one event.
      if (v.rule === 'plans/look-forward-verb' && v.kind === 'visit' && limit < s1 && GUEST_FOR_EVENT_RE.test(afterVerb) && found.some((f) => f.span[0] === limit)) continue;
      if (ROUTINE_RE.test(afterVerb.slice(0, 80)) || CONDITIONAL_AFTER_RE.test(text.slice(b, Math.min(s1, b + 120)))) continue;
      // "will meet at the upcoming ASEAN summit", "agreed to meet again at next year's G20 summit": the meeting is held
      // at the event found right after the verb; one event, stated from the verb on.
      const occasion = OCCASION_AFTER_VERB_RE.exec(afterVerb);
      const host = occasion === null ? -1 : found.findIndex((f) => f.span[0] === b + occasion[0].length && f.kind === 'meeting');
      if (host >= 0 && v.kind === 'meeting') {
        const f = found[host] as Candidate;
        // The verb's cue now says it is ahead: no longer an event dated by its time alone.
        found[host] = { ...f, span: [s0 + v.cueStart, f.span[1]], rule: f.rule === 'plans/future-time' ? v.rule : f.rule };
        continue;
      }
      let time = attachTime(text, sTimes, a, a, b, limit) ?? fronted;
      // "will travel on June 1-2 to San José": the verb's pattern took the "on" that opens the time.
      if (time === null || time === fronted) time = sTimes.find((t) => t.span[0] > a && t.span[0] < b && t.span[1] > b && !t.vague) ?? time;
      // "in early May, when the two ministers are to sign a letter of intent": the time the "when" clause hangs on.
      if (time === null) {
        const w = WHEN_CLAUSE_BEFORE_RE.exec(text.slice(s0, s0 + v.cueStart));
        if (w !== null) time = sTimes.find((t) => t.span[1] <= s0 + w.index && text.slice(t.span[1], s0 + w.index).trim() === '' && !t.vague) ?? null;
      }
      // The cue ("will", "invited … to") says it is ahead: a month without a year is then next year's ("will visit in March").
      if (pastByTime(time, ref) && !futureByTime(time, ref) && !(time?.yearImplied === true && forwardYears)) continue;
      // "is travelling to China": a trip ahead only when a time after the reference date says so.
      if (v.rule === 'plans/progressive-travel' && !/^(?:will|shall)\s/i.test(text.slice(a, b)) && (time === fronted || time?.start == null || ref === null || time.start <= ref)) continue;
      let objEnd = b + objectLength(afterVerb, time !== null && time !== fronted && time.span[0] >= b - 3 ? Math.max(0, time.span[0] - b) : -1, /^travel(?:\s+on)?$/i.test(text.slice(a, b)));
      // "will also meet on the margins of the next UNGA": an occasion not found as an event of its own still says
      // when the meeting is held, so it is part of what is planned (not a bare "will meet" that repeats an earlier
      // meeting); a place after "at" is not (the earlier plan "the upcoming meeting" is often the one held there)
      if (occasion !== null && v.kind === 'meeting' && /(?:margins|sidelines|fringes)\s+of\s+$/i.test(occasion[0])) {
        const named = OCCASION_NAME_RE.exec(afterVerb.slice(occasion[0].length));
        // the sentence's full stop is not the name's, an abbreviation's is ("the next U.N.")
        const name = named === null ? '' : /\p{Lu}\.\p{Lu}\.$/u.test(named[0]) ? named[0] : named[0].replace(/\.$/, '');
        if (name !== '') objEnd = Math.max(objEnd, b + occasion[0].length + name.length);
      }
      // "sign agreements": a lower-case document object names what is signed.
      if (objEnd === b && v.kind === 'signing') objEnd = b + (SIGN_OBJECT_RE.exec(afterVerb)?.[0].length ?? 0);
      const start = time !== null && time === fronted ? time.span[0] : s0 + v.cueStart;
      const end = Math.max(objEnd, time?.span[1] ?? 0);
      found.push({
        span: [start, end],
        what: describe(text, start, objEnd, time),
        kind: v.kind,
        time,
        rule: v.rule,
        kindSpan: [a, b],
        bare: time === null && !/[\p{Lu}\p{N}]/u.test(text.slice(b, objEnd)),
      });
      // "will visit New Zealand from March 17 to 19 and Australia from March 19 to 21": a second leg with its own dates.
      if (v.kind === 'visit' && time !== null && time !== fronted && time.span[0] >= b) {
        const leg = NEXT_LEG_RE.exec(text.slice(end, Math.min(s1, end + 60)));
        const legTime = leg === null ? undefined : sTimes.find((t) => t.span[0] === end + leg[0].length);
        if (leg !== null && legTime !== undefined && !legTime.vague) {
          const legStart = end + leg[0].indexOf(leg[1] ?? '');
          found.push({
            span: [legStart, legTime.span[1]],
            what: describe(text, legStart, legTime.span[1], legTime),
            kind: 'visit',
            time: legTime,
            rule: 'plans/itinerary-leg',
            kindSpan: [a, b],
            bare: false,
          });
        }
      }
    }
    // "the Defence Cooperation Agreement would be signed by the end of the year": a document to be signed is a signing.
    if (signedAt >= 0 && sText.includes(SIGN_CUE)) found.push(...documentSignings(text, s0, s1, sTimes, heads, found, ref, forwardYears));
    found.sort((x, y) => x.span[0] - y.span[0]);
    out.push(...found);
  }
  return dedupe(text, out);
}

const SIGN_CUE = 'be signed';
/** "sign agreements", "sign several cooperation agreements": a document object without an article. */
const SIGN_OBJECT_RE = new RegExp(`^\\s+(?:\\w+\\s+){0,2}(?:${SIGNED_DOCUMENTS})\\b`, 'u');
const SIGN_PREDICATE_RE = /\b(?:will|would|shall|should|must|(?:is|are)\s+(?:expected|scheduled|set|due|slated|planned)\s+to|(?:is|are)\s+to|to)\s+(?:also\s+|then\s+|\w+ly\s+)?be\s+(?:\w+ly\s+)?signed\b/gi;
const SIGNED_DOCUMENT_RE = new RegExp(`\\b(?:${SIGNED_DOCUMENTS})\\b`, 'g');

/**
 * Documents the sentence `[s0, s1)` says will be signed ("the Defence Cooperation Agreement would be signed by the end
 * of the year", "a Memorandum of Understanding is expected to be signed during the visit"): the document phrase
 * nearest before the predicate, in one clause with it, through the predicate or its time. Not when a found event
 * covers it already, the time is past, or the clause is negated.
 */
function documentSignings(text: string, s0: number, s1: number, sTimes: readonly TimeExpression[], heads: readonly EventHead[], found: readonly Candidate[], ref: string | null, forwardYears: boolean): Candidate[] {
  const out: Candidate[] = [];
  const sText = text.slice(s0, s1);
  SIGN_PREDICATE_RE.lastIndex = 0;
  for (let m = SIGN_PREDICATE_RE.exec(sText); m !== null; m = SIGN_PREDICATE_RE.exec(sText)) {
    const p0 = s0 + m.index;
    const p1 = p0 + m[0].length;
    const from = Math.max(s0, p0 - 100);
    const window = text.slice(from, p0);
    let doc: [number, number] | null = null;
    SIGNED_DOCUMENT_RE.lastIndex = 0;
    for (let d = SIGNED_DOCUMENT_RE.exec(window); d !== null; d = SIGNED_DOCUMENT_RE.exec(window)) doc = [from + d.index, from + d.index + d[0].length];
    if (doc === null || !gapKeepsClause(text.slice(doc[1], p0)) || NEGATION_RE.test(text.slice(Math.max(s0, doc[0] - 45), doc[0]))) continue;
    if (found.some((f) => f.span[0] <= doc[0] && doc[1] <= f.span[1])) continue;
    const npStart = nounPhraseStart(text, doc[0], s0);
    let limit = s1;
    for (const h of heads) if (h.npStart >= p1 && !h.occasionIntro) { limit = h.npStart; break; }
    const time = attachTime(text, sTimes, npStart, doc[0], doc[1], limit);
    if (pastByTime(time, ref) && !futureByTime(time, ref) && !(time?.yearImplied === true && forwardYears)) continue;
    out.push({
      span: [npStart, Math.max(p1, time?.span[1] ?? 0)],
      what: `signing of ${describe(text, npStart, p0, time)}`,
      kind: 'signing',
      time,
      rule: 'plans/document-to-be-signed',
      kindSpan: [p0, p1],
      bare: false,
    });
  }
  return out;
}

/**
 * A mention dated by its time alone whose interval holds two or more stated events of its kind ("Visit of Prime
 * Minister to Poland and Ukraine (August 21-23, 2024)" over "an official visit to Poland on 21-22 August" and "will
 * visit Ukraine on 23 August"): a headline summing them up, not one more event.
 */
function summarisesStated(c: Candidate, all: readonly Candidate[]): boolean {
  const s = c.time?.start;
  const e = c.time?.end;
  if (c.rule !== 'plans/future-time' || s == null || e == null) return false;
  let inside = 0;
  for (const d of all) {
    if (d === c || d.kind !== c.kind || d.rule === 'plans/future-time' || d.time?.start == null || d.time.end == null) continue;
    if (d.time.start >= s && d.time.end <= e && !(d.time.start === s && d.time.end === e)) inside++;
  }
  return inside >= 2;
}

const OF_WHICH_RE = /^the\s+(?:[\p{L}\p{N}-]+\s+){0,2}(?:meetings?|sessions?|rounds?|editions?)\s+of\s+which\b/iu;
const NAME_WORD_RE = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}’'-]+/gu;
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(['The', 'A', 'An', 'This', 'That', 'His', 'Her', 'Their', 'Its', 'Our', 'Your', 'My', 'He', 'She', 'They', 'We', 'It', 'Both', 'Mr', 'Ms', 'Mrs', 'Dr', 'H.E']);

/** Capitalised words of an evidence span outside its time, determiners and pronouns aside ("the Summit of the Future" -> Summit, Future). */
function nameWords(text: string, c: Candidate): Set<string> {
  const out = new Set<string>();
  const [t0, t1] = c.time?.span ?? [0, 0];
  for (const m of text.slice(c.span[0], c.span[1]).matchAll(NAME_WORD_RE)) {
    const at = c.span[0] + m.index;
    // The shared time ("in September") is what made them candidates for a repeat; it names neither.
    if (!NOT_NAME_WORDS.has(m[0]) && (at < t0 || at >= t1)) out.add(m[0].toLowerCase());
  }
  return out;
}

/**
 * Two same-kind events on the same dates are two events, not a repeat, when both are named and their names share no
 * word ("the Summit of the Future in September" and "meet again on the sidelines of the General Assembly in September").
 */
function namesDiffer(text: string, a: Candidate, b: Candidate): boolean {
  const x = nameWords(text, a);
  if (x.size === 0) return false;
  const y = nameWords(text, b);
  if (y.size === 0) return false;
  for (const w of y) if (x.has(w)) return false;
  return true;
}

/** A lower-case head with nothing but a determiner or listed modifiers and no named complement ("discussions on migration"). */
function isBareGeneric(text: string, c: Candidate, h: EventHead): boolean {
  const np = text.slice(h.npStart, h.head[1]);
  return !/\p{Lu}/u.test(np) && !/\p{Lu}/u.test(text.slice(h.head[1], c.span[1])) && /^(?:\S+\s+)?\S+$/u.test(np.trim());
}

/** Between a meeting verb and the event it is held at: "again at the", "on the sidelines of", "during". */
const OCCASION_AFTER_VERB_RE = /^\s+(?:again\s+)?(?:at|during|on\s+the\s+(?:margins|sidelines|fringes)\s+of|in\s+the\s+(?:margins|sidelines)\s+of)\s+/i;
/** The occasion named after {@link OCCASION_AFTER_VERB_RE}: "the next UNGA", "the upcoming G20 summit", "APEC". */
const OCCASION_NAME_RE = /^(?:the\s+)?(?:(?:next|upcoming|forthcoming|coming|\d{4})\s+)?\p{Lu}[\p{L}\d'’.-]*(?:\s+(?:of\s+the\s+)?\p{Lu}[\p{L}\d'’.-]*){0,5}(?:\s+(?:summit|meeting|session|assembly|conference|forum|ministerial|leaders'?\s+meeting))?/u;
/** "will also call on the leadership of the UAE": the leaders called on, named by their office. */
const CALLED_ON_LEADERS_RE = /^\s+the\s+(?:leadership|leaders|president|prime\s+minister|king|emir|crown\s+prince|sultan)\b/i;
/** The guest after "receiving"/"welcoming": a name or a person ("President Ruto", "him", "the Indian delegation", "you"). */
const GUEST_OBJECT_RE = /^\s+(?:(?:the|his|her|their|our|your|a|an)\s+)?(?:\p{Lu}|(?:him|her|them|you|us|counterparts?|delegations?|leaders?|ministers?|presidents?|guests?|visitors?|members?)\b|\p{Ll}+\s+(?:counterparts?|delegations?|leaders?|ministers?|guests?|visitors?)\b)/u;
const TRAVEL_FOLLOW_RE = /^\s+(?:to\b|(?:on|in|from|this|next|later|during)\s|[A-Z0-9])/;
/** Words that end a verb's lower-case object ("meet with government officials to discuss …"). */
const OBJECT_STOP_RE = /^(?:to|and|or|in|on|at|for|from|who|which|that|about|during|while|as|when|where|before|after|by|of|under|regarding|including|this|next|later|soon|again)$/i;

/** Lower-case nouns that continue a capitalised object into a group of people ("Indonesian government officials"). */
const PEOPLE_NOUN_RE = /^(?:government|officials?|counterparts?|leaders?|ministers?|representatives?|authorities|delegations?|partners?|civil|business|members?|stakeholders?|students?|communities|community|counterparts?|diplomats?|lawmakers|legislators|parliamentarians|troops|forces|military|security|senior)$/;
const OBJECT_CAP_RE = /^\s+(?:again\s+|in\s+person\s+|in-person\s+|face[\s-]to[\s-]face\s+)?(?:with\s+)?(?:(?:the|his|her|their)\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}.’'&-]*\s*(?:(?:(?:of|and)\s+(?:the\s+)?|the\s+)(?=\p{Lu}))?){1,8}/u;
const OBJECT_LEAD_RE = /^\s+(?:again\s+|in\s+person\s+|in-person\s+)?(?:with\s+(?:(?:the|a|an|his|her|their|its)\s+)?|(?:the|a|an|his|her|their|its)\s+)/u;
const OBJECT_WORD_RE = /^\s+(\p{Ll}[\p{L}’'-]*)/u;
const OBJECT_ANY_WORD_RE = /^\s+(\p{L}[\p{L}’'.-]*)/u;

/**
 * Length of a verb's object in `after` (the text right after the verb): "again", "with", a determiner, then a run
 * of capitalised words ("Russia", "the United Kingdom and Belgium"), continued into lower-case words only for a
 * group of people ("Indonesian government officials"), or, after "with"/a determiner, up to four lower-case words
 * ("with foreign counterparts"). A time right after a bare "travel" is stepped over to its "to" ("travel May 10-12
 * to Marrakech"). A sentence's final full stop is not part of it.
 */
function objectLength(after: string, timeAt: number, travel: boolean): number {
  let at = 0;
  if (travel && timeAt >= 0 && timeAt < 3) {
    const k = after.indexOf(' to ', timeAt);
    if (k >= 0 && k - timeAt < 30) at = k + 3;
  }
  const rest = after.slice(at);
  const cap = OBJECT_CAP_RE.exec(rest);
  // A name cut by the word limit does not end on its joiner ("President Alvarado and Minister of").
  let len = cap === null ? 0 : cap[0].trimEnd().replace(/\s+(?:of|and|the)$/u, '').length;
  let lower = cap === null;
  if (cap === null) {
    const lead = OBJECT_LEAD_RE.exec(rest);
    if (lead !== null) len = lead[0].trimEnd().length;
    else len = /^\s+(?:again|in\s+person|in-person|face[\s-]to[\s-]face)\b/.exec(rest)?.[0].length ?? 0;
  } else {
    const w = OBJECT_WORD_RE.exec(rest.slice(len));
    lower = w !== null && PEOPLE_NOUN_RE.test(w[1] ?? '');
  }
  if (lower && len > 0) {
    let added = 0;
    for (; added < 4; added++) {
      const w = OBJECT_ANY_WORD_RE.exec(rest.slice(len));
      const word = w?.[1] ?? '';
      if (w === null || OBJECT_STOP_RE.test(word) || /(?:ing|ed|ly)$/.test(word)) break;
      len += w[0].length;
    }
    // "with the next generation": no object words after the lead, no object.
    if (added === 0 && cap === null) len = /^\s+(?:again|in\s+person|in-person|face[\s-]to[\s-]face)\b/.exec(rest)?.[0].length ?? 0;
    else if (/\s(?:with|the|a|an|his|her|their|its)$/.test(rest.slice(0, len)) || /^\s+(?:with|again)$/.test(rest.slice(0, len))) len = rest.slice(0, len).replace(/\s+\S+$/u, '').length;
  }
  let out = at + len;
  const s = after.slice(0, out);
  // A sentence's full stop, not an abbreviation's ("U.S.", "Dr. S.").
  if (/[^.\s]+\.$/u.test(s) && !/(?:^|\s)(?:\p{Lu}\.)+$/u.test(s) && !/\b(?:Mr|Ms|Mrs|Dr|St|Jr|Sr)\.$/.test(s)) out -= 1;
  return out;
}

/** "the first meeting of the U.S.-EU Dialogue": a head joined to the one before it by "of" names the same event. */
export function joinedByOf(text: string, heads: readonly EventHead[], j: number): boolean {
  const p = heads[j - 1];
  const n = heads[j];
  return p !== undefined && n !== undefined && n.npStart > p.head[1] && n.npStart - p.head[1] < 8 && /^\s+of\s+$/.test(text.slice(p.head[1], n.npStart));
}

/** Vice-ministerial meetings are reported as dialogues. */
function refineKind(kind: PlanKind, np: string): PlanKind {
  if (kind === 'meeting' && /vice[-\s]?minister/i.test(np)) return 'dialogue';
  return kind;
}

function complementKeyOf(c: Candidate): string | null {
  const m = /\b(?:to|in|visit(?:s|ing)?)\s+((?:\p{Lu}[\p{L}.-]*\s*)+)/u.exec(c.what);
  return m?.[1] === undefined ? null : `${c.kind}|${m[1].replace(/[.\s]+$/u, '').toLowerCase()}`;
}

/** {@link complementKeyOf}, worked out once per candidate. */
function cachedComplementKey(keys: Map<Candidate, string | null>, c: Candidate): string | null {
  let k = keys.get(c);
  if (k === undefined) {
    k = complementKeyOf(c);
    keys.set(c, k);
  }
  return k;
}

/**
 * A description named enough to identify one event: two capitalised words or more and no indefinite article ("the 11th
 * Session of the South Africa-Nigeria Bi-National Commission", not "will sign a Presidential Memorandum", which may be
 * another one).
 */
const NAMED_WHAT_RE = /^(?!.*(?:^|\s)(?:a|an)\s)(?=.*\p{Lu}.*\s\S*\p{Lu})\S+\s+\S+\s+\S+/u;

/**
 * The kept event `c` repeats by name: 'drop' when `c` is undated and a kept event of its kind contains its description;
 * the index of an undated kept event whose description `c`'s (dated) contains; else -1.
 */
function namedRepeat(kept: readonly Candidate[], c: Candidate): number | 'drop' {
  const own = c.what.toLowerCase();
  if (c.time === null) {
    if (!NAMED_WHAT_RE.test(c.what)) return -1;
    return kept.some((k) => k.kind === c.kind && k.time !== null && k.what.toLowerCase().includes(own)) ? 'drop' : -1;
  }
  return kept.findIndex((k) => k.kind === c.kind && k.time === null && NAMED_WHAT_RE.test(k.what) && own.includes(k.what.toLowerCase()));
}

/** Removes the undated kept events, other than `kept[at]` (dated), whose description `kept[at]`'s contains. */
function dropNamedRepeats(kept: Candidate[], at: number): void {
  const c = kept[at] as Candidate;
  const own = c.what.toLowerCase();
  for (let i = kept.length - 1; i >= 0; i--) {
    const k = kept[i] as Candidate;
    if (i !== at && k.kind === c.kind && k.time === null && NAMED_WHAT_RE.test(k.what) && own.includes(k.what.toLowerCase())) kept.splice(i, 1);
  }
}

/** A definite bare head that points back ("The visit", "this meeting", "the planned trip"): an anaphor, not a new event. */
const ANAPHOR_NP_RE = /^(?:the|this|that)\s+(?:(?:planned|proposed|upcoming|forthcoming)\s+)?\p{L}+$/iu;
/** From the end of one event to the next: the rest of its sentence and at most the start of the next one. */
const NEXT_SENTENCE_GAP_RE = /^[^.!?;\n]{0,120}(?:[.!?]["”’)]?[ \t]+)?$/u;

/**
 * "accepted an invitation to visit Kenya. The visit is planned for the autumn.": a dated anaphoric head ("The visit")
 * right after an undated event of its kind dates that event. Returns the index of the last kept event when it is that
 * antecedent, else -1.
 */
function anaphorAntecedent(text: string, kept: readonly Candidate[], c: Candidate): number {
  if (!c.bare || c.time === null || c.time.start === null || !ANAPHOR_NP_RE.test(text.slice(c.span[0], c.kindSpan[1]))) return -1;
  const at = kept.length - 1;
  const k = kept[at];
  if (k === undefined || k.kind !== c.kind || k.time !== null || k.span[1] > c.span[0]) return -1;
  return NEXT_SENTENCE_GAP_RE.test(text.slice(k.span[1], c.span[0])) ? at : -1;
}

/** Longest first line read as a headline. */
const HEADLINE_MAX = 160;

/** A line that is a sentence: it ends with a full stop, or one parts it. */
const SENTENCE_LINE_RE = /[.!?]["”’)]?$|[.!?]\s+\p{Lu}/u;

/**
 * End of the text's head lines (title, dateline: "FOR IMMEDIATE RELEASE March 4, 2022", "Lavrov to hold talks with
 * Mongolian counterpart"): the lines before the first one that is a sentence, each short and none a sentence; -1 when
 * the text opens with a sentence or has no body after its head.
 */
export function headlineEnd(text: string): number {
  let end = -1;
  let at = 0;
  while (at < text.length) {
    const next = text.indexOf('\n', at);
    const line = text.slice(at, next < 0 ? text.length : next).trim();
    if (line.length > HEADLINE_MAX || SENTENCE_LINE_RE.test(line)) return end;
    if (next < 0) return -1;
    if (line !== '') end = next;
    at = next + 1;
  }
  return -1;
}

/** True when the candidate starts in the text's headline. */
function inHeadline(text: string, c: Candidate): boolean {
  return c.span[0] < headlineEnd(text);
}

/**
 * Drops repeats: a bare "the meeting"/"your visit" after an event of the same kind, an event with
 * the same kind and interval as an earlier one, an undated event with the same kind and place as
 * an earlier one, and candidates overlapping a kept one.
 */
function dedupe(text: string, candidates: readonly Candidate[]): FoundPlan[] {
  const kept: Candidate[] = [];
  const keys = new Map<Candidate, string | null>();
  for (const c of candidates) {
    if (summarisesStated(c, candidates)) continue;
    // One word ("meetings", "discussions") says neither what nor when.
    if (c.time === null && !/\s/u.test(c.what)) continue;
    if (kept.some((k) => c.span[0] < k.span[1] && k.span[0] < c.span[1] && (k.kindSpan[0] <= c.kindSpan[0] && c.kindSpan[1] <= k.span[1]))) continue;
    // "launch the Maritime Dialogue, the first meeting of which will be held within this year": one event, dated.
    const whole = kept.length === 0 ? undefined : kept[kept.length - 1];
    if (whole !== undefined && whole.time === null && c.time !== null && c.span[0] > whole.span[1] && c.span[0] - whole.span[1] <= 3
      && /^\s*,\s*$/.test(text.slice(whole.span[1], c.span[0])) && OF_WHICH_RE.test(text.slice(c.span[0], c.span[1]))) {
      kept[kept.length - 1] = { ...whole, span: [whole.span[0], c.span[1]], time: c.time, bare: false };
      continue;
    }
    // "the 57th ASEAN Foreign Ministers' Meeting (AMM) and Related Meetings in July" over its own first head, undated.
    // "the Fiji-Australia Ministerial Forum" over "the Fiji-Australia Ministerial" (an adjectival head from the same start).
    const inner = kept.findIndex((k) => k.time === null && (c.time !== null || k.span[0] === c.span[0]) && (k.kind === c.kind || k.span[0] === c.span[0]) && c.span[0] <= k.span[0] && k.span[1] <= c.span[1]);
    if (inner >= 0) {
      kept[inner] = c;
      if (c.time !== null) dropNamedRepeats(kept, inner);
      continue;
    }
    const antecedent = anaphorAntecedent(text, kept, c);
    if (antecedent >= 0) {
      // One event: stated where it is dated, described by the words that name it.
      kept[antecedent] = { ...c, what: (kept[antecedent] as Candidate).what };
      continue;
    }
    if (c.bare && c.time === null && kept.some((k) => k.kind === c.kind)) continue;
    if (c.time !== null && c.time.start !== null) {
      const at = kept.findIndex((k) => k.kind === c.kind && k.time?.start === c.time?.start && k.time?.end === c.time?.end && !namesDiffer(text, k, c));
      if (at >= 0) {
        // The same event again: the mention whose words say it is ahead ("will pay an official visit … from 21 to 23
        // March") states it; one dated by its time alone (a headline "Visit of … (March 21-23)") only names it.
        // So does the body's sentence over the headline's ("Colombia and Peru agree to hold Binational Cabinet in the
        // second half of the year" over "the VII Colombia-Peru Binational Cabinet will take place ... in the second half").
        const k = kept[at] as Candidate;
        if ((k.rule === 'plans/future-time' && c.rule !== 'plans/future-time' && !c.bare) || (inHeadline(text, k) && !inHeadline(text, c) && !c.bare)) kept[at] = c;
        continue;
      }
    }
    // "Minister Pandor to co-chair the 11th Session of the … Bi-National Commission" (a headline, undated) and "will
    // co-chair the 11th Session of the … Bi-National Commission in Abuja on the 4th of March": one named event.
    const named = namedRepeat(kept, c);
    if (named === 'drop') continue;
    if (named >= 0) {
      kept[named] = c;
      continue;
    }
    const key = cachedComplementKey(keys, c);
    if (c.time === null && key !== null && kept.some((k) => cachedComplementKey(keys, k) === key)) continue;
    // "to undertake official visit to China" (headline, undated) then "will be visiting China from 4 to 6 September".
    // A visit also replaces an undated visit whose words name its place ("Wang Yi to Visit Australia and New Zealand").
    const place = key !== null && c.kind === 'visit' ? key.slice(key.indexOf('|') + 1) : null;
    const undated = key === null || c.time === null ? -1 : kept.findIndex((k) => k.time === null
      && (cachedComplementKey(keys, k) === key || (place !== null && k.kind === 'visit' && text.slice(k.span[0], k.span[1]).toLowerCase().includes(place))));
    if (undated >= 0) {
      kept[undated] = c;
      continue;
    }
    kept.push(c);
  }
  // An undated headline ("Secretary General to visit Japan and the Republic of Korea") announces the trip the body
  // then dates ("will travel to the Republic of Korea and Japan from 29 January to 1 February").
  const out = kept.some((k) => k.rule === 'plans/headline-infinitive' && k.time === null)
    ? kept.filter((k) => k.rule !== 'plans/headline-infinitive' || k.time !== null || !kept.some((d) => d !== k && d.kind === k.kind && d.time !== null))
    : kept;
  return out.map(({ span, what, kind, time, rule, kindSpan }) => ({ span, what, kind, time, rule, kindSpan }));
}
