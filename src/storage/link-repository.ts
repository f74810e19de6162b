/**
 * The link step's reads and writes: rows still to link, indexed candidate queries, and the merged meetings, people,
 * held candidates and follow-ups it writes. Every candidate query is bounded by an index range and a limit —
 * doc_meetings(countries_key, mode, window_start) for merges, person_words(word) for people,
 * held_candidate_keys(key, long, at_from, ...) for the events that may hold a plan, plans(match_key, match_span, match_from) for the
 * plans a new event may hold — so linking one batch costs the same at 100 documents or 100,000.
 */
import { sql, type CompiledQuery, type Kysely, type RawBuilder } from 'kysely';
import { LONG_CANDIDATE_DAYS, PLAN_SPAN_CLASSES, planSpanClass } from './migrations/004-link-lookups.ts';
import { WIDE_CANDIDATE_SIDES, WIDE_KEY_CLASS } from './migrations/009-wide-candidate-keys.ts';
import { addDaysIso, dayNumber } from '../linking/link-document.ts';
import { preparedQuery, preparedQueryFamily, preparedRowsInsert, type Placeholder, type PreparedQuery } from './prepared-query.ts';
import type { Database } from './schema.ts';

/** A participant mention not yet resolved to a person. */
export interface PendingParticipant {
  readonly id: number;
  readonly name: string;
  readonly country: string | null;
}

/** Participants whose `person_id` is still null (index: participants_person_report_idx, whose null entries these are). */
export async function pendingParticipants(db: Kysely<Database>): Promise<PendingParticipant[]> {
  return db.selectFrom('participants').select(['id', 'name', 'country']).where('person_id', 'is', null).orderBy('id').execute();
}

/**
 * A query over an `in (...)` list of ids, prepared once per list length up to {@link PREPARED_LIST_MAX} (see
 * {@link preparedQuery}); longer lists are split.
 */
function preparedInList<R>(build: (db: Kysely<Database>, ids: Placeholder[]) => CompiledQuery<R>): (db: Kysely<Database>, ids: readonly number[]) => Promise<R[]> {
  const byLength = preparedQueryFamily((length: number): PreparedQuery<R> => preparedQuery(length, (pdb, ...values) => build(pdb, values)));
  return async (db, ids) => {
    const out: R[] = [];
    for (let i = 0; i < ids.length; i += PREPARED_LIST_MAX) {
      const chunk = ids.slice(i, i + PREPARED_LIST_MAX);
      out.push(...(await byLength(chunk.length)(db, ...chunk)));
    }
    return out;
  };
}

/** Longest `in` list prepared by {@link preparedInList}. */
const PREPARED_LIST_MAX = 100;

/**
 * A row limit written into a statement rather than bound: SQLite (3.53) plans a statement with the value of a bound
 * `LIMIT` and so prepares it again every time the value is bound, which for the link step's lookups cost ten times
 * their run (a lookup reading a few index entries: 60-200 µs bound, 5-15 µs literal). The link step's limits are
 * constants, so each takes one prepared statement. @throws RangeError when `limit` is not a non-negative integer.
 */
export function literalLimit(limit: number): RawBuilder<number> {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`limit must be a non-negative integer, not ${limit}`);
  return sql.lit(limit);
}

/** A stored person as the link step matches mentions against it. */
export interface KnownPerson {
  readonly id: number;
  readonly key: string;
  /** The display name (first spelling seen). */
  readonly name: string;
  readonly country: string | null;
}

/**
 * People one of whose name words is among `words`, or whose key is among `keys` (index: person_words pk, people key).
 * Each person is read once however many of `words` it has (a batch's names share their common words with most people
 * known: a join gave a row per shared word, twice the people).
 */
export async function peopleMatching(db: Kysely<Database>, words: readonly string[], keys: readonly string[]): Promise<KnownPerson[]> {
  const found = new Map<number, KnownPerson>();
  for (let i = 0; i < words.length; i += 500) {
    const chunk = words.slice(i, i + 500);
    const rows = await db.selectFrom('people').select(['id', 'key', 'name', 'country'])
      .where('id', 'in', (eb) => eb.selectFrom('person_words').select('person_id').where('word', 'in', chunk)).execute();
    for (const r of rows) found.set(r.id, r);
  }
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db.selectFrom('people').select(['id', 'key', 'name', 'country']).where('key', 'in', keys.slice(i, i + 500)).execute();
    for (const r of rows) found.set(r.id, r);
  }
  return [...found.values()].sort((a, b) => a.id - b.id);
}

/**
 * Creates a person with identity key `key` (made unique with a `#n` suffix when another person holds it: two people
 * of different countries may share a name) and its name words; returns it with the number its key took (1: `key`
 * itself). `hint`, the number the last namesake created took plus one, is tried first: people are never deleted, so
 * the numbers taken run from 1 without a gap and the hint, when free, is the first free one; when another writer took
 * it meanwhile, the numbers are probed.
 */
export async function createPerson(db: Kysely<Database>, key: string, name: string, country: string | null, words: readonly string[], hint?: number): Promise<KnownPerson & { readonly number: number }> {
  const keyNumbered = (n: number): string => (n === 1 ? key : `${key} #${n}`);
  let number: number | undefined;
  let id: number | undefined;
  if (hint !== undefined) {
    const [row] = await insertPersonQuery(db, keyNumbered(hint), name, country);
    if (row !== undefined) ({ id } = row), (number = hint);
  }
  // Else the first of "key", "key #2", "key #3"... not taken: probed a growing run of them per statement (a common
  // name has a namesake per country), each an index seek.
  for (let from = 1, size = 8; id === undefined; from += size, size *= 8) {
    const keys = Array.from({ length: size }, (_, i) => keyNumbered(from + i));
    const taken = new Set((await peopleKeysQuery(size)(db, ...keys)).map((r) => r.key));
    const free = keys.findIndex((k) => !taken.has(k));
    if (free === -1) continue;
    number = from + free;
    ({ id } = (await insertNewPersonQuery(db, keyNumbered(number), name, country))[0]!);
  }
  await insertPersonWords(db, [...new Set(words)].map((word) => ({ word, person_id: id })));
  return { id, key: keyNumbered(number!), name, country, number: number! };
}

