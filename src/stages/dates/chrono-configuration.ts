/**
 * The dates stage's chrono: chrono's casual English configuration plus our parsers and refiners, in one visible,
 * ordered list (as chrono keeps its own in `locales/en/configuration.ts`).
 *
 * Order matters:
 * - Our parsers come first: when our result and chrono's cover the same words, chrono's overlap removal keeps the
 *   earlier-listed one ("next week" is a week, not chrono's Monday).
 * - The filters run after chrono's refiners (so a clock time has already shadowed any date chrono misread inside it).
 * - The modifier refiners run last, in the order deadline, open end, approximate, preposition: each looks at the
 *   words directly before the span the previous one left.
 *
 * Speed (chrono runs every parser's regex over the whole text, so each parser costs a scan):
 * - chrono components whose results we always dropped or never need are taken out (REMOVED_CHRONO_COMPONENTS);
 * - parsers share scans (ParserRunner): the patterns with the same left boundary are tried only at the words they can
 *   start with (derived from their regex sources, first-word-filter.ts; an alternation over the whole text where no
 *   first words can be derived), and there only the patterns that can start with that word, each with its own sticky
 *   regex. This finds exactly the matches chrono's one-scan-per-parser loop would, in the same order
 *   (test/dates-first-word-filter.test.ts);
 * - chrono's two "N units ago/later" patterns, slow to compile and starting with any number word, are tried only in
 *   texts holding one of the words they must end in (literal-suffix-gate.ts);
 * - chrono's timezone refiners only see results with a timezone-like word after them; its ENUnlikelyFormatFilter,
 *   quadratic on long texts, is replaced by a linear one; our filters and modifiers read each result's tags once.
 */
import {
  casual,
  Chrono,
  ParsingComponents,
  ParsingContext,
  ParsingResult,
  ReferenceWithTimezone,
  type ParsedResult,
  type Parser,
  type ParsingOption,
  type ParsingReference,
  type Refiner,
} from 'chrono-node';
import { afterNextPeriodParser } from './parsers/after-next-period-parser.ts';
import { alternativeMonthsParser } from './parsers/alternative-months-parser.ts';
import { anaphoricDayParser } from './parsers/anaphoric-day-parser.ts';
import { comingPeriodParser } from './parsers/coming-period-parser.ts';
import { crossMonthRangeParser } from './parsers/cross-month-range-parser.ts';
import { dayOfMonthParser } from './parsers/day-of-month-parser.ts';
import { newYearParser } from './parsers/new-year-parser.ts';
import { partOfMonthParser } from './parsers/part-of-month-parser.ts';
import { partOfQuarterParser } from './parsers/part-of-quarter-parser.ts';
import { partOfYearParser } from './parsers/part-of-year-parser.ts';
import { quarterParser } from './parsers/quarter-parser.ts';
import { relativePeriodParser } from './parsers/relative-period-parser.ts';
import { seasonParser } from './parsers/season-parser.ts';
import { vagueTimeParser } from './parsers/vague-time-parser.ts';
import { weekdayNoteDateParser } from './parsers/weekday-note-date-parser.ts';
import { weekOfParser } from './parsers/week-of-parser.ts';
import { yearParser } from './parsers/year-parser.ts';
import { eventYearParser } from './parsers/event-year-parser.ts';
import { spacedYearFirstDateParser } from './parsers/spaced-year-first-date-parser.ts';
import { FirstWordTrie, UnsupportedPatternError, firstWordsOf, isWordCode, type FirstWord, type FirstWords } from './first-word-filter.ts';
import { LiteralSuffixGate, gateWordsRegex, passingGates } from './literal-suffix-gate.ts';
import { alternativeTimesRefiner } from './refiners/alternative-times-refiner.ts';
import { anchoredDayRefiner } from './refiners/anchored-day-refiner.ts';
import { dayOfMonthRefiner } from './refiners/day-of-month-refiner.ts';
import { dottedDateRefiner } from './refiners/dotted-date-refiner.ts';
import { falsePositiveFilterRefiner } from './refiners/false-positive-filter-refiners.ts';
import { modifierRefiner } from './refiners/modifier-refiners.ts';
import { monthOfYearRefiner } from './refiners/month-of-year-refiner.ts';
import { pairedDaysRefiner } from './refiners/paired-days-refiner.ts';
import { slashDateOrderRefiner } from './refiners/slash-date-order-refiner.ts';
import { unlikelyFormatRefiner } from './refiners/unlikely-format-refiner.ts';
import { isOurs, tagRule } from './result-tags.ts';

