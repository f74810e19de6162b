/**
 * Scores one {@link ReadoutRecord} against its gold annotation, and sums document scores into corpus figures.
 * Pure functions: no I/O, no clock.
 *
 * Matching rules (the report header repeats them, since every figure depends on them):
 * - Accuracy fields are scored once per document. Meeting fields compare the PRIMARY meeting only
 *   (`record.meetings[0]` vs `gold.meetings[0]`). A document whose gold has no meeting is correct on every meeting
 *   field when we predict none, and wrong on every one when we predict one; gold with a meeting and no prediction is
 *   wrong on every meeting field.
 * - `published`, meeting `date`, `level`, `mode`, `durationMinutes`: exact (null equals null only).
 *   `countries`: exact set equality. `place`: exact after {@link normalisePlace}.
 *   `occasion`: equal after {@link normaliseLabel}, or word-set Jaccard >= {@link OCCASION_JACCARD}.
 * - Participants (primary meeting): a prediction may match a gold participant when their names share a name token
 *   (case and accents folded, order ignored, one-letter initials ignored). Country (exact) and title (normalised exact)
 *   are scored over matched pairs.
 * - Topics: word-set Jaccard >= {@link TOPIC_JACCARD}, or one normalised topic contains the other as whole words.
 * - Planned events and past references: a prediction may match a gold item when their evidence spans overlap in the
 *   text. Gold spans are located with `text.indexOf(evidence)` (first occurrence); a gold item whose evidence is not in
 *   the text cannot be matched and counts as a miss. Predicted spans are `provenance.evidence.start/end`.
 *   For matched planned events, "intervals exact" means start AND end both equal gold; kind is scored exactly.
 * - All matching is one-to-one and greedy by similarity (see {@link matchOneToOne}).
 */
import type { Meeting, Participant, ReadoutRecord } from '../domain/record.ts';
import type { GoldAnnotation, GoldMeeting, GoldParticipant } from './gold-reader.ts';
import {
  containsWords,
  jaccard,
  labelTokens,
  matchOneToOne,
  normaliseLabel,
  normalisePlace,
  overlapLength,
} from './text-matching.ts';

/** Minimum word-set Jaccard for two occasion names to count as the same occasion. */
export const OCCASION_JACCARD = 0.6;
/** Minimum word-set Jaccard for a predicted topic to match a gold topic (containment also matches). */
export const TOPIC_JACCARD = 0.5;

/** The fields scored as accuracy over documents, in report order. */
export const ACCURACY_FIELDS = [
  'published',
  'meeting.date',
  'meeting.level',
  'meeting.mode',
  'meeting.countries',
  'meeting.durationMinutes',
  'meeting.place',
  'meeting.occasion',
] as const;

/** One of {@link ACCURACY_FIELDS}. */
export type AccuracyField = (typeof ACCURACY_FIELDS)[number];

/** Items matched (tp), predicted without a gold match (fp), gold without a predicted match (fn). */
export interface MatchCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** `correct` out of `total` comparisons. */
export interface AccuracyCounts {
  readonly correct: number;
  readonly total: number;
}

/** A value as shown in a difference: scalars, lists of codes, or null. */
export type DiffValue = string | number | null | readonly string[];

/** Where a set-valued item comes from: the sections scored with P/R/F1. */
export type ItemSection = 'participant' | 'topic' | 'plannedEvent' | 'pastReference';

/** One way a record differs from gold. */
export type Difference =
  /** A scalar field disagrees. `subject` names the matched item for per-item fields (a participant, an event). */
  | { readonly kind: 'field'; readonly field: string; readonly subject: string | null; readonly expected: DiffValue; readonly got: DiffValue }
  /** A gold item no prediction matched. `text` is the name, topic or evidence; `note` explains unmatchable gold. */
  | { readonly kind: 'missing'; readonly section: ItemSection; readonly text: string; readonly note: string | null }
  /** A predicted item no gold item matched. */
  | { readonly kind: 'extra'; readonly section: ItemSection; readonly text: string };