const insertPersonQuery = preparedQuery(3, (db, key, name, country) => db.insertInto('people').values({ key, name, country })
  .onConflict((oc) => oc.column('key').doNothing()).returning('id').compile());
const insertNewPersonQuery = preparedQuery(3, (db, key, name, country) => db.insertInto('people').values({ key, name, country }).returning('id').compile());
// The runs `createPerson` probes are 8, 64, 512... keys long: a prepared statement per length.
const peopleKeysQuery = preparedQueryFamily((size: number) => preparedQuery(size, (db, ...keys) => db.selectFrom('people').select('key').where('key', 'in', keys).compile()));
const insertPersonWords = preparedRowsInsert<{ word: string; person_id: number }, unknown>(['word', 'person_id'], (db, rows) => db.insertInto('person_words').values(rows).compile());

/** Records a person's country once a mention gives it. */
export async function setPersonCountry(db: Kysely<Database>, personId: number, country: string): Promise<void> {
  await db.updateTable('people').set({ country }).where('id', '=', personId).where('country', 'is', null).execute();
}

/** Points each participant at its person: a statement per few dozen participants (one step links a whole batch's). */
export async function setParticipantsPeople(db: Kysely<Database>, assignments: readonly { readonly participantId: number; readonly personId: number }[]): Promise<void> {
  for (let i = 0; i < assignments.length; i += PEOPLE_PER_UPDATE) {
    const chunk = assignments.slice(i, i + PEOPLE_PER_UPDATE);
    await setParticipantsPeopleQuery(chunk.length)(db, ...chunk.flatMap((a) => [a.participantId, a.personId]));
  }
}

const PEOPLE_PER_UPDATE = 50;
// As `setPlanWindowsQuery`: one `case` over the participants' ids, each value cast to the column's type.
const setParticipantsPeopleQuery = preparedQueryFamily((count: number) => preparedQuery(2 * count, (db, ...values) => {
  const rows = Array.from({ length: count }, (_, r) => values.slice(2 * r, 2 * r + 2));
  return db.updateTable('participants').set({
    person_id: sql<never>`case id ${sql.join(rows.map((row) => sql`when ${row[0]} then cast(${row[1]} as integer)`), sql` `)} end`,
  }).where('id', 'in', rows.map((row) => row[0]!)).compile();
}));

/** A stored document as the linking module reads it (see `LinkDocument`): metadata, record JSON, and the text when asked. */
export interface StoredLinkDocument {
  readonly id: number;
  readonly publisher: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly recordJson: string | null;
  /** The revision of `recordJson` (`documents.record_rev`). */
  readonly recordRev: number;
  readonly text: string | null;
}

/** Documents `ids` (those with a record), with their text when `withText`. */
export async function linkDocuments(db: Kysely<Database>, ids: readonly number[], withText: boolean): Promise<StoredLinkDocument[]> {
  const out: StoredLinkDocument[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const batch = ids.slice(i, i + 500);
    if (withText) {
      const rows = await db.selectFrom('documents').select(['id', 'publisher', 'published', 'url', 'record_json', 'record_rev', 'text']).where('id', 'in', batch).execute();
      for (const r of rows) out.push({ id: r.id, publisher: r.publisher, published: r.published, url: r.url, recordJson: r.record_json, recordRev: r.record_rev, text: r.text });
    } else {
      for (const r of await linkDocumentsQuery(db, batch)) out.push({ id: r.id, publisher: r.publisher, published: r.published, url: r.url, recordJson: r.record_json, recordRev: r.record_rev, text: null });
    }
  }
  return out;
}

const linkDocumentsQuery = preparedInList((db, ids) => db.selectFrom('documents').select(['id', 'publisher', 'published', 'url', 'record_json', 'record_rev']).where('id', 'in', ids).compile());

/** Documents `ids` without their record: what tells whether a record parsed earlier is still the stored one. */
export async function linkDocumentHeads(db: Kysely<Database>, ids: readonly number[]): Promise<Omit<StoredLinkDocument, 'recordJson' | 'text'>[]> {
  return (await linkDocumentHeadsQuery(db, ids)).map((r) => ({ id: r.id, publisher: r.publisher, published: r.published, url: r.url, recordRev: r.record_rev }));
}

const linkDocumentHeadsQuery = preparedInList((db, ids) => db.selectFrom('documents').select(['id', 'publisher', 'published', 'url', 'record_rev']).where('id', 'in', ids).compile());

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
  const rows = await docMeetingQuery(db).where('dm.meeting_id', 'is', null)
    .orderBy((eb) => eb.fn.coalesce('dm.date', eb.val('9999-12-31'))).orderBy('dm.id').execute();
  return withPeople(db, rows);
}

/** The days a report's meeting took place in (`meetingWindow`); null when nothing dates it. */
export type ReportWindow = { readonly start: string; readonly end: string } | null;

/** A report already assigned to a merged meeting. */
export interface LinkedReport {
  readonly id: number;
  readonly documentId: number;
  readonly idx: number;
  readonly meetingId: number;
}

/**
 * Already-linked reports with sides `countriesKey` and mode `mode` whose window overlaps `[from, to]` (ISO,
 * inclusive), given that no window is longer than `maxSpanDays`: the candidates a new report of the same meeting would
 * join. Index: doc_meetings(countries_key, mode, window_start).
 */
export async function linkedReportsNear(db: Kysely<Database>, countriesKey: string, mode: string, from: string, to: string, earliestStart: string): Promise<LinkedReport[]> {
  const rows = await linkedReportsNearQuery(db, countriesKey, mode, earliestStart, to, from);
  return rows.map((r) => ({ id: r.id, documentId: r.document_id, idx: r.idx, meetingId: r.meeting_id! }));
}

