/**
 * Dates opening an article id in a URL: a wire report whose dateline the extractor cannot date ("SEOUL, Jan. 10
 * (Yonhap) --") is dated by its URL when the site's article ids start with the day ("/view/AEN20240110001200315",
 * "/t20230919_11145012.html"). Digits that only look like a date are not read.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { urlDateWindow } from '../src/linking/link-document.ts';
import { clusterMeetings, meetingSidesOf } from '../src/linking/meeting-merge.ts';
import { doc, meeting, person } from './linking-fixtures.ts';

describe('urlDateWindow: article ids opening with their date', () => {
  const cases: readonly [url: string, window: [string, string] | null][] = [
    ['https://en.yna.co.kr/view/AEN20240110001200315', ['2024-01-03', '2024-01-10']],
    ['https://www.example.gov.cn/eng/wjb/t20230919_11145012.html', ['2023-09-12', '2023-09-19']],
    ['https://example.org/news/A20231102123', ['2023-10-26', '2023-11-02']],
    // Negative: no serial or underscore after the digits, an impossible month or day, a long word before them,
    // digits in a query string, a seven-digit id.
    ['https://example.org/news/a20231102', null],
    ['https://example.org/news/t20231345_1234.html', null],
    ['https://example.org/news/t20230932_1234.html', null],
    ['https://example.org/news/article20231102123', null],
    ['https://example.org/news/view?id=AEN20240110001200315', null],
    ['https://www.spa.gov.sa/w1905212', null],
  ];
  for (const [url, expected] of cases) {
    test(url, () => {
      const window = urlDateWindow(url);
      assert.deepEqual(window === null ? null : [window.start, window.end], expected);
    });
  }
});

describe('a call reported across the date line, one side dated only by its article id', () => {
  const yoon = (name: string) => person(name, 'KR', 'President');
  const milei = person('Javier Milei', 'AR', 'President');
  const casaRosada = doc({ key: 'casarosada', published: '2024-01-09', publisher: 'Casa Rosada', meetings: [meeting({ date: '2024-01-09', mode: 'telephone', countries: ['AR', 'KR'], participants: [milei, yoon('Yoon Suk-yeol')] })] });
  const wire = (url: string) => doc({ key: 'yonhap', published: null, publisher: 'Yonhap', url, meetings: [meeting({ date: null, mode: 'telephone', countries: ['AR', 'KR'], participants: [yoon('Yoon Suk Yeol'), milei] })] });

  test('merges with the other capital\'s readout of the call', () => {
    assert.equal(clusterMeetings([casaRosada, wire('https://en.yna.co.kr/view/AEN20240110001200315')].flatMap(meetingSidesOf)).length, 1);
  });
  test('stays apart from a call of the same leaders two months later, and from one with no date at all', () => {
    assert.equal(clusterMeetings([casaRosada, wire('https://en.yna.co.kr/view/AEN20240312001200315')].flatMap(meetingSidesOf)).length, 2);
    assert.equal(clusterMeetings([casaRosada, wire('https://en.yna.co.kr/view/AEN0110001200315')].flatMap(meetingSidesOf)).length, 2);
  });
});
