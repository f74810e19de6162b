/**
 * chrono's `ENUnlikelyFormatFilter`, linear in the text: chrono's trims the whole text once per result, and the whole
 * text before every "may", so its cost grew with the text times the number of results. It drops "may" unless "in"
 * comes directly before it (or, beyond chrono, next/last/this/coming: "next May"), and anything ending in "the
 * second"; a result that is the whole text is always kept.
 */
import type { Refiner } from 'chrono-node';

const WHITESPACE = /\s/;
const WORD_CHARACTER = /\w/;

/**
 * Words before "May" that make it the month: chrono's "in", and the qualifiers the month-of-year refiner reads
 * ("next May", "last May", "this May", "coming May"), all lower case.
 */
const MONTH_CUES: ReadonlySet<string> = new Set(['in', 'next', 'last', 'this', 'coming']);

/** True when `text` before `index`, trailing whitespace aside, ends in one of {@link MONTH_CUES} (a whole word). */
function inBefore(text: string, index: number): boolean {
  let end = index;
  while (end > 0 && WHITESPACE.test(text.charAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < 6 && WORD_CHARACTER.test(text.charAt(start - 1))) start--;
  return start < end && (start === 0 || !WORD_CHARACTER.test(text.charAt(start - 1))) && MONTH_CUES.has(text.slice(start, end).toLowerCase());
}

/** Drops unlikely readings ("may" the verb, "the second" the ordinal); replaces chrono's ENUnlikelyFormatFilter. */
export const unlikelyFormatRefiner: Refiner = {
  refine(context, results) {
    const wholeText = context.text.trim();
    return results.filter((result) => {
      const text = result.text.trim();
      if (text === wholeText) return true;
      const lower = text.toLowerCase();
      if (lower === 'may' && !inBefore(context.text, result.index)) return false;
      return !lower.endsWith('the second');
    });
  },
};
