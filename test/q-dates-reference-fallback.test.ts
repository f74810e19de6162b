/**
 * The reference date of a page without a published date (reference-date-fallback.ts): a dateline or dated title in
 * the head, else the latest full date outside sentences about the future, never the announced event's own date when
 * the page gives another.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fallbackReferenceDate } from '../src/stages/dates/reference-date-fallback.ts';
import { findTimeExpressions } from '../src/stages/dates/time-expression-finder.ts';
import { extractRecord } from '../src/pipeline/extract.ts';

const fallback = (text: string): string | null => fallbackReferenceDate(text, findTimeExpressions(text, '2000-01-01'));

describe('fallback reference date', () => {
  const rows: readonly (readonly [string, string, string | null])[] = [
    ['a dated title, not the later event it announces',
      "Minister's remarks at a joint press conference, Warsaw, 3 March 2025\nThe Minister will visit Kyiv on 12-14 May 2025.", '2025-03-03'],
    ['the latest date outside future sentences',
      'Ministers meet in Ottawa.' + ' '.repeat(300) + 'On 2 March 2025 the ministers met in Ottawa. They signed the plan on 4 March 2025. ' +
        'The next round will be held on 20 May 2025.', '2025-03-04'],
    ['the first date of the head (a lead) before later ones',
      'On 2 March 2025 the ministers met in Ottawa. They signed the plan on 4 March 2025.', '2025-03-02'],
    ['a day outweighs a later month in a statistic',
      'The ministers met on 2 March 2025.' + ' '.repeat(300) + 'Trade grew by 10% as of December 2025.', '2025-03-02'],
    ['only future sentences: the latest full date is still the anchor',
      'The Foreign Minister will travel to Canberra on 5 June 2025 and will attend the forum on 7 June 2025.', '2025-06-07'],
    ['a head date in a future sentence is not the dateline',
      'The summit is scheduled for 9 October 2025.\nThe leaders spoke by telephone on 1 October 2025.', '2025-10-01'],
    ['no full date', 'The ministers met on Tuesday and will meet again next month.', null],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.equal(fallback(text), expected));
});

describe('relative times of an undated announcement count from the page, not the announced event', () => {
  it('"next week" against the day the page reports, not the visit it announces', () => {
    const text = 'Foreign Minister to visit Warsaw\n\nOn 3 March 2025, Foreign Minister Anna Berg spoke with her Polish counterpart. ' +
      'She will visit Warsaw on 24 March 2025. Next week, the two ministries will hold consultations in Stockholm.';
    const plans = extractRecord({ file: 't.txt', text }).plannedEvents;
    const consultations = plans.find((p) => p.whenText === 'Next week');
    assert.ok(consultations, JSON.stringify(plans.map((p) => p.evidence)));
    assert.deepEqual([consultations.start, consultations.end], ['2025-03-10', '2025-03-16']);
    const visit = plans.find((p) => p.whenText === 'on 24 March 2025');
    assert.ok(visit, JSON.stringify(plans.map((p) => p.evidence)));
  });
});
