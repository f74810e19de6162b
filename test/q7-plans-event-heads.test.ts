/**
 * Event words of the seventh unseen-publisher set (q7-plans, cause 5 of test/fixtures/q2-unseen7/DIAGNOSIS.md): an
 * assembly that meets in sessions (the World Health Assembly, a Parliamentary Assembly), a named friendship exchange,
 * a media briefing ("will brief regional media"), and the dated start of a service or of operations ("is on track to
 * start passenger service by end-2026"). Each text opens with its dateline, the reference date. The negative rows are
 * similar-looking text that must stay without a plan: a parliament, an aim, a past act, an undated start.
 */
import { describe } from 'node:test';
import { noPlan, onePlan } from './plan-table.ts';

describe('assemblies that meet in sessions', () => {
  onePlan([
    ['Geneva, 18 December 2024\n\nThe negotiating body will present the draft agreement to the Seventy-eighth World Health Assembly in May 2025.',
      'the Seventy-eighth World Health Assembly in May 2025', '2025-05-01', '2025-05-31', 'meeting'],
    ['Geneva, 18 December 2024\n\nThe World Health Assembly will take place in Geneva from 19 to 27 May 2025.',
      'The World Health Assembly will take place in Geneva from 19 to 27 May 2025', '2025-05-19', '2025-05-27', 'meeting'],
    ['Strasbourg, 10 March 2024\n\nThe minister will address the Parliamentary Assembly of the Council of Europe in April.',
      'the Parliamentary Assembly of the Council of Europe in April', '2024-04-01', '2024-04-30', 'meeting'],
  ]);
  noPlan([
    'Hanoi, 6 September 2024\n\nThe National Assembly will debate the bill in October.',
    'Geneva, 18 December 2024\n\nThe World Health Assembly adopted the resolution in May 2024.',
    // A resolution named after the session that adopted it.
    'Washington, 14 June 2024\n\nThese efforts are bolstered by the 2024 World Health Assembly 77 resolution co-sponsored by the United States.',
  ]);
});

describe('a named friendship exchange', () => {
  onePlan([
    ['Hanoi, 6 September 2024\n\nThe two sides agreed to hold the Vietnam-China border defence friendship exchange in Lang Son province in December.',
      'the Vietnam-China border defence friendship exchange in Lang Son province in December', '2024-12-01', '2024-12-31', 'meeting'],
  ]);
  noPlan([
    'Hanoi, 6 September 2024\n\nThe two sides agreed to promote friendship exchanges between their peoples.',
    'Hanoi, 6 September 2024\n\nThe leaders held a friendship exchange on Thursday.',
  ]);
});

describe('a media briefing', () => {
  onePlan([
    ['Canberra, 12 June 2024\n\nThe Minister will brief the media on Friday.', 'will brief the media on Friday', '2024-06-14', '2024-06-14', 'other'],
    ['Castries, 20 May 2024\n\nThe Director General will brief regional media on the agenda on Thursday.',
      'will brief regional media on the agenda on Thursday', '2024-05-23', '2024-05-23', 'other'],
  ]);
  noPlan([
    'Castries, 20 May 2024\n\nThe Director General briefed regional media on Thursday.',
    'Castries, 20 May 2024\n\nThe minister will brief Cabinet on the outcome.',
    // The briefing under way, not one ahead.
    'Washington, 3 May 2022\n\nIt is the first time we have been able to hold an in-person press briefing at the Foreign Press Center in over two years.',
  ]);
});

describe('the dated start of a service or of operations', () => {
  onePlan([
    ['Singapore, 7 January 2025\n\nThe leaders visited the Rapid Transit System Link, which is on track to start passenger service by end-2026.',
      'is on track to start passenger service by end-2026', '2025-01-07', '2026-12-31', 'other'],
    ['Jakarta, 7 January 2025\n\nThe new airport will begin commercial operations in March 2026.',
      'will begin commercial operations in March 2026', '2026-03-01', '2026-03-31', 'other'],
  ]);
  noPlan([
    'Singapore, 7 January 2025\n\nThe project is on track to start passenger service.',
    'Singapore, 7 January 2025\n\nThe line started passenger service in 2024.',
    'Singapore, 7 January 2025\n\nBoth sides will start negotiations on a free trade agreement.',
    // A target met, not an event.
    'Washington, 7 February 2023\n\nThe agency pledged to hire 280 specialists and is on track to meet this goal by the end of 2023.',
  ]);
});
