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
import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from 'kysely';
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
 *
 * Index-driven: the ids of one page are found first (the bulk, plans with the dyad as match key, read in due order from
 * `plans_match_due_idx` and stopping after the page; the few unanchored plans apart), then only that page's rows are
 * read and built into views.
 */
export async function listPlans(db: Kysely<Database>, asOf: string, filters: PlanFilters = {}, options: PlanListOptions = {}): Promise<PlanView[]> {
  return plansInOrder(db, (await listPlanKeys(db, asOf, filters, options)).map((k) => k.id), asOf);
}

/** Options of {@link listPlans} and {@link listPlanKeys}. */
export interface PlanListOptions {
  /**
   * The unanchored plans by dyad ({@link unanchoredPlanIndex}), read at the same knowledge-base state: a dyad's
   * listing then reads its few unanchored plans by id instead of testing every plan without countries against the
   * dyad's meetings.
   */
  readonly unanchored?: UnanchoredPlanIndex;
}

/** Plan ids without a match key, by every dyad key they concern under {@link listPlans}'s rule. */
export type UnanchoredPlanIndex = ReadonlyMap<string, readonly number[]>;

/** Above this many ids a dyad's unanchored plans are selected by the rule itself rather than by id. */
const MAX_INDEXED_IDS = 5000;

/**
 * Builds the {@link UnanchoredPlanIndex}: each plan without a match key under its own countries' key, and under the key
 * of every meeting its document reports whose sides include the plan's countries (the `listPlans` rule, applied once
 * to all of them). Meant to be kept per knowledge-base state by a caller that lists many dyads' plans (the HTTP API).
 */
export async function unanchoredPlanIndex(db: Kysely<Database>): Promise<UnanchoredPlanIndex> {
  const rows = await db.selectFrom('plans')
    .leftJoin('doc_meetings', 'doc_meetings.document_id', 'plans.document_id')
    .select(['plans.id as id', 'plans.countries_key as own', 'doc_meetings.countries_key as meeting'])
    .where('plans.match_key', 'is', null)
    .execute();
  const index = new Map<string, Set<number>>();
  const add = (key: string, id: number): void => {
    const ids = index.get(key);
    if (ids === undefined) index.set(key, new Set([id]));
    else ids.add(id);
  };
  for (const row of rows) {
    add(row.own, row.id);
    if (row.meeting !== null && subKeys(row.meeting).includes(row.own)) add(row.meeting, row.id);
  }
  return new Map([...index].map(([key, ids]) => [key, [...ids]]));
}

/**
 * The page {@link listPlans} returns, as ids and due dates only (start, else announcement: what a timeline dates a
 * plan by), in the same order: lets a caller drop plans before their views are built.
 */
export async function listPlanKeys(db: Kysely<Database>, asOf: string, filters: PlanFilters = {}, options: PlanListOptions = {}): Promise<DueKey[]> {
  const limit = filters.limit ?? 100;
  const offset = filters.offset ?? 0;
  const want = offset + limit;
  if (limit <= 0) return [];
  let keys: DueKey[];
  if (filters.dyad !== undefined) {
    const key = dyadKey(filters.dyad) ?? '';
    const anchored = await duePage(db, asOf, filters, want, (q) => q.where('match_key', '=', key));
    const indexed = options.unanchored === undefined ? undefined : options.unanchored.get(key) ?? [];
    const unanchored = indexed !== undefined && indexed.length <= MAX_INDEXED_IDS
      ? (indexed.length === 0 ? [] : await duePage(db, asOf, filters, want, (q) => q.where('match_key', 'is', null).where('id', 'in', indexed)))
      : await duePage(db, asOf, filters, want, (q) => q
        .where('match_key', 'is', null)
        .where('countries_key', 'in', subKeys(key))
        .where((eb) => eb.or([
          eb('countries_key', '=', key),
          eb.exists(eb.selectFrom('doc_meetings').select('doc_meetings.id')
            .whereRef('doc_meetings.document_id', '=', 'plans.document_id')
            .where('doc_meetings.countries_key', '=', key)),
        ])));
    keys = [...anchored, ...unanchored].sort(compareDueKeys);
  } else {
    keys = await duePage(db, asOf, filters, want, (q) => q);
  }
  return keys.slice(offset, want);
}

/** Plan views for `ids`, in that order, statuses as of `asOf`; unknown ids are skipped. */
export async function plansInOrder(db: Kysely<Database>, ids: readonly number[], asOf: string): Promise<PlanView[]> {
  if (ids.length === 0) return [];
  const byId = new Map<number, PlanRow>();
  for (const batch of inBatches(ids)) for (const row of await db.selectFrom('plans').selectAll().where('id', 'in', batch).execute()) byId.set(row.id, row);
  return buildPlanViews(db, ids.map((id) => byId.get(id)).filter((r): r is PlanRow => r !== undefined), asOf);
}

/** A plan's place in the listing order: due date (start, else announcement; null last), then id. */
export interface DueKey {
  readonly id: number;
  readonly due: string | null;
}

function compareDueKeys(a: DueKey, b: DueKey): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.id - b.id;
}

type PlanQuery = SelectQueryBuilder<Database, 'plans', object>;

/** The due expression, written exactly as `plans_match_due_idx` (migration 003) indexes it. */
const DUE = sql<string | null>`coalesce(start_date, announced)`;

/**
 * The first `want` plans (id and due date) in listing order among those `scope` selects and `filters` admit: dated
 * ones in due order (an index walk that stops early when the scope is a match key), then undated ones by id.
 */
async function duePage(db: Kysely<Database>, asOf: string, filters: PlanFilters, want: number, scope: (q: PlanQuery) => PlanQuery): Promise<DueKey[]> {
  const base = (): PlanQuery => {
    let query = scope(db.selectFrom('plans'));
    if (filters.kind !== undefined) query = query.where('kind', '=', filters.kind);
    if (filters.dueFrom !== undefined) query = query.where('end_date', '>=', filters.dueFrom);
    if (filters.dueTo !== undefined) query = query.where('end_date', '<=', filters.dueTo);
    if (filters.status !== undefined) {
      const status = filters.status;
      query = query.where((eb) => {
        const held = heldAsOf(eb, asOf);
        if (status === 'held') return held;
        if (status === 'overdue') return eb.and([eb('end_date', '<', asOf), eb.not(held)]);
        return eb.and([eb.or([eb('end_date', 'is', null), eb('end_date', '>=', asOf)]), eb.not(held)]);
      });
    }
    return query;
  };
  const dated = await base().select(['id', DUE.as('due')]).where(DUE, 'is not', null)
    .orderBy(DUE).orderBy('id').limit(want).execute();
  if (dated.length >= want) return dated;
  const undated = await base().select('id').where(DUE, 'is', null).orderBy('id').limit(want - dated.length).execute();
  return [...dated, ...undated.map((r) => ({ id: r.id, due: null }))];
}

/**
 * The plan has a follow-up whose holding meeting took place on or before `asOf` (its date, else the holding document's
 * published date; a link with neither counts). Scalar lookups, so the document is read only when the meeting has no date.
 */
function heldAsOf(eb: ExpressionBuilder<Database, 'plans'>, asOf: string) {
  return eb.exists(eb.selectFrom('follow_ups')
    .select('follow_ups.id')
    .whereRef('follow_ups.plan_id', '=', 'plans.id')
    .where(sql<string>`coalesce(
      (select meetings.date from meetings where meetings.id = follow_ups.held_meeting_id),
      (select documents.published from documents where documents.id = follow_ups.held_document_id),
      '0000-00-00')`, '<=', asOf));
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
