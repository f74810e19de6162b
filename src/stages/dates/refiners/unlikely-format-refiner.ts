/**
 * chrono's `ENUnlikelyFormatFilter`, same decisions, linear in the text: chrono's trims the whole text once per
 * result, and the whole text before every "may", so its cost grew with the text times the number of results.
 * It drops "may" unless "in" comes directly before it, and anything ending in "the second"; a result that is the whole
 * text is always kept.
 */
import type { Refiner } from 'chrono-node';

const WHITESPACE = /\s/;
const WORD_CHARACTER = /\w/;

/** True when `text` before `index`, trailing whitespace aside, ends in the word "in" (as `/\bin$/i` after a trim). */
function inBefore(text: string, index: number): boolean {
  let end = index;
  while (end > 0 && WHITESPACE.test(text.charAt(end - 1))) end--;
  if (end < 2 || text.slice(end - 2, end).toLowerCase() !== 'in') return false;
  return end === 2 || !WORD_CHARACTER.test(text.charAt(end - 3));
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
