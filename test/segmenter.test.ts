import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findTopicHeadings, segmentText } from '../src/stages/segment/segmenter.ts';
import { isDatelineText } from '../src/stages/segment/dateline-detector.ts';
import type { SegmentedDoc } from '../src/domain/mentions.ts';

interface DevDoc { id: string; text: string; gold: { topics: string[] } }
const DEV: DevDoc[] = readFileSync('/work/shared/corpus/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as DevDoc);
const dev = (id: string): DevDoc => DEV.find((d) => d.id === id)!;

const kinds = (doc: SegmentedDoc): [string, string][] =>
  doc.lines.filter((l) => l.kind !== 'blank').map((l) => [l.kind, doc.text.slice(l.span[0], l.span[1]).trim()]);
const sentences = (doc: SegmentedDoc): string[] => doc.sentences.map((s) => doc.text.slice(s.span[0], s.span[1]));

describe('segmentText lines', () => {
  it('classifies the seed readout', () => {
    const doc = segmentText(dev('mofa-jp-ru-2017-09-18').text);
    const k = kinds(doc);
    assert.deepEqual(k.slice(0, 4), [
      ['heading', 'Japan-Russia Relations'],
      ['dateline', 'September 18, 2017'],
      ['chrome', 'photo1: Japan-Russia Foreign Ministerial Meeting'],
      ['chrome', 'photo2: Japan-Russia Foreign Ministerial Meeting'],
    ]);
    assert.deepEqual(k.find(([, t]) => t.startsWith('(1)')), ['heading', '(1) Joint economic activities on the Four Northern Islands']);
    assert.deepEqual(k[k.length - 1], ['chrome', '• Back to Japan-Russia Relations']);
    const numbered = doc.lines.find((l) => l.marker === '1.')!;
    assert.equal(doc.text.slice(numbered.contentStart, numbered.span[1]), 'North Korea');
    const bullet = doc.lines.find((l) => l.marker === '•')!;
    assert.ok(doc.text.slice(bullet.contentStart).startsWith('The two sides shared the recognition'));
  });

  it('keeps span and contentStart consistent for every dev line', () => {
    for (const d of DEV) {
      const doc = segmentText(d.text);
      let prevEnd = -1;
      for (const l of doc.lines) {
        assert.ok(l.span[0] > prevEnd && l.span[0] <= l.contentStart && l.contentStart <= l.span[1], d.id);
        assert.ok(!d.text.slice(l.span[0], l.span[1]).includes('\n'), d.id);
        prevEnd = l.span[1];
      }
      assert.equal(doc.lines.length, d.text.split('\n').length - (d.text.endsWith('\n') ? 1 : 0), d.id);
    }
  });

  it('marks page chrome of several sites', () => {
    const chromeOf = (id: string): string[] => kinds(segmentText(dev(id).text)).filter(([k]) => k === 'chrome').map(([, t]) => t);
    assert.deepEqual(chromeOf('kremlin-ru-jp-2016-05-06').slice(0, 5), ['1. Home', '2. Embassy', '3. Embassy News', '4. Meeting with Japanese Prime Minister Shinzo Abe', 'Thumbnail image for Абэ Путин.jpg']);
    assert.deepEqual(chromeOf('mid-ru-cn-2020-07-17'), ['• en-GB1 ru-RU1', 'Additional materials', 'Advanced settings']);
    assert.deepEqual(chromeOf('fco-uk-us-2018-01-22'), ['top of page', 'Featured Posts', 'Recent Posts', 'Archive', 'Follow Us', '• Facebook Basic Square', '• Twitter Basic Square', 'bottom of page']);
    assert.ok(chromeOf('wh-us-il-2024-04-28')[0]!.startsWith('Joseph R. Biden, Readout of'));
    assert.deepEqual(chromeOf('gac-ca-fr-2022-01-19').slice(0, 3), ['Related products', 'Associated links', 'Maeva Proteau']);
    assert.deepEqual(chromeOf('mofa-jp-kr-2018-08-02').slice(0, 3), ['Japan-ROK Foreign Ministers’ Meeting 1', 'Japan-ROK Foreign Ministers’ Meeting 2', 'Japan-ROK Foreign Ministers’ Meeting 3']);
    assert.ok(chromeOf('kantei-jp-ru-2016-05-06').includes('Home >  News >  The Prime Minister in Action >  May 2016 >  Visit to Europe and Russia: Sixth Day'));
    assert.deepEqual(chromeOf('doc-us-cn-2023-08-28'), ['FOR IMMEDIATE RELEASE']);
  });

  it('merges adjacent chrome lines into one chrome span', () => {
    const doc = segmentText(dev('mid-ru-cn-2020-07-17').text);
    const tail = doc.chrome[doc.chrome.length - 1]!;
    assert.equal(doc.text.slice(tail[0], tail[1]), 'Additional materials\n\n\nAdvanced settings');
  });

  it('does not call body text chrome in any dev document', () => {
    for (const d of DEV) {
      const doc = segmentText(d.text);
      for (const l of doc.lines) {
        if (l.kind !== 'chrome') continue;
        const t = d.text.slice(l.contentStart, l.span[1]);
        assert.ok(!/\b(?:met|held|discussed|agreed)\b.*\.$/.test(t) || /https?:/.test(t), `${d.id}: ${t}`);
      }
    }
  });

  it('recognises headings and refuses sentences that start with a number', () => {
    const doc = segmentText('II. Regional issues\n\n1. Minister Kishida expressed his pleasure.\n\n2022 marks the 50th anniversary of relations.\n\n(i) The leaders confirmed the plan.\n\nUpcoming Visits\n');
    assert.deepEqual(kinds(doc), [
      ['heading', 'II. Regional issues'],
      ['list-item', '1. Minister Kishida expressed his pleasure.'],
      ['paragraph', '2022 marks the 50th anniversary of relations.'],
      ['list-item', '(i) The leaders confirmed the plan.'],
      ['heading', 'Upcoming Visits'],
    ]);
  });

  it('handles CRLF, empty text and non-readouts', () => {
    const crlf = segmentText('Title Line\r\nBody text here.\r\n');
    assert.deepEqual(crlf.lines.map((l) => crlf.text.slice(l.span[0], l.span[1])), ['Title Line', 'Body text here.']);
    const empty = segmentText('');
    assert.deepEqual([empty.lines.length, empty.sentences.length, empty.chrome.length], [1, 0, 0]);
    assert.equal(empty.lines[0]!.kind, 'blank');
    const recipe = segmentText('Pancakes\n\nMix flour and eggs. Fry in butter!\n\n- 200 g flour\n- 2 eggs\n');
    assert.deepEqual(kinds(recipe).map(([k]) => k), ['heading', 'paragraph', 'list-item', 'list-item']);
    assert.deepEqual(findTopicHeadings(recipe), []);
  });
});

describe('datelines', () => {
  const yes = ['September 18, 2017', '17 July 202018:33', '03/27/2024', 'Mar. 28, 2020', ' date 2024-03-27 (AGENPARL) - Roma, 27 Marzo 2024', 'December 6, 2021, Minsk', 'Monday, August 28, 2023', 'January 20, 2022 - Paris, France - Global Affairs Canada', '25 JANUARY 2022', '19:50 / 07.02.2022'];
  const no = ['The meeting was held on May 5, 2020.', 'May 2016', 'Japan-Russia Relations', 'On November 11, 2011, Minister Gemba met Minister Lavrov.', ' date 2022-05-18 Secretary Blinken’s Meeting with Pakistani Foreign Minister Bhutto Zardari'];
  for (const s of yes) it(`is a dateline: ${s}`, () => assert.equal(isDatelineText(s), true));
  for (const s of no) it(`is not a dateline: ${s}`, () => assert.equal(isDatelineText(s), false));
  it('a date written with numbers only is a dateline line, a phone number is chrome', () => {
    for (const date of ['2023.06.01', '31-10-2022', '27.03.2024', '2024-03-27', 'News item | 31-10-2022 | 14:05']) {
      const line = segmentText(`Title of the page\n\n${date}\n\nThe ministers met.`).lines[2]!;
      assert.equal(line.kind, 'dateline', date);
    }
    assert.equal(segmentText('Title\n\n+7 495 244-16-06\n\nThe ministers met.').lines[2]!.kind, 'chrome');
  });
});

describe('sentences', () => {
  it('does not split after titles, initials and abbreviations', () => {
    const doc = segmentText('The co-chairmen were Mr. Koichiro Gemba and Dr. R. M. Marty Natalegawa. H. E. Dr. Kang Kyung-wha met the U.S. Deputy Secretary at 5 p.m. (local time). They met in St. Petersburg, e.g. at the Hermitage.');
    assert.deepEqual(sentences(doc), [
      'The co-chairmen were Mr. Koichiro Gemba and Dr. R. M. Marty Natalegawa.',
      'H. E. Dr. Kang Kyung-wha met the U.S. Deputy Secretary at 5 p.m. (local time).',
      'They met in St. Petersburg, e.g. at the Hermitage.',
    ]);
  });

  it('splits after an ambiguous abbreviation when a sentence opener follows, and on ? ! and closing quotes', () => {
    const doc = segmentText('They met in Japan and the U.S. The talks went well. Is it true? Yes! He said “we agree.” Then they left.');
    assert.deepEqual(sentences(doc), ['They met in Japan and the U.S.', 'The talks went well.', 'Is it true?', 'Yes!', 'He said “we agree.”', 'Then they left.']);
  });

  it('keeps the Japan-U.S. Summit Meeting together and starts list sentences after the marker', () => {
    const doc = segmentText('  1. Prime Minister Suga cited the Japan-U.S. Summit Meeting, and more. In response, he agreed.');
    assert.deepEqual(sentences(doc), ['Prime Minister Suga cited the Japan-U.S. Summit Meeting, and more.', 'In response, he agreed.']);
  });

  it('gives chrome and blank lines no sentences and keeps every sentence inside one line', () => {
    for (const d of DEV) {
      const doc = segmentText(d.text);
      for (const s of doc.sentences) {
        const line = doc.lines[s.line]!;
        assert.ok(line.kind !== 'chrome' && line.kind !== 'blank', d.id);
        assert.ok(s.span[0] >= line.contentStart && s.span[1] <= line.span[1] && s.span[1] > s.span[0], d.id);
        const t = d.text.slice(s.span[0], s.span[1]);
        assert.equal(t, t.trim(), d.id);
      }
    }
  });
});

describe('findTopicHeadings against gold topics', () => {
  const exact = ['mofa-jp-ru-2017-09-18', 'mofa-jp-ru-2011-11-24', 'mofa-jp-ru-2014-10-17', 'mofa-jp-ru-2016-11-19', 'mofa-jp-ru-2017-03-20', 'mofa-jp-ru-2017-11-10'];
  for (const id of exact) {
    it(`matches gold topics for ${id}`, () => {
      const doc = segmentText(dev(id).text);
      const found = findTopicHeadings(doc);
      assert.deepEqual(found.map((t) => t.text), dev(id).gold.topics);
      for (const t of found) assert.equal(doc.text.slice(t.span[0], t.span[1]), t.text);
    });
  }

  it('starts with the gold topic where gold lists only the top level (sub-headings are extra)', () => {
    for (const id of ['mofa-asean-jp-2012-07-11', 'mofa-jp-ru-2017-07-07']) {
      const found = findTopicHeadings(segmentText(dev(id).text)).map((t) => t.text);
      assert.equal(found[0], dev(id).gold.topics[0]);
    }
  });

  it('returns nothing for documents whose numbered items are sentences, and for a truncated final item', () => {
    for (const id of ['mofa-au-jp-2021-12-11', 'mofa-de-jp-2016-04-10', 'mofa-jp-ru-2012-09-26', 'state-us-pk-2022-05-18']) {
      assert.deepEqual(findTopicHeadings(segmentText(dev(id).text)), [], id);
    }
  });
});

describe('segmentText: links to other pages after the story', () => {
  const story = 'Meeting of External Affairs Minister with the Foreign Minister of Singapore\n\nExternal Affairs Minister met the Foreign Minister of Singapore today.\n\nThey agreed to meet again in September 2023.\n\nNew Delhi\nMay 12, 2023\n\n';
  it('marks a related-links list, its heading and a row of share buttons as chrome', () => {
    const doc = segmentText(`${story}Share this:\nFacebook Twitter WhatsApp Email\n\nRelated Press Releases\nVisit of External Affairs Minister to Japan (July 27-29, 2023)\nPrime Minister's call with President of France (June 2, 2023)\n`);
    assert.deepEqual(kinds(doc).filter(([k]) => k === 'chrome').map(([, t]) => t), [
      'Share this:', 'Facebook Twitter WhatsApp Email', 'Related Press Releases',
      'Visit of External Affairs Minister to Japan (July 27-29, 2023)', "Prime Minister's call with President of France (June 2, 2023)",
    ]);
  });
  it("marks the neighbouring pages' titles and the list link at the end of a page as chrome", () => {
    const doc = segmentText(`${story}List\nNext: Foreign Minister Park Jin to Visit Indonesia\nPrevious: Second Vice Minister Attends OECD Ministerial Council Meeting\n`);
    assert.deepEqual(kinds(doc).filter(([k]) => k === 'chrome').map(([, t]) => t), ['List', 'Next: Foreign Minister Park Jin to Visit Indonesia', 'Previous: Second Vice Minister Attends OECD Ministerial Council Meeting']);
  });
  it('keeps a section named like a related list when the story goes on under it', () => {
    const doc = segmentText(`${story}See also\n\nThe Minister also met business leaders. They discussed investment in fintech and skills.\n`);
    assert.ok(kinds(doc).some(([k, t]) => k === 'paragraph' && t.startsWith('The Minister also met')));
  });
  it('does not take a related heading in the first half of the page', () => {
    const doc = segmentText(`Related news\nMinister meets Singapore counterpart\n\n${story}${'The two Ministers reviewed bilateral relations.\n\n'.repeat(3)}`);
    // (the label alone is chrome, as it always was; the line under it is not)
    assert.deepEqual(kinds(doc).filter(([k]) => k === 'chrome'), [['chrome', 'Related news']]);
  });
});
