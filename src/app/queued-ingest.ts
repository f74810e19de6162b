/**
 * `ingest --queue`: the same inputs as the ingest use case, sent to the job queue instead of worked on here.
 *
 * What travels in a job is what a worker on another machine can use: files (directories walked here) and stdin are
 * read here and their bytes carried (at most {@link DEFAULT_MAX_JOB_DOCUMENT_BYTES} each); URLs are carried as URLs
 * and fetched by the worker; a file holding a feed is read here and each item's link sent as a URL.
 */
import { resolve } from 'node:path';
import { InputError } from '../input/input-errors.ts';
import { tooLargeReason } from '../input/load-document.ts';
import { looksLikeFeed, readFeed } from '../input/read-feed.ts';
import { walkInputs } from '../input/walk-inputs.ts';
import { DEFAULT_MAX_JOB_DOCUMENT_BYTES, type ExtractJob, type FetchJob } from '../queue/job-payloads.ts';
import { EXTRACT_QUEUE, FETCH_QUEUE, type JobQueue, type QueueName } from '../queue/job-queue.ts';

/** Options of {@link enqueueInputs}. */
export interface EnqueueOptions {
  readonly publisher?: string | null;
  /** Let workers fetch loopback and private addresses. */
  readonly allowPrivate?: boolean;
  /** Stream read for `-`. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** Largest document carried in a job; default {@link DEFAULT_MAX_JOB_DOCUMENT_BYTES}. */
  readonly maxDocumentBytes?: number;
  /** Called once per job sent (after its statement committed). */
  readonly onQueued?: (job: { readonly input: string; readonly queue: QueueName }) => void;
}

/** What was sent, and the inputs that could not be (unreadable, too large, a bad feed). */
export interface EnqueueSummary {
  queued: number;
  failed: number;
  readonly failures: { readonly input: string; readonly reason: string }[];
}

/** Jobs sent per statement. */
const SEND_CHUNK = 200;
const URL_INPUT = /^https?:\/\//i;

/**
 * Sends one job per input document to the queue: an extract job carrying the bytes of each file (directories
 * recursively) and of stdin, a fetch job per URL (the worker expands feeds) and per item of a feed file.
 * Never throws for a bad input (it is counted as failed); throws when the queue cannot be written.
 */
export async function enqueueInputs(queue: JobQueue, inputs: readonly string[], options: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { queued: 0, failed: 0, failures: [] };
  const publisher = options.publisher ?? null;
  const allowPrivate = options.allowPrivate === true;
  const maxBytes = options.maxDocumentBytes ?? DEFAULT_MAX_JOB_DOCUMENT_BYTES;
  const pending: Record<QueueName, { input: string; data: object }[]> = { [EXTRACT_QUEUE]: [], [FETCH_QUEUE]: [] };
  const flush = async (name: QueueName): Promise<void> => {
    const jobs = pending[name].splice(0);
    await queue.sendMany(name, jobs.map((j) => j.data));
    summary.queued += jobs.length;
    for (const j of jobs) options.onQueued?.({ input: j.input, queue: name });
  };
  const add = async (name: QueueName, input: string, data: ExtractJob | FetchJob): Promise<void> => {
    pending[name].push({ input, data });
    if (pending[name].length >= SEND_CHUNK) await flush(name);
  };
  const failed = (input: string, reason: string): void => {
    summary.failed++;
    summary.failures.push({ input, reason });
  };

  const paths = inputs.filter((i) => !URL_INPUT.test(i));
  for (const url of inputs.filter((i) => URL_INPUT.test(i))) {
    await add(FETCH_QUEUE, url, { url, expandFeed: true, publisher, allowPrivate });
  }
  for await (const item of walkInputs(paths, { maxBytes, ...(options.stdin === undefined ? {} : { stdin: options.stdin }) })) {
    if ('error' in item) {
      failed(item.name, withQueueHint(item.error.reason));
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await item.read();
    } catch (error) {
      failed(item.name, error instanceof InputError ? withQueueHint(error.reason) : error instanceof Error ? error.message : String(error));
      continue;
    }
    if (bytes.byteLength > maxBytes) {
      failed(item.name, withQueueHint(tooLargeReason(bytes.byteLength, maxBytes)));
      continue;
    }
    if (item.name !== '-' && looksLikeFeed(bytes, null)) {
      let entries;
      try {
        entries = readFeed(item.name, bytes).entries;
      } catch (error) {
        failed(item.name, error instanceof Error ? error.message : String(error));
        continue;
      }
      for (const e of entries) {
        await add(FETCH_QUEUE, e.link, { url: e.link, expandFeed: false, publisher, allowPrivate, title: e.title, published: e.published, feedPublisher: e.publisher, via: item.name });
      }
      continue;
    }
    const isStdin = item.name === '-';
    const absolute = isStdin ? null : resolve(item.name);
    await add(EXTRACT_QUEUE, item.name, {
      input: item.name, sourceKey: absolute, file: absolute ?? '-', content: Buffer.from(bytes).toString('base64'), publisher,
    });
  }
  await flush(FETCH_QUEUE);
  await flush(EXTRACT_QUEUE);
  return summary;
}

/** A too-large file can still be ingested inline, where the 50 MB limit applies. */
function withQueueHint(reason: string): string {
  return reason.startsWith('file too large') ? `${reason}; too large to carry in a job: ingest it without --queue` : reason;
}
