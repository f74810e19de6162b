import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { applyCorrection, parseFieldValue } from '../src/app/correct.ts';
import { reprocess } from '../src/app/reprocess.ts';
import { NotFoundError, ValidationError } from '../src/app/use-case-errors.ts';
import type { MeetingView, PlanView } from '../src/app/views.ts';
import type { StorageDialect } from '../src/storage/dialects/storage-dialect.ts';
import { listMeetings, meetingDetail } from '../src/storage/queries/meeting-queries.ts';
import { listPlans } from '../src/storage/queries/plan-queries.ts';
import { openDevKnowledgeBase, removeKnowledgeBases } from './query-fixtures.ts';
import { engines } from './engines.ts';

after(() => { removeKnowledgeBases(); });

const NOW = '2026-02-01T10:00:00.000Z';

async function lima(kb: StorageDialect): Promise<MeetingView[]> {
  return listMeetings(kb.db, { dyad: 'JP-RU', from: '2016-11-19', to: '2016-11-20' });
}

async function plan(kb: StorageDialect, asOf: string, test: (p: PlanView) => boolean): Promise<PlanView> {
  const found = (await listPlans(kb.db, asOf, { limit: 1000 })).find(test);
  assert.ok(found, 'plan not found');
  return found;
}

const nextMonth = (p: PlanView): boolean => p.whenText === 'next month' && p.source.file === 'mofa-jp-ru-2016-11-19.txt';
const lateApril = (p: PlanView): boolean => p.whenText === 'late April' && p.source.file === 'mofa-jp-ru-2017-03-20.txt';

