/**
 * The one place the HTTP API turns failures into statuses (the third error channel of STYLE.md): request validation
 * issues -> 400 with field-level messages; `ValidationError` -> 400; `NotFoundError` -> 404; `InputError` -> 400;
 * Hono's `HTTPException` (malformed JSON or form data 400, unsupported media type 415, payload too large 413) -> its
 * status; anything else is a server fault -> 500 with a generic message (the error goes to the server's log, never
 * to the client: no stack trace, no SQL).
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from '@hono/zod-openapi';
import { NotFoundError, ValidationError } from '../app/use-case-errors.ts';
import { InputError } from '../input/input-errors.ts';

/** One problem with a request: where (`['query', 'limit']`, `['body', 'url']`) and what. */
export interface RequestIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The JSON body of every error response. */
export interface ErrorBody {
  readonly error: string;
  readonly issues?: readonly RequestIssue[];
}

/** A request the API refuses with a given status and message (and optionally field-level issues). */
export class RequestError extends Error {
  readonly status: ContentfulStatusCode;
  readonly issues: readonly RequestIssue[] | undefined;

  constructor(status: ContentfulStatusCode, message: string, issues?: readonly RequestIssue[]) {
    super(message);
    this.name = 'RequestError';
    this.status = status;
    this.issues = issues;
  }
}

/** Where a request value was found, as the validators name it, and as error paths show it. */
const TARGET_NAMES: Readonly<Record<string, string>> = { query: 'query', param: 'path', json: 'body', form: 'body', header: 'header', cookie: 'cookie' };

/** Zod issues of a failed request validation as field-level issues; unknown keys get one issue each. */
export function requestIssues(error: z.ZodError, target: string): RequestIssue[] {
  const where = TARGET_NAMES[target] ?? target;
  return error.issues.flatMap((issue): RequestIssue[] => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [where, ...path, key], message: `unknown ${where === 'query' ? 'parameter' : 'field'} '${key}'` }));
    }
    return [{ path: [where, ...path], message: issue.message }];
  });
}

/** The 400 response for a failed request validation. */
export function validationFailure(c: Context, error: z.ZodError, target: string): Response {
  return c.json({ error: 'invalid request', issues: requestIssues(error, target) } satisfies ErrorBody, 400);
}

/**
 * The response for an error thrown while handling a request. `log` receives server faults (status 500) only.
 */
export function errorResponse(c: Context, error: unknown, log: (message: string) => void): Response {
  if (error instanceof RequestError) {
    return c.json(error.issues === undefined ? { error: error.message } : { error: error.message, issues: error.issues }, error.status);
  }
  if (error instanceof ValidationError) {
    return c.json({ error: error.message, issues: [{ path: ['body', error.field.replace(/^--/, '')], message: error.message }] } satisfies ErrorBody, 400);
  }
  if (error instanceof NotFoundError) return c.json({ error: error.message } satisfies ErrorBody, 404);
  if (error instanceof InputError) return c.json({ error: error.reason } satisfies ErrorBody, 400);
  if (error instanceof HTTPException) {
    // Hono's own refusals: 400 malformed JSON or form data, 413 too large, 415 unsupported media type.
    const status = error.status as ContentfulStatusCode;
    return c.json({ error: error.message !== '' ? error.message : defaultMessage(status) } satisfies ErrorBody, status);
  }
  log(`readout serve: internal error on ${c.req.method} ${new URL(c.req.url).pathname}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return c.json({ error: 'internal server error' } satisfies ErrorBody, 500);
}

function defaultMessage(status: number): string {
  if (status === 413) return 'payload too large';
  if (status === 415) return 'unsupported media type';
  if (status === 401) return 'unauthorized';
  return 'bad request';
}
