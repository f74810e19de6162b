/**
 * How the dates stage annotates chrono results. chrono carries free-form tags on each result; we use them to
 * carry the rule that produced a result, the precision of what was written, and flags set by our refiners.
 * The converter (`time-expression-converter.ts`) is the only reader.
 */
import type { ParsedComponents, ParsedResult, ParsingComponents, ParsingResult } from 'chrono-node';
import type { TimeExpression } from '../../domain/mentions.ts';

/** Prefix of the tag naming the rule (parser or refiner) that produced or changed a result. */
export const RULE_TAG = 'rule/';
/** Prefix of the tag naming the precision of what was written. */
export const PRECISION_TAG = 'precision/';
/** Prefix of the tag asking the converter to shift the resolved day by N days ("the day after X"). */
export const DAY_OFFSET_TAG = 'day-offset/';
/**
 * Prefix of the tag asking the converter to widen the resolved day to its calendar week ("the week of April 10");
 * the value is the first day of the week (0 = Sunday, 1 = Monday).
 */
export const WEEK_OF_TAG = 'week-of/';
/**
 * Prefix of the tag of a day whose month is not written ("on the 28th"): `day-of-month/<day>/<offset>`, the offset
 * being the month counted from the reference month ("of next month": 1), or `any` when the text does not fix it
 * (the converter then takes the nearest such day ahead for the future reading and behind for the past one).
 */
export const DAY_OF_MONTH_TAG = 'day-of-month/';

/** Flags set by parsers and refiners; the converter turns them into TimeExpression fields. */
export const FLAG = {
  relative: 'flag/relative',
  vague: 'flag/vague',
  approximate: 'flag/approximate',
  /** "by X": the interval runs from the reference date to the end of X. */
  deadline: 'flag/deadline',
  /** "from X onwards": the interval has no end. */
  openEnd: 'flag/open-end',
  /** An anaphoric day ("the day after") still waiting for an anchor date. */
  anaphoric: 'flag/anaphoric',
} as const;

/** Tags added by chrono's own parsers that mean "resolved against the reference date". */
export const CHRONO_RELATIVE_TAGS: readonly string[] = ['result/relativeDate', 'parser/ENCasualDateParser'];

/** Adds the rule tag `rule/<name>` to a result. */
export function tagRule(result: ParsingResult, rule: string): ParsingResult {
  return result.addTag(RULE_TAG + rule);
}

/** Adds the precision tag to a result. */
export function tagPrecision(result: ParsingResult, precision: TimeExpression['precision']): ParsingResult {
  return result.addTag(PRECISION_TAG + precision);
}

/**
 * The tags of `components`. chrono's `tags()` copies them into a new set on every call; this reads the set chrono
 * keeps (in its `_tags` field, when it has one), so the result must only be read, and only before the next change.
 */
export function tagsOf(components: ParsedComponents): ReadonlySet<string> {
  const own = (components as unknown as { readonly _tags?: unknown })._tags;
  return own instanceof Set ? (own as ReadonlySet<string>) : components.tags();
}

/** The tags of a result, start and end (as chrono's `tags()`); read it as {@link tagsOf}'s. */
export function resultTagsOf(result: ParsedResult): ReadonlySet<string> {
  return result.end == null ? tagsOf(result.start) : result.tags();
}

/** True when the result (start or end components) carries `tag`. */
export function hasTag(result: ParsingResult, tag: string): boolean {
  return tagsOf(result.start).has(tag) || (result.end != null && tagsOf(result.end).has(tag));
}

/** Copies every tag of `from` onto `to` (used when a refiner replaces a result's components). */
export function copyTags(from: ParsingComponents, to: ParsingComponents): void {
  to.addTags(from.tags());
}

/** True when one of our parsers (rule `dates/...`) produced the result, as opposed to one of chrono's. */
export function isOurs(result: ParsingResult): boolean {
  for (const tag of tagsOf(result.start)) if (tag.startsWith(OUR_RULE_TAG)) return true;
  return false;
}

const OUR_RULE_TAG = `${RULE_TAG}dates/`;
