/**
 * Ingest writes a batch's full-text entries together (`indexDocumentTexts`), after the batch's documents: search must
 * find exactly the current documents, with new versions of a source stored in the same batch, in the next one, and an
 * older version restored. On SQLite the index must also answer every search exactly as an index built document by
 * document (same hits, order, snippets and scores).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { ingestSources, type IngestSource } from '../src/app/ingest.ts';
import type { StorageDialect } from '../src/storage/dialects/storage-dialect.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import { generateReadouts } from '../bench/synthetic-readouts.ts';
import { textSource as source } from '../bench/generated-ingest-sources.ts';
import { engines } from './engines.ts';

const TEMPLATES = fileURLToPath(new URL('../../shared/corpus/dev.jsonl', import.meta.url));
const WORDS = ['minister', 'cooperation', 'visit', 'economic', 'treaty', 'security', 'talks', 'president', 'agreed', 'nuclear', 'Lavrov', 'region'];

async function* sources(list: readonly IngestSource[]): AsyncGenerator<IngestSource> {
  yield* list;
}

for (const engine of engines) describe(`${engine.name}: full-text entries written by batch`, () => {
  let dialect: StorageDialect;
  const ids = new Map<string, number>();
  const base = 'Foreign Minister Kono met Foreign Minister Lavrov in Moscow on 5 May 2017. They discussed economic cooperation.';

  before(async () => {
    dialect = await openDatabase(await engine.newDatabase());
    const generated: IngestSource[] = [];
    for await (const r of generateReadouts({ templatePath: TEMPLATES, count: 24, seed: 5, countries: 'spread' })) generated.push(source(r.file, r.text));
    const v1 = source('/s1.txt', `${base} The alphaword was mentioned.`);
    const v2 = source('/s1.txt', `${base} The betaword was mentioned.`);
    const t1 = source('/s2.txt', `${base} The gammaword was mentioned.`);
    const t2 = source('/s2.txt', `${base} The deltaword was mentioned.`);
    // Batches of 8: /s1.txt gets two versions within batch 1; /s2.txt one in batch 1, the next in batch 2; batch 3
    // brings /s1.txt's first content back (an older version restored).
    const list = [...generated.slice(0, 3), v1, generated[3]!, v2, t1, generated[4]!, ...generated.slice(5, 11), t2, generated[11]!, v1, ...generated.slice(12, 19)];
    const summary = await ingestSources(dialect, sources(list), {
      batchSize: 8,
      onOutcome: (o) => { if (o.status !== 'failed' && o.documentId !== undefined) ids.set(`${o.input}#${o.status}`, o.documentId); },
    });
    assert.equal(summary.failed, 0);
  });
  after(async () => {
    await dialect.close();
  });

  const found = async (word: string): Promise<number[]> => (await dialect.fullTextSearch(dialect.db, word, 50)).map((h) => h.documentId).sort((a, b) => a - b);
  const idOf = async (text: string): Promise<number> => {
    const hash = createHash('sha256').update(`${base} ${text}`).digest('hex');
    return (await dialect.db.selectFrom('documents').select('id').where('content_hash', '=', hash).executeTakeFirstOrThrow()).id;
  };

  it('indexes exactly the current documents', async () => {
    const current = Number((await dialect.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).where('is_current', '=', 1).executeTakeFirstOrThrow()).n);
    assert.equal(current, 19 + 2);
    assert.equal(await dialect.fullTextCount(dialect.db), current);
    assert.deepEqual(await dialect.integrityCheck(), []);
  });

  it('finds the version current after each change, never a replaced one', async () => {
    // /s1.txt: v1, then v2 in the same batch, then v1 restored in batch 3.
    assert.deepEqual(await found('betaword'), []);
    assert.deepEqual(await found('alphaword'), [await idOf('The alphaword was mentioned.')]);
    // /s2.txt: v1 in batch 1, v2 in batch 2.
    assert.deepEqual(await found('gammaword'), []);
    assert.deepEqual(await found('deltaword'), [await idOf('The deltaword was mentioned.')]);
  });

  if (engine.name === 'sqlite') {
    it('answers every search as an index built document by document', async () => {
      await sql`create virtual table reference_fts using fts5(title, text, tokenize='porter unicode61 remove_diacritics 2')`.execute(dialect.db);
      const current = await dialect.db.selectFrom('documents').select(['id', 'title', 'text']).where('is_current', '=', 1).orderBy('id').execute();
      for (const d of current) await sql`insert into reference_fts (rowid, title, text) values (${d.id}, ${d.title ?? ''}, ${d.text})`.execute(dialect.db);
      const search = async (table: string, word: string): Promise<unknown[]> => (await sql<{ id: number; snippet: string; score: number }>`
        select rowid as id, snippet(${sql.table(table)}, 1, '«', '»', '…', 16) as snippet, bm25(${sql.table(table)}, 5.0, 1.0) as score
        from ${sql.table(table)} where ${sql.table(table)} match ${`"${word}"`} order by score, rowid`.execute(dialect.db)).rows;
      let hits = 0;
      for (const word of [...WORDS, 'alphaword', 'betaword', 'gammaword', 'deltaword']) {
        const expected = await search('reference_fts', word);
        assert.deepEqual(await search('documents_fts', word), expected, word);
        hits += expected.length;
      }
      assert.ok(hits > 40, `the words are found (${hits} hits)`);
    });
  }
});
