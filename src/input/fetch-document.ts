/**
 * Fetching one http(s) URL for ingest, defensively: every limit a file input has (size, type) plus the ones a
 * network input needs (timeout, redirect cap, and no requests to loopback or private addresses, which would let
 * a feed or a redirect make Readout probe the analyst's own network). Uses Node's global fetch.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { InputError } from './input-errors.ts';
import { DEFAULT_MAX_INPUT_BYTES, loadDocument, type LoadedDocument } from './load-document.ts';

/** Default time allowed for a whole fetch (DNS, every redirect hop and the body): 20 s. */
export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
/** Default number of redirects followed before giving up. */
export const DEFAULT_MAX_REDIRECTS = 5;

/**
 * Media types accepted by default: pages, plain text and feeds. `application/rdf+xml` is how RSS 1.0 feeds
 * are commonly served.
 */
export const ACCEPTED_CONTENT_TYPES: readonly string[] = [
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
];

/** One address a host name resolves to; `family` is 4 or 6. */
export interface ResolvedAddress {
  readonly address: string;
  readonly family: number;
}

/** Resolves a host name (or an IP literal, returned as is) to all its addresses. */
export type HostLookup = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** Options for {@link fetchDocument}. */
export interface FetchOptions {
  /** Time allowed for the whole fetch, in milliseconds; default {@link DEFAULT_FETCH_TIMEOUT_MS}. */
  readonly timeoutMs?: number;
  /** Largest accepted body in bytes (after content decoding); default 50 MB, as for files. */
  readonly maxBytes?: number;
  /** Redirects followed at most; default {@link DEFAULT_MAX_REDIRECTS}. */
  readonly maxRedirects?: number;
  /** Allow loopback, private, link-local and other non-public addresses; default false. */
  readonly allowPrivate?: boolean;
  /** Media types accepted; default {@link ACCEPTED_CONTENT_TYPES}. A response without a type is accepted. */
  readonly acceptTypes?: readonly string[];
  /** Cancels the fetch (e.g. on Ctrl-C); the error reason is then `cancelled`. */
  readonly signal?: AbortSignal;
  /** Host resolution used for the address check; default `dns.lookup` with all addresses. */
  readonly lookup?: HostLookup;
  /** `User-Agent` header sent. */
  readonly userAgent?: string;
}

/** A fetched document's bytes and what the server said about them. */
export interface FetchedDocument {
  /** The final URL, after redirects, without a fragment: the document's identity and the base for its links. */
  readonly url: string;
  /** The URL as the caller gave it. */
  readonly requestedUrl: string;
  /** The body, with any `Content-Encoding` (gzip, br) already undone. */
  readonly bytes: Uint8Array;
  /** Media type from `Content-Type`, lower case without parameters (`text/html`); null when absent. */
  readonly contentType: string | null;
  /** The `charset` parameter of `Content-Type` as sent (`windows-1251`); null when absent. */
  readonly charset: string | null;
  /** `Last-Modified` header as sent; null when absent. */
  readonly lastModified: string | null;
  /** `ETag` header as sent (quotes and `W/` kept); null when absent. */
  readonly etag: string | null;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_USER_AGENT = 'readout (diplomatic readout ingest)';
const ACCEPT_HEADER = 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/rdf+xml, ' +
  'application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.8';

/**
 * Fetch `url` for ingest.
 *
 * - Only `http:` and `https:` URLs, without credentials; redirects are followed by hand, at most `maxRedirects`,
 *   and every hop gets the same scheme and address checks as the first request.
 * - Unless `allowPrivate`, the host's addresses (all of them) must be public: see {@link classifyAddress}.
 *   The check resolves the name itself before fetch resolves it again, so it does not stop DNS rebinding by a
 *   hostile name server; it stops URLs and redirects that point at local services.
 * - The body is streamed and the fetch aborted once it exceeds `maxBytes`; a `Content-Length` over the limit is
 *   refused before reading.
 *
 * @throws InputError (file: the requested URL) naming the reason: `timed out after 20 s`, `HTTP 404 Not Found`,
 *   `response too large (...)`, `unsupported content type "image/png"`, `refused private address 127.0.0.1
 *   (loopback)`, `too many redirects (more than 5)`, `redirect loop at ...`, `host not found: ...`, ...
 */
export async function fetchDocument(url: string, options: FetchOptions = {}): Promise<FetchedDocument> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new FetchTimeout()), timeoutMs);
  const outer = options.signal;
  const onOuterAbort = (): void => controller.abort(new FetchCancelled());
  if (outer?.aborted) onOuterAbort();
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  try {
    return await fetchFollowingRedirects(url, options, controller.signal);
  } catch (cause) {
    if (cause instanceof InputError) throw cause;
    const reason: unknown = controller.signal.aborted ? controller.signal.reason : null;
    if (reason instanceof FetchTimeout) throw new InputError(url, `timed out after ${formatSeconds(timeoutMs)} s`, { cause });
    if (reason instanceof FetchCancelled) throw new InputError(url, 'cancelled', { cause });
    throw new InputError(url, describeNetworkError(cause), { cause });
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

/**
 * Decode and clean a fetched document with the file loader, passing on the header's charset, and naming the
 * document by its final URL.
 *
 * @throws InputError for binary or too-large content.
 */
export function loadFetchedDocument(doc: FetchedDocument, options: { readonly maxBytes?: number } = {}): LoadedDocument {
  return loadDocument(doc.url, doc.bytes, { charset: doc.charset, ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }) });
}

