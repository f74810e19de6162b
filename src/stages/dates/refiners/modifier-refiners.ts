/**
 * Refiners that read the words around a date and change what it denotes or how much text it spans:
 * deadlines ("by X"), open ends ("from X onwards"), approximation ("around X") and leading prepositions
 * ("in X"). Their order in `chrono-configuration.ts` matters: each looks directly before the span the previous
 * one left, so "in around September" and "at the beginning of October" grow step by step.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import {
  APPROXIMATE_PREFIXES,
  DEADLINE_PREFIXES,
  LEADING_PREPOSITIONS,
  OPEN_END_PREFIXES,
  OPEN_END_SUFFIXES,
  WEAK_APPROXIMATE_PREFIXES,
  phraseAlternation,
} from '../lexicon/time-phrase-lexicon.ts';
import { CHRONO_RELATIVE_TAGS, FLAG, RULE_TAG, hasTag } from '../result-tags.ts';
import { extendLeft, extendRight, prefixRegex, suffixRegex, textAfter, textBefore } from './span-extension.ts';

/** Rule names added by these refiners. */
export const MODIFIER_RULES = {
  deadline: 'dates/deadline',
  openEnd: 'dates/open-end',
  approximate: 'dates/approximate',
} as const;

const DEADLINE = prefixRegex(`(?:${phraseAlternation(DEADLINE_PREFIXES)})(?:\\s+the\\s+end\\s+of)?`);
const OPEN_END_BEFORE = prefixRegex(phraseAlternation(OPEN_END_PREFIXES));
const OPEN_END_AFTER = suffixRegex(phraseAlternation(OPEN_END_SUFFIXES));
const APPROXIMATE = prefixRegex(phraseAlternation(APPROXIMATE_PREFIXES));
const WEAK_APPROXIMATE = prefixRegex(phraseAlternation(WEAK_APPROXIMATE_PREFIXES));

function isRelative(result: ParsingResult): boolean {
  return hasTag(result, FLAG.relative) || CHRONO_RELATIVE_TAGS.some((tag) => hasTag(result, tag)) || result.start.isOnlyWeekdayComponent();
}
const PREPOSITION = prefixRegex(phraseAlternation(LEADING_PREPOSITIONS));

/** Applies `visit` to every result that is not vague, with the index needed by the window helpers. */
function eachDated(results: ParsingResult[], visit: (result: ParsingResult, i: number) => void): ParsingResult[] {
  results.forEach((result, i) => {
    if (!hasTag(result, FLAG.vague)) visit(result, i);
  });
  return results;
}

function growOverPrefix(context: ParsingContext, results: ParsingResult[], i: number, prefix: RegExp): boolean {
  const result = results[i];
  const match = prefix.exec(textBefore(context, results, i));
  if (result === undefined || match === null) return false;
  extendLeft(context, result, match[1]?.length ?? 0);
  return true;
}

/** "by X", "before (the end of) X", "no later than X": from the reference date to the end of X. */
export const deadlineRefiner: Refiner = {
  refine: (context, results) =>
    eachDated(results, (result, i) => {
      if (growOverPrefix(context, results, i, DEADLINE)) {
        result.addTag(FLAG.deadline);
        result.addTag(RULE_TAG + MODIFIER_RULES.deadline);
      }
    }),
};

/** "starting from X", "X onwards", "X and beyond": from the start of X with no end. */
export const openEndRefiner: Refiner = {
  refine: (context, results) =>
    eachDated(results, (result, i) => {
      const suffix = OPEN_END_AFTER.exec(textAfter(context, results, i));
      if (suffix !== null) extendRight(context, result, suffix[1]?.length ?? 0);
      if (growOverPrefix(context, results, i, OPEN_END_BEFORE) || suffix !== null) {
        result.addTag(FLAG.openEnd);
        result.addTag(RULE_TAG + MODIFIER_RULES.openEnd);
      }
    }),
};

/** "around X", "approximately X", "some time in X" (and "about X" for calendar dates): marks it approximate. */
export const approximateRefiner: Refiner = {
  refine: (context, results) =>
    eachDated(results, (result, i) => {
      const approximated =
        growOverPrefix(context, results, i, APPROXIMATE) ||
        (!isRelative(result) && growOverPrefix(context, results, i, WEAK_APPROXIMATE));
      if (approximated) {
        result.addTag(FLAG.approximate);
        result.addTag(RULE_TAG + MODIFIER_RULES.approximate);
      }
    }),
};

/** Puts a directly preceding "in"/"at"/"on"/"from"/"throughout"/... into the span (gold whenText keeps it). */
export const leadingPrepositionRefiner: Refiner = {
  refine: (context, results) =>
    eachDated(results, (_result, i) => {
      growOverPrefix(context, results, i, PREPOSITION);
    }),
};
