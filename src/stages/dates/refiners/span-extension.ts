/**
 * Shared mechanics of the refiners that grow a result's span over the words around it ("around", "by", "in",
 * "onwards"). Prefix look-ups never reach into the previous result, so extended spans never overlap.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';

/** How far before a result the prefix refiners look (long enough for "not later than the end of "). */
const PREFIX_WINDOW = 40;
/** How far after a result the suffix refiners look. */
const SUFFIX_WINDOW = 20;

/**
 * The text directly before `results[i]`, at most {@link PREFIX_WINDOW} characters and never before the end of
 * the previous result. Prefix regexes are anchored with `$`.
 */
export function textBefore(context: ParsingContext, results: readonly ParsingResult[], i: number): string {
  const result = results[i];
  if (result === undefined) return '';
  const previous = i > 0 ? results[i - 1] : undefined;
  const floor = previous === undefined ? 0 : previous.index + previous.text.length;
  return context.text.slice(Math.max(floor, result.index - PREFIX_WINDOW), result.index);
}

/** The text directly after `results[i]`, at most {@link SUFFIX_WINDOW} characters, never into the next result. */
export function textAfter(context: ParsingContext, results: readonly ParsingResult[], i: number): string {
  const result = results[i];
  if (result === undefined) return '';
  const end = result.index + result.text.length;
  const next = results[i + 1];
  return context.text.slice(end, Math.min(next === undefined ? Infinity : next.index, end + SUFFIX_WINDOW));
}

/** Grows the result's span `by` characters to the left. */
export function extendLeft(context: ParsingContext, result: ParsingResult, by: number): void {
  const end = result.index + result.text.length;
  result.index -= by;
  result.text = context.text.slice(result.index, end);
}

/** Grows the result's span `by` characters to the right. */
export function extendRight(context: ParsingContext, result: ParsingResult, by: number): void {
  result.text = context.text.slice(result.index, result.index + result.text.length + by);
}

/** Compiles an alternation into a regex matching it at the end of a prefix (`... <phrase> $`). */
export function prefixRegex(alternation: string): RegExp {
  return new RegExp(`(?:^|[^\\w])((?:${alternation})\\s+)$`, 'i');
}

/** Compiles an alternation into a regex matching it at the start of a suffix (`^ <phrase>`). */
export function suffixRegex(alternation: string): RegExp {
  return new RegExp(`^(\\s+(?:${alternation}))\\b`, 'i');
}
