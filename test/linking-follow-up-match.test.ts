/**
 * Follow-ups: a planned event is held by a later meeting or a later past reference that agrees on kind, countries,
 * people, place and time; never by something earlier than its announcement, a call for a planned visit, or a
 * meeting elsewhere. Status as of a date: held, overdue (interval ended), pending (not ended, or no time).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { followUpStatus, heldCandidatesOf, matchFollowUp, planSidesOf, rankFollowUps } from '../src/linking/follow-up-match.ts';
import type { PlanSide } from '../src/linking/follow-up-match.ts';
import { doc, meeting, person, plan, reference } from './linking-fixtures.ts';
import type { PlanSpec } from './linking-fixtures.ts';

const abe = person('Shinzo Abe', 'JP', 'Prime Minister');
const putin = person('Vladimir Putin', 'RU', 'President');

/** A plan announced at a Japan–Russia summit on 2016-11-19. */
function announced(spec: PlanSpec): PlanSide {
  const d = doc({ key: 'plan-doc', publisher: 'MOFA', published: '2016-11-19', meetings: [meeting({ date: '2016-11-19', countries: ['JP', 'RU'], participants: [abe, putin], place: 'Lima' })], plans: [plan(spec)] });
  return planSidesOf(d)[0] as PlanSide;
}

const VISIT_NEXT_MONTH = announced({ evidence: 'President Putin’s visit to Japan, which is scheduled for next month', kind: 'visit', start: '2016-12-01', end: '2016-12-31', countries: ['JP'], people: ['Vladimir Putin'] });

const held = (key: string, date: string, extra: Partial<Parameters<typeof meeting>[0]> = {}) =>
  heldCandidatesOf(doc({ key, publisher: 'Kantei', published: date, meetings: [meeting({ date, countries: ['JP', 'RU'], participants: [abe, putin], ...extra })] }));

describe('matchFollowUp', () => {
  test('a later meeting in the interval, with the planned person, holds the plan', () => {
    const match = matchFollowUp(VISIT_NEXT_MONTH, held('nagato', '2016-12-15', { place: 'Nagato' }));
    assert.ok(match);
    assert.equal(match.candidate.docKey, 'nagato');
    const fields = match.matched.map((m) => m.field);
    for (const f of ['interval', 'people', 'place', 'countries'] as const) assert.ok(fields.includes(f), `${f} in ${fields.join(',')}`);
    assert.ok(match.heldEvidence.length > 0);
  });

  test('a past reference in a later readout holds the plan ("in Yamaguchi last year")', () => {
    const later = heldCandidatesOf(doc({ key: 'march', published: '2017-03-20', meetings: [meeting({ date: '2017-03-20', level: 'foreign-minister', countries: ['JP', 'RU'] })], references: [reference('the Summit Meeting in Yamaguchi last year')] }));
    const match = matchFollowUp(VISIT_NEXT_MONTH, later);
    assert.equal(match?.candidate.id, 'march#ref0');
    assert.ok(match?.matched.some((m) => m.field === 'interval' && m.note.startsWith('2016-01-01..2016-12-31')));
  });

  const never: readonly [name: string, candidates: ReturnType<typeof held>][] = [
    ['an earlier meeting', held('before', '2016-11-10')],
    ['a later report of the meeting it was announced at', held('kremlin', '2016-11-20', { place: 'Lima' })],
    ['a meeting outside the interval', held('february', '2017-02-10')],
    ['a telephone call', held('call', '2016-12-15', { mode: 'telephone' })],
    ['a meeting in another country (a visit to Japan)', held('moscow', '2016-12-15', { place: 'Moscow' })],
    ['a meeting without the planned person', held('kishida', '2016-12-15', { level: 'foreign-minister', participants: [person('Fumio Kishida', 'JP'), person('Sergey Lavrov', 'RU')] })],
    ['a meeting of other countries', heldCandidatesOf(doc({ key: 'us', published: '2016-12-15', meetings: [meeting({ date: '2016-12-15', countries: ['JP', 'US'], participants: [abe] })] }))],
  ];
  for (const [name, candidates] of never) {
    test(`not held by ${name}`, () => {
      assert.equal(matchFollowUp(VISIT_NEXT_MONTH, candidates), null);
    });
  }

  test('a plan without a time needs a specific agreement and is held by the first fulfilling event', () => {
    const vague = announced({ evidence: 'an unofficial visit to Russia by Prime Minister Abe at an appropriate time', kind: 'visit', countries: ['RU'], people: ['Shinzo Abe'] });
    const ranked = rankFollowUps(vague, [...held('sept', '2017-09-07', { place: 'Vladivostok' }), ...held('may', '2017-04-27', { place: 'Moscow' }), ...held('tokyo', '2017-01-10', { place: 'Tokyo' })]);
    assert.deepEqual(ranked.map((m) => m.candidate.docKey), ['may', 'sept']);
    const generic = announced({ evidence: 'a summit meeting', kind: 'meeting' });
    assert.equal(matchFollowUp(generic, held('any', '2017-01-10')), null, 'no time, nothing specific: not matched');
  });

  test('an approximate day has a week of slack, an exact one a day', () => {
    const around = announced({ evidence: 'a visit that will take place around December 23rd', kind: 'visit', start: '2016-12-23', approximate: true, countries: ['JP'], people: ['Vladimir Putin'] });
    const exact = announced({ evidence: 'a visit on December 23rd', kind: 'visit', start: '2016-12-23', countries: ['JP'], people: ['Vladimir Putin'] });
    const candidates = held('dec27', '2016-12-27', { place: 'Tokyo' });
    assert.ok(matchFollowUp(around, candidates));
    assert.equal(matchFollowUp(exact, candidates), null);
    assert.ok(matchFollowUp(exact, held('dec24', '2016-12-24', { place: 'Tokyo' })));
  });
});

describe('followUpStatus', () => {
  const dated = { start: '2016-12-01', end: '2016-12-31' };
  const cases: readonly [name: string, p: { start: string | null; end: string | null }, held: boolean, asOf: string, status: string][] = [
    ['interval not ended', dated, false, '2016-12-31', 'pending'],
    ['interval ended', dated, false, '2017-01-01', 'overdue'],
    ['matched', dated, true, '2017-06-01', 'held'],
    ['a day in the past', { start: '2016-12-15', end: '2016-12-15' }, false, '2016-12-16', 'overdue'],
    ['open-ended', { start: '2016-10-01', end: null }, false, '2030-01-01', 'pending'],
    ['vague ("promptly")', { start: null, end: null }, false, '2030-01-01', 'pending'],
  ];
  for (const [name, p, isHeld, asOf, status] of cases) {
    test(`${name} as of ${asOf}: ${status}`, () => {
      const match = isHeld ? matchFollowUp(VISIT_NEXT_MONTH, held('nagato', '2016-12-15', { place: 'Nagato' })) : null;
      assert.equal(followUpStatus(p, match, asOf), status);
    });
  }
});
