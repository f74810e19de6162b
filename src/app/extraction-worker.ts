/**
 * Worker-thread side of {@link ExtractionPool}: receives `{ id, input, link? }`, runs `extractRecord`, and answers
 * with the record without its text (the caller has the text already) or the error message; with `link`, with the
 * record's stored JSON instead, and its held candidates for the link step (`linkInputsOf`).
 *
 * Requests that arrive together (an ingest batch sends a few hundred at once) are extracted together, stage by stage
 * (`extractRecords`), up to {@link MAX_BATCH} at a time.
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { UnboundHeldCandidate } from '../linking/follow-up-match.ts';
import { extractRecords, type ExtractInput, type ExtractOutcome } from '../pipeline/extract.ts';
import { recordJson } from '../storage/document-repository.ts';
import { linkInputsOf } from './extraction-pool.ts';

/** How much lower than the process the extraction threads run (a nice value, added). */
const EXTRACTION_NICENESS = 10;

/** A request from the pool. */
export interface ExtractionRequest {
  readonly id: number;
  readonly input: ExtractInput;
  /** Set when the link inputs are wanted: the published date known from outside the text. */
  readonly link?: { readonly published: string | null };
}

/** A reply to the pool: `record` (without `text`), or for a link request its `recordJson` and held candidates; or `error`. */
export type ExtractionReply =
  | { readonly id: number; readonly record: unknown; readonly error?: undefined; readonly recordJson?: undefined }
  | { readonly id: number; readonly recordJson: string; readonly heldCandidates?: readonly UnboundHeldCandidate[]; readonly error?: undefined }
  | { readonly id: number; readonly error: string };

// Below the writing thread: a batch ingest is bound by its one writer, which must not wait for a core while
// extraction, done ahead of it anyway, takes both. (Linux keeps a nice value per thread: this thread only.)
try {
  setPriority(EXTRACTION_NICENESS);
} catch {
  // Not permitted here: extraction keeps the process's priority.
}

/** Most requests extracted together: enough to keep each stage's code and tables in cache, few enough that replies flow. */
const MAX_BATCH = 32;

const queue: ExtractionRequest[] = [];
let scheduled = false;

parentPort?.on('message', (request: ExtractionRequest) => {
  queue.push(request);
  if (!scheduled) {
    scheduled = true;
    // After the messages already waiting have arrived: they join this batch.
    setImmediate(drain);
  }
});

function drain(): void {
  scheduled = false;
  const batch = queue.splice(0, MAX_BATCH);
  const outcomes = extractRecords(batch.map((r) => r.input));
  batch.forEach((request, i) => parentPort!.postMessage(replyTo(request, outcomes[i]!)));
  if (queue.length > 0) {
    scheduled = true;
    setImmediate(drain);
  }
}

function replyTo(request: ExtractionRequest, outcome: ExtractOutcome): ExtractionReply {
  try {
    if (!outcome.ok) throw outcome.error;
    const full = outcome.record;
    let heldCandidates: UnboundHeldCandidate[] | undefined;
    // The link step computes them itself when this fails: never fail the extraction for it.
    try { heldCandidates = request.link === undefined ? undefined : linkInputsOf(full, request.input, request.link.published); } catch { heldCandidates = undefined; }
    if (request.link === undefined) {
      const { text: _text, ...record } = full;
      return { id: request.id, record };
    }
    // For storing: only the record's stored JSON, serialised here rather than in the one writing thread, which parses
    // it back (no dearer than receiving the record object) and so holds the record exactly as the link step reads it.
    return { id: request.id, recordJson: recordJson(full), ...(heldCandidates === undefined ? {} : { heldCandidates }) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}
