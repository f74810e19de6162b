/**
 * Unseen set 8, cause 11: an undated headline that restates the event the body dates is no second planned event. "The
 * Andean Council of Foreign Ministers will meet in Lima" over "... will hold an extraordinary meeting on 14 May in Lima"
 * is one meeting, stated by the body: the headline's words after its verb and the body's event share a name ("Lima").
 * A headline naming someone or somewhere else, or another kind of event, stays a plan of its own. Each text carries
 * its page date, the reference the body's dates are read against.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { onePlan, plansOf } from './plan-table.ts';

describe('an undated headline restating the body’s dated event is one plan, the body’s', () => {
  onePlan([
    ['Comunidad Andina\nNotas de prensa\n\nLima, 23 de abril de 2024\n\nThe Andean Council of Foreign Ministers will meet in Lima\n\nThe Secretariat General of the Andean Community announced that the Andean Council of Foreign Ministers will hold an extraordinary meeting on 14 May in Lima to review the trade agenda.',
      'an extraordinary meeting on 14 May in Lima', '2024-05-14', '2024-05-14', 'meeting'],
    ['Ministry of Foreign Affairs\n\n3 May 2024\n\nSADC ministers will convene in Gaborone\n\nThe Council of Ministers of the Southern African Development Community will convene an extraordinary session in Gaborone on 20 May.',
      'an extraordinary session in Gaborone on 20 May', '2024-05-20', '2024-05-20', 'meeting'],
  ]);
});

/** [text, the plans' evidence in order]: two events, the headline's kept. */
const twoEvents: [string, string[]][] = [
  // another counterpart: the subject ("Wong") is shared, the event is not
  ['Ministry of Foreign Affairs\n\n3 May 2024\n\nForeign Minister Wong will meet Sergey Lavrov\n\nForeign Minister Wong will meet Foreign Minister Wang Yi in Beijing on 10 May.',
    ['will meet Sergey Lavrov', 'will meet Foreign Minister Wang Yi in Beijing on 10 May']],
  // another place
  ['Ministry of Foreign Affairs\n\n3 May 2024\n\nMinisters will meet in Lima\n\nThe ministers will hold talks with the Chilean delegation in Santiago on 14 May.',
    ['will meet', 'talks with the Chilean delegation in Santiago on 14 May']],
  // the same place, another kind of event
  ['Ministry of Foreign Affairs\n\n3 May 2024\n\nThe Andean Council will meet in Lima\n\nThe President will visit Lima on 14 May.',
    ['will meet', 'will visit Lima on 14 May']],
  // another country visited
  ['Ministry of Foreign Affairs\n\n3 May 2024\n\nThe Foreign Minister will visit Japan\n\nThe Foreign Minister will visit Korea from 10 to 12 May.',
    ['will visit Japan', 'will visit Korea from 10 to 12 May']],
];

describe('a headline naming another event stays a plan of its own', () => {
  for (const [text, evidence] of twoEvents) {
    it(text.split('\n').at(-1)!, () => assert.deepEqual(plansOf(text).map((p) => p.evidence), evidence));
  }
});
