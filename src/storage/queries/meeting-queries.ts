/**
 * Read queries over merged meetings: listings with filters, one meeting in full, and the view builder the other
 * queries share. Dialect-neutral SQL through Kysely; analyst corrections applied as the views are built.
 */
import { sql, type Kysely } from 'kysely';
import type { Evidence, Level, Meeting, Mode, Participant } from '../../domain/record.ts';
import type { MeetingDetailView, MeetingView, MergeExplanation, ParticipantView, SourcedValue, SourceView } from '../../app/views.ts';
import { correctionsForDocuments, correctionView, fieldCorrections, touchesMeeting, type DocMeetingKey } from '../correction-repository.ts';
import type { Database, DocMeetingRow, MeetingRow } from '../schema.ts';
import { plansOfMeeting } from './plan-queries.ts';
import { personIdsMatching } from './person-queries.ts';
import { compareSources, dyadKey, inBatches, keyCodes, parseJson, sourceViews } from './source-views.ts';

/** Filters of `readout meetings`; every one optional, all must hold. */
export interface MeetingFilters {
  /** Two (or more) codes in any order: "JP-RU" = "RU-JP"; the meeting's sides must be exactly these. */
  readonly dyad?: string | undefined;
  /** One of the sides. */
  readonly country?: string | undefined;
  /** A participant's name as `personIdsMatching` resolves it ("Kono", "Taro Kono", "Kono Taro"). */
  readonly person?: string | undefined;
  /** Inclusive ISO date bounds on the meeting date (undated meetings are left out when either is given). */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly level?: Level | undefined;
  readonly mode?: Mode | undefined;
  /** Page size (default 100) and rows to skip (default 0). */
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

/** The fields of a meeting an analyst may set with `readout correct --set`, and how each is checked. */
export const CORRECTABLE_MEETING_FIELDS = ['date', 'level', 'mode', 'place', 'occasion', 'durationMinutes'] as const;
export type CorrectableMeetingField = (typeof CORRECTABLE_MEETING_FIELDS)[number];

/**
 * Merged meetings matching `filters`, in date order (undated last), then id. The filters apply to the stored
 * (linked) values; a date or level an analyst corrected is shown corrected but filtered by its extracted value.
 */
export async function listMeetings(db: Kysely<Database>, filters: MeetingFilters = {}): Promise<MeetingView[]> {
  return (await buildMeetingViews(db, await meetingRows(db, filters))).map((b) => b.view);
}

/** {@link listMeetings} with every field's per-source values and evidence (what the PLOVER export cites). */
export async function listMeetingsWithFields(db: Kysely<Database>, filters: MeetingFilters = {}): Promise<(MeetingView & Pick<MeetingDetailView, 'fields'>)[]> {
  return (await buildMeetingViews(db, await meetingRows(db, filters))).map((b) => ({ ...b.view, fields: b.fields }));
}

async function meetingRows(db: Kysely<Database>, filters: MeetingFilters): Promise<MeetingRow[]> {
  let query = db.selectFrom('meetings').selectAll();
  if (filters.dyad !== undefined) query = query.where('countries_key', '=', dyadKey(filters.dyad) ?? '');
  if (filters.country !== undefined) {
    const country = filters.country.toUpperCase();
    query = query.where('id', 'in', db.selectFrom('meeting_countries').select('meeting_id').where('country', '=', country));
  }
  if (filters.from !== undefined) query = query.where('date', '>=', filters.from);
  if (filters.to !== undefined) query = query.where('date', '<=', filters.to);
  if (filters.level !== undefined) query = query.where('level', '=', filters.level);
  if (filters.mode !== undefined) query = query.where('mode', '=', filters.mode);
  if (filters.person !== undefined) {
    const people = await personIdsMatching(db, filters.person);
    if (people.length === 0) return [];
    // Participants -> reports -> meetings through indexes only: the report's meeting id is read from the index
    // (id, meeting_id) of migration 007, which SQLite uses for a range on the id but not for an equality (that it
    // answers from the table, one ~1 KB row, and mostly one page, per report: ~1,100 page reads for a person named
    // in 3,000 reports). The range holds exactly one id.
    query = query.where('id', 'in', db.selectFrom('participants')
      .innerJoin('doc_meetings', (join) => join
        .onRef('doc_meetings.id', '>=', 'participants.doc_meeting_id')
        .onRef('doc_meetings.id', '<=', 'participants.doc_meeting_id'))
      .select('doc_meetings.meeting_id')
      .where('participants.person_id', 'in', people));
  }
  // Undated meetings last; with a date bound there are none, and without the null test the order is the
  // (countries_key, date) index's, so a page stops early instead of sorting every meeting in the range.
  if (filters.from === undefined && filters.to === undefined) query = query.orderBy(sql`case when date is null then 1 else 0 end`);
  return query
    .orderBy('date')
    .orderBy('id')
    .limit(filters.limit ?? 100)
    .offset(filters.offset ?? 0)
    .execute();
}

/** Merged meetings by id, in the order of `ids`; unknown ids are skipped. */
export async function meetingsById(db: Kysely<Database>, ids: readonly number[]): Promise<MeetingView[]> {
  const rows: MeetingRow[] = [];
  for (const batch of inBatches(ids)) rows.push(...(await db.selectFrom('meetings').selectAll().where('id', 'in', batch).execute()));
  const byId = new Map((await buildMeetingViews(db, rows)).map((b) => [b.view.id, b.view]));
  return ids.map((id) => byId.get(id)).filter((v): v is MeetingView => v !== undefined);
}

/**
 * One merged meeting in full: every field with each source's value and evidence, conflicts, corrections, and its
 * plans (announced in its sources, or held by it) with their status as of `asOf` (ISO date). Null when there is no
 * meeting `id`.
 */
export async function meetingDetail(db: Kysely<Database>, id: number, asOf: string): Promise<MeetingDetailView | null> {
  const row = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return null;
  const [built] = await buildMeetingViews(db, [row]);
  if (built === undefined) return null;
  const plans = await plansOfMeeting(db, id, built.view.sources.map((s) => s.documentId), asOf);
  return { ...built.view, fields: built.fields, merges: built.merges(), plans };
}

/** The reports (document, meeting index) of a merged meeting, earliest-published source first. */
export async function meetingReports(db: Kysely<Database>, id: number): Promise<(DocMeetingKey & { readonly docMeetingId: number })[]> {
  const rows = await db.selectFrom('doc_meetings')
    .innerJoin('documents', 'documents.id', 'doc_meetings.document_id')
    .select(['doc_meetings.id', 'doc_meetings.document_id', 'doc_meetings.idx', 'documents.published'])
    .where('doc_meetings.meeting_id', '=', id)
    .execute();
  rows.sort((a, b) => compareSources({ ...NO_SOURCE, documentId: a.document_id, published: a.published }, { ...NO_SOURCE, documentId: b.document_id, published: b.published }) || a.idx - b.idx);
  return rows.map((r) => ({ docMeetingId: r.id, documentId: r.document_id, meetingIdx: r.idx }));
}

const NO_SOURCE: SourceView = { documentId: 0, file: null, url: null, title: null, publisher: null, published: null };

type Provenance = Meeting['provenance'];
type ParticipantProvenance = Participant['provenance'];

interface BuiltMeeting {
  readonly view: MeetingView;
  readonly fields: MeetingDetailView['fields'];
  /** Why each source joined (parsed on demand: only the detail view shows it, and listings build many meetings). */
  merges(): MeetingDetailView['merges'];
}

/** The fields `show` lists for every source, with how to read each from a report and its provenance. */
const FIELD_READERS: readonly { field: string; value: (r: DocMeetingRow) => unknown; evidence: (p: Provenance) => Evidence | null }[] = [
  { field: 'date', value: (r) => r.date, evidence: (p) => p.date },
  { field: 'level', value: (r) => r.level, evidence: (p) => p.level },
  { field: 'mode', value: (r) => r.mode, evidence: (p) => p.mode },
  { field: 'countries', value: (r) => keyCodes(r.countries_key), evidence: (p) => p.countries[0] ?? null },
  { field: 'place', value: (r) => r.place, evidence: (p) => p.place },
  { field: 'occasion', value: (r) => r.occasion, evidence: (p) => p.occasion },
  { field: 'durationMinutes', value: (r) => r.duration_minutes, evidence: (p) => p.durationMinutes[0] ?? null },
  { field: 'ordinal', value: (r) => r.ordinal, evidence: (p) => p.ordinal },
];

/**
 * Builds views for meeting rows: loads their reports, sources, participants and corrections in a few batched queries.
 * Order follows `rows`.
 */
export async function buildMeetingViews(db: Kysely<Database>, rows: readonly MeetingRow[]): Promise<BuiltMeeting[]> {
  if (rows.length === 0) return [];
  const reports: DocMeetingRow[] = [];
  for (const batch of inBatches(rows.map((r) => r.id))) {
    reports.push(...(await db.selectFrom('doc_meetings').selectAll().where('meeting_id', 'in', batch).execute()));
  }
  const participants: { doc_meeting_id: number; idx: number; person_id: number | null; name: string; country: string | null; title: string | null; provenance_json: string; person_name: string | null }[] = [];
  for (const batch of inBatches(reports.map((r) => r.id))) {
    participants.push(...(await db.selectFrom('participants')
      .leftJoin('people', 'people.id', 'participants.person_id')
      .select(['participants.doc_meeting_id', 'participants.idx', 'participants.person_id', 'participants.name', 'participants.country', 'participants.title', 'participants.provenance_json', 'people.name as person_name'])
      .where('participants.doc_meeting_id', 'in', batch)
      .execute()));
  }
  const documentIds = reports.map((r) => r.document_id);
  const sources = await sourceViews(db, documentIds);
  const corrections = await correctionsForDocuments(db, documentIds);

  const reportsByMeeting = groupBy(reports, (r) => r.meeting_id ?? 0);
  const participantsByReport = groupBy(participants, (p) => p.doc_meeting_id);
  return rows.map((row) => {
    const own = (reportsByMeeting.get(row.id) ?? [])
      .map((report) => ({ report, source: sources.get(report.document_id) ?? { ...NO_SOURCE, documentId: report.document_id }, provenance: parseJson<Provenance>(report.provenance_json, EMPTY_PROVENANCE) }))
      .sort((a, b) => compareSources(a.source, b.source) || a.report.idx - b.report.idx);
    const keys: DocMeetingKey[] = own.map((o) => ({ documentId: o.report.document_id, meetingIdx: o.report.idx }));
    const mine = corrections.filter((c) => touchesMeeting(c, keys));
    const setFields = fieldCorrections(mine, keys);

    const fields = FIELD_READERS.map(({ field, value, evidence }) => ({
      field,
      values: own.map((o): SourcedValue<unknown> => ({ value: value(o.report), source: o.source, evidence: evidence(o.provenance) })),
    }));
    const conflicts = fields.filter((f) => setFields.has(f.field) || distinctValues(f.values) > 1);

    const participantViews = buildParticipants(own.map((o) => ({ source: o.source, rows: participantsByReport.get(o.report.id) ?? [] })));
    const corrected = <T>(field: CorrectableMeetingField, stored: T): T => (setFields.has(field) ? (setFields.get(field)?.value as T) : stored);
    const view: MeetingView = {
      id: row.id,
      date: corrected('date', row.date),
      level: corrected('level', row.level as Level | null),
      mode: corrected('mode', row.mode as Mode),
      countries: keyCodes(row.countries_key),
      place: corrected('place', row.place),
      occasion: corrected('occasion', row.occasion),
      durationMinutes: corrected('durationMinutes', row.duration_minutes),
      participants: participantViews,
      sources: own.map((o) => o.source),
      conflicts,
      corrections: mine.map(correctionView),
    };
    return { view, fields, merges: () => own.map((o) => ({ source: o.source, explanation: mergeExplanation(o.report) })) };
  });
}

/** Why each report joined its meeting, as the link step recorded it (null for the first source). */
export function mergeExplanation(report: DocMeetingRow): MergeExplanation | null {
  return parseJson<MergeExplanation | null>(report.merge_json, null);
}

const EMPTY_PROVENANCE: Provenance = { date: null, level: null, mode: null, countries: [], durationMinutes: [], place: null, occasion: null, ordinal: null };

function buildParticipants(reports: readonly { source: SourceView; rows: readonly { idx: number; person_id: number | null; name: string; country: string | null; title: string | null; provenance_json: string; person_name: string | null }[] }[]): ParticipantView[] {
  const byPerson = new Map<string, { personId: number; name: string; country: string | null; title: string | null; mentions: SourcedValue<string>[] }>();
  for (const { source, rows } of reports) {
    for (const p of [...rows].sort((a, b) => a.idx - b.idx)) {
      const key = p.person_id !== null ? `#${p.person_id}` : `name:${p.name.toLowerCase()}`;
      const evidence = parseJson<ParticipantProvenance | null>(p.provenance_json, null)?.name ?? null;
      let entry = byPerson.get(key);
      if (entry === undefined) {
        // A participant the link step has not resolved yet has no person id: 0 says so.
        entry = { personId: p.person_id ?? 0, name: p.person_name ?? p.name, country: p.country, title: p.title, mentions: [] };
        byPerson.set(key, entry);
      }
      entry.country ??= p.country;
      entry.title ??= p.title;
      entry.mentions.push({ value: p.name, source, evidence });
    }
  }
  return [...byPerson.values()];
}

function distinctValues(values: readonly SourcedValue<unknown>[]): number {
  return new Set(values.filter((v) => v.value !== null).map((v) => JSON.stringify(v.value))).size;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list === undefined) out.set(k, [item]);
    else list.push(item);
  }
  return out;
}
