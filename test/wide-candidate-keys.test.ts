/**
 * Held candidates with many sides are keyed by side only (migration 009): no pair rows, side rows in the wide classes;
 * a side's or a pair's lookup (`heldCandidatesNear`) still finds exactly the candidates that have those sides and
 * overlap the window, earliest first, up to the limit; and the migration turns rows stored the earlier way into the
 * new ones, twice over without change. On every engine.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import { heldCandidatesNear, insertHeldCandidates, type NewHeldCandidate } from '../src/storage/link-repository.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { WIDE_CANDIDATE_SIDES, WIDE_KEY_CLASS } from '../src/storage/migrations/009-wide-candidate-keys.ts';
import { addDaysIso } from '../src/linking/link-document.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import type { Database } from '../src/storage/schema.ts';
import { engines } from './engines.ts';

const SIDES = ['CN', 'DE', 'FR', 'GB', 'IN', 'JP', 'RU', 'US', 'ZA', 'BR'];
const DOCUMENTS = 3;
const CANDIDATES = 160;

/** A fixed pseudo-random sequence (the same candidates at every run). */
function sequence(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

/**
 * Candidates of 1 to 8 sides (a third of them wide), each starting on a day of its own in 2024 (so earliest-first is a
 * total order), short (up to 10 days) or long (60 to 300 days) windows, spread over {@link DOCUMENTS} documents.
 */
async function storeCandidates(db: Kysely<Database>): Promise<(NewHeldCandidate & { id: number })[]> {
  const random = sequence(7);
  const documentIds: number[] = [];
  for (let d = 0; d < DOCUMENTS; d++) {
    documentIds.push((await db.insertInto('documents').values({
      source_key: `/d${d}.txt`, file: `/d${d}.txt`, url: null, content_hash: `h${d}`, version: 1, is_current: 1, format: 'text', title: null,
      publisher: null, published: null, text: 'x', record_json: null, extractor_version: 'test', status: 'ok', error: null, issues_json: '[]',
      ingested_at: '2024-01-01T00:00:00Z',
    }).returning('id').executeTakeFirstOrThrow()).id);
  }
  const days = Array.from({ length: 360 }, (_, i) => i);
  for (let i = days.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [days[i], days[j]] = [days[j]!, days[i]!]; }
  const candidates: NewHeldCandidate[] = [];
  for (let i = 0; i < CANDIDATES; i++) {
    const documentId = documentIds[i % DOCUMENTS]!;
    const { id: docMeetingId } = await db.insertInto('doc_meetings').values({
      document_id: documentId, idx: i, date: null, level: null, mode: 'in-person', countries_key: '', place: null, occasion: null,
      duration_minutes: null, ordinal: null, provenance_json: '{}', meeting_id: null, merge_json: null,
    }).returning('id').executeTakeFirstOrThrow();
    const count = i % 3 === 0 ? WIDE_CANDIDATE_SIDES + Math.floor(random() * (9 - WIDE_CANDIDATE_SIDES)) : 1 + Math.floor(random() * (WIDE_CANDIDATE_SIDES - 1));
    const sides = [...SIDES].sort(() => random() - 0.5).slice(0, count);
    const atFrom = addDaysIso('2024-01-01', days[i]!);
    const atTo = addDaysIso(atFrom, random() < 0.25 ? 60 + Math.floor(random() * 240) : Math.floor(random() * 10));
    candidates.push({ documentId, docMeetingId, pastRefId: null, atFrom, atTo, countries: sides, candidateJson: `{"n":${i}}` });
  }
  const ids = await insertHeldCandidates(db, candidates);
  return candidates.map((c, i) => ({ ...c, id: ids[i]! }));
}

async function keyRows(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('held_candidate_keys').select(['candidate_id', 'key', 'long', 'at_from', 'at_to', 'document_id']).execute();
  return rows.map((r) => `${r.candidate_id} ${r.key} ${r.long} ${r.at_from} ${r.at_to} ${r.document_id}`).sort();
}

/** What `heldCandidatesNear` must return, computed over every candidate. */
function expected(all: readonly (NewHeldCandidate & { id: number })[], q: { country: string; alsoCountry: string | null; from: string; to: string; earliestStart: string; excludeDocumentId: number; limit: number }): number[] {
  return all.filter((c) => c.countries.includes(q.country) && (q.alsoCountry === null || c.countries.includes(q.alsoCountry))
    && c.atFrom <= q.to && c.atTo >= q.from && c.atFrom >= q.earliestStart && c.documentId !== q.excludeDocumentId)
    .sort((a, b) => (a.atFrom < b.atFrom ? -1 : a.atFrom > b.atFrom ? 1 : a.id - b.id)).slice(0, q.limit).map((c) => c.id);
}

/** Every side and pair of sides over a few windows, document exclusions and limits: each as `expected` computes it. */
async function assertLookups(db: Kysely<Database>, all: readonly (NewHeldCandidate & { id: number })[], documentIds: readonly number[]): Promise<number> {
  let nonEmpty = 0;
  const windows: [string, string][] = [['2024-03-01', '2024-03-20'], ['2024-06-10', '2024-06-10'], ['2024-09-01', '2024-11-30'], ['2025-02-01', '2025-02-05']];
  for (const [from, to] of windows) {
    for (const [i, country] of SIDES.entries()) {
      for (const alsoCountry of [null, ...SIDES.slice(i + 1)]) {
        for (const [limit, excludeDocumentId] of [[60, documentIds[0]!], [3, documentIds[1]!]] as const) {
          const q = { country, alsoCountry, from, to, earliestStart: addDaysIso(from, -400), excludeDocumentId, limit };
          const want = expected(all, q);
          if (want.length > 0) nonEmpty++;
          assert.deepEqual((await heldCandidatesNear(db, q)).map((c) => c.id), want, JSON.stringify(q));
          if (alsoCountry !== null) assert.deepEqual((await heldCandidatesNear(db, { ...q, country: alsoCountry, alsoCountry: country })).map((c) => c.id), want, 'either side first');
        }
      }
    }
  }
  return nonEmpty;
}

for (const engine of engines) describe(`${engine.name}: wide held candidates keyed by side`, () => {
  test('a wide candidate has side rows only, in the wide classes; a narrow one its sides and pairs', async () => {
    const dialect = await openDatabase(await engine.newDatabase());
    try {
      await dialect.writeTransaction(async (trx) => {
        const all = await storeCandidates(trx);
        const rows = await trx.selectFrom('held_candidate_keys').select(['candidate_id', 'key', 'long']).execute();
        let wide = 0;
        for (const c of all) {
          const own = rows.filter((r) => r.candidate_id === c.id);
          const n = c.countries.length;
          const long = c.atTo > addDaysIso(c.atFrom, 45) ? 1 : 0;
          if (n >= WIDE_CANDIDATE_SIDES) {
            wide++;
            assert.deepEqual(own.map((r) => r.key).sort(), [...c.countries].sort());
            assert.ok(own.every((r) => r.long === long + WIDE_KEY_CLASS));
          } else {
            assert.equal(own.length, n + (n * (n - 1)) / 2);
            assert.ok(own.every((r) => r.long === long));
          }
        }
        assert.ok(wide > 40 && wide < CANDIDATES - 40, `a mix of wide (${wide}) and narrow candidates`);
      });
    } finally {
      await dialect.close();
    }
  });

  test('a side or a pair finds the candidates having them that overlap the window, earliest first, up to the limit', async () => {
    const dialect = await openDatabase(await engine.newDatabase());
    try {
      await dialect.writeTransaction(async (trx) => {
        const all = await storeCandidates(trx);
        const documentIds = [...new Set(all.map((c) => c.documentId))];
        assert.ok(await assertLookups(trx, all, documentIds) > 100, 'most lookups find something');
      });
    } finally {
      await dialect.close();
    }
  });

  test('migration 009 rewrites key rows stored with pairs (migration 004) into the wide form, idempotently', async () => {
    const dialect = await openDatabase(await engine.newDatabase());
    try {
      const all = await dialect.writeTransaction((trx) => storeCandidates(trx));
      const wanted = await keyRows(dialect.db);
      const rerun = async (): Promise<void> => {
        await dialect.db.deleteFrom('kysely_migration' as never).where('name' as never, '=', '009-wide-candidate-keys' as never).execute();
        await migrateToLatest(dialect);
      };
      // Back to the earlier form: every candidate keyed by its pairs too, in the narrow classes.
      await dialect.writeTransaction(async (trx) => {
        await trx.updateTable('held_candidate_keys').set((eb) => ({ long: eb('long', '-', WIDE_KEY_CLASS) })).where('long', '>=', WIDE_KEY_CLASS).execute();
        const pairs = all.filter((c) => c.countries.length >= WIDE_CANDIDATE_SIDES).flatMap((c) => {
          const sides = [...c.countries].sort();
          const long = c.atTo > addDaysIso(c.atFrom, 45) ? 1 as const : 0 as const;
          return sides.flatMap((a, i) => sides.slice(i + 1).map((b) => ({ candidate_id: c.id, key: `${a},${b}`, long, at_from: c.atFrom, at_to: c.atTo, document_id: c.documentId })));
        });
        for (let i = 0; i < pairs.length; i += 100) await trx.insertInto('held_candidate_keys').values(pairs.slice(i, i + 100)).execute();
      });
      assert.notDeepEqual(await keyRows(dialect.db), wanted);
      await rerun();
      assert.deepEqual(await keyRows(dialect.db), wanted);
      await rerun();
      assert.deepEqual(await keyRows(dialect.db), wanted, 'a second run changes nothing');
      const documentIds = [...new Set(all.map((c) => c.documentId))];
      await dialect.writeTransaction(async (trx) => { await assertLookups(trx, all, documentIds); });
    } finally {
      await dialect.close();
    }
  });
});
