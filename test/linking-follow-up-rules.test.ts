/**
 * Follow-up rules that keep a plan from being marked held by the wrong meeting, and let an occasion (an organisation
 * such as APEC) in a plan's countries find its meeting: level, destination, occasion; and the window a store looks
 * in (`followUpWindow`).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { followUpWindow, heldCandidatesOf, planSidesOf, scoreFollowUp } from '../src/linking/follow-up-match.ts';
import { doc, meeting, person, plan } from './linking-fixtures.ts';

const kono = person('Taro Kono', 'JP', 'Minister for Foreign Affairs');
const lavrov = person('Sergey Lavrov', 'RU', 'Minister of Foreign Affairs');
const abe = person('Shinzo Abe', 'JP', 'Prime Minister');
const putin = person('Vladimir Putin', 'RU', 'President');

/** A foreign ministers' meeting in New York that announces `plans`. */
function announcing(plans: ReturnType<typeof plan>[]) {
  return doc({
    key: 'announce', published: '2017-09-18', title: 'Japan-Russia Foreign Ministers’ Meeting',
    meetings: [meeting({ date: '2017-09-18', level: 'foreign-minister', countries: ['JP', 'RU'], place: 'New York', participants: [kono, lavrov] })],
    plans,
  });
}

/** A later held candidate: one meeting of a document. */
function held(key: string, spec: Parameters<typeof meeting>[0], title: string | null = null) {
  const candidates = heldCandidatesOf(doc({ key, published: spec.date ?? null, title, meetings: [meeting(spec)] }));
  return candidates[0]!;
}

const daNangSummit = held('summit', { date: '2017-11-10', level: 'leader', countries: ['JP', 'RU'], place: 'Da Nang', occasion: 'APEC Economic Leaders’ Meeting', participants: [abe, putin] }, 'Japan-Russia Summit Meeting');

describe('level: a plan that states a level is held only by a meeting of that level', () => {
  it('a director-general-level working group is not held by a leaders’ summit, but by a working-group meeting', () => {
    const [side] = planSidesOf(announcing([plan({ evidence: 'a director-general-level working group', kind: 'meeting' })]));
    assert.equal(scoreFollowUp(side!, daNangSummit), null);
    const group = held('group', { date: '2017-10-20', level: 'senior-official', countries: ['JP', 'RU'], place: 'Tokyo' }, 'Director-General-level Working Group on joint economic activities');
    assert.ok(scoreFollowUp(side!, group));
  });

  it('a vice-ministerial dialogue is not held by a leaders’ summit, but by a vice-ministerial meeting', () => {
    const [side] = planSidesOf(announcing([plan({ evidence: 'vice-ministerial-level dialogue promptly', kind: 'dialogue' })]));
    assert.equal(scoreFollowUp(side!, daNangSummit), null);
    const dialogue = held('vice', { date: '2017-12-01', level: 'vice-minister', countries: ['JP', 'RU'], place: 'Moscow' }, 'Japan-Russia Vice-Ministerial Strategic Dialogue');
    assert.ok(scoreFollowUp(side!, dialogue));
  });
});

describe('destination: a visit is held only where it goes', () => {
  const [visit] = planSidesOf(announcing([plan({ evidence: 'Minister Kono’s visit to Russia, which will take place in November or December', kind: 'visit', start: '2017-11-01', end: '2017-12-31', countries: ['RU'], people: ['Kono'] })]));

  it('a visit to Russia is not held by a meeting in Vietnam', () => {
    assert.equal(scoreFollowUp(visit!, daNangSummit), null);
  });

  it('it is held by the foreign ministers’ meeting in Moscow', () => {
    const moscow = held('moscow', { date: '2017-11-24', level: 'foreign-minister', countries: ['JP', 'RU'], place: 'Moscow', participants: [kono, lavrov] });
    const match = scoreFollowUp(visit!, moscow);
    assert.ok(match);
    assert.ok(match.matched.some((m) => m.field === 'place' && /visit to RU/.test(m.note)));
  });
});