/** Our parsers, tried before chrono's. */
export const DATES_PARSERS: readonly Parser[] = [
  vagueTimeParser,
  anaphoricDayParser,
  weekdayNoteDateParser,
  weekOfParser,
  crossMonthRangeParser,
  alternativeMonthsParser,
  partOfMonthParser,
  partOfYearParser,
  quarterParser,
  partOfQuarterParser,
  seasonParser,
  relativePeriodParser, // also "this/next/last weekend" (weekend-parser.ts), sharing its pattern
  comingPeriodParser,
  afterNextPeriodParser,
  yearParser,
  // "the 2025 session of the Committee": a year before an event noun
  eventYearParser,
  // "2024. 10. 08." (Hungarian, Korean pages)
  spacedYearFirstDateParser,
  dayOfMonthParser,
  newYearParser,
];

/** Our refiners, run after chrono's, in this order. */
export const DATES_REFINERS: readonly Refiner[] = [
  // duration, clock time, lower-case word, ignored word, named day, event-relative: one pass (FALSE_POSITIVE_FILTERS)
  falsePositiveFilterRefiner,
  // "04.05.2024": chrono's month-first reading of a dotted (European) date turned day first
  dottedDateRefiner,
  // "03/05/2024" in a text that also writes "25/04/2024": day first, as the text's unambiguous slash dates are
  slashDateOrderRefiner,
  anchoredDayRefiner,
  // "5 and 6 April": chrono's "6 April" grown over the days listed before it
  pairedDaysRefiner,
  // "arrive on 27 May and hold talks on the 28th": the ordinal day takes the month of the date before it (after the
  // paired days, so "4/5 May" is already one range)
  dayOfMonthRefiner,
  // "September of this year": the month gets the year and the separate "this year" goes (before the modifiers, which
  // read the words before the grown span)
  monthOfYearRefiner,
  // "at the end of January or early February": two coarse times joined by "or" are one interval (before the modifiers,
  // so "by" before the first applies to the whole)
  alternativeTimesRefiner,
  // deadline, open end, approximate, leading preposition, in this order (MODIFIERS)
  modifierRefiner,
];

/**
 * chrono components we take out of the casual configuration, by class name:
 * - ENTimeUnitCasualRelativeFormatParser reads "the past 40 years", "+2 days" as dates;
 * - ENMergeDateTimeRefiner glues clock times onto dates ("at 10:00 on 5 March"), which our spans must not include;
 * - ENEndOfPeriodRefiner turns "end of October" into October 31; our part-of-month parser owns that phrase;
 * - ENTimeExpressionParser ("10:30", "2 p.m.") and ENCasualTimeParser ("this morning", "noon", "tonight") give clock
 *   times only, which the clock-time filter always dropped (nothing merges them onto dates any more);
 * - ForwardDateRefiner does nothing unless `forwardDate` is set, which we never do.
 */
const REMOVED_CHRONO_COMPONENTS: readonly string[] = [
  'ENTimeUnitCasualRelativeFormatParser',
  'ENMergeDateTimeRefiner',
  'ENEndOfPeriodRefiner',
  'ENTimeExpressionParser',
  'ENCasualTimeParser',
  'ForwardDateRefiner',
];

/**
 * chrono components replaced by ours, which make the same decisions faster: ENUnlikelyFormatFilter trimmed the whole
 * text for every result (quadratic on long texts).
 */
const REPLACED_CHRONO_COMPONENTS: ReadonlyMap<string, Refiner> = new Map([['ENUnlikelyFormatFilter', unlikelyFormatRefiner]]);

/**
 * chrono refiners that must not see our results: UnlikelyFormatFilter drops any all-digit text, which would drop
 * our years ("2018" in "in 2018"); the year parser already requires a preposition or "the year" before it.
 */
const CHRONO_REFINERS_SKIPPING_OURS: readonly string[] = ['UnlikelyFormatFilter'];

/**
 * chrono refiners that only act on a result followed by a timezone ("June 12 (GMT)", "10:00 +09:00"), with a cheap
 * test of the text after a result that holds whenever the refiner could act on it. Results failing it are not shown
 * to the refiner (it reads the result's date for every 2-4 letter word after a result, which is slow).
 * - ExtractTimezoneAbbrRefiner: `^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)` case-insensitively, but a date-only result
 *   needs the abbreviation in upper case;
 * - ExtractTimezoneOffsetRefiner: `^\s*(?:\(?(?:GMT|UTC)\s?)?([+-])\d`.
 */
