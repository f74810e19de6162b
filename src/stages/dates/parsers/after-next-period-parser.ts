/**
 * "the week after next", "the month after next", "the year after next", "the weekend after next" (also "the week after
 * next week", and the British "next week but one"): the period two after the reference date's, counted as "next week",
 * "next month", "next year" and "next weekend" are (relative-period-parser.ts, weekend-parser.ts): the week two weeks
 * after the reference date's week (Monday-Sunday, or Sunday-Saturday when weeks start on Sunday), the second month or
 * year after the reference one, the Saturday and Sunday a week after next weekend's.
 *
 * "after next" must end the phrase: "the week after next Tuesday", "the month after next month's election", "the week
 * after next summit" count from another time and are left alone. It may be followed by punctuation, a line break or a
 * word that opens a new phrase (FOLLOWING_WORDS).
 */
import type { Parser, ParsingContext } from 'chrono-node';
import { componentsOf, datesOptionOf } from '../dates-parsing-option.ts';
import { addDays, lastDayOfMonth, weekdayOf, type CalendarDay } from '../iso-calendar.ts';
import { FLAG, tagPrecision, tagRule } from '../result-tags.ts';

/** Rule name recorded on expressions from this parser. */
export const AFTER_NEXT_PERIOD_RULE = 'dates/after-next-period';

/**
 * Groups: 1 unit before "after next", 2 the same unit repeated after it, 3 unit of "next <unit> but one". The pattern
 * starts with `(?<!\w)` rather than `\b` (the same left boundary before a word): the dates stage's shared first-word
 * filter holds at most 31 patterns and is full, so this one is scanned on its own.
 */
const PATTERN =
  /(?<!\w)(?:(?:the\s+)?(week|weekend|month|year)\s+after\s+next(?:\s+(week|weekend|month|year)\b(?!['’]))?|next\s+(week|month|year)\s+but\s+one)\b/i;

/** Words that may follow "after next" and start another phrase ("the week after next in Tbilisi"). */
const FOLLOWING_WORDS: readonly string[] = [
  'in', 'at', 'to', 'and', 'or', 'for', 'with', 'on', 'when', 'as', 'from', 'during', 'between', 'where', 'which',
  'that', 'so', 'but', 'while', 'if', 'once', 'is', 'was', 'will', 'would', 'should', 'could', 'may', 'might', 'can',
  'by', 'under', 'after', 'before', 'then', 'too', 'instead', 'respectively',
];
/** What may follow the phrase: the end, a non-word character (punctuation, a line-break mark) or a following word. */
const FOLLOWER = new RegExp(`(?:$|[^\\s\\w]|\\s+(?:$|[^\\s\\w]|(?:${FOLLOWING_WORDS.join('|')})\\b))`, 'iy');
/** "a week after next", "one year after next": a count, not the idiom. */
const COUNT_BEFORE = /(?:^|\W)(?:a|an|one)\s+$/i;
const SATURDAY = 6;

/** The first and last day of the period two `unit`s after the reference date's. */
function periodAfterNext(context: ParsingContext, unit: string): readonly [CalendarDay, CalendarDay] {
  const { referenceDay, weekStartsOn } = datesOptionOf(context);
  const weekStart = addDays(referenceDay, -((weekdayOf(referenceDay) - weekStartsOn + 7) % 7));
  if (unit === 'week') return [addDays(weekStart, 14), addDays(weekStart, 20)];
  if (unit === 'weekend') {
    const saturday = addDays(weekStart, ((SATURDAY - weekStartsOn + 7) % 7) + 14);
    return [saturday, addDays(saturday, 1)];
  }
  if (unit === 'month') {
    const ordinal = referenceDay.year * 12 + referenceDay.month - 1 + 2;
    const year = Math.floor(ordinal / 12);
    const month = (ordinal % 12) + 1;
    return [{ year, month, day: 1 }, lastDayOfMonth(year, month)];
  }
  return [
    { year: referenceDay.year + 2, month: 1, day: 1 },
    { year: referenceDay.year + 2, month: 12, day: 31 },
  ];
}

const PRECISION = { week: 'week', weekend: 'days', month: 'month', year: 'year' } as const;

/** Parser for the period after next. */
export const afterNextPeriodParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const unit = (match[1] ?? match[3] ?? '').toLowerCase();
    const repeated = match[2]?.toLowerCase();
    if (repeated !== undefined && repeated !== unit) return null;
    const index = match.index ?? 0;
    FOLLOWER.lastIndex = index + match[0].length;
    if (!FOLLOWER.test(context.text)) return null;
    if (COUNT_BEFORE.test(context.text.slice(Math.max(0, index - 8), index))) return null;
    if (!(unit in PRECISION)) return null;
    const [first, last] = periodAfterNext(context, unit);
    const result = context.createParsingResult(index, match[0], componentsOf(context, first), componentsOf(context, last));
    result.addTag(FLAG.relative);
    return tagPrecision(tagRule(result, AFTER_NEXT_PERIOD_RULE), PRECISION[unit as keyof typeof PRECISION]);
  },
};
