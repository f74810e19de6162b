/**
 * Refiners that read the words around a date and change what it denotes or how much text it spans:
 * deadlines ("by X"), open ends ("from X onwards"), approximation ("around X") and leading prepositions
 * ("in X"). They run in the order of {@link MODIFIERS}, each over all results before the next: each looks directly
 * before the span the previous one left, so "in around September" and "at the beginning of October" grow step by
 * step. One refiner runs them all, reading each result's tags once (no modifier changes what it reads).
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
import { CHRONO_RELATIVE_TAGS, FLAG, RULE_TAG, resultTagsOf } from '../result-tags.ts';
import { EVENT_YEAR_RULE } from '../parsers/event-year-parser.ts';
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

const PREPOSITION = prefixRegex(phraseAlternation(LEADING_PREPOSITIONS));

/** What the modifiers read about one result; computed once, before any modifier runs. */
interface Facts {
  readonly relative: boolean;
}

/**
 * A modifier: looks at the words around `results[i]` (never vague) and grows or flags it. `facts` were read
 * before the first modifier ran.
 */
type Modifier = (context: ParsingContext, results: ParsingResult[], i: number, facts: Facts) => void;

function isRelative(result: ParsingResult, tags: ReadonlySet<string>): boolean {
  return tags.has(FLAG.relative) || CHRONO_RELATIVE_TAGS.some((tag) => tags.has(tag)) || result.start.isOnlyWeekdayComponent();
}

function growOverPrefix(context: ParsingContext, results: ParsingResult[], i: number, prefix: RegExp): boolean {
  const result = results[i];
  const match = prefix.exec(textBefore(context, results, i));
  if (result === undefined || match === null) return false;
  extendLeft(context, result, match[1]?.length ?? 0);
  return true;
}

/** A period looked back on, up to the reference date ("within the past year"): no deadline ahead. */
const LOOKED_BACK = /^(?:the\s+)?past\b/i;

const ARTICLE = prefixRegex('the');
const LEADING_DIGIT = /^\d/;

/**
 * "the 4th of March": the article of an ordinal day joins its span first, so that the words before it ("by the 4th of
 * March", "on the 4th of March", "around the 20th of March") are read as they are before "4 March".
 */
export const articleModifier: Modifier = (context, results, i) => {
  const result = results[i];
  if (result !== undefined && LEADING_DIGIT.test(result.text)) growOverPrefix(context, results, i, ARTICLE);
};

/** "by X", "before (the end of) X", "no later than X": from the reference date to the end of X. */
export const deadlineModifier: Modifier = (context, results, i) => {
  const result = results[i];
  if (result !== undefined && !LOOKED_BACK.test(result.text) && growOverPrefix(context, results, i, DEADLINE)) {
    result.addTag(FLAG.deadline);
    result.addTag(RULE_TAG + MODIFIER_RULES.deadline);
  }
};

/** "starting from X", "X onwards", "X and beyond": from the start of X with no end. */
export const openEndModifier: Modifier = (context, results, i) => {
  const result = results[i];
  if (result === undefined) return;
  const suffix = OPEN_END_AFTER.exec(textAfter(context, results, i));
  if (suffix !== null) extendRight(context, result, suffix[1]?.length ?? 0);
  if (growOverPrefix(context, results, i, OPEN_END_BEFORE) || suffix !== null) {
    result.addTag(FLAG.openEnd);
    result.addTag(RULE_TAG + MODIFIER_RULES.openEnd);
  }
};

/** "around X", "approximately X", "some time in X" (and "about X" for calendar dates): marks it approximate. */
export const approximateModifier: Modifier = (context, results, i, facts) => {
  const result = results[i];
  if (result === undefined) return;
  const approximated =
    growOverPrefix(context, results, i, APPROXIMATE) ||
    (!facts.relative && growOverPrefix(context, results, i, WEAK_APPROXIMATE));
  if (approximated) {
    result.addTag(FLAG.approximate);
    result.addTag(RULE_TAG + MODIFIER_RULES.approximate);
  }
};

/** Puts a directly preceding "in"/"at"/"on"/"from"/"throughout"/... into the span (gold whenText keeps it). */
export const leadingPrepositionModifier: Modifier = (context, results, i) => {
  growOverPrefix(context, results, i, PREPOSITION);
};

/** The modifiers, in the order they run (each over every result before the next). */
export const MODIFIERS: readonly Modifier[] = [
  articleModifier,
  deadlineModifier,
  openEndModifier,
  approximateModifier,
  leadingPrepositionModifier,
];

/** Runs {@link MODIFIERS} in order over every result that is not vague. */
export const modifierRefiner: Refiner = {
  refine(context, results) {
    const dated: number[] = [];
    const facts: Facts[] = [];
    results.forEach((result, i) => {
      const tags = resultTagsOf(result);
      // "the 2025 session": the year is inside the event's noun phrase, and the words before it are the phrase's.
      if (tags.has(FLAG.vague) || tags.has(RULE_TAG + EVENT_YEAR_RULE)) return;
      dated.push(i);
      facts.push({ relative: isRelative(result, tags) });
    });
    for (const modify of MODIFIERS) {
      for (let k = 0; k < dated.length; k++) modify(context, results, dated[k] as number, facts[k] as Facts);
    }
    return results;
  },
};
