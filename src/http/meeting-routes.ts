/**
 * Meetings: the merged meetings with filters and pages, and one meeting in full (the `readout show` view: every
 * field with each source's value and evidence, merges, corrections and plans).
 */
import { createRoute } from '@hono/zod-openapi';
import { NotFoundError } from '../app/use-case-errors.ts';
import { listMeetings, meetingDetail } from '../storage/queries/meeting-queries.ts';
import { errorResponses, jsonResponse, type ApiApp, type ApiDeps } from './api-context.ts';
import { AsOfQuery, IdParams, MeetingListQuery } from './request-schemas.ts';
import { MeetingDetailViewSchema, MeetingViewSchema, pageSchema } from './view-schemas.ts';

export const MeetingPageSchema = pageSchema(MeetingViewSchema, 'MeetingPage');

const listRoute = createRoute({
  method: 'get',
  path: '/api/meetings',
  tags: ['meetings'],
  summary: 'Merged meetings, in date order (undated last), with their sources',
  request: { query: MeetingListQuery },
  responses: { 200: jsonResponse(MeetingPageSchema, 'A page of meetings'), ...errorResponses(400) },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/api/meetings/{id}',
  tags: ['meetings'],
  summary: "One meeting in full: every field with each source's value and evidence, merges, corrections, plans",
  request: { params: IdParams, query: AsOfQuery },
  responses: { 200: jsonResponse(MeetingDetailViewSchema, 'The meeting'), ...errorResponses(400, 404) },
});

/** Registers the meeting routes. */
export function registerMeetingRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const items = await listMeetings(deps.read, {
      dyad: q.dyad, country: q.country, person: q.person, level: q.level, mode: q.mode, from: q.from, to: q.to, limit: q.limit, offset: q.offset,
    });
    return c.json({ items, limit: q.limit, offset: q.offset }, 200);
  });

  app.openapi(detailRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { asOf } = c.req.valid('query');
    const meeting = await meetingDetail(deps.read, id, asOf ?? deps.today());
    if (meeting === null) throw new NotFoundError('meeting', id);
    return c.json(meeting, 200);
  });
}
