/**
 * A feed item's date reaches the extractor: a page that prints no date of its own (a State Department feed's
 * `content:encoded` fragment, an undated press release) is published on the item's day, and its yearless times are
 * read against it. Through `ingest` with a local HTTP server, into a temp SQLite database.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ingest } from '../src/app/ingest.ts';
import { reprocess } from '../src/app/reprocess.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import { tempDir } from './storage-test-helpers.ts';

const UNDATED = 'Office of the Spokesperson\n\nSpecial Presidential Envoy for Climate John Kerry will travel to Palau April 12-15 to lead the U.S. delegation.\n';
const DATED = 'March 1, 2022\n\nSpecial Presidential Envoy for Climate John Kerry will travel to Palau April 12-15 to lead the U.S. delegation.\n';

test('an undated page is published on its feed item\'s day and its yearless trip dated against it, also after reprocess; a printed date wins', async () => {
  const server: Server = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      const item = (path: string) => `<item><title>Travel</title><link>http://${req.headers.host}${path}</link><pubDate>Fri, 08 Apr 2022 18:30:00 -0400</pubDate></item>`;
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Press</title>${item('/undated.txt')}${item('/dated.txt')}</channel></rss>`);
    } else if (req.url === '/undated.txt' || req.url === '/dated.txt') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(req.url === '/undated.txt' ? UNDATED : DATED);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { dir, cleanup } = tempDir('feed-published');
  try {
    const file = join(dir, 'kb.db');
    const dialect = await openDatabase(file);
    try {
      await ingest(dialect, [`http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`], { allowPrivate: true });
      // reprocess (after an extractor upgrade) has only the stored record to learn the item's date from
      assert.equal((await reprocess(dialect)).reprocessed, 2);
    } finally {
      await dialect.close();
    }
    const db = new Database(file, { readonly: true });
    const rows = db.prepare(`select d.url, d.published, p.when_text, p.start_date, p.end_date from documents d join plans p on p.document_id = d.id order by d.url`).all();
    db.close();
    assert.deepEqual(rows.map((r) => { const { url, ...rest } = r as { url: string }; return { page: url.replace(/.*\//, ''), ...rest }; }), [
      // the page's own date (March 1) wins over the item's (April 8)
      { page: 'dated.txt', published: '2022-03-01', when_text: 'April 12-15', start_date: '2022-04-12', end_date: '2022-04-15' },
      // the item's local day, not converted to UTC (it would be April 9 there)
      { page: 'undated.txt', published: '2022-04-08', when_text: 'April 12-15', start_date: '2022-04-12', end_date: '2022-04-15' },
    ]);
  } finally {
    server.close();
    cleanup();
  }
});
