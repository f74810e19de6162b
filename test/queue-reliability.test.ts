/**
 * Reliability of distributed ingestion, with real worker processes on PostgreSQL: a worker killed with `kill -9` in
 * the middle of a batch, PostgreSQL restarted during an ingest, and two workers given the same document at once.
 * Each ends with every job completed and each document stored exactly once. Needs READOUT_TEST_POSTGRES.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  FAST_QUEUE_ENV, NOT_RUN, POSTGRES_URL, freshDatabase, queryOnce, jobStates, readoutDirectory, runCliSync, startCli, startPrivateCluster, storedCounts, tempDirectory, waitFor,
} from './queue-helpers.ts';

/** Queues `inputs`; the queues are created with `env`'s timings (a taken job expires after 20 s unless said). */
const enqueue = (url: string, inputs: readonly string[], env: Record<string, string> = QUEUE_ENV): void => {
  const r = runCliSync(['ingest', '--queue', '--db', url, ...inputs], env);
  assert.equal(r.status, 0, r.stderr);
};

/**
 * A taken job expires (its worker is presumed dead, the job retried) after 20 s: long enough for any batch here on a
 * loaded machine, short enough for the kill -9 test. A batch outliving it would be worked twice (still stored once).
 */
const QUEUE_ENV = { ...FAST_QUEUE_ENV, READOUT_JOB_EXPIRE_SECONDS: '20' };

