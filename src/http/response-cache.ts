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
  /** The body as sent: UTF-8 bytes, written out as they are (a string would be encoded again on every hit). */
  readonly body: Uint8Array<ArrayBuffer>;
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
    if (old !== undefined) { bytes -= old.body.byteLength; entries.delete(key); }
    entries.set(key, entry);
    bytes += entry.body.byteLength;
    for (const [k, e] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(k);
      bytes -= e.body.byteLength;
    }
  };

  return async (c, next) => {
    const path = c.req.path;
    if (c.req.method !== 'GET' || !path.startsWith('/api/') || path.startsWith('/api/export/')) return next();
    const url = new URL(c.req.url);
    const key = url.pathname + url.search;
    const version = await options.version();
    const current = (): Entry | null => {
      const hit = entries.get(key);
      return hit !== undefined && hit.version === version ? hit : null;
    };
    // The ETag names the answer to this URL in this state of the knowledge base; a cached entry already holds it.
    const etag = current()?.etag ?? `W/"${createHash('sha1').update(`${version}\u0000${key}`).digest('base64url').slice(0, 22)}"`;
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, { ETag: etag });

    const cached = (): Response | null => {
      const hit = current();
      if (hit === null) return null;
      entries.delete(key);
      entries.set(key, hit);
      return c.body(hit.body, 200, { 'Content-Type': hit.contentType, ETag: hit.etag });
    };
    const hit = cached();
    if (hit !== null) return hit;
    const flight = `${version}\u0000${key}`;
    const pending = inFlight.get(flight);
    if (pending !== undefined) {
      await pending;
      const shared = cached();
      if (shared !== null) return shared;
    }

    let done = (): void => {};
    inFlight.set(flight, new Promise<void>((resolve) => { done = resolve; }));
    try {
      await next();
      const res = c.res;
      const contentType = res.headers.get('content-type') ?? '';
      if (res.status === 200 && contentType.startsWith('application/json')) {
        // Read the answer once and send those bytes (no clone, whose copy would be streamed out a second time).
        const body = new Uint8Array(await res.arrayBuffer());
        if (body.byteLength <= maxEntryBytes) store(key, { version, body, contentType, etag });
        const headers = new Headers(res.headers);
        headers.set('ETag', etag);
        c.res = undefined; // replaced, not merged: merging would stream the new body through a copy
        c.res = new Response(body, { status: 200, headers });
      }
    } finally {
      inFlight.delete(flight);
      done();
    }
    return undefined;
  };
}
