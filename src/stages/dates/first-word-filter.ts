/**
 * Which words a match of a regex can start with, worked out from the regex's source, and a filter that finds the
 * word starts in a text where one of several regexes could match.
 *
 * The combined scans (`chrono-configuration.ts`) use it to try their big alternations only where a pattern can
 * start, instead of at every position of the text. For this to find every match, the tokens must be derived from the
 * patterns themselves, never listed by hand: {@link firstWordsOf} reads a pattern's source and returns, for every way
 * a match can begin, the first characters of the first word it consumes ("word" in the regex sense: a run of
 * `[A-Za-z0-9_]`, which is what `\w` and `\b` mean without the `u` flag). Zero-width parts (`\b`, look-arounds, `^`,
 * `$`) are ignored, which can only let more through. Digits count as one symbol and letters as their lower case,
 * which again can only let more through (the scans run case-insensitively).
 *
 * A word-start filter then walks each word of a text through a trie of those tokens. It is only sound for patterns
 * whose matches start at a word boundary or right after a non-word character (`\b`, `(\W|^)`): there the first word
 * character a match consumes always begins a word of the text. `chrono-configuration.ts` checks that.
 */

/**
 * Symbols of the trie: 0-25 the letters a-z (case folded), 26 any digit, 27 the underscore, 28 the gap of non-word
 * characters between a word and the next one.
 */
const SYMBOLS = 29;
const DIGIT = 26;
const UNDERSCORE = 27;
const GAP = 28;
const ALL_WORD = (1 << 28) - 1;
const LETTERS = (1 << 26) - 1;

/** How much of the non-word characters a set of characters holds. */
const enum NonWord {
  None = 0,
  Some = 1,
  All = 2,
}

/** A set of characters, as far as the analysis needs it: which symbols, and whether any non-word character. */
interface CharSet {
  readonly word: number;
  readonly nonWord: NonWord;
}

type Node =
  | { readonly kind: 'chars'; readonly set: CharSet }
  /** `\b`, `$` (which end a word when a word is being read) or any other zero-width assertion. */
  | { readonly kind: 'assert'; readonly endsWord: boolean }
  | { readonly kind: 'group'; readonly alternatives: readonly (readonly Node[])[] }
  | { readonly kind: 'repeat'; readonly node: Node; readonly min: number; readonly max: number };

/** The source could not be read (syntax the analysis does not know); callers then do without a filter. */
export class UnsupportedPatternError extends Error {}

function symbolOfCode(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 48 && code <= 57) return DIGIT;
  if (code === 95) return UNDERSCORE;
  return -1;
}

function charSetOfCode(code: number): CharSet {
  const symbol = symbolOfCode(code);
  return symbol < 0 ? { word: 0, nonWord: NonWord.Some } : { word: 1 << symbol, nonWord: NonWord.None };
}

function union(a: CharSet, b: CharSet): CharSet {
  return { word: a.word | b.word, nonWord: Math.max(a.nonWord, b.nonWord) as NonWord };
}

function complement(a: CharSet): CharSet {
  // The complement of "some" non-word characters may hold some of them, or none: "some" keeps every possibility.
  const nonWord = a.nonWord === NonWord.All ? NonWord.None : a.nonWord === NonWord.None ? NonWord.All : NonWord.Some;
  return { word: ~a.word & ALL_WORD, nonWord };
}

const CLASS_ESCAPES: Readonly<Record<string, CharSet>> = {
  d: { word: 1 << DIGIT, nonWord: NonWord.None },
  D: { word: LETTERS | (1 << UNDERSCORE), nonWord: NonWord.All },
  w: { word: ALL_WORD, nonWord: NonWord.None },
  W: { word: 0, nonWord: NonWord.All },
  s: { word: 0, nonWord: NonWord.Some },
  S: { word: ALL_WORD, nonWord: NonWord.Some },
};
/** Escapes of single control characters, with their codes. */
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { t: 9, n: 10, v: 11, f: 12, r: 13, 0: 0 };
const ANY_BUT_LINE_TERMINATORS: CharSet = { word: ALL_WORD, nonWord: NonWord.Some };

/** Reads a regex source (no `u` or `v` flag) into the nodes the analysis needs. */
class SourceReader {
  private at = 0;

  constructor(private readonly source: string) {}

