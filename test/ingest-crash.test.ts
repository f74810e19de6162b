/**
 * Reliability of batch ingest against real processes, on every engine (test/engines.ts): `kill -9` in the middle of
 * a batch leaves a consistent database, and re-running the same ingest adds exactly what was missing; two ingest
 * processes writing one database at once over overlapping inputs neither corrupt it nor store anything twice.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ingest } from '../src/app/ingest.ts';
import { isPostgresUrl } from '../src/storage/dialects/postgres.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import { consistencyProblems, tableCounts, tempDir, writeBulkFiles } from './storage-test-helpers.ts';
import { engines } from './engines.ts';

const ROOT = resolve(import.meta.dirname, '..');
const FILES = 300;

function startIngest(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolveDone) => {
    child.on('exit', (code, signal) => resolveDone({ code, signal, stderr }));
  });
  return { child, done };
}

async function storedDocuments(target: string): Promise<number> {
  if (isPostgresUrl(target)) {
    const dialect = await openDatabase(target);
    try {
      return Number((await dialect.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    } finally {
      await dialect.close();
    }
  }
  const file = target;
  if (!existsSync(file)) return 0;
  try {
    const db = new Database(file, { readonly: true, timeout: 5000 });
    try {
      return (db.prepare('select count(*) as n from documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

for (const engine of engines) describe(engine.name, () => {
  test('kill -9 during a batch ingest: consistent database; re-running adds exactly what was missing', { timeout: 180_000 }, async () => {
    const { dir, cleanup } = tempDir('crash');
    try {
      const inputs = join(dir, 'inputs');
      await writeBulkFiles(inputs, FILES);
      const db = await engine.newDatabase();
      const { child, done } = startIngest([inputs, '--db', db, '--jobs', '1']);
      // Kill once a few batches are committed, while later ones are being extracted and written.
      const deadline = Date.now() + 120_000;
      while ((await storedDocuments(db)) < 100 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      child.kill('SIGKILL');
      const exit = await done;
      assert.equal(exit.signal, 'SIGKILL', `the ingest finished before it could be killed: ${exit.stderr}`);

      assert.deepEqual(await consistencyProblems(db), []);
      const survived = (await tableCounts(db))['documents']!;
      assert.ok(survived >= 100 && survived < FILES, `${survived} documents stored before the kill`);

      const dialect = await openDatabase(db);
      try {
        const summary = await ingest(dialect, [inputs]);
        assert.deepEqual({ added: summary.added, unchanged: summary.unchanged, updated: summary.updated, failed: summary.failed },
          { added: FILES - survived, unchanged: survived, updated: 0, failed: 0 });
      } finally {
        await dialect.close();
      }
      assert.equal((await tableCounts(db))['documents'], FILES);
      assert.deepEqual(await consistencyProblems(db), []);
    } finally {
      cleanup();
    }
  });

  test('two ingest processes writing one database at once: no corruption, no duplicates', { timeout: 180_000 }, async () => {
    const { dir, cleanup } = tempDir('concurrent');
    try {
      const inputs = join(dir, 'inputs');
      const paths = await writeBulkFiles(inputs, FILES);
      const db = await engine.newDatabase();
      // Overlapping halves: files 0-199 and 100-299, the shared ones in the same order.
      const a = startIngest([...paths.slice(0, 200), '--db', db, '--jobs', '1']);
      const b = startIngest([...paths.slice(100), '--db', db, '--jobs', '1']);
      const [ra, rb] = await Promise.all([a.done, b.done]);
      assert.equal(ra.code, 0, ra.stderr);
      assert.equal(rb.code, 0, rb.stderr);
      const added = (stderr: string): number => Number(/(\d+) added/.exec(stderr.split('\n').filter((l) => /inputs in/.test(l)).pop() ?? '')?.[1] ?? NaN);
      assert.equal(added(ra.stderr) + added(rb.stderr), FILES, `${ra.stderr}\n${rb.stderr}`);
      const counts = await tableCounts(db);
      assert.equal(counts['documents'], FILES);
      assert.equal(counts['current'], FILES);
      assert.deepEqual(await consistencyProblems(db), []);
    } finally {
      cleanup();
    }
  });
});
