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
 */
import { casual, ParsingComponents, ParsingResult, type Chrono, type Parser, type Refiner } from 'chrono-node';
import { alternativeMonthsParser } from './parsers/alternative-months-parser.ts';
import { anaphoricDayParser } from './parsers/anaphoric-day-parser.ts';
import { partOfMonthParser } from './parsers/part-of-month-parser.ts';
import { partOfYearParser } from './parsers/part-of-year-parser.ts';
import { relativePeriodParser } from './parsers/relative-period-parser.ts';
import { seasonParser } from './parsers/season-parser.ts';
import { vagueTimeParser } from './parsers/vague-time-parser.ts';
import { weekdayNoteDateParser } from './parsers/weekday-note-date-parser.ts';
import { yearParser } from './parsers/year-parser.ts';
import { anchoredDayRefiner } from './refiners/anchored-day-refiner.ts';
import {
  clockTimeFilterRefiner,
  durationFilterRefiner,
  eventRelativeFilterRefiner,
  ignoredWordFilterRefiner,
  lowerCaseWordFilterRefiner,
  namedDayFilterRefiner,
} from './refiners/false-positive-filter-refiners.ts';
import {
  approximateRefiner,
  deadlineRefiner,
  leadingPrepositionRefiner,
  openEndRefiner,
} from './refiners/modifier-refiners.ts';
import { isOurs, tagRule } from './result-tags.ts';

/** Our parsers, tried before chrono's. */
export const DATES_PARSERS: readonly Parser[] = [
  vagueTimeParser,
  anaphoricDayParser,
  weekdayNoteDateParser,
  alternativeMonthsParser,
  partOfMonthParser,
  partOfYearParser,
  seasonParser,
  relativePeriodParser,
  yearParser,
];

/** Our refiners, run after chrono's, in this order. */
export const DATES_REFINERS: readonly Refiner[] = [
  durationFilterRefiner,
  clockTimeFilterRefiner,
  lowerCaseWordFilterRefiner,
  ignoredWordFilterRefiner,
  namedDayFilterRefiner,
  eventRelativeFilterRefiner,
  anchoredDayRefiner,
  deadlineRefiner,
  openEndRefiner,
  approximateRefiner,
  leadingPrepositionRefiner,
];

/**
 * chrono components we take out of the casual configuration, by class name:
 * - ENTimeUnitCasualRelativeFormatParser reads "the past 40 years", "+2 days" as dates;
 * - ENMergeDateTimeRefiner glues clock times onto dates ("at 10:00 on 5 March"), which our spans must not include;
 * - ENEndOfPeriodRefiner turns "end of October" into October 31; our part-of-month parser owns that phrase.
 */
const REMOVED_CHRONO_COMPONENTS: readonly string[] = [
  'ENTimeUnitCasualRelativeFormatParser',
  'ENMergeDateTimeRefiner',
  'ENEndOfPeriodRefiner',
];

/**
 * chrono refiners that must not see our results: UnlikelyFormatFilter drops any all-digit text, which would drop
 * our years ("2018" in "in 2018"); the year parser already requires a preposition or "the year" before it.
 */
const CHRONO_REFINERS_SKIPPING_OURS: readonly string[] = ['UnlikelyFormatFilter'];

function className(component: object): string {
  return component.constructor.name;
}

/** Wraps one of chrono's parsers so that its results carry the rule `chrono/<ParserClass>`. */
function withRuleTag(parser: Parser): Parser {
  const rule = `chrono/${className(parser)}`;
  return {
    pattern: (context) => parser.pattern(context),
    extract(context, match) {
      const extracted = parser.extract(context, match);
      if (extracted === null) return null;
      let result: ParsingResult;
      if (extracted instanceof ParsingResult) {
        result = extracted;
      } else {
        result = context.createParsingResult(match.index ?? 0, match[0]);
        if (extracted instanceof ParsingComponents) result.start = extracted;
        else result.start = context.createParsingComponents(extracted);
      }
      return tagRule(result, rule);
    },
  };
}

/** Wraps one of chrono's refiners so that it only refines chrono's own results; ours pass through untouched. */
function skippingOurs(refiner: Refiner): Refiner {
  return {
    refine(context, results) {
      const ours = results.filter(isOurs);
      if (ours.length === 0) return refiner.refine(context, results);
      const refined = refiner.refine(context, results.filter((r) => !isOurs(r)));
      return [...refined, ...ours].sort((a, b) => a.index - b.index);
    },
  };
}

/**
 * Builds the configured chrono. Throws when a component listed in {@link REMOVED_CHRONO_COMPONENTS} is missing,
 * so a chrono upgrade that renames one fails loudly instead of silently changing results.
 */
export function createDatesChrono(): Chrono {
  const chrono = casual.clone();
  for (const name of REMOVED_CHRONO_COMPONENTS) {
    const found = chrono.parsers.some((p) => className(p) === name) || chrono.refiners.some((r) => className(r) === name);
    if (!found) throw new Error(`chrono configuration: expected component ${name} not found`);
  }
  const removed = new Set(REMOVED_CHRONO_COMPONENTS);
  chrono.parsers = [...DATES_PARSERS, ...chrono.parsers.filter((p) => !removed.has(className(p))).map(withRuleTag)];
  const skipping = new Set(CHRONO_REFINERS_SKIPPING_OURS);
  chrono.refiners = [
    ...chrono.refiners
      .filter((r) => !removed.has(className(r)))
      .map((r) => (skipping.has(className(r)) ? skippingOurs(r) : r)),
    ...DATES_REFINERS,
  ];
  return chrono;
}
