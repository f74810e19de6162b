/**
 * Extraction for ingest and reprocess: inline in this thread, or spread over worker threads (extraction is
 * CPU-bound, about a millisecond per readout; the database writer stays single, in the calling thread).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReadoutRecord } from '../domain/record.ts';
import type { StoredRecord } from '../linking/link-document.ts';
import { extractRecord, type ExtractInput } from '../pipeline/extract.ts';
import { HELD_CANDIDATE_MAX_SPAN_DAYS, precomputeHeldCandidates, type UnboundHeldCandidate } from '../linking/follow-up-match.ts';
import type { ExtractionReply } from './extraction-worker.ts';

/** Turns documents into records. `extract` rejects with the extractor's error when it throws. */
export interface RecordExtractor {
  extract(input: ExtractInput): Promise<ReadoutRecord>;
  /**
   * `extract`, plus what the link step computes from the record alone (its held candidates), so that work is done
   * where extraction runs rather than in the writing thread. `published` is the date known from outside the text.
   */
  extractForLink?(input: ExtractInput, published: string | null): Promise<ExtractedForLink>;
  /** Stops any threads; the extractor cannot be used afterwards. */
  close(): Promise<void>;
}

/** A record with its link inputs (see `RecordExtractor.extractForLink`). */
export interface ExtractedForLink {
  readonly record: ReadoutRecord;
  /** Null when they could not be computed (the link step then computes them). */
  readonly heldCandidates: readonly UnboundHeldCandidate[] | null;
  /** The record's stored JSON (`recordJson`), when serialised where it was extracted; else storing serialises it. */
  readonly recordJson?: string;
  /** `recordJson` parsed, when it was given: the record exactly as the link step reads a stored one (no text). */
  readonly stored?: StoredRecord;
}

/** The held candidates of a document extracted from `input` (metadata as the stored document row will have it). */
export function linkInputsOf(record: ReadoutRecord, input: ExtractInput, published: string | null): UnboundHeldCandidate[] {
  return precomputeHeldCandidates({
    published: record.published ?? published, publisher: record.publisher ?? input.publisher ?? null, url: input.url ?? null, record,
  }, HELD_CANDIDATE_MAX_SPAN_DAYS);
}

/** Extraction in the calling thread. */
export function inlineExtractor(): RecordExtractor {
  return {
    extract: async (input) => extractRecord(input),
    extractForLink: async (input, published) => {
      const record = extractRecord(input);
      let heldCandidates: UnboundHeldCandidate[] | null = null;
      try { heldCandidates = linkInputsOf(record, input, published); } catch { heldCandidates = null; }
      return { record, heldCandidates };
    },
    close: async () => {},
  };
}

/** Error thrown by a worker's extractor, carried back with its message. */
export class ExtractionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractionError';
  }
}

/** Default number of extraction threads: one per core, at most 8. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

/**
 * A pool of `size` worker threads running `extractRecord`. Each request goes to the worker with the fewest in
 * flight. A worker that dies fails its pending requests and is replaced.
 */
export function extractionPool(size: number = defaultWorkerCount()): RecordExtractor {
  interface Slot { worker: Worker; pending: Map<number, { input: ExtractInput; resolve: (r: ExtractedForLink) => void; reject: (e: Error) => void }> }
  let nextId = 0;
  let closed = false;
  const slots: Slot[] = [];

  const start = (): Slot => {
    const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, execArgv: workerExecArgv() });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (reply: ExtractionReply) => {
      const job = slot.pending.get(reply.id);
      if (job === undefined) return;
      slot.pending.delete(reply.id);
      if (reply.error !== undefined) job.reject(new ExtractionError(reply.error));
      else if (reply.recordJson === undefined) {
        job.resolve({ record: { ...(reply.record as Omit<ReadoutRecord, 'text'>), text: job.input.text }, heldCandidates: null });
      } else {
        const stored = JSON.parse(reply.recordJson) as StoredRecord;
        job.resolve({ record: { ...stored, text: job.input.text } as ReadoutRecord, heldCandidates: reply.heldCandidates ?? null, recordJson: reply.recordJson, stored });
      }
    });
    const fail = (error: Error): void => {
      for (const job of slot.pending.values()) job.reject(new ExtractionError(`extraction worker stopped: ${error.message}`));
      slot.pending.clear();
      const at = slots.indexOf(slot);
      if (at >= 0 && !closed) slots[at] = start();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => { if (!closed && code !== 0) fail(new Error(`exit code ${code}`)); });
    return slot;
  };
  for (let i = 0; i < size; i++) slots.push(start());

  const send = (input: ExtractInput, link: { published: string | null } | undefined): Promise<ExtractedForLink> => {
    if (closed) return Promise.reject(new Error('extraction pool closed'));
    let slot = slots[0]!;
    for (const s of slots) if (s.pending.size < slot.pending.size) slot = s;
    const id = nextId++;
    return new Promise<ExtractedForLink>((resolve, reject) => {
      slot.pending.set(id, { input, resolve, reject });
      slot.worker.postMessage({ id, input, link });
    });
  };

  return {
    extract: async (input) => (await send(input, undefined)).record,
    extractForLink: (input, published) => send(input, { published }),
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/**
 * Worker threads must load TypeScript too, and Node 20 does not apply the parent's `--import tsx` hooks to them: the
 * worker registers tsx's loader itself (found from this package, whatever the working directory), then imports the
 * worker module.
 */
const WORKER_BOOTSTRAP = `
  import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
    .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./extraction-worker.ts', import.meta.url).href)}); });
`;

/**
 * The parent's Node options minus the test runner's, which a worker must not inherit; undefined (inherit them all)
 * when there is none. A list given to a worker may hold only per-thread Node options: V8 flags such as
 * `--no-regexp-tier-up` (which `npm run bench` and `start` pass) are refused there, but they are process-wide and so
 * already apply to the worker, and are dropped with the test runner's.
 */
function workerExecArgv(): string[] | undefined {
  const argv = process.execArgv;
  if (!argv.some((a) => a.startsWith('--test'))) return undefined;
  const kept: string[] = [];
  let keepValue = false;
  for (const arg of argv) {
    if (!arg.startsWith('-')) {
      if (keepValue) kept.push(arg);
      keepValue = false;
      continue;
    }
    const name = arg.split('=', 1)[0]!;
    const keep = !name.startsWith('--test') && process.allowedNodeEnvironmentFlags.has(name) && !V8_FLAG.test(name);
    if (keep) kept.push(arg);
    keepValue = keep && !arg.includes('=');
  }
  return kept;
}

/** V8 options Node accepts in NODE_OPTIONS but a worker's own option list refuses. */
const V8_FLAG = /^--(?:max-old-space-size|max-semi-space-size|stack-trace-limit|expose-gc|jitless|perf-|interpreted-frames-native-stack|huge-max-old-generation-size|abort-on-uncaught-exception|disallow-code-generation-from-strings)/;
