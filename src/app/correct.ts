/**
 * The correct use case: an analyst sets a meeting field, rejects or confirms a merge, rejects or confirms a
 * follow-up link. Corrections are stored apart from extraction output (table `corrections`), keyed by (document id,
 * index in the record) so they survive `reprocess`; field values are applied when reading, and merge and follow-up
 * decisions take effect at once (the affected rows are unlinked and the link step runs again, obeying every stored
 * decision — see `linkCorrections` in `storage/link-repository.ts`).
 */
import type { Kysely } from 'kysely';
import type { Level, Mode } from '../domain/record.ts';
import { insertCorrection, type DocMeetingKey } from '../storage/correction-repository.ts';
import type { StorageDialect } from '../storage/dialects/storage-dialect.ts';
import { joinMeeting, refreshMeetings } from '../storage/link-repository.ts';
import { CORRECTABLE_MEETING_FIELDS, meetingReports, type CorrectableMeetingField } from '../storage/queries/meeting-queries.ts';
import type { Database } from '../storage/schema.ts';
import { linkPending } from './link.ts';
import { NotFoundError, ValidationError } from './use-case-errors.ts';
import type { MergeExplanation } from './views.ts';

/** What an analyst asks for. `note` is free text kept with the correction. */
export type CorrectionRequest =
  | { readonly kind: 'set-field'; readonly meetingId: number; readonly field: string; readonly value: string; readonly note?: string | null | undefined }
  | { readonly kind: 'merge'; readonly action: 'reject' | 'confirm'; readonly meetingId: number; readonly documentId: number; readonly note?: string | null | undefined }
  | { readonly kind: 'follow-up'; readonly action: 'reject' | 'confirm'; readonly planId: number; readonly heldMeetingId?: number | null | undefined; readonly note?: string | null | undefined };

/** What a correction did, in one line for a person, and the stored correction ids. */
export interface CorrectionOutcome {
  readonly correctionIds: readonly number[];
  readonly message: string;
}

const LEVELS: readonly Level[] = ['leader', 'foreign-minister', 'minister', 'vice-minister', 'senior-official', 'other'];
const MODES: readonly Mode[] = ['in-person', 'telephone', 'video'];

/**
 * Parses `--set field=value`: the field must be one of {@link CORRECTABLE_MEETING_FIELDS}; `date` an ISO date,
 * `level`/`mode` one of their values, `durationMinutes` a positive whole number; `null` or an empty value clears a
 * field (except `mode`, which a meeting always has).
 *
 * @throws ValidationError naming the problem.
 */
export function parseFieldValue(field: string, raw: string): { field: CorrectableMeetingField; value: string | number | null } {
  if (!(CORRECTABLE_MEETING_FIELDS as readonly string[]).includes(field)) {
    throw new ValidationError('--set', `cannot set '${field}': settable fields are ${CORRECTABLE_MEETING_FIELDS.join(', ')}`);
  }
  const f = field as CorrectableMeetingField;
  const text = raw.trim();
  if (text === '' || text === 'null') {
    if (f === 'mode') throw new ValidationError('mode', `mode cannot be cleared: use one of ${MODES.join(', ')}`);
    return { field: f, value: null };
  }
  switch (f) {
    case 'date':
      if (!isIsoDate(text)) throw new ValidationError('date', `date must be an ISO date YYYY-MM-DD, not '${text}'`);
      return { field: f, value: text };
    case 'level':
      if (!(LEVELS as readonly string[]).includes(text)) throw new ValidationError('level', `level must be one of ${LEVELS.join(', ')}, not '${text}'`);
      return { field: f, value: text };
    case 'mode':
      if (!(MODES as readonly string[]).includes(text)) throw new ValidationError('mode', `mode must be one of ${MODES.join(', ')}, not '${text}'`);
      return { field: f, value: text };
    case 'durationMinutes': {
      if (!/^\d+$/.test(text) || Number(text) <= 0) throw new ValidationError('durationMinutes', `durationMinutes must be a positive whole number of minutes, not '${text}'`);
      return { field: f, value: Number(text) };
    }
    default:
      return { field: f, value: text };
  }
}

