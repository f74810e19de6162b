/**
 * The date of a dateline, read directly. The segmenter's dateline detector has already found a full date in one of
 * a few fixed forms ("September 18, 2017", "18 September 2017", "2024-03-27", "03/27/2024", "27.03.2024", "27 Marzo
 * 2024", "Mar. 14/2024"); turning those into ISO needs no general date parser, and chrono-node's fixed cost per call (tens of
 * microseconds, more than all of this stage) bought nothing here. Month names in several languages are the
 * segmenter's lexicon, the same words the dateline detector accepts.
 */
import { MONTH_NUMBERS } from '../segment/segment-lexicon.ts';

const NAMED_DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?([\p{L}]+)\.?,?\s+(?:de\s+)?(\d{4})/u;
const NAMED_MONTH_FIRST = /^([\p{L}]+)\.?\s+(\d{1,2})(?:(?:st|nd|rd|th)?,?\s+|\/)(\d{4})/u;
const ISO = /^(\d{4})-(\d{2})-(\d{2})/;
const YEAR_FIRST = /^(\d{4})[./](\d{1,2})[./](\d{1,2})/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/;
const DOTTED = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})/;
const DASHED = /^(\d{1,2})-(\d{1,2})-(\d{4})/;

/**
 * ISO date of a full date written at the start of `s`, or null. Numeric `a/b/yyyy` is read month first (US
 * practice) unless the first number cannot be a month, or `slashedDayFirst` says the page writes day first (most of
 * the world: EEAS's "Brussels, 06/02/2024" is 6 February); `dd.mm.yyyy` is day first (European practice).
 */
export function datelineDate(s: string, slashedDayFirst = false): string | null {
  let m = NAMED_MONTH_FIRST.exec(s);
  if (m) return iso(Number(m[3]), MONTH_NUMBERS[m[1]!.toLowerCase()], Number(m[2]));
  m = NAMED_DAY_FIRST.exec(s);
  if (m) return iso(Number(m[3]), MONTH_NUMBERS[m[2]!.toLowerCase()], Number(m[1]));
  m = ISO.exec(s) ?? YEAR_FIRST.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SLASHED.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return a > 12 || (slashedDayFirst && b <= 12) ? iso(Number(m[3]), b, a) : iso(Number(m[3]), a, b);
  }
  m = DOTTED.exec(s) ?? DASHED.exec(s);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

/** Whether the full date at the start of `s` is written `a/b/yyyy` (the one form whose order varies by country). */
export function isSlashedDate(s: string): boolean {
  return SLASHED.test(s);
}

function iso(year: number, month: number | undefined, day: number): string | null {
  if (!month || month < 1 || month > 12 || day < 1 || year < 1000) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Countries whose pages write numeric dates month first (`02/06/2024` for 6 February): the United States and the
 * states that follow its usage. Canada is kept here too: its pages mix both orders, and month first was the reading
 * before this list existed.
 */
export const MONTH_FIRST_COUNTRIES: ReadonlySet<string> = new Set(['US', 'PH', 'FM', 'MH', 'PW', 'CA']);