const TIMEZONE_ABBREVIATION_AFTER = /\s*,?\s*\(?[A-Z]{2,4}\)?(?!\w)/y;
const TIMEZONE_ABBREVIATION_AFTER_ANY_CASE = /\s*,?\s*\(?[A-Za-z]{2,4}\)?(?!\w)/y;
const TIMEZONE_OFFSET_AFTER = /\s*(?:\(?(?:GMT|UTC)\s?)?[+-]\d/iy;
const CHRONO_REFINERS_ON_CANDIDATES: ReadonlyMap<string, (context: ParsingContext, result: ParsingResult) => boolean> =
  new Map([
    [
      'ExtractTimezoneAbbrRefiner',
      (context: ParsingContext, result: ParsingResult) =>
        followedBy(context, result, result.start.isOnlyDate() ? TIMEZONE_ABBREVIATION_AFTER : TIMEZONE_ABBREVIATION_AFTER_ANY_CASE),
    ],
    ['ExtractTimezoneOffsetRefiner', (context: ParsingContext, result: ParsingResult) => followedBy(context, result, TIMEZONE_OFFSET_AFTER)],
  ]);

function followedBy(context: ParsingContext, result: ParsingResult, sticky: RegExp): boolean {
  sticky.lastIndex = result.index + result.text.length;
  return sticky.test(context.text);
}

function className(component: object): string {
  return component.constructor.name;
}

/** Tags a chrono parser's result with its rule; our parsers (rule null) tag their results themselves. */
function ruleTagged(result: ParsingResult, rule: string | null): ParsingResult {
  return rule === null ? result : tagRule(result, rule);
}

/**
 * Turns what a parser's `extract` returned into a result, as chrono's own parse loop does. `rule` (chrono parsers)
 * is added as `rule/<rule>`; our parsers tag their results themselves.
 */
function toResult(
  context: ParsingContext,
  match: RegExpMatchArray,
  extracted: NonNullable<ReturnType<Parser['extract']>>,
  rule: string | null,
): ParsingResult {
  if (extracted instanceof ParsingResult) return ruleTagged(extracted, rule);
  const result = context.createParsingResult(match.index ?? 0, match[0]);
  result.start = extracted instanceof ParsingComponents ? extracted : context.createParsingComponents(extracted);
  return ruleTagged(result, rule);
}

/** A parser with the rule its results are tagged with: `chrono/<ParserClass>` for chrono's, null for ours. */
interface RuledParser {
  readonly parser: Parser;
  readonly rule: string | null;
}

/**
 * chrono's parse loop for one parser (chrono's `executeParser`, which is private): every non-overlapping match,
 * scanning on from the end of each result, or from one character after a match the parser rejected. Each rescan runs
 * on the rest of the text as a new string, so `^` and `\b` hold at the point where it resumes.
 */
function executeParser(context: ParsingContext, { parser, rule }: RuledParser, into: ParsingResult[]): void {
  const pattern = parser.pattern(context);
  const originalText = context.text;
  let remainingText = originalText;
  let match = pattern.exec(remainingText);
  while (match !== null) {
    match.index = (match.index ?? 0) + originalText.length - remainingText.length;
    const extracted = parser.extract(context, match);
    if (extracted === null) {
      remainingText = originalText.substring(match.index + 1);
      match = pattern.exec(remainingText);
      continue;
    }
    const result = toResult(context, match, extracted, rule);
    into.push(result);
    remainingText = originalText.substring(result.index + result.text.length);
    match = pattern.exec(remainingText);
  }
}

/**
 * Left boundaries shared by many patterns. Patterns are scanned together by boundary: one alternation of patterns with
 * different boundaries is much slower in V8 than one scan per boundary.
 */
const SHARED_PATTERN_PREFIXES: readonly string[] = ['\\b', '(\\W|^)'];

/**
 * A regex source with its capture groups made non-capturing. Sources with back references are refused (they would
 * then point at other groups).
 */
function withoutCaptureGroups(source: string): string {
  if (/\\[1-9]|\\k</.test(source)) throw new Error(`chrono configuration: back reference in ${source}`);
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
    } else if (char === '[') {
      inClass = true;
    } else if (char === '(' && source.charAt(i + 1) !== '?') {
      out += '(?:';
      continue;
    }
    out += char;
  }
  return out;
}

/** A parser in the combined scan, with its pattern compiled sticky (to try it at one position). */
interface ScannedParser extends RuledParser {
  /** The parser's pattern when the combined scan was built. */
  readonly pattern: RegExp;
  readonly sticky: RegExp;
}

/**
 * Left boundaries after which the first word character a match consumes always starts a word of the text (see
 * `first-word-filter.ts`), and whether the boundary itself consumes a non-word character: `\b` does not (a match
 * starts at that word, or at non-word characters before it that the pattern consumes), `(\W|^)` does (a match
 * starts on a non-word character before the word, or at the start of the text).
 */
const WORD_START_PREFIXES: ReadonlyMap<string, boolean> = new Map([
  ['\\b', false],
  ['(\\W|^)', true],
]);

/**
 * Where a combined scan tries its patterns: only around the words they can start with. The words come from one
 * {@link FirstWordTrie} shared by the scans, in which the scan's parsers have the bits from `offset` on.
 */
