/**
 * Analyst corrections: set a meeting field, confirm or reject a merge, confirm or reject a follow-up link (the
 * correct use case), and the stored corrections listed.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { applyCorrection, type CorrectionRequest } from '../app/correct.ts';
import { errorResponses, jsonResponse, type ApiApp, type ApiDeps } from './api-context.ts';
import { listCorrections } from '../storage/correction-repository.ts';
import { CorrectionBody, CorrectionListQuery } from './request-schemas.ts';
import { CorrectionOutcomeSchema, CorrectionViewSchema, pageSchema } from './view-schemas.ts';

export const CorrectionPageSchema = pageSchema(CorrectionViewSchema, 'CorrectionPage');

const createCorrectionRoute = createRoute({
  method: 'post',
  path: '/api/corrections',
  tags: ['corrections'],
  summary: 'Store and apply one correction (kept apart from extraction output; survives reprocess)',
  request: { body: { required: true, content: { 'application/json': { schema: CorrectionBody } } } },
  responses: { 201: jsonResponse(CorrectionOutcomeSchema, 'Stored and applied'), ...errorResponses(400, 401, 403, 404, 413, 415) },
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/corrections',
  tags: ['corrections'],
  summary: 'Stored corrections, newest first',
  request: { query: CorrectionListQuery },
  responses: { 200: jsonResponse(CorrectionPageSchema, 'A page of corrections'), ...errorResponses(400) },
});

/** Registers the correction routes. */
export function registerCorrectionRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(createCorrectionRoute, async (c) => {
    const outcome = await applyCorrection(deps.dialect, toRequest(c.req.valid('json')), deps.now().toISOString());
    return c.json({ correctionIds: [...outcome.correctionIds], message: outcome.message }, 201);
  });

  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const items = await listCorrections(deps.read, { target: q.target, documentId: q.documentId, limit: q.limit, offset: q.offset });
    return c.json({ items, limit: q.limit, offset: q.offset }, 200);
  });
}

/** The use case's request for a validated body; a set-field value goes as the text `readout correct --set` takes. */
function toRequest(body: z.output<typeof CorrectionBody>): CorrectionRequest {
  const note = body.note ?? null;
  if (body.kind === 'set-field') {
    return { kind: 'set-field', meetingId: body.meetingId, field: body.field, value: body.value === null ? '' : String(body.value), note };
  }
  if (body.kind === 'merge') return { kind: 'merge', action: body.action, meetingId: body.meetingId, documentId: body.documentId, note };
  return { kind: 'follow-up', action: body.action, planId: body.planId, heldMeetingId: body.heldMeetingId ?? null, note };
}
