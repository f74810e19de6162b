/**
 * `compute` remembered per key, in a map emptied when it holds `max` entries. Linking converts and splits the same
 * few thousand dates, names and words over and over; a full memo is dropped rather than evicted entry by entry.
 * `compute` must not return undefined (null is fine).
 */
export function boundedMemo<K, V>(compute: (key: K) => V, max = 20_000): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= max) memo.clear();
      value = compute(key);
      memo.set(key, value);
    }
    return value;
  };
}
