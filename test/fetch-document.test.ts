import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import {
  classifyAddress,
  fetchDocument,
  loadFetchedDocument,
  type FetchOptions,
  type HostLookup,
} from '../src/input/fetch-document.ts';
import { InputError } from '../src/input/input-errors.ts';
import { decodeDocumentBytes } from '../src/input/decode-document.ts';
import { loadDocument } from '../src/input/load-document.ts';

/** Windows-1251 bytes for ASCII and the basic Cyrillic alphabet (enough for the fixtures). */
function cp1251(text: string): Uint8Array {
  return new Uint8Array([...text].map((ch) => {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    if (c === 0x401) return 0xa8;
    if (c === 0x451) return 0xb8;
    throw new Error(`no windows-1251 byte for ${ch}`);
  }));
}

const READOUT_HTML = '<!DOCTYPE html><html><head><title>Foreign Ministers meeting</title></head><body><main>' +
  '<h1>Japan-Russia Foreign Ministers Meeting</h1><p>On September 18, Minister Kono met Foreign Minister Lavrov in New York.</p>' +
  '</main></body></html>';
const CYRILLIC_HTML = '<!DOCTYPE html><html><head><title>Встреча министров</title></head><body><main>' +
  '<h1>О встрече С.В.Лаврова с Министром иностранных дел Японии</h1><p>18 сентября в Нью-Йорке состоялась встреча.</p>' +
  '</main></body></html>';
const REAL_PAGE = readFileSync(new URL('../../shared/corpus/html/us-state-2021-05-24-blinken-meeting-coveney.html', import.meta.url));

function route(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  const redirect = /^\/redirect\/(\d+)$/.exec(path);
  if (redirect !== null) {
    const n = Number(redirect[1]);
    res.writeHead(n % 2 === 0 ? 302 : 301, { location: n === 0 ? '/page' : `/redirect/${n - 1}` }).end();
    return;
  }
  switch (path) {
    case '/page':
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        etag: '"v1-abc"',
        'last-modified': 'Mon, 18 Sep 2017 10:00:00 GMT',
      }).end(READOUT_HTML);
      return;
    case '/real-page':
      res.writeHead(200, { 'content-type': 'text/html' }).end(REAL_PAGE);
      return;
    case '/cp1251':
      res.writeHead(200, { 'content-type': 'text/html; charset="windows-1251"' }).end(cp1251(CYRILLIC_HTML));
      return;
    case '/gzip':
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync('Kono met Lavrov.'));
      return;
    case '/no-type':
      res.end('Plain words without a content type.');
      return;
    case '/relative-redirect':
      res.writeHead(303, { location: 'page#section' }).end();
      return;
    case '/loop-a':
      res.writeHead(302, { location: '/loop-b' }).end();
      return;
    case '/loop-b':
      res.writeHead(302, { location: '/loop-a' }).end();
      return;
    case '/to-ftp':
      res.writeHead(301, { location: 'ftp://example.org/file.txt' }).end();
      return;
    case '/no-location':
      res.writeHead(302).end();
      return;
    case '/to-localhost':
      res.writeHead(302, { location: `http://localhost:${port()}/page` }).end();
      return;
    case '/to-missing':
      res.writeHead(302, { location: '/missing' }).end();
      return;
    case '/slow-headers':
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('late'), 30_000).unref();
      return;
    case '/slow-body':
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('The first part arrives, ');
      setTimeout(() => res.end('the rest never does in time.'), 30_000).unref();
      return;
    case '/big-declared':
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '4000' }).end('x'.repeat(4000));
      return;
    case '/big-chunked': {
      res.writeHead(200, { 'content-type': 'text/plain' });
      let sent = 0;
      const timer = setInterval(() => {
        if (res.destroyed || sent >= 50) {
          clearInterval(timer);
          if (!res.destroyed) res.end();
          return;
        }
        res.write('y'.repeat(500));
        sent++;
      }, 5);
      timer.unref();
      return;
    }
    case '/image':
      res.writeHead(200, { 'content-type': 'image/png' }).end(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
      return;
    case '/feed':
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<?xml version="1.0"?><rss version="2.0"><channel><title>MFA</title></channel></rss>');
      return;
    case '/error':
      res.writeHead(500).end('boom');
      return;
    default:
      res.writeHead(404).end('not here');
  }
}

