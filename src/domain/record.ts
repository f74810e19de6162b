/**
 * The record Readout produces for one document. Field names and value conventions follow
 * `shared/corpus/SCHEMA.md`, so a record can be compared with a gold annotation field by field.
 * Every value carries its provenance: see {@link Evidence}.
 */

/** Half-open character range `[start, end)` into the document text (UTF-16 code units, as JS strings index). */
export type Span = readonly [start: number, end: number];

/** Where a value came from: the exact source words, their offsets in the document text, and the rule that produced it. */
export interface Evidence {
  /** The exact substring `text.slice(start, end)` of the document text. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Name of the rule or extractor that produced the value, e.g. `dates/part-of-month`. */
  readonly rule: string;
  /**
   * Set to `'metadata'` when the value came from the document's source metadata (the publisher or URL an ingest
   * knows: a feed, a gold file's `publisher` field) instead of its text: `text` is then that metadata value and
   * `start`/`end` are 0. Absent for evidence in the text.
   */
  readonly origin?: 'metadata';
}

/** A problem found in a document: collected and shown, never thrown. */
export interface Issue {
  /** Stable machine code, e.g. `truncated`, `empty`, `binary`, `not_a_readout`, `encoding_replaced`. */
  readonly code: string;
  readonly message: string;
  readonly span: Span | null;
}

export type Level = 'leader' | 'foreign-minister' | 'minister' | 'vice-minister' | 'senior-official' | 'other';
export type Mode = 'in-person' | 'telephone' | 'video';
export type PlanKind = 'meeting' | 'visit' | 'dialogue' | 'survey' | 'mission' | 'signing' | 'other';

export interface Participant {
  /** Full name as commonly written in English, no honorifics or patronymic. */
  readonly name: string;
  /** ISO 3166-1 alpha-2 code, or an organisation code (EU, UN, ...); null when unknown. */
  readonly country: string | null;
  readonly title: string | null;
  readonly provenance: { readonly name: Evidence; readonly country: Evidence | null; readonly title: Evidence | null };
}

export interface Meeting {
  /** ISO date (local date where it happened); null when the text does not determine it. */
  readonly date: string | null;
  readonly level: Level | null;
  readonly mode: Mode;
  /** Sorted ISO alpha-2 codes (or organisation codes) of the sides that met. */
  readonly countries: readonly string[];
  readonly participants: readonly Participant[];
  readonly durationMinutes: number | null;
  readonly place: string | null;
  readonly occasion: string | null;
  /** The ordinal when stated ("second" -> 2, "20th" -> 20). */
  readonly ordinal: number | null;
  readonly provenance: {
    readonly date: Evidence | null;
    readonly level: Evidence | null;
    readonly mode: Evidence | null;
    /** One evidence per entry of `countries`, in the same order. */
    readonly countries: readonly Evidence[];
    /** Every part that was summed into `durationMinutes`. */
    readonly durationMinutes: readonly Evidence[];
    readonly place: Evidence | null;
    readonly occasion: Evidence | null;
    readonly ordinal: Evidence | null;
  };
}

export interface PlannedEvent {
  /** Short description of the event, built from the evidence words. */
  readonly what: string;
  /** The exact substring of the text that states the event (and its time, when given). */
  readonly evidence: string;
  /** The time expression as written; null when none. */
  readonly whenText: string | null;
  /** ISO interval the time expression denotes; null/null for vague or missing times; end null for open-ended. */
  readonly start: string | null;
  readonly end: string | null;
  readonly kind: PlanKind;
  /** True for "around"/"about"/"approximately" times. */
  readonly approximate: boolean;
  readonly countries: readonly string[];
  readonly people: readonly string[];
  readonly provenance: { readonly evidence: Evidence; readonly when: Evidence | null; readonly kind: Evidence };
}

export interface PastReference {
  readonly what: string;
  readonly evidence: string;
  readonly provenance: { readonly evidence: Evidence };
}

export interface Term {
  /** The foreign-language term as written. */
  readonly term: string;
  /** The English gloss it explains. */
  readonly gloss: string | null;
  readonly abbreviation: string | null;
  readonly provenance: { readonly term: Evidence; readonly gloss: Evidence | null; readonly abbreviation: Evidence | null };
}

export interface ReadoutRecord {
  readonly file: string;
  readonly title: string | null;
  readonly publisher: string | null;
  /** ISO date printed on the page; null when none. */
  readonly published: string | null;
  readonly meetings: readonly Meeting[];
  readonly topics: readonly string[];
  readonly plannedEvents: readonly PlannedEvent[];
  readonly pastReferences: readonly PastReference[];
  readonly terms: readonly Term[];
  readonly issues: readonly Issue[];
  readonly provenance: {
    readonly title: Evidence | null;
    readonly publisher: Evidence | null;
    readonly published: Evidence | null;
    /** One evidence per entry of `topics`. */
    readonly topics: readonly Evidence[];
  };
  /** The document text all offsets refer to (for HTML: the cleaned text). */
  readonly text: string;
}