const linkedReportsNearQuery = preparedQuery(5, (db, countriesKey, mode, earliestStart, to, from) => db.selectFrom('doc_meetings')
  .select(['id', 'document_id', 'idx', 'meeting_id'])
  .where('countries_key', '=', countriesKey).where('mode', '=', mode)
  .where('window_start', '>=', earliestStart).where('window_start', '<=', to).where('window_end', '>=', from)
  .where('meeting_id', 'is not', null)
  .limit(literalLimit(200))
  .compile());

/** The merged meetings each of documents `documentIds` reports (every id is a key, with an empty list when none). */
export async function meetingsOfDocuments(db: Kysely<Database>, documentIds: readonly number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>(documentIds.map((id) => [id, []]));
  for (const r of await meetingsOfDocumentsQuery(db, documentIds)) out.get(r.document_id)!.push(r.meeting_id!);
  return out;
}

const meetingsOfDocumentsQuery = preparedInList((db, documentIds) => db.selectFrom('doc_meetings').select(['document_id', 'meeting_id'])
  .where('document_id', 'in', documentIds).where('meeting_id', 'is not', null).compile());

/** Every report of merged meetings `meetingIds`. Index: doc_meetings(meeting_id). */
export async function reportsOfMeetings(db: Kysely<Database>, meetingIds: readonly number[]): Promise<LinkedReport[]> {
  const out: LinkedReport[] = [];
  for (let i = 0; i < meetingIds.length; i += 500) {
    const rows = await db.selectFrom('doc_meetings').select(['id', 'document_id', 'idx', 'meeting_id'])
      .where('meeting_id', 'in', meetingIds.slice(i, i + 500)).execute();
    for (const r of rows) out.push({ id: r.id, documentId: r.document_id, idx: r.idx, meetingId: r.meeting_id! });
  }
  return out;
}

/** The merged meeting of report (document, idx); null when it has none (yet) or does not exist. */
export async function meetingOfReport(db: Kysely<Database>, documentId: number, idx: number): Promise<number | null> {
  const row = await db.selectFrom('doc_meetings').select('meeting_id').where('document_id', '=', documentId).where('idx', '=', idx).executeTakeFirst();
  return row?.meeting_id ?? null;
}

/**
 * Creates a merged meeting whose only source is `dm` (canonical values from it), records `dm`'s window, and returns
 * the meeting's id. When `reuseIds`,
 * the id its report's meeting had before its derived rows were removed (a new version of its source, reprocess: see
 * `meeting_id_claims`) is taken again if no meeting holds it now.
 */
export async function createMeetingFrom(db: Kysely<Database>, dm: LinkableDocMeeting, window: ReportWindow, reuseIds = false): Promise<number> {
  let claimed: number | undefined;
  if (reuseIds) {
    const claim = await db.selectFrom('meeting_id_claims as c').innerJoin('documents as d', 'd.source_key', 'c.source_key')
      .select('c.meeting_id').where('d.id', '=', dm.documentId).where('c.idx', '=', dm.idx).executeTakeFirst();
    if (claim !== undefined && (await db.selectFrom('meetings').select('id').where('id', '=', claim.meeting_id).executeTakeFirst()) === undefined) {
      claimed = claim.meeting_id;
    }
  }
  const values = {
    date: dm.date, level: dm.level, mode: dm.mode, countries_key: dm.countriesKey, place: dm.place,
    occasion: dm.occasion, duration_minutes: dm.durationMinutes, source_count: 1,
  };
  const { id } = claimed === undefined
    ? (await insertMeetingQuery(db, dm.date, dm.level, dm.mode, dm.countriesKey, dm.place, dm.occasion, dm.durationMinutes))[0]!
    : await db.insertInto('meetings').values({ ...values, id: claimed }).returning('id').executeTakeFirstOrThrow();
  // A new id has no country rows yet (ids are never reused: autoincrement, sequences); a claimed one may.
  await writeMeetingCountries(db, id, dm.countriesKey, dm.date, claimed !== undefined);
  await setReportLinkQuery(db, id, null, window?.start ?? null, window?.end ?? null, dm.id);
  return id;
}

const insertMeetingQuery = preparedQuery(7, (db, date, level, mode, countriesKey, place, occasion, durationMinutes) => db.insertInto('meetings').values({
  date, level, mode, countries_key: countriesKey, place, occasion, duration_minutes: durationMinutes, source_count: 1,
}).returning('id').compile());
const setReportMeetingQuery = preparedQuery(3, (db, meetingId, mergeJson, id) => db.updateTable('doc_meetings')
  .set({ meeting_id: meetingId, merge_json: mergeJson }).where('id', '=', id).compile());
// A report's window is written with its first link, in one statement.
const setReportLinkQuery = preparedQuery(5, (db, meetingId, mergeJson, start, end, id) => db.updateTable('doc_meetings')
  .set({ meeting_id: meetingId, merge_json: mergeJson, window_start: start, window_end: end }).where('id', '=', id).compile());

/** True when some report's former meeting id waits to be reused (see `createMeetingFrom`). */
export async function hasMeetingIdClaims(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('meeting_id_claims').select('idx').limit(literalLimit(1)).executeTakeFirst()) !== undefined;
}

/** Forgets the former meeting ids not reused by the link step that just ran (their reports are gone or joined others). */
export async function clearMeetingIdClaims(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('meeting_id_claims').execute();
}

/**
 * Assigns `docMeetingId` to merged meeting `meetingId` with the explanation (JSON `MergeExplanation`), then refreshes
 * the meeting. `window`, when given, is recorded as the report's (its first link); else its window is left as it is.
 */
export async function joinMeeting(db: Kysely<Database>, docMeetingId: number, meetingId: number, mergeJson: string, window?: ReportWindow): Promise<void> {
  if (window === undefined) await setReportMeetingQuery(db, meetingId, mergeJson, docMeetingId);
  else await setReportLinkQuery(db, meetingId, mergeJson, window?.start ?? null, window?.end ?? null, docMeetingId);
  await refreshMeetings(db, [meetingId]);
}

