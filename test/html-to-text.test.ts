import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { htmlToText } from '../src/stages/clean/html-to-text.ts';
import { loadDocument } from '../src/input/load-document.ts';

const DIR = '/work/shared/corpus/html/';
const load = (file: string) => loadDocument(file, readFileSync(DIR + file));

interface PageCase {
  readonly file: string;
  readonly title: string | null;
  /** Body sentences and datelines that must survive. */
  readonly present: readonly string[];
  /** Chrome (navigation, sidebar, footer, widgets) that must be gone. */
  readonly absent: readonly string[];
  /** The text must start with this. */
  readonly startsWith?: string;
}

const SPOKESPERSON_FRAGMENT_ABSENT = ['data-filter', '<p>', '&#8217;', '<input'];

const CASES: readonly PageCase[] = [
  {
    file: 'by-mfa-2021-12-06-countermeasures-sanctions.html',
    title: 'Statement by the Foreign Ministry on countermeasures of the Republic of Belarus to illegal external sanctions pressure',
    present: ['The corresponding decree will be signed as soon as possible.', "based on the respect for each other's interests.", '\n\nDecember 6, 2021'],
    absent: ['Belarusian Diplomatic Missions abroad', 'Statements & Speeches', 'Press Service', 'Flashmob', 'Official Internet Resources', '+375 17', 'visually impaired', '$(document)', 'Representations in international organizations'],
    startsWith: 'Statement by the Foreign Ministry on countermeasures',
  },
  {
    file: 'by-mfa-undated-statement-kazakhstan.html',
    title: 'Statement of the Foreign Ministry of the Republic of Belarus in connection with the situation in Kazakhstan',
    present: ['What stands out is clear coordination of the riots', 'Belarusian peacekeepers will be sent to Kazakhstan', 'December 6, 2021, Minsk'],
    absent: ['Belarusian Diplomatic Missions abroad', 'Home /', 'Video', 'Contacts'],
  },
  {
    file: 'by-mfa-2020-05-15-makei-cei-virtual-summit.html',
    title: 'Statement by Minister of Foreign Affairs of the Republic of Belarus, V.Makei, at the Extraordinary Virtual Summit of the Heads of Governments of the Central European Initiative (May 15, 2020)',
    present: ['Dear Prime Minister Markovic,', 'Belarus stands together in solidarity with other CEI Member States', 'Thank you.'],
    absent: ['Belarusian Diplomatic Missions abroad', 'Foreign Ministry on Social Media', 'Minsk hosts the Meeting'],
  },
  {
    file: 'by-mfa-undated-statement-presidential-election.html',
    title: 'Statement of the Ministry of Foreign Affairs of the Republic of Belarus',
    present: ['we do care about the reaction of our foreign partners', 'How can we believe in sincerity of your advice after that?', 'show not only your commitment to your principles, but also responsibility!'],
    absent: ['Belarusian Diplomatic Missions abroad', 'Belarus TV', 'Radio Belarus International'],
  },
  {
    file: 'my-kln-undated-uae-vaccine-doses-handover.html',
    title: 'UNITED ARAB EMIRATES CONTRIBUTES 500,000 DOSES OF COVID-19 VACCINE TO MALAYSIA',
    present: ['Malaysia has today received 500,000 doses of COVID-19 vaccine', 'Ms. Nouf Ibrahim Ali Rashed Al-Kuwaiti', '\n\nPUTRAJAYA\n\n25 JANUARY 2022'],
    absent: ['Skip to Content', 'MFA Directory', 'Corporate Song', 'Press Releases', 'Print', 'Contact Us', 'QUICKLINKS', 'All Rights Reserved', 'Bahasa Melayu', 'Toggle navigation'],
  },
  {
    file: 'uz-mfa-2022-02-07-news-listing.html',
    title: 'Ministry of Foreign Affairs of the Republic of Uzbekistan',
    present: ['Uzbekistan, China leaders call for further strengthening comprehensive strategic partnership', 'met with the President of the People’s Republic of China Xi Jinping, in Beijing', '19:50 / 07.02.2022'],
    absent: ['Version for visually impaired', 'Font size', 'Русский', 'Consular issues', 'Publications in mass media', 'Creative Commons', 'Tashkent', 'Sun', 'November'],
  },
  {
    file: 'us-state-2022-03-14-slovenia-us-strategic-dialogue.html',
    title: null,
    present: [
      'The Governments of Slovenia and the United States held the second session of the Slovenia-U.S. Strategic Dialogue in Ljubljana on March 14, 2022.',
      "support for Ukraine’s sovereignty",
      'The dialogue covered three main topics:\n\n  • global and regional security issues',
      '\n  • multilateral cooperation; and\n  • cooperation on economic issues',
    ],
    absent: SPOKESPERSON_FRAGMENT_ABSENT,
    startsWith: 'Office of the Spokesperson\n\nThe following is the text of a joint statement',
  },
  {
    file: 'us-state-2022-05-24-blinken-meeting-wong.html',
    title: null,
    present: ['The below is attributable to Spokesperson Ned Price:', 'including the DPRK’s continued destabilizing provocations'],
    absent: SPOKESPERSON_FRAGMENT_ABSENT,
  },
];

