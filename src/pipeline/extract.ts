/**
 * The extractor's entry point: one document in, one record out. Stages run in the order `stages.ts` lists.
 */
import type { Issue, ReadoutRecord } from '../domain/record.ts';
import type { ExtractionContext } from './extraction-context.ts';
import { STAGES } from './stages.ts';

/** One document to extract. `text` is the document text all offsets in the record refer to. */
export interface ExtractInput {
  readonly file: string;
  readonly text: string;
  /** A title known from outside the text (HTML <title>, a feed item); null when unknown. */
  readonly title?: string | null;
  /** Publisher known from outside the text (feed, gold metadata); null when unknown. */
  readonly publisher?: string | null;
  /** Where the document was found; null when unknown. */
  readonly url?: string | null;
  /** Problems already found while reading the input (encoding fallback, empty file). */
  readonly issues?: readonly Issue[];
}

/** Runs every stage over the document. Pure: the same input always gives the same record. */
export function extractRecord(input: ExtractInput): ReadoutRecord {
  const ctx: ExtractionContext = {
    file: input.file,
    text: input.text,
    externalTitle: input.title ?? null,
    externalPublisher: input.publisher ?? null,
    doc: { text: input.text, lines: [], sentences: [], chrome: [] },
    issues: [...(input.issues ?? [])],
    title: null,
    publisher: null,
    published: null,
    referenceDate: null,
    times: [],
    countries: [],
    places: [],
    people: [],
    meetings: [],
    topics: [],
    plannedEvents: [],
    pastReferences: [],
    terms: [],
  };
  for (const stage of STAGES) stage.run(ctx);
  return {
    file: ctx.file,
    title: ctx.title?.text ?? ctx.externalTitle,
    publisher: ctx.publisher?.name ?? ctx.externalPublisher,
    published: ctx.published?.value ?? null,
    meetings: ctx.meetings,
    topics: ctx.topics.map((t) => t.value),
    plannedEvents: ctx.plannedEvents,
    pastReferences: ctx.pastReferences,
    terms: ctx.terms,
    issues: ctx.issues,
    provenance: {
      title: ctx.title,
      publisher: ctx.publisher?.evidence ?? null,
      published: ctx.published?.evidence ?? null,
      topics: ctx.topics.map((t) => t.evidence),
    },
    text: ctx.text,
  };
}