async function writeMeetingCountries(db: Kysely<Database>, meetingId: number, key: string, date: string | null, replace = true): Promise<void> {
  if (replace) await deleteMeetingCountriesQuery(db, meetingId);
  const countries = key === '' ? [] : key.split(',');
  if (countries.length > 0 && countries.length <= PREPARED_COUNTRY_ROWS) {
    await insertMeetingCountriesQuery(countries.length)(db, meetingId, date, ...countries);
  } else if (countries.length > 0) {
    await db.insertInto('meeting_countries').values(countries.map((country) => ({ meeting_id: meetingId, country, date }))).execute();
  }
}

const deleteMeetingCountriesQuery = preparedQuery(1, (db, meetingId) => db.deleteFrom('meeting_countries').where('meeting_id', '=', meetingId).compile());
/** Country rows of one meeting inserted by a prepared statement (one per count); more go through the builder. */
const PREPARED_COUNTRY_ROWS = 8;
const insertMeetingCountriesQuery = preparedQueryFamily((count: number) =>
  preparedQuery(2 + count, (db, meetingId, date, ...countries) => db.insertInto('meeting_countries')
    .values(countries.map((country) => ({ meeting_id: meetingId, country, date }))).compile()));

/**
 * Recomputes merged meetings from their remaining sources: canonical values from the earliest-published source
 * (undated publications last, then lowest document id), `source_count`, and the country rows. A meeting left without
 * a source is deleted, and the plans it held are marked unlinked so the next link step looks again.
 */
export async function refreshMeetings(db: Kysely<Database>, meetingIds: readonly number[]): Promise<void> {
  for (const meetingId of new Set(meetingIds)) {
    const sources = await meetingSourcesQuery(db, meetingId);
    const first = sources[0];
    if (first === undefined) {
      const held = await db.selectFrom('follow_ups').select('plan_id').where('held_meeting_id', '=', meetingId).execute();
      if (held.length > 0) await db.updateTable('plans').set({ linked: 0 }).where('id', 'in', held.map((h) => h.plan_id)).execute();
      await db.deleteFrom('meetings').where('id', '=', meetingId).execute();
      continue;
    }
    await updateMeetingQuery(db, first.date, first.level, first.mode, first.countries_key, first.place, first.occasion,
      first.duration_minutes, sources.length, meetingId);
    await writeMeetingCountries(db, meetingId, first.countries_key, first.date);
    // The first source carries no merge explanation: it is the one the others joined.
    await clearMergeJsonQuery(db, first.id);
  }
}

const meetingSourcesQuery = preparedQuery(1, (db, meetingId) => docMeetingQuery(db).where('dm.meeting_id', '=', meetingId)
  .orderBy((eb) => eb.fn.coalesce('d.published', eb.val('9999-12-31'))).orderBy('dm.document_id').orderBy('dm.idx').compile());
const updateMeetingQuery = preparedQuery(9, (db, date, level, mode, countriesKey, place, occasion, durationMinutes, sourceCount, id) => db.updateTable('meetings').set({
  date, level, mode, countries_key: countriesKey, place, occasion, duration_minutes: durationMinutes, source_count: sourceCount,
}).where('id', '=', id).compile());
const clearMergeJsonQuery = preparedQuery(1, (db, id) => db.updateTable('doc_meetings').set({ merge_json: null }).where('id', '=', id).compile());

/** A plan the link step has not looked at yet. */
export interface PendingPlan {
  readonly id: number;
  readonly documentId: number;
  readonly idx: number;
}

/** Plans the link step has not looked at yet (`linked` 0; index: plans_unlinked_idx). */
export async function pendingPlans(db: Kysely<Database>): Promise<PendingPlan[]> {
  return db.selectFrom('plans').select(['id', 'document_id as documentId', 'idx']).where('linked', '=', 0).orderBy('id').execute();
}

/** Where a plan may be matched (see {@link setPlanWindows}). */
export interface PlanWindow {
  readonly planId: number;
  /**
   * `key` the sides a holding event must have (null when the plan names none and its document's meeting is
   * multilateral: then it is matched only when it is linked), and the days `[from, to]` a holding event's window must
   * overlap; null: unmatchable.
   */
  readonly window: { readonly key: string | null; readonly from: string; readonly to: string } | null;
}

/** Records where each plan may be matched and marks it linked: a statement per few dozen plans. */
export async function setPlanWindows(db: Kysely<Database>, windows: readonly PlanWindow[]): Promise<void> {
  for (let i = 0; i < windows.length; i += WINDOWS_PER_UPDATE) {
    const chunk = windows.slice(i, i + WINDOWS_PER_UPDATE);
    await setPlanWindowsQuery(chunk.length)(db, ...chunk.flatMap(({ planId, window: w }) =>
      [planId, w?.key ?? null, w?.from ?? null, w?.to ?? null, w === null ? null : planSpanClass(w.from, w.to)]));
  }
}

const WINDOWS_PER_UPDATE = 50;
// One `case` per column over the plans' ids (portable: SQLite and PostgreSQL alike); each value cast to its column's
// type, which a server could not infer from a parameter inside `case`.
const setPlanWindowsQuery = preparedQueryFamily((count: number) => preparedQuery(5 * count, (db, ...values) => {
  const rows = Array.from({ length: count }, (_, r) => values.slice(5 * r, 5 * r + 5));
  const column = (c: number, type: 'text' | 'integer') =>
    sql<never>`case id ${sql.join(rows.map((row) => sql`when ${row[0]} then cast(${row[c]} as ${sql.raw(type)})`), sql` `)} end`;
  return db.updateTable('plans').set({
    match_key: column(1, 'text'), match_from: column(2, 'text'), match_to: column(3, 'text'), match_span: column(4, 'integer'), linked: 1,
  }).where('id', 'in', rows.map((row) => row[0]!)).compile();
}));

