/**
 * Plan-phrase boundaries of the seventh unseen-publisher set (q7-plans, cause 6 of test/fixtures/q2-unseen7/
 * DIAGNOSIS.md): a held meeting that frames a report ("said after the talks that ...") is not the event ahead; a
 * "<time>, when <event>" clause dates the event with the time before it; a governing board or council that "meets"
 * at a time ahead (the scheduling present) is a meeting. Each text opens with its dateline, the reference date. The
 * negative rows are similar-looking text that must keep its reading.
 */
import { describe } from 'node:test';
import { noPlan, onePlan } from './plan-table.ts';

describe('a held meeting framing a report is not the event ahead', () => {
  onePlan([
    ['Warsaw, 15 April 2024\n\nKosiniak-Kamysz said after the talks that Pistorius had accepted an invitation to visit Warsaw in early May.',
      'invitation to visit Warsaw in early May', '2024-05-01', '2024-05-10', 'visit'],
    ['Warsaw, 15 April 2024\n\nThe minister told reporters after the meeting that the President would visit Berlin in June.',
      'would visit Berlin in June', '2024-06-01', '2024-06-30', 'visit'],
    // Not a frame: a relative clause of the meeting itself.
    ['Warsaw, 15 April 2024\n\nThe minister said the talks that will be held in May are important.',
      'the talks that will be held in May', '2024-05-01', '2024-05-31', 'meeting'],
  ]);
});

describe('"<time>, when <event>": the time before the clause', () => {
  onePlan([
    ['Warsaw, 15 April 2024\n\nPistorius is expected in Warsaw in early May, when the two ministers are to sign a letter of intent on military mobility.',
      'are to sign a letter', '2024-05-01', '2024-05-10', 'signing'],
  ]);
  noPlan([
    'Warsaw, 15 April 2024\n\nIn 2019, when the ministers signed the treaty, relations improved.',
  ]);
});

describe('a board or council that meets at a time ahead', () => {
  onePlan([
    ['Vienna, 14 November 2024\n\nGrossi will report to the IAEA Board of Governors, which meets in Vienna next week.',
      'the IAEA Board of Governors, which meets in Vienna next week', '2024-11-18', '2024-11-24', 'meeting'],
    ['Brussels, 14 November 2024\n\nThe Foreign Affairs Council meets on 18 November in Brussels.',
      'The Foreign Affairs Council meets on 18 November', '2024-11-18', '2024-11-18', 'meeting'],
  ]);
  noPlan([
    'Vienna, 14 November 2024\n\nThe Board of Governors adopted a resolution in June.',
    'Vienna, 14 November 2024\n\nThe Board of Governors met in Vienna last week.',
    'Vienna, 14 November 2024\n\nThe committee meets regularly in Vienna.',
    // A seat on a board, not its meeting.
    'Washington, 14 January 2022\n\nThe President nominated Jerome Powell to be a Member of the Board of Governors of the Federal Reserve System for a term of fourteen years from February 1, 2022.',
  ]);
});

describe('a participle appositive between the subject and its predicate', () => {
  onePlan([
    ['Gaborone, 13 October 2022\n\nThe Summit of the Commission, to be co-chaired by the two Presidents, is scheduled to take place in Gaborone.',
      'The Summit of the Commission, to be co-chaired by the two Presidents, is scheduled', null, null, 'meeting'],
  ]);
  noPlan([
    'Gaborone, 13 October 2022\n\nThe Summit of the Commission, co-chaired by the two Presidents, took place in Gaborone.',
  ]);
});

describe('"is in <country> to co-chair": the purpose of the visit under way, not a later event', () => {
  onePlan([
    ['Gaborone, 13 October 2022\n\nThe Minister will co-chair the Ministerial Session of the Bi-National Commission.',
      'the Ministerial Session of the Bi-National Commission', null, null, 'meeting'],
  ]);
  noPlan([
    'Gaborone, 13 October 2022\n\nDr Kwape is in Zimbabwe to co-chair the Ministerial Session of the Bi-National Commission.',
    'Gaborone, 13 October 2022\n\nThe Minister arrived in Harare to chair the Joint Permanent Commission on Cooperation.',
  ]);
});