  read(): Node {
    const node = this.alternatives();
    if (this.at !== this.source.length) this.fail('unbalanced )');
    return node;
  }

  private fail(why: string): never {
    throw new UnsupportedPatternError(`${why} at ${this.at} in ${this.source}`);
  }

  private peek(offset = 0): string {
    return this.source.charAt(this.at + offset);
  }

  private alternatives(): Node {
    const alternatives: Node[][] = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      alternatives.push(this.sequence());
    }
    return { kind: 'group', alternatives };
  }

  private sequence(): Node[] {
    const nodes: Node[] = [];
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      nodes.push(this.quantified(atom));
    }
    return nodes;
  }

  private quantified(atom: Node): Node {
    let min: number;
    let max: number;
    const char = this.peek();
    if (char === '*' || char === '+' || char === '?') {
      this.at++;
      [min, max] = char === '*' ? [0, Infinity] : char === '+' ? [1, Infinity] : [0, 1];
    } else if (char === '{') {
      const braces = /\{(\d+)(?:(,)(\d*))?\}/y;
      braces.lastIndex = this.at;
      const match = braces.exec(this.source);
      if (match === null) return atom; // a literal "{" (read as an atom next)
      this.at += match[0].length;
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
    } else {
      return atom;
    }
    if (this.peek() === '?') this.at++; // lazy: same language
    if (atom.kind === 'assert') return atom; // a repeated assertion still only asserts (or matches empty)
    return { kind: 'repeat', node: atom, min, max };
  }

  private atom(): Node {
    const char = this.peek();
    this.at++;
    switch (char) {
      case '(':
        return this.group();
      case '[':
        return { kind: 'chars', set: this.charClass() };
      case '.':
        return { kind: 'chars', set: ANY_BUT_LINE_TERMINATORS };
      case '^':
        return { kind: 'assert', endsWord: false };
      case '$':
        return { kind: 'assert', endsWord: true };
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        return this.fail('nothing to repeat');
      default:
        return { kind: 'chars', set: charSetOfCode(char.charCodeAt(0)) };
    }
  }

  private group(): Node {
    let lookaround = false;
    if (this.peek() === '?') {
      const kind = this.peek(1);
      if (kind === ':') {
        this.at += 2;
      } else if (kind === '=' || kind === '!') {
        this.at += 2;
        lookaround = true;
      } else if (kind === '<' && (this.peek(2) === '=' || this.peek(2) === '!')) {
        this.at += 3;
        lookaround = true;
      } else if (kind === '<') {
        const name = /<[A-Za-z_$][\w$]*>/y;
        name.lastIndex = this.at + 1;
        const match = name.exec(this.source);
        if (match === null) this.fail('group');
        this.at += 1 + match[0].length;
      } else {
        this.fail('group');
      }
    }
    const inner = this.alternatives();
    if (this.peek() !== ')') this.fail('unclosed group');
    this.at++;
    return lookaround ? { kind: 'assert', endsWord: false } : inner;
  }

  private escape(): Node {
    const char = this.peek();
    this.at++;
    if (char === 'b') return { kind: 'assert', endsWord: true };
    if (char === 'B') return { kind: 'assert', endsWord: false };
    return { kind: 'chars', set: this.escapedChars(char, false) };
  }

  /** The characters of an escape whose letter `char` was just read. */
  private escapedChars(char: string, inClass: boolean): CharSet {
    const classEscape = CLASS_ESCAPES[char];
    if (classEscape !== undefined) return classEscape;
    if (char === '0' && /\d/.test(this.peek())) this.fail('octal escape');
    const control = CONTROL_ESCAPES[char];
    if (control !== undefined) return charSetOfCode(control);
    if (inClass && char === 'b') return charSetOfCode(8);
    if (char === 'x' || char === 'u') {
      const hex = char === 'x' ? /[0-9a-fA-F]{2}/y : /[0-9a-fA-F]{4}/y;
      hex.lastIndex = this.at;
      const match = hex.exec(this.source);
      if (match === null) this.fail('escape');
      this.at += match[0].length;
      return charSetOfCode(parseInt(match[0], 16));
    }
    // Back references, \c, \k and escaped letters or digits are not read (none of the patterns uses them).
    if (/[\w]/.test(char) || char === '') this.fail(`escape \\${char}`);
    return charSetOfCode(char.charCodeAt(0));
  }

  private charClass(): CharSet {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    let set: CharSet = { word: 0, nonWord: NonWord.None };
    while (this.peek() !== ']') {
      if (this.at >= this.source.length) this.fail('unclosed class');
      const low = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.at++;
        const high = this.classAtom();
        if (low.code === null || high.code === null) {
          set = union(union(set, low.set), union(high.set, charSetOfCode('-'.charCodeAt(0))));
        } else {
          set = union(set, rangeSet(low.code, high.code));
        }
      } else {
        set = union(set, low.set);
      }
    }
    this.at++;
    return negated ? complement(set) : set;
  }

  /** One character of a class (its code, null for a class escape such as \d) and its set. */
  private classAtom(): { readonly code: number | null; readonly set: CharSet } {
    const char = this.peek();
    this.at++;
    if (char !== '\\') return { code: char.charCodeAt(0), set: charSetOfCode(char.charCodeAt(0)) };
    const escaped = this.peek();
    this.at++;
    if (CLASS_ESCAPES[escaped] !== undefined) return { code: null, set: this.escapedChars(escaped, true) };
    const before = this.at;
    const set = this.escapedChars(escaped, true);
    const code =
      escaped === 'x' || escaped === 'u' ? parseInt(this.source.slice(before, this.at), 16)
      : escaped === 'b' ? 8
      : (CONTROL_ESCAPES[escaped] ?? escaped.charCodeAt(0));
    return { code, set };
  }
}