/** Documents with a report or a past reference whose held candidate is not computed yet. */
export async function documentsWithoutCandidates(db: Kysely<Database>): Promise<number[]> {
  const reports = await db.selectFrom('doc_meetings as dm').leftJoin('held_candidates as hc', 'hc.doc_meeting_id', 'dm.id')
    .select('dm.document_id').distinct().where('dm.meeting_id', 'is', null).where('hc.id', 'is', null).execute();
  // Not `distinct`: SQLite would scan past_refs in document order instead of reading the partial index of unlinked ones.
  const refs = await db.selectFrom('past_refs').select('document_id').where('linked', '=', 0).execute();
  return [...new Set([...reports.map((r) => r.document_id), ...refs.map((r) => r.document_id)])].sort((a, b) => a - b);
}

/** The ids of a document's reports and past references by index, for attaching held candidates to them. */
export interface CandidateSources {
  readonly reports: Map<number, number>;
  readonly refs: Map<number, number>;
}

/** The {@link CandidateSources} of each of documents `documentIds` (every id is a key). */
export async function candidateSourcesOf(db: Kysely<Database>, documentIds: readonly number[]): Promise<Map<number, CandidateSources>> {
  const out = new Map<number, CandidateSources>(documentIds.map((id) => [id, { reports: new Map(), refs: new Map() }]));
  for (const r of await reportIdsQuery(db, documentIds)) out.get(r.document_id)!.reports.set(r.idx, r.id);
  for (const r of await pastRefIdsQuery(db, documentIds)) out.get(r.document_id)!.refs.set(r.idx, r.id);
  return out;
}

const reportIdsQuery = preparedInList((db, documentIds) => db.selectFrom('doc_meetings').select(['document_id', 'id', 'idx']).where('document_id', 'in', documentIds).compile());
const pastRefIdsQuery = preparedInList((db, documentIds) => db.selectFrom('past_refs').select(['document_id', 'id', 'idx']).where('document_id', 'in', documentIds).compile());

/** A held candidate to store: exactly one of `docMeetingId`, `pastRefId` is set. */
export interface NewHeldCandidate {
  readonly documentId: number;
  readonly docMeetingId: number | null;
  readonly pastRefId: number | null;
  readonly atFrom: string;
  readonly atTo: string;
  readonly countries: readonly string[];
  readonly candidateJson: string;
}

/**
 * Stores held candidates (each unless its report or reference has one already, or an earlier one of `candidates` has
 * the same) with their lookup keys; returns the id of each, null where it was not stored. A few statements for them all.
 */
export async function insertHeldCandidates(db: Kysely<Database>, candidates: readonly NewHeldCandidate[]): Promise<(number | null)[]> {
  const rows: HeldCandidateRow[] = candidates.map((c) => ({
    document_id: c.documentId, doc_meeting_id: c.docMeetingId, past_ref_id: c.pastRefId, at_from: c.atFrom, at_to: c.atTo,
    countries_key: [...new Set(c.countries)].sort().join(','), candidate_json: c.candidateJson,
  }));
  // A candidate's report or reference is unique: the returned rows are told apart by it.
  const sourceOf = (r: { doc_meeting_id: number | null; past_ref_id: number | null }): string => r.doc_meeting_id !== null ? `m${r.doc_meeting_id}` : `r${r.past_ref_id}`;
  const idOf = new Map<string, number>();
  for (const r of await insertHeldCandidateRows(db, rows)) idOf.set(sourceOf(r), r.id);
  const ids: (number | null)[] = [];
  const keyRows: CandidateKeyRow[] = [];
  for (const [i, row] of rows.entries()) {
    const id = idOf.get(sourceOf(row)) ?? null;
    if (id !== null) idOf.delete(sourceOf(row));
    ids.push(id);
    if (id === null || row.countries_key === '') continue;
    const c = candidates[i]!;
    const countries = row.countries_key.split(',');
    const wide = countries.length >= WIDE_CANDIDATE_SIDES;
    const long = ((dayNumber(c.atTo) - dayNumber(c.atFrom) > LONG_CANDIDATE_DAYS ? 1 : 0) + (wide ? WIDE_KEY_CLASS : 0)) as CandidateKeyRow['long'];
    const keys = [...countries];
    // A wide candidate has no pair rows (migration 009): its pairs are found from one side's wide rows.
    if (!wide) for (let a = 0; a < countries.length; a++) for (let b = a + 1; b < countries.length; b++) keys.push(`${countries[a]},${countries[b]}`);
    for (const key of keys) keyRows.push({ candidate_id: id, key, long, at_from: c.atFrom, at_to: c.atTo, document_id: c.documentId });
  }
  await insertCandidateKeys(db, keyRows);
  return ids;
}

interface HeldCandidateRow {
  readonly document_id: number;
  readonly doc_meeting_id: number | null;
  readonly past_ref_id: number | null;
  readonly at_from: string;
  readonly at_to: string;
  readonly countries_key: string;
  readonly candidate_json: string;
}
const insertHeldCandidateRows = preparedRowsInsert<HeldCandidateRow, { id: number; doc_meeting_id: number | null; past_ref_id: number | null }>(
  ['document_id', 'doc_meeting_id', 'past_ref_id', 'at_from', 'at_to', 'countries_key', 'candidate_json'],
  (db, rows) => db.insertInto('held_candidates').values(rows).onConflict((oc) => oc.doNothing()).returning(['id', 'doc_meeting_id', 'past_ref_id']).compile());

interface CandidateKeyRow {
  readonly candidate_id: number;
  readonly key: string;
  readonly long: 0 | 1 | 2 | 3;
  readonly at_from: string;
  readonly at_to: string;
  readonly document_id: number;
}
const insertCandidateKeys = preparedRowsInsert<CandidateKeyRow, unknown>(['candidate_id', 'key', 'long', 'at_from', 'at_to', 'document_id'],
  (db, rows) => db.insertInto('held_candidate_keys').values(rows).compile());

/** Marks the past references of documents `documentIds` as having their held candidates. */
export async function markPastRefsLinked(db: Kysely<Database>, documentIds: readonly number[]): Promise<void> {
  await markPastRefsLinkedQuery(db, documentIds);
}