describe('occasion: an organisation in a plan’s countries is where it happens, not a side', () => {
  const [summit] = planSidesOf(announcing([plan({ evidence: 'a summit meeting that will be held on the occasion of the APEC meeting in November', kind: 'meeting', start: '2017-11-01', end: '2017-11-30', countries: ['APEC'] })]));

  it('its sides are the announcing meeting’s; a store looks for JP-RU events in the month (with slack)', () => {
    assert.deepEqual(followUpWindow(summit!), { sides: ['JP', 'RU'], from: '2017-10-25', to: '2017-12-07' });
  });

  it('the JP-RU summit at APEC holds it; a JP-RU summit elsewhere in November does not name the occasion', () => {
    const match = scoreFollowUp(summit!, daNangSummit);
    assert.ok(match);
    assert.ok(match.matched.some((m) => m.field === 'countries' && m.note === 'APEC'));
    const elsewhere = held('tokyo', { date: '2017-11-20', level: 'leader', countries: ['JP', 'RU'], place: 'Tokyo', participants: [abe, putin] });
    assert.equal(scoreFollowUp(summit!, elsewhere), null);
  });

  it('an organisation is never a side of the window', () => {
    const [un] = planSidesOf(announcing([plan({ evidence: 'the summit of UN Security Council permanent members', kind: 'meeting', countries: ['UN'] })]));
    assert.deepEqual(followUpWindow(un!)?.sides, ['JP', 'RU']);
  });
});

describe('followUpWindow', () => {
  it('an undated plan is looked for in the 400 days after its announcement; an open-ended one for two years from its start', () => {
    const [undated, open] = planSidesOf(announcing([
      plan({ evidence: 'a visit at an early date', kind: 'visit' }),
      plan({ evidence: 'consultations from October onwards', kind: 'dialogue', start: '2017-10-01', end: null }),
    ]));
    assert.deepEqual(followUpWindow(undated!), { sides: ['JP', 'RU'], from: '2017-09-18', to: '2018-10-23' });
    assert.deepEqual(followUpWindow(open!), { sides: ['JP', 'RU'], from: '2017-09-24', to: '2019-10-01' });
  });

  it('null without an announcement date', () => {
    const [side] = planSidesOf(doc({ key: 'x', meetings: [meeting({ countries: ['JP', 'RU'] })], plans: [plan({ evidence: 'a meeting', kind: 'meeting' })] }));
    assert.equal(followUpWindow(side!), null);
  });
});

describe('level of an unnamed visit: announced at a leaders’ meeting, it is the leaders’ own', () => {
  const limaSummit = doc({
    key: 'lima', published: '2016-11-20', title: 'Meeting with Prime Minister of Japan Shinzo Abe',
    meetings: [meeting({ date: '2016-11-20', level: 'leader', countries: ['JP', 'RU'], place: 'Lima', participants: [abe, putin] })],
    plans: [plan({ evidence: 'the proper preparatory work underway for your visit to Japan', kind: 'visit', countries: ['JP'] })],
  });
  const [visit] = planSidesOf(limaSummit);
  const ministers = held('ministers', { date: '2017-03-20', level: 'foreign-minister', countries: ['JP', 'RU'], place: 'Tokyo', participants: [kono, lavrov] }, 'Japan-Russia Foreign Ministers’ Meeting');
  const summit = held('yamaguchi', { date: '2016-12-15', level: 'leader', countries: ['JP', 'RU'], place: 'Nagato', participants: [abe, putin] }, 'Japan-Russia Summit Meeting');

  it('“your visit to Japan” said at a summit is not held by a foreign ministers’ meeting in Tokyo', () => {
    assert.equal(scoreFollowUp(visit!, ministers), null);
  });

  it('it is held by the leaders’ meeting in Japan', () => {
    const match = scoreFollowUp(visit!, summit);
    assert.ok(match);
    assert.ok(match.matched.some((m) => m.field === 'level' && m.note === 'leader'));
  });

  it('the same words at a foreign ministers’ meeting imply no level', () => {
    const [side] = planSidesOf(announcing([plan({ evidence: 'the proper preparatory work underway for your visit to Japan', kind: 'visit', countries: ['JP'] })]));
    const later = held('ministers-later', { date: '2017-12-01', level: 'foreign-minister', countries: ['JP', 'RU'], place: 'Tokyo', participants: [kono, lavrov] }, 'Japan-Russia Foreign Ministers’ Meeting');
    assert.ok(scoreFollowUp(side!, later));
  });
});
