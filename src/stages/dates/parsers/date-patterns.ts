/**
 * Regular-expression fragments shared by the dates parsers, compiled once from the calendar lexicon.
 */
import { MONTH_WORDS, WEEKDAY_WORDS, alternationOf } from '../lexicon/calendar-words-lexicon.ts';

/** Alternation of full words (whole word) and abbreviations (whole word, optional period): one capture group. */
function wordsWithAbbreviations(words: readonly string[]): string {
  // An abbreviation is a word that starts a longer word of the same table ("sept" -> "september").
  const abbreviations = words.filter((w) => words.some((other) => other.length > w.length && other.startsWith(w)));
  const full = words.filter((w) => !abbreviations.includes(w));
  return `((?:${alternationOf(full)})\\b|(?:${alternationOf(abbreviations)})(?:\\.|\\b))`;
}

/** A month word; abbreviations may carry a period ("Sept."). One capture group; callers check capitalisation. */
export const MONTH_PATTERN = wordsWithAbbreviations(Object.keys(MONTH_WORDS));

/** A weekday word; abbreviations may carry a period ("Tue."). One capture group. */
export const WEEKDAY_PATTERN = wordsWithAbbreviations(Object.keys(WEEKDAY_WORDS));

/** A four-digit year 1900-2099 not glued to more digits on its left; one capture group. */
export const YEAR_PATTERN = `((?:19|20)\\d{2})`;

/** Month number of a matched month word, or null when it is written in lower case (then it is not a month). */
export function monthOfWord(word: string): number | null {
  const first = word.charAt(0);
  if (first !== first.toUpperCase()) return null;
  return MONTH_WORDS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}
