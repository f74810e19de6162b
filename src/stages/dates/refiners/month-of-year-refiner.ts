/**
 * "in September of this year", "September next year", "early September of next year": a month (or day, or part of a
 * month) whose year is given relative to the reference date right after it. chrono and our parsers read the month
 * and "this year" separately; this refiner gives the month that year, grows it over the year words and drops the
 * separate year. ("March of 2024" is already one chrono result.) A qualifier before the month ("next January", "last
 * December") fixes its year the same way. A month listed before a month with its year ("meetings in May and September
 * 2022", "in March, April and May 2025") takes that year.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { datesOptionOf } from '../dates-parsing-option.ts';
import { FLAG, RULE_TAG } from '../result-tags.ts';
import { extendRight } from './span-extension.ts';

/** Rule name added to results this refiner changes. */
export const MONTH_OF_YEAR_RULE = 'dates/month-of-year';

const RELATIVE_YEAR_AFTER = /\s*(?:of\s+)?(this|next|last|the\s+current)\s+year\b(?!')/iy;
const OFFSET: Readonly<Record<string, number>> = { this: 0, next: 1, last: -1 };

/** True when the result names a month without a year (start and end). */
function monthWithoutYear(result: ParsingResult): boolean {
  const { start, end } = result;
  if (!start.isCertain('month') || start.isCertain('year')) return false;
  return end == null || (end.isCertain('month') && !end.isCertain('year'));
}

const QUALIFIER_BEFORE = /\b(next|this|last|coming)\s+$/i;
const MONTH_WORD_START = /^[A-Za-z]/;

/**
 * "next January", "this December", "last December": a month named with a qualifier before it. Next/coming = the first
 * such month after the reference month, this = the reference year's, last = the latest before the reference month.
 * The qualifier joins the span.
 */
function qualifiedBefore(text: string, result: ParsingResult, reference: { readonly year: number; readonly month: number }): void {
  if (result.end != null || result.start.isCertain('day') || !MONTH_WORD_START.test(result.text)) return;
  const m = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, result.index - 8), result.index));
  if (m === null) return;
  const qualifier = (m[1] ?? '').toLowerCase();
  const month = result.start.get('month') ?? 1;
  let year = reference.year;
  if (qualifier === 'next' || qualifier === 'coming') year = month > reference.month ? reference.year : reference.year + 1;
  else if (qualifier === 'last') year = month < reference.month ? reference.year : reference.year - 1;
  result.start.assign('year', year);
  result.index -= m[0].length;
  result.text = text.slice(result.index, result.index + m[0].length + result.text.length);
  result.addTag(FLAG.relative);
  result.addTag(RULE_TAG + MONTH_OF_YEAR_RULE);
}

/** Between two listed months: ", " / " and " / ", and " / " & ". */
const LIST_JOINER = /^\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s+)$/i;

/** "May and September 2022": a month without a year takes the year of the month listed right after it. */
function listedBeforeYear(text: string, result: ParsingResult, next: ParsingResult | null | undefined): void {
  if (next == null || result.end != null || result.start.isCertain('day') || !MONTH_WORD_START.test(result.text)) return;
  if (next.end != null || next.start.isCertain('day') || !next.start.isCertain('month') || !next.start.isCertain('year')) return;
  // chrono's month may end with the list's comma ("March," in "March, April and May 2025").
  const gap = `${result.text.endsWith(',') ? ',' : ''}${text.slice(result.index + result.text.length, next.index)}`;
  if (!LIST_JOINER.test(gap)) return;
  const year = next.start.get('year') ?? 0;
  // A list runs forward in time: a month after the next one belongs to the year before ("December and January 2025").
  result.start.assign('year', (result.start.get('month') ?? 1) > (next.start.get('month') ?? 1) ? year - 1 : year);
  result.addTag(RULE_TAG + MONTH_OF_YEAR_RULE);
}

/** Refiner joining a month and the relative year after it. */
export const monthOfYearRefiner: Refiner = {
  refine(context, results) {
    let removed = false;
    const kept: (ParsingResult | null)[] = results;
    for (let i = 0; i < results.length; i++) {
      const result = results[i];
      if (result === undefined || result === null || !monthWithoutYear(result)) continue;
      const resultEnd = result.index + result.text.length;
      RELATIVE_YEAR_AFTER.lastIndex = resultEnd;
      const match = RELATIVE_YEAR_AFTER.exec(context.text);
      if (match === null) {
        qualifiedBefore(context.text, result, datesOptionOf(context).referenceDay);
        continue;
      }
      const year = datesOptionOf(context).referenceDay.year + (OFFSET[(match[1] ?? '').toLowerCase()] ?? 0);
      const startMonth = result.start.get('month') ?? 1;
      const endMonth = result.end?.get('month') ?? startMonth;
      // The year belongs to the end of a range that wraps ("December or January of next year").
      result.start.assign('year', endMonth < startMonth ? year - 1 : year);
      result.end?.assign('year', year);
      extendRight(context, result, match[0].length);
      result.addTag(FLAG.relative);
      result.addTag(RULE_TAG + MONTH_OF_YEAR_RULE);
      const newEnd = resultEnd + match[0].length;
      for (let j = i + 1; j < results.length; j++) {
        const other = results[j];
        if (other === undefined || other === null || other.index >= newEnd) break;
        kept[j] = null;
        removed = true;
      }
    }
    const out = removed ? kept.filter((r): r is ParsingResult => r !== null) : results;
    // Right to left, so a list passes its year back month by month ("in March, April and May 2025").
    for (let i = out.length - 2; i >= 0; i--) {
      const result = out[i] as ParsingResult;
      if (monthWithoutYear(result)) listedBeforeYear(context.text, result, out[i + 1]);
    }
    return out;
  },
};
