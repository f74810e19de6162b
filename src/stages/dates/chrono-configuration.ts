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
 * - parsers share scans (ParserRunner): one regex, the alternation of all patterns with the same left boundary, finds
 *   the positions where any of them matches, and only there is each parser's own regex tried. This finds exactly the
 *   matches chrono's one-scan-per-parser loop would, in the same order;
 * - chrono's timezone refiners only see results with a timezone-like word after them; its ENUnlikelyFormatFilter,
 *   quadratic on long texts, is replaced by a linear one; our filters and modifiers read each result's tags once.
 */
import {
  casual,
  Chrono,
  ParsingComponents,
  ParsingContext,
  ParsingResult,
  type ParsedResult,
  type Parser,
  type ParsingOption,
  type ParsingReference,
  type Refiner,
} from 'chrono-node';
import { alternativeMonthsParser } from './parsers/alternative-months-parser.ts';
import { anaphoricDayParser } from './parsers/anaphoric-day-parser.ts';
import { comingPeriodParser } from './parsers/coming-period-parser.ts';
import { crossMonthRangeParser } from './parsers/cross-month-range-parser.ts';
import { partOfMonthParser } from './parsers/part-of-month-parser.ts';
import { partOfYearParser } from './parsers/part-of-year-parser.ts';
import { quarterParser } from './parsers/quarter-parser.ts';
import { relativePeriodParser } from './parsers/relative-period-parser.ts';
import { seasonParser } from './parsers/season-parser.ts';
import { vagueTimeParser } from './parsers/vague-time-parser.ts';
import { weekdayNoteDateParser } from './parsers/weekday-note-date-parser.ts';
import { weekOfParser } from './parsers/week-of-parser.ts';
import { yearParser } from './parsers/year-parser.ts';
import { anchoredDayRefiner } from './refiners/anchored-day-refiner.ts';
import { falsePositiveFilterRefiner } from './refiners/false-positive-filter-refiners.ts';
import { modifierRefiner } from './refiners/modifier-refiners.ts';
import { monthOfYearRefiner } from './refiners/month-of-year-refiner.ts';
import { pairedDaysRefiner } from './refiners/paired-days-refiner.ts';
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
  seasonParser,
  relativePeriodParser, // also "this/next/last weekend" (weekend-parser.ts), sharing its pattern
  comingPeriodParser,
  yearParser,
];