// `linked = 0` as a literal: a bound value there makes SQLite re-plan the statement on every run (partial index).
const markPastRefsLinkedQuery = preparedInList((db, documentIds) => db.updateTable('past_refs').set({ linked: 1 })
  .where('document_id', 'in', documentIds).where('linked', '=', sql.lit(0)).compile());

/**
 * A stored held candidate, with the report it comes from and that report's merged meeting; its `HeldCandidate` JSON
 * is read apart ({@link heldCandidateJsons}): a held candidate row is never updated and its id never reused once
 * committed, so a caller that parsed it once need not read it again.
 */
export interface StoredHeldCandidate {
  readonly id: number;
  readonly documentId: number;
  /** Index of the report in its document (null for a past reference). */
  readonly meetingIdx: number | null;
  /** The merged meeting of the report (null for a past reference, or a report not linked yet). */
  readonly meetingId: number | null;
  readonly atFrom: string;
  readonly atTo: string;
}

function heldCandidateQuery(db: Kysely<Database>) {
  return db.selectFrom('held_candidates as hc').leftJoin('doc_meetings as dm', 'dm.id', 'hc.doc_meeting_id')
    .select(['hc.id', 'hc.document_id', 'dm.idx', 'dm.meeting_id', 'hc.at_from', 'hc.at_to']);
}

function toStoredCandidate(r: { id: number; document_id: number; idx: number | null; meeting_id: number | null; at_from: string; at_to: string }): StoredHeldCandidate {
  return { id: r.id, documentId: r.document_id, meetingIdx: r.idx, meetingId: r.meeting_id, atFrom: r.at_from, atTo: r.at_to };
}

