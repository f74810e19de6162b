/**
 * Planned events with their follow-up status (pending, held, overdue) as of a date, and one plan.
 */
import { createRoute } from '@hono/zod-openapi';
import { NotFoundError } from '../app/use-case-errors.ts';
import { listPlans, planById, unanchoredPlanIndex } from '../storage/queries/plan-queries.ts';
import { errorResponses, jsonResponse, type ApiApp, type ApiDeps } from './api-context.ts';
import { AsOfQuery, IdParams, PlanListQuery } from './request-schemas.ts';
import { PlanViewSchema, pageSchema } from './view-schemas.ts';
import { versionMemo } from './version-memo.ts';

export const PlanPageSchema = pageSchema(PlanViewSchema, 'PlanPage');

const listRoute = createRoute({
  method: 'get',
  path: '/api/plans',
  tags: ['plans'],
  summary: 'Planned events with their status as of a date, in due order',
  request: { query: PlanListQuery },
  responses: { 200: jsonResponse(PlanPageSchema, 'A page of plans'), ...errorResponses(400) },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/api/plans/{id}',
  tags: ['plans'],
  summary: 'One planned event with its status and, when held, the meeting that held it',
  request: { params: IdParams, query: AsOfQuery },
  responses: { 200: jsonResponse(PlanViewSchema, 'The plan'), ...errorResponses(400, 404) },
});

/** Registers the plan routes. */
export function registerPlanRoutes(app: ApiApp, deps: ApiDeps): void {
  // Read once per knowledge-base state: every dyad's listing needs its few plans without a match key.
  const unanchored = versionMemo(deps.version, () => unanchoredPlanIndex(deps.read));
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const items = await listPlans(deps.read, q.asOf ?? deps.today(), {
      dyad: q.dyad, status: q.status, kind: q.kind, dueFrom: q.from, dueTo: q.to, limit: q.limit, offset: q.offset,
    }, q.dyad === undefined ? {} : { unanchored: await unanchored() });
    return c.json({ items, limit: q.limit, offset: q.offset }, 200);
  });

  app.openapi(detailRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { asOf } = c.req.valid('query');
    const plan = await planById(deps.read, id, asOf ?? deps.today());
    if (plan === null) throw new NotFoundError('plan', id);
    return c.json(plan, 200);
  });
}
