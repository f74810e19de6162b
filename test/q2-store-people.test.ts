/**
 * The people part of the link step writes through prepared statements and in batches: participants pointed at their
 * people a few dozen per statement (`setParticipantsPeople`), namesakes' keys probed in growing runs (`createPerson`).
 * On every engine.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import { createPerson, setParticipantsPeople } from '../src/storage/link-repository.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import type { Database } from '../src/storage/schema.ts';
import { engines } from './engines.ts';

/** A document with one reported meeting of `count` participants, not linked; returns the participants' ids in order. */
async function participantsOf(db: Kysely<Database>, count: number): Promise<number[]> {
  const { id: documentId } = await db.insertInto('documents').values({
    source_key: '/a.txt', file: '/a.txt', url: null, content_hash: 'h1', version: 1, is_current: 1, format: 'text', title: null, publisher: null,
    published: null, text: 'x', record_json: null, extractor_version: 'test', status: 'ok', error: null, issues_json: '[]', ingested_at: '2024-01-01T00:00:00Z',
  }).returning('id').executeTakeFirstOrThrow();
  const { id: docMeetingId } = await db.insertInto('doc_meetings').values({
    document_id: documentId, idx: 0, date: null, level: null, mode: 'in-person', countries_key: 'JP,RU', place: null, occasion: null,
    duration_minutes: null, ordinal: null, provenance_json: '{}', meeting_id: null, merge_json: null,
  }).returning('id').executeTakeFirstOrThrow();
  const rows = await db.insertInto('participants').values(Array.from({ length: count }, (_, idx) => ({
    doc_meeting_id: docMeetingId, idx, person_id: null, name: `Person ${idx}`, country: null, title: null, provenance_json: '{}',
  }))).returning('id').execute();
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

for (const engine of engines) describe(`${engine.name}: people written in batches`, () => {
  test('setParticipantsPeople points each participant at its own person, over several statements', async () => {
    const dialect = await openDatabase(await engine.newDatabase());
    try {
      await dialect.writeTransaction(async (trx) => {
        const ids = await participantsOf(trx, 123);
        const people: number[] = [];
        for (const name of ['Taro Kono', 'Sergey Lavrov', 'Wang Yi']) people.push((await createPerson(trx, name.toLowerCase(), name, null, name.toLowerCase().split(' '))).id);
        // Participant i goes to person i mod 3, except the last two, left unlinked.
        await setParticipantsPeople(trx, ids.slice(0, -2).map((participantId, i) => ({ participantId, personId: people[i % 3]! })));
        const rows = await trx.selectFrom('participants').select(['id', 'person_id']).orderBy('id').execute();
        assert.deepEqual(rows.map((r) => r.person_id), ids.map((_, i) => (i >= ids.length - 2 ? null : people[i % 3]!)));
        await setParticipantsPeople(trx, []);
      });
    } finally {
      await dialect.close();
    }
  });

  test('createPerson numbers namesakes past a first run of taken keys, and stores their name words once', async () => {
    const dialect = await openDatabase(await engine.newDatabase());
    try {
      await dialect.writeTransaction(async (trx) => {
        const keys: string[] = [];
        // Ten namesakes, none given a hint: the tenth probes "kono" .. "kono #8", all taken, then "kono #9" ...
        for (let i = 0; i < 10; i++) keys.push((await createPerson(trx, 'kono', 'Kono', `C${i}`, ['kono', 'kono'])).key);
        assert.deepEqual(keys, ['kono', ...Array.from({ length: 9 }, (_, i) => `kono #${i + 2}`)]);
        // A hint that is free is taken as it is; one that is taken falls back to probing.
        assert.equal((await createPerson(trx, 'kono', 'Kono', 'X1', ['kono'], 11)).key, 'kono #11');
        assert.equal((await createPerson(trx, 'kono', 'Kono', 'X2', ['kono'], 3)).key, 'kono #12');
        const words = await trx.selectFrom('person_words').select(['word', 'person_id']).execute();
        assert.equal(words.length, 12);
        assert.ok(words.every((w) => w.word === 'kono'));
      });
    } finally {
      await dialect.close();
    }
  });
});