/** The characters from `low` to `high` (codes). */
function rangeSet(low: number, high: number): CharSet {
  if (low > high) throw new UnsupportedPatternError('range out of order');
  let word = 0;
  for (let code = low; code <= Math.min(high, 127); code++) {
    const symbol = symbolOfCode(code);
    if (symbol >= 0) word |= 1 << symbol;
  }
  // Any code in the range that is not a word character makes it hold some non-word character.
  const wordCodes = countWordCodes(low, high);
  return { word, nonWord: wordCodes === high - low + 1 ? NonWord.None : NonWord.Some };
}

function countWordCodes(low: number, high: number): number {
  let count = 0;
  for (let code = low; code <= Math.min(high, 127); code++) if (symbolOfCode(code) >= 0) count++;
  return count;
}

/**
 * One way a match can begin: the sets of symbols of the first characters of its first word (each set: a bit per
 * symbol), and whether the word must end right after them (`closed`: the next character of the text is not a word
 * character, or the text ends). When not closed, the word may go on with anything.
 */
export interface FirstWord {
  readonly symbols: readonly number[];
  readonly closed: boolean;
  /**
   * When set (this word is then closed), what the next word starts with: after this word, the match consumes the
   * non-word characters up to the next word of the text, which is read the same way (up to {@link MAX_WORDS} words).
   * Common first words ("the", "in", "on") start many patterns but few matches: most of them are ruled out by the
   * words after them ("in the coming weeks", "on the 5th").
   */
  readonly second?: FirstWord;
}

/** What a pattern's matches can begin with. */
export interface FirstWords {
  readonly words: readonly FirstWord[];
  /** True when a match may consume non-word characters before its first word character. */
  readonly leadingNonWord: boolean;
}

/** Most words of a match the analysis follows (the first, then those after it); past them, anything is let in. */
const MAX_WORDS = 3;
/**
 * Longest prefix of a word the analysis follows; longer words are cut (and left open), which only
 * lets more in. Eight letters tell "foreign" from "for eight" run together ("foreig" would not).
 */
const MAX_WORD = 8;
/**
 * Most word prefixes the analysis follows at once. Where optional parts let words run together ("2days", "a
 * fewweeks"), the prefixes multiply; past this many, each is cut where it is (left open, or a first word closed
 * whatever follows it), which only lets more in. 200 keeps the building of the dates chrono under 0.1 s.
 */
const MAX_STATES = 200;

/**
 * States of the analysis: '' before the first word character, else the first word read so far, one character per
 * symbol set (see {@link FirstWordAnalysis.codeOf}); once a word has ended, the words so far each followed by
 * {@link WORD_END}, and the next word read so far (empty while the match reads the non-word characters between them).
 */
