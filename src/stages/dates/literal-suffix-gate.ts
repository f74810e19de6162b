/**
 * A cheap test of whether a pattern can match anywhere in a text, for patterns that end in an alternation of plain
 * words (chrono's "N units ago" ends in `(?:ago|before|earlier)(?=\W|$)`): only where one of the words occurs is the
 * pattern tried, backwards from there, by a look-behind holding the pattern itself. Such patterns are costly to try
 * at every word they can start with ("the", "a", any number), and most texts hold none of their matches.
 */

/** Decides whether a pattern can match anywhere in a text (see the file comment). */
export class LiteralSuffixGate {
  /**
   * `literals`: the words the pattern ends in. `atLiteral`: sticky; matches at a position where one of them starts
   * exactly when a match of the pattern ends with it there.
   */
  private constructor(
    private readonly literals: readonly string[],
    private readonly atLiteral: RegExp,
    /** The look-aheads the pattern ends in, after its words (a regex source, maybe empty). */
    readonly tail: string,
  ) {}

  /**
   * The gate of the regex `source` (with `flags`), or null when its source does not end in an alternation of words
   * (letters and spaces) followed by nothing but look-aheads. The regex must match case-insensitively (`i`), without
   * `u`, `v` or `m`.
   */
  static of(source: string, flags: string): LiteralSuffixGate | null {
    if (!flags.includes('i') || /[uvm]/.test(flags)) return null;
    const groups = topLevelGroups(source);
    let end = source.length;
    let last = groups.length - 1;
    while (last >= 0 && groups[last]?.end === end && /^\(\?[=!]/.test(source.slice(groups[last]?.start ?? 0))) {
      end = groups[last]?.start ?? 0;
      last--;
    }
    const group = groups[last];
    if (group === undefined || group.end !== end || !source.startsWith('(?:', group.start)) return null;
    const literals = source.slice(group.start + 3, group.end - 1).split('|');
    if (!literals.every((literal) => /^[A-Za-z]+(?: [A-Za-z]+)*$/.test(literal))) return null;
    const tail = source.slice(end);
    const atLiteral = new RegExp(`(?:${literals.join('|')})(?<=${source.slice(0, end)})${tail}`, `${flags.replace(/[gy]/g, '')}y`);
    return new LiteralSuffixGate(literals, atLiteral, tail);
  }

  /** The words the pattern ends in, as regex sources (letters and spaces). */
  get words(): readonly string[] {
    return this.literals;
  }

  /**
   * True when a match of the pattern in `text` (read as one string, `^` at its start) ends with one of its words
   * starting at `at`.
   */
  endsAt(text: string, at: number): boolean {
    this.atLiteral.lastIndex = at;
    return this.atLiteral.test(text);
  }
}

/**
 * Which of `gates` pass in `text` (bit i: gate i; a null gate always passes). `words` is global and case-insensitive
 * and matches every word of every gate: each position where one starts is tried.
 */
export function passingGates(gates: readonly (LiteralSuffixGate | null)[], words: RegExp, text: string): number {
  let pending = 0;
  let passed = 0;
  gates.forEach((gate, i) => {
    if (gate === null) passed |= 1 << i;
    else pending |= 1 << i;
  });
  words.lastIndex = 0;
  for (let match = words.exec(text); match !== null && pending !== 0; match = words.exec(text)) {
    const at = match.index;
    for (let left = pending; left !== 0; left &= left - 1) {
      const i = 31 - Math.clz32(left & -left);
      if ((gates[i] as LiteralSuffixGate).endsAt(text, at)) {
        passed |= 1 << i;
        pending &= ~(1 << i);
      }
    }
    words.lastIndex = at + 1;
  }
  return passed;
}

/**
 * A global, case-insensitive regex matching every word of every gate (null when there are none), each followed by
 * the look-aheads its gate's pattern ends in: "out" in "outcome" or "later" in "laterally" ends no match, and the
 * look-behind of {@link LiteralSuffixGate.endsAt}, which reads the whole pattern backwards, is not tried there.
 */
export function gateWordsRegex(gates: readonly (LiteralSuffixGate | null)[]): RegExp | null {
  const alternatives = gates.flatMap((gate) => (gate === null ? [] : [`(?:${gate.words.join('|')})${gate.tail}`]));
  return alternatives.length === 0 ? null : new RegExp(`(?:${alternatives.join('|')})`, 'gi');
}

/** The top-level parenthesised groups of a regex source, in order: start at "(", end after ")". */
function topLevelGroups(source: string): { readonly start: number; readonly end: number }[] {
  const groups: { start: number; end: number }[] = [];
  let depth = 0;
  let start = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === '\\') {
      i++;
    } else if (inClass) {
      if (char === ']') inClass = false;
    } else if (char === '[') {
      inClass = true;
    } else if (char === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if (char === ')') {
      depth--;
      if (depth === 0) groups.push({ start, end: i + 1 });
    }
  }
  return groups;
}
