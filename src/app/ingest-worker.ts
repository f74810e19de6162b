/**
 * The worker use case: take jobs from the queue and ingest them through the ingest use case (`ingestSources`), so a
 * queued document is extracted, stored and linked exactly as an inline ingest would do it — one write transaction per
 * batch of jobs, linking included.
 *
 * Exactly-once effect over at-least-once delivery: a job is completed only after its batch committed; a worker that
 * dies mid-batch leaves its jobs active until they expire and are retried; a retried or duplicated document is
 * recognised by its content hash (unique in the store) and answers `unchanged`. A job whose input cannot be read,
 * fetched or stored is failed with the reason and retried with backoff; after its last retry it stays failed, with its
 * error, for `readout jobs`. A document stored with a failed extraction is complete: retrying cannot change it.
 */
import type { FetchOptions } from '../input/fetch-document.ts';
import { fetchDocument, loadFetchedDocument } from '../input/fetch-document.ts';
import { InputError } from '../input/input-errors.ts';
import { loadDocument } from '../input/load-document.ts';
import { looksLikeFeed, readFeed } from '../input/read-feed.ts';
import type { StorageDialect } from '../storage/dialects/storage-dialect.ts';
import { ExtractJobSchema, FetchJobSchema, type FetchJob } from '../queue/job-payloads.ts';
import { EXTRACT_QUEUE, FETCH_QUEUE, type JobQueue, type QueueName, type TakenJob } from '../queue/job-queue.ts';
import { inlineExtractor, type RecordExtractor } from './extraction-pool.ts';
import { ingestSources, type IngestSource, type IngestSourceFailure } from './ingest.ts';
import type { IngestOutcome } from './ingest-outcome.ts';

/** What happened to one job, for the line a worker prints per job. */
export interface JobReport {
  readonly queue: QueueName;
  readonly jobId: string;
  /** The file, `-` or URL the job was for. */
  readonly input: string;
  /**
   * - `added`/`updated`/`unchanged`: stored (or already there);
   * - `stored-with-error`: stored, but its extraction failed (kept with the error; not retried);
   * - `expanded`: a feed, whose items were queued (`detail` says how many);
   * - `retry`: failed, will be retried; `failed`: failed after its last retry.
   */
  readonly status: 'added' | 'updated' | 'unchanged' | 'stored-with-error' | 'expanded' | 'retry' | 'failed';
  readonly documentId?: number;
  readonly detail?: string;
  /** This attempt's number (1 for the first) and the most there will be. */
  readonly attempt: number;
  readonly attempts: number;
  readonly ms: number;
}

/** Options of {@link startIngestWorker}. */
export interface IngestWorkerOptions {
  /** Batches worked on at once per queue (each one its own transaction); default 1. */
  readonly concurrency?: number;
  /** Jobs taken per batch; default 32. */
  readonly batchSize?: number;
  /** Wait between polls of an empty queue; default 1000 ms. */
  readonly pollIntervalMs?: number;
  /** Extraction; default inline in this thread. */
  readonly extractor?: RecordExtractor;
  /** Fetch options for URL jobs (timeouts, lookup); a job's `allowPrivate` is added. */
  readonly fetch?: FetchOptions;
  /** Called once per job when its outcome is final for this attempt. */
  readonly onJob?: (report: JobReport) => void;
  /** Called when the queue or the store cannot be reached (the worker keeps retrying) and when it recovers. */
  readonly onTrouble?: (message: string) => void;
  /** Called after a batch that stored new documents committed (e.g. to show follow-up statuses). */
  readonly afterStored?: (stored: { readonly added: number; readonly updated: number }) => Promise<void>;
  /** Clock for `ingested_at`. */
  readonly now?: () => Date;
}

/** A running worker. */
export interface IngestWorker {
  /** Jobs finished so far (any status). */
  readonly processed: () => number;
  /**
   * Stops taking jobs and waits up to `graceMs` for the batches in hand to finish; jobs still unfinished then are
   * released (failed with "worker stopped", so they are retried elsewhere). Resolves when every loop has ended.
   */
  stop(graceMs?: number): Promise<void>;
}

