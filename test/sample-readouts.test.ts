import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ingestSampleReadouts, isEmptyKnowledgeBase } from '../src/app/sample-readouts.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import { engines } from './engines.ts';

for (const engine of engines) describe(engine.name, () => {
  test('the bundled samples load into an empty database once, with the URL and publisher sources.json gives them', async () => {
    const dialect = await openDatabase(await engine.newDatabase());
    try {
      assert.equal(await isEmptyKnowledgeBase(dialect), true);
      const first = await ingestSampleReadouts(dialect, 'samples');
      assert.equal(first.added, 10);
      assert.equal(first.failed, 0);
      assert.equal(await isEmptyKnowledgeBase(dialect), false);
      const doc = await dialect.db.selectFrom('documents').select(['url', 'publisher', 'source_key'])
        .where('url', '=', 'https://www.mofa.go.jp/announce/event/2006/5/0501-2.html').executeTakeFirstOrThrow();
      assert.equal(doc.publisher, 'Ministry of Foreign Affairs of Japan');
      assert.equal(doc.source_key, 'https://www.mofa.go.jp/announce/event/2006/5/0501-2.html');
      const again = await ingestSampleReadouts(dialect, 'samples');
      assert.deepEqual([again.added, again.unchanged], [0, 10]);
    } finally {
      await dialect.close();
    }
  });
});
