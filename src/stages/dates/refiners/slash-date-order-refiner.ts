/**
 * "03/05/2024" is 3 May in a text that also writes "25/04/2024": a slash date is ambiguous on its own, and chrono
 * reads it month first (American English); a text that writes one slash date whose first number cannot be a month
 * (above 12) writes them all day first, and its ambiguous ones are swapped to day first. A text with no such date
 * (or one whose second number is above 12, month first) is left as chrono reads it.
 *
 * A slash date after the weekday it falls on ("on Tuesday (12/11)", Indonesia's ministry; "Wednesday, 12/6") is read in
 * the order that weekday confirms: day first when only that reading falls on it.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { componentsOf, datesOptionOf } from '../dates-parsing-option.ts';
import { weekdayOf } from '../iso-calendar.ts';
import { WEEKDAY_WORDS } from '../lexicon/calendar-words-lexicon.ts';
import { RULE_TAG, hasTag } from '../result-tags.ts';

/** Rule name added to slash dates turned day first. */
export const SLASH_DATE_ORDER_RULE = 'dates/slash-date-order';

const SLASH_PARSER_TAG = `${RULE_TAG}chrono/SlashDateFormatParser`;
/** The whole result text: a/b/year with slashes. */
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;

/** The two numbers of a slash date result, or null when it is not one. */
function slashNumbers(result: ParsingResult): readonly [number, number] | null {
  if (result.end != null || !result.text.includes('/') || !hasTag(result, SLASH_PARSER_TAG)) return null;
  const m = SLASHED.exec(result.text.trim().replace(/^(?:on|by|from|until|before|in)\s+/i, ''));
  return m === null ? null : [Number(m[1]), Number(m[2])];
}

/** A weekday word directly before a slash date, with an opening bracket or comma between ("Tuesday (", "Tue, "). */
const WEEKDAY_BEFORE = /\b([A-Za-z]{3,9})\.?\s*[(,]\s*$/;
/** a/b with an optional year, the whole result text (after a leading preposition). */
const SLASHED_ANY = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?$/;

/** Swaps a month-first slash date to day first when only the day-first reading falls on the weekday written before it. */
function confirmByWeekday(context: Parameters<Refiner['refine']>[0], result: ParsingResult): void {
  if (result.end != null || !hasTag(result, SLASH_PARSER_TAG)) return;
  const m = SLASHED_ANY.exec(result.text.trim().replace(/^(?:on|by|from|until|before|in)\s+/i, ''));
  if (m === null) return;
  const [first, second] = [Number(m[1]), Number(m[2])];
  if (first > 12 || second > 12 || first === second || result.start.get('month') !== first) return;
  const w = WEEKDAY_BEFORE.exec(context.text.slice(Math.max(0, result.index - 14), result.index));
  const named = w === null ? undefined : WEEKDAY_WORDS[(w[1] ?? '').toLowerCase()];
  if (named === undefined) return;
  const year = result.start.isCertain('year') ? (result.start.get('year') as number) : datesOptionOf(context).referenceDay.year;
  if (weekdayOf({ year, month: first, day: second }) === named || weekdayOf({ year, month: second, day: first }) !== named) return;
  const start = componentsOf(context, { year: result.start.isCertain('year') ? year : undefined, month: second, day: first });
  for (const tag of result.start.tags()) start.addTag(tag);
  start.addTag(RULE_TAG + SLASH_DATE_ORDER_RULE);
  result.start = start;
}

/** Refiner giving a text's ambiguous slash dates the day-first order its unambiguous ones show. */
export const slashDateOrderRefiner: Refiner = {
  refine(context, results) {
    for (const result of results) if (result.text.includes('/')) confirmByWeekday(context, result);
    let dayFirst = false;
    for (const result of results) {
      const numbers = slashNumbers(result);
      if (numbers === null) continue;
      if (numbers[1] > 12 && numbers[0] <= 12) return results; // a month-first date: the text is American
      if (numbers[0] > 12 && numbers[1] <= 12) dayFirst = true;
    }
    if (!dayFirst) return results;
    for (const result of results) {
      const numbers = slashNumbers(result);
      if (numbers === null) continue;
      const [first, second] = numbers;
      if (first > 12 || second > 12 || first === second) continue;
      if (result.start.get('month') !== first || result.start.get('day') !== second) continue;
      const start = componentsOf(context, { year: result.start.get('year') ?? undefined, month: second, day: first });
      for (const tag of result.start.tags()) start.addTag(tag);
      start.addTag(RULE_TAG + SLASH_DATE_ORDER_RULE);
      result.start = start;
    }
    return results;
  },
};
