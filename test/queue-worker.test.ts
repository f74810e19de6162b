/**
 * The worker use case in process, against PostgreSQL (queue and knowledge base in one database): a real race of two
 * workers on one document, a job that keeps failing (retried, then kept with its error and listed by `readout jobs`),
 * feeds through the fetch queue, and the watch schedule's one poll per feed per window. Needs READOUT_TEST_POSTGRES.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineExtractor, type RecordExtractor } from '../src/app/extraction-pool.ts';
import { startFeedWatch } from '../src/app/feed-watch.ts';
import { startIngestWorker, type JobReport } from '../src/app/ingest-worker.ts';
import { enqueueInputs } from '../src/app/queued-ingest.ts';
import { runCli, type CliIO } from '../src/cli/main.ts';
import { openJobQueue, type JobPolicy, type JobQueue } from '../src/queue/job-queue.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import type { StorageDialect } from '../src/storage/dialects/storage-dialect.ts';
import { NOT_RUN, POSTGRES_URL, freshDatabase, jobStates, queryOnce, readoutDirectory, storedCounts, waitFor } from './queue-helpers.ts';

const FAST: JobPolicy = { retryLimit: 2, retryDelaySeconds: 1, expireInSeconds: 30 };
const closers: (() => Promise<void>)[] = [];
after(async () => { for (const c of closers.splice(0).reverse()) await c().catch(() => {}); });

async function open(url: string): Promise<{ queue: JobQueue; store: StorageDialect }> {
  const queue = await openJobQueue(url, { policy: FAST, supervise: true, maintenanceIntervalSeconds: 1 });
  const store = await openDatabase(url);
  closers.push(() => queue.close(), () => store.close());
  return { queue, store };
}

function stdinOf(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  return (async function* () { yield bytes; })();
}

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { out: (s) => { out += s; }, err: (s) => { err += s; }, stdin: stdinOf(new Uint8Array()) };
  const code = await runCli(argv, io);
  return { code, out, err };
}

describe('queued ingest workers (in process, PostgreSQL)', { skip: POSTGRES_URL === undefined ? NOT_RUN : false, timeout: 300_000 }, () => {
  const base = POSTGRES_URL ?? '';

  it('two workers extracting the same document at the same moment store one copy; the other job finds it stored', async () => {
    const url = await freshDatabase(base);
    const { queue } = await open(url);
    const dir = readoutDirectory(1);
    const text = readFileSync(join(dir, 'doc-00000.txt'));
    await enqueueInputs(queue, ['-'], { stdin: stdinOf(text) });
    await enqueueInputs(queue, ['-'], { stdin: stdinOf(text) });
    // Both extractions wait for each other: both workers have checked the store (nothing there) before either writes.
    let arrived = 0;
    let release!: () => void;
    const bothThere = new Promise<void>((resolve) => { release = resolve; });
    const barrier = (): RecordExtractor => {
      const inline = inlineExtractor();
      return {
        extract: async (input) => { if (++arrived === 2) release(); await bothThere; return inline.extract(input); },
        close: async () => {},
      };
    };
    const reports: JobReport[] = [];
    const workers = await Promise.all([0, 1].map(async () => {
      const store = await openDatabase(url);
      closers.push(() => store.close());
      return startIngestWorker(queue, store, { batchSize: 1, pollIntervalMs: 200, extractor: barrier(), onJob: (r) => reports.push(r) });
    }));
    await waitFor('both jobs completed', async () => (await jobStates(url))['completed'] === 2, 60_000);
    await Promise.all(workers.map((w) => w.stop(5000)));
    assert.equal(arrived >= 2, true, 'both workers extracted the document');
    assert.deepEqual(await storedCounts(url), { documents: 1, distinct: 1 });
    // The store decides inside the write transaction (content hash, unique): the second writer finds the first's copy,
    // or, had it slipped past, hits the unique key, is retried and then finds it. Never a second copy, never a failure.
    const statuses = reports.map((r) => r.status).filter((s) => s !== 'retry').sort();
    assert.deepEqual(statuses, ['added', 'unchanged'], JSON.stringify(reports));
  });

  it('a job that keeps failing is retried with backoff, then kept with its error and listed by `readout jobs`', async () => {
    const url = await freshDatabase(base);
    const { queue, store } = await open(url);
    const binary = new Uint8Array(4096).map((_, i) => (i % 7 === 0 ? 0 : 200 + (i % 50)));
    const sent = await enqueueInputs(queue, ['-'], { stdin: stdinOf(binary) });
    assert.equal(sent.queued, 1);
    const reports: JobReport[] = [];
    const worker = startIngestWorker(queue, store, { pollIntervalMs: 200, onJob: (r) => reports.push(r) });
    await waitFor('the job to fail for good', async () => (await jobStates(url))['failed'] === 1, 60_000);
    await worker.stop(5000);
    assert.deepEqual(reports.map((r) => `${r.status} ${r.attempt}/${r.attempts}`), ['retry 1/3', 'retry 2/3', 'failed 3/3']);
    assert.match(reports[0]!.detail ?? '', /binary/);
    assert.deepEqual(await storedCounts(url), { documents: 0, distinct: 0 });
    // Backoff: the three attempts are spread over at least the first retry delays (1 s, then about 2 s).
    const [timing] = await queryOnce<{ span: number }>(url, `select extract(epoch from completed_on - created_on)::float as span from readout_queue.job where state = 'failed'`);
    assert.ok((timing?.span ?? 0) >= 2, `attempts spread over ${timing?.span} s`);

    const json = await cli('jobs', '--db', url, '--format', 'json');
    assert.equal(json.code, 0, json.err);
    const listed = JSON.parse(json.out) as { queues: { queue: string; failed: number; completed: number }[]; failed: { input: string; error: string; attempts: number }[] };
    assert.deepEqual(listed.queues.find((q) => q.queue === 'readout-extract'), { queue: 'readout-extract', created: 0, retry: 0, active: 0, completed: 0, cancelled: 0, failed: 1 });
    assert.equal(listed.failed.length, 1);
    assert.equal(listed.failed[0]!.input, '-');
    assert.equal(listed.failed[0]!.attempts, 3);
    assert.match(listed.failed[0]!.error, /binary/);
    const table = await cli('jobs', '--db', url);
    assert.match(table.out, /readout-extract\s+0\s+0\s+0\s+0\s+0\s+1/);
    assert.match(table.out, /1 failed job\n/);
    assert.match(table.out, /binary/);
  });

  it('a feed URL is fetched by a worker, its items queued and stored; watch sends one poll per feed per window', async () => {
    const url = await freshDatabase(base);
    const { queue, store } = await open(url);
    const samples = ['mofa-jp-ru-2017-09-18.txt', 'mid-ru-cn-2020-07-17.txt'].map((f) => readFileSync(new URL(`../samples/${f}`, import.meta.url), 'utf8'));
    const server: Server = createServer((req, res) => {
      const page = /^\/item-(\d)\.txt$/.exec(req.url ?? '');
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Readouts</title>${[0, 1].map((i) => `<item><title>Readout ${i}</title><link>http://${req.headers.host}/item-${i}.txt</link><pubDate>Mon, 18 Sep 2017 09:00:00 +0900</pubDate></item>`).join('')}</channel></rss>`);
      } else if (page !== null) {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(samples[Number(page[1])]);
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => { server.close(() => resolve()); }));
    const feed = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;

    const reports: JobReport[] = [];
    const worker = startIngestWorker(queue, store, { pollIntervalMs: 200, onJob: (r) => reports.push(r) });
    const rounds: number[] = [];
    const watches = [0, 1].map(() => startFeedWatch(queue, [feed], { everySeconds: 3600, allowPrivate: true, onRound: (r) => rounds.push(r.queued) }));
    await waitFor('the feed and its two items done', async () => (await jobStates(url))['completed'] === 3, 60_000);
    for (const w of watches) w.stop();
    await worker.stop(5000);
    assert.deepEqual(rounds.sort(), [0, 1], 'two watchers in one window: one poll');
    assert.deepEqual(reports.map((r) => r.status).sort(), ['added', 'added', 'expanded']);
    const docs = await queryOnce<{ url: string; published: string | null }>(url, 'select url, published from documents order by url');
    assert.deepEqual(docs.map((d) => d.url.replace(/.*\//, '')), ['item-0.txt', 'item-1.txt']);

    // The same feed again (ingest --queue): the items are fetched again and found stored.
    await enqueueInputs(queue, [feed], { allowPrivate: true });
    const again = startIngestWorker(queue, store, { pollIntervalMs: 200, onJob: (r) => reports.push(r) });
    await waitFor('the second round done', async () => (await jobStates(url))['completed'] === 6, 60_000);
    await again.stop(5000);
    assert.deepEqual(reports.slice(3).map((r) => r.status).sort(), ['expanded', 'unchanged', 'unchanged']);
    assert.deepEqual(await storedCounts(url), { documents: 2, distinct: 2 });
  });
});