/** The score of one document: what each figure counts for it, and the differences behind them. */
export interface DocumentScore {
  readonly id: string;
  /** True when the field is correct for this document. */
  readonly fields: Readonly<Record<AccuracyField, boolean>>;
  readonly participants: MatchCounts;
  /** Over matched participant pairs. */
  readonly participantCountry: AccuracyCounts;
  /** Over matched participant pairs. */
  readonly participantTitle: AccuracyCounts;
  readonly topics: MatchCounts;
  readonly plannedEvents: MatchCounts;
  /** Over matched planned-event pairs: start and end both equal gold. */
  readonly plannedIntervals: AccuracyCounts;
  /** Over matched planned-event pairs. */
  readonly plannedKind: AccuracyCounts;
  readonly pastReferences: MatchCounts;
  readonly differences: readonly Difference[];
}

/** Compares `record` with the gold annotation of the same document. `text` is the document text gold refers to. */
export function scoreDocument(id: string, text: string, record: ReadoutRecord, gold: GoldAnnotation): DocumentScore {
  const differences: Difference[] = [];
  const field = (name: string, subject: string | null, expected: DiffValue, got: DiffValue, equal: boolean): boolean => {
    if (!equal) differences.push({ kind: 'field', field: name, subject, expected, got });
    return equal;
  };

  const published = field('published', null, gold.published, record.published, record.published === gold.published);
  const meetingFields = scoreMeeting(record.meetings[0], gold.meetings[0], differences);
  const participants = scoreParticipants(
    record.meetings[0]?.participants ?? [],
    gold.meetings[0]?.participants ?? [],
    differences,
  );
  const topics = scoreTopics(record.topics, gold.topics, differences);
  const planned = scorePlannedEvents(text, record, gold, differences);
  const pastReferences = scoreSpans(
    'pastReference',
    text,
    record.pastReferences.map((r) => r.provenance.evidence),
    gold.pastReferences.map((r) => r.evidence),
    differences,
  ).counts;

  return {
    id,
    fields: { published, ...meetingFields },
    participants: participants.counts,
    participantCountry: participants.country,
    participantTitle: participants.title,
    topics,
    plannedEvents: planned.counts,
    plannedIntervals: planned.intervals,
    plannedKind: planned.kind,
    pastReferences,
    differences,
  };
}

type MeetingField = Exclude<AccuracyField, 'published'>;

function scoreMeeting(
  predicted: Meeting | undefined,
  gold: GoldMeeting | undefined,
  differences: Difference[],
): Record<MeetingField, boolean> {
  if (predicted === undefined || gold === undefined) {
    const bothAbsent = predicted === undefined && gold === undefined;
    if (!bothAbsent) {
      differences.push({
        kind: 'field',
        field: 'meeting',
        subject: null,
        expected: gold === undefined ? '(no meeting)' : describeMeeting(gold),
        got: predicted === undefined ? '(no meeting)' : describeMeeting(predicted),
      });
    }
    return {
      'meeting.date': bothAbsent,
      'meeting.level': bothAbsent,
      'meeting.mode': bothAbsent,
      'meeting.countries': bothAbsent,
      'meeting.durationMinutes': bothAbsent,
      'meeting.place': bothAbsent,
      'meeting.occasion': bothAbsent,
    };
  }

  const check = (name: MeetingField, expected: DiffValue, got: DiffValue, equal: boolean): boolean => {
    if (!equal) differences.push({ kind: 'field', field: name, subject: null, expected, got });
    return equal;
  };
  return {
    'meeting.date': check('meeting.date', gold.date, predicted.date, predicted.date === gold.date),
    'meeting.level': check('meeting.level', gold.level, predicted.level, predicted.level === gold.level),
    'meeting.mode': check('meeting.mode', gold.mode, predicted.mode, predicted.mode === gold.mode),
    'meeting.countries': check(
      'meeting.countries',
      gold.countries,
      predicted.countries,
      sameSet(predicted.countries, gold.countries),
    ),
    'meeting.durationMinutes': check(
      'meeting.durationMinutes',
      gold.durationMinutes,
      predicted.durationMinutes,
      predicted.durationMinutes === gold.durationMinutes,
    ),
    'meeting.place': check('meeting.place', gold.place, predicted.place, samePlace(predicted.place, gold.place)),
    'meeting.occasion': check(
      'meeting.occasion',
      gold.occasion,
      predicted.occasion,
      sameOccasion(predicted.occasion, gold.occasion),
    ),
  };
}

