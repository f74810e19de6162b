/**
 * People in the knowledge base: the link step resolves each participant with the linking module's `resolvePerson`
 * over the people sharing a name word, so spellings of one person become one person and namesakes do not.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { linkPending } from '../src/app/link.ts';
import type { ReadoutRecord } from '../src/domain/record.ts';
import { storeDocument } from '../src/storage/document-repository.ts';
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
});
