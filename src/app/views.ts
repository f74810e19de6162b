/**
 * What the knowledge base's queries return: the shapes every surface (CLI listings, exports, later the HTTP API)
 * reads. Storage rows are turned into these in the storage layer's repositories; surfaces never see rows.
 * Every fact keeps the evidence it came from, and every merged fact the source it came from.
 */
import type { Evidence, Issue, Level, Mode, PlanKind } from '../domain/record.ts';

/** One stored document as a source of a meeting or a plan: enough to find it again and to cite it. */
export interface SourceView {
  readonly documentId: number;
  /** The path the document was ingested from, when it came from a file; null for URLs. */
  readonly file: string | null;
  /** The URL the document was fetched from; null for files. */
  readonly url: string | null;
  readonly title: string | null;
  readonly publisher: string | null;
  /** ISO date printed on the page; null when none. */
  readonly published: string | null;
}

/** A value one source gives for a field of a merged meeting, with the words it came from. */
export interface SourcedValue<T> {
  readonly value: T;
  readonly source: SourceView;
  readonly evidence: Evidence | null;
}

/** A person taking part in a merged meeting. */
export interface ParticipantView {
  readonly personId: number;
  readonly name: string;
  readonly country: string | null;
  readonly title: string | null;
  /** One entry per source that names the person. */
  readonly mentions: readonly SourcedValue<string>[];
}

/** Why two reports were merged into one meeting (or kept apart by an analyst). */
export interface MergeExplanation {
  /** Field name -> the evidence from each side that agreed. */
  readonly matched: readonly { readonly field: string; readonly a: Evidence | null; readonly b: Evidence | null }[];
  readonly score: number;
  /** 'auto' when the linker decided; 'confirmed' or 'rejected' when an analyst did. */
  readonly decidedBy: 'auto' | 'confirmed' | 'rejected';
}

/** One meeting, merged across every source that reported it. */
export interface MeetingView {
  readonly id: number;
  /** The canonical values (the earliest-published source's, unless corrected). */
  readonly date: string | null;
  readonly level: Level | null;
  readonly mode: Mode;
  /** Sorted country/organisation codes of the sides. */
  readonly countries: readonly string[];
  readonly place: string | null;
  readonly occasion: string | null;
  readonly durationMinutes: number | null;
  readonly participants: readonly ParticipantView[];
  readonly sources: readonly SourceView[];
  /**
   * Fields where sources disagree (or an analyst corrected a value): every value with its source. Empty when all
   * sources agree.
   */
  readonly conflicts: readonly { readonly field: string; readonly values: readonly SourcedValue<unknown>[] }[];
  /** Fields set by an analyst: field -> corrected value. Shown as corrections, never mixed into extraction. */
  readonly corrections: readonly CorrectionView[];
}

export type FollowUpStatus = 'pending' | 'held' | 'overdue';

/** A planned event announced in a document, tracked until held or overdue. */
export interface PlanView {
  readonly id: number;
  readonly what: string;
  readonly kind: PlanKind;
  readonly evidence: Evidence;
  readonly whenText: string | null;
  /** ISO interval; null/null for vague or missing times; end null for open-ended. */
  readonly start: string | null;
  readonly end: string | null;
  readonly approximate: boolean;
  readonly countries: readonly string[];
  readonly people: readonly string[];
  /** The document the plan was announced in. */
  readonly source: SourceView;
  /** Date the plan was announced (the document's published date, else its meeting date). */
  readonly announced: string | null;
  readonly status: FollowUpStatus;
  /** Set when status is 'held': the meeting or document that shows the event happened, with its evidence. */
  readonly heldBy: HeldByView | null;
}

export interface HeldByView {
  /** The merged meeting that fulfilled the plan; null when only a later document's reference shows it was held. */
  readonly meetingId: number | null;
  readonly sources: readonly SourceView[];
  readonly evidence: Evidence;
  readonly matched: readonly string[];
  readonly decidedBy: 'auto' | 'confirmed';
}

