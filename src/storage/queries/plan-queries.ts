/**
 * Read queries over planned events and their follow-up status. Dialect-neutral SQL through Kysely.
 *
 * Status as of a date (ISO `YYYY-MM-DD`, chosen by the caller — queries never read the clock):
 * - `held` when a `follow_ups` row links the plan to a meeting (or document) that shows it happened, and that meeting
 *   took place on or before the as-of date (its date, else the holding document's published date; a link with
 *   neither counts) — so a past as-of date shows the status as it stood then;
 * - otherwise the linking module's `followUpStatus`: `overdue` when its interval ended before the as-of date,
 *   `pending` when it has not, is open-ended ("from October onwards"), or has no time at all.
 */
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Evidence, PlanKind, PlannedEvent } from '../../domain/record.ts';
import type { FollowUpStatus, HeldByView, PlanView, SourceView } from '../../app/views.ts';
import { followUpStatus } from '../../linking/follow-up-match.ts';
import type { Database, FollowUpRow, PlanRow } from '../schema.ts';
import { compareSources, dyadKey, inBatches, parseJson, sourceViews, subKeys } from './source-views.ts';

/** Filters of `readout plans`; every one optional, all must hold. */
export interface PlanFilters {
  /** The sides the plan concerns ("JP-RU", any order): see {@link listPlans}. */
  readonly dyad?: string | undefined;
  readonly status?: FollowUpStatus | undefined;
  /** Inclusive ISO bounds on when the plan is due (its interval's end); plans without an end are left out when either is given. */
  readonly dueFrom?: string | undefined;
  readonly dueTo?: string | undefined;
  readonly kind?: PlanKind | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

/**
 * The status of a plan with interval `[start, end]` as of `asOf`; `heldOn` is the date its holding meeting took place
 * (null when the link gives none), undefined when it has no follow-up. The rule of the module comment, which the SQL
 * filters of {@link listPlans} implement too.
 */
export function planStatus(plan: { readonly start: string | null; readonly end: string | null }, heldOn: string | null | undefined, asOf: string): FollowUpStatus {
  if (heldOn !== undefined && (heldOn === null || heldOn <= asOf)) return 'held';
  return followUpStatus(plan, null, asOf);
}

/**
 * Plans matching `filters`, with status as of `asOf`, ordered by when they are due (start, else announcement; undated
 * last), then id.
 *
 * A plan concerns a dyad when the sides a holding meeting must have (`match_key`, set by the link step: the plan's
 * countries completed with its announcing meeting's sides) are the dyad; before linking, or for a plan the link step
 * could not anchor, when its own countries are the dyad or a part of it and its document reports a meeting of the dyad.
 */
export async function listPlans(db: Kysely<Database>, asOf: string, filters: PlanFilters = {}): Promise<PlanView[]> {
  let query = db.selectFrom('plans').selectAll();
  if (filters.dyad !== undefined) {
    const key = dyadKey(filters.dyad) ?? '';
    query = query.where((eb) => eb.or([
      eb('match_key', '=', key),
      eb.and([
        eb('match_key', 'is', null),
        eb.or([
          eb('countries_key', '=', key),
          eb.and([
            eb('countries_key', 'in', subKeys(key)),
            eb.exists(eb.selectFrom('doc_meetings').select('doc_meetings.id')
              .whereRef('doc_meetings.document_id', '=', 'plans.document_id')
              .where('doc_meetings.countries_key', '=', key)),
          ]),
        ]),
      ]),
    ]));
  }
  if (filters.kind !== undefined) query = query.where('kind', '=', filters.kind);
  if (filters.dueFrom !== undefined) query = query.where('end_date', '>=', filters.dueFrom);
  if (filters.dueTo !== undefined) query = query.where('end_date', '<=', filters.dueTo);
  if (filters.status !== undefined) {
    const status = filters.status;
    query = query.where((eb) => {
      const held = eb.exists(eb.selectFrom('follow_ups')
        .leftJoin('meetings', 'meetings.id', 'follow_ups.held_meeting_id')
        .innerJoin('documents', 'documents.id', 'follow_ups.held_document_id')
        .select('follow_ups.id')
        .whereRef('follow_ups.plan_id', '=', 'plans.id')
        .where(sql<string>`coalesce(meetings.date, documents.published, '0000-00-00')`, '<=', asOf));
      if (status === 'held') return held;
      if (status === 'overdue') return eb.and([eb.not(held), eb('end_date', '<', asOf)]);
      return eb.and([eb.not(held), eb.or([eb('end_date', 'is', null), eb('end_date', '>=', asOf)])]);
    });
  }
  const rows = await query
    .orderBy(sql`case when coalesce(start_date, announced) is null then 1 else 0 end`)
    .orderBy(sql`coalesce(start_date, announced)`)
    .orderBy('id')
    .limit(filters.limit ?? 100)
    .offset(filters.offset ?? 0)
    .execute();
  return buildPlanViews(db, rows, asOf);
}

/** Plans announced in any of `documentIds` or held by meeting `meetingId`, in due order. */
export async function plansOfMeeting(db: Kysely<Database>, meetingId: number, documentIds: readonly number[], asOf: string): Promise<PlanView[]> {
  const rows = await db.selectFrom('plans').selectAll()
    .where((eb: ExpressionBuilder<Database, 'plans'>) => eb.or([
      ...(documentIds.length > 0 ? [eb('document_id', 'in', [...documentIds])] : []),
      eb('id', 'in', eb.selectFrom('follow_ups').select('follow_ups.plan_id').where('follow_ups.held_meeting_id', '=', meetingId)),
    ]))
    .orderBy('document_id').orderBy('idx')
    .execute();
  return buildPlanViews(db, rows, asOf);
}

/** One plan by id, or null. */
export async function planById(db: Kysely<Database>, id: number, asOf: string): Promise<PlanView | null> {
  const row = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : ((await buildPlanViews(db, [row], asOf))[0] ?? null);
}

type PlanProvenance = PlannedEvent['provenance'];

/** Builds plan views for rows (order kept): their sources, follow-ups and the holding meetings' sources, batched. */
export async function buildPlanViews(db: Kysely<Database>, rows: readonly PlanRow[], asOf: string): Promise<PlanView[]> {
  if (rows.length === 0) return [];
  const followUps = new Map<number, FollowUpRow>();
  for (const batch of inBatches(rows.map((r) => r.id))) {
    for (const f of await db.selectFrom('follow_ups').selectAll().where('plan_id', 'in', batch).execute()) followUps.set(f.plan_id, f);
  }
  const heldMeetingIds = [...followUps.values()].map((f) => f.held_meeting_id).filter((id): id is number => id !== null);
  const heldReports: { meeting_id: number | null; document_id: number }[] = [];
  const heldDates = new Map<number, string | null>();
  for (const batch of inBatches(heldMeetingIds)) {
    heldReports.push(...(await db.selectFrom('doc_meetings').select(['meeting_id', 'document_id']).where('meeting_id', 'in', batch).execute()));
    for (const m of await db.selectFrom('meetings').select(['id', 'date']).where('id', 'in', batch).execute()) heldDates.set(m.id, m.date);
  }
  const sources = await sourceViews(db, [
    ...rows.map((r) => r.document_id),
    ...[...followUps.values()].map((f) => f.held_document_id),
    ...heldReports.map((r) => r.document_id),
  ]);
  const source = (id: number): SourceView => sources.get(id) ?? { documentId: id, file: null, url: null, title: null, publisher: null, published: null };

  return rows.map((row): PlanView => {
    const provenance = parseJson<PlanProvenance | null>(row.provenance_json, null);
    const evidence: Evidence = provenance?.evidence ?? { text: row.evidence, start: 0, end: 0, rule: 'unknown' };
    const start = row.start_date;
    const end = row.end_date;
    const followUp = followUps.get(row.id);
    const heldOn = followUp === undefined
      ? undefined
      : ((followUp.held_meeting_id === null ? null : heldDates.get(followUp.held_meeting_id)) ?? sources.get(followUp.held_document_id)?.published ?? null);
    const status = planStatus({ start, end }, heldOn, asOf);
    let heldBy: HeldByView | null = null;
    if (followUp !== undefined && status === 'held') {
      const documentIds = followUp.held_meeting_id === null
        ? [followUp.held_document_id]
        : [...new Set(heldReports.filter((r) => r.meeting_id === followUp.held_meeting_id).map((r) => r.document_id))];
      heldBy = {
        meetingId: followUp.held_meeting_id,
        sources: documentIds.map(source).sort(compareSources),
        evidence: parseJson<Evidence>(followUp.evidence_json, { text: '', start: 0, end: 0, rule: 'unknown' }),
        matched: parseJson<{ matched?: string[] }>(followUp.explanation_json, {}).matched ?? [],
        decidedBy: followUp.decided_by,
      };
    }
    return {
      id: row.id,
      what: row.what,
      kind: row.kind as PlanKind,
      evidence,
      whenText: row.when_text,
      start,
      end,
      approximate: row.approximate === 1,
      countries: parseJson<string[]>(row.countries_json, []),
      people: parseJson<string[]>(row.people_json, []),
      source: source(row.document_id),
      announced: row.announced,
      status,
      heldBy,
    };
  });
}
