/**
 * `npm run bench:http [-- --count N] [-- --duration S] [-- --clients C] [-- --db FILE] [-- --workers W]`: the HTTP API
 * under load.
 *
 * 1. A knowledge base of N generated readouts (default 100,000; real readouts cycled with shifted dates and swapped
 *    names, as `bench:store` makes them), built once through the real ingest use case into
 *    /tmp/readout-http-bench-<N>.db (or --db) and reused by later runs.
 * 2. `readout serve`'s server started on it in a child process (so the load generator does not share its event loop),
 *    with W server processes as `readout serve --workers` runs them (default as `serve`'s: one per core but one).
 * 3. C concurrent clients (default 50), each sending its next request as soon as the last one answered, for S seconds
 *    (default 20), spread over the endpoints the web UI's main pages use: the Relations listing (/api/dyads), a dyad's
 *    meetings for a year, one meeting in full, and a dyad's open plans as of a date. Parameters are drawn from what is
 *    stored.
 * Prints throughput and p50/p95/p99 latency per endpoint, and the CPU time each request cost the server and the load
 * generator (what a shared machine's latencies hide). Target: p95 <= 100 ms. `--no-cache` turns the server's response
 * cache off, to measure the queries themselves; BENCH_PROF=<dir> in the environment writes CPU profiles of the server
 * processes there.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { Agent, get } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { defaultWorkerCount, extractionPool } from '../src/app/extraction-pool.ts';
import { ingestSources } from '../src/app/ingest.ts';
import { startServer } from '../src/http/serve.ts';
import { defaultServeWorkers, startServerWorkers } from '../src/http/serve-workers.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import { generatedIngestSources } from './generated-ingest-sources.ts';
import { mulberry32 } from './synthetic-readouts.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string' }, db: { type: 'string' }, duration: { type: 'string' }, clients: { type: 'string' },
    seed: { type: 'string' }, jobs: { type: 'string' }, 'serve-only': { type: 'boolean' }, 'no-cache': { type: 'boolean' }, workers: { type: 'string' },
  },
  strict: true,
});
const count = Number(values.count ?? 100_000);
const file = values.db ?? join(tmpdir(), `readout-http-bench-${count}.db`);
const out = (line: string): void => { process.stdout.write(`${line}\n`); };
const workers = Number(values.workers ?? defaultServeWorkers(file));

if (values['serve-only'] === true) {
  // The child: serve the database until the parent closes stdin.
  const cache = values['no-cache'] !== true;
  if (workers === 1) {
    const dialect = await openDatabase(file);
    const server = await startServer({ dialect, port: 0, cache, log: () => {} });
    out(`LISTENING ${server.url}`);
    process.stdin.resume();
    process.stdin.on('end', () => { void server.close().then(() => dialect.close()).then(() => process.exit(0)); });
  } else {
    await (await openDatabase(file)).close(); // migrations, once, before the workers open it
    const server = await startServerWorkers({ target: file, port: 0, host: '127.0.0.1', allowPrivate: false, token: null, cache }, workers);
    out(`LISTENING ${server.url}`);
    process.stdin.resume();
    process.stdin.on('end', () => { void server.close().then(() => process.exit(0)); });
  }
} else {
  await main();
}

async function main(): Promise<void> {
  const durationS = Number(values.duration ?? 20);
  const clients = Number(values.clients ?? 50);
  const seed = Number(values.seed ?? 1);
  if (!existsSync(file)) await buildDatabase(seed);
  const size = ['', '-wal'].map((s) => (existsSync(file + s) ? statSync(file + s).size : 0)).reduce((a, b) => a + b, 0);

  const params = await drawParameters(seed);
  out(`http load${values['no-cache'] === true ? ' (response cache off)' : ''}, ${workers} server process${workers === 1 ? '' : 'es'}: ${file} (${(size / 1024 / 1024).toFixed(0)} MB: ${params.documents.toLocaleString('en')} documents, ${params.meetingCount.toLocaleString('en')} meetings, ${params.planCount.toLocaleString('en')} plans)`);

  const child = spawn(process.execPath, [...(process.env['BENCH_PROF'] ? ['--cpu-prof', '--cpu-prof-dir=' + process.env['BENCH_PROF']] : []), '--import', 'tsx', fileURLToPath(import.meta.url), '--serve-only', '--db', file, '--count', String(count), '--workers', String(workers), ...(values['no-cache'] === true ? ['--no-cache'] : [])], { stdio: ['pipe', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const match = /LISTENING (\S+)/.exec(buffered);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });

  const random = mulberry32(seed + 2);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const endpoints: { name: string; url: () => string }[] = [
    { name: 'GET /api/dyads (Relations)', url: () => `/api/dyads?asOf=${pick(params.years)}-06-30` },
    { name: 'GET /api/meetings?dyad&from&to', url: () => { const y = pick(params.years); return `/api/meetings?dyad=${pick(params.dyads)}&from=${y}-01-01&to=${y}-12-31&limit=100`; } },
    { name: 'GET /api/meetings/{id}', url: () => `/api/meetings/${pick(params.meetingIds)}?asOf=${pick(params.years)}-06-30` },
    { name: 'GET /api/plans?dyad&status&asOf', url: () => `/api/plans?dyad=${pick(params.dyads)}&status=${pick(['pending', 'overdue', 'held'])}&asOf=${pick(params.years)}-06-30&limit=100` },
  ];

  // Warm-up: one request per endpoint (statement caches, page cache) before the clock starts.
  // node:http with a keep-alive agent rather than fetch: the load generator shares the cores with the server, and
  // fetch costs it about twice the CPU per request.
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const request = (path: string): Promise<{ status: number; bytes: number }> => new Promise((resolve, reject) => {
    get(base + path, { agent }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => { bytes += chunk.byteLength; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    }).on('error', reject);
  });
  for (const e of endpoints) await request(e.url());

  const serverCpuBefore = processTreeCpuMs(child.pid);
  const clientCpuBefore = process.cpuUsage();
  const times = endpoints.map(() => [] as number[]);
  const errors = endpoints.map(() => 0);
  const bytes = endpoints.map(() => 0);
  const started = performance.now();
  const deadline = started + durationS * 1000;
  let turn = 0;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (performance.now() < deadline) {
      const i = turn++ % endpoints.length;
      const endpoint = endpoints[i]!;
      const t = performance.now();
      try {
        const res = await request(endpoint.url());
        if (res.status !== 200) errors[i]!++;
        bytes[i]! += res.bytes;
      } catch {
        errors[i]!++;
      }
      times[i]!.push(performance.now() - t);
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  const serverCpu = processTreeCpuMs(child.pid) - serverCpuBefore;
  const clientCpu = process.cpuUsage(clientCpuBefore);
  child.stdin.end();
  agent.destroy();

  const total = times.reduce((n, t) => n + t.length, 0);
  out(`${clients} clients for ${elapsed.toFixed(1)} s: ${total.toLocaleString('en')} requests, ${(total / elapsed).toFixed(0)} requests/s overall`);
  const q = (sorted: number[], p: number): string => (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(1);
  let worstP95 = 0;
  endpoints.forEach((e, i) => {
    const sorted = [...times[i]!].sort((a, b) => a - b);
    worstP95 = Math.max(worstP95, Number(q(sorted, 0.95)));
    out(`  ${e.name.padEnd(34)} ${(sorted.length / elapsed).toFixed(0).padStart(5)} req/s   p50 ${q(sorted, 0.5).padStart(7)} ms   p95 ${q(sorted, 0.95).padStart(7)} ms   p99 ${q(sorted, 0.99).padStart(7)} ms   ${errors[i]} errors   ${(bytes[i]! / Math.max(1, sorted.length) / 1024).toFixed(1)} KB/response`);
  });
  // CPU time per request says what the figures above cannot on a shared machine: how much of a core each request
  // costs the server (all its processes) and the load generator.
  const cpuLine = `CPU per request: server ${(serverCpu / total).toFixed(2)} ms, load generator ${((clientCpu.user + clientCpu.system) / 1000 / total).toFixed(2)} ms; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${availableParallelism()} cores`;
  out(Number.isNaN(serverCpu) ? cpuLine.replace(/server \S+ ms, /, '') : cpuLine);
  out(`target p95 <= 100 ms: ${worstP95 <= 100 ? 'met' : `NOT met (worst p95 ${worstP95} ms)`}`);
}

/** CPU time (user + system, ms) used so far by process `pid` and its descendants; NaN where /proc is not there. */
function processTreeCpuMs(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised command name): user and system time in ticks.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    let ms = (Number(fields[11]) + Number(fields[12])) * 10;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      for (const childPid of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter((p) => p !== '')) ms += processTreeCpuMs(Number(childPid));
    }
    return ms;
  } catch {
    return Number.NaN;
  }
}