/** Exact set equality (order and repeats ignored). */
export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const setA = new Set(a);
  const setB = new Set(b);
  return setA.size === setB.size && [...setA].every((x) => setB.has(x));
}

/** Places are equal when both are null, or equal after {@link normalisePlace} (case, punctuation, a leading "the"). */
export function samePlace(predicted: string | null, gold: string | null): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  return normalisePlace(predicted) === normalisePlace(gold);
}

/**
 * Occasions are equal when both are null, equal after {@link normaliseLabel}, or when their word sets have a
 * Jaccard index of at least {@link OCCASION_JACCARD} (occasion names vary in wording: "APEC Economic Leaders’
 * Meeting" vs "APEC Leaders’ Meeting").
 */
export function sameOccasion(predicted: string | null, gold: string | null): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  if (normaliseLabel(predicted) === normaliseLabel(gold)) return true;
  return jaccard(labelTokens(predicted), labelTokens(gold)) >= OCCASION_JACCARD;
}

/** A predicted topic matches a gold topic: word-set Jaccard >= {@link TOPIC_JACCARD}, or whole-word containment. */
export function topicsMatch(predicted: string, gold: string): boolean {
  return (
    jaccard(labelTokens(predicted), labelTokens(gold)) >= TOPIC_JACCARD ||
    containsWords(predicted, gold) ||
    containsWords(gold, predicted)
  );
}

/** Name tokens for matching people: folded words of the name, one-letter initials ("J." in "Antony J. Blinken") dropped. */
export function nameTokens(name: string): ReadonlySet<string> {
  return new Set([...labelTokens(name)].filter((token) => token.length > 1));
}

/** Titles are equal when both are null, or equal after {@link normaliseLabel}. */
export function sameTitle(predicted: string | null, gold: string | null): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  return normaliseLabel(predicted) === normaliseLabel(gold);
}

function scoreParticipants(
  predicted: readonly Participant[],
  gold: readonly GoldParticipant[],
  differences: Difference[],
): { counts: MatchCounts; country: AccuracyCounts; title: AccuracyCounts } {
  const predictedTokens = predicted.map((p) => nameTokens(p.name));
  const goldTokens = gold.map((g) => nameTokens(g.name));
  // Jaccard of the name tokens is positive exactly when a token is shared, and prefers the closer name on ties.
  const match = matchOneToOne(predicted.length, gold.length, (p, g) => jaccard(predictedTokens[p]!, goldTokens[g]!));

  let countryCorrect = 0;
  let titleCorrect = 0;
  for (const pair of match.pairs) {
    const p = predicted[pair.predicted]!;
    const g = gold[pair.gold]!;
    const subject = g.name === p.name ? g.name : `${g.name} / ${p.name}`;
    if (p.country === g.country) countryCorrect += 1;
    else differences.push({ kind: 'field', field: 'participant.country', subject, expected: g.country, got: p.country });
    if (sameTitle(p.title, g.title)) titleCorrect += 1;
    else differences.push({ kind: 'field', field: 'participant.title', subject, expected: g.title, got: p.title });
  }
  for (const g of match.unmatchedGold) differences.push({ kind: 'missing', section: 'participant', text: gold[g]!.name, note: null });
  for (const p of match.unmatchedPredicted) differences.push({ kind: 'extra', section: 'participant', text: predicted[p]!.name });

  return {
    counts: countsOf(match),
    country: { correct: countryCorrect, total: match.pairs.length },
    title: { correct: titleCorrect, total: match.pairs.length },
  };
}

function scoreTopics(predicted: readonly string[], gold: readonly string[], differences: Difference[]): MatchCounts {
  const match = matchOneToOne(predicted.length, gold.length, (p, g) => {
    const a = predicted[p]!;
    const b = gold[g]!;
    // Eligible pairs always share a word, so their Jaccard is positive and orders the greedy choice.
    return topicsMatch(a, b) ? jaccard(labelTokens(a), labelTokens(b)) : 0;
  });
  for (const g of match.unmatchedGold) differences.push({ kind: 'missing', section: 'topic', text: gold[g]!, note: null });
  for (const p of match.unmatchedPredicted) differences.push({ kind: 'extra', section: 'topic', text: predicted[p]! });
  return countsOf(match);
}

