/**
 * The HTTP API's write side, in process with `app.request()`: ingest by paste, upload and URL through the real ingest
 * use case, corrections through the correct use case, and what guards writes — the upload limit (413), content types
 * (415), malformed JSON (400), the bearer token, the cross-origin check and the private-address check of URL ingest.
 * On every engine (test/engines.ts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { z } from '@hono/zod-openapi';
import type { ApiApp } from '../src/http/api-context.ts';
import { createApp, type AppOptions } from '../src/http/create-app.ts';
import { MeetingPageSchema } from '../src/http/meeting-routes.ts';
import { CorrectionPageSchema } from '../src/http/correction-routes.ts';
import { CorrectionOutcomeSchema, DocumentDetailSchema, ErrorSchema, IngestResultSchema, MeetingDetailViewSchema } from '../src/http/view-schemas.ts';
import type { StorageDialect } from '../src/storage/dialects/storage-dialect.ts';
import { openDevKnowledgeBase, removeKnowledgeBases } from './query-fixtures.ts';
import { engines } from './engines.ts';

const SAMPLE = readFileSync(new URL('../samples/mofa-jp-ru-2017-11-10.txt', import.meta.url), 'utf8');
const HOSTILE = 'On May 5, 2018, Prime Minister Shinzo Abe of Japan held a telephone talk with President Vladimir Putin of the Russian '
  + 'Federation. <script>alert("x")</script> <img src=x onerror="alert(1)"> The two leaders agreed to meet again in June.';

for (const engine of engines) describe(engine.name, () => {
  const opened: StorageDialect[] = [];
  after(async () => {
    for (const d of opened) await d.close();
    removeKnowledgeBases();
  });

  /** An app over its own fresh copy of the dev-corpus knowledge base. */
  async function freshApp(options: Omit<AppOptions, 'dialect'> = {}): Promise<ApiApp> {
    const dialect = await openDevKnowledgeBase(engine);
    opened.push(dialect);
    return createApp({ dialect, now: () => new Date('2018-06-01T09:00:00Z'), ...options });
  }

  async function json<S extends z.ZodType>(res: Response, schema: S, status: number): Promise<z.output<S>> {
    const body: unknown = await res.json();
    assert.equal(res.status, status, JSON.stringify(body).slice(0, 400));
    const parsed = schema.safeParse(body);
    assert.ok(parsed.success, `response does not match its schema: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))}`);
    return parsed.data;
  }

  const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  describe('ingest', () => {
    let app: ApiApp;
    before(async () => { app = await freshApp(); });

    it('ingests pasted text, and gives back its markup as text in JSON, never as markup', async () => {
      const result = await json(await app.request('/api/documents/text', post({ text: HOSTILE, title: 'Hostile readout', publisher: 'Ministry of Foreign Affairs of Japan' })), IngestResultSchema, 201);
      assert.deepEqual(result.summary, { added: 1, updated: 0, unchanged: 0, failed: 0 });
      const id = result.outcomes[0]?.documentId;
      assert.ok(id !== undefined);
      const res = await app.request(`/api/documents/${id}`);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      const doc = await json(res, DocumentDetailSchema, 200);
      assert.equal(doc.text, HOSTILE, 'stored and returned exactly as written: the text is data');
      assert.equal(doc.title, 'Hostile readout');
      assert.equal(doc.publisher, 'Ministry of Foreign Affairs of Japan');
      assert.equal(doc.format, 'text', 'pasted text is never read as HTML');
      const meeting = (await json(await app.request('/api/meetings?dyad=JP-RU&from=2018-05-05&to=2018-05-05'), MeetingPageSchema, 200)).items[0];
      assert.ok(meeting, 'extracted and linked like any document');
      assert.equal(meeting.mode, 'telephone');
      // Again: the same content adds nothing.
      const again = await json(await app.request('/api/documents/text', post({ text: HOSTILE })), IngestResultSchema, 200);
      assert.deepEqual([again.summary.unchanged, again.outcomes[0]?.documentId], [1, id]);
    });

    it('ingests uploaded files (multipart, several at once) and a raw text/plain or text/html body', async () => {
      const form = new FormData();
      form.append('file', new File([SAMPLE], 'mofa-jp-ru-2017-11-10.txt', { type: 'text/plain' }));
      form.append('file', new File(['<html><head><title>Call</title></head><body><p>President Biden spoke with Prime Minister Kishida on March 3, 2023. They agreed to meet in May.</p></body></html>'], '../../etc/call.html', { type: 'text/html' }));
      form.append('file', new File([new Uint8Array([0, 1, 2, 3, 0, 0, 255])], 'image.png', { type: 'image/png' }));
      const result = await json(await app.request('/api/documents', { method: 'POST', body: form }), IngestResultSchema, 201);
      const byInput = new Map(result.outcomes.map((o) => [o.input, o]));
      assert.deepEqual([...byInput.entries()].map(([input, o]) => [input, o.status]).sort(), [
        ['call.html', 'added'],
        ['image.png', 'failed'],
        ['mofa-jp-ru-2017-11-10.txt', 'unchanged'], // the dev corpus holds the same readout
      ]);
      assert.match(byInput.get('image.png')?.reason ?? '', /binary/);
      const html = await json(await app.request(`/api/documents/${byInput.get('call.html')?.documentId}`), DocumentDetailSchema, 200);
      assert.equal(html.format, 'html');
      assert.equal(html.file, 'call.html', 'only the base name of an uploaded file is kept');
      assert.doesNotMatch(html.text, /<p>/);

      const raw = await json(await app.request('/api/documents?filename=note.txt&publisher=Somebody', {
        method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Foreign Minister Hayashi met Foreign Minister Wong in Tokyo on 9 December 2022.',
      }), IngestResultSchema, 201);
      const note = await json(await app.request(`/api/documents/${raw.outcomes[0]?.documentId}`), DocumentDetailSchema, 200);
      assert.deepEqual([note.file, note.publisher], ['note.txt', 'Somebody']);
    });

    it('refuses what it cannot ingest: no file, an empty body, bad fields', async () => {
      const form = new FormData();
      form.append('publisher', 'x');
      const noFile = await json(await app.request('/api/documents', { method: 'POST', body: form }), ErrorSchema, 400);
      assert.deepEqual(noFile.issues?.map((i) => i.path), [['body', 'file']]);
      await json(await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '' }), ErrorSchema, 400);
      const blank = await json(await app.request('/api/documents/text', post({ text: '   ', colour: 'red' })), ErrorSchema, 400);
      assert.deepEqual(blank.issues?.map((i) => i.path.join('.')).sort(), ['body.colour', 'body.text']);
    });
  });

  describe('URL ingest', () => {
    let server: Server;
    let base: string;
    before(async () => {
      server = createServer((req, res) => {
        if (req.url === '/readout.txt') {
          res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('Foreign Minister Lavrov held talks with Foreign Minister Wang Yi in Moscow on 14 April 2021. The ministers agreed to meet again in the autumn.');
        } else {
          res.writeHead(404).end();
        }
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => new Promise<void>((r) => server.close(() => r())));

    it('refuses loopback addresses by default, with the reason on the url field', async () => {
      const app = await freshApp();
      const refused = await json(await app.request('/api/documents/url', post({ url: `${base}/readout.txt` })), ErrorSchema, 400);
      assert.match(refused.error, /refused private address 127\.0\.0\.1 \(loopback\)/);
      assert.deepEqual(refused.issues?.[0]?.path, ['body', 'url']);
      for (const url of ['http://localhost:1/x', 'http://[::1]/x', 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/']) {
        const res = await json(await app.request('/api/documents/url', post({ url })), ErrorSchema, 400);
        assert.match(res.error, /refused private address|host not found/, url);
      }
      assert.equal((await app.request('/api/documents?limit=1000')).status, 200);
    });

    it('never reads local files through it: only http(s) URLs are accepted', async () => {
      const app = await freshApp();
      for (const url of ['file:///etc/passwd', '/etc/passwd', ' http://example.com/', 'ftp://example.com/x', 'javascript:alert(1)']) {
        const res = await json(await app.request('/api/documents/url', post({ url })), ErrorSchema, 400);
        assert.deepEqual(res.issues?.[0]?.path, ['body', 'url'], url);
      }
    });

    it('fetches a private address when the server allows it (--allow-private)', async () => {
      const app = await freshApp({ allowPrivate: true });
      const result = await json(await app.request('/api/documents/url', post({ url: `${base}/readout.txt`, publisher: 'MID' })), IngestResultSchema, 201);
      assert.equal(result.outcomes[0]?.status, 'added');
      const doc = await json(await app.request(`/api/documents/${result.outcomes[0]?.documentId}`), DocumentDetailSchema, 200);
      assert.equal(doc.url, `${base}/readout.txt`);
      const missing = await json(await app.request('/api/documents/url', post({ url: `${base}/nothing` })), ErrorSchema, 400);
      assert.match(missing.error, /HTTP 404/);
    });
  });

  describe('request guards', () => {
    it('refuses bodies over the upload limit with 413, by Content-Length and while reading a body without one', async () => {
      const app = await freshApp({ maxUploadBytes: 1000 });
      const big = 'x'.repeat(5000);
      const declared = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'text/plain', 'content-length': String(big.length) }, body: big });
      assert.equal(declared.status, 413);
      assert.match(((await declared.json()) as { error: string }).error, /limit is 1000 bytes/);
      let pulled = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled++;
          if (pulled > 1000) controller.close();
          else controller.enqueue(new TextEncoder().encode('y'.repeat(100)));
        },
      });
      const streamed = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: stream, duplex: 'half' } as RequestInit);
      assert.equal(streamed.status, 413);
      assert.ok(pulled < 50, `stopped reading early (read ${pulled} chunks)`);
      const form = new FormData();
      form.append('file', new File([big], 'big.txt'));
      assert.equal((await app.request('/api/documents', { method: 'POST', body: form })).status, 413);
      assert.equal((await app.request('/api/documents/text', post({ text: big }))).status, 413);
      assert.equal((await app.request('/api/documents/text', post({ text: 'small enough' }))).status, 201, 'under the limit');
    });

    it('refuses unsupported content types with 415 and malformed JSON with 400', async () => {
      const app = await freshApp();
      const png = await json(await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'image/png' }, body: new Uint8Array([137, 80, 78, 71]) }), ErrorSchema, 415);
      assert.match(png.error, /Unsupported Media Type/i);
      await json(await app.request('/api/corrections', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }), ErrorSchema, 415);
      await json(await app.request('/api/documents/text', { method: 'POST', body: '{"text":"x"}' }), ErrorSchema, 415);
      const malformed = await json(await app.request('/api/documents/text', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": "unterminated' }), ErrorSchema, 400);
      assert.match(malformed.error, /Malformed JSON/);
      await json(await app.request('/api/corrections', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '' }), ErrorSchema, 400);
      await json(await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=zzz' }, body: 'not multipart at all' }), ErrorSchema, 400);
    });

    it('needs the bearer token for every write when one is set, and never for reads', async () => {
      const app = await freshApp({ token: 's3cret-token' });
      const body = post({ text: 'Foreign Minister Kono met Foreign Minister Lavrov on 2 May 2018.' });
      const none = await app.request('/api/documents/text', body);
      assert.equal(none.status, 401);
      assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
      const wrong = await app.request('/api/documents/text', { ...body, headers: { 'content-type': 'application/json', authorization: 'Bearer s3cret-tokeN' } });
      assert.equal(wrong.status, 401);
      const basic = await app.request('/api/corrections', { ...post({}), headers: { 'content-type': 'application/json', authorization: 'Basic czNjcmV0LXRva2Vu' } });
      assert.equal(basic.status, 401);
      const right = await app.request('/api/documents/text', { ...body, headers: { 'content-type': 'application/json', authorization: 'Bearer s3cret-token' } });
      assert.equal(right.status, 201);
      assert.equal((await app.request('/api/dyads')).status, 200, 'reads need no token');
      const unauthenticatedBig = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'text/plain', 'content-length': '999999999' }, body: 'x' });
      assert.equal(unauthenticatedBig.status, 401, 'the token is checked before the body is looked at');
    });

    it('refuses writes from another site\'s pages', async () => {
      const app = await freshApp();
      const res = await app.request('http://localhost/api/documents/text', { ...post({ text: 'x y z' }), headers: { 'content-type': 'application/json', origin: 'https://evil.example' } });
      assert.equal(res.status, 403);
      const same = await app.request('http://localhost/api/documents/text', { ...post({ text: 'Kono met Lavrov.' }), headers: { 'content-type': 'application/json', origin: 'http://localhost' } });
      assert.equal(same.status, 201);
      const formCsrf = await app.request('http://localhost/api/documents', { method: 'POST', headers: { 'content-type': 'text/plain', 'sec-fetch-site': 'cross-site' }, body: 'hello' });
      assert.equal(formCsrf.status, 403);
    });

    it('answers only to the allowed host names when told to (DNS rebinding)', async () => {
      const app = await freshApp({ allowedHosts: ['localhost', '127.0.0.1'] });
      assert.equal((await app.request('http://localhost:8080/api/dyads')).status, 200);
      assert.equal((await app.request('http://rebound.example:8080/api/dyads')).status, 403);
    });
  });

  describe('corrections', () => {
    it('sets a meeting field, shows it on the meeting, lists it, and refuses bad requests', async () => {
      const app = await freshApp();
      const [ny] = (await json(await app.request('/api/meetings?dyad=JP-RU&from=2017-09-18&to=2017-09-18'), MeetingPageSchema, 200)).items;
      assert.ok(ny);
      const before = await app.request(`/api/meetings/${ny.id}`);
      assert.equal(((await before.json()) as { place: string }).place, 'New York');
      const etag = before.headers.get('etag');
      assert.ok(etag !== null);
      assert.equal((await app.request(`/api/meetings/${ny.id}`, { headers: { 'if-none-match': etag } })).status, 304, 'unchanged: not modified');
      const outcome = await json(await app.request('/api/corrections', post({ kind: 'set-field', meetingId: ny.id, field: 'place', value: 'New York City', note: 'UN HQ' })), CorrectionOutcomeSchema, 201);
      assert.equal((await app.request(`/api/meetings/${ny.id}`, { headers: { 'if-none-match': etag } })).status, 200, 'changed: the cached answer is not served');
      assert.equal(outcome.correctionIds.length, 1);
      const detail = await json(await app.request(`/api/meetings/${ny.id}`), MeetingDetailViewSchema, 200);
      assert.equal(detail.place, 'New York City');
      assert.deepEqual(detail.corrections.map((c) => [c.field, c.value, c.note]), [['place', 'New York City', 'UN HQ']]);
      assert.deepEqual(detail.conflicts.find((c) => c.field === 'place')?.values.map((v) => v.value), ['New York'], 'the extracted value kept beside it');
      const listed = await json(await app.request('/api/corrections'), CorrectionPageSchema, 200);
      assert.deepEqual(listed.items.map((c) => c.id), outcome.correctionIds);
      await json(await app.request('/api/corrections', post({ kind: 'set-field', meetingId: ny.id, field: 'durationMinutes', value: 45 })), CorrectionOutcomeSchema, 201);
      assert.equal((await json(await app.request(`/api/meetings/${ny.id}`), MeetingDetailViewSchema, 200)).durationMinutes, 45);

      const badDate = await json(await app.request('/api/corrections', post({ kind: 'set-field', meetingId: ny.id, field: 'date', value: '18 Sept' })), ErrorSchema, 400);
      assert.match(badDate.error, /ISO date/);
      assert.deepEqual(badDate.issues?.[0]?.path, ['body', 'date']);
      const badField = await json(await app.request('/api/corrections', post({ kind: 'set-field', meetingId: ny.id, field: 'weather', value: 'rain' })), ErrorSchema, 400);
      assert.deepEqual(badField.issues?.[0]?.path, ['body', 'field']);
      const badKind = await json(await app.request('/api/corrections', post({ kind: 'delete', meetingId: ny.id })), ErrorSchema, 400);
      assert.deepEqual(badKind.issues?.[0]?.path, ['body', 'kind']);
      await json(await app.request('/api/corrections', post({ kind: 'set-field', meetingId: 999999, field: 'place', value: 'x' })), ErrorSchema, 404);
      await json(await app.request('/api/corrections', post({ kind: 'follow-up', action: 'confirm', planId: 999999 })), ErrorSchema, 404);
    });

    it('rejects a merge: the Lima readouts become two meetings', async () => {
      const app = await freshApp();
      const [lima] = (await json(await app.request('/api/meetings?dyad=JP-RU&from=2016-11-19&to=2016-11-20'), MeetingPageSchema, 200)).items;
      assert.ok(lima && lima.sources.length === 2);
      const kremlin = lima.sources.find((s) => s.file === 'kremlin-ru-jp-2016-11-20.txt');
      assert.ok(kremlin);
      const outcome = await json(await app.request('/api/corrections', post({ kind: 'merge', action: 'reject', meetingId: lima.id, documentId: kremlin.documentId })), CorrectionOutcomeSchema, 201);
      assert.match(outcome.message, /no longer one of its sources/);
      const after = (await json(await app.request('/api/meetings?dyad=JP-RU&from=2016-11-19&to=2016-11-20'), MeetingPageSchema, 200)).items;
      assert.deepEqual(after.map((m) => m.sources.map((s) => s.file)), [['mofa-jp-ru-2016-11-19.txt'], ['kremlin-ru-jp-2016-11-20.txt']]);
      const again = await json(await app.request('/api/corrections', post({ kind: 'merge', action: 'reject', meetingId: lima.id, documentId: kremlin.documentId })), ErrorSchema, 400);
      assert.match(again.error, /not a source|only source/);
    });
  });
});
