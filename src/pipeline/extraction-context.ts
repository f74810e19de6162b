/**
 * The state one document's extraction builds up, stage by stage. Each stage reads what earlier stages found and
 * fills its own slots; the stage order is listed once, in `stages.ts`.
 */
import type { CountryMention, PersonMention, PlaceMention, SegmentedDoc, TimeExpression } from '../domain/mentions.ts';
import type { Evidence, Issue, Meeting, PastReference, PlannedEvent, Term } from '../domain/record.ts';

export interface Publisher {
  readonly name: string;
  /** Country (or organisation) the publisher speaks for; null when unknown. */
  readonly country: string | null;
  readonly evidence: Evidence;
}

export interface ExtractionContext {
  readonly file: string;
  readonly text: string;
  /** Title known from outside the text (HTML <title>, feed item). */
  readonly externalTitle: string | null;
  readonly externalPublisher: string | null;
  /** Published date (ISO) known from outside the text (a feed item's date); used when the page prints none. */
  readonly externalPublished: string | null;
  /** Where the document was found (an ingest's URL); null when unknown. */
  readonly externalUrl: string | null;
  doc: SegmentedDoc;
  issues: Issue[];
  title: Evidence | null;
  publisher: Publisher | null;
  /** Date printed on the page (ISO) with its evidence. */
  published: { readonly value: string; readonly evidence: Evidence } | null;
  /** Date relative expressions are resolved against: the published date, else the best explicit date in the text. */
  referenceDate: string | null;
  times: TimeExpression[];
  countries: CountryMention[];
  places: PlaceMention[];
  people: PersonMention[];
  meetings: Meeting[];
  topics: { readonly value: string; readonly evidence: Evidence }[];
  plannedEvents: PlannedEvent[];
  pastReferences: PastReference[];
  terms: Term[];
}

/** A named step of the pipeline. Stages are pure apart from writing their slots of the context. */
export interface Stage {
  readonly name: string;
  run(ctx: ExtractionContext): void;
}

/** Evidence for `text.slice(start, end)`, produced by `rule`. */
export function evidenceAt(text: string, start: number, end: number, rule: string): Evidence {
  return { text: text.slice(start, end), start, end, rule };
}

/** True when `[start, end)` lies inside one of the page-chrome ranges. */
export function inChrome(ctx: ExtractionContext, start: number, end: number): boolean {
  return ctx.doc.chrome.some(([s, e]) => start >= s && end <= e);
}