/** The `HeldCandidate` JSON of held candidates `ids` (those that exist), by id. */
export async function heldCandidateJsons(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, string>> {
  return new Map((await heldCandidateJsonsQuery(db, ids)).map((r) => [r.id, r.candidate_json]));
}

const heldCandidateJsonsQuery = preparedInList((db, ids) => db.selectFrom('held_candidates').select(['id', 'candidate_json']).where('id', 'in', ids).compile());

/**
 * Held candidates with side `country` (and `alsoCountry` when not null) whose window overlaps `[from, to]`, given that
 * no candidate window is longer than `maxSpanDays` (so `at_from >= earliestStart`), outside document
 * `excludeDocumentId`; earliest first (ties: oldest candidate), at most `limit`. Index: held_candidate_keys lookup
 * (covering): short windows from a range starting `LONG_CANDIDATE_DAYS` before `from`, long ones from `earliestStart`;
 * for a pair, the pair's ranges and the wide candidates of `country` that have `alsoCountry` too (migration 009).
 */
export async function heldCandidatesNear(db: Kysely<Database>, q: {
  country: string; alsoCountry: string | null; from: string; to: string; earliestStart: string; excludeDocumentId: number; limit: number;
}): Promise<StoredHeldCandidate[]> {
  const shortStart = addDaysIso(q.from, -LONG_CANDIDATE_DAYS);
  const shortFrom = shortStart > q.earliestStart ? shortStart : q.earliestStart;
  const rows = q.alsoCountry === null
    ? await heldCandidatesOfSideQuery(q.limit)(db, q.country, shortFrom, q.earliestStart, q.to, q.from, q.excludeDocumentId)
    : await heldCandidatesOfPairQuery(q.limit)(db, [q.country, q.alsoCountry].sort().join(','), q.country, q.alsoCountry,
      shortFrom, q.earliestStart, q.to, q.from, q.excludeDocumentId);
  return rows.map(toStoredCandidate);
}

type HeldCandidateNearRow = { id: number; document_id: number; idx: number | null; meeting_id: number | null; at_from: string; at_to: string };

/**
 * One index range of held_candidate_keys: rows of `key` and class `long` whose window may overlap `[from, to]`,
 * earliest first, at most `limit`; `alsoKey`, when given, keeps the candidates that have a row of that key too.
 */
function candidateKeyRange(long: 0 | 1 | 2 | 3, key: Placeholder, start: Placeholder, to: Placeholder, from: Placeholder, excludeDocumentId: Placeholder, limit: number, alsoKey?: Placeholder) {
  const also = alsoKey === undefined ? sql`` : sql` and exists (select 1 from held_candidate_keys as w
    where w.candidate_id = held_candidate_keys.candidate_id and w.key = ${alsoKey})`;
  return sql`select * from (select candidate_id, at_from from held_candidate_keys
    where key = ${key} and long = ${sql.lit(long)} and at_from >= ${start} and at_from <= ${to} and at_to >= ${from}
    and document_id != ${excludeDocumentId}${also} order by at_from limit ${literalLimit(limit)}) as ${sql.id(`range_${long}`)}`;
}

// The first `limit` keys are chosen before the join, so only their candidates' rows are read: the same
// rows, since every key row has its candidate (foreign key) and (at_from, candidate_id) orders them totally.
function nearestCandidates(ranges: RawBuilder<unknown>[], limit: number) {
  return sql<HeldCandidateNearRow>`
    select hc.id, hc.document_id, dm.idx, dm.meeting_id, hc.at_from, hc.at_to
    from (select * from (${sql.join(ranges, sql` union all `)}) as u order by at_from, candidate_id limit ${literalLimit(limit)}) as k
    join held_candidates as hc on hc.id = k.candidate_id left join doc_meetings as dm on dm.id = hc.doc_meeting_id
    order by k.at_from, k.candidate_id`;
}

// One prepared query per limit, written into it (see `literalLimit`). A side: its narrow and wide rows.
const heldCandidatesOfSideQuery = preparedQueryFamily((limit: number) => preparedQuery(6, (db, key, shortFrom, earliestStart, to, from, excludeDocumentId) =>
  nearestCandidates([
    candidateKeyRange(0, key, shortFrom, to, from, excludeDocumentId, limit),
    candidateKeyRange(1, key, earliestStart, to, from, excludeDocumentId, limit),
    candidateKeyRange(WIDE_KEY_CLASS, key, shortFrom, to, from, excludeDocumentId, limit),
    candidateKeyRange(WIDE_KEY_CLASS + 1 as 3, key, earliestStart, to, from, excludeDocumentId, limit),
  ], limit).compile(db)));

// A pair: its pair rows, and the wide rows of one side whose candidate has the other side.
const heldCandidatesOfPairQuery = preparedQueryFamily((limit: number) => preparedQuery(9, (db, pairKey, side, otherSide, shortFrom, earliestStart, to, from, excludeDocumentId) =>
  nearestCandidates([
    candidateKeyRange(0, pairKey, shortFrom, to, from, excludeDocumentId, limit),
    candidateKeyRange(1, pairKey, earliestStart, to, from, excludeDocumentId, limit),
    candidateKeyRange(WIDE_KEY_CLASS, side, shortFrom, to, from, excludeDocumentId, limit, otherSide),
    candidateKeyRange(WIDE_KEY_CLASS + 1 as 3, side, earliestStart, to, from, excludeDocumentId, limit, otherSide),
  ], limit).compile(db)));

/** Held candidates by id. */
export async function heldCandidatesById(db: Kysely<Database>, ids: readonly number[]): Promise<StoredHeldCandidate[]> {
  const out: StoredHeldCandidate[] = [];
  for (let i = 0; i < ids.length; i += 500) out.push(...(await heldCandidateQuery(db).where('hc.id', 'in', ids.slice(i, i + 500)).execute()).map(toStoredCandidate));
  return out;
}

/**
 * Linked plans with match key among `keys` whose window overlaps `[from, to]`, given that no plan window is longer
 * than the span `earliestFrom` allows, announced outside document `excludeDocumentId`; most recently opened first, at
 * most `limit`. Index: plans(match_key, match_span, match_from, match_to, document_id), one range per key and window
 * class, each starting only as far before `from` as that class's longest window reaches.
 */
export async function plansCovering(db: Kysely<Database>, q: {
  keys: readonly string[]; from: string; to: string; earliestFrom: string; excludeDocumentId: number; limit: number;
  /** Only plans of these kinds (the kinds the event can hold). */
  kinds: readonly string[];
  /**
   * The (key, class) pairs plans have, from {@link planMatchClasses} in the same transaction: ranges of other pairs
   * are not read (they hold nothing). Undefined: every range is read.
   */
  classes?: ReadonlySet<string>;
}): Promise<PendingPlan[]> {
  if (q.kinds.length === 0) return [];
  // One index range per key and class, each in index order so its scan stops after `limit` rows; then the latest of
  // them all. The ranges go in one statement (one round trip to a server), each its own limited subquery.
  const ranges: (string | number)[] = [];
  for (const key of q.keys) {
    for (let span = 0; span <= PLAN_SPAN_CLASSES.length; span++) {
      if (q.classes !== undefined && !q.classes.has(planClassKey(key, span))) continue;
      const reach = PLAN_SPAN_CLASSES[span];
      const bound = reach === undefined ? q.earliestFrom : addDaysIso(q.from, -reach);
      ranges.push(key, span, bound > q.earliestFrom ? bound : q.earliestFrom);
    }
  }
  const rows: (PendingPlan & { from: string })[] = [];
  for (let i = 0; i < ranges.length; i += 3 * RANGES_PER_STATEMENT) {
    const chunk = ranges.slice(i, i + 3 * RANGES_PER_STATEMENT);
    rows.push(...(await planRangesQuery(`${chunk.length / 3}:${q.kinds.length}:${q.limit}`)(db, q.to, q.from, q.excludeDocumentId, ...q.kinds, ...chunk)));
  }
  return rows.sort((a, b) => b.from.localeCompare(a.from) || a.id - b.id).slice(0, q.limit).map(({ id, documentId, idx }) => ({ id, documentId, idx }));
}

/** Index ranges {@link plansCovering} reads with one statement (prepared once per range count). */
const RANGES_PER_STATEMENT = 8;

/** The entry of `(key, class)` in {@link planMatchClasses}' set. */
function planClassKey(key: string, span: number): string {
  return `${span}:${key}`;
}

/**
 * The (match key, window class) pairs some plan has among keys `keys`, as {@link plansCovering}'s `classes`: an index
 * seek per pair, a statement per {@link CLASS_PROBE_KEYS} keys — so the cost follows the keys asked about, not every
 * key stored (one per dyad and side: thousands in a knowledge base of many relations).
 */
export async function planMatchClasses(db: Kysely<Database>, keys: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < keys.length; i += CLASS_PROBE_KEYS) {
    const chunk = keys.slice(i, i + CLASS_PROBE_KEYS);
    for (const r of await planClassProbes(chunk.length)(db, ...chunk)) out.add(planClassKey(r.key, Number(r.span)));
  }
  return out;
}

/** Keys probed per statement by {@link planMatchClasses} (a prepared statement per count up to this). */
const CLASS_PROBE_KEYS = 50;
const planClassProbes = preparedQueryFamily((count: number) => preparedQuery(count, (db, ...keys) => {
  const pairs = keys.flatMap((key) => SPAN_CLASSES.map((span) => sql`select cast(${key} as text) as key, ${sql.lit(span)} as span
    where exists (select 1 from plans where match_key = ${key} and match_span = ${sql.lit(span)})`));
  return sql<{ key: string; span: number }>`${sql.join(pairs, sql` union all `)}`.compile(db);
}));

const SPAN_CLASSES = Array.from({ length: PLAN_SPAN_CLASSES.length + 1 }, (_, span) => span);

/**
 * {@link plansCovering}'s ranges, `"<ranges>:<kinds>:<limit>"` of them: each range over one key and window class, latest
 * first, at most `limit` rows (written into the statement: see `literalLimit`); values: to, from, excludeDocumentId,
 * the kinds, then key, class and start of each range.
 */