function scorePlannedEvents(
  text: string,
  record: ReadoutRecord,
  gold: GoldAnnotation,
  differences: Difference[],
): { counts: MatchCounts; intervals: AccuracyCounts; kind: AccuracyCounts } {
  const predicted = record.plannedEvents;
  const { counts, pairs } = scoreSpans(
    'plannedEvent',
    text,
    predicted.map((e) => e.provenance.evidence),
    gold.plannedEvents.map((e) => e.evidence),
    differences,
  );
  let intervalsExact = 0;
  let kindCorrect = 0;
  for (const pair of pairs) {
    const p = predicted[pair.predicted]!;
    const g = gold.plannedEvents[pair.gold]!;
    const subject = g.evidence;
    if (p.start === g.start && p.end === g.end) intervalsExact += 1;
    else differences.push({ kind: 'field', field: 'plannedEvent.interval', subject, expected: interval(g.start, g.end), got: interval(p.start, p.end) });
    if (p.kind === g.kind) kindCorrect += 1;
    else differences.push({ kind: 'field', field: 'plannedEvent.kind', subject, expected: g.kind, got: p.kind });
  }
  return {
    counts,
    intervals: { correct: intervalsExact, total: pairs.length },
    kind: { correct: kindCorrect, total: pairs.length },
  };
}

/**
 * Matches predicted evidence spans to gold evidence strings by overlap in `text`, one-to-one, largest overlap first.
 * Records unmatched items in `differences`.
 */
function scoreSpans(
  section: 'plannedEvent' | 'pastReference',
  text: string,
  predicted: readonly { readonly text: string; readonly start: number; readonly end: number }[],
  gold: readonly string[],
  differences: Difference[],
): { counts: MatchCounts; pairs: readonly { predicted: number; gold: number }[] } {
  const goldSpans = gold.map((evidence) => locateEvidence(text, evidence));
  const match = matchOneToOne(predicted.length, gold.length, (p, g) => {
    const goldSpan = goldSpans[g];
    const span = predicted[p]!;
    return goldSpan === undefined || goldSpan === null ? 0 : overlapLength([span.start, span.end], goldSpan);
  });
  for (const g of match.unmatchedGold) {
    const note = goldSpans[g] === null ? 'gold evidence not found in the text' : null;
    differences.push({ kind: 'missing', section, text: gold[g]!, note });
  }
  for (const p of match.unmatchedPredicted) differences.push({ kind: 'extra', section, text: predicted[p]!.text });
  return { counts: countsOf(match), pairs: match.pairs };
}

/** The span `[start, end)` of the first occurrence of `evidence` in `text`; null when it does not occur. */
export function locateEvidence(text: string, evidence: string): [number, number] | null {
  const start = text.indexOf(evidence);
  return start < 0 ? null : [start, start + evidence.length];
}

function countsOf(match: { pairs: readonly unknown[]; unmatchedPredicted: readonly unknown[]; unmatchedGold: readonly unknown[] }): MatchCounts {
  return { tp: match.pairs.length, fp: match.unmatchedPredicted.length, fn: match.unmatchedGold.length };
}

function interval(start: string | null, end: string | null): string {
  return `${start ?? 'null'} .. ${end ?? 'null'}`;
}

function describeMeeting(m: Pick<GoldMeeting, 'date' | 'mode' | 'countries'>): string {
  return `${m.mode} meeting ${m.countries.join('-') || '?'} on ${m.date ?? '?'}`;
}

/** Sums of document scores; {@link computeFigures} turns them into rates. */
export type ScoreTotals = Omit<DocumentScore, 'id' | 'fields' | 'differences'> & {
  readonly documents: number;
  readonly fields: Readonly<Record<AccuracyField, AccuracyCounts>>;
};

/** Totals for zero documents. */
export function emptyTotals(): ScoreTotals {
  const noAccuracy = { correct: 0, total: 0 };
  const noMatches = { tp: 0, fp: 0, fn: 0 };
  return {
    documents: 0,
    fields: Object.fromEntries(ACCURACY_FIELDS.map((f) => [f, noAccuracy])) as Record<AccuracyField, AccuracyCounts>,
    participants: noMatches,
    participantCountry: noAccuracy,
    participantTitle: noAccuracy,
    topics: noMatches,
    plannedEvents: noMatches,
    plannedIntervals: noAccuracy,
    plannedKind: noAccuracy,
    pastReferences: noMatches,
  };
}

