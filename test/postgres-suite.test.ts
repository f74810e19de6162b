/**
 * What only PostgreSQL needs checked (the shared storage suite runs on it through test/engines.ts): write
 * transactions of separate connections queue behind one advisory lock as SQLite writers queue behind the file lock,
 * two processes ingesting the same document at once store it once, and the integrity check sees a full-text index
 * out of step. Without `READOUT_TEST_POSTGRES` this file says plainly that the PostgreSQL suite did not run.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { ingest } from '../src/app/ingest.ts';
import type { IngestOutcome } from '../src/app/ingest-outcome.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import { POSTGRES_TEST_HINT, postgres } from './engines.ts';
import { consistencyProblems, tableCounts } from './storage-test-helpers.ts';

const SAMPLE = resolve(import.meta.dirname, '../samples/mofa-jp-ru-2017-09-18.txt');

if (postgres === undefined) {
  test(`PostgreSQL suite: not run (${POSTGRES_TEST_HINT})`, (t) => {
    t.diagnostic(`the storage, linking, query and ingest tests ran on SQLite only; ${POSTGRES_TEST_HINT} (a role that may create databases) to run them on PostgreSQL too`);
    process.stderr.write(`PostgreSQL suite: not run (${POSTGRES_TEST_HINT})\n`);
  });
} else {
  const engine = postgres;
  describe('postgres', () => {
    test('write transactions of two connections run one after the other', async () => {
      const target = await engine.newDatabase();
      const [a, b] = await Promise.all([openDatabase(target), openDatabase(target)]);
      try {
        const events: string[] = [];
        let aHasLock!: () => void;
        const aStarted = new Promise<void>((r) => { aHasLock = r; });
        const first = a.writeTransaction(async (trx) => {
          events.push('a start');
          aHasLock();
          await new Promise((r) => setTimeout(r, 300));
          await sql`select 1`.execute(trx);
          events.push('a end');
        });
        await aStarted;
        const second = b.writeTransaction(async () => { events.push('b start'); });
        await Promise.all([first, second]);
        assert.deepEqual(events, ['a start', 'a end', 'b start']);
        assert.equal(a.capabilities.concurrentWriters, true);
      } finally {
        await a.close();
        await b.close();
      }
    });

    test('two connections ingesting the same document at once store it once', async () => {
      const target = await engine.newDatabase();
      const [a, b] = await Promise.all([openDatabase(target), openDatabase(target)]);
      try {
        const outcomes: IngestOutcome[] = [];
        await Promise.all([a, b].map((dialect) => ingest(dialect, [SAMPLE], { onOutcome: (o) => outcomes.push(o) })));
        assert.deepEqual(outcomes.map((o) => o.status).sort(), ['added', 'unchanged']);
        assert.equal(outcomes[0]?.documentId, outcomes[1]?.documentId);
      } finally {
        await a.close();
        await b.close();
      }
      const counts = await tableCounts(target);
      assert.equal(counts['documents'], 1);
      assert.equal(counts['meetings'], 1);
      assert.deepEqual(await consistencyProblems(target), []);
    });

    test('the integrity check reports a full-text index out of step with the current documents', async () => {
      const target = await engine.newDatabase();
      const dialect = await openDatabase(target);
      try {
        await ingest(dialect, [SAMPLE]);
        assert.deepEqual(await dialect.integrityCheck(), []);
        await sql`delete from documents_fts`.execute(dialect.db);
        assert.deepEqual(await dialect.integrityCheck(), ['full-text index: 1 current documents missing']);
      } finally {
        await dialect.close();
      }
    });

    test('full-text search keeps stop words and stems like SQLite, snippets mark words with « »', async () => {
      const dialect = await openDatabase(await engine.newDatabase());
      try {
        await ingest(dialect, [SAMPLE]);
        const hits = await dialect.fullTextSearch(dialect.db, 'the meetings', 5);
        assert.equal(hits.length, 1);
        assert.match(hits[0]!.snippet, /«[Mm]eeting»/);
        assert.deepEqual(await dialect.fullTextSearch(dialect.db, 'Lavrov or Nobody', 5), []);
      } finally {
        await dialect.close();
      }
    });
  });
}
