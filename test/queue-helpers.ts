/**
 * What the queue tests share: fresh PostgreSQL databases (`readout_qtest_<pid>_<n>`, dropped when the file's tests
 * are done) on the server named by `READOUT_TEST_POSTGRES`, a private throwaway PostgreSQL cluster (for restarting
 * one without disturbing anyone), distinct readouts to ingest, worker processes, and waiting for a condition.
 */
import { after } from 'node:test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import pg from 'pg';
import { dropTestDatabase } from './engines.ts';

/** The server of the queue tests; unset: they say they were not run. */
export const POSTGRES_URL = process.env['READOUT_TEST_POSTGRES'];
export const NOT_RUN = 'queue tests NOT RUN: set READOUT_TEST_POSTGRES=postgres://user:pass@host/db (a role that may create databases)';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'src/cli/main.ts');
const PREFIX = 'readout_qtest_';
const cleanups: (() => Promise<void>)[] = [];
after(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

let n = 0;
/** A new empty database on `base`'s server; its URL. Dropped after the file's tests. */
export async function freshDatabase(base: string): Promise<string> {
  const name = `${PREFIX}${process.pid}_${++n}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await dropTestDatabase(admin, name);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  cleanups.push(async () => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await dropTestDatabase(c, name).finally(() => c.end());
  });
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one query on `url` and closes the connection. */
export async function queryOnce<R extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<R[]> {
  const c = new pg.Client({ connectionString: url });
  c.on('error', () => {});
  await c.connect();
  try {
    return (await c.query<R>(text, values)).rows;
  } finally {
    await c.end().catch(() => {});
  }
}

/** Documents stored and distinct contents among them (equal when nothing was stored twice). */
export async function storedCounts(url: string): Promise<{ documents: number; distinct: number }> {
  const [row] = await queryOnce<{ documents: string; distinct: string }>(url, 'select count(*) as documents, count(distinct content_hash) as distinct from documents');
  return { documents: Number(row?.documents ?? 0), distinct: Number(row?.distinct ?? 0) };
}

/** Jobs of the readout queues by state (live and archived). */
export async function jobStates(url: string): Promise<Record<string, number>> {
  const rows = await queryOnce<{ state: string; n: string }>(url,
    `select state::text as state, count(*) as n from (select state, name from readout_queue.job union all select state, name from readout_queue.archive) j
     where name like 'readout-%' group by state`);
  return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
}

/** `count` distinct readouts as `.txt` files in a new directory: the samples, each with a numbered note appended. */
export function readoutDirectory(count: number): string {
  const samples = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.txt')).sort();
  const dir = mkdtempSync(join(tmpdir(), 'readout-qtest-docs-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  for (let i = 0; i < count; i++) {
    const sample = samples[i % samples.length]!;
    const text = readFileSync(join(ROOT, 'samples', sample), 'utf8');
    writeFileSync(join(dir, `doc-${String(i).padStart(5, '0')}.txt`), `${text}\n\n(Reference ${i}.)\n`);
  }
  return dir;
}

/** A new empty directory, removed after the file's tests. */
export function tempDirectory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'readout-qtest-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Polls `check` every 250 ms until it returns true; throws with `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Queue timings for tests: a taken job is retried 3 s after its worker died; maintenance every second. */
export const FAST_QUEUE_ENV = {
  READOUT_JOB_EXPIRE_SECONDS: '3',
  READOUT_JOB_RETRY_DELAY_SECONDS: '1',
  READOUT_QUEUE_MAINTENANCE_SECONDS: '1',
};

/** A `readout` CLI process. Its stderr is collected in `log()`. */
export interface CliProcess {
  readonly child: ChildProcess;
  log(): string;
  /** Resolves with the exit code (or the signal's name). */
  readonly exited: Promise<number | string>;
}

/** Starts `readout ...args` as a child process. Killed (SIGKILL) after the file's tests if still running. */
export function startCli(args: readonly string[], env: Record<string, string> = {}): CliProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (d: Buffer) => { log += d.toString(); });
  child.stdout!.on('data', (d: Buffer) => { log += d.toString(); });
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  cleanups.push(async () => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); });
  return { child, log: () => log, exited };
}

/** Runs `readout ...args` to the end: its exit code and output. */
export function runCliSync(args: readonly string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A private PostgreSQL cluster that a test may stop and start. */
export interface PrivateCluster {
  /** URL of its `postgres` database (superuser, trust authentication). */
  readonly url: string;
  stop(): void;
  start(): void;
}

/**
 * Starts a throwaway PostgreSQL cluster on a free port (initdb and pg_ctl as the `postgres` user, since initdb refuses
 * root); removed after the file's tests. Null, with the reason, when the server binaries or the user are missing.
 */
export async function startPrivateCluster(): Promise<PrivateCluster | { readonly unavailable: string }> {
  const binDir = ['/usr/lib/postgresql'].filter(existsSync).flatMap((d) => readdirSync(d).sort().map((v) => join(d, v, 'bin'))).filter((b) => existsSync(join(b, 'initdb'))).pop();
  if (binDir === undefined) return { unavailable: 'initdb not found under /usr/lib/postgresql' };
  const asRoot = process.getuid?.() === 0;
  if (asRoot && spawnSync('id', ['postgres']).status !== 0) return { unavailable: 'running as root and there is no postgres user to run initdb as' };
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'readout-qtest-pg-'));
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'sock'));
  if (asRoot) spawnSync('chown', ['-R', 'postgres:postgres', dir]);
  const run = (cmd: string): { status: number | null; out: string } => {
    const r = asRoot ? spawnSync('su', ['postgres', '-c', cmd], { encoding: 'utf8' }) : spawnSync('sh', ['-c', cmd], { encoding: 'utf8' });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };
  const init = run(`${binDir}/initdb -D ${dir}/data -A trust -U postgres -E UTF8`);
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { unavailable: `initdb failed: ${init.out.trim().split('\n').pop() ?? ''}` };
  }
  const start = (): void => {
    const r = run(`${binDir}/pg_ctl -D ${dir}/data -o "-p ${port} -k ${dir}/sock -c listen_addresses=127.0.0.1" -l ${dir}/log -w start`);
    if (r.status !== 0) throw new Error(`pg_ctl start failed: ${r.out}`);
  };
  const stop = (): void => {
    const r = run(`${binDir}/pg_ctl -D ${dir}/data -m fast -w stop`);
    if (r.status !== 0) throw new Error(`pg_ctl stop failed: ${r.out}`);
  };
  start();
  cleanups.push(async () => {
    run(`${binDir}/pg_ctl -D ${dir}/data -m immediate -w stop`);
    rmSync(dir, { recursive: true, force: true });
  });
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop, start };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