describe('queue reliability (worker processes on PostgreSQL)', { skip: POSTGRES_URL === undefined ? NOT_RUN : false, timeout: 600_000 }, () => {
  const base = POSTGRES_URL ?? '';

  it('a worker killed with kill -9 mid-batch: its jobs are retried by another worker, every document stored once', async () => {
    const url = await freshDatabase(base);
    const total = 160;
    enqueue(url, [readoutDirectory(total)]);
    const first = startCli(['worker', '--db', url, '--batch', '20'], QUEUE_ENV);
    await waitFor('the first worker to finish a batch and hold the next', async () => {
      const s = await jobStates(url);
      return (s['completed'] ?? 0) > 0 && (s['active'] ?? 0) > 0;
    }, 120_000);
    first.child.kill('SIGKILL');
    assert.equal(await first.exited, 'SIGKILL');
    const atKill = await jobStates(url);
    assert.ok((atKill['active'] ?? 0) > 0, `jobs were in hand when the worker died: ${JSON.stringify(atKill)}`);
    assert.ok((atKill['completed'] ?? 0) < total, 'the kill came before the end');

    const second = startCli(['worker', '--db', url, '--batch', '20'], QUEUE_ENV);
    await waitFor(`all ${total} jobs completed`, async () => (await jobStates(url))['completed'] === total, 180_000);
    assert.deepEqual(await storedCounts(url), { documents: total, distinct: total });
    const states = await jobStates(url);
    assert.equal(states['failed'] ?? 0, 0);
    assert.equal(states['active'] ?? 0, 0);
    const [retried] = await queryOnce<{ n: string }>(url, `select count(*) as n from readout_queue.job where state = 'completed' and retry_count > 0`);
    assert.ok(Number(retried?.n) > 0, 'the jobs the dead worker held were completed on a retry');
    second.child.kill('SIGTERM');
    assert.equal(await second.exited, 0, second.log());
    assert.match(second.log(), /stopped after \d+ jobs/);
  });

  it('SIGTERM mid-batch: the worker finishes the batch in hand, marks it done and exits 0', async () => {
    const url = await freshDatabase(base);
    enqueue(url, [readoutDirectory(120)]);
    const worker = startCli(['worker', '--db', url, '--batch', '40'], QUEUE_ENV);
    await waitFor('a batch in hand', async () => ((await jobStates(url))['active'] ?? 0) > 0, 120_000);
    worker.child.kill('SIGTERM');
    assert.equal(await worker.exited, 0, worker.log());
    const states = await jobStates(url);
    assert.equal(states['active'] ?? 0, 0, `nothing left active: ${JSON.stringify(states)}`);
    assert.equal((states['retry'] ?? 0) + (states['failed'] ?? 0), 0, `the batch was finished, not released: ${JSON.stringify(states)}\n${worker.log()}`);
    assert.ok((states['completed'] ?? 0) >= 40, 'at least the batch in hand was completed');
    assert.equal((await storedCounts(url)).documents, states['completed']);
    assert.match(worker.log(), /SIGTERM: finishing the jobs in hand/);
  });

  it('two workers given the same document at once store one copy', async () => {
    const url = await freshDatabase(base);
    const dir = tempDirectory();
    const text = readFileSync(join(readoutDirectory(1), 'doc-00000.txt'));
    writeFileSync(join(dir, 'a.txt'), text);
    writeFileSync(join(dir, 'b.txt'), text);
    // 16 jobs for one content: the same file eight times, and a copy of it under another name eight times.
    enqueue(url, Array.from({ length: 8 }, () => dir));
    const workers = [0, 1].map(() => startCli(['worker', '--db', url, '--batch', '1', '--concurrency', '2'], QUEUE_ENV));
    await waitFor('all 16 jobs completed', async () => (await jobStates(url))['completed'] === 16, 120_000);
    assert.deepEqual(await storedCounts(url), { documents: 1, distinct: 1 });
    for (const w of workers) w.child.kill('SIGTERM');
    for (const w of workers) assert.equal(await w.exited, 0, w.log());
    const log = workers.map((w) => w.log()).join('');
    assert.equal((log.match(/\] added document/g) ?? []).length, 1, `one job added it, the others found it stored:\n${log}`);
    if (process.env['READOUT_TEST_VERBOSE'] !== undefined) console.log(log);
  });

  it('PostgreSQL restarted during an ingest: workers reconnect and finish, nothing lost or duplicated', async (t) => {
    const cluster = await startPrivateCluster();
    if ('unavailable' in cluster) {
      t.skip(`NOT RUN (no private PostgreSQL cluster: ${cluster.unavailable})`);
      return;
    }
    const url = await freshDatabase(cluster.url);
    const total = 200;
    enqueue(url, [readoutDirectory(total)]);
    const workers = [0, 1].map(() => startCli(['worker', '--db', url, '--batch', '10'], QUEUE_ENV));
    await waitFor('some jobs completed', async () => ((await jobStates(url))['completed'] ?? 0) >= 20, 120_000);
    cluster.stop();
    await new Promise((r) => setTimeout(r, 3000));
    for (const w of workers) assert.equal(w.child.exitCode, null, crashReason(w.log()));
    cluster.start();
    let finished = false;
    const crashed = Promise.race(workers.map((w) => w.exited.then(() => { if (!finished) throw new Error(crashReason(w.log())); })));
    await Promise.race([waitFor(`all ${total} jobs completed after the restart`, async () => (await jobStates(url))['completed'] === total, 240_000), crashed]);
    finished = true;
    assert.deepEqual(await storedCounts(url), { documents: total, distinct: total });
    for (const w of workers) w.child.kill('SIGTERM');
    for (const w of workers) assert.equal(await w.exited, 0, w.log());
    assert.match(workers.map((w) => w.log()).join(''), /back to work: the queue and the store answer again/);
  });
});

/** Why a worker exited while PostgreSQL was down, with the known cause named. */
function crashReason(log: string): string {
  const known = /Unhandled 'error' event/.test(log) && /Connection terminated|terminating connection/.test(log)
    ? 'a pg client checked out by the PostgreSQL dialect (Kysely holds one for each query and transaction) has no \'error\' listener, so '
      + 'the server going away crashes the process; src/storage/dialects/postgres.ts needs '
      + '`pool.on(\'connect\', (client) => client.on(\'error\', () => {}))` (the failed query still rejects). '
    : '';
  return `a worker exited while PostgreSQL was down: ${known}\n${log}`;
}
