/**
 * A grouping's code beside all its members' codes names the forum, not a side: MEA's "Quad Foreign Ministers'
 * Meeting" (AU-IN-JP-QUAD-US) and State's readout naming the four ministers (AU-IN-JP-US) are one meeting — in the pure
 * clustering and in the knowledge base, whichever report is stored first. A code that is a side of its own stays.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { linkPending } from '../src/app/link.ts';
import type { ReadoutRecord } from '../src/domain/record.ts';
import { clusterMeetings, meetingSidesOf, sidesOfMeeting, storedCountryKeysOf } from '../src/linking/meeting-merge.ts';
import { storeDocument } from '../src/storage/document-repository.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import { doc, meeting, person } from './linking-fixtures.ts';
import { engines } from './engines.ts';

describe('sidesOfMeeting', () => {
  const cases: readonly [countries: string[], sides: string[]][] = [
    [['AU', 'IN', 'JP', 'QUAD', 'US'], ['AU', 'IN', 'JP', 'US']],
    [['CA', 'DE', 'EU', 'FR', 'G7', 'GB', 'IT', 'JP', 'US'], ['CA', 'DE', 'EU', 'FR', 'GB', 'IT', 'JP', 'US']],
    // Not every member listed, a code that is a side, a forum without a membership table: kept.
    [['AU', 'QUAD', 'US'], ['AU', 'QUAD', 'US']],
    [['EU', 'JP'], ['EU', 'JP']],
    [['ASEAN', 'CN', 'JP', 'KR'], ['ASEAN', 'CN', 'JP', 'KR']],
    [['G20', 'IN'], ['G20', 'IN']],
  ];
  for (const [countries, sides] of cases) test(countries.join('-'), () => assert.deepEqual([...sidesOfMeeting(countries)], sides));
  test('storedCountryKeysOf: the sides, and the sides with each grouping they complete', () => {
    assert.deepEqual(storedCountryKeysOf(['US', 'JP', 'IN', 'AU']), ['AU,IN,JP,US', 'AU,IN,JP,QUAD,US']);
    assert.deepEqual(storedCountryKeysOf(['IN', 'US']), ['IN,US']);
  });
});

const quad = [person('Antony Blinken', 'US'), person('Subrahmanyam Jaishankar', 'IN'), person('Penny Wong', 'AU'), person('Yoko Kamikawa', 'JP')];
const report = (key: string, publisher: string, countries: string[], date = '2023-09-22') =>
  doc({ key, publisher, published: date, meetings: [meeting({ date, level: 'foreign-minister', countries, participants: quad, place: 'New York' })] });
const mea = report('mea', 'MEA', ['AU', 'IN', 'JP', 'QUAD', 'US']);
const state = report('state', 'State', ['AU', 'IN', 'JP', 'US']);
const bilateral = doc({ key: 'bilateral', publisher: 'State', published: '2023-09-22', meetings: [meeting({ date: '2023-09-22', level: 'foreign-minister', countries: ['IN', 'US'], participants: quad.slice(0, 2), place: 'New York' })] });

test('clusterMeetings: the Quad reports merge; the bilateral of that day does not join them', () => {
  const merged = clusterMeetings([mea, state, bilateral].flatMap(meetingSidesOf)).map((m) => m.sides.map((s) => s.docKey).sort().join('+')).sort();
  assert.deepEqual(merged, ['bilateral', 'mea+state']);
  // Negative: a week later the same sides are another meeting.
  assert.equal(clusterMeetings([mea, report('later', 'State', ['AU', 'IN', 'JP', 'US'], '2023-09-29')].flatMap(meetingSidesOf)).length, 2);
});

for (const engine of engines) describe(engine.name, () => {
  for (const order of [[mea, state], [state, mea]]) {
    test(`the knowledge base merges them stored in the order ${order.map((d) => d.key).join(', ')}`, async () => {
      const dialect = await openDatabase(await engine.newDatabase());
      try {
        for (const [i, d] of order.entries()) {
          const record = { ...d.record, text: 'x' } as ReadoutRecord;
          await dialect.writeTransaction(async (trx) => {
            await storeDocument(trx, dialect, {
              sourceKey: d.key, file: `${d.key}.txt`, url: null, contentHash: `hash${i}`, format: 'text', text: 'x', record, error: null,
              fallbackTitle: null, fallbackPublisher: d.publisher, fallbackPublished: null, issues: [], extractorVersion: 'test', ingestedAt: '2026-01-01T00:00:00Z',
            });
            await linkPending(trx);
          });
        }
        const rows = await dialect.db.selectFrom('doc_meetings').select('meeting_id').execute();
        assert.equal(rows.length, 2);
        assert.equal(new Set(rows.map((r) => r.meeting_id)).size, 1);
      } finally {
        await dialect.close();
      }
    });
  }
});
