/**
 * The storage layer on a temp SQLite file: migrations apply once and are idempotent, the file is in WAL mode with
 * foreign keys on, the full-text index finds current documents only and follows a new version in the same
 * transaction, and a failing write transaction leaves nothing behind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, databaseFile } from '../src/storage/open-database.ts';
import { storeDocument, type DocumentToStore } from '../src/storage/document-repository.ts';
import { tempDir } from './storage-test-helpers.ts';

function doc(sourceKey: string, hash: string, text: string): DocumentToStore {
  return {
    sourceKey, file: sourceKey, url: null, contentHash: hash, format: 'text', text, record: null, error: 'not extracted in this test',
    fallbackTitle: 'Title', fallbackPublisher: null, fallbackPublished: null, issues: [], extractorVersion: 'test', ingestedAt: '2026-01-01T00:00:00.000Z',
  };
}

test('database file: --db, else READOUT_DB, else ./readout.db', () => {
  assert.equal(databaseFile('x.db', { READOUT_DB: 'y.db' }), 'x.db');
  assert.equal(databaseFile(undefined, { READOUT_DB: 'y.db' }), 'y.db');
  assert.equal(databaseFile(undefined, {}), './readout.db');
});

test('migrations run once; reopening applies nothing; pragmas set', async () => {
  const { dir, cleanup } = tempDir('schema');
  try {
    const file = join(dir, 'kb.db');
    const first = await openDatabase(file);
    const migrations = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(first.db);
    assert.deepEqual(migrations.rows.map((r) => r.name), ['001-initial-schema', '002-linking-module', '003-read-indexes', '004-link-lookups']);
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(first.db);
    assert.equal(mode.rows[0]?.journal_mode, 'wal');
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(first.db);
    assert.equal(fk.rows[0]?.foreign_keys, 1);
    await first.close();
    const second = await openDatabase(file);
    const again = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(second.db);
    assert.equal(again.rows[0]?.n, migrations.rows.length);
    assert.deepEqual(await second.integrityCheck(), []);
    await second.close();
  } finally {
    cleanup();
  }
});

test('full-text search: current versions only, snippet marks the words, operators are literal', async () => {
  const { dir, cleanup } = tempDir('fts');
  const dialect = await openDatabase(join(dir, 'kb.db'));
  try {
    await dialect.writeTransaction(async (trx) => {
      await storeDocument(trx, dialect, doc('/a.txt', 'h1', 'Foreign Minister Kono met Foreign Minister Lavrov in New York.'));
      await storeDocument(trx, dialect, doc('/b.txt', 'h2', 'The Secretary spoke with Foreign Minister Wang Yi by telephone.'));
    });
    const hits = await dialect.fullTextSearch(dialect.db, 'Lavrov', 10);
    assert.equal(hits.length, 1);
    assert.match(hits[0]!.snippet, /«Lavrov»/);
    assert.equal((await dialect.fullTextSearch(dialect.db, 'foreign minister', 10)).length, 2);
    assert.deepEqual(await dialect.fullTextSearch(dialect.db, 'AND OR "', 10), []);
    assert.deepEqual(await dialect.fullTextSearch(dialect.db, '  ', 10), []);
    // A new version of /a.txt: the old text leaves the index in the same transaction.
    await dialect.writeTransaction(async (trx) => {
      const result = await storeDocument(trx, dialect, doc('/a.txt', 'h3', 'Foreign Minister Kono met Foreign Minister Kang in Seoul.'));
      assert.equal(result.status, 'updated');
      assert.equal(result.version, 2);
    });
    assert.deepEqual(await dialect.fullTextSearch(dialect.db, 'Lavrov', 10), []);
    assert.equal((await dialect.fullTextSearch(dialect.db, 'Seoul', 10)).length, 1);
    assert.equal(await dialect.fullTextCount(dialect.db), 2);
    assert.deepEqual(await dialect.integrityCheck(), []);
  } finally {
    await dialect.close();
    cleanup();
  }
});

test('a write transaction that throws leaves nothing behind', async () => {
  const { dir, cleanup } = tempDir('rollback');
  const dialect = await openDatabase(join(dir, 'kb.db'));
  try {
    await assert.rejects(dialect.writeTransaction(async (trx) => {
      await storeDocument(trx, dialect, doc('/a.txt', 'h1', 'Kono met Lavrov.'));
      throw new Error('power cut');
    }), /power cut/);
    const n = await dialect.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(n.n), 0);
    assert.equal(await dialect.fullTextCount(dialect.db), 0);
  } finally {
    await dialect.close();
    cleanup();
  }
});
