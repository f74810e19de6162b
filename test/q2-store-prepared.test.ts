/**
 * Prepared queries inside a write transaction run at once on SQLite (`runPreparedQueriesDirectly`), outside it through
 * Kysely: the same rows either way, savepoints and rollbacks undo them, and a query on the dialect's shared instance
 * still waits for the transaction holding the connection. On every engine.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { preparedQuery } from '../src/storage/prepared-query.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import { withSavepoint } from '../src/storage/savepoint.ts';
import { engines } from './engines.ts';

const insertPerson = preparedQuery(2, (db, key, name) => db.insertInto('people').values({ key, name, country: null }).returning(['id', 'key']).compile());
const renamePerson = preparedQuery(2, (db, name, key) => db.updateTable('people').set({ name }).where('key', '=', key).compile());
const peopleNamed = preparedQuery(1, (db, name) => db.selectFrom('people').select(['key', 'name']).where('name', '=', name).orderBy('key').compile());
const countPeople = preparedQuery(0, (db) => sql<{ n: number | string }>`select count(*) as n from people`.compile(db));

for (const engine of engines) describe(`${engine.name}: prepared queries in a write transaction`, () => {
  test('return what Kysely returns; a savepoint rolled back undoes them', async () => {
    const dialect = await openDatabase(await engine.newDatabase());
    try {
      await dialect.writeTransaction(async (trx) => {
        const [inserted] = await insertPerson(trx, 'kono taro', 'Taro Kono');
        assert.equal(inserted!.key, 'kono taro');
        assert.equal(typeof inserted!.id, 'number');
        assert.deepEqual(await renamePerson(trx, 'Kono Taro', 'kono taro'), []);
        assert.deepEqual(await peopleNamed(trx, 'Kono Taro'), await trx.selectFrom('people').select(['key', 'name']).where('name', '=', 'Kono Taro').orderBy('key').execute());
        await assert.rejects(withSavepoint(trx, 'document', async () => {
          await insertPerson(trx, 'lavrov sergey', 'Sergey Lavrov');
          assert.equal(Number((await countPeople(trx))[0]!.n), 2);
          throw new Error('not this one');
        }), /not this one/);
        assert.equal(Number((await countPeople(trx))[0]!.n), 1);
        // A constraint violation rejects, as through Kysely.
        await assert.rejects(withSavepoint(trx, 'document', () => insertPerson(trx, 'kono taro', 'again')));
      });
      assert.deepEqual((await peopleNamed(dialect.db, 'Kono Taro')).map((r) => r.key), ['kono taro']);
      await assert.rejects(dialect.writeTransaction(async (trx) => {
        await insertPerson(trx, 'wang yi', 'Wang Yi');
        throw new Error('power cut');
      }), /power cut/);
      assert.equal(Number((await countPeople(dialect.db))[0]!.n), 1);
    } finally {
      await dialect.close();
    }
  });

  test('a prepared query on the shared instance waits for the transaction, and never sees its writes', async () => {
    const dialect = await openDatabase(await engine.newDatabase());
    try {
      const writing = dialect.writeTransaction(async (trx) => {
        await insertPerson(trx, 'wang yi', 'Wang Yi');
        await sleep(50);
        throw new Error('rolled back');
      });
      // Handled at once: on PostgreSQL the shared instance has its own connection, so the transaction may roll back
      // while the count is still running.
      const outcome = writing.then(() => null, (error: unknown) => error);
      await sleep(10);
      const counted = await countPeople(dialect.db);
      assert.match(String(await outcome), /rolled back/);
      assert.equal(Number(counted[0]!.n), 0);
    } finally {
      await dialect.close();
    }
  });
});
