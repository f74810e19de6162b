/**
 * The link step's reads and writes: rows still to link, indexed candidate queries, and the merged meetings, people
 * and follow-ups it writes. Every query is bounded by an index (countries_key + mode + date for meetings,
 * match_key + match_to for plans), so linking one batch costs the same at 100 documents or 100,000.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** A participant mention not yet resolved to a person. */
export interface PendingParticipant {
  readonly id: number;
  readonly name: string;
  readonly country: string | null;
}

/** Participants whose `person_id` is still null. */
export async function pendingParticipants(db: Kysely<Database>): Promise<PendingParticipant[]> {
  return db.selectFrom('participants').select(['id', 'name', 'country']).where('person_id', 'is', null).orderBy('id').execute();
}

/** Creates the people of `keys` that do not exist yet (first spelling wins) and returns every key's person id. */
export async function ensurePeople(db: Kysely<Database>, people: ReadonlyMap<string, string>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const keys = [...people.keys()];
  for (let i = 0; i < keys.length; i += 200) {
    const chunk = keys.slice(i, i + 200);
    await db.insertInto('people').values(chunk.map((key) => ({ key, name: people.get(key)! })))
      .onConflict((oc) => oc.column('key').doNothing()).execute();
    const rows = await db.selectFrom('people').select(['id', 'key']).where('key', 'in', chunk).execute();
    for (const row of rows) ids.set(row.key, row.id);
  }
  return ids;
}

/** Points participant `participantId` at person `personId`. */
export async function setParticipantPerson(db: Kysely<Database>, participantId: number, personId: number): Promise<void> {
  await db.updateTable('participants').set({ person_id: personId }).where('id', '=', participantId).execute();
}

/** A document's meeting as the link step sees it: its values, its document's metadata, and its participants' people. */
export interface LinkableDocMeeting {
  readonly id: number;
  readonly documentId: number;
  readonly idx: number;
  readonly date: string | null;
  readonly level: string | null;
  readonly mode: string;
  readonly countriesKey: string;
  readonly place: string | null;
  readonly occasion: string | null;
  readonly durationMinutes: number | null;
  readonly provenanceJson: string;
  readonly publisher: string | null;
  readonly published: string | null;
  readonly meetingId: number | null;
  readonly personIds: readonly number[];
}

function docMeetingQuery(db: Kysely<Database>) {
  return db.selectFrom('doc_meetings as dm')
    .innerJoin('documents as d', 'd.id', 'dm.document_id')
    .select(['dm.id', 'dm.document_id', 'dm.idx', 'dm.date', 'dm.level', 'dm.mode', 'dm.countries_key', 'dm.place', 'dm.occasion',
      'dm.duration_minutes', 'dm.provenance_json', 'dm.meeting_id', 'd.publisher', 'd.published']);
}

async function withPeople(db: Kysely<Database>, rows: Awaited<ReturnType<ReturnType<typeof docMeetingQuery>['execute']>>): Promise<LinkableDocMeeting[]> {
  const people = new Map<number, number[]>();
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 500) {
    const parts = await db.selectFrom('participants').select(['doc_meeting_id', 'person_id'])
      .where('doc_meeting_id', 'in', ids.slice(i, i + 500)).where('person_id', 'is not', null).execute();
    for (const p of parts) {
      const list = people.get(p.doc_meeting_id) ?? [];
      list.push(p.person_id!);
      people.set(p.doc_meeting_id, list);
    }
  }
  return rows.map((r) => ({
    id: r.id,
    documentId: r.document_id,
    idx: r.idx,
    date: r.date,
    level: r.level,
    mode: r.mode,
    countriesKey: r.countries_key,
    place: r.place,
    occasion: r.occasion,
    durationMinutes: r.duration_minutes,
    provenanceJson: r.provenance_json,
    publisher: r.publisher,
    published: r.published,
    meetingId: r.meeting_id,
    personIds: people.get(r.id) ?? [],
  }));
}

