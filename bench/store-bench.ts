/**
 * `npm run bench:store [-- --count N] [-- --db FILE] [-- --jobs N] [-- --seed S] [-- --countries spread|template] [-- --queries-only] [-- --append] [-- --batch B]`:
 * generates N readouts (default 100,000; real readouts cycled with shifted dates and swapped names) into a temporary
 * JSON-lines file, untimed, then ingests them from it into a fresh SQLite file through the real ingest use case (extraction in worker threads, one writer, batched transactions, linking included), printing
 * progress, the ingest rate and RSS sampled as it runs; then the database size and p50/p95 latency of the read side's
 * queries, each repeated with varied parameters: a dyad timeline, overdue plans of a dyad, a person's meetings, a
 * full-text search. Templates: ../shared/corpus/dev.jsonl, or the file named by READOUT_CORPUS. `--queries-only --db FILE`
 * measures only the queries, on an existing knowledge base (e.g. the 100,000-readout one `bench:http` builds).
 * `--batch B`: documents per write transaction (default 200). Larger batches write fewer pages per readout (a commit
 * writes each page its batch touched once: 2,000 readouts into a 20,000-readout base wrote 102 MB of WAL in batches of
 * 200, 71 MB in batches of 500), but the link step decides in arrival order within a batch, so another batch size
 * links some readouts otherwise (ties between equally ranked follow-ups, a bare family name): runs compared must use one.
 * `--append --db FILE` ingests the N readouts into an existing knowledge base instead of a fresh one (kept afterwards):
 * the marginal rate at that size, e.g. 5,000 readouts of another `--seed` into a copy of a 100,000-readout base.
 *
 * `--countries spread` (default) rewrites each readout's countries to others drawn with Zipf weights, so the
 * knowledge base has many dyads of roughly real density; `--countries template` keeps the templates' countries: the
 * dense-dyad stress case (18 of the 42 dev templates are Japan-Russia, ~43,000 of 100,000 readouts on one dyad). The
 * density of the generated country sets is printed after the ingest.
 */
import { measureKnowledgeBaseQueries } from './knowledge-base-queries.ts';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { defaultWorkerCount, extractionPool } from '../src/app/extraction-pool.ts';
import { ingestSources } from '../src/app/ingest.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import { CountrySetDensity } from './country-set-density.ts';
import { corpusFileSources, writeGeneratedCorpus } from './generated-ingest-sources.ts';

/** Documents per write transaction unless `--batch` says otherwise (see `bench:store`). */
const BENCH_BATCH_SIZE = 200;

const { values } = parseArgs({
  options: {
    count: { type: 'string' }, db: { type: 'string' }, jobs: { type: 'string' }, seed: { type: 'string' }, repeat: { type: 'string' },
    countries: { type: 'string' }, 'queries-only': { type: 'boolean' }, append: { type: 'boolean' }, batch: { type: 'string' },
  },
  strict: true,
});
const count = Number(values.count ?? 100_000);
const jobs = Number(values.jobs ?? defaultWorkerCount());
const seed = Number(values.seed ?? 1);
const repeat = Number(values.repeat ?? 200);
const batchSize = Number(values.batch ?? BENCH_BATCH_SIZE);
const countries = values.countries ?? 'spread';
if (countries !== 'spread' && countries !== 'template') {
  process.stderr.write(`bench:store: --countries must be spread or template, not ${countries}\n`);
  process.exit(2);
}
const file = values.db ?? join(tmpdir(), `readout-store-bench-${process.pid}.db`);
const out = (line: string): void => { process.stdout.write(`${line}\n`); };

if (values['queries-only'] === true) {
  if (values.db === undefined || !existsSync(values.db)) {
    process.stderr.write('bench:store: --queries-only needs --db FILE naming an existing knowledge base\n');
    process.exit(2);
  }
  const dialect = await openDatabase(values.db);
  const documents = await dialect.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  out(`queries on ${values.db} (${Number(documents.n).toLocaleString('en')} documents; the read side's functions, ${repeat} runs each with varied parameters):`);
  await measureKnowledgeBaseQueries(dialect, { repeat, seed, out });
  await dialect.close();
  process.exit(0);
}
const templatePath = process.env['READOUT_CORPUS'] ?? fileURLToPath(new URL('../../shared/corpus/dev.jsonl', import.meta.url));

const append = values.append === true;
if (append && (values.db === undefined || !existsSync(values.db))) {
  process.stderr.write('bench:store: --append needs --db FILE naming an existing knowledge base\n');
  process.exit(2);
}
if (!append) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

out(`store bench: ${count.toLocaleString('en')} generated readouts -> ${file}${append ? ' (appended)' : ''} (${jobs} extraction threads, batches of ${batchSize}, seed ${seed}, ${countries} countries)`);
// The corpus is generated first, untimed (generation is not ingest, and on the writing thread it took ~0.4 ms a
// readout from it), to a file streamed back during the ingest.
const corpusFile = `${file}.readouts.jsonl`;
const density = new CountrySetDensity();
const generationStart = performance.now();
await writeGeneratedCorpus({ templatePath, count, seed, countries }, corpusFile, (r) => density.add(r));
out(`  generated in ${((performance.now() - generationStart) / 1000).toFixed(1)} s (not timed) -> ${corpusFile}`);
const dialect = await openDatabase(file);
if (append) {
  const before = await dialect.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  out(`  appending to ${Number(before.n).toLocaleString('en')} stored documents`);
}
const extractor = extractionPool(jobs);
// Workers load the stages before the clock starts, as a long-running ingest would have them loaded.
await Promise.all(Array.from({ length: jobs * 2 }, () => extractor.extract({ file: 'warm-up', text: 'Foreign Minister Kono met Foreign Minister Lavrov on May 5, 2017.' })));

