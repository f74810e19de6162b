/**
 * Dates in URLs: a news report that prints no year ("BEIJING, Oct 18 (Reuters)") is dated only by its URL, whose slug
 * often ends in the date. Without it the report has no window and merges with nobody.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { urlDateWindow } from '../src/linking/link-document.ts';
import { clusterMeetings, meetingSidesOf } from '../src/linking/meeting-merge.ts';
import { doc, meeting, person } from './linking-fixtures.ts';

describe('urlDateWindow', () => {
  const cases: readonly [url: string, window: [string, string] | null][] = [
    ['https://www.reuters.com/world/putin-xi-hail-deepening-ties-beijing-talks-2023-10-18/', ['2023-10-11', '2023-10-18']],
    ['https://www.reuters.com/world/asia-pacific/blinken-meets-qin-2023-06-18', ['2023-06-11', '2023-06-18']],
    ['https://example.org/news/2016-05-06/abe-putin', ['2016-04-29', '2016-05-06']],
    ['https://example.org/2016/05/abe-putin.html', ['2016-04-24', '2016-05-31']],
    // Not dates: a year and month only at the end of a slug, numbers that are not a month and day, no date at all.
    ['https://example.org/news/g20-summit-2023-09', null],
    ['https://example.org/news/talks-2023-13-45/', null],
    ['https://www.spa.gov.sa/w1905212', null],
    ['https://apnews.com/article/russia-turkey-putin-erdogan-4b2f1c', null],
  ];
  for (const [url, expected] of cases) {
    test(url, () => {
      const window = urlDateWindow(url);
      assert.deepEqual(window === null ? null : [window.start, window.end], expected);
    });
  }
});

describe('a report dated only by the date ending its URL slug', () => {
  const xi = person('Xi Jinping', 'CN', 'President');
  const putin = person('Vladimir Putin', 'RU', 'President');
  const readout = doc({ key: 'kremlin', published: '2023-10-18', publisher: 'President of Russia', meetings: [meeting({ date: '2023-10-18', countries: ['CN', 'RU'], participants: [putin, xi], place: 'Beijing' })] });
  const news = (url: string) => doc({ key: 'reuters', published: null, publisher: 'Reuters', url, meetings: [meeting({ date: null, countries: ['CN', 'RU'], participants: [putin, xi], place: 'Beijing' })] });

  test('merges with the readout of the meeting it reports', () => {
    const merged = clusterMeetings([readout, news('https://www.reuters.com/world/putin-xi-talks-2023-10-18/')].flatMap(meetingSidesOf));
    assert.equal(merged.length, 1);
  });
  test('stays apart from a meeting of the same leaders a month earlier', () => {
    const merged = clusterMeetings([readout, news('https://www.reuters.com/world/putin-xi-talks-2023-09-12/')].flatMap(meetingSidesOf));
    assert.equal(merged.length, 2);
  });
});
