/**
 * What happened to each input of an ingest batch, and the tally a batch ends with. Shared by the ingest use case
 * (which produces outcomes) and the surfaces (which show progress and the summary).
 */

/**
 * - `added`: a document not stored before.
 * - `updated`: new content at a known URL or path, stored as a new version (the old one kept).
 * - `unchanged`: the same content was already stored; nothing written.
 * - `failed`: the input could not be read, fetched or stored.
 */
export type IngestStatus = 'added' | 'updated' | 'unchanged' | 'failed';

/** The result of ingesting one input: a file path, a URL, or one item of a feed. */
export type IngestOutcome =
  | {
      /** The path or URL as given, or the item's link for a feed item. */
      readonly input: string;
      readonly status: 'added' | 'updated' | 'unchanged';
      /** The stored document (for `unchanged`, the one already there). */
      readonly documentId?: number;
      /** The feed or directory the input was found through, when it was not given directly. */
      readonly via?: string;
    }
  | {
      readonly input: string;
      readonly status: 'failed';
      /** Short human-readable reason, e.g. `HTTP 404 Not Found`, `binary file (not a text or HTML document)`. */
      readonly reason: string;
      /** Set when the document was stored with its error (e.g. extraction failed) rather than lost. */
      readonly documentId?: number;
      readonly via?: string;
    };

/** One failed input and why. */
export interface IngestFailure {
  readonly input: string;
  readonly reason: string;
  readonly via?: string;
}

/** Counts of a batch by status, and every failure in the order it happened. Grows as outcomes are added. */
export interface IngestSummary {
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  readonly failures: IngestFailure[];
}

/** A summary with nothing counted yet. */
export function emptyIngestSummary(): IngestSummary {
  return { added: 0, updated: 0, unchanged: 0, failed: 0, failures: [] };
}

/** Count `outcome` into `summary` (in place: a batch of 100,000 inputs keeps only counts and failures). */
export function addIngestOutcome(summary: IngestSummary, outcome: IngestOutcome): void {
  summary[outcome.status]++;
  if (outcome.status === 'failed') {
    summary.failures.push(outcome.via === undefined
      ? { input: outcome.input, reason: outcome.reason }
      : { input: outcome.input, reason: outcome.reason, via: outcome.via });
  }
}

/** The summary of a finished list of outcomes. */
export function summarizeIngestOutcomes(outcomes: Iterable<IngestOutcome>): IngestSummary {
  const summary = emptyIngestSummary();
  for (const outcome of outcomes) addIngestOutcome(summary, outcome);
  return summary;
}
