/**
 * "on 5 and 6 April", "April 5 and 6", "5, 6 and 7 April 2023", "on 4/5 May", "May 4 & 5": consecutive days of one
 * month listed with "and", or a pair of them joined by a slash or an ampersand (British and European usage; "the
 * night of 4/5 May" spans both days).
 * chrono reads only the day next to the month ("6 April", "April 5"); this refiner grows that single day over the
 * other days of the list (left for "5 and 6 April", right for "April 5 and 6") and makes it a range. Days that are
 * not consecutive ("April 5 and 12") are two events and are left alone, unless "between" makes them the bounds of a
 * range ("between 4 and 6 May"). A refiner, not a parser: it only looks around
 * the days chrono found, so it costs nothing per word of the text.
 * The same holds for bounds written with ordinals and "the" ("from the 3rd to the 5th of June", "between the 3rd and
 * 5th of June"), where chrono reads only "5th of June", and for two such days in two months ("from the 28th of
 * December to the 2nd of January"), which chrono reads as two separate days: the range runs from the first to the
 * second, into the next year when the second month is earlier.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { componentsOf } from '../dates-parsing-option.ts';
import { daysInMonth } from '../iso-calendar.ts';
import { PRECISION_TAG, RULE_TAG, tagPrecision } from '../result-tags.ts';
import { extendLeft, extendRight } from './span-extension.ts';

/** Rule name added to results this refiner grows. */
export const PAIRED_DAYS_RULE = 'dates/paired-days';

const ORDINAL = `(?:st|nd|rd|th)?`;
/** What joins the last two days of a list: "and", or (two days only) a slash or an ampersand. */
const LAST_JOINER = `(?:,?\\s+and\\s+|\\s*[/&]\\s*)`;
/** After "April 5": ", 6 and 7" / " and 6" / "/6" (not "and 6%", "and 6:30", "and 6.5", "/6/2024"). */
const MORE_DAYS_AFTER = new RegExp(
  `(?:\\s*,\\s*\\d{1,2}${ORDINAL})*${LAST_JOINER}\\d{1,2}${ORDINAL}(?![\\d:%/]|\\.\\d|\\s*(?:percent|per\\s+cent)\\b)` +
    `(?:\\s*,?\\s*((?:19|20)\\d{2})(?!\\d))?`,
  'iy',
);
/** Before "6 April": "5 and " / "4, 5 and " / "5/" (not "Articles 5 and ", not the "4/" of "3/4/5 May"). */
const MORE_DAYS_BEFORE = new RegExp(`(?:^|[^\\w.,/&])(\\d{1,2}${ORDINAL}(?:\\s*,\\s*\\d{1,2}${ORDINAL})*${LAST_JOINER})$`, 'i');
/** A slash or ampersand joins two days only ("4/5 May"), never a longer list ("3, 4/5 May"). */
const SYMBOL_JOINED_LIST = /,.*[/&]/;
const BETWEEN_BEFORE = /\bbetween\s+$/i;
/** Before "5th of June": "from the 3rd to the " / "between the 3rd and " / "from 3rd to the " (the first bound's day in group 1). */
const RANGE_BOUND_BEFORE = new RegExp(`(?:^|[^\\w])((?:from|between)\\s+(?:the\\s+)?(\\d{1,2})${ORDINAL}\\s+(?:to|until|till|through|and|[-–])\\s+(?:the\\s+)?)$`, 'i');
/** Between two days of different months read apart: " to the " / " until " / " – ". */
const RANGE_JOINER_BETWEEN = /^\s+(?:to|until|till|through|and)\s+(?:the\s+)?$|^\s*[-–]\s*(?:the\s+)?$/i;
/** After "February 20th": " – 22nd" / " - 22" with spaces round the dash (chrono joins only an unspaced one), and a year. */
const DASHED_DAY_AFTER = new RegExp(`\\s*[-–—]\\s*(\\d{1,2})${ORDINAL}(?![\\d:%/]|\\.\\d|\\s*(?:percent|per\\s+cent)\\b)(?:\\s*,?\\s*((?:19|20)\\d{2})(?!\\d))?`, 'iy');
const FROM_BEFORE = /(?:^|[^\w])((?:from|between)\s+(?:the\s+)?)$/i;
const NUMBERED_THING_BEFORE = /\b(?:articles?|paragraphs?|sections?|chapters?|points?|items?|resolutions?|nos?\.?|numbers?)\s*$/i;
const LEADING_DAY = /^\d/;
const NUMBER = /\d+/g;
const WINDOW = 30;

/** True when the result is one day of a month written with its day number, and nothing more. */
function singleWrittenDay(result: ParsingResult): boolean {
  return result.end == null && result.start.isCertain('day') && result.start.isCertain('month') && /\d/.test(result.text);
}

/** The days, in order, if they are consecutive; else null. */
function consecutive(days: readonly number[]): readonly number[] | null {
  for (let i = 1; i < days.length; i++) if (days[i] !== (days[i - 1] as number) + 1) return null;
  return days;
}

/**
 * "from the 28th of December to the 2nd of January": two single days chrono read apart, joined by "to"/"until"/a dash
 * and opened by "from"/"between", become one range (the second result is dropped). The end takes the next year when
 * it would otherwise come before the start.
 */
