/**
 * What every response and every write goes through: security headers (documents are untrusted input, so the browser
 * is told to run nothing but the app's own scripts), the bearer token for writes when one is configured, the
 * cross-origin check for writes, the Host check against DNS rebinding, and the request size limit.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { formatByteSize } from './byte-size-format.ts';
import { RequestError } from './http-errors.ts';

/**
 * The Content-Security-Policy of every response: only the app's own scripts, styles, images and fonts; no plugins;
 * never framed; forms and `<base>` only to this origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Sets the security headers on every response, whatever produced it (handlers, errors, static files). */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('X-Frame-Options', 'DENY');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Cross-Origin-Resource-Policy', 'same-origin');
  };
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** True for methods that change the knowledge base. */
export function isWrite(method: string): boolean {
  return WRITE_METHODS.has(method.toUpperCase());
}

/**
 * When `token` is set, every write needs `Authorization: Bearer <token>` (401 otherwise). The comparison is in
 * constant time (both sides hashed to the same length first), so response timing says nothing about the token.
 */
export function writeToken(token: string | null): MiddlewareHandler {
  const expected = token === null || token === '' ? null : digest(token);
  return async (c, next) => {
    if (expected !== null && isWrite(c.req.method)) {
      const header = c.req.header('authorization') ?? '';
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (match === null || !timingSafeEqual(digest(match[1] ?? ''), expected)) {
        c.header('WWW-Authenticate', 'Bearer realm="readout"');
        throw new RequestError(401, match === null ? 'this server needs a bearer token for writes (Authorization: Bearer <token>)' : 'wrong token');
      }
    }
    await next();
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * Refuses writes sent by another site's page (a form posted to this server from elsewhere): when the browser says
 * where the request comes from (`Origin`, or `Sec-Fetch-Site: cross-site`), it must be this server's own origin.
 * Clients that are not browsers send neither header and pass.
 */
export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (isWrite(c.req.method)) {
      const origin = c.req.header('origin');
      const own = new URL(c.req.url).origin;
      if ((origin !== undefined && origin !== own) || c.req.header('sec-fetch-site') === 'cross-site') {
        throw new RequestError(403, 'cross-origin write refused');
      }
    }
    await next();
  };
}

/**
 * Refuses requests whose `Host` is not one of `hosts` (host names, without port), so a page on a hostile domain that
 * re-resolves to 127.0.0.1 (DNS rebinding) cannot read a server bound to loopback. `null`: any host.
 */
export function allowedHosts(hosts: readonly string[] | null): MiddlewareHandler {
  const allowed = hosts === null ? null : new Set(hosts.map((h) => h.toLowerCase()));
  return async (c, next) => {
    if (allowed !== null) {
      const host = new URL(c.req.url).hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
      if (!allowed.has(host)) throw new RequestError(403, `host '${host}' not allowed`);
    }
    await next();
  };
}

/**
 * At most `maxBytes` of request body: a larger `Content-Length` is refused before anything is read, and a body sent
 * without one is counted while it is read and refused as soon as it passes the limit (413 either way).
 */
export function requestSizeLimit(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => { throw new RequestError(413, `request too large: the limit is ${formatByteSize(maxBytes)} per request`); },
  });
}
