/**
 * Full-text search over the stored documents, and the knowledge base's counts.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { StorageDialect } from '../storage/dialects/storage-dialect.ts';
import { searchDocuments } from '../storage/queries/search-queries.ts';
import { documentCounts, meetingStats } from '../storage/queries/stats-queries.ts';
import { errorResponses, jsonResponse, type ApiApp, type ApiDeps } from './api-context.ts';
import { SearchQuery, StatsQuery } from './request-schemas.ts';
import { list, SearchHitSchema, StatsSchema } from './view-schemas.ts';

export const SearchResultSchema = z.object({ q: z.string(), items: list(SearchHitSchema) }).openapi('SearchResult');

const searchRoute = createRoute({
  method: 'get',
  path: '/api/search',
  tags: ['search'],
  summary: 'Documents containing every word of q, best first, with the matching passage',
  request: { query: SearchQuery },
  responses: { 200: jsonResponse(SearchResultSchema, 'The hits'), ...errorResponses(400) },
});

const statsRoute = createRoute({
  method: 'get',
  path: '/api/stats',
  tags: ['stats'],
  summary: 'Meetings per dyad per year by level and mode; stored and failed documents',
  request: { query: StatsQuery },
  responses: { 200: jsonResponse(StatsSchema, 'The counts'), ...errorResponses(400) },
});

/** Registers search and stats. */
export function registerSearchRoutes(app: ApiApp, deps: ApiDeps): void {
  // `searchDocuments` queries `dialect.db`; this view of the dialect points it at the reader connection, so a search
  // never waits for an ingest's write transaction.
  const readDialect: StorageDialect = { ...deps.dialect, db: deps.read };
  app.openapi(searchRoute, async (c) => {
    const { q, limit } = c.req.valid('query');
    const items = await searchDocuments(readDialect, q, limit);
    return c.json({ q, items }, 200);
  });

  app.openapi(statsRoute, async (c) => {
    const { country } = c.req.valid('query');
    const [rows, documents] = [await meetingStats(deps.read, { country }), await documentCounts(deps.read)];
    return c.json({ rows, documents }, 200);
  });
}
