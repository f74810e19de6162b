/**
 * The rows derived from one document's record — doc_meetings, participants, plans, past_refs — written and removed
 * together. Only current documents have derived rows. Plain functions over `db` or a transaction.
 */
import type { Kysely } from 'kysely';
import type { ReadoutRecord } from '../domain/record.ts';
import type { StoredRecord } from '../linking/link-document.ts';
import { preparedRowsInsert } from './prepared-query.ts';
import type { Database, NewDocMeeting, NewParticipant, NewPlan, PastRefsTable } from './schema.ts';
import type { Insertable } from 'kysely';

/** Sorted, comma-joined codes: the `countries_key` of a list of sides. */
export function countriesKey(countries: readonly string[]): string {
  return [...new Set(countries)].sort().join(',');
}

/** The date a document announces its plans on: its published date, else its first dated meeting's date; null if neither. */
export function announcedDate(record: Pick<ReadoutRecord, 'published' | 'meetings'>): string | null {
  return record.published ?? record.meetings.find((m) => m.date !== null)?.date ?? null;
}

const DOC_MEETING_COLUMNS = ['document_id', 'idx', 'date', 'level', 'mode', 'countries_key', 'place', 'occasion', 'duration_minutes', 'ordinal',
  'provenance_json', 'meeting_id', 'merge_json'] as const satisfies readonly (keyof NewDocMeeting)[];
const insertDocMeetings = preparedRowsInsert<NewDocMeeting, { id: number; idx: number }>(DOC_MEETING_COLUMNS,
  (db, rows) => db.insertInto('doc_meetings').values(rows).returning(['id', 'idx']).compile());
const PARTICIPANT_COLUMNS = ['doc_meeting_id', 'idx', 'person_id', 'name', 'country', 'title', 'provenance_json'] as const satisfies readonly (keyof NewParticipant)[];
const insertParticipants = preparedRowsInsert<NewParticipant, unknown>(PARTICIPANT_COLUMNS, (db, rows) => db.insertInto('participants').values(rows).compile());
const PLAN_COLUMNS = ['document_id', 'idx', 'what', 'evidence', 'when_text', 'start_date', 'end_date', 'kind', 'approximate', 'countries_key',
  'countries_json', 'people_json', 'provenance_json', 'announced', 'match_key', 'match_from', 'match_to', 'linked'] as const satisfies readonly (keyof NewPlan)[];
const insertPlans = preparedRowsInsert<NewPlan, unknown>(PLAN_COLUMNS, (db, rows) => db.insertInto('plans').values(rows).compile());
type NewPastRef = Insertable<PastRefsTable>;
const PAST_REF_COLUMNS = ['document_id', 'idx', 'what', 'evidence', 'provenance_json'] as const satisfies readonly (keyof NewPastRef)[];
const insertPastRefs = preparedRowsInsert<NewPastRef, unknown>(PAST_REF_COLUMNS, (db, rows) => db.insertInto('past_refs').values(rows).compile());

/**
 * Inserts every derived row of document `documentId` from its record. Merged meetings, people and follow-ups are left
 * to the link step (`meeting_id`, `person_id` null, `linked` 0).
 */
export async function insertDerivedRows(db: Kysely<Database>, documentId: number, record: StoredRecord): Promise<void> {
  const announced = announcedDate(record);
  if (record.meetings.length > 0) {
    const meetingRows: NewDocMeeting[] = record.meetings.map((m, idx) => ({
      document_id: documentId,
      idx,
      date: m.date,
      level: m.level,
      mode: m.mode,
      countries_key: countriesKey(m.countries),
      place: m.place,
      occasion: m.occasion,
      duration_minutes: m.durationMinutes,
      ordinal: m.ordinal,
      provenance_json: JSON.stringify(m.provenance),
      meeting_id: null,
      merge_json: null,
    }));
    const ids = await insertDocMeetings(db, meetingRows);
    const idByIdx = new Map(ids.map((r) => [r.idx, r.id]));
    const participants: NewParticipant[] = record.meetings.flatMap((m, meetingIdx) =>
      m.participants.map((p, idx): NewParticipant => ({
        doc_meeting_id: idByIdx.get(meetingIdx)!,
        idx,
        person_id: null,
        name: p.name,
        country: p.country,
        title: p.title,
        provenance_json: JSON.stringify(p.provenance),
      })));
    await insertParticipants(db, participants);
  }
  const plans: NewPlan[] = record.plannedEvents.map((p, idx) => ({
    document_id: documentId,
    idx,
    what: p.what,
    evidence: p.evidence,
    when_text: p.whenText,
    start_date: p.start,
    end_date: p.end,
    kind: p.kind,
    approximate: p.approximate ? 1 : 0,
    countries_key: countriesKey(p.countries),
    countries_json: JSON.stringify(p.countries),
    people_json: JSON.stringify(p.people),
    provenance_json: JSON.stringify(p.provenance),
    announced,
    match_key: null,
    match_from: null,
    match_to: null,
    linked: 0,
  }));
  await insertPlans(db, plans);
  const refs = record.pastReferences.map((r, idx): NewPastRef => ({
    document_id: documentId,
    idx,
    what: r.what,
    evidence: r.evidence,
    provenance_json: JSON.stringify(r.provenance),
  }));
  await insertPastRefs(db, refs);
}

/**
 * Deletes every derived row of document `documentId` (participants and follow-ups go with them), including
 * follow-ups that cite the document as the proof a plan was held: those plans are marked unlinked so the next link
 * step looks again. Returns the merged meetings that lost a source: the caller refreshes them (see
 * `refreshMeetings`) in the same transaction.
 */
export async function deleteDerivedRows(db: Kysely<Database>, documentId: number): Promise<number[]> {
  const reports = await db.selectFrom('doc_meetings as dm').innerJoin('documents as d', 'd.id', 'dm.document_id')
    .select(['d.source_key', 'dm.idx', 'dm.meeting_id'])
    .where('dm.document_id', '=', documentId).where('dm.meeting_id', 'is not', null).execute();
  if (reports.length > 0) {
    // A meeting re-formed from these reports (new version, reprocess) keeps its id: see `createMeetingFrom`.
    await db.insertInto('meeting_id_claims').values(reports.map((r) => ({ source_key: r.source_key, idx: r.idx, meeting_id: r.meeting_id! })))
      .onConflict((oc) => oc.columns(['source_key', 'idx']).doUpdateSet((eb) => ({ meeting_id: eb.ref('excluded.meeting_id') }))).execute();
  }
  const orphaned = await db.selectFrom('follow_ups').select('plan_id').where('held_document_id', '=', documentId).execute();
  if (orphaned.length > 0) {
    await db.deleteFrom('follow_ups').where('held_document_id', '=', documentId).execute();
    await db.updateTable('plans').set({ linked: 0 }).where('id', 'in', orphaned.map((r) => r.plan_id)).execute();
  }
  await db.deleteFrom('doc_meetings').where('document_id', '=', documentId).execute();
  await db.deleteFrom('plans').where('document_id', '=', documentId).execute();
  await db.deleteFrom('past_refs').where('document_id', '=', documentId).execute();
  return [...new Set(reports.map((r) => r.meeting_id!))];
}
