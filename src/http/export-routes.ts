/**
 * Exports for other tools, as downloads: planned events as iCalendar (subscribable by URL), meetings and plans as
 * CSV, and PLOVER-style events as JSONL. The text is produced by the export use case and streamed as it is written.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { exportKnowledge, type ExportRequest } from '../app/export-knowledge.ts';
import { errorResponses, type ApiApp, type ApiDeps } from './api-context.ts';
import { ExportQuery, PloverExportQuery } from './request-schemas.ts';

interface ExportFile {
  readonly path: string;
  readonly summary: string;
  readonly mediaType: string;
  readonly filename: string;
  readonly request: (q: { dyad?: string | undefined; asOf?: string | undefined; kind?: 'meetings' | 'plans' | undefined }, today: string) => ExportRequest;
}

const FILES = {
  ics: {
    path: '/api/export/plans.ics',
    summary: 'Planned events as an iCalendar file (all-day spans over their interval; approximate ones marked)',
    mediaType: 'text/calendar; charset=utf-8',
    filename: 'readout-plans.ics',
    request: (q, today) => ({ format: 'ics', kind: 'plans', dyad: q.dyad, asOf: q.asOf ?? today }),
  },
  meetingsCsv: {
    path: '/api/export/meetings.csv',
    summary: 'Meetings as CSV, one line per merged meeting',
    mediaType: 'text/csv; charset=utf-8',
    filename: 'readout-meetings.csv',
    request: (q, today) => ({ format: 'csv', kind: 'meetings', dyad: q.dyad, asOf: q.asOf ?? today }),
  },
  plansCsv: {
    path: '/api/export/plans.csv',
    summary: 'Planned events as CSV, with their status as of a date',
    mediaType: 'text/csv; charset=utf-8',
    filename: 'readout-plans.csv',
    request: (q, today) => ({ format: 'csv', kind: 'plans', dyad: q.dyad, asOf: q.asOf ?? today }),
  },
  plover: {
    path: '/api/export/plover.jsonl',
    summary: 'PLOVER-style events as JSON lines: CONSULT for held meetings, AGREE for announced plans, with source and evidence',
    mediaType: 'application/x-ndjson; charset=utf-8',
    filename: 'readout-plover.jsonl',
    request: (q, today) => ({ format: 'plover', kind: q.kind, dyad: q.dyad, asOf: q.asOf ?? today }),
  },
} satisfies Record<string, ExportFile>;

function exportRoute(file: ExportFile, query: typeof ExportQuery | typeof PloverExportQuery) {
  return createRoute({
    method: 'get',
    path: file.path,
    tags: ['exports'],
    summary: file.summary,
    request: { query },
    responses: {
      200: { description: `The ${file.filename} download`, content: { [file.mediaType.split(';')[0] ?? file.mediaType]: { schema: z.string() } } },
      ...errorResponses(400),
    },
  });
}

/** Registers the export downloads. */
export function registerExportRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(exportRoute(FILES.ics, ExportQuery), (c) => download(c, FILES.ics, FILES.ics.request(c.req.valid('query'), deps.today()), deps));
  app.openapi(exportRoute(FILES.meetingsCsv, ExportQuery), (c) => download(c, FILES.meetingsCsv, FILES.meetingsCsv.request(c.req.valid('query'), deps.today()), deps));
  app.openapi(exportRoute(FILES.plansCsv, ExportQuery), (c) => download(c, FILES.plansCsv, FILES.plansCsv.request(c.req.valid('query'), deps.today()), deps));
  app.openapi(exportRoute(FILES.plover, PloverExportQuery), (c) => download(c, FILES.plover, FILES.plover.request(c.req.valid('query'), deps.today()), deps));
}

/**
 * Streams the export. What the export leaves out (plans without a date in a calendar, undated meetings in PLOVER) is
 * only known at the end, so it is not reported here; `readout export` reports it.
 */
function download(c: Context, file: ExportFile, request: ExportRequest, deps: ApiDeps): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        await exportKnowledge(deps.read, request, (chunk) => controller.enqueue(encoder.encode(chunk)));
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
  return c.body(body, 200, {
    'Content-Type': file.mediaType,
    'Content-Disposition': `${file.mediaType.startsWith('text/calendar') ? 'inline' : 'attachment'}; filename="${file.filename}"`,
    'Cache-Control': 'no-store',
  });
}
