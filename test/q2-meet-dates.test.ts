/**
 * The meeting date is the local date of the meeting: a day in brackets that the brackets mark as local time wins over
 * the day outside written in another time zone; a day in brackets marked as another zone's never does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const date = (text: string): string | null => extractRecord({ file: 't', text }).meetings[0]?.date ?? null;

test('the day the text marks as local time is the meeting date', () => {
  const lead = 'Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with the Rt. Hon. Justin Trudeau, Prime Minister of Canada, in New York';
  const cases: [string, string][] = [
    // published on the Japanese date, reference 2023-09-23
    [`September 23, 2023\n\nOn September 23, commencing at 0:45 a.m. (Japan time; September 22, 11:45 a.m. local time) for approximately 45 minutes, ${lead}.`, '2023-09-22'],
    [`September 23, 2023\n\nOn September 22, commencing at 11:45 a.m. (local time; September 23, 0:45 a.m. Japan time) for approximately 45 minutes, ${lead}.`, '2023-09-22'],
    [`September 23, 2023\n\nCommencing at 11:45 a.m. on September 22 (local time; September 23, 0:45 a.m. Japan time), ${lead}.`, '2023-09-22'],
    [`September 23, 2023\n\nOn September 22 (local time; September 23 Japan time), ${lead}.`, '2023-09-22'],
    [`December 12, 2021\n\nOn December 11, commencing at 6:10 p.m. local time (On December 12, at 3:10 a.m. JST) for approximately 20 minutes, ${lead}.`, '2021-12-11'],
  ];
  for (const [text, expected] of cases) assert.equal(date(text), expected, text);
});