/**
 * Stores and applies one correction in one write transaction. `now` is the ISO timestamp recorded as its creation
 * time (the surface reads the clock).
 *
 * - `set-field`: stored on the meeting's first source (earliest published); shown as the meeting's value and listed in
 *   its `corrections` and `conflicts` (with every source's extracted value).
 * - `merge reject`: the document's report leaves the meeting and never joins the meeting's other reports again; it is
 *   relinked at once (to a meeting of its own, or another that fits). Follow-ups that rested on it are looked for again.
 * - `merge confirm`: a report already in the meeting is marked confirmed; a report of another meeting is moved into it.
 * - `follow-up reject`: the plan is no longer held by the meeting (`--held-meeting`, else its current one) and the
 *   link step looks for another.
 * - `follow-up confirm`: the plan is held by `--held-meeting` (or its current meeting), decided by the analyst.
 *
 * @throws NotFoundError for an unknown meeting, plan or document; ValidationError for a request that does not fit.
 */
export async function applyCorrection(dialect: StorageDialect, request: CorrectionRequest, now: string): Promise<CorrectionOutcome> {
  // Parse before opening the transaction: a malformed value never takes the write lock.
  const parsed = request.kind === 'set-field' ? parseFieldValue(request.field, request.value) : null;
  return dialect.writeTransaction(async (db) => {
    if (request.kind === 'set-field' && parsed !== null) return setField(db, request.meetingId, parsed, request.note ?? null, now);
    if (request.kind === 'merge') return request.action === 'reject'
      ? rejectMerge(db, request.meetingId, request.documentId, request.note ?? null, now)
      : confirmMerge(db, request.meetingId, request.documentId, request.note ?? null, now);
    if (request.kind === 'follow-up') return request.action === 'reject'
      ? rejectFollowUp(db, request.planId, request.heldMeetingId ?? null, request.note ?? null, now)
      : confirmFollowUp(db, request.planId, request.heldMeetingId ?? null, request.note ?? null, now);
    throw new ValidationError('correct', 'nothing to correct');
  });
}

async function reportsOf(db: Kysely<Database>, meetingId: number): Promise<(DocMeetingKey & { docMeetingId: number })[]> {
  const reports = await meetingReports(db, meetingId);
  if (reports.length === 0) throw new NotFoundError('meeting', meetingId);
  return reports;
}

async function setField(db: Kysely<Database>, meetingId: number, parsed: { field: CorrectableMeetingField; value: string | number | null }, note: string | null, now: string): Promise<CorrectionOutcome> {
  const [first] = await reportsOf(db, meetingId);
  if (first === undefined) throw new NotFoundError('meeting', meetingId);
  const id = await insertCorrection(db, {
    created_at: now, target: 'meeting-field', action: 'set', document_id: first.documentId, meeting_idx: first.meetingIdx,
    plan_idx: null, other_document_id: null, other_meeting_idx: null, field: parsed.field, value_json: JSON.stringify(parsed.value), note,
  });
  return { correctionIds: [id], message: `meeting ${meetingId}: ${parsed.field} set to ${parsed.value === null ? 'null' : String(parsed.value)} (correction ${id})` };
}

async function rejectMerge(db: Kysely<Database>, meetingId: number, documentId: number, note: string | null, now: string): Promise<CorrectionOutcome> {
  const reports = await reportsOf(db, meetingId);
  const rejected = reports.filter((r) => r.documentId === documentId);
  const others = reports.filter((r) => r.documentId !== documentId);
  if (rejected.length === 0) throw new ValidationError('--reject-source', `document ${documentId} is not a source of meeting ${meetingId} (its sources: ${sourceList(reports)})`);
  if (others.length === 0) throw new ValidationError('--reject-source', `document ${documentId} is the only source of meeting ${meetingId}: there is no merge to reject`);
  const ids: number[] = [];
  // One row per pair, so the link step keeps the report away from every other source of the meeting.
  for (const r of rejected) {
    for (const o of others) ids.push(await insertCorrection(db, mergeRow(r, o, 'reject', note, now)));
  }
  const rejectedIds = rejected.map((r) => r.docMeetingId);
  await db.updateTable('doc_meetings').set({ meeting_id: null, merge_json: null }).where('id', 'in', rejectedIds).execute();
  await unlinkFollowUps(db, meetingId, documentId);
  await refreshMeetings(db, [meetingId]);
  await linkPending(db);
  const moved = await db.selectFrom('doc_meetings').select('meeting_id').where('id', 'in', rejectedIds).execute();
  const now_ = moved.map((m) => m.meeting_id).filter((m): m is number => m !== null);
  return { correctionIds: ids, message: `meeting ${meetingId}: document ${documentId} is no longer one of its sources${now_.length > 0 ? ` (now meeting ${now_.join(', ')})` : ''}` };
}

