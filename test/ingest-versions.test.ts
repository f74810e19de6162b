/**
 * Ingest into a temp database: idempotent re-ingest, a new version at the same path (old one kept, out of the
 * current view, back when the content comes back), an extraction that throws stored with its error while the batch
 * goes on, and bad inputs (empty, binary, missing) that never replace stored data. On every engine (test/engines.ts).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingest } from '../src/app/ingest.ts';
import { inlineExtractor, type RecordExtractor } from '../src/app/extraction-pool.ts';
import type { IngestOutcome } from '../src/app/ingest-outcome.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import { engines } from './engines.ts';
import { consistencyProblems, tableCounts, tempDir } from './storage-test-helpers.ts';

const SAMPLES = resolve(import.meta.dirname, '../samples');
const SAMPLE_FILES = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();

async function run(file: string, inputs: string[], extractor?: RecordExtractor): Promise<IngestOutcome[]> {
  const dialect = await openDatabase(file);
  const outcomes: IngestOutcome[] = [];
  try {
    await ingest(dialect, inputs, { onOutcome: (o) => outcomes.push(o), batchSize: 4, ...(extractor === undefined ? {} : { extractor }) });
  } finally {
    await dialect.close();
  }
  return outcomes;
}

const statuses = (outcomes: IngestOutcome[]): string[] => outcomes.map((o) => o.status);

for (const engine of engines) describe(engine.name, () => {
  test('re-ingesting the same inputs adds nothing', async () => {
    const { dir, cleanup } = tempDir('idem');
    try {
      const db = await engine.newDatabase();
      const first = await run(db, [SAMPLES]);
      assert.deepEqual(statuses(first), SAMPLE_FILES.map(() => 'added'));
      const counts = await tableCounts(db);
      assert.equal(counts['documents'], SAMPLE_FILES.length);
      assert.ok(counts['doc_meetings']! >= 8 && counts['meetings']! >= 8 && counts['plans']! > 10 && counts['people']! > 10, JSON.stringify(counts));
      const second = await run(db, [SAMPLES]);
      assert.deepEqual(statuses(second), SAMPLE_FILES.map(() => 'unchanged'));
      assert.deepEqual(second.map((o) => o.documentId), first.map((o) => o.documentId));
      assert.deepEqual(await tableCounts(db), counts);
      assert.deepEqual(await consistencyProblems(db), []);
    } finally {
      cleanup();
    }
  });

  test('the same content under another path is unchanged; duplicates inside one batch are stored once', async () => {
    const { dir, cleanup } = tempDir('dup');
    try {
      const a = join(dir, 'a.txt');
      const b = join(dir, 'b.txt');
      copyFileSync(join(SAMPLES, 'mofa-jp-ru-2017-09-18.txt'), a);
      copyFileSync(a, b);
      const db = await engine.newDatabase();
      assert.deepEqual(statuses(await run(db, [a, b])), ['added', 'unchanged']);
      assert.equal((await tableCounts(db))['documents'], 1);
    } finally {
      cleanup();
    }
  });

  test('changed content at the same path is a new version; the old one is kept out of the current view', async () => {
    const { dir, cleanup } = tempDir('version');
    try {
      const file = join(dir, 'readout.txt');
      const db = await engine.newDatabase();
      copyFileSync(join(SAMPLES, 'mofa-jp-ru-2017-09-18.txt'), file);
      const [v1] = await run(db, [file]);
      assert.equal(v1?.status, 'added');
      copyFileSync(join(SAMPLES, 'mid-ru-cn-2020-07-17.txt'), file);
      const [v2] = await run(db, [file]);
      assert.equal(v2?.status, 'updated');
      assert.notEqual(v2?.documentId, v1?.documentId);
      const counts = await tableCounts(db);
      assert.equal(counts['documents'], 2);
      assert.equal(counts['current'], 1);
      // Only the current version's meeting (Russia-China) is in the knowledge base.
      const dialect = await openDatabase(db);
      try {
        const meetings = await dialect.db.selectFrom('meetings').select('countries_key').execute();
        assert.deepEqual(meetings.map((m) => m.countries_key), ['CN,RU']);
        const versions = await dialect.db.selectFrom('documents').select(['version', 'is_current']).orderBy('version').execute();
        assert.deepEqual(versions, [{ version: 1, is_current: 0 }, { version: 2, is_current: 1 }]);
      } finally {
        await dialect.close();
      }
      assert.deepEqual(await consistencyProblems(db), []);
      // The first content comes back: its stored version becomes current again, nothing new is stored.
      copyFileSync(join(SAMPLES, 'mofa-jp-ru-2017-09-18.txt'), file);
      const [v3] = await run(db, [file]);
      assert.equal(v3?.status, 'updated');
      assert.equal(v3?.documentId, v1?.documentId);
      assert.equal((await tableCounts(db))['documents'], 2);
      assert.deepEqual(await consistencyProblems(db), []);
    } finally {
      cleanup();
    }
  });

  test('an extraction that throws is stored with its error; the batch continues', async () => {
    const { dir, cleanup } = tempDir('fail');
    try {
      const db = await engine.newDatabase();
      const inline = inlineExtractor();
      const failing: RecordExtractor = {
        extract: (input) => (input.file.includes('kremlin') ? Promise.reject(new Error('stage exploded')) : inline.extract(input)),
        close: async () => {},
      };
      const outcomes = await run(db, [SAMPLES], failing);
      const failed = outcomes.filter((o) => o.status === 'failed');
      assert.equal(failed.length, 1);
      assert.match(failed[0]!.input, /kremlin/);
      assert.equal(failed[0]!.status === 'failed' && failed[0]!.reason, 'extraction failed: stage exploded');
      assert.equal(outcomes.filter((o) => o.status === 'added').length, SAMPLE_FILES.length - 1);
      const dialect = await openDatabase(db);
      try {
        const row = await dialect.db.selectFrom('documents').selectAll().where('status', '=', 'failed').executeTakeFirstOrThrow();
        assert.equal(row.id, failed[0]!.documentId);
        assert.equal(row.error, 'extraction failed: stage exploded');
        assert.equal(row.record_json, null);
        assert.ok(row.text.length > 100);
        // Its text is still searchable.
        assert.ok((await dialect.fullTextSearch(dialect.db, 'Putin', 10)).some((h) => h.documentId === row.id));
      } finally {
        await dialect.close();
      }
      assert.deepEqual(await consistencyProblems(db), []);
    } finally {
      cleanup();
    }
  });

  test('empty, binary and missing inputs fail without touching the stored version', async () => {
    const { dir, cleanup } = tempDir('bad');
    try {
      const file = join(dir, 'readout.txt');
      const db = await engine.newDatabase();
      copyFileSync(join(SAMPLES, 'mofa-jp-ru-2017-09-18.txt'), file);
      await run(db, [file]);
      const before = await tableCounts(db);
      writeFileSync(file, '  \n\n ');
      const empty = await run(db, [file]);
      assert.equal(empty[0]?.status, 'failed');
      assert.match(empty[0]!.status === 'failed' ? empty[0]!.reason : '', /empty/);
      writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0]));
      // Outcomes come as they are final (read failures before extraction results), so look them up by input.
      const binary = new Map((await run(db, [file, join(dir, 'missing.txt')])).map((o) => [o.input, o]));
      const reason = (input: string): string => { const o = binary.get(input); return o?.status === 'failed' ? o.reason : String(o?.status); };
      assert.match(reason(file), /binary/);
      assert.match(reason(join(dir, 'missing.txt')), /no such file/);
      assert.deepEqual(await tableCounts(db), before);
      assert.deepEqual(await consistencyProblems(db), []);
    } finally {
      cleanup();
    }
  });
});