/** Ingests `count` generated readouts into a temporary file, renamed to `file` once complete. */
async function buildDatabase(seed: number): Promise<void> {
  const building = `${file}.building`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(building + suffix, { force: true });
  const jobs = Number(values.jobs ?? defaultWorkerCount());
  out(`building ${file}: ${count.toLocaleString('en')} generated readouts through the ingest use case (${jobs} extraction threads; reused by later runs)`);
  const templatePath = process.env['READOUT_CORPUS'] ?? fileURLToPath(new URL('../../shared/corpus/dev.jsonl', import.meta.url));
  const dialect = await openDatabase(building);
  const extractor = extractionPool(jobs);
  let done = 0;
  const started = performance.now();
  try {
    await ingestSources(dialect, generatedIngestSources({ templatePath, count, seed }), {
      extractor,
      batchSize: 200,
      onOutcome: () => {
        if (++done % 5000 === 0) out(`  ${done.toLocaleString('en')} (${Math.round(done / ((performance.now() - started) / 1000))}/s)`);
      },
    });
  } finally {
    await extractor.close();
    await dialect.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(building + suffix, { force: true });
  renameSync(building, file);
}

/** Dyads, meeting ids and years to vary the requests over, from the stored data. */
async function drawParameters(seed: number) {
  const dialect = await openDatabase(file);
  try {
    const db = dialect.db;
    const dyads = (await db.selectFrom('meetings').select('countries_key').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('countries_key', 'like', '%,%').groupBy('countries_key').orderBy('n', 'desc').limit(15).execute()).map((r) => r.countries_key.replace(',', '-'));
    const random = mulberry32(seed + 1);
    const ids = (await db.selectFrom('meetings').select('id').execute()).map((r) => r.id);
    const meetingIds = Array.from({ length: 2000 }, () => ids[Math.floor(random() * ids.length)]!);
    const years = (await db.selectFrom('meetings').select((eb) => eb.fn('substr', ['date', eb.val(1), eb.val(4)]).as('y')).distinct().where('date', 'is not', null).execute())
      .map((r) => String(r.y)).filter((y) => /^\d{4}$/.test(y)).sort();
    const counts = await db.selectNoFrom((eb) => [
      eb.selectFrom('documents').select(eb.fn.countAll<number>().as('n')).as('documents'),
      eb.selectFrom('plans').select(eb.fn.countAll<number>().as('n')).as('plans'),
    ]).executeTakeFirstOrThrow();
    return { dyads, meetingIds, years: years.slice(-12), meetingCount: ids.length, documents: Number(counts.documents), planCount: Number(counts.plans) };
  } finally {
    await dialect.close();
  }
}