for (const engine of engines) describe(engine.name, () => {
  describe('field corrections', () => {
    it('a corrected field shows the corrected value, is listed as a correction, and survives reprocess', async () => {
      const kb = await openDevKnowledgeBase(engine);
      try {
        const [meeting] = await lima(kb);
        assert.ok(meeting);
        const outcome = await applyCorrection(kb, { kind: 'set-field', meetingId: meeting.id, field: 'date', value: '2016-11-20', note: 'Lima local time' }, NOW);
        assert.match(outcome.message, /date set to 2016-11-20/);

        const check = async (): Promise<void> => {
          const [corrected] = await lima(kb);
          assert.ok(corrected);
          assert.equal(corrected.date, '2016-11-20');
          assert.deepEqual(corrected.corrections.map((c) => [c.target, c.action, c.field, c.value, c.note, c.createdAt]), [['meeting-field', 'set', 'date', '2016-11-20', 'Lima local time', NOW]]);
          const conflict = corrected.conflicts.find((c) => c.field === 'date');
          assert.deepEqual(conflict?.values.map((v) => v.value), ['2016-11-19', '2016-11-20'], 'every source keeps its extracted value');
        };
        await check();
        const summary = await reprocess(kb);
        assert.equal(summary.reprocessed, 42);
        await check();
      } finally {
        await kb.close();
      }
    });

    it('rejects unknown fields, malformed values and unknown meetings', async () => {
      assert.throws(() => parseFieldValue('countries', 'JP'), ValidationError);
      assert.throws(() => parseFieldValue('date', '2016-02-30'), /ISO date/);
      assert.throws(() => parseFieldValue('level', 'king'), /level must be one of/);
      assert.throws(() => parseFieldValue('durationMinutes', '-5'), ValidationError);
      assert.throws(() => parseFieldValue('mode', 'null'), /cannot be cleared/);
      assert.deepEqual(parseFieldValue('place', 'null'), { field: 'place', value: null });
      assert.deepEqual(parseFieldValue('durationMinutes', '70'), { field: 'durationMinutes', value: 70 });
      const kb = await openDevKnowledgeBase(engine);
      try {
        await assert.rejects(applyCorrection(kb, { kind: 'set-field', meetingId: 999_999, field: 'place', value: 'Lima' }, NOW), NotFoundError);
        await assert.rejects(applyCorrection(kb, { kind: 'follow-up', action: 'reject', planId: 999_999 }, NOW), NotFoundError);
      } finally {
        await kb.close();
      }
    });
  });

  describe('merge corrections', () => {
    it('a rejected source leaves the meeting, stays out after reprocess, and a confirmation brings it back', async () => {
      const kb = await openDevKnowledgeBase(engine);
      try {
        const [meeting] = await lima(kb);
        assert.ok(meeting && meeting.sources.length === 2);
        const kremlin = meeting.sources.find((s) => s.file === 'kremlin-ru-jp-2016-11-20.txt');
        const mofa = meeting.sources.find((s) => s.file === 'mofa-jp-ru-2016-11-19.txt');
        assert.ok(kremlin && mofa);
        await assert.rejects(applyCorrection(kb, { kind: 'merge', action: 'reject', meetingId: meeting.id, documentId: 1 }, NOW), /is not a source of meeting/);

        const outcome = await applyCorrection(kb, { kind: 'merge', action: 'reject', meetingId: meeting.id, documentId: kremlin.documentId }, NOW);
        assert.match(outcome.message, /no longer one of its sources \(now meeting \d+\)/);
        const apart = async (): Promise<void> => {
          const meetings = await lima(kb);
          assert.deepEqual(meetings.map((m) => m.sources.map((s) => s.file)), [['mofa-jp-ru-2016-11-19.txt'], ['kremlin-ru-jp-2016-11-20.txt']]);
          const rejection = meetings[0]?.corrections.find((c) => c.target === 'merge');
          assert.equal(rejection?.action, 'reject');
        };
        await apart();
        await reprocess(kb);
        await apart();

        const [mofaMeeting] = await lima(kb);
        assert.ok(mofaMeeting);
        await applyCorrection(kb, { kind: 'merge', action: 'confirm', meetingId: mofaMeeting.id, documentId: kremlin.documentId }, NOW);
        const [together, ...rest] = await lima(kb);
        assert.deepEqual(together?.sources.map((s) => s.file), ['mofa-jp-ru-2016-11-19.txt', 'kremlin-ru-jp-2016-11-20.txt']);
        assert.equal(rest.length, 0);
        const detail = await meetingDetail(kb.db, together.id, '2017-01-01');
        assert.equal(detail?.merges.find((m) => m.source.file === 'kremlin-ru-jp-2016-11-20.txt')?.explanation?.decidedBy, 'confirmed');
      } finally {
        await kb.close();
      }
    });
  });

  describe('follow-up corrections', () => {
    it('a rejected follow-up is not re-created, by relinking or by reprocess', async () => {
      const kb = await openDevKnowledgeBase(engine);
      try {
        const before = await plan(kb, '2017-01-01', nextMonth);
        assert.equal(before.status, 'held');
        const nagato = before.heldBy?.meetingId;
        assert.ok(nagato);
        const outcome = await applyCorrection(kb, { kind: 'follow-up', action: 'reject', planId: before.id, note: 'wrong meeting' }, NOW);
        assert.match(outcome.message, new RegExp(`not held by meeting ${nagato}`));
        const notHeldByNagato = async (): Promise<void> => {
          const now = await plan(kb, '2017-01-01', nextMonth);
          const nagatoNow = (await listMeetings(kb.db, { dyad: 'JP-RU', from: '2016-12-15', to: '2016-12-15' }))[0];
          assert.ok(nagatoNow);
          assert.notEqual(now.heldBy?.meetingId, nagatoNow.id);
        };
        await notHeldByNagato();
        await reprocess(kb);
        await notHeldByNagato();
      } finally {
        await kb.close();
      }
    });

    it('a confirmed follow-up holds the plan (decided by the analyst) and survives reprocess', async () => {
      const kb = await openDevKnowledgeBase(engine);
      try {
        const visit = await plan(kb, '2017-08-01', lateApril);
        // The linker finds it held by the 2017-07-07 readout's past reference ("the Summit Meeting in Moscow in April"):
        // a document, not a stored meeting, so there is no meeting link to confirm yet.
        assert.equal(visit.status, 'held');
        assert.equal(visit.heldBy?.meetingId, null);
        assert.deepEqual(visit.heldBy?.sources.map((s) => s.file), ['mofa-jp-ru-2017-07-07.txt']);
        const [hamburg] = await listMeetings(kb.db, { dyad: 'JP-RU', from: '2017-07-07', to: '2017-07-07' });
        assert.ok(hamburg);
        await assert.rejects(applyCorrection(kb, { kind: 'follow-up', action: 'confirm', planId: visit.id }, NOW), /not linked to a meeting/);
        await applyCorrection(kb, { kind: 'follow-up', action: 'confirm', planId: visit.id, heldMeetingId: hamburg.id }, NOW);
        const check = async (): Promise<void> => {
          const held = await plan(kb, '2017-08-01', lateApril);
          assert.equal(held.status, 'held');
          assert.equal(held.heldBy?.decidedBy, 'confirmed');
          assert.deepEqual(held.heldBy?.sources.map((s) => s.file), ['mofa-jp-ru-2017-07-07.txt']);
        };
        await check();
        await reprocess(kb);
        await check();
      } finally {
        await kb.close();
      }
    });
  });
});
