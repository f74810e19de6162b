/**
 * A cache of the API's JSON answers, valid while the knowledge base does not change: reads vastly outnumber writes
 * (analysts browse; ingests and corrections are occasional), and the Relations listing aggregates the whole knowledge
 * base. Every GET under `/api/` (exports aside, which stream) is looked up by its URL and the knowledge base's change
 * token (and today's date, the default as-of date); a stale entry is never served. Responses carry an ETag, so a
 * browser revalidating gets 304 without a body. Concurrent identical misses are computed once.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/** Options of {@link responseCache}. */
export interface ResponseCacheOptions {
  /** The knowledge base's change token (see `knowledgeVersion`), combined with anything else answers depend on. */
  readonly version: () => Promise<string>;
  /** Most bytes of cached bodies kept; least recently used entries go first. Default 64 MB. */
  readonly maxBytes?: number;
  /** Bodies larger than this are not cached. Default 2 MB. */
  readonly maxEntryBytes?: number;
}

interface Entry {
  readonly version: string;
  readonly body: string;
  readonly contentType: string;
  readonly etag: string;
}

/** The cache middleware. Register it after the security middleware (so cached answers get the same headers). */
export function responseCache(options: ResponseCacheOptions): MiddlewareHandler {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const maxEntryBytes = options.maxEntryBytes ?? 2 * 1024 * 1024;
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<void>>();
  let bytes = 0;

  const store = (key: string, entry: Entry): void => {
    const old = entries.get(key);
    if (old !== undefined) { bytes -= old.body.length; entries.delete(key); }
    entries.set(key, entry);
    bytes += entry.body.length;
    for (const [k, e] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(k);
      bytes -= e.body.length;
    }
  };

  return async (c, next) => {
    const path = c.req.path;
    if (c.req.method !== 'GET' || !path.startsWith('/api/') || path.startsWith('/api/export/')) return next();
    const url = new URL(c.req.url);
    const key = url.pathname + url.search;
    const version = await options.version();
    const etag = `W/"${createHash('sha1').update(`${version}\u0000${key}`).digest('base64url').slice(0, 22)}"`;
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, { ETag: etag });

    const cached = (): Response | null => {
      const hit = entries.get(key);
      if (hit === undefined || hit.version !== version) return null;
      entries.delete(key);
      entries.set(key, hit);
      return c.body(hit.body, 200, { 'Content-Type': hit.contentType, ETag: hit.etag });
    };
    const hit = cached();
    if (hit !== null) return hit;
    const pending = inFlight.get(`${version}\u0000${key}`);
    if (pending !== undefined) {
      await pending;
      const shared = cached();
      if (shared !== null) return shared;
    }

    let done = (): void => {};
    const flight = `${version}\u0000${key}`;
    inFlight.set(flight, new Promise<void>((resolve) => { done = resolve; }));
    try {
      await next();
      const contentType = c.res.headers.get('content-type') ?? '';
      if (c.res.status === 200 && contentType.startsWith('application/json')) {
        const body = await c.res.clone().text();
        if (body.length <= maxEntryBytes) store(key, { version, body, contentType, etag });
        c.res.headers.set('ETag', etag);
      }
    } finally {
      inFlight.delete(flight);
      done();
    }
    return undefined;
  };
}
