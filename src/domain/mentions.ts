/**
 * What the stages find in a document before the record is assembled. Every mention carries its
 * span into the document text and the rule that found it.
 */
import type { Level, Span } from './record.ts';

/** A line of the document, classified by the segmenter. Offsets are into the document text. */
export interface Line {
  readonly span: Span;
  /** Offset where the content starts, after indentation and any marker ("1.", "(1)", "•", "-"). */
  readonly contentStart: number;
  readonly kind: 'blank' | 'heading' | 'paragraph' | 'list-item' | 'chrome' | 'dateline';
  /** The structural marker when present: "1.", "(1)", "•", "-", ...; null otherwise. */
  readonly marker: string | null;
}

/** A sentence inside one line (sentences never cross lines). */
export interface Sentence {
  readonly span: Span;
  /** Index into `SegmentedDoc.lines`. */
  readonly line: number;
}

export interface SegmentedDoc {
  readonly text: string;
  readonly lines: readonly Line[];
  readonly sentences: readonly Sentence[];
  /** Ranges recognised as page chrome (captions, "Back to ...", share links, footers): extractors skip them. */
  readonly chrome: readonly Span[];
}

/**
 * A time expression with the interval it denotes, per SCHEMA.md's conventions.
 * Dates are ISO `YYYY-MM-DD`.
 */
export interface TimeExpression {
  readonly span: Span;
  readonly text: string;
  /** Interval resolved for a future event (SCHEMA.md's year rule: a month earlier than the reference month is next year). */
  readonly start: string | null;
  readonly end: string | null;
  /** Interval resolved for a past event (a month later than the reference month is last year). Equal to start/end when the year is stated. */
  readonly pastStart: string | null;
  readonly pastEnd: string | null;
  /** True when the year was not written and was inferred from the reference date. */
  readonly yearImplied: boolean;
  /** "around", "about", "approximately" ... */
  readonly approximate: boolean;
  /** A vague time ("promptly", "in the near future"): start/end are null, the words are kept. */
  readonly vague: boolean;
  /** Depends on the reference date ("yesterday", "next week", "this summer", "on Tuesday"). */
  readonly relative: boolean;
  /** Granularity of what was written. */
  readonly precision: 'day' | 'days' | 'week' | 'month' | 'part-of-month' | 'months' | 'season' | 'part-of-year' | 'year' | 'open' | 'vague';
  readonly rule: string;
}

/** A country or organisation named in the text. */
export interface CountryMention {
  readonly span: Span;
  readonly text: string;
  /** ISO 3166-1 alpha-2, or an organisation code in upper case (EU, UN, ASEAN, NATO, G7, G20, ...). */
  readonly code: string;
  readonly kind: 'name' | 'official-name' | 'demonym' | 'abbreviation' | 'organisation' | 'capital';
  readonly rule: string;
}

/** A place (city or venue) named in the text. */
export interface PlaceMention {
  readonly span: Span;
  readonly text: string;
  /** Normalised name ("New York", "Da Nang"). */
  readonly name: string;
  /** Country of the place when known. */
  readonly country: string | null;
  readonly rule: string;
}

/** A person named in the text, with the title and country the text gives them. */
export interface PersonMention {
  /** Span of the name words only (no honorific, no title). */
  readonly span: Span;
  readonly text: string;
  /** Normalised full name: no honorific, no patronymic ("Sergey Lavrov"). For a short mention, the resolved full name. */
  readonly name: string;
  readonly title: { readonly text: string; readonly span: Span } | null;
  readonly country: { readonly code: string; readonly span: Span; readonly rule: string } | null;
  /** Rank implied by the title, when the title is recognised. */
  readonly level: Level | null;
  /** A short later mention ("Minister Kono", "Lavrov") resolved to an earlier full one. */
  readonly short: boolean;
  readonly rule: string;
}
