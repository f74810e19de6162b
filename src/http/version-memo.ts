/**
 * A value derived from the whole knowledge base (the Relations overview), kept while the knowledge base does not
 * change: recomputed on first use after its change token moves, never served for an older token. Concurrent first
 * uses share one computation; a failed computation is forgotten, so the next use retries.
 */

/** Returns a getter of `compute()`'s value for the current `version()`. */
export function versionMemo<T>(version: () => Promise<string>, compute: () => Promise<T>): () => Promise<T> {
  let current: { readonly version: string; readonly value: Promise<T> } | null = null;
  return async () => {
    const now = await version();
    if (current === null || current.version !== now) {
      const value = compute();
      const entry = { version: now, value };
      current = entry;
      value.catch(() => { if (current === entry) current = null; });
    }
    return current.value;
  };
}