/** Document meetings not yet assigned to a merged meeting, oldest date first (undated last). */
export async function pendingDocMeetings(db: Kysely<Database>): Promise<LinkableDocMeeting[]> {
  const rows = await docMeetingQuery(db).where('dm.meeting_id', 'is', null).orderBy('dm.date').orderBy('dm.id').execute();
  return withPeople(db, rows);
}

/**
 * Already-linked document meetings with the same sides and mode dated within `[from, to]` (ISO, inclusive): the
 * candidates a new report of the same meeting would join. Index: doc_meetings(countries_key, mode, date).
 */
export async function linkedDocMeetingsNear(db: Kysely<Database>, countriesKey: string, mode: string, from: string, to: string): Promise<LinkableDocMeeting[]> {
  const rows = await docMeetingQuery(db)
    .where('dm.countries_key', '=', countriesKey).where('dm.mode', '=', mode)
    .where('dm.date', '>=', from).where('dm.date', '<=', to)
    .where('dm.meeting_id', 'is not', null)
    .limit(200)
    .execute();
  return withPeople(db, rows);
}

/** Creates a merged meeting whose only source is `dm` (canonical values from it) and returns its id. */
export async function createMeetingFrom(db: Kysely<Database>, dm: LinkableDocMeeting): Promise<number> {
  const { id } = await db.insertInto('meetings').values({
    date: dm.date, level: dm.level, mode: dm.mode, countries_key: dm.countriesKey, place: dm.place,
    occasion: dm.occasion, duration_minutes: dm.durationMinutes, source_count: 1,
  }).returning('id').executeTakeFirstOrThrow();
  await writeMeetingCountries(db, id, dm.countriesKey, dm.date);
  await db.updateTable('doc_meetings').set({ meeting_id: id, merge_json: null }).where('id', '=', dm.id).execute();
  return id;
}

/** Assigns `docMeetingId` to merged meeting `meetingId` with the explanation (JSON `MergeExplanation`), then refreshes the meeting. */
export async function joinMeeting(db: Kysely<Database>, docMeetingId: number, meetingId: number, mergeJson: string): Promise<void> {
  await db.updateTable('doc_meetings').set({ meeting_id: meetingId, merge_json: mergeJson }).where('id', '=', docMeetingId).execute();
  await refreshMeetings(db, [meetingId]);
}

async function writeMeetingCountries(db: Kysely<Database>, meetingId: number, key: string, date: string | null): Promise<void> {
  await db.deleteFrom('meeting_countries').where('meeting_id', '=', meetingId).execute();
  const countries = key === '' ? [] : key.split(',');
  if (countries.length > 0) {
    await db.insertInto('meeting_countries').values(countries.map((country) => ({ meeting_id: meetingId, country, date }))).execute();
  }
}

/**
 * Recomputes merged meetings from their remaining sources: canonical values from the earliest-published source
 * (undated publications last, then lowest document id), `source_count`, and the country rows. A meeting left without
 * a source is deleted, and the plans it held are marked unlinked so the next link step looks again.
 */
export async function refreshMeetings(db: Kysely<Database>, meetingIds: readonly number[]): Promise<void> {
  for (const meetingId of new Set(meetingIds)) {
    const sources = await docMeetingQuery(db).where('dm.meeting_id', '=', meetingId)
      .orderBy((eb) => eb.fn.coalesce('d.published', eb.val('9999-12-31'))).orderBy('dm.document_id').orderBy('dm.idx').execute();
    const first = sources[0];
    if (first === undefined) {
      const held = await db.selectFrom('follow_ups').select('plan_id').where('held_meeting_id', '=', meetingId).execute();
      if (held.length > 0) await db.updateTable('plans').set({ linked: 0 }).where('id', 'in', held.map((h) => h.plan_id)).execute();
      await db.deleteFrom('meetings').where('id', '=', meetingId).execute();
      continue;
    }
    await db.updateTable('meetings').set({
      date: first.date, level: first.level, mode: first.mode, countries_key: first.countries_key, place: first.place,
      occasion: first.occasion, duration_minutes: first.duration_minutes, source_count: sources.length,
    }).where('id', '=', meetingId).execute();
    await writeMeetingCountries(db, meetingId, first.countries_key, first.date);
    // The first source carries no merge explanation: it is the one the others joined.
    await db.updateTable('doc_meetings').set({ merge_json: null }).where('id', '=', first.id).execute();
  }
}