function joinedAcrossMonths(text: string, results: ParsingResult[]): ParsingResult[] {
  let joined: ParsingResult[] | null = null;
  for (let i = 1; i < results.length; i++) {
    const first = results[i - 1] as ParsingResult;
    const second = results[i] as ParsingResult;
    if (!singleWrittenDay(first) || !singleWrittenDay(second) || !LEADING_DAY.test(first.text)) continue;
    if (first.start.get('month') === second.start.get('month')) continue;
    const gap = text.slice(first.index + first.text.length, second.index);
    const from = RANGE_JOINER_BETWEEN.test(gap) ? FROM_BEFORE.exec(text.slice(Math.max(0, first.index - 15), first.index)) : null;
    // "and" joins bounds only after "between" ("from 2 March and 4 April" is no range).
    if (from === null || (/\band\s/i.test(gap) && !/^between/i.test(from[1] ?? ''))) continue;
    const end = second.start.clone();
    const startDate = first.start.date();
    if (end.date() < startDate) end.assign('year', (end.get('year') ?? 0) + 1);
    else if (!second.start.isCertain('year') && end.date().getTime() - startDate.getTime() > 62 * 86_400_000) end.assign('year', (end.get('year') ?? 0) - 1);
    first.end = end;
    first.index -= (from[1] ?? '').length;
    first.text = text.slice(first.index, second.index + second.text.length);
    first.addTag(RULE_TAG + PAIRED_DAYS_RULE);
    tagPrecision(first, 'days');
    (joined ??= [...results]).splice(joined.indexOf(second), 1);
  }
  return joined ?? results;
}

/** Refiner growing a day over a list of consecutive days before or after it. */
export const pairedDaysRefiner: Refiner = {
  refine(context, rawResults) {
    const results = joinedAcrossMonths(context.text, rawResults);
    for (let i = 0; i < results.length; i++) {
      const result = results[i];
      if (result === undefined || !singleWrittenDay(result)) continue;
      const day = result.start.get('day') ?? 1;
      const month = result.start.get('month') ?? 1;
      const floor = i > 0 ? (results[i - 1]?.index ?? 0) + (results[i - 1]?.text.length ?? 0) : 0;
      const ceiling = results[i + 1]?.index ?? context.text.length;
      let days: readonly number[] | null = null;
      let grow: () => void;
      let year = result.start.isCertain('year') ? (result.start.get('year') ?? undefined) : undefined;
      if (LEADING_DAY.test(result.text)) {
        // "6 April": the list comes before it.
        const before = context.text.slice(Math.max(floor, result.index - WINDOW), result.index);
        const bound = RANGE_BOUND_BEFORE.exec(before);
        const list = bound === null ? MORE_DAYS_BEFORE.exec(before)?.[1] : undefined;
        if (bound !== null) {
          // "from the 3rd to the 5th of June": the first bound is written before the day chrono read.
          const span = (bound[1] ?? '').length;
          const first = Number(bound[2]);
          if (first >= day || NUMBERED_THING_BEFORE.test(before.slice(0, before.length - span))) continue;
          days = [first, day];
          grow = () => extendLeft(context, result, span);
        } else {
          if (list === undefined || SYMBOL_JOINED_LIST.test(list) || NUMBERED_THING_BEFORE.test(before.slice(0, before.length - list.length))) continue;
          const listed = (list.match(NUMBER) ?? []).map(Number);
          // "between 4 and 6 May": the two days bound a range, consecutive or not.
          const first = listed[0];
          const bounds = listed.length === 1 && first !== undefined && first < day && BETWEEN_BEFORE.test(before.slice(0, before.length - list.length));
          days = bounds ? [first, day] : consecutive([...listed, day]);
          if (days === null) continue;
          grow = () => extendLeft(context, result, list.length);
        }
      } else {
        // "April 5": the list, and maybe the year, come after it.
        const end = result.index + result.text.length;
        // "February 20th – 22nd": a range with a spaced dash.
        DASHED_DAY_AFTER.lastIndex = end;
        const dashed = DASHED_DAY_AFTER.exec(context.text);
        const lastDay = dashed === null ? 0 : Number(dashed[1]);
        if (dashed !== null && lastDay > day && end + dashed[0].length <= ceiling && !(year !== undefined && dashed[2] !== undefined)) {
          days = [day, lastDay];
          if (dashed[2] !== undefined) year = Number(dashed[2]);
          grow = () => extendRight(context, result, dashed[0].length);
        } else {
          MORE_DAYS_AFTER.lastIndex = end;
          const match = MORE_DAYS_AFTER.exec(context.text);
          if (match === null || end + match[0].length > ceiling || (year !== undefined && match[1] !== undefined)) continue;
          const list = match[1] === undefined ? match[0] : match[0].slice(0, match[0].lastIndexOf(match[1]));
          if (SYMBOL_JOINED_LIST.test(list)) continue;
          days = consecutive([day, ...(list.match(NUMBER) ?? []).map(Number)]);
          if (days === null) continue;
          if (match[1] !== undefined) year = Number(match[1]);
          grow = () => extendRight(context, result, match[0].length);
        }
      }
      const last = days[days.length - 1] as number;
      if (last > daysInMonth(2024, month)) continue;
      grow();
      const end = componentsOf(context, { year, month, day: last });
      const start = componentsOf(context, { year, month, day: days[0] as number });
      for (const tag of result.start.tags()) if (!tag.startsWith(PRECISION_TAG)) start.addTag(tag);
      result.start = start;
      result.end = end;
      result.addTag(RULE_TAG + PAIRED_DAYS_RULE);
      tagPrecision(result, 'days');
    }
    return results;
  },
};
