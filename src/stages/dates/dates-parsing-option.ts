/**
 * The options our chrono parsers and refiners read from `context.option`: the reference date as a calendar day
 * (so no parser depends on time zones or the clock) and the first day of the week.
 */
import type { ParsingComponents, ParsingContext, ParsingOption } from 'chrono-node';
import type { CalendarDay } from './iso-calendar.ts';

/** First day of a calendar week: 1 = Monday (ISO, SCHEMA.md's default), 0 = Sunday (US usage). */
export type WeekStart = 0 | 1;

/** chrono's parsing option extended with what the dates stage needs. */
export interface DatesParsingOption extends ParsingOption {
  readonly referenceDay: CalendarDay;
  readonly weekStartsOn: WeekStart;
}

/** The dates option of a parsing context. Only valid inside a parse started by `findTimeExpressions`. */
export function datesOptionOf(context: ParsingContext): DatesParsingOption {
  return context.option as DatesParsingOption;
}

/** Calendar parts to assign to chrono components; absent parts stay implied. */
export interface DateParts {
  readonly year?: number | undefined;
  readonly month?: number | undefined;
  readonly day?: number | undefined;
}

/**
 * Builds chrono components with exactly `parts` certain. An absent day is implied as 1 (so every month stays a
 * valid date); an absent year is implied from the reference date and resolved later by the converter.
 */
export function componentsOf(context: ParsingContext, parts: DateParts): ParsingComponents {
  const components = context.createParsingComponents();
  components.imply('day', 1);
  components.imply('month', 1);
  if (parts.year !== undefined) components.assign('year', parts.year);
  if (parts.month !== undefined) components.assign('month', parts.month);
  if (parts.day !== undefined) components.assign('day', parts.day);
  return components;
}
