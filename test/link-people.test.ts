/**
 * People in the knowledge base: the link step resolves each participant with the linking module's `resolvePerson`
 * over the people sharing a name word, so spellings of one person become one person and namesakes do not.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { linkPending } from '../src/app/link.ts';
import type { ReadoutRecord } from '../src/domain/record.ts';
import { storeDocument } from '../src/storage/document-repository.ts';
import { createPerson } from '../src/storage/link-repository.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import { doc, meeting, person } from './linking-fixtures.ts';
import { engines } from './engines.ts';

for (const engine of engines) describe(engine.name, () => {
  test('"Taro Kono", "Kono Taro" and "Minister Kono" are one person; "Yohei Kono" is another', async () => {
    const dialect = await openDatabase(await engine.newDatabase());
    try {
      const mentions = [person('Taro Kono', 'JP', 'Minister for Foreign Affairs'), person('Kono Taro', 'JP'), person('Kono', 'JP', 'Minister'), person('Yohei Kono', 'JP', 'Chief Cabinet Secretary')];
      for (const [i, mention] of mentions.entries()) {
        const record = { ...doc({ key: `d${i}`, published: `2017-0${i + 1}-10`, meetings: [meeting({ date: `2017-0${i + 1}-10`, countries: ['JP', 'RU'], participants: [mention] })] }).record, text: 'x' } as ReadoutRecord;
        await dialect.writeTransaction(async (trx) => {
          await storeDocument(trx, dialect, {
            sourceKey: `d${i}`, file: `d${i}.txt`, url: null, contentHash: `hash${i}`, format: 'text', text: 'x', record, error: null,
            fallbackTitle: null, fallbackPublisher: null, fallbackPublished: null, issues: [], extractorVersion: 'test', ingestedAt: '2026-01-01T00:00:00Z',
          });
          await linkPending(trx);
        });
      }
      const rows = await dialect.db.selectFrom('participants').innerJoin('people', 'people.id', 'participants.person_id')
        .select(['participants.name', 'people.id', 'people.name as person']).orderBy('participants.id').execute();
      const personOf = new Map(rows.map((r) => [r.name, r.id]));
      assert.equal(personOf.get('Kono Taro'), personOf.get('Taro Kono'));
      assert.equal(personOf.get('Kono'), personOf.get('Taro Kono'));
      assert.notEqual(personOf.get('Yohei Kono'), personOf.get('Taro Kono'));
      assert.equal(rows.find((r) => r.name === 'Kono')?.person, 'Taro Kono');
    } finally {
      await dialect.close();
    }
  });

  test('namesakes take "key", "key #2", "key #3"... in order; a hint another writer took falls back to the first free number', async () => {
    const dialect = await openDatabase(await engine.newDatabase());
    try {
      const keys: string[] = [];
      await dialect.writeTransaction(async (trx) => {
        for (let i = 0; i < 10; i++) keys.push((await createPerson(trx, 'kono taro', 'Taro Kono', null, ['kono', 'taro'])).key);
        // As the link step's cache would give it: one past the last number taken.
        const hinted = await createPerson(trx, 'kono taro', 'Taro Kono', 'JP', ['kono', 'taro'], 11);
        assert.deepEqual([hinted.key, hinted.number], ['kono taro #11', 11]);
        // A stale hint (its number taken meanwhile by another writer) is not trusted: the first free number is used.
        const stale = await createPerson(trx, 'kono taro', 'Taro Kono', 'RU', ['kono', 'taro'], 3);
        assert.deepEqual([stale.key, stale.number], ['kono taro #12', 12]);
      });
      assert.deepEqual(keys, ['kono taro', ...Array.from({ length: 9 }, (_, i) => `kono taro #${i + 2}`)]);
      const stored = await dialect.db.selectFrom('people').select('key').orderBy('id').execute();
      assert.equal(new Set(stored.map((r) => r.key)).size, 12);
    } finally {
      await dialect.close();
    }
  });
});