/** Longest wait between attempts to reach a database that is down. */
const MAX_TROUBLE_BACKOFF_MS = 5000;

/** Starts `concurrency` polling loops on each queue. */
export function startIngestWorker(queue: JobQueue, dialect: StorageDialect, options: IngestWorkerOptions = {}): IngestWorker {
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const batchSize = Math.max(1, options.batchSize ?? 32);
  const pollMs = options.pollIntervalMs ?? 1000;
  const extractor = options.extractor ?? inlineExtractor();
  let stopping = false;
  let processed = 0;
  let troubled = false;
  const wakers = new Set<() => void>();
  const inHand = new Map<string, TakenJob>();

  const sleep = (ms: number): Promise<void> => new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void { clearTimeout(timer); wakers.delete(done); resolve(); }
    wakers.add(done);
  });
  const report = (r: JobReport): void => { processed++; options.onJob?.(r); };
  const trouble = (message: string): void => {
    if (!troubled) options.onTrouble?.(message);
    troubled = true;
  };
  const recovered = (): void => {
    if (troubled) options.onTrouble?.('back to work: the queue and the store answer again');
    troubled = false;
  };

  const work = (name: QueueName): Promise<void> => (async () => {
    let backoff = 250;
    while (!stopping) {
      let jobs: TakenJob[];
      try {
        jobs = await queue.take(name, batchSize);
      } catch (error) {
        trouble(`cannot take jobs from ${name}: ${messageOf(error)}; retrying`);
        await sleep(backoff);
        backoff = Math.min(MAX_TROUBLE_BACKOFF_MS, backoff * 2);
        continue;
      }
      backoff = 250;
      if (jobs.length === 0) {
        recovered();
        await sleep(pollMs);
        continue;
      }
      for (const job of jobs) inHand.set(job.id, job);
      try {
        const stored: Stored = { added: 0, updated: 0 };
        const settled = await (name === EXTRACT_QUEUE ? extractBatch(jobs, stored) : fetchBatch(jobs, stored));
        await settle(name, settled);
        recovered();
        if ((stored.added > 0 || stored.updated > 0) && options.afterStored !== undefined) {
          await options.afterStored(stored).catch((error: unknown) => options.onTrouble?.(`after-batch step failed: ${messageOf(error)}`));
        }
      } catch (error) {
        // The batch's transaction failed (or the store is unreachable): nothing of it was stored; retry every job.
        trouble(`batch of ${jobs.length} ${name} jobs failed: ${messageOf(error)}`);
        await settle(name, jobs.map((job) => ({ job, input: inputOf(job), startedAt: Date.now(), result: { kind: 'fail', reason: messageOf(error) } })));
        await sleep(backoff);
      } finally {
        for (const job of jobs) inHand.delete(job.id);
      }
    }
  })();

  /** Completes or fails each job of a batch; a queue that cannot be reached now leaves the job to expire and retry. */
  const settle = async (name: QueueName, settled: readonly Settled[]): Promise<void> => {
    const completeIds: string[] = [];
    for (const s of settled) {
      const attempt = s.job.retryCount + 1;
      const attempts = s.job.retryLimit + 1;
      const ms = Date.now() - s.startedAt;
      const base = { queue: name, jobId: s.job.id, input: s.input, attempt, attempts, ms };
      if (s.result.kind === 'fail') {
        try {
          await queue.fail(name, s.job.id, s.result.reason);
        } catch (error) {
          trouble(`cannot mark job ${s.job.id} failed: ${messageOf(error)} (it will be retried when it expires)`);
        }
        report({ ...base, status: attempt < attempts ? 'retry' : 'failed', detail: s.result.reason });
        continue;
      }
      completeIds.push(s.job.id);
      report({ ...base, ...s.result.report });
    }
    try {
      await queue.complete(name, completeIds);
    } catch (error) {
      // Stored already: when the job expires and is retried, its document answers `unchanged`.
      trouble(`cannot mark ${completeIds.length} jobs done: ${messageOf(error)} (they will be retried and found stored)`);
    }
  };

  const extractBatch = async (jobs: readonly TakenJob[], stored: Stored): Promise<Settled[]> => {
    const startedAt = Date.now();
    const settled: Settled[] = [];
    const toIngest: { job: TakenJob; source: IngestSource }[] = [];
    for (const job of jobs) {
      const parsed = ExtractJobSchema.safeParse(job.data);
      if (!parsed.success) {
        settled.push({ job, input: inputOf(job), startedAt, result: { kind: 'fail', reason: `malformed job: ${parsed.error.issues[0]?.message ?? 'invalid data'}` } });
        continue;
      }
      const data = parsed.data;
      const bytes = Buffer.from(data.content, 'base64');
      const source: IngestSource = {
        input: data.input, sourceKey: data.sourceKey, file: data.file, url: null, bytes,
        load: () => loadDocument(data.input, bytes), title: null, publisher: data.publisher, published: null,
        ...(data.via === undefined ? {} : { via: data.via }),
      };
      toIngest.push({ job, source });
    }
    settled.push(...await ingestJobs(toIngest, startedAt, stored));
    return settled;
  };

  const fetchBatch = async (jobs: readonly TakenJob[], stored: Stored): Promise<Settled[]> => {
    const startedAt = Date.now();
    const settled: Settled[] = [];
    const pages: { job: TakenJob; source: IngestSource }[] = [];
    await Promise.all(jobs.map(async (job) => {
      const parsed = FetchJobSchema.safeParse(job.data);
      if (!parsed.success) {
        settled.push({ job, input: inputOf(job), startedAt, result: { kind: 'fail', reason: `malformed job: ${parsed.error.issues[0]?.message ?? 'invalid data'}` } });
        return;
      }
      const data = parsed.data;
      let fetched;
      try {
        fetched = await fetchDocument(data.url, { ...options.fetch, allowPrivate: data.allowPrivate });
      } catch (error) {
        settled.push({ job, input: data.url, startedAt, result: { kind: 'fail', reason: reasonOf(error) } });
        return;
      }
      if (data.expandFeed && looksLikeFeed(fetched.bytes, fetched.contentType)) {
        try {
          const count = await queueFeedItems(data, readFeed(fetched.url, fetched.bytes, { charset: fetched.charset }).entries);
          settled.push({ job, input: data.url, startedAt, result: { kind: 'complete', report: { status: 'expanded', detail: `${count} items queued` } } });
        } catch (error) {
          settled.push({ job, input: data.url, startedAt, result: { kind: 'fail', reason: reasonOf(error) } });
        }
        return;
      }
      const doc = fetched;
      pages.push({
        job,
        source: {
          input: data.url, sourceKey: doc.url, file: null, url: doc.url, bytes: doc.bytes, load: () => loadFetchedDocument(doc),
          title: data.title ?? null, publisher: data.publisher ?? data.feedPublisher ?? null, published: data.published?.slice(0, 10) ?? null,
          ...(data.via === undefined ? {} : { via: data.via }),
        },
      });
    }));
    settled.push(...await ingestJobs(pages, startedAt, stored));
    return settled;
  };

  /** One fetch job per item; with a window, at most one per item URL per window (several watchers, one fetch). */
  const queueFeedItems = async (feed: FetchJob, entries: ReturnType<typeof readFeed>['entries']): Promise<number> => {
    const items = entries.map((e): FetchJob => ({
      url: e.link, expandFeed: false, publisher: feed.publisher, allowPrivate: feed.allowPrivate,
      title: e.title, published: e.published, feedPublisher: e.publisher, via: feed.url,
    }));
    if (feed.itemWindowSeconds === undefined) {
      await queue.sendMany(FETCH_QUEUE, items);
      return items.length;
    }
    let sent = 0;
    for (const item of items) {
      if ((await queue.send({ queue: FETCH_QUEUE, data: item, singletonKey: item.url, singletonSeconds: feed.itemWindowSeconds })) !== null) sent++;
    }
    return sent;
  };

  /** Ingests the jobs' sources in one call (one transaction per batch) and maps each outcome back to its job. */
  const ingestJobs = async (items: readonly { job: TakenJob; source: IngestSource }[], startedAt: number, stored: Stored): Promise<Settled[]> => {
    if (items.length === 0) return [];
    const waiting = new Map<string, TakenJob[]>();
    for (const { job, source } of items) waiting.set(source.input, [...(waiting.get(source.input) ?? []), job]);
    const settled: Settled[] = [];
    async function* sources(): AsyncGenerator<IngestSource | IngestSourceFailure> { yield* items.map((i) => i.source); }
    await ingestSources(dialect, sources(), {
      extractor,
      batchSize: items.length,
      ...(options.now === undefined ? {} : { now: options.now }),
      onOutcome: (outcome: IngestOutcome) => {
        const job = waiting.get(outcome.input)?.shift();
        if (job === undefined) return;
        if (outcome.status === 'added') stored.added++;
        if (outcome.status === 'updated') stored.updated++;
        settled.push({ job, input: outcome.input, startedAt, result: resultOf(outcome) });
      },
    });
    for (const [input, jobs] of waiting) {
      for (const job of jobs) settled.push({ job, input, startedAt, result: { kind: 'fail', reason: 'no outcome from ingest' } });
    }
    return settled;
  };

  // Load the extraction stages before taking a job, so the first batch is not held (towards its expiry) by start-up.
  const warmedUp = extractor.extract({ file: 'warm-up', text: 'Foreign Minister Kono met Foreign Minister Lavrov in Tokyo on May 5, 2017.' }).then(() => {}, () => {});
  const loops: Promise<void>[] = [];
  for (let i = 0; i < concurrency; i++) {
    loops.push(warmedUp.then(() => work(EXTRACT_QUEUE)), warmedUp.then(() => work(FETCH_QUEUE)));
  }

  return {
    processed: () => processed,
    async stop(graceMs = 30_000) {
      stopping = true;
      for (const wake of [...wakers]) wake();
      const all = Promise.all(loops).then(() => true);
      const finished = await Promise.race([all, new Promise<false>((resolve) => { setTimeout(() => resolve(false), graceMs).unref(); })]);
      if (finished) return;
      // Release what could not be finished in time: failed now, so it is retried at once rather than after it expires.
      for (const job of inHand.values()) {
        await queue.fail(job.queue, job.id, 'worker stopped before finishing the job').catch(() => {});
      }
    },
  };
}

