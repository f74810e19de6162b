import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeFeed, readFeed } from '../src/input/read-feed.ts';
import { InputError } from '../src/input/input-errors.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const FEED_URL = 'https://www.mofa.go.jp/rss/press/index.xml';

const RSS2 = `<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="rss.xsl"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Press Releases &amp; Readouts</title>
    <link>https://www.mofa.go.jp/</link>
    <dc:publisher>Ministry of Foreign Affairs of Japan</dc:publisher>
    <item>
      <title><![CDATA[Japan-Russia Foreign
        Ministers' Meeting]]></title>
      <link>../../erp/rss/northern/page4e_000682.html</link>
      <pubDate>Mon, 18 Sep 2017 08:30:00 +0900</pubDate>
    </item>
    <item>
      <title>Telephone Talk between Foreign Ministers</title>
      <guid>https://www.mofa.go.jp/erp/rss/page1e_000200.html</guid>
      <pubDate>Tue, 19 Sep 2017 23:10:00 GMT</pubDate>
    </item>
    <item>
      <title>Only a guid that is not a permalink</title>
      <guid isPermaLink="false">mofa-2017-0091</guid>
    </item>
    <item>
      <title>Visit of the Minister</title>
      <link>https://www.mofa.go.jp/erp/rss/page4e_000682.html</link>
      <description>The same page again, listed twice by the feed.</description>
    </item>
    <item>
      <title>Mail us</title>
      <link>mailto:press@mofa.go.jp</link>
    </item>
    <item>
      <title>Statement with an odd date</title>
      <link>/s/statement.html</link>
      <pubDate>sometime in autumn</pubDate>
      <dc:publisher>Prime Minister's Office of Japan</dc:publisher>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://www.mid.ru/en/">
  <title type="text">Foreign Ministry news</title>
  <link rel="self" href="https://www.mid.ru/en/feed.atom"/>
  <updated>2017-09-20T10:00:00+03:00</updated>
  <entry>
    <title type="html">Sergey Lavrov&amp;#8217;s meeting with &lt;b&gt;Taro Kono&lt;/b&gt;</title>
    <link rel="replies" href="https://www.mid.ru/comments/1"/>
    <link rel="alternate" type="text/html" href="foreign_policy/news/2862281"/>
    <id>tag:mid.ru,2017:2862281</id>
    <published>2017-09-18T23:45:00-04:00</published>
    <updated>2017-09-19T09:00:00+03:00</updated>
  </entry>
  <entry xml:base="https://www.mid.ru/ru/">
    <title>Press release with only updated</title>
    <link href="press/1"/>
    <updated>2017-09-20T01:00:00Z</updated>
  </entry>
  <entry>
    <title>Permalink as id</title>
    <link rel="edit" href="https://www.mid.ru/api/3"/>
    <id>https://www.mid.ru/en/foreign_policy/news/3</id>
    <updated>2017-09-21</updated>
  </entry>
  <entry>
    <title>Only a self link</title>
    <link rel="self" href="https://www.mid.ru/api/4"/>
    <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  </entry>
</feed>`;

const RDF = `<?xml version="1.0" encoding="windows-1251"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://mfa.gov.by/rss.rdf">
    <title>MFA of Belarus</title>
    <link>https://mfa.gov.by/</link>
    <items><rdf:Seq><rdf:li rdf:resource="https://mfa.gov.by/press/news/1"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://mfa.gov.by/press/news/1">
    <title>Makei took part in the CEI summit</title>
    <link>https://mfa.gov.by/press/news/1</link>
    <dc:date>2020-05-15T14:00:00+03:00</dc:date>
  </item>
  <item rdf:about="https://mfa.gov.by/press/news/2">
    <title>TITLE</title>
    <dc:date>2020-05-16</dc:date>
  </item>
</rdf:RDF>`;

/** Windows-1251 bytes of `text` (ASCII and basic Cyrillic). */
function cp1251(text: string): Uint8Array {
  return new Uint8Array([...text].map((ch) => {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    throw new Error(`no windows-1251 byte for ${ch}`);
  }));
}

