/**
 * Plan fixes from the fifth unseen-publisher set (q5-plans): a time after a place closed by a comma ("will be held in
 * St. George's, Grenada, from 28 to 30 July"), a bare ordinal day after an approximation ("scheduled around the
 * 20th"), and a dated anaphor ("The visit is planned for the autumn") after the undated event it points back to. Each
 * text carries its dateline, so every interval is resolved against a date it states; the negative rows are
 * similar-looking text that must not change.
 */
import { describe } from 'node:test';

import { intervalTable, onePlan } from './plan-table.ts';
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { plansOf } from './plan-table.ts';
import { findTimeExpressions } from '../src/stages/dates/time-expression-finder.ts';

/** [text, expected plans as [evidence, start, end]] */
type ManyRow = readonly [string, readonly (readonly [string, string | null, string | null])[]];

function plansAre(rows: readonly ManyRow[]): void {
  for (const [text, want] of rows) {
    it(text.split('\n').at(-1) ?? text, () => {
      assert.deepEqual(plansOf(text).map((p) => [p.evidence, p.start, p.end]), want);
    });
  }
}

describe('a time after a place closed by a comma belongs to the event', () => {
  onePlan([
    ['Georgetown, 10 July 2024\n\nThe Regular Meeting of the Conference of Heads of Government will be held in St. George\'s, Grenada, from 28 to 30 July 2024.',
      'the Conference of Heads of Government will be held in St. George\'s, Grenada, from 28 to 30 July 2024', '2024-07-28', '2024-07-30', 'meeting'],
    ['Kampala, 10 July 2024\n\nThe summit will take place in Kampala, on 5 August.',
      'The summit will take place in Kampala, on 5 August', '2024-08-05', '2024-08-05', 'meeting'],
    ['Seoul, 10 July 2024\n\nThe two ministers will hold talks in the Republic of Korea, next week.',
      'talks in the Republic of Korea, next week', '2024-07-15', '2024-07-21', 'meeting'],
    ['Paris, 10 July 2024\n\nThe forum will be held at the Palais des Nations, Geneva, in October.',
      'The forum will be held at the Palais des Nations, Geneva, in October', '2024-10-01', '2024-10-31', 'meeting'],
  ]);
  // A comma that opens another clause (a speaker, a second subject, a relative) still parts the event from the time.
  plansAre([
    ['Kampala, 10 July 2024\n\nThe summit will take place in Paris, President Macron said on Monday.',
      [['The summit will take place', null, null]]],
    ['Kampala, 10 July 2024\n\nThe summit will take place in Paris, and the ministers will meet on 5 August.',
      [['The summit will take place', null, null], ['will meet on 5 August', '2024-08-05', '2024-08-05']]],
    ['Kampala, 10 July 2024\n\nThe summit will be held in Paris, said the minister, who arrived on Monday.',
      [['The summit will be held', null, null]]],
  ]);
});

describe('a bare ordinal day after an approximation or a scheduling "for" is a day of the reference month (or the next)', () => {
  intervalTable([
    ['The dialogue is tentatively scheduled around the 20th.', '2023-09-05', 'around the 20th', '2023-09-20', '2023-09-20'],
    ['Around the 20th, the ministers will meet again.', '2023-09-05', 'Around the 20th', '2023-09-20', '2023-09-20'],
    ['The talks are set for the 12th.', '2023-09-05', 'the 12th', '2023-09-12', '2023-09-12'],
    ['The consultations are slated for the 28th.', '2024-02-10', 'the 28th', '2024-02-28', '2024-02-28'],
    // A day already past this month is next month's.
    ['The meeting will take place on or about the 3rd.', '2023-09-05', 'the 3rd', '2023-10-03', '2023-10-03'],
    ['The summit is planned towards the 25th of next month.', '2023-09-05', 'the 25th of next month', '2023-10-25', '2023-10-25'],
  ]);
  // An ordinal that counts something, or an approximation of one, is no day.
  for (const [text, ref] of [
    ['It met for the 20th time.', '2023-09-05'],
    ['They marked around the 20th anniversary of relations.', '2023-09-05'],
    ['The minister spoke about the 20th century.', '2023-09-05'],
    ['He was scheduled for the 3rd round of talks.', '2023-09-05'],
    ['The country ranks around the 20th in the index.', '2023-09-05'],
  ] as const) {
    it(`no day: ${text} @${ref}`, () => assert.deepEqual(findTimeExpressions(text, ref).map((e) => e.text), []));
  }
});

describe('a dated anaphor ("The visit is planned for the autumn") dates the undated event just before it', () => {
  plansAre([
    ['Helsinki, 12 June 2024\n\nPresident Stubb accepted an invitation to visit Kenya. The visit is planned for the autumn.',
      [['The visit is planned for the autumn', '2024-09-01', '2024-11-30']]],
    ['Helsinki, 12 June 2024\n\nThe ministers agreed to hold a meeting of the Joint Commission. The meeting will take place in Nairobi in October.',
      [['The meeting will take place in Nairobi in October', '2024-10-01', '2024-10-31']]],
    ['Helsinki, 12 June 2024\n\nThe President will visit Kenya, and this visit is expected in November.',
      [['this visit is expected in November', '2024-11-01', '2024-11-30']]],
  ]);
  // Not an anaphor of that event: another kind, an indefinite or described head, a sentence between, another paragraph.
  plansAre([
    ['Helsinki, 12 June 2024\n\nPresident Stubb will visit Kenya. The meeting is planned for the autumn.',
      [['will visit Kenya', null, null], ['The meeting is planned for the autumn', '2024-09-01', '2024-11-30']]],
    ['Helsinki, 12 June 2024\n\nPresident Stubb will visit Kenya. A visit by the Kenyan President is planned for the autumn.',
      [['will visit Kenya', null, null], ['A visit by the Kenyan President is planned for the autumn', '2024-09-01', '2024-11-30']]],
    ['Helsinki, 12 June 2024\n\nPresident Stubb will visit Kenya. The ministers agreed that talks on trade will follow. The visit is planned for the autumn.',
      [['will visit Kenya', null, null], ['The visit is planned for the autumn', '2024-09-01', '2024-11-30']]],
    ['Helsinki, 12 June 2024\n\nPresident Stubb will visit Kenya next week. The visit is planned for the autumn.',
      [['will visit Kenya next week', '2024-06-17', '2024-06-23'], ['The visit is planned for the autumn', '2024-09-01', '2024-11-30']]],
  ]);
});