/** A plan as the link step sees it. */
export interface LinkablePlan {
  readonly id: number;
  readonly documentId: number;
  readonly idx: number;
  readonly kind: string;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly approximate: boolean;
  readonly countries: readonly string[];
  readonly announced: string | null;
  /** Sides of the announcing document's first meeting; `""` when it reports none. */
  readonly documentCountriesKey: string;
}

/** Plans the link step has not looked at yet (`linked` 0). */
export async function pendingPlans(db: Kysely<Database>): Promise<LinkablePlan[]> {
  const rows = await db.selectFrom('plans as p')
    .leftJoin('doc_meetings as dm', (j) => j.onRef('dm.document_id', '=', 'p.document_id').on('dm.idx', '=', 0))
    .select(['p.id', 'p.document_id', 'p.idx', 'p.kind', 'p.start_date', 'p.end_date', 'p.approximate', 'p.countries_json', 'p.announced', 'dm.countries_key'])
    .where('p.linked', '=', 0).orderBy('p.id').execute();
  return rows.map((r) => ({
    id: r.id,
    documentId: r.document_id,
    idx: r.idx,
    kind: r.kind,
    startDate: r.start_date,
    endDate: r.end_date,
    approximate: r.approximate === 1,
    countries: JSON.parse(r.countries_json) as string[],
    announced: r.announced,
    documentCountriesKey: r.countries_key ?? '',
  }));
}

/** Records where a plan may be matched (`null`s: unmatchable) and marks it linked. */
export async function setPlanWindow(db: Kysely<Database>, planId: number, window: { key: string; from: string; to: string } | null): Promise<void> {
  await db.updateTable('plans').set({ match_key: window?.key ?? null, match_from: window?.from ?? null, match_to: window?.to ?? null, linked: 1 })
    .where('id', '=', planId).execute();
}

/** A merged meeting that might show a plan was held, with one of its sources (the earliest-published). */
export interface MeetingCandidate {
  readonly meetingId: number;
  readonly date: string;
  readonly mode: string;
  readonly docMeetingId: number;
  readonly documentId: number;
  readonly provenanceJson: string;
}

/**
 * Merged meetings with sides `key` dated within `[from, to]`, earliest first, excluding those reported by
 * `excludeDocumentId` (the plan's own document). Index: meetings(countries_key, date).
 */
export async function meetingsInWindow(db: Kysely<Database>, key: string, from: string, to: string, excludeDocumentId: number): Promise<MeetingCandidate[]> {
  const rows = await db.selectFrom('meetings as m')
    .innerJoin('doc_meetings as dm', 'dm.meeting_id', 'm.id')
    .select(['m.id as meeting_id', 'm.date', 'm.mode', 'dm.id as dm_id', 'dm.document_id', 'dm.provenance_json'])
    .where('m.countries_key', '=', key).where('m.date', '>=', from).where('m.date', '<=', to)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('doc_meetings as own').select('own.id')
      .whereRef('own.meeting_id', '=', 'm.id').where('own.document_id', '=', excludeDocumentId))))
    .orderBy('m.date').orderBy('m.id').orderBy('dm.document_id').limit(50).execute();
  const seen = new Set<number>();
  const out: MeetingCandidate[] = [];
  for (const r of rows) {
    if (seen.has(r.meeting_id)) continue;
    seen.add(r.meeting_id);
    out.push({ meetingId: r.meeting_id, date: r.date!, mode: r.mode, docMeetingId: r.dm_id, documentId: r.document_id, provenanceJson: r.provenance_json });
  }
  return out;
}

/** A linked plan still without a follow-up whose window contains `date`, for a newly linked meeting. */
export interface OpenPlan {
  readonly id: number;
  readonly documentId: number;
  readonly idx: number;
  readonly kind: string;
}