/** Documents a batch stored (counted as outcomes arrive). */
interface Stored { added: number; updated: number }

/** A job's result for this attempt. */
interface Settled {
  readonly job: TakenJob;
  readonly input: string;
  readonly startedAt: number;
  readonly result:
    | { readonly kind: 'complete'; readonly report: Pick<JobReport, 'status' | 'documentId' | 'detail'> }
    | { readonly kind: 'fail'; readonly reason: string };
}

function resultOf(outcome: IngestOutcome): Settled['result'] {
  if (outcome.status !== 'failed') {
    return { kind: 'complete', report: { status: outcome.status, ...(outcome.documentId === undefined ? {} : { documentId: outcome.documentId }) } };
  }
  // Stored with its extraction error: done (the extractor would fail the same way again).
  if (outcome.documentId !== undefined) return { kind: 'complete', report: { status: 'stored-with-error', documentId: outcome.documentId, detail: outcome.reason } };
  return { kind: 'fail', reason: outcome.reason };
}

function inputOf(job: TakenJob): string {
  const data = job.data as { input?: unknown; url?: unknown } | null;
  if (typeof data?.input === 'string') return data.input;
  if (typeof data?.url === 'string') return data.url;
  return `job ${job.id}`;
}

function reasonOf(error: unknown): string {
  if (error instanceof InputError) return error.reason;
  return messageOf(error);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