interface WordStartFilter {
  readonly offset: number;
  /**
   * True when a match may start at the word's first character (`\b`); else (`(\W|^)`) it starts on the non-word
   * character right before it, or at the word when the word starts the text.
   */
  readonly atWord: boolean;
  /**
   * The parsers (bit i: parser i) whose matches may consume non-word characters before their first word: only
   * these can start further before the word, anywhere on the non-word characters before it.
   */
  readonly leading: number;
}

/** The words of a text that the filtered scans' patterns can start with, read once per text for all of them. */
interface WordsOfText {
  wordsIn(text: string): readonly number[];
}

/**
 * Many parsers (whose patterns start with the same left boundary) in one scan over the text, finding exactly what
 * {@link executeParser} finds for each of them.
 *
 * chrono runs one scan per parser, and each scan costs about as much as the regex is long times the text. Here the
 * alternation of all the patterns finds the positions where at least one of them matches; only there is each parser's
 * own pattern tried (sticky), and only if its own scan would have reached that position (not inside its previous
 * result). Where {@link executeParser} would resume on the rest of the text as a new string (after a result, or one
 * character after a rejected match), a match starting right there can differ from one in the whole text (`^` and `\b`
 * hold at a string's start), so that one position is tried on the rest of the text. Results are kept per parser and
 * appended in parser order, as chrono's loop appends them.
 *
 * When the patterns start with `\b` or `(\W|^)`, no alternation runs over the whole text: only around the words some
 * pattern can start with ({@link WordStartFilter}, derived from the patterns' sources) is each pattern that can start
 * with the word tried, with its own sticky regex. Most words can start one pattern, a few two or three; an alternation
 * compiled per set of patterns (as before) copied the patterns' compiled code once per set, and the scan ran slower
 * for the code it kept cold than for the few more tries it saved.
 *
 * The patterns are compiled once (ParserRunner falls back to chrono's loop should a parser's pattern change). A
 * pattern must not look behind the point where its scan resumes: the only look-behind, the vague-time parser's
 * `(?<!\bas )soon`, could only see a difference right after a vague phrase ending in "as", and none does.
 */
class CombinedScan {
  /** Global: finds the positions where at least one pattern matches (only used without a word-start filter). */
  private readonly trigger: RegExp | null;
  /** Each parser's pattern without its left boundary and capture groups. */
  private readonly rests: readonly string[];
  /** The left boundary, without capture groups. */
  private readonly boundary: string;
  /** The parsers tried with their own pattern only (bits 0 to `alone` - 1). */
  private readonly aloneBits: number;
  /**
   * For each of the `alone` parsers, a cheap test of whether its pattern matches anywhere in a text (null when its
   * pattern does not allow one): those patterns can start with very common words, and seldom match.
   */
  private readonly gates: readonly (LiteralSuffixGate | null)[];
  /** Finds the words the gates' patterns end in (null without gates). */
  private readonly gateWords: RegExp | null;
  /**
   * The parsers (bits) whose rescan on the rest of the text (see {@link take}) finds nothing the whole text does not
   * when the rest starts with a non-word character: those of a filtered scan whose matches start with their first
   * word. Where the rest starts, `^` holds, and `\b` holds before a word character. With `\b`, such a pattern needs
   * a word character right there: no match on either string. With `(\W|^)`, `^` would need the same, so only `\W`
   * can match there, consuming that character as in the whole text, whose hits hold any such match.
   */
  private readonly rescanBeforeWordOnly: number;
  /** The text {@link hitsIn} last scanned, and what it found there. */
  private lastText: string | null = null;
  private lastHits: readonly number[] = [];

  /**
   * `prefix`: the left boundary all the patterns start with ('' when they share none). The first `alone` parsers are
   * slow to compile and seldom match: their literal-suffix gates rule them out of most texts. `filter`: where to try
   * the patterns, null for everywhere.
   */
  constructor(
    private readonly parsers: readonly ScannedParser[],
    prefix: string,
    alone: number,
    private readonly filter: WordStartFilter | null,
  ) {
    if (parsers.length > 30) throw new Error('chrono configuration: more than 30 parsers in one combined scan');
    // Without their capture groups (a match would copy every group of every pattern): the only groups are the markers.
    this.rests = parsers.map(({ sticky }) => withoutCaptureGroups(sticky.source.slice(prefix.length)));
    this.boundary = withoutCaptureGroups(prefix);
    this.aloneBits = (1 << alone) - 1;
    this.gates = parsers.slice(0, alone).map(({ sticky }) => LiteralSuffixGate.of(sticky.source, sticky.flags));
    this.gateWords = gateWordsRegex(this.gates);
    this.rescanBeforeWordOnly = filter === null ? 0 : ((1 << parsers.length) - 1) & ~filter.leading;
    this.trigger = filter === null ? new RegExp(this.sourceOf((1 << parsers.length) - 1), 'gi') : null;
  }