describe('htmlToText on the saved corpus pages', () => {
  for (const c of CASES) {
    it(c.file, () => {
      const doc = load(c.file);
      assert.equal(doc.format, 'html');
      assert.equal(doc.title, c.title);
      for (const s of c.present) assert.ok(doc.text.includes(s), `missing ${JSON.stringify(s)}`);
      for (const s of c.absent) assert.ok(!doc.text.includes(s), `chrome left: ${JSON.stringify(s)}`);
      if (c.startsWith !== undefined) assert.ok(doc.text.startsWith(c.startsWith), doc.text.slice(0, 120));
    });
  }

  it('every saved page decodes and cleans to readable text without markup', () => {
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.html'))) {
      const doc = load(file);
      assert.ok(doc.text.length > 100, file);
      assert.ok(!/<\/?[a-z][^>]*>/i.test(doc.text), `markup left in ${file}`);
      assert.ok(!doc.text.includes('\uFFFD') && !/[ÐÑ][\u0080-\u00bf]/.test(doc.text), `mojibake in ${file}`);
      assert.ok(!/\n{3,}/.test(doc.text) && doc.text === doc.text.trim(), `spacing in ${file}`);
    }
  });

  it('windows-1251 pages come out as Cyrillic where the page has Cyrillic', () => {
    const doc = loadDocument('x.html', readFileSync(DIR + 'by-mfa-2021-12-06-countermeasures-sanctions.html'));
    assert.ok(doc.text.length > 0);
    const raw = new TextDecoder('windows-1251').decode(readFileSync(DIR + 'by-mfa-2021-12-06-countermeasures-sanctions.html'));
    assert.ok(raw.includes('Флешмоб'), 'the decoded page contains Cyrillic');
  });
});

describe('htmlToText structure', () => {
  it('keeps the dateline that sits outside the article body', () => {
    const html = `<body><nav><a>Home</a></nav><div class="meta">September 18, 2017</div><h1>Japan-Russia Foreign Ministerial Meeting</h1>
      <div class="article-body"><p>Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with Mr. Sergey Lavrov.</p>
      <p>The two ministers shared the view that they will continue the dialogue.</p></div>
      <aside><p>Related news: the Minister visited Paris and met his counterpart there today.</p></aside></body>`;
    const r = htmlToText(html);
    assert.equal(r.text, 'September 18, 2017\n\nJapan-Russia Foreign Ministerial Meeting\n\nMr. Taro Kono, Minister for Foreign Affairs, held a meeting with Mr. Sergey Lavrov.\n\nThe two ministers shared the view that they will continue the dialogue.');
    assert.equal(r.title, 'Japan-Russia Foreign Ministerial Meeting');
  });

  it('falls back to the date <meta> when no dateline is on the page', () => {
    const html = `<head><meta property="article:published_time" content="2022-05-18T10:00:00-04:00"></head><body><header>Site</header>
      <article><p>Secretary Blinken met with Foreign Minister Bhutto Zardari in New York City today.</p></article></body>`;
    assert.equal(htmlToText(html).text, '2022-05-18\n\nSecretary Blinken met with Foreign Minister Bhutto Zardari in New York City today.');
  });

  it('renders lists, headings, line breaks and entities', () => {
    const r = htmlToText('<h2>1. North&nbsp;Korea</h2><p>First&#8217;s line<br>second line</p><ol><li>One.</li><li><p>Two.</p></li></ol><ul><li>Dot</li></ul>\u200e');
    assert.equal(r.text, '1. North Korea\n\nFirst’s line\nsecond line\n\n  1. One.\n  2. Two.\n\n  • Dot');
  });

  it('keeps a chrome-marked wrapper that holds the article (ASP.NET <form>)', () => {
    const r = htmlToText('<body><form id="aspnetForm"><div class="menu">Home About</div><div><p>The two leaders held a telephone talk for approximately 20 minutes.</p></div></form></body>');
    assert.equal(r.text, 'The two leaders held a telephone talk for approximately 20 minutes.');
  });
});

describe('htmlToText on hostile input', () => {
  // (How fast is for the benchmarks to say; a test only asserts that the depth neither overflows the stack nor loses
  // the text.)
  it('handles 100,000 nested divs', () => {
    const html = '<div>'.repeat(100_000) + '<p>Deep text.</p>' + '</div>'.repeat(100_000);
    assert.equal(htmlToText(html).text, 'Deep text.');
  });

  it('handles 100,000 unclosed nested tags', () => {
    assert.equal(htmlToText('<div><span><b>'.repeat(100_000) + 'Still here.').text, 'Still here.');
  });

  it('does not end a script at "</div>" inside a string', () => {
    const r = htmlToText('<div><script>var s = "</div><p>fake</p>";</script><p>Real text.</p></div>');
    assert.equal(r.text, 'Real text.');
  });

  it('copes with unclosed tags and stray closing tags', () => {
    assert.equal(htmlToText('<p>One<p>Two</div></span><li>Three').text, 'One\n\nTwo\n\n  • Three');
  });

  it('copes with huge attribute values', () => {
    const r = htmlToText(`<div class="${'x '.repeat(500_000)}nav" data-x="${'y'.repeat(1_000_000)}"><p>Body text.</p></div>`);
    assert.equal(r.text, 'Body text.');
  });

  it('returns empty text for markup without text', () => {
    assert.deepEqual(htmlToText('<html><head><style>p{}</style></head><body><img src=a.png><div> &nbsp; </div></body></html>'), { text: '', title: null });
    assert.deepEqual(htmlToText(''), { text: '', title: null });
  });
});
