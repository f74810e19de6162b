/**
 * Full-text search ranks a bounded candidate set on every engine (test/engines.ts): best first is the highest score
 * (title words weigh more than text words), then the earlier stored document; when more documents match than
 * the candidate bound, only the most recently stored ones are scored, and a bound above the number of matches changes
 * nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { StorageDialect } from '../src/storage/dialects/storage-dialect.ts';
import { storeDocument, type DocumentToStore } from '../src/storage/document-repository.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import { engines } from './engines.ts';

function doc(key: string, title: string, text: string): DocumentToStore {
  return {
    sourceKey: key, file: key, url: null, contentHash: `hash-${key}`, format: 'text', text, record: null, error: 'not extracted in this test',
    fallbackTitle: title, fallbackPublisher: null, fallbackPublished: null, issues: [], extractorVersion: 'test', ingestedAt: '2026-01-01T00:00:00.000Z',
  };
}

const NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];

for (const engine of engines) describe(`${engine.name}: full-text search over a bounded candidate set`, () => {
  let dialect: StorageDialect;
  const ids = new Map<string, number>();

  before(async () => {
    dialect = await openDatabase(await engine.newDatabase());
    // Stored in this order, so ids grow down the list: the strongest match is the oldest document.
    const docs = [
      doc('/strong', 'Visit of the Foreign Minister', 'The visit was a visit to return a visit.'),
      ...NUMBERS.slice(0, 4).map((n) => doc(`/weak-${n}`, 'Statement', `Talks on trade were held before a short visit, meeting ${n}.`)),
      doc('/titled', 'Visit to the capital', 'Talks on trade were held before a short visit, meeting nine.'),
      ...NUMBERS.slice(4).map((n) => doc(`/weak-${n}`, 'Statement', `Talks on trade were held before a short visit, meeting ${n}.`)),
      doc('/other', 'Statement', 'Talks on trade were held, meeting ten.'),
    ];
    await dialect.writeTransaction(async (trx) => {
      for (const d of docs) ids.set(d.sourceKey, (await storeDocument(trx, dialect, d)).documentId);
    });
  });
  after(async () => {
    await dialect.close();
  });

  const idsOf = (keys: readonly string[]): number[] => keys.map((k) => ids.get(k)!);

  it('scores every match when fewer documents match than the bound: the strongest comes first, however old', async () => {
    const hits = await dialect.fullTextSearch(dialect.db, 'visit', 3);
    assert.deepEqual(hits.map((h) => h.documentId), idsOf(['/strong', '/titled', '/weak-one']));
    assert.match(hits[0]!.snippet, /«visit»/);
    assert.ok(hits[0]!.rank > hits[1]!.rank && hits[1]!.rank > hits[2]!.rank);
  });

  it('among equal scores, the earlier stored document comes first', async () => {
    const hits = await dialect.fullTextSearch(dialect.db, 'trade visit', 20);
    // Every match but the two titled ones has the same words in a text of the same length.
    const weak = hits.filter((h) => h.documentId !== ids.get('/strong') && h.documentId !== ids.get('/titled'));
    assert.deepEqual(weak.map((h) => h.documentId), idsOf(['/weak-one', '/weak-two', '/weak-three', '/weak-four', '/weak-five', '/weak-six', '/weak-seven', '/weak-eight']));
    assert.equal(new Set(weak.map((h) => h.rank)).size, 1);
    assert.equal(hits[0]!.documentId, ids.get('/titled'), 'the titled match scores above the equal ones');
  });

  it('scores only the most recently stored matches when more documents match than the bound', async () => {
    // The 5 most recent of the 10 matches of "visit": /titled and the four weak ones stored after it.
    const hits = await dialect.fullTextSearch(dialect.db, 'visit', 20, 5);
    assert.deepEqual(hits.map((h) => h.documentId), idsOf(['/titled', '/weak-five', '/weak-six', '/weak-seven', '/weak-eight']));
    const older = await dialect.fullTextSearch(dialect.db, 'visit', 20, 4);
    assert.deepEqual(older.map((h) => h.documentId), idsOf(['/weak-five', '/weak-six', '/weak-seven', '/weak-eight']), 'the titled match is fifth most recent');
    // A document matching other words does not take a candidate's place.
    assert.deepEqual((await dialect.fullTextSearch(dialect.db, 'visit', 1, 5)).map((h) => h.documentId), idsOf(['/titled']));
  });

  it('a bound at or above the number of matches ranks exactly as scoring every match', async () => {
    const all = await dialect.fullTextSearch(dialect.db, 'visit', 20);
    assert.equal(all.length, 10);
    assert.deepEqual(await dialect.fullTextSearch(dialect.db, 'visit', 20, 10), all);
    assert.deepEqual(await dialect.fullTextSearch(dialect.db, 'visit', 20, 1000), all);
    assert.deepEqual(await dialect.fullTextSearch(dialect.db, 'visit', 20, 9), all.filter((h) => h.documentId !== ids.get('/strong')));
  });
});
