/**
 * Dyads (relationships): every dyad with its number of meetings, its last meeting and its open follow-ups (the
 * Relations page), and one dyad's timeline of meetings and plans (the dyad page).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { dyadOverview, dyadSummaries } from '../storage/queries/dyad-queries.ts';
import { dyadTimeline } from '../storage/queries/timeline-queries.ts';
import { errorResponses, jsonResponse, type ApiApp, type ApiDeps } from './api-context.ts';
import { AsOfQuery, DyadParams, TimelineQuery } from './request-schemas.ts';
import { DyadSummarySchema, list, MeetingViewSchema, PlanViewSchema } from './view-schemas.ts';
import { versionMemo } from './version-memo.ts';

export const DyadListSchema = z.object({ items: list(DyadSummarySchema), asOf: z.string() }).openapi('DyadList');

export const TimelineEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('meeting'), date: z.string().nullable(), meeting: MeetingViewSchema }),
  z.object({ kind: z.literal('plan'), date: z.string().nullable(), plan: PlanViewSchema }),
]).openapi('TimelineEntry');

export const TimelineSchema = z.object({ dyad: z.string(), asOf: z.string(), items: list(TimelineEntrySchema) }).openapi('Timeline');

/** Most entries of each kind (meetings, plans) one timeline returns. */
const TIMELINE_LIMIT = 2000;

const listRoute = createRoute({
  method: 'get',
  path: '/api/dyads',
  tags: ['dyads'],
  summary: 'Every dyad with its number of meetings, last meeting, and pending/overdue follow-ups; most meetings first',
  request: { query: AsOfQuery },
  responses: { 200: jsonResponse(DyadListSchema, 'Every dyad'), ...errorResponses(400) },
});

const timelineRoute = createRoute({
  method: 'get',
  path: '/api/dyads/{dyad}/timeline',
  tags: ['dyads'],
  summary: "A dyad's meetings and plans in one date order (at most 2000 of each)",
  request: { params: DyadParams, query: TimelineQuery },
  responses: { 200: jsonResponse(TimelineSchema, 'The timeline'), ...errorResponses(400) },
});

/** Registers the dyad routes. */
export function registerDyadRoutes(app: ApiApp, deps: ApiDeps): void {
  // The listing aggregates the whole knowledge base; only its follow-up counts depend on the as-of date, so one
  // overview per state of the knowledge base answers every date.
  const overview = versionMemo(deps.version, () => dyadOverview(deps.read));
  app.openapi(listRoute, async (c) => {
    const asOf = c.req.valid('query').asOf ?? deps.today();
    return c.json({ items: dyadSummaries(await overview(), asOf), asOf }, 200);
  });

  app.openapi(timelineRoute, async (c) => {
    const { dyad } = c.req.valid('param');
    const q = c.req.valid('query');
    const asOf = q.asOf ?? deps.today();
    const items = await dyadTimeline(deps.read, dyad, asOf, { from: q.from, to: q.to, limit: TIMELINE_LIMIT });
    return c.json({ dyad: dyad.toUpperCase(), asOf, items }, 200);
  });
}
