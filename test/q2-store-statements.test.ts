/**
 * The statements ingest runs on SQLite, as prepared: generated readouts (the store bench's kind, with many dyads)
 * ingested through the real use case, every SQL text the connection prepares captured. A row limit bound as a value
 * makes SQLite prepare the statement again at every run (see `literalLimit`): none of ingest's statements may have one.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { ingestSources } from '../src/app/ingest.ts';
import { literalLimit } from '../src/storage/link-repository.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import { generatedIngestSources } from '../bench/generated-ingest-sources.ts';
import { tempDir } from './storage-test-helpers.ts';

const TEMPLATES = fileURLToPath(new URL('../../shared/corpus/dev.jsonl', import.meta.url));

describe('ingest statements on SQLite', () => {
  const prepared = new Set<string>();
  const { dir, cleanup } = tempDir('q2-statements');
  const originalPrepare = BetterSqlite3.prototype.prepare;

  before(async () => {
    BetterSqlite3.prototype.prepare = function prepare(this: BetterSqlite3.Database, source: string) {
      prepared.add(source.replace(/\s+/g, ' '));
      return originalPrepare.call(this, source);
    } as typeof originalPrepare;
    const dialect = await openDatabase(join(dir, 'kb.db'));
    try {
      const summary = await ingestSources(dialect, generatedIngestSources({ templatePath: TEMPLATES, count: 160, seed: 3, countries: 'spread' }), { batchSize: 40 });
      assert.equal(summary.failed, 0);
    } finally {
      await dialect.close();
    }
  });
  after(() => {
    BetterSqlite3.prototype.prepare = originalPrepare;
    cleanup();
  });

  it('runs the link lookups (held candidates near a plan, plans a new event may hold, reports near a report)', () => {
    const all = [...prepared];
    assert.ok(all.some((s) => s.includes('from held_candidate_keys')), 'held candidate lookup prepared');
    assert.ok(all.some((s) => s.includes('match_span =')), 'plan range lookup prepared');
    assert.ok(all.some((s) => s.includes('"window_start" >=')), 'report lookup prepared');
  });

  it('binds no row limit: every limit is written into its statement', () => {
    const bound = [...prepared].filter((s) => /\blimit \?/i.test(s));
    assert.deepEqual(bound, []);
    assert.ok([...prepared].some((s) => /\blimit 60\b/.test(s)), 'the lookups are limited');
  });

  it('literalLimit refuses what is not a row count', () => {
    assert.throws(() => literalLimit(-1), RangeError);
    assert.throws(() => literalLimit(1.5), RangeError);
    assert.throws(() => literalLimit(Number.NaN), RangeError);
  });
});
