/**
 * What the route modules share: the app type, the dependencies a handler needs (the knowledge base, the clock, the
 * fetch policy), and small helpers for responses every route uses.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { FetchOptions } from '../input/fetch-document.ts';
import type { StorageDialect } from '../storage/dialects/storage-dialect.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.ts';
import { ErrorSchema } from './view-schemas.ts';
import { validationFailure } from './http-errors.ts';

/** The Hono environment of the API (no per-request variables). */
export type ApiEnv = { Variables: Record<string, never> };

/** The app every route module registers on. */
export type ApiApp = OpenAPIHono<ApiEnv>;

/** What handlers need besides the request. */
export interface ApiDeps {
  readonly dialect: StorageDialect;
  /**
   * The connection reads go through: the dialect's reader, which never waits for this process's write transaction
   * (an ingest in progress) and sees committed data only.
   */
  readonly read: Kysely<Database>;
  /** The knowledge base's change token (`knowledgeVersionTracker`): what cached answers are keyed by. */
  readonly version: () => Promise<string>;
  /** The current time; `today()` is its UTC date, the default as-of date. */
  readonly now: () => Date;
  readonly today: () => string;
  /** URL ingest may fetch loopback and private addresses (`--allow-private`). */
  readonly allowPrivate: boolean;
  readonly fetch: FetchOptions | undefined;
  /** Most bytes of one request body. */
  readonly maxUploadBytes: number;
}

/** A new app whose request validation failures are 400s with field-level issues. */
export function newApiApp(): ApiApp {
  return new OpenAPIHono<ApiEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationFailure(c, result.error, result.target);
      return undefined;
    },
  });
}

/** The JSON error responses a route may give, for its OpenAPI description. */
export function errorResponses(...statuses: (400 | 401 | 403 | 404 | 413 | 415)[]) {
  const descriptions: Record<number, string> = {
    400: 'Invalid request: `issues` gives each field at fault',
    401: 'A bearer token is required for writes (READOUT_TOKEN is set)',
    403: 'Cross-origin write, or a host name this server does not answer to',
    404: 'Not found',
    413: 'Request body over the upload limit',
    415: 'Unsupported content type',
  };
  return Object.fromEntries(statuses.map((s) => [s, { description: descriptions[s] ?? 'Error', content: { 'application/json': { schema: ErrorSchema } } }])) as
    Record<400 | 401 | 403 | 404 | 413 | 415, { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }>;
}

/** A JSON response description for OpenAPI. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}