type States = ReadonlySet<string>;
const BEFORE_WORD = '';
const WORD_END = ' ';
/** Symbol sets are coded as characters from here on (the Unicode private use area). */
const FIRST_SET_CODE = 0xe000;

class FirstWordAnalysis {
  /** First words found: coded word -> closed. */
  readonly found = new Map<string, boolean>();
  leadingNonWord = false;
  private readonly codes = new Map<number, string>();
  private readonly sets: number[] = [];

  private codeOf(set: number): string {
    let code = this.codes.get(set);
    if (code === undefined) {
      code = String.fromCharCode(FIRST_SET_CODE + this.sets.length);
      this.sets.push(set);
      this.codes.set(set, code);
    }
    return code;
  }

  /** The symbol sets of a coded word. */
  setsOf(word: string): number[] {
    return [...word].map((code) => this.sets[code.charCodeAt(0) - FIRST_SET_CODE] as number);
  }

  /**
   * Records the words a match can begin with: coded words joined by {@link WORD_END}, all closed but the last, which
   * is closed when `closed` (else anything may follow its prefix).
   */
  emit(word: string, closed: boolean): void {
    const known = this.found.get(word);
    // An open word lets through everything the closed one does.
    if (known === undefined || (known && !closed)) this.found.set(word, closed);
  }

  /**
   * Records a state the analysis stops following (or where the match may end): the word being read is left open;
   * in the gap after a word, that word is closed, whatever follows it.
   */
  cut(state: string): void {
    if (state.endsWith(WORD_END)) this.emit(state.slice(0, -1), true);
    else this.emit(state, false);
  }

  /** Adds the words read so far to `out`, unless the last is long enough to cut or already found open (nothing to add). */
  private grow(words: string, out: Set<string>): void {
    if (this.found.get(words) === false) return;
    if (words.length - (words.lastIndexOf(WORD_END) + 1) >= MAX_WORD) this.emit(words, false);
    else out.add(words);
  }

  /** The states after `node`, from `states`; first words that end inside it are emitted. */
  step(node: Node, states: States): Set<string> {
    return this.bounded(this.unbounded(node, states));
  }

  /** `states`, or when there are too many, only the one before any word (the others are emitted, left open). */
  private bounded(states: Set<string>): Set<string> {
    if (states.size <= MAX_STATES) return states;
    for (const state of states) if (state !== BEFORE_WORD) this.cut(state);
    return states.has(BEFORE_WORD) ? new Set([BEFORE_WORD]) : new Set();
  }

  private unbounded(node: Node, states: States): Set<string> {
    const out = new Set<string>();
    switch (node.kind) {
      case 'chars': {
        const { word, nonWord } = node.set;
        const code = word === 0 ? '' : this.codeOf(word);
        for (const state of states) {
          if (nonWord !== NonWord.None) {
            if (state === BEFORE_WORD) {
              out.add(BEFORE_WORD);
              this.leadingNonWord = true;
            } else {
              this.endWord(state, out);
            }
          }
          if (word !== 0) this.grow(state + code, out);
        }
        return out;
      }
      case 'assert':
        for (const state of states) {
          // After a word character, \b and $ both mean the word ends here.
          if (node.endsWord && state !== BEFORE_WORD) this.endWord(state, out);
          else out.add(state);
        }
        return out;
      case 'group':
        for (const alternative of node.alternatives) for (const state of this.sequence(alternative, states)) out.add(state);
        return out;
      case 'repeat': {
        let current: States = states;
        for (let i = 0; i < node.min; i++) current = this.step(node.node, current);
        const all = new Set(current);
        let frontier: States = current;
        for (let i = node.min; i < node.max && frontier.size > 0; i++) {
          const next = new Set<string>();
          for (const state of this.step(node.node, frontier)) {
            if (!all.has(state)) {
              all.add(state);
              next.add(state);
            }
          }
          frontier = next;
          if (all.size > MAX_STATES) {
            // Cut every word read so far; what remains to repeat starts from before the first word, if at all.
            const before = this.bounded(all);
            frontier = new Set([...frontier].filter((state) => before.has(state)));
            all.clear();
            for (const state of before) all.add(state);
          }
        }
        return all;
      }
    }
  }

