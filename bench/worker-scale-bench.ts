/**
 * `npm run bench:workers [-- --count N] [-- --workers 1,2,4] [-- --batch B] [-- --concurrency C] [-- --seed S] [-- --repeat R] [-- --base URL]
 *  [-- --countries spread|template]`:
 * N generated readouts (default 100,000; real readouts cycled with shifted dates and swapped names, as bench:store)
 * ingested through 1, 2 and 4 `readout worker` processes, each run on a fresh PostgreSQL database: the readouts are
 * queued first (as `ingest --queue` would, bytes in the job), then the workers are started and timed until every job
 * is completed. Prints progress as it runs, the throughput of each run and the scaling ratio against one worker, then
 * the p50/p95 latency of the knowledge-base benchmark's queries (bench:store's: a dyad timeline, overdue plans of a
 * dyad, a person's meetings, a full-text search) on the database of the last run.
 *
 * The server: --base, else READOUT_BENCH_POSTGRES, else postgres://readout:readout@localhost:5432/readout (a role
 * that may create databases). Databases are named readout_qbench_<pid>_<workers>; each is dropped once the next run
 * has finished, the last after the queries (--keep keeps them all). Templates: ../shared/corpus/dev.jsonl, or the file named by READOUT_CORPUS.
 *
 * `--countries spread` (default) rewrites each readout's countries to others drawn with Zipf weights, so the
 * knowledge base has many dyads of roughly real density; `--countries template` keeps the templates' countries: the
 * dense-dyad stress case (18 of the 42 dev templates are Japan-Russia). The density of the generated country sets is
 * printed after the first run's queueing.
 */
import { measureKnowledgeBaseQueries } from './knowledge-base-queries.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { ExtractJob } from '../src/queue/job-payloads.ts';
import { EXTRACT_QUEUE, QUEUE_SCHEMA, openJobQueue } from '../src/queue/job-queue.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import { CountrySetDensity } from './country-set-density.ts';
import { generateReadouts } from './synthetic-readouts.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string' }, workers: { type: 'string' }, batch: { type: 'string' }, concurrency: { type: 'string' }, seed: { type: 'string' },
    repeat: { type: 'string' }, base: { type: 'string' }, keep: { type: 'boolean' }, countries: { type: 'string' },
  },
  strict: true,
});
const count = Number(values.count ?? 100_000);
const workerCounts = (values.workers ?? '1,2,4').split(',').map(Number);
const batch = Number(values.batch ?? 64);
const concurrency = Number(values.concurrency ?? 1);
const seed = Number(values.seed ?? 1);
const repeat = Number(values.repeat ?? 200);
const countries = values.countries ?? 'spread';
if (countries !== 'spread' && countries !== 'template') {
  process.stderr.write(`bench:workers: --countries must be spread or template, not ${countries}\n`);
  process.exit(2);
}
const base = values.base ?? process.env['READOUT_BENCH_POSTGRES'] ?? 'postgres://readout:readout@localhost:5432/readout';
const templatePath = process.env['READOUT_CORPUS'] ?? fileURLToPath(new URL('../../shared/corpus/dev.jsonl', import.meta.url));
const cli = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));

const out = (line: string): void => { process.stdout.write(`${line}\n`); };
const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');
const masked = (url: string): string => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

const admin = new pg.Client({ connectionString: base });
await admin.connect();
const databaseUrl = (name: string): string => { const u = new URL(base); u.pathname = `/${name}`; return u.toString(); };

out(`worker scale bench: ${count.toLocaleString('en')} generated readouts through ${workerCounts.join(', ')} worker processes (batch ${batch}, concurrency ${concurrency} each, ${countries} countries) on ${masked(base)}`);
out(`machine: ${cpus().length} cores, load average ${load()} (the workers, PostgreSQL and anything else running share these cores)`);