let server: Server;
const port = (): number => (server.address() as AddressInfo).port;
const base = (): string => `http://127.0.0.1:${port()}`;
const local: FetchOptions = { allowPrivate: true };

before(async () => {
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

after(() => {
  server.closeAllConnections();
  server.close();
});

/** Assert `promise` rejects with an InputError for `file` whose reason matches `reason`. */
async function rejectsWith(promise: Promise<unknown>, file: string, reason: RegExp): Promise<InputError> {
  let caught: unknown = null;
  try {
    await promise;
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof InputError, `expected an InputError, got ${String(caught)}`);
  assert.equal(caught.file, file);
  assert.match(caught.reason, reason);
  assert.equal(caught.message, `${file}: ${caught.reason}`);
  return caught;
}

describe('fetchDocument: successful fetches', () => {
  it('returns the bytes, media type, charset and validators of a page', async () => {
    const doc = await fetchDocument(`${base()}/page`, local);
    assert.equal(doc.url, `${base()}/page`);
    assert.equal(doc.requestedUrl, `${base()}/page`);
    assert.equal(new TextDecoder().decode(doc.bytes), READOUT_HTML);
    assert.equal(doc.contentType, 'text/html');
    assert.equal(doc.charset, 'utf-8');
    assert.equal(doc.etag, '"v1-abc"');
    assert.equal(doc.lastModified, 'Mon, 18 Sep 2017 10:00:00 GMT');
    const loaded = loadFetchedDocument(doc);
    assert.equal(loaded.file, `${base()}/page`);
    assert.equal(loaded.format, 'html');
    assert.match(loaded.text, /Minister Kono met Foreign Minister Lavrov in New York\./);
  });

  it('decodes a windows-1251 page whose charset is only in the HTTP header', async () => {
    const doc = await fetchDocument(`${base()}/cp1251`, local);
    assert.equal(doc.charset, 'windows-1251');
    const loaded = loadFetchedDocument(doc);
    assert.match(loaded.text, /О встрече С\.В\.Лаврова с Министром иностранных дел Японии/);
    assert.equal(loaded.title, 'О встрече С.В.Лаврова с Министром иностранных дел Японии');
    assert.deepEqual(loaded.issues, []);
    // without the header's charset the same bytes are not valid UTF-8 and fall back to windows-1252
    const guessed = loadFetchedDocument({ ...doc, charset: null });
    assert.doesNotMatch(guessed.text, /Лаврова/);
    assert.ok(guessed.issues.some((i) => i.code === 'encoding_fallback'));
  });

  it('fetches a real saved page and cleans it like a file', async () => {
    const loaded = loadFetchedDocument(await fetchDocument(`${base()}/real-page`, local));
    assert.equal(loaded.format, 'html');
    assert.match(loaded.text, /Secretary of State Antony J\. Blinken met with Irish Minister for Foreign Affairs and Defense Simon Coveney\./);
    assert.doesNotMatch(loaded.text, /<\/?[a-z]+[ >]/, 'markup removed');
  });

  it('undoes gzip content encoding, accepts a missing content type, and follows a relative 303', async () => {
    const gz = await fetchDocument(`${base()}/gzip`, local);
    assert.equal(new TextDecoder().decode(gz.bytes), 'Kono met Lavrov.');
    const untyped = await fetchDocument(`${base()}/no-type`, local);
    assert.equal(untyped.contentType, null);
    assert.equal(untyped.charset, null);
    const moved = await fetchDocument(`${base()}/relative-redirect`, local);
    assert.equal(moved.url, `${base()}/page`, 'final URL, fragment dropped');
    assert.equal(moved.requestedUrl, `${base()}/relative-redirect`);
  });

  it('follows a chain of exactly the redirect limit (5), mixing 301 and 302', async () => {
    const doc = await fetchDocument(`${base()}/redirect/4`, local);
    assert.equal(doc.url, `${base()}/page`);
    assert.equal(doc.contentType, 'text/html');
  });

  it('accepts feed types', async () => {
    const doc = await fetchDocument(`${base()}/feed`, local);
    assert.equal(doc.contentType, 'application/rss+xml');
  });
});

describe('fetchDocument: refusals name the URL and the reason', () => {
  it('HTTP errors', async () => {
    await rejectsWith(fetchDocument(`${base()}/missing`, local), `${base()}/missing`, /^HTTP 404 Not Found$/);
    await rejectsWith(fetchDocument(`${base()}/error`, local), `${base()}/error`, /^HTTP 500 Internal Server Error$/);
    await rejectsWith(fetchDocument(`${base()}/to-missing`, local), `${base()}/to-missing`,
      new RegExp(`^HTTP 404 Not Found \\(redirected to ${base()}/missing\\)$`));
  });

  it('too many redirects: a chain of 6, and a smaller limit', async () => {
    await rejectsWith(fetchDocument(`${base()}/redirect/5`, local), `${base()}/redirect/5`, /^too many redirects \(more than 5\)$/);
    await rejectsWith(fetchDocument(`${base()}/redirect/2`, { ...local, maxRedirects: 2 }), `${base()}/redirect/2`,
      /^too many redirects \(more than 2\)$/);
    await rejectsWith(fetchDocument(`${base()}/relative-redirect`, { ...local, maxRedirects: 0 }), `${base()}/relative-redirect`,
      /^too many redirects \(more than 0\)$/);
  });

  it('a redirect loop', async () => {
    await rejectsWith(fetchDocument(`${base()}/loop-a`, local), `${base()}/loop-a`, new RegExp(`^redirect loop at ${base()}/loop-a$`));
  });

  it('bad redirect targets', async () => {
    await rejectsWith(fetchDocument(`${base()}/to-ftp`, local), `${base()}/to-ftp`, /^unsupported URL scheme "ftp:" in a redirect from /);
    await rejectsWith(fetchDocument(`${base()}/no-location`, local), `${base()}/no-location`, /^HTTP 302 redirect without a Location header$/);
  });

  it('unsupported content type', async () => {
    await rejectsWith(fetchDocument(`${base()}/image`, local), `${base()}/image`, /^unsupported content type "image\/png"$/);
    await rejectsWith(fetchDocument(`${base()}/page`, { ...local, acceptTypes: ['text/plain'] }), `${base()}/page`,
      /^unsupported content type "text\/html"$/);
  });

  it('timeout while waiting for headers, and while the body trickles', async () => {
    const started = Date.now();
    await rejectsWith(fetchDocument(`${base()}/slow-headers`, { ...local, timeoutMs: 200 }), `${base()}/slow-headers`, /^timed out after 0\.2 s$/);
    await rejectsWith(fetchDocument(`${base()}/slow-body`, { ...local, timeoutMs: 300 }), `${base()}/slow-body`, /^timed out after 0\.3 s$/);
    // The server answers after 30 s: well under that means the fetch gave up at its own timeout (a bound loose enough
    // for a loaded machine).
    assert.ok(Date.now() - started < 10_000, 'gave up at the timeout, not when the server finished');
  });

  it('cancelled by the caller', async () => {
    const controller = new AbortController();
    const pending = fetchDocument(`${base()}/slow-headers`, { ...local, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await rejectsWith(pending, `${base()}/slow-headers`, /^cancelled$/);
  });

  it('too large: refused from Content-Length, and aborted while streaming', async () => {
    await rejectsWith(fetchDocument(`${base()}/big-declared`, { ...local, maxBytes: 1000 }), `${base()}/big-declared`,
      /^response too large \(3\.9 KB > 1000 bytes\)$/);
    await rejectsWith(fetchDocument(`${base()}/big-chunked`, { ...local, maxBytes: 1200 }), `${base()}/big-chunked`,
      /^response too large \(more than 1\.2 KB\)$/);
    const whole = await fetchDocument(`${base()}/big-declared`, { ...local, maxBytes: 4000 });
    assert.equal(whole.bytes.byteLength, 4000, 'a body of exactly the limit is accepted');
  });

  it('URLs that are not http(s) or carry credentials', async () => {
    await rejectsWith(fetchDocument('file:///etc/passwd'), 'file:///etc/passwd', /^unsupported URL scheme "file:"$/);
    await rejectsWith(fetchDocument('not a url'), 'not a url', /^not a valid URL "not a url"$/);
    await rejectsWith(fetchDocument(`http://user:pw@127.0.0.1:${port()}/page`, local), `http://user:pw@127.0.0.1:${port()}/page`,
      /^URLs with credentials are not supported$/);
  });

  it('connection refused', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await rejectsWith(fetchDocument(`http://127.0.0.1:${deadPort}/`, local), `http://127.0.0.1:${deadPort}/`, /^connection refused$/);
  });
});

describe('fetchDocument: address check', () => {
  it('refuses 127.0.0.1 by default and allows it with allowPrivate', async () => {
    await rejectsWith(fetchDocument(`${base()}/page`), `${base()}/page`, /^refused private address 127\.0\.0\.1 \(loopback\)$/);
    const doc = await fetchDocument(`${base()}/page`, { allowPrivate: true });
    assert.equal(doc.contentType, 'text/html');
  });

  it('refuses localhost and [::1] through real resolution', async () => {
    await rejectsWith(fetchDocument(`http://localhost:${port()}/page`), `http://localhost:${port()}/page`,
      /^refused private address (?:127\.0\.0\.1|::1) \(loopback\) for localhost$/);
    await rejectsWith(fetchDocument('http://[::1]:9/'), 'http://[::1]:9/', /^refused private address ::1 \(loopback\)$/);
  });

  // The local server stands in for a public host: the injected lookup says 127.0.0.1 is a public address, and
  // that `localhost` resolves to loopback, so only the redirect hop is refused.
  const pretendPublic: HostLookup = async (host) => (host === '127.0.0.1'
    ? [{ address: '93.184.216.34', family: 4 }]
    : host === 'localhost' ? [{ address: '127.0.0.1', family: 4 }] : []);

  it('checks every redirect hop', async () => {
    const doc = await fetchDocument(`${base()}/redirect/1`, { lookup: pretendPublic });
    assert.equal(doc.url, `${base()}/page`, 'public first hop and public redirect hops are fetched');
    await rejectsWith(fetchDocument(`${base()}/to-localhost`, { lookup: pretendPublic }), `${base()}/to-localhost`,
      new RegExp(`^refused private address 127\\.0\\.0\\.1 \\(loopback\\) for localhost \\(redirected to http://localhost:${port()}/page\\)$`));
  });

  it('refuses a host when any of its addresses is private, and names an unknown host', async () => {
    const mixed: HostLookup = async () => [{ address: '93.184.216.34', family: 4 }, { address: '10.1.2.3', family: 4 }];
    await rejectsWith(fetchDocument('http://mixed.example/', { lookup: mixed }), 'http://mixed.example/',
      /^refused private address 10\.1\.2\.3 \(private\) for mixed\.example$/);
    const none: HostLookup = async () => { throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }); };
    await rejectsWith(fetchDocument('http://nowhere.invalid/', { lookup: none }), 'http://nowhere.invalid/', /^host not found: nowhere\.invalid$/);
  });

  it('classifies addresses', () => {
    const table: [string, string | null][] = [
      ['127.0.0.1', 'loopback'],
      ['127.255.0.9', 'loopback'],
      ['::1', 'loopback'],
      ['0.0.0.0', 'unspecified'],
      ['::', 'unspecified'],
      ['10.0.0.1', 'private'],
      ['172.16.5.4', 'private'],
      ['172.31.255.255', 'private'],
      ['192.168.1.1', 'private'],
      ['fc00::1', 'private'],
      ['fd12:3456::1', 'private'],
      ['169.254.169.254', 'link-local'],
      ['fe80::1', 'link-local'],
      ['fe80::1%eth0', 'link-local'],
      ['100.64.0.1', 'shared address space'],
      ['224.0.0.1', 'multicast'],
      ['ff02::1', 'multicast'],
      ['255.255.255.255', 'reserved'],
      ['192.0.2.7', 'documentation'],
      ['2001:db8::1', 'documentation'],
      ['::ffff:127.0.0.1', 'loopback'],
      ['::ffff:7f00:1', 'loopback'],
      ['::ffff:192.168.0.1', 'private'],
      ['64:ff9b::10.0.0.1', 'private'],
      ['2002:a9fe:a9fe::1', 'link-local'],
      ['localhost', 'not an IP address'],
    ];
    for (const [address, expected] of table) assert.equal(classifyAddress(address), expected, address);
    const publicOnes = ['93.184.216.34', '8.8.8.8', '172.32.0.1', '172.15.255.255', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '64:ff9b::8.8.8.8'];
    for (const address of publicOnes) assert.equal(classifyAddress(address), null, address);
  });
});

describe('loadDocument / decodeDocumentBytes with a charset from the HTTP header', () => {
  const page = (meta: string, body: string): string =>
    `<!DOCTYPE html><html><head>${meta}<title>t</title></head><body><main><p>${body}</p></main></body></html>`;

  it('the header wins over a conflicting <meta charset>', () => {
    const bytes = cp1251(page('<meta charset="windows-1252">', 'Встреча министров иностранных дел'));
    const loaded = loadDocument('https://mid.ru/a', bytes, { charset: 'windows-1251' });
    assert.match(loaded.text, /Встреча министров иностранных дел/);
    assert.equal(decodeDocumentBytes(bytes, 'https://mid.ru/a', { charset: 'cp1251' }).encoding, 'windows-1251');
  });

  it('a header that the bytes contradict: stale non-UTF-8 label -> UTF-8 with an issue; wrong utf-8 label -> the page\'s meta', () => {
    const utf8Bytes = new TextEncoder().encode(page('', 'Встреча министров'));
    const stale = decodeDocumentBytes(utf8Bytes, 'https://mid.ru/b', { charset: 'windows-1251' });
    assert.equal(stale.encoding, 'utf-8');
    assert.deepEqual(stale.issues.map((i) => i.code), ['encoding_mismatch']);
    const mislabelled = decodeDocumentBytes(cp1251(page('<meta charset="windows-1251">', 'Встреча министров')), 'https://mid.ru/c', { charset: 'UTF-8' });
    assert.equal(mislabelled.encoding, 'windows-1251');
    assert.deepEqual(mislabelled.issues, []);
    const noMeta = decodeDocumentBytes(cp1251('Встреча'), 'https://mid.ru/d', { charset: 'utf-8' });
    assert.equal(noMeta.encoding, 'windows-1252');
    assert.match(noMeta.issues[0]?.message ?? '', /not valid UTF-8 although declared so/);
  });

  it('UTF-16 declared by the header for text without a BOM; ignored for an ASCII page; unknown labels ignored', () => {
    const cyrillic = new Uint8Array(Buffer.from('Встреча министров в Нью-Йорке', 'utf16le'));
    assert.equal(decodeDocumentBytes(cyrillic, 'https://mid.ru/e', { charset: 'utf-16le' }).text, 'Встреча министров в Нью-Йорке');
    const ascii = new TextEncoder().encode('Kono met Lavrov.');
    assert.deepEqual(decodeDocumentBytes(ascii, 'https://x.org/f', { charset: 'utf-16' }), decodeDocumentBytes(ascii, 'https://x.org/f'));
    assert.equal(decodeDocumentBytes(cp1251('Встреча'), 'https://x.org/g', { charset: 'x-no-such-charset' }).encoding, 'windows-1252');
  });
});