describe('readFeed: RSS 2.0', () => {
  const feed = readFeed(FEED_URL, utf8(RSS2));

  it('lists entries with absolute links, titles, dates in the feed\'s offset, publisher and feed title', () => {
    assert.equal(feed.format, 'rss');
    assert.equal(feed.title, 'Press Releases & Readouts');
    assert.deepEqual(feed.entries, [
      {
        link: 'https://www.mofa.go.jp/erp/rss/northern/page4e_000682.html',
        title: "Japan-Russia Foreign Ministers' Meeting",
        published: '2017-09-18T08:30:00+09:00',
        publisher: 'Ministry of Foreign Affairs of Japan',
        feedTitle: 'Press Releases & Readouts',
      },
      {
        link: 'https://www.mofa.go.jp/erp/rss/page1e_000200.html',
        title: 'Telephone Talk between Foreign Ministers',
        published: '2017-09-19T23:10:00Z',
        publisher: 'Ministry of Foreign Affairs of Japan',
        feedTitle: 'Press Releases & Readouts',
      },
      {
        link: 'https://www.mofa.go.jp/erp/rss/page4e_000682.html',
        title: 'Visit of the Minister',
        published: null,
        publisher: 'Ministry of Foreign Affairs of Japan',
        feedTitle: 'Press Releases & Readouts',
      },
      {
        link: 'https://www.mofa.go.jp/s/statement.html',
        title: 'Statement with an odd date',
        published: null,
        publisher: "Prime Minister's Office of Japan",
        feedTitle: 'Press Releases & Readouts',
      },
    ]);
  });

  it('reports unusable items and dates as issues, not exceptions', () => {
    assert.deepEqual(feed.issues.map((i) => [i.code, i.message]), [
      ['feed_item_without_link', `${FEED_URL}: item 3 ("Only a guid that is not a permalink") has no link; skipped`],
      ['feed_item_bad_link', `${FEED_URL}: item 5 ("Mail us") has a link that is not an http(s) URL ("mailto:press@mofa.go.jp"); skipped`],
      ['feed_date_unreadable', `${FEED_URL}: item 6 ("Statement with an odd date") has an unreadable date "sometime in autumn"`],
    ]);
  });
});

describe('readFeed: Atom', () => {
  const feed = readFeed('https://www.mid.ru/en/feed.atom', utf8(ATOM));

  it('takes the alternate link, xml:base, published before updated, and html titles as text', () => {
    assert.equal(feed.format, 'atom');
    assert.equal(feed.title, 'Foreign Ministry news');
    assert.deepEqual(feed.entries.map((e) => [e.link, e.title, e.published, e.publisher]), [
      ['https://www.mid.ru/en/foreign_policy/news/2862281', 'Sergey Lavrov’s meeting with Taro Kono', '2017-09-18T23:45:00-04:00', null],
      ['https://www.mid.ru/ru/press/1', 'Press release with only updated', '2017-09-20T01:00:00Z', null],
      ['https://www.mid.ru/en/foreign_policy/news/3', 'Permalink as id', '2017-09-21', null],
    ]);
  });

  it('does not use self, edit or replies links, and reports the entry', () => {
    assert.deepEqual(feed.issues.map((i) => i.code), ['feed_item_without_link']);
    assert.match(feed.issues[0]!.message, /item 4 \("Only a self link"\) has no link/);
  });
});

describe('readFeed: RSS 1.0 (RDF)', () => {
  it('reads items outside the channel, dc:date, rdf:about as a link fallback, and the XML declaration\'s charset', () => {
    const bytes = cp1251(RDF.replace('Makei took part', 'Макей took part').replace('TITLE', 'Заявление МИД'));
    const feed = readFeed('https://mfa.gov.by/rss.rdf', bytes);
    assert.equal(feed.format, 'rdf');
    assert.equal(feed.title, 'MFA of Belarus');
    assert.deepEqual(feed.entries.map((e) => [e.link, e.title, e.published]), [
      ['https://mfa.gov.by/press/news/1', 'Макей took part in the CEI summit', '2020-05-15T14:00:00+03:00'],
      ['https://mfa.gov.by/press/news/2', 'Заявление МИД', '2020-05-16'],
    ]);
    assert.deepEqual(feed.issues, []);
  });

  it('lets the HTTP charset win over the XML declaration', () => {
    const bytes = utf8(RDF.replace('TITLE', 'Заявление МИД'));
    const feed = readFeed('https://mfa.gov.by/rss.rdf', bytes, { charset: 'utf-8' });
    assert.equal(feed.entries[1]!.title, 'Заявление МИД');
  });
});

