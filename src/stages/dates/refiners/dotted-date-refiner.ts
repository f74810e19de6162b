/**
 * "04.05.2024" is 4 May 2024: a date written with full stops is European (German, Russian, Turkish, Polish and most
 * continental ministries) and always day first. chrono's slash-date parser reads it month first, as it reads
 * "04/05/2024" in American English; this refiner swaps day and month back for the dotted form only (a slash date
 * stays ambiguous and is left as chrono reads it).
 * "4-5.05.2024", "28.-29.5.2024", "21-22.05.2024", "30.09.–1.10.2024": days written before one dotted month and year
 * (the first with its own month when the range crosses into the next). chrono
 * reads a piece of it ("4-5.05" as 5 April 2005, "5.05.2024" as one day) or nothing ("21-22.05" is no month-first
 * date); the refiner puts a range of days in place of what chrono read there.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { componentsOf } from '../dates-parsing-option.ts';
import { daysInMonth } from '../iso-calendar.ts';
import { RULE_TAG, hasTag, tagPrecision, tagRule } from '../result-tags.ts';

/** Rule name added to dotted day ranges. */
export const DOTTED_DAY_RANGE_RULE = 'dates/dotted-day-range';

const SLASH_PARSER_TAG = `${RULE_TAG}chrono/SlashDateFormatParser`;
/** The whole result text: day.month.year, each part written with digits and full stops only. */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
/**
 * "4-5.05.2024", "28.-29.5.2024", "30.09.–1.10.2024": groups 1 first day, 2 its month when written (the range then
 * crosses into the next month), 3 last day, 4 month, 5 year.
 */
const DOTTED_DAY_RANGE = /(?<![\d.])(\d{1,2})(?:\.(\d{1,2}))?\.?\s*[-–]\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.]\d)/g;
/** What a dotted year begins with in DOTTED_DAY_RANGE: a full stop and the century. */
const DOTTED_YEAR_STARTS: readonly string[] = ['.19', '.20'];
/**
 * The dotted day ranges of the text as results, each replacing the results chrono read inside it (a refiner, not a
 * parser: one scan of the text for a form that is rare, without a place among the word-filtered parsers).
 */
function withDottedDayRanges(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
  // Every dotted day range ends in a dotted year (".2024"), which most texts do not write: a substring search rules
  // them out before the pattern is tried at each of their numbers.
  if (!DOTTED_YEAR_STARTS.some((start) => context.text.includes(start))) return results;
  let out = results;
  for (const m of context.text.matchAll(DOTTED_DAY_RANGE)) {
    const [first, last, month, year] = [Number(m[1]), Number(m[3]), Number(m[4]), Number(m[5])];
    const firstMonth = m[2] === undefined ? month : Number(m[2]);
    if (month < 1 || month > 12 || first < 1 || last < 1 || last > daysInMonth(year, month)) continue;
    // A first month of its own is the month before ("30.09.–1.10.2024", "31.12.-2.01.2025": the year before); else
    // one month, in order ("4-5.05.2024").
    const crossing = m[2] !== undefined && firstMonth !== month;
    const firstYear = crossing && firstMonth === 12 && month === 1 ? year - 1 : year;
    const follows = firstMonth === month - 1 || (firstMonth === 12 && month === 1);
    if (crossing ? !follows || first > daysInMonth(firstYear, firstMonth) : first >= last) continue;
    const index = m.index ?? 0;
    const end = index + m[0].length;
    const result = context.createParsingResult(
      index,
      m[0],
      componentsOf(context, { year: firstYear, month: firstMonth, day: first }),
      componentsOf(context, { year, month, day: last }),
    );
    tagPrecision(tagRule(result, DOTTED_DAY_RANGE_RULE), 'days');
    out = out.filter((r) => r.index + r.text.length <= index || r.index >= end);
    out.push(result);
  }
  return out === results ? results : out.sort((a, b) => a.index - b.index);
}

/** Refiner reading dotted dates day first. */
export const dottedDateRefiner: Refiner = {
  refine(context, results) {
    for (const result of results) {
      if (result.end != null || !result.text.includes('.') || !hasTag(result, SLASH_PARSER_TAG)) continue;
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
    return withDottedDayRanges(context, results);
  },
};