  /** The alternation of the patterns of `mask`, in parser order, each followed by an empty marker group. */
  private sourceOf(mask: number): string {
    const alternatives: string[] = [];
    this.rests.forEach((rest, i) => {
      if (mask & (1 << i)) alternatives.push(`(?:${rest})()`);
    });
    return `${this.boundary}(?:${alternatives.join('|')})`;
  }

  /** The parser whose pattern matched in `match` of the trigger (the alternation of all the patterns). */
  private matchedIn(match: RegExpExecArray): number {
    for (let group = 1; group < match.length; group++) {
      if (match[group] !== undefined) return group - 1;
    }
    return -1;
  }

  /**
   * The first parser, from `k` on and among those of `mask` (bit i: parser i), whose pattern matches at `at`; -1
   * when none does.
   */
  private nextInMask(k: number, mask: number, text: string, at: number): number {
    for (let left = k >= 31 ? 0 : mask & ~((1 << k) - 1); left !== 0; left &= left - 1) {
      const j = 31 - Math.clz32(left & -left);
      const sticky = (this.parsers[j] as ScannedParser).sticky;
      sticky.lastIndex = at;
      if (sticky.test(text)) return j;
    }
    return -1;
  }

  /**
   * Appends each parser's results to `into[i]` (i = the parser's position in the list). `words`: the text's words
   * from the shared {@link FirstWordTrie} (read only with a filter, and only when the text is not the last one).
   */
  run(context: ParsingContext, into: readonly ParsingResult[][], words: WordsOfText): void {
    const text = context.text;
    const resumeAt = new Array<number>(this.parsers.length).fill(0);
    const hits = this.hitsIn(text, words);
    for (let h = 0; h < hits.length; h += 2) {
      const at = hits[h] as number;
      const p = hits[h + 1] as number;
      if (at < (resumeAt[p] as number)) continue;
      const scanned = this.parsers[p] as ScannedParser;
      scanned.sticky.lastIndex = at;
      const match = scanned.sticky.exec(text);
      if (match !== null) resumeAt[p] = this.take(context, p, match, into[p] as ParsingResult[]);
    }
  }

  /**
   * Every position where some pattern matches, each with every parser whose pattern matches there, in text order
   * then parser order: `[position, parser, position, parser, ...]`. They depend on the text alone, and the times
   * stage parses a document without a published date twice (the second time against the date it found), so the
   * last text's hits are kept and the second parse skips the scan.
   */
  private hitsIn(text: string, words: WordsOfText): readonly number[] {
    if (text === this.lastText) return this.lastHits;
    const hits = this.filter === null ? this.hitsEverywhere(text) : this.hitsAroundWords(text, words.wordsIn(text), this.filter);
    this.lastText = text;
    this.lastHits = hits;
    return hits;
  }

  private hitsEverywhere(text: string): number[] {
    const hits: number[] = [];
    const all = (1 << this.parsers.length) - 1;
    const trigger = this.trigger as RegExp;
    trigger.lastIndex = 0;
    let hit = trigger.exec(text);
    while (hit !== null) {
      const at = hit.index;
      for (let p = this.matchedIn(hit); p >= 0; p = this.nextInMask(p + 1, all, text, at)) hits.push(at, p);
      trigger.lastIndex = at + 1;
      hit = trigger.exec(text);
    }
    return hits;
  }

  /**
   * {@link hitsIn} through the word-start filter: a match's first word character starts a word of the text, so
   * only the positions at such a word (and the non-word characters before it) whose word some pattern can start
   * with are tried, and there only the patterns that can start with it.
   */
  private hitsAroundWords(text: string, words: readonly number[], filter: WordStartFilter): number[] {
    const hits: number[] = [];
    const ours = ((1 << this.parsers.length) - 1) & ~this.blockedIn(text);
    for (let w = 0; w < words.length; w += 3) {
      const mask = ((words[w + 2] as number) >>> filter.offset) & ours;
      if (mask === 0) continue;
      const word = words[w + 1] as number;
      // Where any pattern can start: at the word, or on the non-word character before it that `(\W|^)` consumes.
      // Before that, only the patterns that consume non-word characters before their first word.
      const last = filter.atWord || word === 0 ? word : word - 1;
      const leading = mask & filter.leading;
      for (let at = leading === 0 ? last : (words[w] as number); at <= last; at++) {
        const tried = at < last ? leading : mask;
        for (let p = this.nextInMask(0, tried, text, at); p >= 0; p = this.nextInMask(p + 1, tried, text, at)) hits.push(at, p);
      }
    }
    return hits;
  }

  /** The parsers (bits) whose gate says their pattern matches nowhere in `text`. */
  private blockedIn(text: string): number {
    if (this.gateWords === null) return 0;
    return this.aloneBits & ~passingGates(this.gates, this.gateWords, text);
  }

