/**
 * The extractor's entry point: one document in, one record out.
 * (Being assembled: stages are wired in `stages.ts`.)
 */
import type { ReadoutRecord } from '../domain/record.ts';

/** One document to extract. `text` is the document text all offsets in the record refer to. */
export interface ExtractInput {
  readonly file: string;
  readonly text: string;
  /** A title known from outside the text (HTML <title>, a feed item); null when unknown. */
  readonly title?: string | null;
  /** Publisher known from outside the text (feed, URL host); null when unknown. */
  readonly publisher?: string | null;
}

export function extractRecord(input: ExtractInput): ReadoutRecord {
  throw new Error(`extractRecord not wired yet for ${input.file}`);
}
