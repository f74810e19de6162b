import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { MeetingView } from '../src/app/views.ts';
import type { StorageDialect } from '../src/storage/dialects/storage-dialect.ts';
import { listMeetings, meetingDetail } from '../src/storage/queries/meeting-queries.ts';
import { findPeople } from '../src/storage/queries/person-queries.ts';
import { listPlanKeys, listPlans, planStatus, unanchoredPlanIndex } from '../src/storage/queries/plan-queries.ts';
import { searchDocuments } from '../src/storage/queries/search-queries.ts';
import { documentCounts, meetingStats } from '../src/storage/queries/stats-queries.ts';
import { dyadTimeline } from '../src/storage/queries/timeline-queries.ts';
import { openDevKnowledgeBase, removeKnowledgeBases } from './query-fixtures.ts';
import { engines } from './engines.ts';

for (const engine of engines) describe(engine.name, () => {
  let kb: StorageDialect;
  before(async () => { kb = await openDevKnowledgeBase(engine); });
  after(async () => { await kb.close(); removeKnowledgeBases(); });

  const fileOf = (m: MeetingView): string[] => m.sources.map((s) => s.file ?? s.url ?? '');

  describe('meetings', () => {
    it('a dyad is order-insensitive and lists its meetings in date order, with sources', async () => {
      const jpRu = await listMeetings(kb.db, { dyad: 'RU-JP', limit: 500 });
      assert.deepEqual(await listMeetings(kb.db, { dyad: 'jp-ru', limit: 500 }), jpRu);
      assert.ok(jpRu.every((m) => m.countries.join() === 'JP,RU'));
      const dated = jpRu.map((m) => m.date).filter((d): d is string => d !== null);
      assert.deepEqual(dated, [...dated].sort());
      const ny = jpRu.find((m) => m.date === '2017-09-18');
      assert.ok(ny, 'the 2017-09-18 Kono-Lavrov meeting');
      assert.equal(ny.place, 'New York');
      assert.equal(ny.level, 'foreign-minister');
      assert.equal(ny.durationMinutes, 32);
      assert.deepEqual(ny.participants.map((p) => p.name).sort(), ['Sergey Lavrov', 'Taro Kono']);
      assert.deepEqual(fileOf(ny), ['mofa-jp-ru-2017-09-18.txt']);
      assert.equal(ny.sources[0]?.publisher, 'Ministry of Foreign Affairs of Japan');
    });

    it('merges the two governments\' readouts of the Lima summit and keeps both dates as a conflict', async () => {
      const [lima] = await listMeetings(kb.db, { dyad: 'JP-RU', from: '2016-11-19', to: '2016-11-20' });
      assert.ok(lima);
      assert.deepEqual(fileOf(lima), ['mofa-jp-ru-2016-11-19.txt', 'kremlin-ru-jp-2016-11-20.txt'], 'earliest published first');
      assert.equal(lima.date, '2016-11-19');
      const date = lima.conflicts.find((c) => c.field === 'date');
      assert.deepEqual(date?.values.map((v) => [v.value, v.source.file, v.evidence?.text]), [
        ['2016-11-19', 'mofa-jp-ru-2016-11-19.txt', 'On November 19'],
        ['2016-11-20', 'kremlin-ru-jp-2016-11-20.txt', 'November 20, 2016'],
      ]);
      const abe = lima.participants.find((p) => p.name === 'Shinzo Abe');
      assert.equal(abe?.mentions.length, 2, 'one mention per source');
    });

    it('filters by country, person (any spelling), level, mode and dates, and pages', async () => {
      const us = await listMeetings(kb.db, { country: 'us', limit: 500 });
      assert.ok(us.length >= 8);
      assert.ok(us.every((m) => m.countries.includes('US')));
      const lavrov = await listMeetings(kb.db, { person: 'Lavrov', limit: 500 });
      assert.ok(lavrov.some((m) => m.date === '2017-09-18') && lavrov.some((m) => m.date === '2020-07-17'));
      assert.ok(lavrov.every((m) => m.participants.some((p) => p.name === 'Sergey Lavrov')));
      const kono = await listMeetings(kb.db, { person: 'Kono Taro' });
      assert.deepEqual(kono.map((m) => m.date), ['2017-09-18', '2018-08-02']);
      assert.deepEqual(await listMeetings(kb.db, { person: 'Nobody Atall' }), []);
      const calls = await listMeetings(kb.db, { dyad: 'JP-RU', mode: 'telephone', level: 'leader', limit: 500 });
      assert.ok(calls.length >= 4 && calls.every((m) => m.mode === 'telephone' && m.level === 'leader'));
      const in2017 = await listMeetings(kb.db, { dyad: 'JP-RU', from: '2017-01-01', to: '2017-12-31' });
      assert.deepEqual(in2017.map((m) => m.date), ['2017-03-20', '2017-07-07', '2017-09-03', '2017-09-18', '2017-11-10']);
      const page = await listMeetings(kb.db, { dyad: 'JP-RU', from: '2017-01-01', to: '2017-12-31', limit: 2, offset: 1 });
      assert.deepEqual(page.map((m) => m.date), ['2017-07-07', '2017-09-03']);
    });

    it('shows one meeting with every field\'s evidence and the plans announced in it', async () => {
      const [ny] = await listMeetings(kb.db, { dyad: 'JP-RU', from: '2017-09-18', to: '2017-09-18' });
      assert.ok(ny);
      const detail = await meetingDetail(kb.db, ny.id, '2017-10-05');
      assert.ok(detail);
      const field = (name: string) => detail.fields.find((f) => f.field === name)?.values[0];
      assert.equal(field('date')?.evidence?.text, 'September 18, 2017');
      assert.equal(field('durationMinutes')?.evidence?.text, 'approximately 32 minutes');
      assert.equal(field('ordinal')?.value, 2);
      const survey = detail.plans.find((p) => p.kind === 'survey');
      assert.equal(survey?.whenText, 'at the beginning of October');
      assert.equal(survey?.status, 'pending', 'due 2017-10-10, as of 2017-10-05');
      assert.equal(await meetingDetail(kb.db, 999_999, '2017-10-05'), null);
    });
  });

  describe('plans', () => {
    it('status as of a date: pending before the interval ends, overdue after, held only once the meeting took place', async () => {
      const find = async (asOf: string) => (await listPlans(kb.db, asOf, { dyad: 'JP-RU', limit: 500 })).find((p) => p.whenText === 'late April');
      assert.equal((await find('2017-04-01'))?.status, 'pending');
      const overdue = await find('2017-05-01');
      assert.equal(overdue?.status, 'overdue');
      assert.equal(overdue?.start, '2017-04-21');
      assert.equal(overdue?.end, '2017-04-30');
      assert.equal(overdue?.source.file, 'mofa-jp-ru-2017-03-20.txt');

      const nextMonth = async (asOf: string) => (await listPlans(kb.db, asOf, { dyad: 'JP-RU', limit: 500 })).find((p) => p.whenText === 'next month' && p.source.file === 'mofa-jp-ru-2016-11-19.txt');
      const held = await nextMonth('2017-01-01');
      assert.equal(held?.status, 'held');
      assert.ok(held?.heldBy?.meetingId);
      assert.equal(held.heldBy.sources[0]?.file, 'gov-jp-ru-2016-12-15.txt');
      assert.equal((await nextMonth('2016-12-01'))?.status, 'pending', 'the Nagato summit had not happened yet');
    });

    it('the status filter agrees with the status shown', async () => {
      for (const status of ['pending', 'held', 'overdue'] as const) {
        const plans = await listPlans(kb.db, '2017-06-01', { status, limit: 500 });
        assert.ok(plans.length > 0, status);
        assert.ok(plans.every((p) => p.status === status), status);
        assert.ok(plans.every((p) => (p.heldBy !== null) === (status === 'held')), status);
      }
      const all = await listPlans(kb.db, '2017-06-01', { limit: 1000 });
      const counts = await Promise.all((['pending', 'held', 'overdue'] as const).map(async (status) => (await listPlans(kb.db, '2017-06-01', { status, limit: 1000 })).length));
      assert.equal(counts.reduce((a, b) => a + b), all.length);
    });

    it('a dyad listing reads the same plans through the unanchored-plan index as through the rule', async () => {
      const index = await unanchoredPlanIndex(kb.db);
      assert.ok([...index.values()].some((ids) => ids.length > 0), 'the dev knowledge base has plans without a match key');
      const dyads = [...new Set((await listMeetings(kb.db, { limit: 1000 })).map((m) => m.countries.join('-')).filter((d) => d.includes('-')))];
      assert.ok(dyads.length > 3);
      const unanchoredIds = new Set([...index.values()].flat());
      let listedUnanchored = 0;
      for (const dyad of [...dyads, 'JP', 'XX-YY']) {
        for (const status of [undefined, 'pending', 'held', 'overdue'] as const) {
          for (const asOf of ['2017-06-01', '2030-01-01']) {
            const filters = { dyad, status, limit: 1000 };
            const plain = await listPlanKeys(kb.db, asOf, filters);
            assert.deepEqual(await listPlanKeys(kb.db, asOf, filters, { unanchored: index }), plain, `${dyad} ${status ?? 'any'} ${asOf}`);
            listedUnanchored += plain.filter((k) => unanchoredIds.has(k.id)).length;
          }
        }
      }
      assert.ok(listedUnanchored > 0, 'some listings hold plans without a match key');
    });

    it('due range and the status rule', async () => {
      const due = await listPlans(kb.db, '2030-01-01', { dueFrom: '2017-10-01', dueTo: '2017-10-31', limit: 500 });
      assert.ok(due.length > 0 && due.every((p) => p.end !== null && p.end >= '2017-10-01' && p.end <= '2017-10-31'));
      assert.equal(planStatus({ start: '2017-10-01', end: null }, undefined, '2030-01-01'), 'pending', 'open-ended never overdue');
      assert.equal(planStatus({ start: null, end: null }, undefined, '2030-01-01'), 'pending');
      assert.equal(planStatus({ start: '2017-10-01', end: '2017-10-10' }, '2017-10-05', '2017-10-04'), 'pending');
      assert.equal(planStatus({ start: '2017-10-01', end: '2017-10-10' }, '2017-10-05', '2017-10-05'), 'held');
    });
  });

  describe('timeline, people, search, stats', () => {
    it('a dyad timeline interleaves meetings and plans by date', async () => {
      const entries = await dyadTimeline(kb.db, 'JP-RU', '2018-01-01', { from: '2016-11-01', to: '2016-12-31' });
      const lines = entries.map((e) => `${e.date} ${e.kind}`);
      assert.ok(lines.indexOf('2016-11-19 meeting') < lines.indexOf('2016-12-01 plan'));
      assert.ok(lines.indexOf('2016-12-01 plan') < lines.indexOf('2016-12-15 meeting'));
      const dates = entries.map((e) => e.date ?? '9999');
      assert.deepEqual(dates, [...dates].sort());
    });

    it('a person across documents: spellings, roles over time, meetings', async () => {
      const [kono] = await findPeople(kb.db, 'Kono');
      assert.equal(kono?.name, 'Taro Kono');
      assert.deepEqual(kono.roles.map((r) => [r.title, r.country, r.first, r.last]), [['Minister for Foreign Affairs', 'JP', '2017-09-18', '2018-08-02']]);
      assert.equal(kono.meetingIds.length, 2);
      const [putin] = await findPeople(kb.db, 'Vladimir Putin');
      assert.ok(putin && putin.meetingIds.length >= 10);
      assert.ok(putin.roles.some((r) => r.title === 'President' && r.country === 'RU'));
      assert.deepEqual(await findPeople(kb.db, 'Nobody Atall'), []);
    });

    it('full-text search finds documents with a snippet and their source', async () => {
      const hits = await searchDocuments(kb, 'Yamaguchi Nagato');
      assert.ok(hits.length > 0);
      assert.ok(hits.every((h) => /«/.test(h.snippet)));
      const files = hits.map((h) => h.source.file);
      // SQLite ranks by BM25, PostgreSQL by ts_rank: the same hits, but these two near-equal ones swap places.
      if (engine.name === 'sqlite') assert.deepEqual(files, ['mofa-jp-ru-2016-11-19.txt', 'kremlin-ru-jp-2016-11-20.txt']);
      else assert.deepEqual([...files].sort(), ['kremlin-ru-jp-2016-11-20.txt', 'mofa-jp-ru-2016-11-19.txt']);
      assert.match(hits.find((h) => h.source.file === 'mofa-jp-ru-2016-11-19.txt')?.snippet ?? '', /«Nagato» City in «Yamaguchi» Prefecture/);
      assert.deepEqual(await searchDocuments(kb, 'zzzqqq'), []);
    });

    it('stats count meetings per dyad, year, level and mode', async () => {
      const rows = await meetingStats(kb.db);
      const row = rows.find((r) => r.dyad === 'JP-RU' && r.year === 2017 && r.level === 'leader' && r.mode === 'in-person');
      assert.equal(row?.meetings, (await listMeetings(kb.db, { dyad: 'JP-RU', from: '2017-01-01', to: '2017-12-31', level: 'leader', mode: 'in-person' })).length);
      const total = rows.reduce((n, r) => n + r.meetings, 0);
      assert.equal(total, (await listMeetings(kb.db, { limit: 10_000 })).length);
      assert.deepEqual(await documentCounts(kb.db), { current: 42, superseded: 0, failed: [] });
    });
  });
});
