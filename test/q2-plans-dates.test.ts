/**
 * Time expressions and reference dates met on the fourth unseen-publisher part (q2-plans): a year naming an event
 * ("the 2025 session of the Committee"), Hungarian and Korean year-first dates with spaces ("2024. 10. 08."), and the
 * reference date of an undated page whose only full dates are earlier events it looks back to. Every row states its
 * reference date.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fallbackReferenceDate, isDatelineReference } from '../src/stages/dates/reference-date-fallback.ts';
import { findTimeExpressions } from '../src/stages/dates/time-expression-finder.ts';
import { extractRecord } from '../src/pipeline/extract.ts';
import { intervalTable as table } from './plan-table.ts';


function none(rows: readonly (readonly [string, string])[]): void {
  for (const [text, ref] of rows) it(`no time: ${text}`, () => assert.deepEqual(findTimeExpressions(text, ref).map((x) => x.text), []));
}

describe('a year before an event noun dates the event', () => {
  table([
    ['The sides noted that the 2025 session of the Intergovernmental Committee will be held in Seoul.', '2024-04-25', '2025', '2025-01-01', '2025-12-31'],
    ['the 2025 Taiwan-Paraguay Economic Cooperation Commission meeting will convene in Taipei', '2024-11-05', '2025', '2025-01-01', '2025-12-31'],
    ['Leaders prepared for the 2026 NATO Summit.', '2025-06-25', '2026', '2026-01-01', '2026-12-31'],
    ['They will meet at the 2025 annual meeting of the Bank.', '2024-10-01', '2025', '2025-01-01', '2025-12-31'],
    // The words before the year stay out of the span: "by the 2025 session" is no deadline.
    ['The text should be ready by the 2025 session.', '2024-10-01', '2025', '2025-01-01', '2025-12-31'],
  ]);
  none([
    ['They reaffirmed the 2030 Agenda for Sustainable Development.', '2024-10-01'],
    ['The 2022 agreement was signed at the summit.', '2024-10-01'],
    ['The 2023 election results were discussed at the meeting.', '2024-10-01'],
    ['Some 2025 delegates attended the session.', '2024-10-01'],
  ]);
  it('days written after the named year date the event (a plan)', () => {
    const text = 'Washington, 1 July 2024\n\nLeaders will gather for the 2024 NATO Summit, July 9-11, 2024, in Washington.';
    const plans = extractRecord({ file: 't.txt', text }).plannedEvents;
    assert.deepEqual(plans.map((p) => [p.whenText, p.start, p.end]), [['July 9-11, 2024', '2024-07-09', '2024-07-11']]);
  });
});

describe('year-first dates with a full stop and a space after each part', () => {
  table([
    ['2024. 10. 08.', '2000-01-01', '2024. 10. 08', '2024-10-08', '2024-10-08'],
    ['Budapest, 2024. 3. 5. 14:02', '2000-01-01', '2024. 3. 5', '2024-03-05', '2024-03-05'],
  ]);
  none([
    ['2024. 13. 08.', '2000-01-01'],
    ['2024. 2. 30.', '2000-01-01'],
    ['Report 2024. 10 countries signed.', '2000-01-01'],
  ]);
});

describe('the reference date of a page without a published date', () => {
  const fallback = (text: string): string | null => fallbackReferenceDate(text, findTimeExpressions(text, '2000-01-01'));
  const rows: readonly (readonly [string, string, string | null])[] = [
    ['only an earlier event looked back to: none',
      'Attaf received Tajani on Sunday. They welcomed the results of the 4th Summit held in Algiers on 18 July 2022.', null],
    ['"recalled" before the only date: none', 'The ministers met on Tuesday and recalled the visit of the President on 5 June 2022.', null],
    ['"their last meeting" before the only date: none', 'The leaders spoke on Monday, a year after their last meeting on 3 May 2023.', null],
    ['a date of its own beside one looked back to: the latest, as before',
      'They recalled the visit in November 2022. The President announced the project while in Manila on 21 November 2022.', '2022-11-21'],
    ['no cue: the date counts', 'Attaf received Tajani on 18 July 2022 in Algiers.', '2022-07-18'],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.equal(fallback(text), expected));

  it('an undated page reads "in the first quarter" as no interval, not two years early', () => {
    const text = 'Attaf receives Italian counterpart\n\nALGIERS- Ahmed Attaf received on Sunday in Algiers Antonio Tajani.\n\n' +
      'The two ministers reviewed preparations for the 5th Algerian-Italian Intergovernmental Summit, scheduled in Rome in the first quarter, ' +
      'and welcomed the results of the 4th Summit held in Algiers on 18 July 2022.';
    const record = extractRecord({ file: 't.txt', text });
    const plan = record.plannedEvents.find((p) => p.whenText === 'in the first quarter');
    assert.ok(plan, JSON.stringify(record.plannedEvents.map((p) => p.evidence)));
    assert.deepEqual([plan.start, plan.end], [null, null]);
    assert.notEqual(record.meetings[0]?.date, '2022-07-17');
  });

  it('a dateline in the head is as good as a published date: "mid-January" written on 28 December is next year', () => {
    const text = 'Japan, South Korea foreign ministers agree\n\nKYODO NEWS - Dec 28, 2024 - 18:40\n\n' +
      'Iwaya is expected to visit Seoul as early as mid-January, a Japanese government official said.';
    const times = findTimeExpressions(text, '2024-12-28');
    assert.equal(isDatelineReference(text, times, '2024-12-28'), true);
    assert.equal(isDatelineReference(text, times, '2024-12-29'), false);
    const plans = extractRecord({ file: 't.txt', text }).plannedEvents;
    assert.deepEqual(plans.map((p) => [p.start, p.end]), [['2025-01-11', '2025-01-20']]);
  });

  it('a date in the head in a sentence about the future is no dateline', () => {
    const text = 'The summit is scheduled for 9 October 2025.\nThe leaders spoke by telephone.';
    assert.equal(isDatelineReference(text, findTimeExpressions(text, '2025-10-09'), '2025-10-09'), false);
  });
});