interface Run { readonly workers: number; readonly seconds: number; readonly steadyRate: number; readonly url: string; readonly name: string }
const runs: Run[] = [];
for (const workers of workerCounts) {
  const name = `readout_qbench_${process.pid}_${workers}`;
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  const url = databaseUrl(name);
  // Schema first (the workers would race to create it), then the queue, then the jobs.
  await (await openDatabase(url)).close();
  const queue = await openJobQueue(url);
  const enqueueStart = performance.now();
  let chunk: ExtractJob[] = [];
  let queued = 0;
  // Every run queues the same corpus: count its density once.
  const density = runs.length === 0 ? new CountrySetDensity() : null;
  for await (const r of generateReadouts({ templatePath, count, seed, countries })) {
    density?.add(r);
    chunk.push({ input: r.file, sourceKey: r.file, file: r.file, content: Buffer.from(r.text, 'utf8').toString('base64'), publisher: null });
    if (chunk.length === 500) {
      await queue.sendMany(EXTRACT_QUEUE, chunk);
      queued += chunk.length;
      chunk = [];
      if (queued % Math.max(500, Math.round(count / 10 / 500) * 500) === 0) out(`  [${workers} workers] queued ${queued.toLocaleString('en')}`);
    }
  }
  await queue.sendMany(EXTRACT_QUEUE, chunk);
  queued += chunk.length;
  await queue.close();
  out(`  [${workers} workers] queued ${queued.toLocaleString('en')} jobs in ${((performance.now() - enqueueStart) / 1000).toFixed(1)} s; starting ${workers} worker processes`);
  if (density !== null) out(`  ${density.summary()}`);

  const started = performance.now();
  const children: ChildProcess[] = Array.from({ length: workers }, () =>
    spawn(process.execPath, ['--import', 'tsx', cli, 'worker', '--db', url, '--batch', String(batch), '--concurrency', String(concurrency)], { cwd: root, stdio: ['ignore', 'ignore', 'ignore'] }));
  const exited = children.map((c) => new Promise<void>((resolve) => c.on('exit', () => resolve())));
  let firstDoneAt: number | null = null;
  let firstDoneCount = 0;
  let last = { t: started, done: 0 };
  // The queue's tables live in the run's database, not the admin one.
  const probe = new pg.Client({ connectionString: url });
  await probe.connect();
  const done = async (): Promise<number> => Number((await probe.query<{ n: string }>(`select count(*) as n from ${QUEUE_SCHEMA}.job where name = $1 and state = 'completed'`, [EXTRACT_QUEUE])).rows[0]?.n ?? 0);
  for (;;) {
    await new Promise((r) => setTimeout(r, 2000));
    const n = await done();
    const now = performance.now();
    if (firstDoneAt === null && n > 0) { firstDoneAt = now; firstDoneCount = n; }
    if (n !== last.done || n >= count) {
      out(`  [${workers} workers] ${n.toLocaleString('en')}/${count.toLocaleString('en')} done (${Math.round(((n - last.done) / (now - last.t)) * 1000)}/s now, ${Math.round((n / (now - started)) * 1000)}/s since start), load ${load()}`);
      last = { t: now, done: n };
    }
    if (n >= count) break;
    if (children.every((c) => c.exitCode !== null)) throw new Error(`every worker exited before the end (${n} of ${count} done)`);
  }
  const seconds = (performance.now() - started) / 1000;
  const steadyRate = firstDoneAt === null ? 0 : ((count - firstDoneCount) / ((performance.now() - firstDoneAt) / 1000));
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(exited);
  await probe.end();
  const run: Run = { workers, seconds, steadyRate, url, name };
  // Keep only the latest run's database (the queries run on the last one): at 100,000 readouts each holds gigabytes.
  const previous = runs[runs.length - 1];
  if (previous !== undefined && values.keep !== true) await admin.query(`drop database if exists ${previous.name} with (force)`);
  runs.push(run);
  out(`  [${workers} workers] ${count.toLocaleString('en')} readouts in ${seconds.toFixed(1)} s = ${Math.round(count / seconds)} readouts/s (${Math.round(steadyRate)}/s after the first completion, i.e. without process start-up)`);
}

out('');
out(`throughput (${cpus().length} cores shared by the workers and PostgreSQL; load average now ${load()}):`);
const one = runs.find((r) => r.workers === 1) ?? runs[0]!;
for (const r of runs) {
  out(`  ${String(r.workers).padStart(2)} worker${r.workers === 1 ? ' ' : 's'}  ${String(Math.round(count / r.seconds)).padStart(6)} readouts/s   ${String(Math.round(r.steadyRate)).padStart(6)}/s steady   scaling x${(one.seconds / r.seconds).toFixed(2)} vs ${one.workers} worker`);
}

// Query latencies on the last run's knowledge base: bench:store's queries, parameters drawn from what was stored.
const last = runs[runs.length - 1]!;
const dialect = await openDatabase(last.url);
const [docs] = (await dialect.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).execute());
out('');
out(`queries on the ${last.workers}-worker database (${Number(docs?.n ?? 0).toLocaleString('en')} documents; ${repeat} runs each with varied parameters):`);
await measureKnowledgeBaseQueries(dialect, { repeat, seed, out });
await dialect.close();
out(`load average at the end: ${load()}`);

if (values.keep !== true) await admin.query(`drop database if exists ${last.name} with (force)`);
else out(`kept: ${runs.map((r) => r.name).join(', ')}`);
await admin.end();
