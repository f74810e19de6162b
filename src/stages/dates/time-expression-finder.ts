/**
 * The dates stage's entry point: every time expression in a document, with the interval it denotes.
 * Built on one chrono parse pass (see `chrono-configuration.ts`); chrono's types stay inside this folder.
 */
import type { TimeExpression } from '../../domain/mentions.ts';
import { createDatesChrono } from './chrono-configuration.ts';
import type { DatesParsingOption, WeekStart } from './dates-parsing-option.ts';
import { parseIsoDate, type CalendarDay } from './iso-calendar.ts';
import { toTimeExpression } from './time-expression-converter.ts';

export type { WeekStart } from './dates-parsing-option.ts';

/** Options of {@link findTimeExpressions}. */
export interface TimeExpressionOptions {
  /** First day of "this week"/"next week": 1 = Monday (default, SCHEMA.md), 0 = Sunday (US usage). */
  readonly weekStartsOn?: WeekStart;
}

const CHRONO = createDatesChrono();
/** Stands for a line break while parsing: one UTF-16 unit, neither whitespace nor a word character. */
const LINE_BREAK_MARK = '\u00b6';

/** The last reference date parsed: callers pass the same one for many texts (every dateline, a whole document). */
let lastReference: { readonly iso: string; readonly day: CalendarDay } | null = null;

function referenceDayOf(iso: string): CalendarDay {
  if (lastReference === null || lastReference.iso !== iso) lastReference = { iso, day: parseIsoDate(iso) };
  return lastReference.day;
}

/**
 * Finds the time expressions in `text`.
 *
 * - `referenceDate` (ISO `YYYY-MM-DD`: the published date, else the meeting date) resolves relative expressions and
 *   years that are not written. It is the only notion of "now": no clock is read. Throws `RangeError` when malformed.
 * - Returns expressions sorted by span start, non-overlapping, each with `text === text.slice(span[0], span[1])`.
 *   Intervals follow SCHEMA.md; vague times have null intervals; open-ended ones a null end.
 */
export function findTimeExpressions(
  text: string,
  referenceDate: string,
  options: TimeExpressionOptions = {},
): TimeExpression[] {
  const referenceDay = referenceDayOf(referenceDate);
  const option: DatesParsingOption = { referenceDay, weekStartsOn: options.weekStartsOn ?? 1 };
  // Noon UTC of the reference date: chrono's own relative dates ("tomorrow") never cross a day boundary.
  const instant = new Date(Date.UTC(referenceDay.year, referenceDay.month - 1, referenceDay.day, 12));
  // A date never runs over a line break: "… from March 21-23" + "\nMarch 19, 2024" is not "21-23 March 19" (2019).
  // chrono's patterns join their parts with \s, so the parse sees each line break as a non-space mark of the same
  // length (offsets unchanged); the expressions are cut from the original text.
  const parsed = text.includes('\n') ? text.replaceAll('\n', LINE_BREAK_MARK) : text;
  const results = CHRONO.parse(parsed, { instant, timezone: 'UTC' }, option);
  const expressions: TimeExpression[] = [];
  for (const result of results) {
    const expression = toTimeExpression(result, text, referenceDay);
    if (expression !== null) expressions.push(expression);
  }
  return withoutOverlaps(expressions);
}

/** Sorts by start and drops overlapping expressions, keeping the longer one (the earlier one on a tie). */
function withoutOverlaps(expressions: TimeExpression[]): TimeExpression[] {
  expressions.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const kept: TimeExpression[] = [];
  for (const expression of expressions) {
    const previous = kept[kept.length - 1];
    if (previous === undefined || expression.span[0] >= previous.span[1]) {
      kept.push(expression);
    } else if (expression.span[1] - expression.span[0] > previous.span[1] - previous.span[0]) {
      kept[kept.length - 1] = expression;
    }
  }
  return kept;
}
