/**
 * "04.05.2024" is 4 May 2024: a date written with full stops is European (German, Russian, Turkish, Polish and most
 * continental ministries) and always day first. chrono's slash-date parser reads it month first, as it reads
 * "04/05/2024" in American English; this refiner swaps day and month back for the dotted form only (a slash date
 * stays ambiguous and is left as chrono reads it).
 * "4-5.05.2024", "28.-29.5.2024", "12–14.06.2024": days of one month written before one dotted month and year. chrono
 * reads a piece of it ("4-5.05" as 5 April 2005, "5.05.2024" as one day); the refiner makes the whole a range of days.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { componentsOf } from '../dates-parsing-option.ts';
import { daysInMonth } from '../iso-calendar.ts';
import { PRECISION_TAG, RULE_TAG, hasTag, tagPrecision } from '../result-tags.ts';

/** Rule name added to dotted day ranges. */
export const DOTTED_DAY_RANGE_RULE = 'dates/dotted-day-range';

const SLASH_PARSER_TAG = `${RULE_TAG}chrono/SlashDateFormatParser`;
/** The whole result text: day.month.year, each part written with digits and full stops only. */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
/** "4-5.05.2024", "28.-29.5.2024": groups 1 first day, 2 last day, 3 month, 4 year. */
const DOTTED_DAY_RANGE = /(?<![\d.])(\d{1,2})\.?\s*[-–]\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.]\d)/g;
/** How far around a slash-parser result a dotted day range holding it may start or end. */
const RANGE_WINDOW = 8;

/** The dotted day range holding `result`, as a range result in its place; false when there is none. */
function toDottedDayRange(context: ParsingContext, result: ParsingResult): boolean {
  const from = Math.max(0, result.index - RANGE_WINDOW);
  const end = result.index + result.text.length;
  const window = context.text.slice(from, end + RANGE_WINDOW);
  for (const m of window.matchAll(DOTTED_DAY_RANGE)) {
    const index = from + (m.index ?? 0);
    if (index > result.index || index + m[0].length < end) continue;
    const [first, last, month, year] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    if (month < 1 || month > 12 || first < 1 || first >= last || last > daysInMonth(year, month)) return false;
    const tags = [...result.start.tags()].filter((tag) => !tag.startsWith(PRECISION_TAG));
    result.index = index;
    result.text = m[0];
    result.start = componentsOf(context, { year, month, day: first });
    result.end = componentsOf(context, { year, month, day: last });
    for (const tag of tags) result.start.addTag(tag);
    result.addTag(RULE_TAG + DOTTED_DAY_RANGE_RULE);
    tagPrecision(result, 'days');
    return true;
  }
  return false;
}

/** Refiner reading dotted dates day first. */
export const dottedDateRefiner: Refiner = {
  refine(context, results) {
    for (const result of results) {
      if (result.end != null || !result.text.includes('.') || !hasTag(result, SLASH_PARSER_TAG)) continue;
      if (toDottedDayRange(context, result)) continue;
      const m = DOTTED.exec(result.text.trim());
      if (m === null) continue;
      const first = Number(m[1]);
      const second = Number(m[2]);
      // chrono already put a first number above 12 in the day; only a month-first reading needs the swap.
      if (result.start.get('month') !== first || result.start.get('day') !== second || second > 12 || first === second) continue;
      const start = componentsOf(context, { year: result.start.get('year') ?? undefined, month: second, day: first });
      for (const tag of result.start.tags()) start.addTag(tag);
      result.start = start;
    }
    return results;
  },
};
