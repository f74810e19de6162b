/**
 * Same meeting across sources: tolerances (a day for time zones; titles, spellings and durations may differ), the
 * rules that block a merge (two bilaterals on one day, different counterparts, mode, a publisher's distinct
 * readouts, undated sides without strong agreement), and the deterministic clustering.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterMeetings, compareMeetings, meetingSidesOf } from '../src/linking/meeting-merge.ts';
import type { MeetingSide } from '../src/linking/meeting-merge.ts';
import { doc, meeting, person } from './linking-fixtures.ts';
import type { DocSpec, MeetingSpec } from './linking-fixtures.ts';

const abe = person('Shinzo Abe', 'JP', 'Prime Minister');
const putin = person('Vladimir Putin', 'RU', 'President');
const putinVariant = person('Vladimir Vladimirovich Putin', 'RU', 'President of the Russian Federation');

function side(spec: Omit<DocSpec, 'meetings'> & { meeting: MeetingSpec }): MeetingSide {
  const sides = meetingSidesOf(doc({ ...spec, meetings: [meeting(spec.meeting)] }));
  return sides[0] as MeetingSide;
}

const LIMA_JP = side({ key: 'jp', publisher: 'MOFA Japan', published: '2016-11-19', meeting: { date: '2016-11-19', countries: ['JP', 'RU'], participants: [abe, putin], place: 'Lima', durationMinutes: 70 } });
const LIMA_RU = side({ key: 'ru', publisher: 'Kremlin', published: '2016-11-20', meeting: { date: '2016-11-20', countries: ['RU', 'JP'], participants: [putinVariant, person('Shinzo Abe', 'JP')], place: 'Lima', durationMinutes: null } });

describe('compareMeetings: same meeting', () => {
  test('dates one day apart (time zones), spellings and durations differ', () => {
    const d = compareMeetings(LIMA_JP, LIMA_RU);
    assert.equal(d.same, true, JSON.stringify(d.blockers));
    assert.equal(d.dateGapDays, 1);
    const fields = d.matched.map((m) => m.field);
    for (const f of ['mode', 'countries', 'date', 'participants', 'place'] as const) assert.ok(fields.includes(f), `${f} matched`);
    const date = d.matched.find((m) => m.field === 'date');
    assert.deepEqual([date?.a.value, date?.b.value], ['2016-11-19', '2016-11-20']);
    assert.equal(date?.a.evidence[0]?.text, '2016-11-19', 'each side keeps its own evidence');
    assert.deepEqual(d.conflicts.map((c) => c.field), ['date']);
  });

  test('undated repost merges through its URL month, participants and a single candidate', () => {
    const dated = side({ key: 'kantei', publisher: 'Kantei', published: '2016-05-06', meeting: { date: '2016-05-06', countries: ['JP', 'RU'], participants: [abe, putin] } });
    const undated = side({ key: 'embassy', publisher: 'Embassy', url: 'http://example.org/news/2016/05/meeting-with-abe.html', meeting: { date: null, countries: ['JP', 'RU'], participants: [putin, abe] } });
    assert.equal(undated.window?.source, 'url');
    assert.equal(compareMeetings(dated, undated).same, true);
    const noUrl = side({ key: 'embassy', publisher: 'Embassy', meeting: { date: null, countries: ['JP', 'RU'], participants: [putin, abe] } });
    assert.deepEqual(compareMeetings(dated, noUrl).blockers.map((b) => b.code), ['no-date'], 'nothing dates it: never merged');
  });
});

describe('compareMeetings: never merged', () => {
  const summit = (key: string, counterpart: ReturnType<typeof person>, countries: string[]): MeetingSide =>
    side({ key, publisher: 'White House', published: '2021-06-12', title: `Meeting with ${counterpart.name}`, meeting: { date: '2021-06-12', countries, participants: [person('Joe Biden', 'US'), counterpart], place: 'Cornwall', occasion: 'G7 Summit' } });
  const cases: readonly [name: string, a: MeetingSide, b: MeetingSide, blocker: string][] = [
    ['two bilaterals of one leader on one summit day', summit('a', person('Yoshihide Suga', 'JP'), ['JP', 'US']), summit('b', person('Boris Johnson', 'GB'), ['GB', 'US']), 'countries'],
    [
      'same countries, different counterpart',
      side({ key: 'a', publisher: 'State', title: 'Call with FM', meeting: { date: '2022-03-02', mode: 'telephone', level: null, countries: ['UA', 'US'], participants: [person('Antony Blinken', 'US'), person('Dmytro Kuleba', 'UA')] } }),
      side({ key: 'b', publisher: 'Pentagon', title: 'Call with DM', meeting: { date: '2022-03-02', mode: 'telephone', level: null, countries: ['UA', 'US'], participants: [person('Lloyd Austin', 'US'), person('Oleksii Reznikov', 'UA')] } }),
      'participants',
    ],
    ['different mode', LIMA_JP, side({ key: 'c', meeting: { date: '2016-11-19', mode: 'telephone', countries: ['JP', 'RU'], participants: [abe, putin] } }), 'mode'],
    ['two days apart', LIMA_JP, side({ key: 'c', meeting: { date: '2016-11-21', countries: ['JP', 'RU'], participants: [abe, putin] } }), 'date-gap'],
    ['different levels', LIMA_JP, side({ key: 'c', meeting: { date: '2016-11-19', level: 'foreign-minister', countries: ['JP', 'RU'] } }), 'level'],
    [
      'one publisher, two readouts (different titles)',
      side({ key: 'a', publisher: 'State', published: '2022-04-20', title: 'Meeting with the NATO Deputy Secretary General', meeting: { date: null, countries: ['NATO', 'US'], participants: [person('Wendy Sherman', 'US')] } }),
      side({ key: 'b', publisher: 'State', published: '2022-04-20', title: 'Meeting with NATO Permanent Representatives', meeting: { date: null, countries: ['NATO', 'US'], participants: [person('Wendy Sherman', 'US')] } }),
      'same-publisher',
    ],
    [
      'one publisher, same title, consecutive days (two calls)',
      side({ key: 'a', publisher: 'State', published: '2022-03-02', title: 'Call with Foreign Minister Kuleba', meeting: { date: null, mode: 'telephone', countries: ['UA', 'US'], participants: [person('Antony Blinken', 'US'), person('Dmytro Kuleba', 'UA')] } }),
      side({ key: 'b', publisher: 'State', published: '2022-03-03', title: 'Call with Foreign Minister Kuleba', meeting: { date: null, mode: 'telephone', countries: ['UA', 'US'], participants: [person('Antony Blinken', 'US'), person('Dmytro Kuleba', 'UA')] } }),
      'same-publisher',
    ],
    [
      'undated sides published days apart',
      side({ key: 'a', publisher: 'State', published: '2022-07-30', meeting: { date: null, mode: 'telephone', countries: ['UA', 'US'], participants: [person('Antony Blinken', 'US'), person('Dmytro Kuleba', 'UA')] } }),
      side({ key: 'b', publisher: 'White House', published: '2022-08-01', meeting: { date: null, mode: 'telephone', countries: ['UA', 'US'], participants: [person('Antony Blinken', 'US'), person('Dmytro Kuleba', 'UA')] } }),
      'window-disjoint',
    ],
    [
      'only one side identified (a domestic meeting)',
      side({ key: 'a', publisher: 'WH', published: '2021-04-12', meeting: { date: '2021-04-12', countries: ['US'], participants: [person('Joe Biden', 'US')] } }),
      side({ key: 'b', publisher: 'Congress', published: '2021-04-12', meeting: { date: '2021-04-12', countries: ['US'], participants: [person('Joe Biden', 'US')] } }),
      'countries',
    ],
    [
      'undated side agreeing on nothing specific',
      LIMA_JP,
      side({ key: 'c', published: '2016-11-20', meeting: { date: null, countries: ['JP', 'RU'] } }),
      'weak-agreement',
    ],
  ];
  for (const [name, a, b, blocker] of cases) {
    test(name, () => {
      const d = compareMeetings(a, b);
      assert.equal(d.same, false);
      assert.ok(d.blockers.some((x) => x.code === blocker), `expected ${blocker}, got ${d.blockers.map((x) => x.code).join(', ')}`);
      assert.equal(compareMeetings(b, a).same, false, 'symmetric');
    });
  }
  test('two meetings of one document', () => {
    const sides = meetingSidesOf(doc({ key: 'x', meetings: [meeting({ date: '2016-11-19', countries: ['JP', 'RU'], participants: [abe, putin] }), meeting({ date: '2016-11-19', countries: ['JP', 'RU'], participants: [abe, putin] })] }));
    assert.equal(compareMeetings(sides[0] as MeetingSide, sides[1] as MeetingSide).blockers[0]?.code, 'same-document');
  });
});

describe('clusterMeetings', () => {
  const at = (key: string, date: string, publisher: string): MeetingSide =>
    side({ key, publisher, published: date, meeting: { date, countries: ['JP', 'RU'], participants: [abe, putin] } });

  test('merges sources of one meeting, keeps every value with its sources, and is order-independent', () => {
    const others = [side({ key: 'z-other', publisher: 'X', meeting: { date: '2016-11-19', countries: ['JP', 'US'], participants: [abe, person('Barack Obama', 'US')] } })];
    const forward = clusterMeetings([LIMA_JP, LIMA_RU, ...others]);
    const backward = clusterMeetings([...others, LIMA_RU, LIMA_JP]);
    assert.deepEqual(forward.map((m) => m.sides.map((s) => s.id)), backward.map((m) => m.sides.map((s) => s.id)));
    const lima = forward.find((m) => m.sides.length === 2);
    assert.ok(lima);
    assert.equal(lima.id, 'jp#0');
    assert.equal(lima.date, '2016-11-19');
    const date = lima.fields.find((f) => f.field === 'date');
    assert.equal(date?.conflict, true);
    assert.deepEqual(date?.values.map((v) => [v.value, v.sources.map((s) => s.docKey)]), [['2016-11-19', ['jp']], ['2016-11-20', ['ru']]]);
    const putinEntry = lima.participants.find((p) => p.country === 'RU');
    assert.equal(putinEntry?.name, 'Vladimir Vladimirovich Putin');
    assert.equal(putinEntry?.sources.length, 2);
    assert.equal(lima.links.length, 1);
  });

  test('complete link: a chain of one-day gaps does not drift over two days', () => {
    const merged = clusterMeetings([at('a', '2016-11-19', 'P1'), at('b', '2016-11-20', 'P2'), at('c', '2016-11-21', 'P3')]);
    assert.ok(merged.every((m) => {
      const dates = m.sides.map((s) => s.meeting.date as string).sort();
      return dates.length < 2 || Date.parse(dates[dates.length - 1] as string) - Date.parse(dates[0] as string) <= 86_400_000;
    }));
    assert.equal(merged.length, 2);
  });

  test('an undated side matching two different meetings is ambiguous and merges with neither', () => {
    const undated = side({ key: 'u', publisher: 'Embassy', url: 'https://example.org/2016/09/abe-putin', meeting: { date: null, countries: ['JP', 'RU'], participants: [abe, putin] } });
    const merged = clusterMeetings([at('a', '2016-09-02', 'P1'), at('b', '2016-09-20', 'P2'), undated]);
    assert.equal(merged.length, 3);
  });
});
