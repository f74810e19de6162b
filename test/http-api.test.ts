/**
 * The HTTP API's read side, in process with `app.request()`, on the dev corpus's real readouts ingested through the
 * real ingest use case: each resource's happy path with real values, every response checked against the zod schema
 * the OpenAPI document is generated from, bad parameters (400 with field messages), 404s, exports, the OpenAPI
 * document, security headers and the static UI. On every engine (test/engines.ts).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { z } from '@hono/zod-openapi';
import { createApp } from '../src/http/create-app.ts';
import type { ApiApp } from '../src/http/api-context.ts';
import { DocumentPageSchema } from '../src/http/document-routes.ts';
import { DyadListSchema, TimelineSchema } from '../src/http/dyad-routes.ts';
import { MeetingPageSchema } from '../src/http/meeting-routes.ts';
import { PersonPageSchema } from '../src/http/people-routes.ts';
import { PlanPageSchema } from '../src/http/plan-routes.ts';
import { SearchResultSchema } from '../src/http/search-routes.ts';
import { CONTENT_SECURITY_POLICY } from '../src/http/security-middleware.ts';
import { DocumentDetailSchema, ErrorSchema, MeetingDetailViewSchema, PersonDetailSchema, StatsSchema } from '../src/http/view-schemas.ts';
import type { StorageDialect } from '../src/storage/dialects/storage-dialect.ts';
import { openDevKnowledgeBase, removeKnowledgeBases } from './query-fixtures.ts';
import { engines } from './engines.ts';

for (const engine of engines) describe(engine.name, () => {
  let kb: StorageDialect;
  let app: ApiApp;
  const webRoots: string[] = [];
  before(async () => {
    kb = await openDevKnowledgeBase(engine);
    // A fixed clock: "today" (the default as-of date) is 2017-10-05, between the 2017-09-18 meeting and its survey.
    app = createApp({ dialect: kb, now: () => new Date('2017-10-05T12:00:00Z'), webRoot: join(tmpdir(), 'readout-no-such-web-root') });
  });
  after(async () => {
    await kb.close();
    removeKnowledgeBases();
    for (const dir of webRoots) rmSync(dir, { recursive: true, force: true });
  });

  /** GETs `path` and parses the JSON body with `schema` (so the OpenAPI document describes what really comes back). */
  async function getJson<S extends z.ZodType>(path: string, schema: S, status = 200): Promise<z.output<S>> {
    const res = await app.request(path);
    const body: unknown = await res.json();
    assert.equal(res.status, status, `${path}: ${JSON.stringify(body).slice(0, 300)}`);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    const parsed = schema.safeParse(body);
    assert.ok(parsed.success, `${path}: response does not match its schema: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))}`);
    return parsed.data;
  }

  async function errorOf(path: string, status: number): Promise<z.output<typeof ErrorSchema>> {
    return getJson(path, ErrorSchema, status);
  }

  describe('meetings', () => {
    it('lists a dyad\'s meetings with their sources: the 2017-09-18 Kono-Lavrov meeting in New York', async () => {
      const page = await getJson('/api/meetings?dyad=RU-JP&limit=500', MeetingPageSchema);
      assert.ok(page.items.length >= 10 && page.items.every((m) => m.countries.join() === 'JP,RU'));
      const ny = page.items.find((m) => m.date === '2017-09-18');
      assert.ok(ny);
      assert.equal(ny.place, 'New York');
      assert.equal(ny.durationMinutes, 32);
      assert.deepEqual(ny.sources.map((s) => [s.file, s.publisher]), [['mofa-jp-ru-2017-09-18.txt', 'Ministry of Foreign Affairs of Japan']]);
      assert.deepEqual(ny.participants.map((p) => p.name).sort(), ['Sergey Lavrov', 'Taro Kono']);
    });

    it('filters by dates, level and mode, and pages', async () => {
      const year = await getJson('/api/meetings?dyad=JP-RU&from=2017-01-01&to=2017-12-31', MeetingPageSchema);
      assert.deepEqual(year.items.map((m) => m.date), ['2017-03-20', '2017-07-07', '2017-09-03', '2017-09-18', '2017-11-10']);
      const page = await getJson('/api/meetings?dyad=JP-RU&from=2017-01-01&to=2017-12-31&limit=2&offset=1', MeetingPageSchema);
      assert.deepEqual([page.items.map((m) => m.date), page.limit, page.offset], [['2017-07-07', '2017-09-03'], 2, 1]);
      const calls = await getJson('/api/meetings?dyad=JP-RU&mode=telephone&level=leader', MeetingPageSchema);
      assert.ok(calls.items.length >= 4 && calls.items.every((m) => m.mode === 'telephone' && m.level === 'leader'));
      const kono = await getJson(`/api/meetings?person=${encodeURIComponent('Kono Taro')}`, MeetingPageSchema);
      assert.deepEqual(kono.items.map((m) => m.date), ['2017-09-18', '2018-08-02']);
    });

    it('shows one meeting in full: every field with its evidence, and its plans with their status as of a date', async () => {
      const [ny] = (await getJson('/api/meetings?dyad=JP-RU&from=2017-09-18&to=2017-09-18', MeetingPageSchema)).items;
      assert.ok(ny);
      const detail = await getJson(`/api/meetings/${ny.id}`, MeetingDetailViewSchema);
      const field = (name: string) => detail.fields.find((f) => f.field === name)?.values[0];
      assert.equal(field('date')?.evidence?.text, 'September 18, 2017');
      assert.equal(field('durationMinutes')?.evidence?.text, 'approximately 32 minutes');
      assert.equal(field('date')?.source.file, 'mofa-jp-ru-2017-09-18.txt');
      const survey = detail.plans.find((p) => p.kind === 'survey');
      assert.equal(survey?.whenText, 'at the beginning of October');
      assert.equal(survey?.status, 'pending', 'as of today = 2017-10-05 (the app clock)');
      const later = await getJson(`/api/meetings/${ny.id}?asOf=2018-06-01`, MeetingDetailViewSchema);
      assert.notEqual(later.plans.find((p) => p.kind === 'survey')?.status, 'pending');
    });

    it('merges both governments\' readouts of the Lima summit and keeps both dates with their sources', async () => {
      const [lima] = (await getJson('/api/meetings?dyad=JP-RU&from=2016-11-19&to=2016-11-20', MeetingPageSchema)).items;
      assert.ok(lima);
      const detail = await getJson(`/api/meetings/${lima.id}`, MeetingDetailViewSchema);
      assert.deepEqual(detail.sources.map((s) => s.file), ['mofa-jp-ru-2016-11-19.txt', 'kremlin-ru-jp-2016-11-20.txt']);
      assert.deepEqual(detail.conflicts.find((c) => c.field === 'date')?.values.map((v) => [v.value, v.evidence?.text]),
        [['2016-11-19', 'On November 19'], ['2016-11-20', 'November 20, 2016']]);
      assert.ok(detail.merges[1]?.explanation !== null);
    });

    it('answers 400 with one message per bad field, and 404 for an unknown meeting', async () => {
      const bad = await errorOf('/api/meetings?limit=abc&level=king&from=2017-02-30&dyad=Japan&dyads=JP-RU', 400);
      const byPath = new Map((bad.issues ?? []).map((i) => [i.path.join('.'), i.message]));
      assert.deepEqual([...byPath.keys()].sort(), ['query.dyad', 'query.dyads', 'query.from', 'query.level', 'query.limit']);
      assert.match(byPath.get('query.limit') ?? '', /whole number/);
      assert.match(byPath.get('query.from') ?? '', /calendar date/);
      assert.match(byPath.get('query.dyads') ?? '', /unknown parameter/);
      assert.match((await errorOf('/api/meetings?limit=0', 400)).issues?.[0]?.message ?? '', /at least 1/);
      assert.match((await errorOf('/api/meetings?limit=5000', 400)).issues?.[0]?.message ?? '', /at most 1000/);
      assert.deepEqual((await errorOf('/api/meetings/abc', 400)).issues?.map((i) => i.path), [['path', 'id']]);
      assert.equal((await errorOf('/api/meetings/999999', 404)).error, 'no meeting 999999');
    });
  });

  describe('people, plans, dyads, search, stats', () => {
    it('finds a person by any spelling, and shows their roles and meetings', async () => {
      const found = await getJson('/api/people?name=Kono', PersonPageSchema);
      const kono = found.items.find((p) => p.name === 'Taro Kono');
      assert.ok(kono);
      assert.deepEqual(kono.roles.map((r) => [r.title, r.country, r.first, r.last]), [['Minister for Foreign Affairs', 'JP', '2017-09-18', '2018-08-02']]);
      const person = await getJson(`/api/people/${kono.id}`, PersonDetailSchema);
      assert.deepEqual(person.meetings.map((m) => m.date), ['2017-09-18', '2018-08-02']);
      assert.ok((await getJson('/api/people?limit=500', PersonPageSchema)).items.some((p) => p.name === 'Sergey Lavrov'), 'everyone, without a name');
      assert.deepEqual((await getJson('/api/people?name=Nobody%20Atall', PersonPageSchema)).items, []);
      await errorOf('/api/people/999999', 404);
    });

    it('lists plans with their status as of a date: the 2017-09-18 survey pending on 2017-10-05, overdue later', async () => {
      const pending = await getJson('/api/plans?dyad=JP-RU&status=pending&asOf=2017-10-05&limit=500', PlanPageSchema);
      const survey = pending.items.find((p) => p.whenText === 'at the beginning of October');
      assert.ok(survey);
      assert.equal(survey.source.file, 'mofa-jp-ru-2017-09-18.txt');
      assert.ok(pending.items.every((p) => p.status === 'pending'));
      const held = await getJson('/api/plans?dyad=JP-RU&status=held&asOf=2018-01-01&limit=500', PlanPageSchema);
      assert.ok(held.items.length > 0 && held.items.every((p) => p.status === 'held' && p.heldBy !== null && p.heldBy.sources.length > 0));
      const one = await getJson(`/api/plans/${survey.id}?asOf=2017-10-05`, PlanPageSchema.shape.items.unwrap().element);
      assert.equal(one.evidence.text, survey.evidence.text);
      const due = await getJson('/api/plans?from=2017-10-01&to=2017-10-31&limit=500', PlanPageSchema);
      assert.ok(due.items.some((p) => p.id === survey.id) && due.items.every((p) => p.end !== null && p.end >= '2017-10-01' && p.end <= '2017-10-31'));
      const bad = await errorOf('/api/plans?status=late', 400);
      assert.deepEqual(bad.issues?.map((i) => i.path), [['query', 'status']]);
    });

    it('lists every dyad with its meetings, last meeting and open follow-ups, consistent with the listings', async () => {
      const asOf = '2017-10-05';
      const dyads = await getJson(`/api/dyads?asOf=${asOf}`, DyadListSchema);
      const jpRu = dyads.items.find((d) => d.dyad === 'JP-RU');
      assert.ok(jpRu);
      assert.equal(dyads.items[0]?.dyad, 'JP-RU', 'most meetings first');
      const meetings = await getJson('/api/meetings?dyad=JP-RU&limit=1000', MeetingPageSchema);
      assert.equal(jpRu.meetings, meetings.items.length);
      const last = meetings.items.filter((m) => m.date !== null).at(-1);
      assert.equal(jpRu.lastMeeting?.id, last?.id);
      for (const status of ['pending', 'overdue'] as const) {
        const plans = await getJson(`/api/plans?dyad=JP-RU&status=${status}&asOf=${asOf}&limit=1000`, PlanPageSchema);
        assert.equal(status === 'pending' ? jpRu.pendingFollowUps : jpRu.overdueFollowUps, plans.items.length, status);
      }
      const timeline = await getJson('/api/dyads/ru-jp/timeline?from=2017-01-01&to=2017-12-31&asOf=2017-10-05', TimelineSchema);
      assert.deepEqual(timeline.items.filter((e) => e.kind === 'meeting').map((e) => e.date), ['2017-03-20', '2017-07-07', '2017-09-03', '2017-09-18', '2017-11-10']);
      assert.ok(timeline.items.some((e) => e.kind === 'plan'));
    });

    it('searches the documents\' text', async () => {
      const hits = await getJson('/api/search?q=Lavrov&limit=50', SearchResultSchema);
      assert.ok(hits.items.length >= 3);
      assert.ok(hits.items.every((h) => h.snippet.includes('«Lavrov»')));
      assert.ok(hits.items.some((h) => h.source.file === 'mofa-jp-ru-2017-09-18.txt'));
      assert.deepEqual((await errorOf('/api/search', 400)).issues?.map((i) => i.path), [['query', 'q']]);
    });

    it('counts meetings per dyad per year and the stored documents', async () => {
      const stats = await getJson('/api/stats', StatsSchema);
      assert.equal(stats.documents.current, 42);
      const jpRu2017 = stats.rows.filter((r) => r.dyad === 'JP-RU' && r.year === 2017).reduce((n, r) => n + r.meetings, 0);
      assert.equal(jpRu2017, 5);
    });

    it('lists documents and returns one with its text, record and meetings', async () => {
      const page = await getJson('/api/documents?limit=100', DocumentPageSchema);
      assert.equal(page.items.length, 42);
      const doc = page.items.find((d) => d.file === 'mofa-jp-ru-2017-09-18.txt');
      assert.ok(doc);
      const detail = await getJson(`/api/documents/${doc.id}`, DocumentDetailSchema);
      assert.match(detail.text, /Taro Kono/);
      const meetings = detail.record?.['meetings'] as { date: string; provenance: { date: { start: number; end: number; text: string } } }[];
      const evidence = meetings[0]?.provenance.date;
      assert.ok(evidence);
      assert.equal(detail.text.slice(evidence.start, evidence.end), evidence.text, 'offsets refer to the returned text');
      assert.equal(detail.meetingIds.length, 1);
      await errorOf('/api/documents/999999', 404);
    });
  });

  describe('exports', () => {
    it('planned events as iCalendar', async () => {
      const res = await app.request('/api/export/plans.ics?dyad=JP-RU&asOf=2017-10-05');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^text\/calendar/);
      const ics = await res.text();
      assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
      assert.match(ics, /END:VCALENDAR(?:\r\n)?$/);
      assert.ok((ics.match(/BEGIN:VEVENT/g) ?? []).length >= 5);
      assert.match(ics, /DTSTART;VALUE=DATE:20171001/, 'the survey "at the beginning of October"');
    });

    it('meetings and plans as CSV, PLOVER events as JSONL', async () => {
      const meetings = await (await app.request('/api/export/meetings.csv?dyad=JP-RU')).text();
      const lines = meetings.trimEnd().split('\n');
      assert.equal(lines.length - 1, (await getJson('/api/meetings?dyad=JP-RU&limit=1000', MeetingPageSchema)).items.length);
      assert.ok(lines.some((l) => l.startsWith('') && l.includes('2017-09-18') && l.includes('New York')));
      const plans = await app.request('/api/export/plans.csv');
      assert.match(plans.headers.get('content-disposition') ?? '', /attachment; filename="readout-plans.csv"/);
      const plover = (await (await app.request('/api/export/plover.jsonl?dyad=JP-RU')).text()).trimEnd().split('\n').map((l) => JSON.parse(l) as { event_type: string; event_date: string });
      assert.ok(plover.some((e) => e.event_type === 'CONSULT' && e.event_date === '2017-09-18'));
      assert.ok(plover.some((e) => e.event_type === 'AGREE'));
      await errorOf('/api/export/plans.ics?asOf=tomorrow', 400);
    });
  });

  describe('the OpenAPI document', () => {
    it('lists every resource with its parameters and the view schemas', async () => {
      const res = await app.request('/openapi.json');
      const doc = await res.json() as { openapi: string; paths: Record<string, Record<string, { parameters?: { name: string }[] }>>; components: { schemas: Record<string, unknown> } };
      assert.equal(doc.openapi, '3.1.0');
      for (const path of ['/api/documents', '/api/documents/text', '/api/documents/url', '/api/documents/{id}', '/api/meetings', '/api/meetings/{id}',
        '/api/people', '/api/people/{id}', '/api/plans', '/api/plans/{id}', '/api/dyads', '/api/dyads/{dyad}/timeline', '/api/search', '/api/stats',
        '/api/export/plans.ics', '/api/export/meetings.csv', '/api/export/plans.csv', '/api/export/plover.jsonl', '/api/corrections']) {
        assert.ok(doc.paths[path], `missing ${path}`);
      }
      assert.deepEqual(Object.keys(doc.paths['/api/documents'] ?? {}).sort(), ['get', 'post']);
      assert.deepEqual(doc.paths['/api/meetings']?.['get']?.parameters?.map((p) => p.name).sort(), ['country', 'dyad', 'from', 'level', 'limit', 'mode', 'offset', 'person', 'to']);
      for (const schema of ['Meeting', 'MeetingDetail', 'Plan', 'Evidence', 'Source', 'Person', 'DyadSummary', 'CorrectionRequest', 'Error']) {
        assert.ok(doc.components.schemas[schema], `missing schema ${schema}`);
      }
    });
  });

  describe('headers, errors and the web UI', () => {
    it('sets the Content-Security-Policy and nosniff on every response: JSON, errors, pages', async () => {
      for (const [path, status] of [['/api/dyads', 200], ['/api/meetings/999999', 404], ['/api/meetings?limit=x', 400], ['/', 200], ['/nowhere.png', 404]] as const) {
        const res = await app.request(path);
        assert.equal(res.status, status, path);
        assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, path);
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      }
      assert.match(CONTENT_SECURITY_POLICY, /default-src 'self'/);
      assert.match(CONTENT_SECURITY_POLICY, /object-src 'none'/);
      assert.match(CONTENT_SECURITY_POLICY, /frame-ancestors 'none'/);
      assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval/);
    });

    it('says how to build the UI when it is not built, and answers unknown API paths with JSON 404', async () => {
      const res = await app.request('/');
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(await res.text(), /npm run build:web/);
      const api = await app.request('/api/nothing-here');
      assert.equal(api.status, 404);
      assert.deepEqual(await api.json(), { error: 'no such resource: GET /api/nothing-here' });
    });

    it('serves the built UI, with index.html for client-side routes and nothing outside its directory', async () => {
      const root = mkdtempSync(join(tmpdir(), 'readout-web-'));
      webRoots.push(root);
      mkdirSync(join(root, 'assets'));
      writeFileSync(join(root, 'index.html'), '<!doctype html><title>Readout UI</title><script type="module" src="/assets/app-1.js"></script>');
      writeFileSync(join(root, 'assets', 'app-1.js'), 'console.log(1)');
      writeFileSync(join(root, '..', `${root.split('/').pop() ?? 'x'}-secret.txt`), 'TOP-SECRET-CONTENT');
      const ui = createApp({ dialect: kb, webRoot: root });
      const index = await ui.request('/');
      assert.match(await index.text(), /Readout UI/);
      const route = await ui.request('/relations/JP-RU');
      assert.equal(route.status, 200);
      assert.match(await route.text(), /Readout UI/, 'client-side route gets index.html');
      const js = await ui.request('/assets/app-1.js');
      assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
      assert.match(js.headers.get('cache-control') ?? '', /immutable/);
      assert.equal(js.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
      const escape = await ui.request(`/%2e%2e/${root.split('/').pop() ?? 'x'}-secret.txt`);
      assert.equal(escape.status, 404);
      assert.doesNotMatch(await escape.text(), /TOP-SECRET-CONTENT/);
      assert.equal((await ui.request('/assets/missing.js')).status, 404);
      assert.equal((await ui.request('/api/meetings?limit=1')).status, 200, 'the API still answers');
      rmSync(join(root, '..', `${root.split('/').pop() ?? 'x'}-secret.txt`), { force: true });
    });

    it('answers a server fault with 500 and no details, and logs it', async () => {
      const logged: string[] = [];
      const closed = await openDevKnowledgeBase(engine);
      await closed.close();
      // Reads go through a connection that has been closed: every query fails inside the storage layer.
      const broken = createApp({ dialect: { ...kb, reader: closed.db }, log: (m) => logged.push(m) });
      const res = await broken.request('/api/meetings');
      assert.equal(res.status, 500);
      assert.deepEqual(await res.json(), { error: 'internal server error' });
      assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
      assert.match(logged.join('\n'), /internal error on GET \/api\/meetings/);
    });
  });
});