  /**
   * Extracts `match` and every match that starts right where the scan then resumes; returns the position from which
   * the scan goes on.
   */
  private take(context: ParsingContext, p: number, first: RegExpExecArray, into: ParsingResult[]): number {
    const scanned = this.parsers[p] as ScannedParser;
    const text = context.text;
    const sameBeforeNonWord = (this.rescanBeforeWordOnly & (1 << p)) !== 0;
    let match: RegExpExecArray | null = first;
    let resume = 0;
    while (match !== null) {
      const extracted = scanned.parser.extract(context, match);
      if (extracted === null) {
        resume = (match.index ?? 0) + 1;
      } else {
        const result = toResult(context, match, extracted, scanned.rule);
        into.push(result);
        resume = result.index + result.text.length;
      }
      if (resume <= 0 || resume >= text.length) return resume;
      if (sameBeforeNonWord && !isWordCode(text.charCodeAt(resume))) return resume;
      scanned.sticky.lastIndex = 0;
      match = scanned.sticky.exec(context.text.substring(resume));
      if (match !== null) match.index += resume;
    }
    return resume;
  }
}

/** The parser as a {@link ScannedParser}, or null when its pattern cannot be tried at one position. */
function scannable({ parser, rule }: RuledParser): ScannedParser | null {
  const pattern = parser.pattern(new ParsingContext(''));
  if (pattern.global || pattern.sticky) return null;
  return { parser, rule, pattern, sticky: new RegExp(pattern.source, `${pattern.flags}y`) };
}

/**
 * chrono parsers whose patterns V8 takes far longer to compile than the others (about 0.3 s each, where the others
 * take a few ms: a repeated group of time units with bounded whitespace runs around it), and compiles again for each
 * regex that holds them. They go first in their combined scan, are tried at a position with their own pattern only
 * (as every pattern of a filtered scan is: no other regex holds them, which V8 would compile them again for), and
 * only in texts their literal-suffix gate lets through.
 */
const SLOW_TO_COMPILE: readonly string[] = ['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser'];

/** Order of parsers inside a combined scan: those slow to compile first, the others as listed (sort is stable). */
function byCompileCost(a: ScannedParser, b: ScannedParser): number {
  const rank = (s: ScannedParser): number => {
    const i = SLOW_TO_COMPILE.indexOf(className(s.parser));
    return i < 0 ? SLOW_TO_COMPILE.length : i;
  };
  return rank(a) - rank(b);
}

/**
 * All parsers in order: those that can share one scan do (see {@link CombinedScan}); the others run chrono's loop.
 * Results are appended in parser order, as chrono's own parse does.
 */
class ParserRunner {
  private readonly scans: readonly CombinedScan[];
  /** For each parser in order: [scan, index in that scan], or the parser to run on its own. */
  private readonly plan: readonly (readonly [number, number] | RuledParser)[];
  private readonly scanned: readonly ScannedParser[];
  /** The first words of the parsers of the filtered scans (see {@link WordStartFilter}); null when there are none. */
  private readonly firstWords: FirstWordTrie | null;
  /** The text {@link wordsIn} last read, and its words. */
  private lastText: string | null = null;
  private lastWords: readonly number[] = [];

  constructor(private readonly parsers: readonly RuledParser[]) {
    const groups = new Map<string, ScannedParser[]>();
    const scanned: ScannedParser[] = [];
    const steps = parsers.map((ruled) => {
      const s = scannable(ruled);
      if (s === null) return ruled;
      scanned.push(s);
      const prefix = SHARED_PATTERN_PREFIXES.find((p) => s.sticky.source.startsWith(p)) ?? '';
      let group = groups.get(prefix);
      if (group === undefined) {
        group = [];
        groups.set(prefix, group);
      }
      group.push(s);
      return s;
    });
    const prefixes = [...groups.keys()];
    for (const group of groups.values()) group.sort(byCompileCost);
    this.plan = steps.map((step) => {
      if (!scanned.includes(step as ScannedParser)) return step;
      const k = prefixes.findIndex((prefix) => groups.get(prefix)?.includes(step as ScannedParser));
      return [k, (groups.get(prefixes[k] as string) as ScannedParser[]).indexOf(step as ScannedParser)] as const;
    });
    this.scanned = scanned;
    const trieWords: (readonly FirstWord[])[] = [];
    this.scans = prefixes.map((prefix) => {
      const group = groups.get(prefix) ?? [];
      const filter = wordStartFilter(prefix, group, trieWords);
      return new CombinedScan(group, prefix, group.filter((s) => SLOW_TO_COMPILE.includes(className(s.parser))).length, filter);
    });
    this.firstWords = trieWords.length === 0 ? null : new FirstWordTrie(trieWords);
  }

