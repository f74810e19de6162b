/**
 * Analyst corrections: stored in their own table, apart from extraction output, keyed by (document id, index in the
 * document's record) — keys `reprocess` keeps — so they survive re-extraction and relinking. Corrections are applied
 * when reading (`storage/queries/`), and the link step consults {@link linkDecisions} so
 * it never re-creates what an analyst rejected.
 */
import type { Kysely } from 'kysely';
import type { CorrectionView } from '../app/views.ts';
import type { CorrectionRow, Database, NewCorrection } from './schema.ts';
import { inBatches, parseJson } from './queries/source-views.ts';

/** A meeting as one document reports it: the document and the meeting's index in its record's `meetings[]`. */
export interface DocMeetingKey {
  readonly documentId: number;
  readonly meetingIdx: number;
}

/** Stores one correction and returns its id. `createdAt` is an ISO timestamp (the caller reads the clock). */
export async function insertCorrection(db: Kysely<Database>, correction: NewCorrection): Promise<number> {
  const row = await db.insertInto('corrections').values(correction).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Every correction that names one of `documentIds` (on either side), oldest first. Readers filter them down to the
 * meeting or plan at hand.
 */
export async function correctionsForDocuments(db: Kysely<Database>, documentIds: Iterable<number>): Promise<CorrectionRow[]> {
  const byId = new Map<number, CorrectionRow>();
  for (const batch of inBatches(documentIds)) {
    const rows = await db.selectFrom('corrections').selectAll()
      .where((eb) => eb.or([eb('document_id', 'in', batch), eb('other_document_id', 'in', batch)]))
      .execute();
    for (const r of rows) byId.set(r.id, r);
  }
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

/** A correction as the views show it. `value` is the corrected value ('set'), or the two sides' keys ('merge', 'follow-up'). */
export function correctionView(row: CorrectionRow): CorrectionView {
  let value: unknown;
  if (row.target === 'meeting-field') value = parseJson<unknown>(row.value_json, null);
  else if (row.target === 'merge') {
    value = { documentId: row.document_id, meetingIdx: row.meeting_idx, otherDocumentId: row.other_document_id, otherMeetingIdx: row.other_meeting_idx };
  } else {
    value = { documentId: row.document_id, planIdx: row.plan_idx, heldDocumentId: row.other_document_id, heldMeetingIdx: row.other_meeting_idx };
  }
  return { id: row.id, createdAt: row.created_at, target: row.target, action: row.action, field: row.field, value, note: row.note };
}

/**
 * The fields an analyst set on a meeting, latest correction first wins: field -> value. `keys` are the meeting's
 * reports (a merged meeting has one per source); a correction on any of them applies to the merged meeting.
 */
export function fieldCorrections(rows: readonly CorrectionRow[], keys: readonly DocMeetingKey[]): Map<string, { value: unknown; row: CorrectionRow }> {
  const out = new Map<string, { value: unknown; row: CorrectionRow }>();
  for (const r of rows) {
    if (r.target !== 'meeting-field' || r.action !== 'set' || r.field === null) continue;
    if (!keys.some((k) => k.documentId === r.document_id && k.meetingIdx === r.meeting_idx)) continue;
    out.set(r.field, { value: parseJson<unknown>(r.value_json, null), row: r });
  }
  return out;
}

/** True when `row` involves one of the meeting reports `keys` (either side of a merge, the held side of a follow-up). */
export function touchesMeeting(row: CorrectionRow, keys: readonly DocMeetingKey[]): boolean {
  const has = (doc: number | null, idx: number | null): boolean => keys.some((k) => k.documentId === doc && k.meetingIdx === idx);
  if (row.target === 'follow-up') return has(row.other_document_id, row.other_meeting_idx);
  return has(row.document_id, row.meeting_idx) || (row.target === 'merge' && has(row.other_document_id, row.other_meeting_idx));
}

/** Filters of {@link listCorrections}. */
export interface CorrectionFilters {
  readonly target?: CorrectionView['target'] | undefined;
  /** Corrections naming this document on either side. */
  readonly documentId?: number | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

/** Stored corrections, newest first, a page at a time (default 100 from 0). */
export async function listCorrections(db: Kysely<Database>, filters: CorrectionFilters = {}): Promise<CorrectionView[]> {
  let query = db.selectFrom('corrections').selectAll();
  if (filters.target !== undefined) query = query.where('target', '=', filters.target);
  const documentId = filters.documentId;
  if (documentId !== undefined) query = query.where((eb) => eb.or([eb('document_id', '=', documentId), eb('other_document_id', '=', documentId)]));
  const rows = await query.orderBy('id', 'desc').limit(filters.limit ?? 100).offset(filters.offset ?? 0).execute();
  return rows.map(correctionView);
}