let peakRss = process.memoryUsage.rss();
const rssSamples: number[] = [];
const sampler = setInterval(() => { const rss = process.memoryUsage.rss(); peakRss = Math.max(peakRss, rss); }, 250);
let done = 0;
const eluStart = performance.eventLoopUtilization();
const mainCpuStart = mainThreadCpuMs();
const cpuStart = process.cpuUsage();
const started = performance.now();
let lastLine = started;
const progressEvery = Math.max(1000, Math.round(count / 20));

const summary = await ingestSources(dialect, corpusFileSources(corpusFile, append ? `seed-${seed}/` : ''), {
  extractor,
  batchSize,
  onOutcome: () => {
    done++;
    if (done % progressEvery === 0) {
      const now = performance.now();
      const rss = process.memoryUsage.rss();
      rssSamples.push(rss);
      const heap = process.memoryUsage();
      out(`  ${done.toLocaleString('en')} (${Math.round((progressEvery / (now - lastLine)) * 1000)}/s now, ${Math.round((done / (now - started)) * 1000)}/s overall), RSS ${mb(rss)}` +
        ` (writing thread's JS heap ${mb(heap.heapUsed)} used of ${mb(heap.heapTotal)}${rssParts()})`);
      lastLine = now;
    }
  },
});
const seconds = (performance.now() - started) / 1000;
// The writing thread's busy time (storing, linking, SQLite): what one writer must keep under 2 ms a readout for 500/s.
const elu = performance.eventLoopUtilization(eluStart);
const mainCpuEnd = mainThreadCpuMs();
const cpu = process.cpuUsage(cpuStart);
clearInterval(sampler);
await extractor.close();
rmSync(corpusFile, { force: true });
out(`ingest: ${summary.added} added, ${summary.unchanged} unchanged, ${summary.failed} failed in ${seconds.toFixed(1)} s = ${Math.round(count / seconds)} readouts/s`);
out(`main thread: busy ${(elu.active / 1000).toFixed(1)} s = ${(elu.active / count).toFixed(2)} ms/readout (utilisation ${(elu.utilization * 100).toFixed(0)}%)` +
  (mainCpuStart === null || mainCpuEnd === null ? '' : `, on a core ${((mainCpuEnd - mainCpuStart) / count).toFixed(2)} ms/readout (the rest of busy: waiting for a core)`));
out(`CPU, all threads: ${((cpu.user + cpu.system) / 1000 / count).toFixed(2)} ms/readout (${((cpu.user + cpu.system) / 1000 / (seconds * 1000)).toFixed(2)} cores on average)`);
out(density.summary());
out(`memory: RSS peak ${mb(peakRss)}; at each 5%: ${rssSamples.map(mb).join(' ')}`);
const size = ['', '-wal'].map((s) => (existsSync(file + s) ? statSync(file + s).size : 0)).reduce((a, b) => a + b, 0);
const counts = await dialect.db.selectNoFrom((eb) => [
  eb.selectFrom('meetings').select(eb.fn.countAll<number>().as('n')).as('meetings'),
  eb.selectFrom('plans').select(eb.fn.countAll<number>().as('n')).as('plans'),
  eb.selectFrom('people').select(eb.fn.countAll<number>().as('n')).as('people'),
  eb.selectFrom('follow_ups').select(eb.fn.countAll<number>().as('n')).as('follow_ups'),
]).executeTakeFirstOrThrow();
out(`database: ${mb(size)} (${summary.added.toLocaleString('en')} documents, ${counts.meetings} meetings, ${counts.plans} plans, ${counts.people} people, ${counts.follow_ups} follow-ups)`);

out(`queries (the read side's functions, ${repeat} runs each with varied parameters):`);
await measureKnowledgeBaseQueries(dialect, { repeat, seed, out });
await dialect.close();
if (values.db === undefined) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });

/**
 * `, anonymous N MB, file N MB`: the resident memory the process allocated (JS heaps of every thread, SQLite's page
 * caches, buffers) and the files it maps, from Linux's `/proc/self/status`; empty elsewhere.
 */
function rssParts(): string {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? Number.NaN);
    return `; anonymous ${(kb('RssAnon') / 1024).toFixed(0)} MB, file ${(kb('RssFile') / 1024).toFixed(0)} MB`;
  } catch {
    return '';
  }
}

/**
 * CPU time (ms) the main thread has used, from Linux's per-thread accounting (`/proc/self/task/<pid>/stat`, in clock
 * ticks of 10 ms); null elsewhere. `process.cpuUsage()` counts every thread, extraction threads included.
 */
function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