class FetchTimeout extends Error {}
class FetchCancelled extends Error {}

async function fetchFollowingRedirects(requestedUrl: string, options: FetchOptions, signal: AbortSignal): Promise<FetchedDocument> {
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const fail = (reason: string): never => { throw new InputError(requestedUrl, reason); };
  let current = parseFetchableUrl(requestedUrl, fail, '');
  const visited = new Set<string>();
  for (let hop = 0; ; hop++) {
    const where = hop === 0 ? '' : ` (redirected to ${current.href})`;
    if (options.allowPrivate !== true) {
      const refusal = await refusePrivateHost(current.hostname, options.lookup ?? lookupAll, signal);
      if (refusal !== null) fail(refusal + where);
    }
    const response = await fetch(current, {
      redirect: 'manual',
      signal,
      headers: { 'user-agent': options.userAgent ?? DEFAULT_USER_AGENT, accept: ACCEPT_HEADER },
    });
    if (REDIRECT_STATUSES.has(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (location === null) fail(`HTTP ${response.status} redirect without a Location header${where}`);
      const next = parseFetchableUrl(location!, fail, ` in a redirect from ${current.href}`, current);
      visited.add(withoutFragment(current));
      if (visited.has(withoutFragment(next))) fail(`redirect loop at ${withoutFragment(next)}`);
      if (hop >= maxRedirects) fail(`too many redirects (more than ${maxRedirects})`);
      current = next;
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      fail(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${where}`);
    }
    const { type, charset } = parseContentType(response.headers.get('content-type'));
    if (type !== null && !(options.acceptTypes ?? ACCEPTED_CONTENT_TYPES).includes(type)) {
      await response.body?.cancel();
      fail(`unsupported content type "${type}"${where}`);
    }
    const bytes = await readLimited(response, maxBytes, fail);
    return {
      url: withoutFragment(current),
      requestedUrl,
      bytes,
      contentType: type,
      charset,
      lastModified: response.headers.get('last-modified'),
      etag: response.headers.get('etag'),
    };
  }
}

function parseFetchableUrl(text: string, fail: (reason: string) => never, context: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return fail(`not a valid URL "${text}"${context}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail(`unsupported URL scheme "${url.protocol}"${context}`);
  // fetch refuses such URLs itself, with a less telling message
  if (url.username !== '' || url.password !== '') return fail(`URLs with credentials are not supported${context}`);
  return url;
}

function withoutFragment(url: URL): string {
  const copy = new URL(url);
  copy.hash = '';
  return copy.href;
}

async function readLimited(response: Response, maxBytes: number, fail: (reason: string) => never): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    fail(`response too large (${formatByteSize(declared)} > ${formatByteSize(maxBytes)})`);
  }
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      fail(`response too large (more than ${formatByteSize(maxBytes)})`);
    }
    chunks.push(value);
  }
  const all = Buffer.concat(chunks, total);
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}

/** `text/html; charset="UTF-8"` -> `{ type: 'text/html', charset: 'UTF-8' }`; nulls for what is absent. */
function parseContentType(header: string | null): { type: string | null; charset: string | null } {
  if (header === null || header.trim() === '') return { type: null, charset: null };
  const [type = '', ...params] = header.split(';');
  let charset: string | null = null;
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const value = param.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1').trim();
    if (value !== '') charset = value;
  }
  return { type: type.trim().toLowerCase(), charset };
}

async function lookupAll(hostname: string): Promise<readonly ResolvedAddress[]> {
  return dnsLookup(hostname, { all: true, verbatim: true });
}

/** Null when every address of `hostname` is public; otherwise the reason for refusing it. */
async function refusePrivateHost(hostname: string, lookup: HostLookup, signal: AbortSignal): Promise<string | null> {
  const host = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  let addresses: readonly ResolvedAddress[];
  try {
    addresses = await untilAborted(lookup(host), signal);
  } catch (cause) {
    if (signal.aborted) throw cause;
    const code = (cause as { code?: unknown } | null)?.code;
    if (code === 'ENOTFOUND' || code === 'ENODATA') return `host not found: ${host}`;
    return `DNS lookup of ${host} failed (${typeof code === 'string' ? code : cause instanceof Error ? cause.message : String(cause)})`;
  }
  if (addresses.length === 0) return `host not found: ${host}`;
  for (const { address } of addresses) {
    const kind = classifyAddress(address);
    if (kind !== null) return `refused private address ${address} (${kind})${address === host ? '' : ` for ${host}`}`;
  }
  return null;
}

