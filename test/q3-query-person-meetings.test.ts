/**
 * "A person's meetings" (`listMeetings` with `person`) on every engine (test/engines.ts), on a small generated
 * knowledge base: the same meetings, in the same order and with the same fields, as taking every meeting in listing
 * order and keeping those with a participant the name resolves to, page by page.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ingestSources, type IngestSource } from '../src/app/ingest.ts';
import type { MeetingView } from '../src/app/views.ts';
import type { StorageDialect } from '../src/storage/dialects/storage-dialect.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import { listMeetings } from '../src/storage/queries/meeting-queries.ts';
import { personIdsMatching } from '../src/storage/queries/person-queries.ts';
import { generateReadouts } from '../bench/synthetic-readouts.ts';
import { textSource as source } from '../bench/generated-ingest-sources.ts';
import { engines } from './engines.ts';

const TEMPLATES = fileURLToPath(new URL('../../shared/corpus/dev.jsonl', import.meta.url));

async function* sources(list: readonly IngestSource[]): AsyncGenerator<IngestSource> {
  yield* list;
}

for (const engine of engines) describe(`${engine.name}: a person's meetings`, () => {
  let dialect: StorageDialect;
  let all: MeetingView[];
  let names: string[];

  before(async () => {
    dialect = await openDatabase(await engine.newDatabase());
    const list: IngestSource[] = [];
    // Template countries: few dyads, so people recur across many reports and merged meetings.
    for await (const r of generateReadouts({ templatePath: TEMPLATES, count: 90, seed: 11, countries: 'template' })) list.push(source(r.file, r.text));
    const summary = await ingestSources(dialect, sources(list), { batchSize: 16 });
    assert.equal(summary.failed, 0);
    all = await listMeetings(dialect.db, { limit: 100_000 });
    // The people of most meetings first, then some named once; by their stored names and by a family name alone.
    const people = await dialect.db.selectFrom('people').innerJoin('participants', 'participants.person_id', 'people.id')
      .select(['people.name']).select((eb) => eb.fn.countAll<number>().as('n')).groupBy(['people.id', 'people.name'])
      .orderBy('n', 'desc').orderBy('people.id').execute();
    names = [...people.slice(0, 6), ...people.slice(-3)].map((p) => p.name);
    names.push(people[0]!.name.split(' ').at(-1)!);
  });
  after(async () => {
    await dialect.close();
  });

  it('has people named in several merged meetings, some with several reports', () => {
    assert.ok(all.length >= 20, `${all.length} meetings`);
    assert.ok(all.some((m) => m.sources.length > 1), 'a merged meeting with two sources');
    assert.ok(all.filter((m) => m.participants.some((p) => p.name === names[0])).length >= 5);
  });

  it('lists the same meetings, order and fields as filtering every meeting by participant', async () => {
    for (const name of names) {
      const ids = new Set(await personIdsMatching(dialect.db, name));
      assert.ok(ids.size > 0, name);
      const expected = all.filter((m) => m.participants.some((p) => ids.has(p.personId)));
      assert.ok(expected.length > 0, name);
      assert.deepEqual(await listMeetings(dialect.db, { person: name, limit: 100 }), expected.slice(0, 100), name);
      for (const [limit, offset] of [[3, 0], [3, 3], [2, 5], [4, Math.max(0, expected.length - 2)]] as const) {
        assert.deepEqual(await listMeetings(dialect.db, { person: name, limit, offset }), expected.slice(offset, offset + limit), `${name} ${limit}@${offset}`);
      }
    }
  });

  it('combines the person with other filters', async () => {
    const name = names[0]!;
    const ids = new Set(await personIdsMatching(dialect.db, name));
    const dated = all.filter((m) => m.date !== null && m.participants.some((p) => ids.has(p.personId)));
    const from = dated[Math.floor(dated.length / 2)]!.date!;
    assert.deepEqual(await listMeetings(dialect.db, { person: name, from }), dated.filter((m) => m.date! >= from));
    assert.deepEqual(await listMeetings(dialect.db, { person: 'Nobody Atall' }), []);
  });
});