async function confirmMerge(db: Kysely<Database>, meetingId: number, documentId: number, note: string | null, now: string): Promise<CorrectionOutcome> {
  const reports = await reportsOf(db, meetingId);
  const inMeeting = reports.filter((r) => r.documentId === documentId);
  const ids: number[] = [];
  if (inMeeting.length > 0) {
    const others = reports.filter((r) => r.documentId !== documentId);
    if (others.length === 0) throw new ValidationError('--confirm-source', `document ${documentId} is the only source of meeting ${meetingId}: there is no merge to confirm`);
    for (const r of inMeeting) for (const o of others) ids.push(await insertCorrection(db, mergeRow(r, o, 'confirm', note, now)));
    await markMergeConfirmed(db, meetingId, documentId);
    return { correctionIds: ids, message: `meeting ${meetingId}: merge with document ${documentId} confirmed` };
  }
  // The document reports the meeting but the linker kept it apart: move its report (same sides first) into the meeting.
  const meeting = await db.selectFrom('meetings').select('countries_key').where('id', '=', meetingId).executeTakeFirstOrThrow();
  const candidates = await db.selectFrom('doc_meetings').select(['id', 'idx', 'meeting_id', 'countries_key']).where('document_id', '=', documentId).orderBy('idx').execute();
  if (candidates.length === 0) {
    const doc = await db.selectFrom('documents').select('id').where('id', '=', documentId).executeTakeFirst();
    if (doc === undefined) throw new NotFoundError('document', documentId);
    throw new ValidationError('--confirm-source', `document ${documentId} reports no meeting to merge into meeting ${meetingId}`);
  }
  const chosen = candidates.find((c) => c.countries_key === meeting.countries_key) ?? candidates[0];
  if (chosen === undefined) throw new NotFoundError('document', documentId);
  const key = { documentId, meetingIdx: chosen.idx };
  for (const o of reports) ids.push(await insertCorrection(db, mergeRow(key, o, 'confirm', note, now)));
  const explanation: MergeExplanation = { matched: [], score: 0, decidedBy: 'confirmed' };
  await joinMeeting(db, chosen.id, meetingId, JSON.stringify(explanation));
  if (chosen.meeting_id !== null && chosen.meeting_id !== meetingId) {
    await unlinkFollowUps(db, chosen.meeting_id, documentId);
    await refreshMeetings(db, [chosen.meeting_id]);
  }
  await linkPending(db);
  return { correctionIds: ids, message: `meeting ${meetingId}: document ${documentId} merged into it (confirmed)` };
}

async function rejectFollowUp(db: Kysely<Database>, planId: number, heldMeetingId: number | null, note: string | null, now: string): Promise<CorrectionOutcome> {
  const plan = await planKey(db, planId);
  const followUp = await db.selectFrom('follow_ups').selectAll().where('plan_id', '=', planId).executeTakeFirst();
  const target = heldMeetingId ?? followUp?.held_meeting_id ?? null;
  if (target === null) throw new ValidationError('--reject', `plan ${planId} is not linked to a meeting: name one with --held-meeting`);
  const reports = await reportsOf(db, target);
  const ids: number[] = [];
  // Every source of the meeting, so the link step cannot re-create the link through another source's report.
  for (const r of reports) ids.push(await insertCorrection(db, followUpRow(plan, r, 'reject', note, now)));
  if (followUp !== undefined && followUp.held_meeting_id === target) {
    await db.deleteFrom('follow_ups').where('id', '=', followUp.id).execute();
    await db.updateTable('plans').set({ linked: 0 }).where('id', '=', planId).execute();
    await linkPending(db);
  }
  const after = await db.selectFrom('follow_ups').select('held_meeting_id').where('plan_id', '=', planId).executeTakeFirst();
  return {
    correctionIds: ids,
    message: `plan ${planId}: not held by meeting ${target}${after?.held_meeting_id != null ? ` (now linked to meeting ${after.held_meeting_id})` : ''}`,
  };
}