/** `promise`, or a rejection with the signal's reason as soon as it aborts (dns.lookup cannot be aborted). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => { signal.removeEventListener('abort', onAbort); resolve(value); },
      (err: unknown) => { signal.removeEventListener('abort', onAbort); reject(err as Error); },
    );
  });
}

/** Non-public address ranges (IANA special-purpose registries), the first matching label wins. */
const NON_PUBLIC_RANGES: readonly (readonly [label: string, network: string, prefix: number])[] = [
  ['unspecified', '0.0.0.0', 8],
  ['loopback', '127.0.0.0', 8],
  ['private', '10.0.0.0', 8],
  ['private', '172.16.0.0', 12],
  ['private', '192.168.0.0', 16],
  ['shared address space', '100.64.0.0', 10],
  ['link-local', '169.254.0.0', 16],
  ['reserved', '192.0.0.0', 24],
  ['documentation', '192.0.2.0', 24],
  ['benchmarking', '198.18.0.0', 15],
  ['documentation', '198.51.100.0', 24],
  ['documentation', '203.0.113.0', 24],
  ['multicast', '224.0.0.0', 4],
  ['reserved', '240.0.0.0', 4],
  ['unspecified', '::', 128],
  ['loopback', '::1', 128],
  ['IPv4-compatible', '::', 96],
  ['discard-only', '100::', 64],
  ['documentation', '2001:db8::', 32],
  ['private', 'fc00::', 7],
  ['link-local', 'fe80::', 10],
  ['site-local', 'fec0::', 10],
  ['multicast', 'ff00::', 8],
];

const RANGE_LISTS: readonly (readonly [label: string, list: BlockList])[] = NON_PUBLIC_RANGES.map(([label, network, prefix]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, network.includes(':') ? 'ipv6' : 'ipv4');
  return [label, list] as const;
});

/**
 * Why `address` is not a public unicast address — `loopback`, `private`, `link-local`, `unspecified`,
 * `multicast`, `documentation`, ... — or null when it is public. IPv4 addresses embedded in IPv6 (mapped
 * `::ffff:a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`) are judged by their IPv4 part. A zone index
 * (`fe80::1%eth0`) is ignored; a string that is not an IP address gives `not an IP address`.
 */
export function classifyAddress(address: string): string | null {
  const bare = address.replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return 'not an IP address';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const [label, list] of RANGE_LISTS) if (list.check(bare, type)) return label;
  if (family === 6) {
    const embedded = embeddedIpv4(bare);
    if (embedded !== null) return classifyAddress(embedded);
  }
  return null;
}

/** The IPv4 address inside a NAT64 (`64:ff9b::/96`) or 6to4 (`2002::/16`) address; null for other addresses. */
function embeddedIpv4(address: string): string | null {
  const groups = expandIpv6(address);
  if (groups === null) return null;
  const quad = (hi: number, lo: number): string => [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) return quad(groups[6]!, groups[7]!);
  if (groups[0] === 0x2002) return quad(groups[1]!, groups[2]!);
  return null;
}

/** The eight 16-bit groups of a valid IPv6 address (a dotted IPv4 tail allowed). */
function expandIpv6(address: string): number[] | null {
  let text = address.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted !== null) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string): number[] => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const fill = 8 - left.length - right.length;
  if (fill < 0 || (tail === undefined && fill !== 0)) return null;
  return [...left, ...new Array<number>(fill).fill(0), ...right];
}

function describeNetworkError(err: unknown): string {
  const cause = err instanceof Error && err.cause !== undefined ? err.cause : err;
  const code = (cause as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ECONNREFUSED': return 'connection refused';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET': return 'connection closed by the server';
    case 'ENOTFOUND': return 'host not found';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT': return 'connection timed out';
    case 'UND_ERR_HEADERS_OVERFLOW': return 'response headers too large';
    default: {
      const message = cause instanceof Error ? cause.message : String(cause);
      return typeof code === 'string' ? `request failed (${code}: ${message})` : `request failed (${message})`;
    }
  }
}

const KB = 1024;
const MB = 1024 * 1024;

/** `812 bytes`, `3.5 KB`, `50 MB`. */
function formatByteSize(bytes: number): string {
  const trim = (n: number): string => n.toFixed(1).replace(/\.0$/, '');
  if (bytes < KB) return `${bytes} bytes`;
  if (bytes < MB) return `${trim(bytes / KB)} KB`;
  return `${trim(bytes / MB)} MB`;
}

function formatSeconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}
