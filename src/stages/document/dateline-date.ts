/**
 * The date of a dateline, read directly. The segmenter's dateline detector has already found a full date in one of
 * a few fixed forms ("September 18, 2017", "18 September 2017", "2024-03-27", "03/27/2024", "27.03.2024", "27 Marzo
 * 2024"); turning those into ISO needs no general date parser, and chrono-node's fixed cost per call (tens of
 * microseconds, more than all of this stage) bought nothing here. Month names in several languages are data below.
 */

/** Month names (lower case, as the dateline detector accepts them) to month numbers. */
const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      ['january jan janvier januar enero gennaio janeiro января январь', 1],
      ['february feb février fevrier februar febrero febbraio fevereiro февраля февраль', 2],
      ['march mar mars märz maerz marzo março марта март', 3],
      ['april apr avril abril aprile апреля апрель', 4],
      ['may mai mayo maggio maio мая май', 5],
      ['june jun juin juni junio giugno junho июня июнь', 6],
      ['july jul juillet juli julio luglio julho июля июль', 7],
      ['august aug août aout agosto августа август', 8],
      ['september sep sept septembre septiembre setiembre settembre setembro сентября сентябрь', 9],
      ['october oct octobre oktober octubre ottobre outubro октября октябрь', 10],
      ['november nov novembre noviembre novembro ноября ноябрь', 11],
      ['december dec décembre decembre dezember diciembre dicembre dezembro декабря декабрь', 12],
    ] as const
  ).flatMap(([names, month]) => names.split(' ').map((n) => [n, month] as const)),
);

const NAMED_DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?([\p{L}]+)\.?,?\s+(?:de\s+)?(\d{4})/u;
const NAMED_MONTH_FIRST = /^([\p{L}]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/u;
const ISO = /^(\d{4})-(\d{2})-(\d{2})/;
const YEAR_FIRST = /^(\d{4})[./](\d{1,2})[./](\d{1,2})/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})/;

/**
 * ISO date of a full date written at the start of `s`, or null. Numeric `a/b/yyyy` is read month first (US
 * practice) unless the first number cannot be a month; `dd.mm.yyyy` is day first (European practice).
 */
export function datelineDate(s: string): string | null {
  let m = NAMED_MONTH_FIRST.exec(s);
  if (m) return iso(Number(m[3]), MONTHS[m[1]!.toLowerCase()], Number(m[2]));
  m = NAMED_DAY_FIRST.exec(s);
  if (m) return iso(Number(m[3]), MONTHS[m[2]!.toLowerCase()], Number(m[1]));
  m = ISO.exec(s) ?? YEAR_FIRST.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SLASHED.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return a > 12 ? iso(Number(m[3]), b, a) : iso(Number(m[3]), a, b);
  }
  m = DOTTED.exec(s);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

function iso(year: number, month: number | undefined, day: number): string | null {
  if (!month || month < 1 || month > 12 || day < 1 || year < 1000) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
