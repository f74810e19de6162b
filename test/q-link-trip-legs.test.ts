/**
 * Legs of an announced trip: "will pay a State Visit to the United States from 21-24 June ... He will then travel to
 * Washington DC" — the leg gives no time of its own and takes the trip's, so it is held by the meeting during the
 * trip, not by a later meeting in the same city. Legs elsewhere, vague times, far-away sentences and season-long
 * intervals do not inherit.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { PlannedEvent } from '../src/domain/record.ts';
import { heldCandidatesOf, planSidesOf, rankFollowUps, tripIntervalOf } from '../src/linking/follow-up-match.ts';
import { doc, meeting, person, plan, reference } from './linking-fixtures.ts';

/** A plan whose evidence sits at `start` in the text (offsets are what tie a leg to its trip). */
function at(start: number, p: PlannedEvent, whenText: string | null = p.whenText): PlannedEvent {
  const e = p.provenance.evidence;
  return { ...p, whenText, provenance: { ...p.provenance, evidence: { ...e, start, end: start + e.text.length } } };
}

const stateVisit = at(100, plan({ evidence: 'will pay an Official State Visit to the United States of America from 21-24 June 2023', kind: 'visit', start: '2023-06-21', end: '2023-06-24', countries: ['US'] }));

describe('tripIntervalOf', () => {
  const cases: readonly [label: string, leg: PlannedEvent, others: PlannedEvent[], expected: [string, string] | null][] = [
    ['a leg to a city of the destination', at(300, plan({ evidence: 'will then travel to Washington DC', kind: 'visit', countries: ['US'] })), [stateVisit], ['2023-06-21', '2023-06-24']],
    ['talks during the trip', at(250, plan({ evidence: 'hold talks with President Biden', kind: 'meeting', people: ['Biden'] })), [stateVisit], ['2023-06-21', '2023-06-24']],
    // Negative cases.
    ['a leg to another country', at(300, plan({ evidence: 'will then travel to Canada', kind: 'visit', countries: ['CA'] })), [stateVisit], null],
    ['a leg with a vague time of its own', at(300, plan({ evidence: 'will visit Washington at an early date', kind: 'visit', countries: ['US'] }), 'at an early date'), [stateVisit], null],
    ['a plan far from the visit', at(900, plan({ evidence: 'will then travel to Washington DC', kind: 'visit', countries: ['US'] })), [stateVisit], null],
    ['a plan before the visit', at(10, plan({ evidence: 'will travel to Washington DC', kind: 'visit', countries: ['US'] })), [stateVisit], null],
    ['a survey is no leg', at(300, plan({ evidence: 'a joint survey', kind: 'survey' })), [stateVisit], null],
    ['a season is no trip', at(300, plan({ evidence: 'will then travel to Washington DC', kind: 'visit', countries: ['US'] })),
      [at(100, plan({ evidence: 'will visit the United States this summer', kind: 'visit', start: '2023-06-01', end: '2023-08-31', countries: ['US'] }))], null],
  ];
  for (const [label, leg, others, expected] of cases) {
    test(label, () => {
      const interval = tripIntervalOf(leg, [...others, leg]);
      assert.deepEqual(interval === null ? null : [interval.start, interval.end], expected);
    });
  }
});

test('the leg is held by the meeting during the trip, not a later meeting in the same city', () => {
  const leg = at(300, plan({ evidence: 'will then travel to Washington DC', kind: 'visit', countries: ['US'] }));
  const announcement = doc({ key: 'mea', published: '2023-06-02', publisher: 'MEA', plans: [stateVisit, leg] });
  const whiteHouse = doc({ key: 'wh', published: '2023-06-22', publisher: 'The White House', meetings: [meeting({ date: '2023-06-22', countries: ['IN', 'US'], participants: [person('Joe Biden', 'US', 'President'), person('Narendra Modi', 'IN', 'Prime Minister')] })] });
  const later = doc({ key: 'mea-sept', published: '2023-09-30', publisher: 'MEA', meetings: [meeting({ date: '2023-09-29', level: 'foreign-minister', countries: ['IN', 'US'], place: 'Washington', participants: [person('Subrahmanyam Jaishankar', 'IN', 'External Affairs Minister'), person('Antony Blinken', 'US', 'Secretary of State')] })] });
  const candidates = [whiteHouse, later].flatMap(heldCandidatesOf);
  const legSide = planSidesOf(announcement)[1]!;
  assert.deepEqual([legSide.plan.start, legSide.plan.end], ['2023-06-21', '2023-06-24']);
  assert.deepEqual(rankFollowUps(legSide, candidates).map((m) => m.candidate.docKey), ['wh']);
});

test('talks during a visit to France are talks in France: not held by another dyad\'s meeting during the trip', () => {
  const visit = at(100, plan({ evidence: 'will visit France on 13-14 July 2023', kind: 'visit', start: '2023-07-13', end: '2023-07-14', countries: ['FR'] }));
  const talks = at(160, plan({ evidence: 'The Prime Minister will hold talks with President Macron', kind: 'meeting', people: ['Emmanuel Macron'] }));
  const announcement = doc({ key: 'mea', published: '2023-07-10', publisher: 'MEA', plans: [visit, talks] });
  const elysee = doc({ key: 'elysee', published: '2023-07-14', publisher: 'Élysée', meetings: [meeting({ date: '2023-07-14', countries: ['FR', 'IN'], place: 'Paris', participants: [person('Emmanuel Macron', 'FR', 'President'), person('Narendra Modi', 'IN', 'Prime Minister')] })] });
  const jakarta = doc({ key: 'state', published: '2023-07-13', publisher: 'U.S. Department of State', meetings: [meeting({ date: '2023-07-13', level: 'foreign-minister', countries: ['CN', 'US'], place: 'Jakarta', participants: [person('Antony Blinken', 'US', 'Secretary of State'), person('Wang Yi', 'CN', null)] })] });
  const side = planSidesOf(announcement)[1]!;
  assert.deepEqual(side.plan.countries, ['FR']);
  assert.deepEqual(rankFollowUps(side, [elysee, jakarta].flatMap(heldCandidatesOf)).map((m) => m.candidate.docKey), ['elysee']);
});

test('a past reference to "discussions" is a meeting that may hold a planned trip', () => {
  const trip = plan({ evidence: 'The Secretary will travel to Beijing June 16-21', kind: 'visit', start: '2023-06-16', end: '2023-06-21', countries: ['CN'] });
  const call = doc({ key: 'call', published: '2023-06-13', publisher: 'U.S. Department of State', plans: [trip], meetings: [meeting({ date: '2023-06-13', mode: 'telephone', level: 'foreign-minister', countries: ['CN', 'US'] })] });
  const later = (words: string) => doc({ key: 'later', published: '2023-07-13', publisher: 'U.S. Department of State', references: [reference(words)], meetings: [meeting({ date: '2023-07-13', level: 'foreign-minister', countries: ['CN', 'US'], place: 'Jakarta' })] });
  const held = (words: string) => rankFollowUps(planSidesOf(call)[0]!, heldCandidatesOf(later(words))).map((m) => m.candidate.id);
  assert.deepEqual(held('his discussions in Beijing last month'), ['later#ref0']);
  // Negative: the same words without an event ("his remarks") hold nothing.
  assert.deepEqual(held('his remarks in Beijing last month'), []);
});
