/**
 * An organisation whose meeting is the occasion names the forum, not a side: Xinhua's "Xi meets Turkish president ...
 * on the sidelines of the 24th Meeting of the Council of Heads of State of the Shanghai Cooperation Organization
 * (SCO)" is extracted as CN-SCO-TR, Anadolu's report of the same meeting as CN-TR. They are one meeting — in the pure
 * clustering and in the knowledge base, whichever report is stored first — while Xi's other bilaterals of that summit
 * day stay apart, and an organisation that takes part (its Secretary-General is a participant) stays a side.
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

const SCO = '24th Meeting of the Council of Heads of State of the Shanghai Cooperation Organization (SCO)';
const UNGA = 'the 79th session of the United Nations General Assembly';

describe('sidesOfMeeting with an occasion', () => {
  const cases: readonly [countries: string[], occasion: string | null, participantCountries: (string | null)[], sides: string[]][] = [
    [['CN', 'SCO', 'TR'], SCO, ['CN', 'TR'], ['CN', 'TR']],
    [['CN', 'PK', 'SCO'], 'SCO Council of Heads of State Summit', ['CN', 'PK'], ['CN', 'PK']],
    [['IN', 'JP', 'UN'], UNGA, ['IN', 'JP'], ['IN', 'JP']],
    // Negative: the organisation takes part (its Secretary-General is a participant): a side.
    [['IN', 'JP', 'UN'], UNGA, ['UN', 'IN', 'JP'], ['IN', 'JP', 'UN']],
    // Negative: one country would remain (the organisation is the other side: "EU-China Summit").
    [['CN', 'EU'], 'EU-China Summit', ['CN'], ['CN', 'EU']],
    [['HU', 'NATO'], 'NATO Summit', ['HU'], ['HU', 'NATO']],
    // Negative: the occasion names another organisation, or none; no occasion at all.
    [['CN', 'SCO', 'TR'], 'G20 Summit', ['CN', 'TR'], ['CN', 'SCO', 'TR']],
    [['CN', 'SCO', 'TR'], 'state visit', ['CN', 'TR'], ['CN', 'SCO', 'TR']],
    [['CN', 'SCO', 'TR'], null, ['CN', 'TR'], ['CN', 'SCO', 'TR']],
  ];
  for (const [countries, occasion, participantCountries, sides] of cases) {
    test(`${countries.join('-')} on "${occasion ?? 'no occasion'}" with participants of ${participantCountries.join(', ')}`, () => {
      assert.deepEqual([...sidesOfMeeting(countries, occasion, participantCountries.map((country) => ({ country })))], sides);
    });
  }
  test('storedCountryKeysOf: the sides, and the sides with each organisation the occasion names', () => {
    assert.deepEqual(storedCountryKeysOf(['CN', 'TR'], SCO), ['CN,TR', 'CN,SCO,TR']);
    assert.deepEqual(storedCountryKeysOf(['CN', 'TR'], 'state visit'), ['CN,TR']);
    assert.deepEqual(storedCountryKeysOf(['CN', 'TR'], null), ['CN,TR']);
    // Negative: an organisation that is one of two sides is never added to (a single country is no meeting of two).
    assert.deepEqual(storedCountryKeysOf(['HU', 'NATO'], 'NATO Summit'), ['HU,NATO']);
  });
});

const xi = person('Xi Jinping', 'CN', 'President');
const erdogan = (name: string) => person(name, 'TR', 'President');
const sharif = person('Shehbaz Sharif', 'PK', 'Prime Minister');
const report = (key: string, publisher: string, countries: string[], participants: ReturnType<typeof person>[], occasion: string | null) =>
  doc({ key, publisher, published: '2024-07-03', meetings: [meeting({ date: '2024-07-03', countries, participants, place: 'Astana', occasion })] });
const xinhuaTr = report('xinhua-tr', 'Xinhua', ['CN', 'SCO', 'TR'], [xi, erdogan('Recep Tayyip Erdogan')], SCO);
const anadolu = report('anadolu', 'Anadolu', ['CN', 'TR'], [erdogan('Recep Tayyip Erdoğan'), xi], 'Shanghai Cooperation Organization (SCO) summit');
const xinhuaPk = report('xinhua-pk', 'Xinhua', ['CN', 'PK', 'SCO'], [xi, sharif], SCO);
const pakistan = report('mofa-pk', 'MOFA Pakistan', ['CN', 'PK'], [sharif, xi], null);

test('clusterMeetings: each report of a sidelines bilateral meets the other report of it, not the other bilaterals of the day', () => {
  const merged = clusterMeetings([xinhuaTr, anadolu, xinhuaPk, pakistan].flatMap(meetingSidesOf)).map((m) => m.sides.map((s) => s.docKey).sort().join('+')).sort();
  assert.deepEqual(merged, ['anadolu+xinhua-tr', 'mofa-pk+xinhua-pk']);
  // Negative: the day after, the same two leaders are another meeting.
  const later = report('later', 'Anadolu', ['CN', 'TR'], [erdogan('Recep Tayyip Erdoğan'), xi], null);
  const laterDoc = { ...later, record: { ...later.record, meetings: later.record.meetings.map((m) => ({ ...m, date: '2024-07-05' })) } };
  assert.equal(clusterMeetings([xinhuaTr, laterDoc].flatMap(meetingSidesOf)).length, 2);
});

for (const engine of engines) describe(engine.name, () => {
  for (const order of [[xinhuaTr, anadolu, xinhuaPk], [xinhuaPk, anadolu, xinhuaTr]]) {
    test(`the knowledge base merges the two reports of one bilateral stored in the order ${order.map((d) => d.key).join(', ')}`, async () => {
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
        const rows = await dialect.db.selectFrom('doc_meetings').innerJoin('documents', 'documents.id', 'doc_meetings.document_id')
          .select(['documents.source_key', 'doc_meetings.meeting_id']).execute();
        const meetingOf = new Map(rows.map((r) => [r.source_key, r.meeting_id]));
        assert.equal(rows.length, 3);
        assert.equal(meetingOf.get('xinhua-tr'), meetingOf.get('anadolu'));
        assert.notEqual(meetingOf.get('xinhua-pk'), meetingOf.get('anadolu'));
      } finally {
        await dialect.close();
      }
    });
  }
});