/** One person across documents with the roles seen over time. */
export interface PersonView {
  readonly id: number;
  readonly name: string;
  /** Other spellings seen ("Kono Taro"). */
  readonly aliases: readonly string[];
  readonly roles: readonly { readonly title: string | null; readonly country: string | null; readonly first: string | null; readonly last: string | null }[];
  readonly meetingIds: readonly number[];
}

/** Meetings per dyad per year, by level and mode. */
export interface StatsRow {
  readonly dyad: string;
  readonly year: number | null;
  readonly level: Level | null;
  readonly mode: Mode;
  readonly meetings: number;
}

/** One full-text hit. */
export interface SearchHit {
  readonly source: SourceView;
  /** Text around the match, with the matched words between « and ». */
  readonly snippet: string;
  readonly rank: number;
}

/** An analyst's correction, stored apart from extraction output. */
export interface CorrectionView {
  readonly id: number;
  readonly createdAt: string;
  readonly target: 'meeting-field' | 'merge' | 'follow-up';
  readonly action: 'set' | 'confirm' | 'reject';
  /** For 'meeting-field': the field name. */
  readonly field: string | null;
  readonly value: unknown;
  readonly note: string | null;
}

/**
 * One meeting as `readout show` prints it: the merged view plus every field with each source's value and the words
 * it came from (`fields`), so an analyst can check each value against its evidence.
 */
export interface MeetingDetailView extends MeetingView {
  /** One entry per field (date, level, mode, countries, place, occasion, durationMinutes, ordinal), every source's value. */
  readonly fields: readonly { readonly field: string; readonly values: readonly SourcedValue<unknown>[] }[];
  /** Why each source joined the meeting: null for the first source (the one the others joined). */
  readonly merges: readonly { readonly source: SourceView; readonly explanation: MergeExplanation | null }[];
  /** Plans announced in this meeting's sources, and plans this meeting fulfilled (`heldBy.meetingId` = this id). */
  readonly plans: readonly PlanView[];
}

/** One line of a dyad's timeline: a meeting (dated by its date) or a plan (dated by its interval's start, else its announcement). */
export type TimelineEntry =
  | { readonly kind: 'meeting'; readonly date: string | null; readonly meeting: MeetingView }
  | { readonly kind: 'plan'; readonly date: string | null; readonly plan: PlanView };

/** One dyad of the Relations listing. */
export interface DyadSummary {
  /** The sides joined with `-`, in code order: "JP-RU". */
  readonly dyad: string;
  readonly countries: readonly string[];
  /** Merged meetings whose sides are exactly these. */
  readonly meetings: number;
  /** The latest dated meeting (else an undated one); null only when there are follow-ups but no meeting. */
  readonly lastMeeting: { readonly id: number; readonly date: string | null; readonly level: Level | null; readonly mode: Mode } | null;
  /** Plans concerning the dyad (as `listPlans` with `dyad` decides) that are pending / overdue as of the as-of date. */
  readonly pendingFollowUps: number;
  readonly overdueFollowUps: number;
}

/** One stored document version, without its text. */
export interface DocumentSummary {
  readonly id: number;
  readonly file: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly published: string | null;
  /** 1 for a source's first version, then 2, 3, ... */
  readonly version: number;
  /** True for the version the knowledge base shows; false for superseded versions kept for history. */
  readonly current: boolean;
  readonly format: string;
  readonly status: 'ok' | 'failed';
  /** Why extraction failed; null when it did not. */
  readonly error: string | null;
  readonly ingestedAt: string;
}

/** One stored document with its text (every evidence offset refers to it), its problems and its extracted record. */
export interface DocumentDetail extends DocumentSummary {
  readonly text: string;
  readonly issues: readonly Issue[];
  /** The record as stored (a `ReadoutRecord` without `text`); null when extraction failed. */
  readonly record: Record<string, unknown> | null;
  /** The merged meetings this document is a source of. */
  readonly meetingIds: readonly number[];
}