  /** The words of `text` the filtered scans' patterns can start with (see {@link FirstWordTrie.wordsIn}). */
  wordsIn(text: string): readonly number[] {
    if (text !== this.lastText) {
      this.lastWords = this.firstWords === null ? [] : this.firstWords.wordsIn(text);
      this.lastText = text;
    }
    return this.lastWords;
  }

  run(context: ParsingContext): ParsingResult[] {
    // chrono asks each parser for its pattern on every parse, and a few patterns depend on the options (none that
    // findTimeExpressions sets): should one differ from the combined scan's, run chrono's loop for every parser.
    if (this.scanned.some((s) => s.parser.pattern(context) !== s.pattern)) {
      const results: ParsingResult[] = [];
      for (const parser of this.parsers) executeParser(context, parser, results);
      return results;
    }
    const found: ParsingResult[][] = this.plan.map(() => []);
    const byScan: ParsingResult[][][] = this.scans.map(() => []);
    this.plan.forEach((step, i) => {
      if (Array.isArray(step)) (byScan[step[0]] as ParsingResult[][])[step[1]] = found[i] as ParsingResult[];
    });
    this.scans.forEach((scan, k) => scan.run(context, byScan[k] as ParsingResult[][], this));
    const results: ParsingResult[] = [];
    this.plan.forEach((step, i) => {
      if (!Array.isArray(step)) executeParser(context, step as RuledParser, found[i] as ParsingResult[]);
      for (const result of found[i] as ParsingResult[]) results.push(result);
    });
    return results;
  }
}

/**
 * The word-start filter of a combined scan whose patterns all start with `prefix`, or null when the scan must run
 * everywhere (another boundary, a pattern whose first words cannot be worked out, or no bits left in the shared
 * trie). The group's first words are appended to `trieWords`, the patterns of the shared trie.
 */
function wordStartFilter(
  prefix: string,
  group: readonly ScannedParser[],
  trieWords: (readonly FirstWord[])[],
): WordStartFilter | null {
  const consumesNonWord = WORD_START_PREFIXES.get(prefix);
  if (consumesNonWord === undefined || trieWords.length + group.length > 31) return null;
  let firstWords: FirstWords[];
  try {
    firstWords = group.map(({ sticky }) => firstWordsOf(sticky.source.slice(prefix.length)));
  } catch (error) {
    if (error instanceof UnsupportedPatternError) return null;
    throw error;
  }
  const offset = trieWords.length;
  let leading = 0;
  firstWords.forEach(({ words, leadingNonWord }, i) => {
    trieWords.push(words);
    if (leadingNonWord) leading |= 1 << i;
  });
  return { offset, atWord: !consumesNonWord, leading };
}

function sortedByIndex(results: readonly ParsingResult[]): boolean {
  for (let i = 1; i < results.length; i++) if ((results[i] as ParsingResult).index < (results[i - 1] as ParsingResult).index) return false;
  return true;
}

/**
 * Two lists sorted by index merged into one, as their concatenation sorted stably by index would be (on equal
 * indexes, `first`'s results come first).
 */
function mergedByIndex(first: readonly ParsingResult[], second: readonly ParsingResult[]): ParsingResult[] {
  const merged: ParsingResult[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    const a = first[i] as ParsingResult;
    const b = second[j] as ParsingResult;
    if (b.index < a.index) {
      merged.push(b);
      j++;
    } else {
      merged.push(a);
      i++;
    }
  }
  while (i < first.length) merged.push(first[i++] as ParsingResult);
  while (j < second.length) merged.push(second[j++] as ParsingResult);
  return merged;
}

/** Wraps one of chrono's refiners so that it only refines chrono's own results; ours pass through untouched. */
function skippingOurs(refiner: Refiner): Refiner {
  return {
    refine(context, results) {
      const ours: ParsingResult[] = [];
      const chronos: ParsingResult[] = [];
      let sorted = true;
      results.forEach((result, i) => {
        (isOurs(result) ? ours : chronos).push(result);
        if (i > 0 && result.index < (results[i - 1] as ParsingResult).index) sorted = false;
      });
      if (ours.length === 0) return refiner.refine(context, results);
      const refined = refiner.refine(context, chronos);
      return sorted && sortedByIndex(refined) ? mergedByIndex(refined, ours) : [...refined, ...ours].sort((a, b) => a.index - b.index);
    },
  };
}

/**
 * Wraps a chrono refiner that changes results in place (and keeps them all, in order) so that it only sees the
 * results for which `candidate` holds; the others could not be changed by it.
 */
function onCandidates(refiner: Refiner, candidate: (context: ParsingContext, result: ParsingResult) => boolean): Refiner {
  return {
    refine(context, results) {
      const candidates = results.filter((result) => candidate(context, result));
      if (candidates.length > 0) refiner.refine(context, candidates);
      return results;
    },
  };
}