describe('readFeed: dates', () => {
  const rssWithDate = (date: string): Uint8Array =>
    utf8(`<rss version="2.0"><channel><title>T</title><item><link>https://x.org/a</link><pubDate>${date}</pubDate></item></channel></rss>`);
  const table: [string, string | null][] = [
    ['Mon, 18 Sep 2017 08:00:00 +0900', '2017-09-18T08:00:00+09:00'],
    ['Sun, 17 Sep 2017 23:00:00 -0500', '2017-09-17T23:00:00-05:00'],
    ['Mon, 18 Sep 2017 08:00:00 GMT', '2017-09-18T08:00:00Z'],
    ['Mon, 18 Sep 2017 08:00:00 EDT', '2017-09-18T08:00:00-04:00'],
    ['Mon, 18 Sep 2017 08:00:00 MSK', '2017-09-18T08:00:00+03:00'],
    ['Mon, 18 Sep 2017 08:00:00 IST', '2017-09-18T08:00:00'],
    ['Mon, 18 Sep 2017 08:00:00', '2017-09-18T08:00:00'],
    ['18 Sep 17 8:05 +0300', '2017-09-18T08:05:00+03:00'],
    ['Monday, 18 September 2017 08:00:00 +0900', '2017-09-18T08:00:00+09:00'],
    ['2017-09-18T08:00:00.250+09:00', '2017-09-18T08:00:00+09:00'],
    ['2017-09-18T08:00:00z', '2017-09-18T08:00:00Z'],
    ['2017-09-18 08:00:00', '2017-09-18T08:00:00'],
    ['2017-09-18', '2017-09-18'],
    ['18/09/2017 maybe', null],
    ['Sep 18, 2017', null],
    ['2017-02-30', null],
    ['Fri, 31 Nov 2017 08:00:00 GMT', null],
    ['2017-09-18T25:00:00Z', null],
    ['', null],
  ];
  for (const [raw, expected] of table) {
    it(`"${raw}" -> ${String(expected)}`, () => {
      const feed = readFeed('https://x.org/feed', rssWithDate(raw));
      assert.equal(feed.entries[0]!.published, expected);
    });
  }
});

describe('readFeed: malformed and non-feeds', () => {
  it('a truncated feed yields its complete items and reports the cut one', () => {
    const cut = RSS2.slice(0, RSS2.indexOf('<guid>https://www.mofa.go.jp/erp/rss/page1e_000200.html'));
    const feed = readFeed(FEED_URL, utf8(cut));
    assert.deepEqual(feed.entries.map((e) => e.link), ['https://www.mofa.go.jp/erp/rss/northern/page4e_000682.html']);
    assert.deepEqual(feed.issues.map((i) => i.code), ['feed_item_without_link']);
  });

  it('an HTML page, random XML, or empty bytes are not feeds', () => {
    const cases: [string, Uint8Array][] = [
      ['page.html', utf8('<!DOCTYPE html><html><head><title>News</title></head><body><p>Not a feed</p></body></html>')],
      ['sitemap.xml', utf8('<?xml version="1.0"?><urlset><url><loc>https://x.org/</loc></url></urlset>')],
      ['empty.xml', new Uint8Array(0)],
    ];
    for (const [name, bytes] of cases) {
      assert.throws(() => readFeed(name, bytes), (err: unknown) => err instanceof InputError && err.file === name && err.reason === 'not an RSS or Atom feed', name);
    }
  });

  it('binary bytes are refused as by the file loader', () => {
    assert.throws(() => readFeed('feed.bin', new Uint8Array([0x3c, 0x72, 0x73, 0x73, 0, 1, 2, 3])), (err: unknown) => err instanceof InputError && /binary/.test(err.reason));
  });

  it('a feed without items gets a feed_empty issue', () => {
    const feed = readFeed(FEED_URL, utf8('<rss version="2.0"><channel><title>Quiet</title></channel></rss>'));
    assert.deepEqual(feed.entries, []);
    assert.deepEqual(feed.issues.map((i) => i.code), ['feed_empty']);
  });

  it('relative links in a local feed file have no base: reported', () => {
    const feed = readFeed('saved/feed.xml', utf8(RSS2));
    assert.equal(feed.entries.length, 2, 'only the absolute links survive');
    assert.ok(feed.issues.some((i) => i.code === 'feed_item_bad_link' && i.message.includes('"../../erp/rss/northern/page4e_000682.html"')));
  });
});

describe('looksLikeFeed', () => {
  const cases: [string, string, string | null, boolean][] = [
    ['RSS 2.0 after a declaration and stylesheet PI', RSS2, 'text/xml', true],
    ['Atom served as text/html', ATOM, 'text/html', true],
    ['RDF', RDF, 'application/xml', true],
    ['RSS with a doctype and comment', '<!-- generated --><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x.dtd"><rss version="0.91"></rss>', null, true],
    ['UTF-8 BOM then RSS', '\uFEFF<rss version="2.0"/>', null, true],
    ['an HTML page served as application/rss+xml', '<!DOCTYPE html><html><body>Error</body></html>', 'application/rss+xml', false],
    ['an HTML page', '<html><head></head></html>', 'text/html', false],
    ['a sitemap', '<?xml version="1.0"?><urlset/>', 'application/xml', false],
    ['plain text', 'Kono met Lavrov.', 'text/plain', false],
    ['nothing to sniff, feed type', '', 'application/atom+xml', true],
    ['nothing to sniff, generic XML type', '', 'application/xml', false],
  ];
  for (const [label, body, type, expected] of cases) {
    it(`${label} -> ${expected}`, () => assert.equal(looksLikeFeed(utf8(body), type), expected));
  }

  it('sniffs UTF-16 with a BOM', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from('<?xml version="1.0" encoding="utf-16"?><feed/>', 'utf16le')]);
    assert.equal(looksLikeFeed(bytes, null), true);
  });
});
