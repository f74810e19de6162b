/**
 * Full-text search over current documents, through the dialect's index (FTS5 on SQLite).
 */
import type { SearchHit } from '../../app/views.ts';
import type { StorageDialect } from '../dialects/storage-dialect.ts';
import { sourceViews } from './source-views.ts';

/**
 * Current documents containing every word of `text`, best first, at most `limit` (default 20), each with a snippet
 * (matched words between « and ») and its source. `[]` when nothing matches, the text has no word, or the engine has
 * no full-text search (`dialect.capabilities.fullTextSearch` false).
 *
 * Best first: the highest relevance score (title words weigh more than text words), then the earlier stored document.
 * When more than `FULL_TEXT_CANDIDATES` (5,000) documents match, only the 5,000 most recently stored of them are
 * scored (see `StorageDialect.fullTextSearch`).
 */
export async function searchDocuments(dialect: StorageDialect, text: string, limit = 20): Promise<SearchHit[]> {
  if (!dialect.capabilities.fullTextSearch) return [];
  const hits = await dialect.fullTextSearch(dialect.db, text, limit);
  const sources = await sourceViews(dialect.db, hits.map((h) => h.documentId));
  return hits.flatMap((h) => {
    const source = sources.get(h.documentId);
    return source === undefined ? [] : [{ source, snippet: h.snippet, rank: h.rank }];
  });
}
