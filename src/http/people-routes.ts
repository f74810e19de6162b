/**
 * People: found by any spelling of their name (or listed), and one person with the roles seen over time and the
 * meetings they took part in.
 */
import { createRoute } from '@hono/zod-openapi';
import { meetingsById } from '../storage/queries/meeting-queries.ts';
import { findPeople, personViews } from '../storage/queries/person-queries.ts';
import { errorResponses, jsonResponse, type ApiApp, type ApiDeps } from './api-context.ts';
import { RequestError } from './http-errors.ts';
import { listPeople } from '../storage/queries/person-queries.ts';
import { IdParams, PeopleQuery } from './request-schemas.ts';
import { PersonDetailSchema, PersonViewSchema, pageSchema } from './view-schemas.ts';

export const PersonPageSchema = pageSchema(PersonViewSchema, 'PersonPage');

const listRoute = createRoute({
  method: 'get',
  path: '/api/people',
  tags: ['people'],
  summary: 'People a name may mean (any spelling: "Kono", "Kono Taro"), or everyone by name',
  request: { query: PeopleQuery },
  responses: { 200: jsonResponse(PersonPageSchema, 'A page of people'), ...errorResponses(400) },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/api/people/{id}',
  tags: ['people'],
  summary: 'One person: spellings, roles over time, and their meetings',
  request: { params: IdParams },
  responses: { 200: jsonResponse(PersonDetailSchema, 'The person'), ...errorResponses(400, 404) },
});

/** Registers the people routes. */
export function registerPeopleRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const items = q.name === undefined
      ? await listPeople(deps.read, q)
      : (await findPeople(deps.read, q.name)).slice(q.offset, q.offset + q.limit);
    return c.json({ items, limit: q.limit, offset: q.offset }, 200);
  });

  app.openapi(detailRoute, async (c) => {
    const { id } = c.req.valid('param');
    const [person] = await personViews(deps.read, [id]);
    if (person === undefined) throw new RequestError(404, `no person ${id}`);
    const meetings = await meetingsById(deps.read, person.meetingIds);
    return c.json({ ...person, meetings }, 200);
  });
}
