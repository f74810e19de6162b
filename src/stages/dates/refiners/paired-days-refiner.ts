/**
 * "on 5 and 6 April", "April 5 and 6", "5, 6 and 7 April 2023", "on 4/5 May", "May 4 & 5": consecutive days of one
 * month listed with "and", or a pair of them joined by a slash or an ampersand (British and European usage; "the
 * night of 4/5 May" spans both days).
 * chrono reads only the day next to the month ("6 April", "April 5"); this refiner grows that single day over the
 * other days of the list (left for "5 and 6 April", right for "April 5 and 6") and makes it a range. Days that are
 * not consecutive ("April 5 and 12") are two events and are left alone, unless "between" makes them the bounds of a
 * range ("between 4 and 6 May"). A refiner, not a parser: it only looks around
 * the days chrono found, so it costs nothing per word of the text.
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

/** Refiner growing a day over a list of consecutive days before or after it. */
export const pairedDaysRefiner: Refiner = {
  refine(context, results) {
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
        const match = MORE_DAYS_BEFORE.exec(before);
        const list = match?.[1];
        if (list === undefined || SYMBOL_JOINED_LIST.test(list) || NUMBERED_THING_BEFORE.test(before.slice(0, before.length - list.length))) continue;
        const listed = (list.match(NUMBER) ?? []).map(Number);
        // "between 4 and 6 May": the two days bound a range, consecutive or not.
        const first = listed[0];
        const bounds = listed.length === 1 && first !== undefined && first < day && BETWEEN_BEFORE.test(before.slice(0, before.length - list.length));
        days = bounds ? [first, day] : consecutive([...listed, day]);
        if (days === null) continue;
        grow = () => extendLeft(context, result, list.length);
      } else {
        // "April 5": the list, and maybe the year, come after it.
        const end = result.index + result.text.length;
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
