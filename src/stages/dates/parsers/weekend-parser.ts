/**
 * Weekends: "this weekend", "next weekend", "last weekend": Saturday and Sunday. "this weekend" is the Saturday of the reference
 * date's week (weeks as in "this week", per `weekStartsOn`) and the Sunday after it, in both the future and the past
 * reading; "next"/"coming" is the weekend after, "last"/"past" the one before. "over the weekend" and "the weekend"
 * are left alone (which weekend is meant is not said). The relative-period parser matches the words and calls
 * {@link weekendResult}: a separate pattern would cost a try at every word of the text.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { componentsOf, datesOptionOf } from '../dates-parsing-option.ts';
import { addDays, weekdayOf } from '../iso-calendar.ts';
import { FLAG, tagPrecision, tagRule } from '../result-tags.ts';

/** Rule name recorded on weekends (matched by the relative-period parser's pattern, which they share for speed). */
export const WEEKEND_RULE = 'dates/weekend';

const OFFSET: Readonly<Record<string, number>> = { this: 0, next: 1, coming: 1, last: -1, past: -1 };
const SATURDAY = 6;

/** The weekend "<modifier> weekend" denotes ("this", "next", "coming", "last", "past"), as a result. */
export function weekendResult(context: ParsingContext, match: RegExpMatchArray, modifier: string): ParsingResult {
  const { referenceDay, weekStartsOn } = datesOptionOf(context);
  const offset = OFFSET[modifier] ?? 0;
  const weekStart = addDays(referenceDay, -((weekdayOf(referenceDay) - weekStartsOn + 7) % 7));
  const saturday = addDays(weekStart, ((SATURDAY - weekStartsOn + 7) % 7) + 7 * offset);
  const start = componentsOf(context, saturday);
  const end = componentsOf(context, addDays(saturday, 1));
  const result = context.createParsingResult(match.index ?? 0, match[0], start, end);
  result.addTag(FLAG.relative);
  return tagPrecision(tagRule(result, WEEKEND_RULE), 'days');
}
