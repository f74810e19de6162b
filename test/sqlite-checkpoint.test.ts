/**
 * SQLite's WAL is checkpointed by a background thread once a process writes (so the writer's commits do not), with
 * the writer's own automatic checkpoint (every 10,000 pages) as the fallback.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../src/storage/open-database.ts';

test('committed pages reach the database file without the writer checkpointing, and nothing is lost', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-checkpoint-'));
  const file = join(dir, 'kb.db');
  try {
    const dialect = await openDatabase(file);
    await dialect.writeTransaction(async (trx) => {
      await sql`create table filler (id integer primary key, body text not null)`.execute(trx);
    });
    const before = statSync(file).size;
    // About 2 MB: some 500 pages, far below the writer's own threshold of 10,000.
    const body = 'x'.repeat(4000);
    await dialect.writeTransaction(async (trx) => {
      for (let i = 0; i < 500; i++) await sql`insert into filler (body) values (${body})`.execute(trx);
    });
    let after = statSync(file).size;
    for (let waited = 0; after - before < 1_500_000 && waited < 5000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = statSync(file).size;
    }
    assert.ok(after - before >= 1_500_000, `database file grew by ${after - before} bytes only: no checkpoint ran`);
    const [row] = (await sql<{ n: number }>`select count(*) as n from filler`.execute(dialect.db)).rows;
    assert.equal(Number(row?.n), 500);
    await dialect.close();
    // Reopened: everything is there and the file is sound.
    const again = await openDatabase(file);
    assert.equal(Number((await sql<{ n: number }>`select count(*) as n from filler`.execute(again.db)).rows[0]?.n), 500);
    assert.deepEqual(await again.integrityCheck(), []);
    await again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
