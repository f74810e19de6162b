/**
 * Normalisation and one-to-one matching used by the scorer. Kept apart from the scorer so the
 * leniencies behind every figure can be read (and tested) in one place.
 */

/** Apostrophes and quotation marks, straight and typographic; removed outright so "Ministers’" equals "Ministers". */
const QUOTES = /['"‘’‚‛“”„‟′″`´«»‹›]/g;
/** Anything that is not a letter or a digit once quotes are gone: hyphens, dashes, brackets, commas, full stops ... */
const NON_WORD = /[^\p{L}\p{N}]+/gu;
/** Combining marks left behind by NFKD decomposition: dropping them folds accents ("Sánchez" -> "Sanchez"). */
const COMBINING_MARKS = /\p{M}+/gu;

/** Lower case, accents folded (NFKD, combining marks removed). */
export function foldCase(value: string): string {
  return value.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/**
 * Canonical form for comparing short labels (titles, places, occasions, topics): case and accents folded, quotes
 * removed, every other run of punctuation or whitespace turned into one space, trimmed.
 * `"G7 Foreign Ministers’ Meeting"` -> `"g7 foreign ministers meeting"`.
 */
export function normaliseLabel(value: string): string {
  return foldCase(value).replace(QUOTES, '').replace(NON_WORD, ' ').trim();
}

/** {@link normaliseLabel} followed by dropping one leading article "the" (`"The Hague"` -> `"hague"`). */
export function normalisePlace(value: string): string {
  return normaliseLabel(value).replace(/^the /, '');
}

/** The distinct words of {@link normaliseLabel}`(value)`. */
export function labelTokens(value: string): ReadonlySet<string> {
  const normalised = normaliseLabel(value);
  return new Set(normalised === '' ? [] : normalised.split(' '));
}

/** Jaccard index |A ∩ B| / |A ∪ B| of two token sets; 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * True when the normalised label `inner` occurs in the normalised label `outer` as a whole-word sequence
 * ("economy" is in "economy and trade"; "eu" is not in "europe"). An empty label is contained in nothing.
 */
export function containsWords(outer: string, inner: string): boolean {
  const o = normaliseLabel(outer);
  const i = normaliseLabel(inner);
  return i !== '' && ` ${o} `.includes(` ${i} `);
}

/**
 * Number of shared name tokens between two person names, case and accents folded, order ignored
 * ("Yi Wang" and "Wang Yi" share 2; "Kono" and "Taro Kono" share 1).
 */
export function sharedNameTokens(a: string, b: string): number {
  const tokensB = labelTokens(b);
  let shared = 0;
  for (const token of labelTokens(a)) if (tokensB.has(token)) shared += 1;
  return shared;
}

/** Length of the intersection of two half-open ranges `[start, end)`; 0 when they do not overlap. */
export function overlapLength(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** One matched pair: indices into the predicted and gold lists. */
export interface MatchedPair {
  readonly predicted: number;
  readonly gold: number;
}

/** Result of {@link matchOneToOne}: the pairs (in predicted order) and the indices left unmatched on each side. */
export interface OneToOneMatch {
  readonly pairs: readonly MatchedPair[];
  readonly unmatchedPredicted: readonly number[];
  readonly unmatchedGold: readonly number[];
}

/**
 * Greedy one-to-one matching. `weight(p, g)` returns a positive score when prediction `p` may match gold item `g`,
 * and 0 (or less) when it may not. Candidate pairs are taken in descending weight (ties: lower predicted index, then
 * lower gold index) and a pair is kept when neither side is used yet; so each item is matched at most once.
 *
 * Greedy matching can leave a pair unmatched that a maximum matching would find (when one prediction is the best
 * candidate for two gold items); the counts it yields are therefore never more generous than the optimum.
 */
export function matchOneToOne(
  predictedCount: number,
  goldCount: number,
  weight: (predicted: number, gold: number) => number,
): OneToOneMatch {
  const candidates: { predicted: number; gold: number; weight: number }[] = [];
  for (let p = 0; p < predictedCount; p += 1) {
    for (let g = 0; g < goldCount; g += 1) {
      const w = weight(p, g);
      if (w > 0) candidates.push({ predicted: p, gold: g, weight: w });
    }
  }
  // Array.prototype.sort is stable, and candidates were pushed in (predicted, gold) order: ties keep that order.
  candidates.sort((x, y) => y.weight - x.weight);

  const usedPredicted = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const c of candidates) {
    if (usedPredicted.has(c.predicted) || usedGold.has(c.gold)) continue;
    usedPredicted.add(c.predicted);
    usedGold.add(c.gold);
    pairs.push({ predicted: c.predicted, gold: c.gold });
  }
  pairs.sort((x, y) => x.predicted - y.predicted);
  return {
    pairs,
    unmatchedPredicted: range(predictedCount).filter((p) => !usedPredicted.has(p)),
    unmatchedGold: range(goldCount).filter((g) => !usedGold.has(g)),
  };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
