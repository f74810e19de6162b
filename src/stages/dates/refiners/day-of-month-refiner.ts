/**
 * "The delegation will arrive on 27 May and hold talks on the 28th": a day whose month is not written takes the month
 * of the date just before it in the same paragraph (the next month when the day is before that date's first day:
 * "from 27 May ... on the 2nd" is 2 June), and that date's year when written. Without such a date the converter resolves the
 * day against the reference date (DAY_OF_MONTH_TAG).
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { componentsOf } from '../dates-parsing-option.ts';
import { DAY_OF_MONTH_TAG, FLAG, RULE_TAG, isOurs, tagsOf } from '../result-tags.ts';

/** Rule name added to days that took their month from a date before them. */
export const MONTH_FROM_CONTEXT_RULE = 'dates/month-from-context';

/** Farthest a date may be before the day and still give it its month (about two sentences). */
const CONTEXT_WINDOW = 240;
/** Stands for a line break while parsing (time-expression-finder.ts): a month never carries over a paragraph. */
const LINE_BREAK_MARK = '\u00b6';

/** The DAY_OF_MONTH_TAG of a result whose month the text leaves open ("any"), or null. */
function openDayOfMonth(result: ParsingResult): number | null {
  for (const tag of tagsOf(result.start)) {
    if (tag.startsWith(DAY_OF_MONTH_TAG) && tag.endsWith('/any')) return Number(tag.slice(DAY_OF_MONTH_TAG.length).split('/')[0]);
  }
  return null;
}

/**
 * True when the date before the day names its month in words or digits: a day ("27 May", "from 30 May to 2 June",
 * "early October") or a month of chrono's ("in December 2024"). A season, a part of a year or a relative period
 * ("in early autumn", "during the second quarter", "next week") leaves the day's month open: "will lead a delegation in
 * early autumn, and the forum will take place on the 30th" is the 30th of the reference month, not of September.
 */
function writtenMonth(previous: ParsingResult, anchor: ParsingResult['start']): boolean {
  const tags = tagsOf(previous.start);
  if (!anchor.isCertain('month') || tags.has(FLAG.vague) || tags.has(FLAG.relative)) return false;
  if (anchor.isCertain('day')) return true;
  return !isOurs(previous);
}

/** Refiner giving an ordinal day the month of the date before it. */
export const dayOfMonthRefiner: Refiner = {
  refine(context, results) {
    for (let i = 1; i < results.length; i++) {
      const result = results[i] as ParsingResult;
      const day = openDayOfMonth(result);
      if (day === null) continue;
      const previous = results[i - 1] as ParsingResult;
      const anchor = previous.end ?? previous.start;
      if (!writtenMonth(previous, anchor)) continue;
      const gap = context.text.slice(previous.index + previous.text.length, result.index);
      if (gap.length > CONTEXT_WINDOW || gap.includes(LINE_BREAK_MARK)) continue;
      let month = anchor.get('month') ?? 1;
      let year = anchor.isCertain('year') ? (anchor.get('year') ?? undefined) : undefined;
      // Before the first day of the date in that month ("from 27 May ... on the 3rd"): the following month.
      const first = previous.start;
      if (first.isCertain('day') && first.get('month') === anchor.get('month') && day < (first.get('day') ?? 0)) {
        month += 1;
        if (month === 13) {
          month = 1;
          if (year !== undefined) year += 1;
        }
      }
      const start = componentsOf(context, { year, month, day });
      for (const tag of tagsOf(result.start)) {
        if (!tag.startsWith(DAY_OF_MONTH_TAG) && tag !== FLAG.relative) start.addTag(tag);
      }
      start.addTag(RULE_TAG + MONTH_FROM_CONTEXT_RULE);
      result.start = start;
    }
    return results;
  },
};