/** `totals` with one more document added (micro-averaging: counts are summed, rates computed at the end). */
export function addToTotals(totals: ScoreTotals, score: DocumentScore): ScoreTotals {
  return {
    documents: totals.documents + 1,
    fields: Object.fromEntries(
      ACCURACY_FIELDS.map((f) => [f, addAccuracy(totals.fields[f], { correct: score.fields[f] ? 1 : 0, total: 1 })]),
    ) as Record<AccuracyField, AccuracyCounts>,
    participants: addMatches(totals.participants, score.participants),
    participantCountry: addAccuracy(totals.participantCountry, score.participantCountry),
    participantTitle: addAccuracy(totals.participantTitle, score.participantTitle),
    topics: addMatches(totals.topics, score.topics),
    plannedEvents: addMatches(totals.plannedEvents, score.plannedEvents),
    plannedIntervals: addAccuracy(totals.plannedIntervals, score.plannedIntervals),
    plannedKind: addAccuracy(totals.plannedKind, score.plannedKind),
    pastReferences: addMatches(totals.pastReferences, score.pastReferences),
  };
}

function addAccuracy(a: AccuracyCounts, b: AccuracyCounts): AccuracyCounts {
  return { correct: a.correct + b.correct, total: a.total + b.total };
}

function addMatches(a: MatchCounts, b: MatchCounts): MatchCounts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/** An accuracy with its counts. `value` is `correct / total`, or null when nothing was compared (total 0). */
export interface AccuracyFigure extends AccuracyCounts {
  readonly value: number | null;
}

/**
 * Precision, recall and F1 with their counts. Each rate is null when its denominator is 0: precision when nothing
 * was predicted, recall when gold has nothing, F1 when neither has anything.
 */
export interface MatchFigure extends MatchCounts {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

/** The corpus-level figures (micro-averaged over documents). */
export interface EvalFigures {
  readonly documents: number;
  readonly fields: Readonly<Record<AccuracyField, AccuracyFigure>>;
  readonly participants: MatchFigure;
  readonly participantCountry: AccuracyFigure;
  readonly participantTitle: AccuracyFigure;
  readonly topics: MatchFigure;
  readonly plannedEvents: MatchFigure;
  readonly plannedIntervals: AccuracyFigure;
  readonly plannedKind: AccuracyFigure;
  readonly pastReferences: MatchFigure;
}

/** Rates from summed counts. */
export function computeFigures(totals: ScoreTotals): EvalFigures {
  return {
    documents: totals.documents,
    fields: Object.fromEntries(ACCURACY_FIELDS.map((f) => [f, accuracyFigure(totals.fields[f])])) as Record<
      AccuracyField,
      AccuracyFigure
    >,
    participants: matchFigure(totals.participants),
    participantCountry: accuracyFigure(totals.participantCountry),
    participantTitle: accuracyFigure(totals.participantTitle),
    topics: matchFigure(totals.topics),
    plannedEvents: matchFigure(totals.plannedEvents),
    plannedIntervals: accuracyFigure(totals.plannedIntervals),
    plannedKind: accuracyFigure(totals.plannedKind),
    pastReferences: matchFigure(totals.pastReferences),
  };
}

/** Sums `scores` and computes the figures. */
export function aggregateScores(scores: Iterable<DocumentScore>): EvalFigures {
  let totals = emptyTotals();
  for (const score of scores) totals = addToTotals(totals, score);
  return computeFigures(totals);
}

function accuracyFigure(counts: AccuracyCounts): AccuracyFigure {
  return { ...counts, value: ratio(counts.correct, counts.total) };
}

function matchFigure(counts: MatchCounts): MatchFigure {
  const precision = ratio(counts.tp, counts.tp + counts.fp);
  const recall = ratio(counts.tp, counts.tp + counts.fn);
  // 2tp / (2tp + fp + fn) is the harmonic mean of P and R where both exist, and 0 (not undefined) when tp = 0.
  const f1 = ratio(2 * counts.tp, 2 * counts.tp + counts.fp + counts.fn);
  return { ...counts, precision, recall, f1 };
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
