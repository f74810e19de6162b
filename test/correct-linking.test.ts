/**
 * The linker obeys analyst corrections on its own, whatever the rules say: a confirmed merge puts the pair in one
 * meeting on every relink (reprocess included), and a rejected follow-up keeps the plan off every report of the
 * meeting, not only the report the rejection names.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { applyCorrection } from '../src/app/correct.ts';
import { linkPending } from '../src/app/link.ts';
import { reprocess } from '../src/app/reprocess.ts';
import { insertCorrection } from '../src/storage/correction-repository.ts';
import { listMeetings, meetingDetail } from '../src/storage/queries/meeting-queries.ts';
import { listPlans } from '../src/storage/queries/plan-queries.ts';
import { openDevKnowledgeBase, removeKnowledgeBases } from './query-fixtures.ts';
import { engines } from './engines.ts';

after(() => { removeKnowledgeBases(); });

const NOW = '2026-02-01T10:00:00.000Z';

for (const engine of engines) describe(engine.name, () => {
  describe('confirmed merges', () => {
    it('two reports the rules keep apart stay one meeting after an analyst confirms it, through reprocess', async () => {
      const kb = await openDevKnowledgeBase(engine);
      try {
        // The Tokyo 2+2 of 2017-03-20 and the Hamburg summit of 2017-07-07: different meetings by every rule.
        const [tokyo] = await listMeetings(kb.db, { dyad: 'JP-RU', from: '2017-03-20', to: '2017-03-20' });
        const [hamburg] = await listMeetings(kb.db, { dyad: 'JP-RU', from: '2017-07-07', to: '2017-07-07' });
        assert.ok(tokyo && hamburg && tokyo.id !== hamburg.id);
        const hamburgDoc = hamburg.sources[0]!.documentId;
        await applyCorrection(kb, { kind: 'merge', action: 'confirm', meetingId: tokyo.id, documentId: hamburgDoc, note: 'test' }, NOW);
        const together = async (): Promise<void> => {
          const meetings = await listMeetings(kb.db, { dyad: 'JP-RU', from: '2017-03-20', to: '2017-07-07' });
          const merged = meetings.find((m) => m.sources.some((s) => s.file === 'mofa-jp-ru-2017-03-20.txt'));
          assert.deepEqual(merged?.sources.map((s) => s.file), ['mofa-jp-ru-2017-03-20.txt', 'mofa-jp-ru-2017-07-07.txt']);
          const detail = await meetingDetail(kb.db, merged!.id, '2018-01-01');
          assert.equal(detail?.merges.find((m) => m.source.file === 'mofa-jp-ru-2017-07-07.txt')?.explanation?.decidedBy, 'confirmed');
        };
        await together();
        const summary = await reprocess(kb);
        assert.equal(summary.reprocessed, 42);
        await together();
      } finally {
        await kb.close();
      }
    });
  });

  describe('rejected follow-ups', () => {
    it('a rejection naming one report of a meeting keeps the plan off every report of it', async () => {
      const kb = await openDevKnowledgeBase(engine);
      try {
        const isVisit = (file: string) => (p: { source: { file: string | null }; idx?: number; kind: string }) => p.source.file === file && p.kind === 'visit';
        const plans = await listPlans(kb.db, '2017-01-01', { limit: 1000 });
        const visit = plans.find(isVisit('mid-ru-jp-2016-04-15.txt'));
        const [sochi] = await listMeetings(kb.db, { dyad: 'JP-RU', from: '2016-05-06', to: '2016-05-06' });
        assert.ok(visit && sochi);
        assert.equal(visit.heldBy?.meetingId, sochi.id, 'held by the Sochi meeting before the correction');
        assert.equal(sochi.sources.length, 2);
        // A rejection recorded against the Kremlin report only (as when it was the meeting's only source).
        const kremlin = sochi.sources.find((s) => s.file === 'kremlin-ru-jp-2016-05-06.txt')!;
        const plan = await kb.db.selectFrom('plans').select(['id', 'document_id', 'idx']).where('id', '=', visit.id).executeTakeFirstOrThrow();
        await kb.writeTransaction(async (trx) => {
          await insertCorrection(trx, {
            created_at: NOW, target: 'follow-up', action: 'reject', document_id: plan.document_id, meeting_idx: null, plan_idx: plan.idx,
            other_document_id: kremlin.documentId, other_meeting_idx: 0, field: null, value_json: null, note: 'not this meeting',
          });
          await trx.deleteFrom('follow_ups').where('plan_id', '=', plan.id).execute();
          await trx.updateTable('plans').set({ linked: 0 }).where('id', '=', plan.id).execute();
          await linkPending(trx);
        });
        const after = (await listPlans(kb.db, '2017-01-01', { limit: 1000 })).find(isVisit('mid-ru-jp-2016-04-15.txt'));
        assert.ok(after);
        assert.notEqual(after.heldBy?.meetingId, sochi.id, 'not held through the Kantei report either');
        await reprocess(kb);
        const reprocessed = (await listPlans(kb.db, '2017-01-01', { limit: 1000 })).find(isVisit('mid-ru-jp-2016-04-15.txt'));
        const [sochiNow] = await listMeetings(kb.db, { dyad: 'JP-RU', from: '2016-05-06', to: '2016-05-06' });
        assert.ok(reprocessed && sochiNow);
        assert.notEqual(reprocessed.heldBy?.meetingId, sochiNow.id);
      } finally {
        await kb.close();
      }
    });
  });
});
