/** English number words that readouts spell out in durations and ordinals. */
export const CARDINAL_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90, half: 0.5,
};

export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

/** Reads "32", "one", "twenty-five", "1.5" as a number; null when it is none of these. */
export function readNumber(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  const direct = CARDINAL_WORDS[w];
  if (direct !== undefined) return direct;
  const parts = w.split(/[-\s]/);
  if (parts.length === 2) {
    const tens = CARDINAL_WORDS[parts[0] ?? ''];
    const ones = CARDINAL_WORDS[parts[1] ?? ''];
    if (tens !== undefined && ones !== undefined && tens >= 20 && ones < 10) return tens + ones;
  }
  return null;
}

/** Reads "second", "20th", "18th" as an ordinal number; null otherwise. */
export function readOrdinal(word: string): number | null {
  const w = word.toLowerCase();
  const m = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (m) return Number(m[1]);
  return ORDINAL_WORDS[w] ?? null;
}
