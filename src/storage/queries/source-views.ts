/**
 * Shared pieces of the read queries: documents as {@link SourceView}s, JSON columns, dyad keys and `IN`-list batching.
 */
import type { Kysely } from 'kysely';
import type { SourceView } from '../../app/views.ts';
import type { Database } from '../schema.ts';

/** Most ids bound in one `IN (...)` list: well under SQLite's and PostgreSQL's parameter limits. */
const IN_LIST_MAX = 500;

/** Splits `ids` (deduplicated) into lists short enough for one `IN (...)`. */
export function inBatches(ids: Iterable<number>): number[][] {
  const unique = [...new Set(ids)];
  const out: number[][] = [];
  for (let i = 0; i < unique.length; i += IN_LIST_MAX) out.push(unique.slice(i, i + IN_LIST_MAX));
  return out;
}

/** The documents `ids` as sources, by id. Ids with no document are absent. */
export async function sourceViews(db: Kysely<Database>, ids: Iterable<number>): Promise<Map<number, SourceView>> {
  const out = new Map<number, SourceView>();
  for (const batch of inBatches(ids)) {
    const rows = await db.selectFrom('documents').select(['id', 'file', 'url', 'title', 'publisher', 'published']).where('id', 'in', batch).execute();
    for (const r of rows) out.set(r.id, { documentId: r.id, file: r.file, url: r.url, title: r.title, publisher: r.publisher, published: r.published });
  }
  return out;
}

/** Orders sources earliest-published first (undated last), then by document id: the order every view lists them in. */
export function compareSources(a: SourceView, b: SourceView): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.documentId - b.documentId;
}

/** Parses a `_json` column; `fallback` for null. */
export function parseJson<T>(text: string | null, fallback: T): T {
  return text === null ? fallback : (JSON.parse(text) as T);
}

/**
 * The `countries_key` of a dyad written as the CLI takes it: codes separated by `-`, `,`, `/` or spaces, in any
 * order and case ("ru-jp" -> "JP,RU"). Returns null when fewer than one code is given.
 */
export function dyadKey(dyad: string): string | null {
  const codes = dyad.split(/[-,/\s]+/).map((c) => c.trim().toUpperCase()).filter((c) => c !== '');
  return codes.length === 0 ? null : [...new Set(codes)].sort().join(',');
}

/** Every subset of a countries key's codes, as keys (`"JP,RU"` -> `""`, `"JP"`, `"RU"`, `"JP,RU"`). */
export function subKeys(key: string): string[] {
  const codes = key === '' ? [] : key.split(',');
  const out: string[] = [];
  for (let mask = 0; mask < 1 << codes.length; mask++) out.push(codes.filter((_, i) => (mask & (1 << i)) !== 0).join(','));
  return out;
}

/** The codes of a countries key (`""` -> `[]`). */
export function keyCodes(key: string): string[] {
  return key === '' ? [] : key.split(',');
}