async function confirmFollowUp(db: Kysely<Database>, planId: number, heldMeetingId: number | null, note: string | null, now: string): Promise<CorrectionOutcome> {
  const plan = await planKey(db, planId);
  const followUp = await db.selectFrom('follow_ups').selectAll().where('plan_id', '=', planId).executeTakeFirst();
  const target = heldMeetingId ?? followUp?.held_meeting_id ?? null;
  if (target === null) throw new ValidationError('--confirm', `plan ${planId} is not linked to a meeting: name the meeting that held it with --held-meeting`);
  const reports = await reportsOf(db, target);
  // The held report: the one the current link cites when it is this meeting, else the meeting's first source.
  const held = reports.find((r) => followUp?.held_meeting_id === target && r.documentId === followUp.held_document_id) ?? reports[0];
  if (held === undefined) throw new NotFoundError('meeting', target);
  const ids: number[] = [];
  // A plan is held once: a confirmation elsewhere made earlier is withdrawn.
  const earlier = await db.selectFrom('corrections').select(['other_document_id', 'other_meeting_idx'])
    .where('target', '=', 'follow-up').where('action', '=', 'confirm')
    .where('document_id', '=', plan.documentId).where('plan_idx', '=', plan.planIdx).execute();
  for (const e of earlier) {
    if (e.other_document_id === null || e.other_meeting_idx === null) continue;
    if (reports.some((r) => r.documentId === e.other_document_id && r.meetingIdx === e.other_meeting_idx)) continue;
    ids.push(await insertCorrection(db, followUpRow(plan, { documentId: e.other_document_id, meetingIdx: e.other_meeting_idx }, 'reject', note, now)));
  }
  ids.push(await insertCorrection(db, followUpRow(plan, held, 'confirm', note, now)));
  if (followUp !== undefined && followUp.held_meeting_id === target) {
    await db.updateTable('follow_ups').set({ decided_by: 'confirmed' }).where('id', '=', followUp.id).execute();
  } else {
    if (followUp !== undefined) await db.deleteFrom('follow_ups').where('id', '=', followUp.id).execute();
    await linkPending(db);
  }
  return { correctionIds: ids, message: `plan ${planId}: held by meeting ${target} (confirmed)` };
}

async function planKey(db: Kysely<Database>, planId: number): Promise<{ documentId: number; planIdx: number }> {
  const row = await db.selectFrom('plans').select(['document_id', 'idx']).where('id', '=', planId).executeTakeFirst();
  if (row === undefined) throw new NotFoundError('plan', planId);
  return { documentId: row.document_id, planIdx: row.idx };
}

/** Follow-ups that rested on `documentId`'s report of `meetingId` are dropped and their plans looked at again. */
async function unlinkFollowUps(db: Kysely<Database>, meetingId: number, documentId: number): Promise<void> {
  const rows = await db.selectFrom('follow_ups').select(['id', 'plan_id'])
    .where('held_meeting_id', '=', meetingId).where('held_document_id', '=', documentId).where('decided_by', '=', 'auto').execute();
  if (rows.length === 0) return;
  await db.deleteFrom('follow_ups').where('id', 'in', rows.map((r) => r.id)).execute();
  await db.updateTable('plans').set({ linked: 0 }).where('id', 'in', rows.map((r) => r.plan_id)).execute();
}

/**
 * Marks the merge explanation of `documentId`'s report as decided by the analyst; when that report is the meeting's
 * first source (it has none: the others joined it), every other report's.
 */
async function markMergeConfirmed(db: Kysely<Database>, meetingId: number, documentId: number): Promise<void> {
  const all = await db.selectFrom('doc_meetings').select(['id', 'document_id', 'merge_json']).where('meeting_id', '=', meetingId).where('merge_json', 'is not', null).execute();
  const own = all.filter((r) => r.document_id === documentId);
  for (const r of own.length > 0 ? own : all) {
    const explanation = JSON.parse(r.merge_json ?? 'null') as MergeExplanation | null;
    if (explanation === null) continue;
    await db.updateTable('doc_meetings').set({ merge_json: JSON.stringify({ ...explanation, decidedBy: 'confirmed' }) }).where('id', '=', r.id).execute();
  }
}

function mergeRow(a: DocMeetingKey, b: DocMeetingKey, action: 'reject' | 'confirm', note: string | null, now: string) {
  return {
    created_at: now, target: 'merge' as const, action, document_id: a.documentId, meeting_idx: a.meetingIdx, plan_idx: null,
    other_document_id: b.documentId, other_meeting_idx: b.meetingIdx, field: null, value_json: null, note,
  };
}

function followUpRow(plan: { documentId: number; planIdx: number }, held: DocMeetingKey, action: 'reject' | 'confirm', note: string | null, now: string) {
  return {
    created_at: now, target: 'follow-up' as const, action, document_id: plan.documentId, meeting_idx: null, plan_idx: plan.planIdx,
    other_document_id: held.documentId, other_meeting_idx: held.meetingIdx, field: null, value_json: null, note,
  };
}

function sourceList(reports: readonly DocMeetingKey[]): string {
  return [...new Set(reports.map((r) => `document ${r.documentId}`))].join(', ');
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
