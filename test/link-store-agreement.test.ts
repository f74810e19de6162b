/**
 * The knowledge base links as the linking module does: the dev corpus ingested through the real ingest use case
 * (each line's publisher and URL as metadata, batches linked inside their transactions) stores the same merged
 * meetings and the same follow-ups as `clusterMeetings` and `rankFollowUps` give over the same stored documents —
 * and the known dev chains hold.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { StorageDialect } from '../src/storage/dialects/storage-dialect.ts';
import type { LinkDocument, StoredRecord } from '../src/linking/link-document.ts';
import { clusterMeetings, meetingSidesOf } from '../src/linking/meeting-merge.ts';
import { heldCandidatesOf, parseHeldCandidate, planSidesOf, rankFollowUps, serializeHeldCandidate, type HeldCandidate } from '../src/linking/follow-up-match.ts';
import { withLinkCache, type LinkCache } from '../src/app/link.ts';
import { listMeetings } from '../src/storage/queries/meeting-queries.ts';
import { listPlans } from '../src/storage/queries/plan-queries.ts';
import { openDevKnowledgeBase, removeKnowledgeBases } from './query-fixtures.ts';
import { engines } from './engines.ts';

for (const engine of engines) describe(engine.name, () => {
  let kb: StorageDialect;
  /** Stored documents as the linking module reads them, keyed by document id; `file` gives the corpus id. */
  let docs: (LinkDocument & { file: string })[];

  before(async () => {
    kb = await openDevKnowledgeBase(engine);
    const rows = await kb.db.selectFrom('documents').select(['id', 'file', 'publisher', 'published', 'url', 'record_json', 'text'])
      .where('is_current', '=', 1).where('status', '=', 'ok').orderBy('id').execute();
    docs = rows.map((r) => ({
      key: String(r.id), file: r.file ?? '', published: r.published, publisher: r.publisher, url: r.url,
      record: { ...(JSON.parse(r.record_json ?? '{}') as StoredRecord), text: r.text },
    }));
  });
  after(async () => {
    await kb.close();
    removeKnowledgeBases();
  });

  const fileOf = (docKey: string): string => docs.find((d) => d.key === docKey)?.file ?? docKey;

  describe('stored links agree with the linking module', () => {
    it('the whole dev corpus is stored', () => {
      assert.equal(docs.length, 42);
    });

    it('merged meetings: the same reports together as clusterMeetings', async () => {
      const pure = clusterMeetings(docs.flatMap(meetingSidesOf)).map((m) => m.sides.map((s) => s.id).sort().join(' + ')).sort();
      const reports = await kb.db.selectFrom('doc_meetings').select(['document_id', 'idx', 'meeting_id']).execute();
      const byMeeting = new Map<number, string[]>();
      for (const r of reports) byMeeting.set(r.meeting_id!, [...(byMeeting.get(r.meeting_id!) ?? []), `${r.document_id}#${r.idx}`]);
      const stored = [...byMeeting.values()].map((ids) => ids.sort().join(' + ')).sort();
      assert.deepEqual(stored, pure);
      assert.ok(stored.some((m) => m.includes(' + ')), 'some meeting has several sources');
    });

    it("follow-ups: each plan held by rankFollowUps' best match, with its explanation", async () => {
      const candidates = docs.flatMap(heldCandidatesOf);
      const pure = new Map<string, string>();
      for (const doc of docs) {
        for (const plan of planSidesOf(doc)) {
          const best = rankFollowUps(plan, candidates)[0];
          if (best !== undefined) pure.set(`${doc.key}#plan${plan.planIndex}`, best.candidate.id);
        }
      }
      const rows = await kb.db.selectFrom('follow_ups').innerJoin('plans', 'plans.id', 'follow_ups.plan_id')
        .select(['plans.document_id', 'plans.idx', 'follow_ups.explanation_json', 'follow_ups.decided_by']).execute();
      const stored = new Map<string, string>();
      for (const r of rows) {
        const explanation = JSON.parse(r.explanation_json) as { candidate: { id: string }; matched: string[]; fields: { plan: unknown[]; held: unknown[] }[] };
        assert.equal(r.decided_by, 'auto');
        assert.ok(explanation.matched.length > 0 && explanation.fields.length === explanation.matched.length, 'every link says which fields matched');
        stored.set(`${r.document_id}#plan${r.idx}`, explanation.candidate.id);
      }
      const readable = (m: Map<string, string>): string[] => [...m].map(([plan, held]) => `${fileOf(plan.split('#')[0]!)} ${plan.split('#')[1]} -> ${fileOf(held.split('#')[0]!)} ${held.split('#')[1]}`).sort();
      assert.deepEqual(readable(stored), readable(pure));
      assert.ok(stored.size >= 6);
    });
  });

  describe('held candidates as stored', () => {
    it('read back from their stored JSON, every candidate of the dev corpus is the candidate computed, meetings stored shorter', () => {
      const candidates = docs.flatMap(heldCandidatesOf);
      assert.ok(candidates.some((c) => c.source === 'meeting') && candidates.some((c) => c.source === 'past-reference'));
      for (const candidate of candidates) {
        const stored = serializeHeldCandidate(candidate);
        assert.deepEqual(parseHeldCandidate(stored), JSON.parse(JSON.stringify(candidate)), candidate.id);
        if (candidate.source === 'meeting' && candidate.people.length > 0) assert.ok(stored.length < JSON.stringify(candidate).length, candidate.id);
      }
    });
  });

  describe('known dev chains', () => {
    it('the Lima meeting reported by MOFA (11-19) and the Kremlin (11-20) is one meeting with two sources', async () => {
      const lima = await listMeetings(kb.db, { dyad: 'JP-RU', from: '2016-11-19', to: '2016-11-20' });
      assert.deepEqual(lima.map((m) => m.sources.map((s) => s.file)), [['mofa-jp-ru-2016-11-19.txt', 'kremlin-ru-jp-2016-11-20.txt']]);
      const detail = await kb.db.selectFrom('doc_meetings').innerJoin('documents', 'documents.id', 'doc_meetings.document_id')
        .select(['documents.file', 'doc_meetings.merge_json']).where('doc_meetings.meeting_id', '=', lima[0]!.id).execute();
      const joined = detail.find((d) => d.merge_json !== null);
      const explanation = JSON.parse(joined?.merge_json ?? '{}') as { matched: { field: string; a: unknown; b: unknown }[]; decidedBy: string };
      assert.equal(explanation.decidedBy, 'auto');
      const date = explanation.matched.find((m) => m.field === 'date');
      assert.ok(date?.a && date.b, 'the date agreement cites both sides');
    });

    it("Putin's visit to Japan 'next month' (2016-11-19) is held by the Dec 15-16 2016 meeting", async () => {
      const plans = await listPlans(kb.db, '2017-01-01', { limit: 1000 });
      const visit = plans.find((p) => p.whenText === 'next month' && p.source.file === 'mofa-jp-ru-2016-11-19.txt');
      assert.equal(visit?.status, 'held');
      const [december] = await listMeetings(kb.db, { dyad: 'JP-RU', from: '2016-12-15', to: '2016-12-16' });
      assert.ok(december);
      assert.equal(visit?.heldBy?.meetingId, december.id);
      assert.ok(visit?.heldBy?.matched.some((m) => m.startsWith('interval')));
    });

    it("Abe's visit to Russia 'late April' (2017-03-20) is held per the 2017-07-07 readout", async () => {
      const plans = await listPlans(kb.db, '2017-08-01', { limit: 1000 });
      const visit = plans.find((p) => p.whenText === 'late April' && p.source.file === 'mofa-jp-ru-2017-03-20.txt');
      assert.equal(visit?.status, 'held');
      assert.deepEqual(visit?.heldBy?.sources.map((s) => s.file), ['mofa-jp-ru-2017-07-07.txt']);
      assert.match(visit?.heldBy?.evidence.text ?? '', /Moscow in April/);
    });
  });
});

describe('link cache', () => {
  it('is kept across write transactions of one database, and dropped with one that fails (its ids may come back)', async () => {
    const database = {};
    let kept: LinkCache | undefined;
    await withLinkCache(database, async (cache) => { kept = cache; });
    await withLinkCache(database, async (cache) => { assert.equal(cache, kept, 'one cache per database'); });
    await assert.rejects(withLinkCache(database, async (cache) => {
      cache.candidates.set(1, { kind: 'visit' } as unknown as HeldCandidate);
      throw new Error('rolled back');
    }), /rolled back/);
    await withLinkCache(database, async (cache) => {
      assert.notEqual(cache, kept);
      assert.equal(cache.candidates.has(1), false, 'nothing learned in the failed transaction survives');
    });
    await withLinkCache({}, async (cache) => { assert.notEqual(cache, kept, 'another database has its own'); });
  });
});
