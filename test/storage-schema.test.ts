/**
 * The storage layer on every engine (test/engines.ts): migrations apply once and are idempotent (a SQLite file is in
 * WAL mode with foreign keys on), the full-text index finds current documents only and follows a new version in the
 * same transaction, and a failing write transaction leaves nothing behind.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openDatabase, databaseFile, databaseTarget, describeTarget } from '../src/storage/open-database.ts';
import { migrationsFor } from '../src/storage/migrate.ts';
import { storeDocument, type DocumentToStore } from '../src/storage/document-repository.ts';
import { engines } from './engines.ts';
import { UNUSED_INDEXES } from '../src/storage/migrations/006-unused-indexes.ts';
import { REDUNDANT_INDEXES } from '../src/storage/migrations/008-redundant-participant-index.ts';

function doc(sourceKey: string, hash: string, text: string): DocumentToStore {
  return {
    sourceKey, file: sourceKey, url: null, contentHash: hash, format: 'text', text, record: null, error: 'not extracted in this test',
    fallbackTitle: 'Title', fallbackPublisher: null, fallbackPublished: null, issues: [], extractorVersion: 'test', ingestedAt: '2026-01-01T00:00:00.000Z',
  };
}

test('database: --db, else DATABASE_URL, else READOUT_DB, else ./readout.db', () => {
  const url = 'postgres://u:p@h/db';
  assert.equal(databaseTarget('x.db', { DATABASE_URL: url, READOUT_DB: 'y.db' }), 'x.db');
  assert.equal(databaseTarget(undefined, { DATABASE_URL: url, READOUT_DB: 'y.db' }), url);
  assert.equal(databaseTarget(undefined, { DATABASE_URL: '', READOUT_DB: 'y.db' }), 'y.db');
  assert.equal(databaseTarget(undefined, { DATABASE_URL: 'mysql://u:p@h/db', READOUT_DB: 'y.db' }), 'y.db', "another program's URL");
  assert.equal(databaseTarget(undefined, { READOUT_DB: 'y.db' }), 'y.db');
  assert.equal(databaseTarget(undefined, {}), './readout.db');
  assert.equal(databaseFile, databaseTarget);
  assert.equal(describeTarget('postgresql://reader:s3cret@db.example:5432/kb'), 'postgresql://reader:***@db.example:5432/kb');
  assert.equal(describeTarget('kb.db'), 'kb.db');
});

test('an unreachable or unusable database is one line naming it (password masked) and the reason', async () => {
  await assert.rejects(openDatabase('postgres://readout:s3cret@127.0.0.1:1/readout'), (error: Error) => {
    assert.equal(error.name, 'StorageError');
    assert.match(error.message, /^postgres:\/\/readout:\*\*\*@127\.0\.0\.1:1\/readout: cannot open database: .*ECONNREFUSED/);
    assert.doesNotMatch(error.message, /s3cret|\n/);
    return true;
  });
  await assert.rejects(openDatabase('/nonexistent-dir/kb.db'), /^StorageError: \/nonexistent-dir\/kb\.db: cannot open database: /);
  await assert.rejects(openDatabase('mysql://u:s3cret@h/db'), { message: 'mysql://u:***@h/db: cannot open database: not a file path or a postgres:// URL' });
});

for (const engine of engines) describe(engine.name, () => {
  test('migrations run once; reopening applies nothing; pragmas set', async () => {
    {
      const file = await engine.newDatabase();
      const first = await openDatabase(file);
      const migrations = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(first.db);
      assert.deepEqual(migrations.rows.map((r) => r.name), ['001-initial-schema', '002-linking-module', '003-read-indexes', '004-link-lookups', '005-record-revision', '006-unused-indexes', '007-report-meeting-index', '008-redundant-participant-index', '009-wide-candidate-keys']);
      if (engine.name === 'sqlite') {
        const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(first.db);
        assert.equal(mode.rows[0]?.journal_mode, 'wal');
        const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(first.db);
        assert.equal(fk.rows[0]?.foreign_keys, 1);
        const dropped = await sql<{ name: string }>`select name from sqlite_master where type = 'index'`.execute(first.db);
        assert.deepEqual(dropped.rows.map((r) => r.name).filter((n) => ([...UNUSED_INDEXES, ...REDUNDANT_INDEXES] as readonly string[]).includes(n)), []);
        // The index that replaces it.
        assert.ok(dropped.rows.some((r) => r.name === 'participants_person_report_idx'));
      }
      await first.close();
      const second = await openDatabase(file);
      const again = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(second.db);
      assert.equal(Number(again.rows[0]?.n), migrations.rows.length);
      assert.deepEqual(await second.integrityCheck(), []);
      await second.close();
    }
  });

  test('two processes opening a new database at once both find it migrated', async () => {
    const target = await engine.newDatabase();
    const opened = await Promise.all([openDatabase(target), openDatabase(target), openDatabase(target)]);
    try {
      const migrations = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(opened[0]!.db);
      assert.equal(migrations.rows.length, Object.keys(migrationsFor(opened[0]!)).length);
    } finally {
      for (const dialect of opened) await dialect.close();
    }
  });

  test('full-text search: current versions only, snippet marks the words, operators are literal', async () => {
    const dialect = await openDatabase(await engine.newDatabase());
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
    }
  });

  test('a write transaction that throws leaves nothing behind', async () => {
    const dialect = await openDatabase(await engine.newDatabase());
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
    }
  });
});