const planRangesQuery = preparedQueryFamily((shape: string) => {
  const [rangeCount, kindCount, limit] = shape.split(':').map(Number) as [number, number, number];
  return preparedQuery(3 + kindCount + 3 * rangeCount, (db, to, from, excludeDocumentId, ...rest) => {
    const kinds = rest.slice(0, kindCount);
    const range = (r: number) => {
      const [key, span, start] = rest.slice(kindCount + 3 * r, kindCount + 3 * r + 3);
      return sql`select * from (select id, document_id as ${sql.id('documentId')}, idx, match_from as ${sql.id('from')} from plans
        where match_key = ${key} and match_span = ${span} and match_from >= ${start} and match_from <= ${to} and match_to >= ${from}
        and document_id != ${excludeDocumentId} and kind in (${sql.join(kinds)}) order by match_from desc limit ${literalLimit(limit)}) as ${sql.id(`range_${r}`)}`;
    };
    return sql<PendingPlan & { from: string }>`${sql.join(Array.from({ length: rangeCount }, (_, r) => range(r)), sql` union all `)}`.compile(db);
  });
});

/**
 * A plan's current follow-up. Its explanation is read apart ({@link followUpExplanationJson}): a follow-up row's
 * explanation is never updated (a new match replaces the row) and its id never reused once committed.
 */
export interface CurrentFollowUp {
  readonly id: number;
  readonly planId: number;
  readonly decidedBy: 'auto' | 'confirmed';
}

/** The follow-ups of plans `planIds`. */
export async function followUpsOf(db: Kysely<Database>, planIds: readonly number[]): Promise<Map<number, CurrentFollowUp>> {
  const out = new Map<number, CurrentFollowUp>();
  for (const r of await followUpsOfQuery(db, planIds)) out.set(r.plan_id, { id: r.id, planId: r.plan_id, decidedBy: r.decided_by });
  return out;
}

const followUpsOfQuery = preparedInList((db, planIds) => db.selectFrom('follow_ups').select(['id', 'plan_id', 'decided_by']).where('plan_id', 'in', planIds).compile());

/** The explanation JSON of follow-up `id`; null when it no longer exists. */
export async function followUpExplanationJson(db: Kysely<Database>, id: number): Promise<string | null> {
  const [row] = await followUpExplanationQuery(db, id);
  return row?.explanation_json ?? null;
}

const followUpExplanationQuery = preparedQuery(1, (db, id) => db.selectFrom('follow_ups').select('explanation_json').where('id', '=', id).compile());

/** Stores that plan `planId` was held, replacing an automatic follow-up it had (never an analyst's). */
export async function replaceFollowUp(db: Kysely<Database>, row: { planId: number; meetingId: number | null; documentId: number; evidenceJson: string; explanationJson: string }): Promise<void> {
  await deleteAutoFollowUpQuery(db, row.planId);
  await insertFollowUp(db, { ...row, decidedBy: 'auto' });
}

const deleteAutoFollowUpQuery = preparedQuery(1, (db, planId) => db.deleteFrom('follow_ups').where('plan_id', '=', planId).where('decided_by', '=', 'auto').compile());

/** Stores that plan `planId` was held, unless it already has a follow-up. */
export async function insertFollowUp(db: Kysely<Database>, row: {
  planId: number; meetingId: number | null; documentId: number; evidenceJson: string; explanationJson: string; decidedBy: 'auto' | 'confirmed';
}): Promise<void> {
  await insertFollowUpQuery(db, row.planId, row.meetingId, row.documentId, row.evidenceJson, row.explanationJson, row.decidedBy);
}

const insertFollowUpQuery = preparedQuery(6, (db, planId, meetingId, documentId, evidenceJson, explanationJson, decidedBy) => db.insertInto('follow_ups').values({
  plan_id: planId, held_meeting_id: meetingId, held_document_id: documentId,
  evidence_json: evidenceJson, explanation_json: explanationJson, decided_by: decidedBy,
}).onConflict((oc) => oc.column('plan_id').doNothing()).compile());

/** Analyst decisions the link step obeys: rejected and confirmed merges, rejected and confirmed follow-ups. */
export interface LinkCorrections {
  /** `"docA:idxA|docB:idxB"` (smaller first) for every rejected merge. */
  readonly rejectedMerges: ReadonlySet<string>;
  /** Report `"doc:idx"` -> the reports an analyst confirmed it is one meeting with. */
  readonly confirmedMerges: ReadonlyMap<string, readonly { documentId: number; idx: number }[]>;
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
  const merges = new Map<string, { action: string; a: { documentId: number; idx: number }; b: { documentId: number; idx: number } }>();
  const followUps = new Map<string, { action: string; planDoc: number; planIdx: number; heldDoc: number; heldIdx: number }>();
  for (const r of rows) {
    if (r.other_document_id === null || r.other_meeting_idx === null) continue;
    if (r.target === 'merge' && r.meeting_idx !== null) {
      const a = { documentId: r.document_id, idx: r.meeting_idx };
      const b = { documentId: r.other_document_id, idx: r.other_meeting_idx };
      merges.set(meetingPairKey(a, b), { action: r.action, a, b });
    } else if (r.target === 'follow-up' && r.plan_idx !== null) {
      followUps.set(`${r.document_id}:${r.plan_idx}|${r.other_document_id}:${r.other_meeting_idx}`,
        { action: r.action, planDoc: r.document_id, planIdx: r.plan_idx, heldDoc: r.other_document_id, heldIdx: r.other_meeting_idx });
    }
  }
  const confirmedMerges = new Map<string, { documentId: number; idx: number }[]>();
  for (const m of merges.values()) {
    if (m.action !== 'confirm') continue;
    for (const [x, y] of [[m.a, m.b], [m.b, m.a]] as const) {
      const key = `${x.documentId}:${x.idx}`;
      confirmedMerges.set(key, [...(confirmedMerges.get(key) ?? []), y]);
    }
  }
  return {
    rejectedMerges: new Set([...merges].filter(([, m]) => m.action === 'reject').map(([k]) => k)),
    confirmedMerges,
    rejectedFollowUps: new Set([...followUps].filter(([, f]) => f.action === 'reject').map(([k]) => k)),
    confirmedFollowUps: [...followUps.values()].filter((f) => f.action === 'confirm'),
  };
}