  /**
   * A non-word character (or the end of a word) in `state`: the word being read ends and the gap before the next one
   * begins; in the gap nothing changes; after {@link MAX_WORDS} words, the last one is recorded, closed (the analysis
   * follows no further).
   */
  private endWord(state: string, out: Set<string>): void {
    if (state.endsWith(WORD_END)) out.add(state);
    else if (wordCount(state) < MAX_WORDS) out.add(state + WORD_END);
    else this.emit(state, true);
  }

  sequence(nodes: readonly Node[], states: States): States {
    let current = states;
    for (const node of nodes) {
      if (current.size === 0) break;
      current = this.step(node, current);
    }
    return current;
  }
}

/**
 * The first words of every match of the regex `source` (no `u`/`v` flag; read case-insensitively). Throws
 * {@link UnsupportedPatternError} when the source uses syntax the reader does not know, or when a match could hold
 * no word character at all (then no word-start filter can find it).
 */
export function firstWordsOf(source: string): FirstWords {
  const analysis = new FirstWordAnalysis();
  const end = analysis.step(new SourceReader(source).read(), new Set([BEFORE_WORD]));
  for (const state of end) {
    if (state === BEFORE_WORD) throw new UnsupportedPatternError(`a match may hold no word character: ${source}`);
    // A match ending inside a word leaves it open; one ending after it, closed.
    analysis.cut(state);
  }
  const words = [...analysis.found].map(([coded, closed]) =>
    coded
      .split(WORD_END)
      .reduceRight<FirstWord | undefined>(
        (second, word) =>
          second === undefined ? { symbols: analysis.setsOf(word), closed } : { symbols: analysis.setsOf(word), closed: true, second },
        undefined,
      ) as FirstWord,
  );
  return { words, leadingNonWord: analysis.leadingNonWord };
}

/** The number of words in a state of the analysis (see {@link States}). */
function wordCount(state: string): number {
  let count = 1;
  for (let at = state.indexOf(WORD_END); at >= 0; at = state.indexOf(WORD_END, at + 1)) count++;
  return count;
}

/** Longest run of symbol sets expanded into the trie before the rest of a first word is left open. */
const MAX_EXPANSION = 256;

/**
 * A trie of first words, each tagged with the bit of the pattern it belongs to. {@link maskAt} walks a word of a
 * text through it and returns the bits of the patterns that may match starting with that word.
 */
export class FirstWordTrie {
  private next: Int32Array;
  private readonly openBits: number[] = [0];
  private readonly closedBits: number[] = [0];
  /** Per node: the patterns accepted there whatever follows, and those accepted only where the word ends. */
  private readonly open: Int32Array;
  private readonly closed: Int32Array;
  /** Finds the words worth walking through the trie (see {@link finderSource}). */
  private readonly finder: RegExp;
  private size = 1;

  /** `patterns[i]`: the first words of pattern i (bit `1 << i`; at most 31 patterns). */
  constructor(patterns: readonly (readonly FirstWord[])[]) {
    if (patterns.length > 31) throw new RangeError('at most 31 patterns');
    this.next = new Int32Array(64 * SYMBOLS).fill(-1);
    patterns.forEach((words, i) => {
      for (const word of words) this.insert(word, 1 << i);
    });
    this.open = Int32Array.from(this.openBits);
    this.closed = Int32Array.from(this.closedBits);
    // A pattern that may start with any word makes every word a candidate.
    const root = this.finderSource(0, 0);
    this.finder = new RegExp(root === '' ? '\\b\\w' : `\\b${root}`, 'gi');
  }

  private child(node: number, symbol: number): number {
    const at = node * SYMBOLS + symbol;
    let child = this.next[at] as number;
    if (child >= 0) return child;
    child = this.size++;
    if (this.size * SYMBOLS > this.next.length) {
      const grown = new Int32Array(this.next.length * 2).fill(-1);
      grown.set(this.next);
      this.next = grown;
    }
    this.next[at] = child;
    this.openBits.push(0);
    this.closedBits.push(0);
    return child;
  }

