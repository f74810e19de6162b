/**
 * Per-document values kept for the latest documents, found by their text. Both event finders ask for the same
 * document's word index and event heads, but the extractor runs every document of a batch (up to 32) through the plan
 * finder before the first reaches the past-reference finder: a one-document memo would miss every time.
 */
export class RecentDocuments<T extends { readonly text: string }> {
  readonly #items: T[] = [];
  /** The value asked for last: the finders ask once per sentence, so mostly for the same document in a row. */
  #last: T | null = null;

  constructor(readonly capacity: number) {}

  /** The value kept for `text`, or undefined. */
  get(text: string): T | undefined {
    if (this.#last !== null && this.#last.text === text) return this.#last;
    const found = this.#items.find((item) => item.text === text);
    if (found !== undefined) this.#last = found;
    return found;
  }

  /** Keeps `item`, forgetting the oldest beyond capacity; returns it. */
  add(item: T): T {
    if (this.#items.length === this.capacity) this.#items.shift();
    this.#items.push(item);
    this.#last = item;
    return item;
  }
}
