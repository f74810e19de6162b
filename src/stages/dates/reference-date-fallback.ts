/**
 * The reference date of a page that prints no published date, guessed from the dates it writes in full.
 *
 * SCHEMA.md resolves relative times against the published date, else the meeting date. Without either known yet, the
 * best stand-in is a date the page writes about its own present, not about what it announces: the latest full date
 * of the text is, in an announcement ("the Minister will visit Warsaw on 12-14 May"), the announced event's own date,
 * against which "next week" and "on Tuesday" come out wrong and the event itself looks past. So, in order:
 * 1. a full day date in the page's head (its first lines: a dateline, "Tokyo, April 15, 2016" in a title), unless its
 *    sentence speaks of the future;
 * 2. the latest full day date whose sentence does not speak of the future, else the latest such month ("as of
 *    December 2022" is a weaker anchor than a day);
 * 3. the latest full date (every full date is in a future sentence: still the page's only anchor).
 * When every full date is one the sentence puts in an earlier event the page looks back to ("recalled the visit of
 * ... on 5 June 2022", "welcomed the results of the 4th Summit held in Algiers on 18 July 2022", "at their last meeting
 * on ..."), the page has no reference date: its present is later by an unknown span, and taking the earlier event's
 * date read "on Sunday" and "in the first quarter" two years early. Its relative times keep their words without an
 * interval. (With another full date beside them, such dates still count: the present is no earlier than they are.)
 * Measured on 3,315 bulk pages with their published date taken out, against the same pages with it: 1,064 of 1,555
 * planned events keep their interval, against 1,053 with the latest full date; the dev evaluation is unchanged.
 */
import type { TimeExpression } from '../../domain/mentions.ts';

/** Words that put a sentence's date ahead of the writing ("will", "is scheduled to", "upcoming"). */
const FUTURE_SENTENCE =
  /\b(?:will|shall|to\s+be\s+(?:held|hosted|convened|signed|organi[sz]ed)|(?:is|are)\s+(?:scheduled|expected|due|set|slated|planned|going)|scheduled\s+for|planned\s+for|upcoming|forthcoming)\b/i;
/**
 * Words before a date, in its sentence, that put it in an earlier event looked back to: "recalled", "the last
 * meeting", "the previous session", "the results of", "the anniversary of".
 */
const LOOKED_BACK_TO =
  /\b(?:recall(?:s|ed|ing)?|(?:the|their|its|his|her|our)\s+(?:last|previous|preceding|former)|(?:results?|outcomes?)\s+of|anniversary\s+of)\b/i;
/** Ends of a sentence (a rough cut: the head and one sentence are all that is looked at). */
const SENTENCE_END = /[.!?\n]/;
/** The head of a page: its first characters, where datelines and dated titles are. */
const HEAD_LENGTH = 300;

/** A date written in full: a day or days, or a month, with the year written. */
function isFull(t: TimeExpression): boolean {
  return !t.yearImplied && !t.relative && !t.vague && t.pastEnd !== null &&
    (t.precision === 'day' || t.precision === 'days' || t.precision === 'month');
}

/** The date a full expression stands for: its (past reading's) first day, or a month's last day. */
function dayOf(t: TimeExpression): string {
  return (t.precision === 'month' ? t.pastEnd : t.pastStart) as string;
}

/** True when the sentence around `at` has a future word. */
function inFutureSentence(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text.charAt(start - 1))) start--;
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text.charAt(end))) end++;
  return FUTURE_SENTENCE.test(text.slice(start, end));
}

/** True when the words from the sentence start to `at` look back to an earlier event. */
function inLookBack(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text.charAt(start - 1))) start--;
  return LOOKED_BACK_TO.test(text.slice(start, at));
}

function latest(days: readonly string[]): string | null {
  let found: string | null = null;
  for (const day of days) if (found === null || day > found) found = day;
  return found;
}

/**
 * The reference date (ISO) of a text without a published date, from `expressions` (its time expressions resolved
 * against any date: only those written in full are used); null when it writes no full date.
 */
export function fallbackReferenceDate(text: string, expressions: readonly TimeExpression[]): string | null {
  const full = expressions.filter(isFull);
  if (full.length === 0 || full.every((t) => inLookBack(text, t.span[0]))) return null;
  const present = full.filter((t) => !inFutureSentence(text, t.span[0]));
  const head = present.find((t) => t.span[0] < HEAD_LENGTH && t.precision !== 'month');
  if (head !== undefined) return dayOf(head);
  const days = present.filter((t) => t.precision !== 'month');
  return latest(days.map(dayOf)) ?? latest(present.map(dayOf)) ?? latest(full.map(dayOf));
}

/**
 * True when `reference` is a day the page's head writes in full outside a sentence about the future (a dateline,
 * "KYODO NEWS - Dec 28, 2024 - 18:40"): as good a reference as a printed published date, so a month already past
 * ("mid-January" written on 28 December) may be read as next year's, as it is against a published date.
 */
export function isDatelineReference(text: string, expressions: readonly TimeExpression[], reference: string | null): boolean {
  if (reference === null) return false;
  return expressions.some((t) => t.span[0] < HEAD_LENGTH && isFull(t) && t.precision === 'day' && t.start === reference && !inFutureSentence(text, t.span[0]));
}