  private insert(word: FirstWord, bit: number): void {
    // Each next word hangs below the last symbols of the word before it, behind the gap symbol.
    const symbols: number[] = [...word.symbols];
    let last = word;
    for (let next = word.second; next !== undefined; next = next.second) {
      symbols.push(1 << GAP, ...next.symbols);
      last = next;
    }
    const closed = last.closed;
    let nodes = [0];
    let expansion = 1;
    for (let i = 0; i < symbols.length; i++) {
      const set = symbols[i] as number;
      const count = popCount(set);
      if (expansion * count > MAX_EXPANSION) {
        // Too many spellings: accept whatever follows the prefix read so far.
        for (const node of nodes) this.openBits[node] = (this.openBits[node] as number) | bit;
        return;
      }
      expansion *= count;
      const children: number[] = [];
      for (const node of nodes) {
        for (let symbol = 0; symbol < SYMBOLS; symbol++) if (set & (1 << symbol)) children.push(this.child(node, symbol));
      }
      nodes = children;
    }
    const accept = closed ? this.closedBits : this.openBits;
    for (const node of nodes) accept[node] = (accept[node] as number) | bit;
  }

  /**
   * The words of `text` that some pattern can start with: `[gap, word, mask, ...]`, where `word` is where the word
   * starts, `gap` where the non-word characters before it start (`word` itself when there are none), and `mask` the
   * bits of the patterns whose first words the word can begin with.
   */
  wordsIn(text: string): number[] {
    const found: number[] = [];
    const { next, open, closed, finder } = this;
    const length = text.length;
    finder.lastIndex = 0;
    for (let match = finder.exec(text); match !== null; match = finder.exec(text)) {
      const word = match.index;
      let node = 0;
      let mask = open[0] as number;
      for (let i = word; ; ) {
        const symbol = i < length ? (SYMBOL_OF_CODE[text.charCodeAt(i)] as number) : -1;
        if (symbol < 0) {
          mask |= closed[node] as number;
          // The word ends: the patterns that need a next word read the one after the non-word characters.
          const gap = next[node * SYMBOLS + GAP] as number;
          if (gap < 0) break;
          while (i < length && (SYMBOL_OF_CODE[text.charCodeAt(i)] as number) < 0) i++;
          if (i === length) break;
          node = gap;
          mask |= open[node] as number;
          continue;
        }
        node = next[node * SYMBOLS + symbol] as number;
        if (node < 0) break;
        mask |= open[node] as number;
        i++;
      }
      if (mask === 0) continue;
      let gap = word;
      while (gap > 0 && (SYMBOL_OF_CODE[text.charCodeAt(gap - 1)] as number) < 0) gap--;
      found.push(gap, word, mask);
    }
    return found;
  }

  /**
   * Source of a regex matching at the start of every word the trie accepts, and maybe others: the trie down to
   * `depth`, below which anything is accepted.
   */
  private finderSource(node: number, depth: number): string {
    if ((this.openBits[node] as number) !== 0 || depth === FINDER_DEPTH) return '';
    const alternatives: string[] = [];
    for (let symbol = 0; symbol < GAP; symbol++) {
      const child = this.next[node * SYMBOLS + symbol] as number;
      if (child < 0) continue;
      const char = symbol === DIGIT ? '\\d' : symbol === UNDERSCORE ? '_' : String.fromCharCode(97 + symbol);
      alternatives.push(char + this.finderSource(child, depth + 1));
    }
    // A first word that ends here (whatever follows, or before a second word) is found up to its end.
    if ((this.closedBits[node] as number) !== 0 || (this.next[node * SYMBOLS + GAP] as number) >= 0) alternatives.push('(?!\\w)');
    return alternatives.length === 1 ? (alternatives[0] as string) : `(?:${alternatives.join('|')})`;
  }
}

/**
 * Depth of the trie in the regex that finds candidate words: the regex engine skips the other words faster than a
 * loop over the text's characters does; each candidate is then walked through the whole trie.
 */
const FINDER_DEPTH = 4;

/** Symbol of each UTF-16 code unit (-1: not a word character). */
const SYMBOL_OF_CODE = new Int8Array(0x10000).fill(-1);
for (let code = 0; code < 128; code++) SYMBOL_OF_CODE[code] = symbolOfCode(code);

/** True when the UTF-16 code unit is a word character (`\w` without the `u` flag). */
export function isWordCode(code: number): boolean {
  return (SYMBOL_OF_CODE[code] as number) >= 0;
}

function popCount(bits: number): number {
  let count = 0;
  for (let b = bits; b !== 0; b &= b - 1) count++;
  return count;
}