/**
 * chrono's reference (the reference instant and timezone), with the instant adjusted to the timezone computed once:
 * chrono computes it anew (in local time, with the system's timezone offset at the instant) for every component it
 * creates, several per result. The adjusted instant depends on nothing else, so the values are the same.
 */
class FixedReference extends ReferenceWithTimezone {
  private readonly adjusted: number;

  constructor(reference: ReferenceWithTimezone) {
    super(reference.instant, reference.timezoneOffset ?? undefined);
    this.adjusted = reference.getDateWithAdjustedTimezone().getTime();
  }

  /** True when `reference` has the same instant and timezone. */
  sameAs(reference: ReferenceWithTimezone): boolean {
    return reference.instant.getTime() === this.instant.getTime() && (reference.timezoneOffset ?? null) === (this.timezoneOffset ?? null);
  }

  override getDateWithAdjustedTimezone(): Date {
    return new Date(this.adjusted);
  }
}

/**
 * The configured chrono: our parsers before chrono's, then chrono's refiners and ours. `parse` follows chrono's own:
 * collect every parser's results in parser order, sort them by index (stably), run the refiners.
 */
class DatesChrono extends Chrono {
  /** The reference of the last parse (callers parse many texts against the same one). */
  private lastReference: FixedReference | null = null;

  constructor(
    private readonly runner: ParserRunner,
    refiners: Refiner[],
  ) {
    super({ parsers: [], refiners });
  }

  override parse(text: string, referenceDate?: ParsingReference | Date, option?: ParsingOption): ParsedResult[] {
    const context = new ParsingContext(text, referenceDate, option);
    const reference = context.reference;
    let fixed = this.lastReference;
    if (fixed === null || !fixed.sameAs(reference)) {
      fixed = new FixedReference(reference);
      this.lastReference = fixed;
    }
    (context as { reference: ReferenceWithTimezone }).reference = fixed;
    let results = this.runner.run(context);
    results.sort((a, b) => a.index - b.index);
    for (const refiner of this.refiners) results = refiner.refine(context, results);
    return results;
  }
}

/**
 * Builds the configured chrono. Throws when a component listed in {@link REMOVED_CHRONO_COMPONENTS} (or one we
 * wrap) is missing, so a chrono upgrade that renames one fails loudly instead of silently changing results.
 */
export function createDatesChrono(): Chrono {
  const { parsers, refiners } = datesComponents();
  return new DatesChrono(new ParserRunner(parsers), refiners);
}

/**
 * The same parsers and refiners as {@link createDatesChrono}, run by chrono's own parse loop (one scan of the whole
 * text per parser): what the combined scans must reproduce exactly. Slow; for tests.
 */
export function createUnscannedDatesChrono(): Chrono {
  const { parsers, refiners } = datesComponents();
  const tagging = ({ parser, rule }: RuledParser): Parser => ({
    pattern: (context) => parser.pattern(context),
    extract(context, match) {
      const extracted = parser.extract(context, match);
      return extracted === null ? null : toResult(context, match, extracted, rule);
    },
  });
  return new Chrono({ parsers: parsers.map(tagging), refiners });
}

/** Our parsers and chrono's (with their rules), and the refiners, in order. */
function datesComponents(): { readonly parsers: RuledParser[]; readonly refiners: Refiner[] } {
  const stock = casual.clone();
  const has = (name: string): boolean =>
    stock.parsers.some((p) => className(p) === name) || stock.refiners.some((r) => className(r) === name);
  const expected = [
    ...REMOVED_CHRONO_COMPONENTS,
    ...REPLACED_CHRONO_COMPONENTS.keys(),
    ...CHRONO_REFINERS_SKIPPING_OURS,
    ...CHRONO_REFINERS_ON_CANDIDATES.keys(),
  ];
  for (const name of expected) {
    if (!has(name)) throw new Error(`chrono configuration: expected component ${name} not found`);
  }
  const removed = new Set(REMOVED_CHRONO_COMPONENTS);
  const parsers: RuledParser[] = [
    ...DATES_PARSERS.map((parser) => ({ parser, rule: null })),
    ...stock.parsers
      .filter((p) => !removed.has(className(p)))
      .map((parser) => ({ parser, rule: `chrono/${className(parser)}` })),
  ];
  const skipping = new Set(CHRONO_REFINERS_SKIPPING_OURS);
  const refiners = [
    ...stock.refiners
      .filter((r) => !removed.has(className(r)))
      .map((r) => {
        const replacement = REPLACED_CHRONO_COMPONENTS.get(className(r));
        if (replacement !== undefined) return replacement;
        const candidate = CHRONO_REFINERS_ON_CANDIDATES.get(className(r));
        if (candidate !== undefined) return onCandidates(r, candidate);
        return skipping.has(className(r)) ? skippingOurs(r) : r;
      }),
    ...DATES_REFINERS,
  ];
  return { parsers, refiners };
}