/** Our refiners, run after chrono's, in this order. */
export const DATES_REFINERS: readonly Refiner[] = [
  // duration, clock time, lower-case word, ignored word, named day, event-relative: one pass (FALSE_POSITIVE_FILTERS)
  falsePositiveFilterRefiner,
  anchoredDayRefiner,
  // "5 and 6 April": chrono's "6 April" grown over the days listed before it
  pairedDaysRefiner,
  // "September of this year": the month gets the year and the separate "this year" goes (before the modifiers, which
  // read the words before the grown span)
  monthOfYearRefiner,
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
 * Many parsers (whose patterns start with the same left boundary) in one scan over the text, finding exactly what
 * {@link executeParser} finds for each of them.
 *
 * chrono runs one scan per parser, and each scan costs about as much as the regex is long times the text. Here one
 * regex, the alternation of all the patterns (`trigger`), finds every position where at least one of them matches;
 * only there is each parser's own pattern tried (sticky), and only if its own scan would have reached that position
 * (not inside its previous result). Where {@link executeParser} would resume on the rest of the text as a new
 * string (after a result, or one character after a rejected match), a match starting right there can differ from one
 * in the whole text (`^` and `\b` hold at a string's start), so that one position is tried on the rest of the text.
 * Results are kept per parser and appended in parser order, as chrono's loop appends them.
 *
 * The patterns are compiled once (ParserRunner falls back to chrono's loop should a parser's pattern change). A
 * pattern must not look behind the point where its scan resumes: the only look-behind, the vague-time parser's
 * `(?<!\bas )soon`, could only see a difference right after a vague phrase ending in "as", and none does.
 */
class CombinedScan {
  /** Global: finds the positions where at least one pattern matches. */
  private readonly trigger: RegExp;
  /**
   * `tails[k]` (sticky) is the alternation of patterns k, k+1, ...; an empty group after each pattern tells which one
   * matched first. At a position, it finds the next parser, from k on, whose pattern matches there. There is none for
   * the first `alone` parsers (null).
   */
  private readonly tails: readonly (RegExp | null)[];
  /** The text {@link hitsIn} last scanned, and what it found there. */
  private lastText: string | null = null;
  private lastHits: readonly number[] = [];

  /**
   * `prefix`: the left boundary all the patterns start with ('' when they share none). The first `alone` parsers are
   * slow to compile: at a position, each is tried with its own pattern, so that no tail holds them (V8 compiles every
   * regex that holds a pattern anew).
   */
  constructor(
    private readonly parsers: readonly ScannedParser[],
    prefix: string,
    private readonly alone: number,
  ) {
    // Without their capture groups (a match would copy every group of every pattern): the only groups are the markers.
    const rests = parsers.map(({ sticky }) => withoutCaptureGroups(sticky.source.slice(prefix.length)));
    const sourceFrom = (k: number): string => {
      const alternation = rests.slice(k).map((rest) => `(?:${rest})()`).join('|');
      return prefix === '' ? alternation : `${withoutCaptureGroups(prefix)}(?:${alternation})`;
    };
    this.tails = rests.map((_rest, k) => (k < alone ? null : new RegExp(sourceFrom(k), 'iy')));
    this.trigger = new RegExp(sourceFrom(0), 'gi');
  }

  /** The parser (from `k` on) whose pattern matched in `match` of `tails[k]` or the trigger. */
  private matchedFrom(k: number, match: RegExpExecArray): number {
    for (let group = 1; group < match.length; group++) if (match[group] !== undefined) return k + group - 1;
    return -1;
  }

  /** The first parser, from `k` on, whose pattern matches at `at`; -1 when none does. */
  private nextFrom(k: number, text: string, at: number): number {
    for (; k < this.alone; k++) {
      const sticky = (this.parsers[k] as ScannedParser).sticky;
      sticky.lastIndex = at;
      if (sticky.test(text)) return k;
    }
    const tail = this.tails[k];
    if (tail === undefined || tail === null) return -1;
    tail.lastIndex = at;
    const next = tail.exec(text);
    return next === null ? -1 : this.matchedFrom(k, next);
  }

  /** Appends each parser's results to `into[i]` (i = the parser's position in the list). */
  run(context: ParsingContext, into: readonly ParsingResult[][]): void {
    const text = context.text;
    const resumeAt = new Array<number>(this.parsers.length).fill(0);
    const hits = this.hitsIn(text);
    for (let h = 0; h < hits.length; h += 2) {
      const at = hits[h] as number;
      const p = hits[h + 1] as number;
      if (at < (resumeAt[p] as number)) continue;
      const scanned = this.parsers[p] as ScannedParser;
      scanned.sticky.lastIndex = at;
      const match = scanned.sticky.exec(text);
      if (match !== null) resumeAt[p] = this.take(context, scanned, match, into[p] as ParsingResult[]);
    }
  }

  /**
   * Every position where some pattern matches, each with every parser whose pattern matches there, in text order
   * then parser order: `[position, parser, position, parser, ...]`. They depend on the text alone, and the times
   * stage parses a document without a published date twice (the second time against the date it found), so the
   * last text's hits are kept and the second parse skips the scan.
   */
  private hitsIn(text: string): readonly number[] {
    if (text === this.lastText) return this.lastHits;
    const hits: number[] = [];
    const trigger = this.trigger;
    trigger.lastIndex = 0;
    let hit = trigger.exec(text);
    while (hit !== null) {
      const at = hit.index;
      for (let p = this.matchedFrom(0, hit); p >= 0; p = this.nextFrom(p + 1, text, at)) hits.push(at, p);
      trigger.lastIndex = at + 1;
      hit = trigger.exec(text);
    }
    this.lastText = text;
    this.lastHits = hits;
    return hits;
  }

  /**
   * Extracts `match` and every match that starts right where the scan then resumes; returns the position from which
   * the scan goes on.
   */
  private take(context: ParsingContext, scanned: ScannedParser, first: RegExpExecArray, into: ParsingResult[]): number {
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
      if (resume <= 0 || resume >= context.text.length) return resume;
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
 * regex that holds them. They go first in their combined scan and are tried at a position with their own pattern, so
 * that only the trigger holds them besides their own pattern, not every tail (which cost seconds of compiling at the
 * start of each process).
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
    this.scans = prefixes.map((prefix) => {
      const group = groups.get(prefix) ?? [];
      return new CombinedScan(group, prefix, group.filter((s) => SLOW_TO_COMPILE.includes(className(s.parser))).length);
    });
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
    this.scans.forEach((scan, k) => scan.run(context, byScan[k] as ParsingResult[][]));
    const results: ParsingResult[] = [];
    this.plan.forEach((step, i) => {
      if (!Array.isArray(step)) executeParser(context, step as RuledParser, found[i] as ParsingResult[]);
      for (const result of found[i] as ParsingResult[]) results.push(result);
    });
    return results;
  }
}

/** Wraps one of chrono's refiners so that it only refines chrono's own results; ours pass through untouched. */
function skippingOurs(refiner: Refiner): Refiner {
  return {
    refine(context, results) {
      const ours: ParsingResult[] = [];
      const chronos: ParsingResult[] = [];
      for (const result of results) (isOurs(result) ? ours : chronos).push(result);
      if (ours.length === 0) return refiner.refine(context, results);
      const refined = refiner.refine(context, chronos);
      return [...refined, ...ours].sort((a, b) => a.index - b.index);
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
 * The configured chrono: our parsers before chrono's, then chrono's refiners and ours. `parse` follows chrono's own:
 * collect every parser's results in parser order, sort them by index (stably), run the refiners.
 */
class DatesChrono extends Chrono {
  constructor(
    private readonly runner: ParserRunner,
    refiners: Refiner[],
  ) {
    super({ parsers: [], refiners });
  }

  override parse(text: string, referenceDate?: ParsingReference | Date, option?: ParsingOption): ParsedResult[] {
    const context = new ParsingContext(text, referenceDate, option);
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
  return new DatesChrono(new ParserRunner(parsers), refiners);
}
