/**
 * The Readout HTTP API and web UI as one Hono app: a thin surface over the knowledge base's use cases and queries.
 * `createApp` wires, in order: security headers on every response; the Host check; for writes the same-origin check,
 * the bearer token (when configured) and the request size limit; the API routes (each validated by its zod schemas,
 * which also make `/openapi.json`); the static UI; and the one error mapping (`http-errors.ts`).
 *
 * Tested in-process with `app.request()`; `serve.ts` puts it on a port.
 */
import { fileURLToPath } from 'node:url';
import type { FetchOptions } from '../input/fetch-document.ts';
import type { StorageDialect } from '../storage/dialects/storage-dialect.ts';
import { newApiApp, type ApiApp, type ApiDeps } from './api-context.ts';
import { registerCorrectionRoutes } from './correction-routes.ts';
import { registerDocumentRoutes } from './document-routes.ts';
import { registerDyadRoutes } from './dyad-routes.ts';
import { registerExportRoutes } from './export-routes.ts';
import { errorResponse, RequestError } from './http-errors.ts';
import { knowledgeVersionTracker } from '../storage/queries/knowledge-version.ts';
import { registerMeetingRoutes } from './meeting-routes.ts';
import { registerPeopleRoutes } from './people-routes.ts';
import { registerPlanRoutes } from './plan-routes.ts';
import { responseCache } from './response-cache.ts';
import { registerSearchRoutes } from './search-routes.ts';
import { allowedHosts, isWrite, requestSizeLimit, sameOriginWrites, securityHeaders, writeToken } from './security-middleware.ts';
import { registerStaticUi } from './static-ui.ts';
import packageJson from '../../package.json' with { type: 'json' };

/** Default most bytes of one request body: 10 MB. */
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Where the built web UI is looked for by default: `web/dist` at the repository root. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Everything {@link createApp} needs; only `dialect` is required. */
export interface AppOptions {
  /** The open knowledge base. The app never closes it. */
  readonly dialect: StorageDialect;
  /** URL ingest may fetch loopback, private and link-local addresses (`--allow-private`); default false. */
  readonly allowPrivate?: boolean;
  /** When set (non-empty), every write needs `Authorization: Bearer <token>`; `serve` passes `READOUT_TOKEN`. */
  readonly token?: string | null;
  /** Most bytes of one request body (uploads, JSON); default {@link DEFAULT_MAX_UPLOAD_BYTES}. */
  readonly maxUploadBytes?: number;
  /** The built web UI directory; default {@link DEFAULT_WEB_ROOT}. */
  readonly webRoot?: string;
  /** Host names the server answers to (DNS-rebinding guard); null (default) for any. */
  readonly allowedHosts?: readonly string[] | null;
  /** The clock: ingest times, correction times, and today's date as the default as-of date. Default: real time. */
  readonly now?: () => Date;
  /** Fetch options for URL ingest (timeouts, host lookup); `allowPrivate` above wins. */
  readonly fetch?: FetchOptions;
  /** Where server faults (500s) are logged; default stderr. */
  readonly log?: (message: string) => void;
  /**
   * Cache JSON answers until the knowledge base changes (`response-cache.ts`); default true. The load benchmark turns
   * it off to measure the queries themselves.
   */
  readonly cache?: boolean;
}

/** Builds the app. Nothing is listened on: call `app.request()` (tests) or `serveApp` (serve.ts). */
export function createApp(options: AppOptions): ApiApp {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string) => { process.stderr.write(`${message}\n`); });
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const deps: ApiDeps = {
    dialect: options.dialect,
    read: options.dialect.reader,
    version: knowledgeVersionTracker(options.dialect),
    now,
    today: () => now().toISOString().slice(0, 10),
    allowPrivate: options.allowPrivate ?? false,
    fetch: options.fetch,
    maxUploadBytes,
  };

  const app = newApiApp();
  app.onError((error, c) => errorResponse(c, error, log));
  app.notFound((c) => {
    throw new RequestError(404, `no such resource: ${c.req.method} ${c.req.path}`);
  });
  app.use('*', securityHeaders());
  app.use('*', allowedHosts(options.allowedHosts ?? null));
  app.use('*', sameOriginWrites());
  app.use('*', writeToken(options.token ?? null));
  const limit = requestSizeLimit(maxUploadBytes);
  app.use('*', async (c, next) => (isWrite(c.req.method) ? limit(c, next) : next()));
  if (options.cache !== false) {
    // Answers depend on the stored data and, through the default as-of date, on today's date.
    app.use('*', responseCache({ version: async () => `${deps.today()}/${await deps.version()}` }));
  }

  registerDocumentRoutes(app, deps);
  registerMeetingRoutes(app, deps);
  registerPeopleRoutes(app, deps);
  registerPlanRoutes(app, deps);
  registerDyadRoutes(app, deps);
  registerSearchRoutes(app, deps);
  registerExportRoutes(app, deps);
  registerCorrectionRoutes(app, deps);

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Readout API',
      version: packageJson.version,
      description: 'Structured, evidence-backed records from diplomatic meeting readouts: meetings merged across sources, '
        + 'people, planned events followed up until held or overdue. Every value carries the words it came from. '
        + 'Writes need `Authorization: Bearer <token>` when the server has READOUT_TOKEN set.',
    },
  });
  registerStaticUi(app, options.webRoot ?? DEFAULT_WEB_ROOT);
  return app;
}