/**
 * Linked plans without a follow-up, with match key `key`, whose window `[match_from, match_to]` contains `date`.
 * `maxWindowDays` bounds the index range scan: windows are never longer. Index: plans(match_key, match_to).
 */
export async function openPlansCovering(db: Kysely<Database>, key: string, date: string, maxWindowEnd: string): Promise<OpenPlan[]> {
  return db.selectFrom('plans as p')
    .select(['p.id', 'p.document_id as documentId', 'p.idx', 'p.kind'])
    .where('p.match_key', '=', key).where('p.match_to', '>=', date).where('p.match_to', '<=', maxWindowEnd)
    .where('p.match_from', '<=', date)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('follow_ups as f').select('f.id').whereRef('f.plan_id', '=', 'p.id'))))
    .orderBy('p.id').limit(500).execute();
}

/** Stores that plan `planId` was held, unless it already has a follow-up. */
export async function insertFollowUp(db: Kysely<Database>, row: {
  planId: number; meetingId: number | null; documentId: number; evidenceJson: string; explanationJson: string; decidedBy: 'auto' | 'confirmed';
}): Promise<void> {
  await db.insertInto('follow_ups').values({
    plan_id: row.planId, held_meeting_id: row.meetingId, held_document_id: row.documentId,
    evidence_json: row.evidenceJson, explanation_json: row.explanationJson, decided_by: row.decidedBy,
  }).onConflict((oc) => oc.column('plan_id').doNothing()).execute();
}

/** Analyst decisions the link step obeys: rejected merges and follow-ups, confirmed follow-ups. */
export interface LinkCorrections {
  /** `"docA:idxA|docB:idxB"` (smaller first) for every rejected merge. */
  readonly rejectedMerges: ReadonlySet<string>;
  /** `"planDoc:planIdx|heldDoc:heldIdx"` for every rejected follow-up. */
  readonly rejectedFollowUps: ReadonlySet<string>;
  /** Confirmed follow-ups: plan (document, idx) held by meeting (document, idx). */
  readonly confirmedFollowUps: readonly { planDoc: number; planIdx: number; heldDoc: number; heldIdx: number }[];
}

/** Key of a pair of document meetings, order-free. */
export function meetingPairKey(a: { documentId: number; idx: number }, b: { documentId: number; idx: number }): string {
  const x = `${a.documentId}:${a.idx}`;
  const y = `${b.documentId}:${b.idx}`;
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

/** Reads the corrections that steer linking (latest decision per pair wins). */
export async function linkCorrections(db: Kysely<Database>): Promise<LinkCorrections> {
  const rows = await db.selectFrom('corrections').selectAll().where('target', 'in', ['merge', 'follow-up']).orderBy('id').execute();
  const merges = new Map<string, string>();
  const followUps = new Map<string, { action: string; planDoc: number; planIdx: number; heldDoc: number; heldIdx: number }>();
  for (const r of rows) {
    if (r.other_document_id === null || r.other_meeting_idx === null) continue;
    if (r.target === 'merge' && r.meeting_idx !== null) {
      merges.set(meetingPairKey({ documentId: r.document_id, idx: r.meeting_idx }, { documentId: r.other_document_id, idx: r.other_meeting_idx }), r.action);
    } else if (r.target === 'follow-up' && r.plan_idx !== null) {
      followUps.set(`${r.document_id}:${r.plan_idx}|${r.other_document_id}:${r.other_meeting_idx}`,
        { action: r.action, planDoc: r.document_id, planIdx: r.plan_idx, heldDoc: r.other_document_id, heldIdx: r.other_meeting_idx });
    }
  }
  return {
    rejectedMerges: new Set([...merges].filter(([, a]) => a === 'reject').map(([k]) => k)),
    rejectedFollowUps: new Set([...followUps].filter(([, f]) => f.action === 'reject').map(([k]) => k)),
    confirmedFollowUps: [...followUps.values()].filter((f) => f.action === 'confirm'),
  };
}
