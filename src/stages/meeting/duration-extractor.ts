/**
 * Meeting durations: "for approximately 32 minutes", "one hour and 30 minutes", "an approximately three hour long
 * meeting", and totals of parts ("a plenary meeting for approximately 50 minutes and a one-on-one meeting for
 * approximately 15 minutes" -> 65), and clock times that bound the meeting ("from 10:30 a.m. to 11:50 a.m." -> 80).
 */
import type { Evidence } from '../../domain/record.ts';
import { readNumber } from './number-words.ts';

export interface DurationMention {
  readonly minutes: number;
  readonly evidence: Evidence;
}

/** Longer than this is not a meeting's length ("a 24-hour news cycle"). */
const MAX_MEETING_MINUTES = 12 * 60;
const NUM = String.raw`(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|an?)`;
const HOURS = String.raw`(?:hours?|hrs?\.?)`;
const MINUTES = String.raw`(?:minutes?|mins?\.?)`;
// A cue word must precede the number, so "within 24 hours" or "a 24-hour news cycle" are not read as durations.
const CUE = String.raw`\b(?:for|lasted|lasting|lasts|took|of|an?|some|approximately|approx\.|about|around|nearly|almost|roughly|over|more than|just over|just under)\s+`;
const QUALIFIER = String.raw`(?:(?:approximately|approx\.|about|around|some|nearly|almost|roughly|over|more than|just over|just under)\s+)?`;
const DURATION_RE = new RegExp(
  CUE + QUALIFIER +
    String.raw`(?:(?<hAndHalf>${NUM})\s+and\s+a\s+half\s+${HOURS}` +
    String.raw`|(?<hHalf>${NUM})\s+${HOURS}\s+and\s+a\s+half` +
    String.raw`|half\s+an\s+hour` +
    String.raw`|(?<h>${NUM})[\s-]+${HOURS}(?:\s+(?:and\s+)?(?<hm>${NUM})\s+${MINUTES})?` +
    String.raw`|(?<m>${NUM})[\s-]+${MINUTES})`,
  'gi',
);

const UNIT_RE = /\b(?:hours?|hrs?|minutes?|mins?|hour)\b/gi;
/** Longest {@link UNIT_RE} match ("minutes") plus the character its closing `\b` looks at. */
const UNIT_REACH = 8;
/** How far before a unit word a duration may start ("approximately one hour and 20 minutes"). */
const LOOK_BEHIND = 70;

/** Finds duration mentions in `text` between `from` and `to` (offsets into `text`). */
export function findDurations(text: string, from = 0, to = text.length): DurationMention[] {
  const found: DurationMention[] = [];
  // Most of a readout holds no unit word; the full pattern only runs just before one. Unit words are only looked for
  // up to `to` (plus the longest unit word and the character after it, so the result is the same as scanning on).
  UNIT_RE.lastIndex = from;
  const units = to + UNIT_REACH >= text.length ? text : text.slice(0, to + UNIT_REACH);
  let lastEnd = from;
  for (let u = UNIT_RE.exec(units); u && u.index < to; u = UNIT_RE.exec(units)) {
    const unitEnd = u.index + u[0].length;
    if (unitEnd <= lastEnd) continue;
    DURATION_RE.lastIndex = Math.max(lastEnd, u.index - LOOK_BEHIND);
    let m = DURATION_RE.exec(text);
    while (m && m.index + m[0].length < u.index) m = DURATION_RE.exec(text);
    if (!m || m.index >= to || m.index > u.index) continue;
    lastEnd = m.index + m[0].length;
    UNIT_RE.lastIndex = Math.max(UNIT_RE.lastIndex, lastEnd);
    const g = m.groups ?? {};
    let minutes: number | null = null;
    if (g['hAndHalf']) minutes = toMinutes(g['hAndHalf'], 0.5);
    else if (g['hHalf']) minutes = toMinutes(g['hHalf'], 0.5);
    else if (/half\s+an\s+hour/i.test(m[0])) minutes = 30;
    else if (g['h']) {
      const h = readNumber(g['h']);
      const extra = g['hm'] ? readNumber(g['hm']) : 0;
      minutes = h === null || extra === null ? null : Math.round(h * 60 + extra);
    } else if (g['m']) minutes = readNumber(g['m']);
    if (minutes === null || minutes <= 0 || minutes > MAX_MEETING_MINUTES) continue;
    // The evidence starts at the qualifier/number, not at the cue preposition ("for").
    const lead = /^(?:for|lasted|lasting|lasts|took|of|an?|some)\s+/i.exec(m[0]);
    const skip = lead && !/^(?:an?)\s+(?:hour|half)/i.test(m[0]) ? lead[0].length : 0;
    const start = m.index + skip;
    const end = m.index + m[0].length;
    found.push({ minutes, evidence: { text: text.slice(start, end), start, end, rule: 'meeting/duration' } });
  }
  return found;
}

function toMinutes(word: string, plusHours: number): number | null {
  const n = readNumber(word);
  return n === null ? null : Math.round((n + plusHours) * 60);
}

/**
 * The meeting's duration from the mentions of its lead sentence: a stated total wins over the parts that follow it
 * (in parentheses or after "including"); parts joined by "and" with no stated total are summed.
 */
export function pickDuration(text: string, mentions: readonly DurationMention[]): { minutes: number; evidence: Evidence[] } | null {
  const first = mentions[0];
  if (!first) return null;
  const parts: DurationMention[] = [first];
  for (let i = 1; i < mentions.length; i++) {
    const prev = mentions[i - 1]!;
    const cur = mentions[i]!;
    const between = text.slice(prev.evidence.end, cur.evidence.start);
    if (/[.;]/.test(between) || between.length > 80) break;
    // A parenthesis or "including" after the first mention introduces the parts of a total already stated.
    if (/\(|including|of which|consist/i.test(between)) break;
    if (!/\band\b/i.test(between) && !isPartThenSession(text, first, between)) break;
    parts.push(cur);
  }
  // "held a tête-à-tête meeting for about 30 minutes before continuing with a bilateral meeting": the length of one
  // part, and the session that followed has none, so the meeting's is not stated
  const last = parts[parts.length - 1]!;
  if (isPartThenSession(text, first, text.slice(last.evidence.end, last.evidence.end + 160).split(/[.;]/)[0]!)) return null;
  return { minutes: parts.reduce((sum, p) => sum + p.minutes, 0), evidence: parts.map((p) => p.evidence) };
}

/**
 * Whether `first` times a restricted part of the meeting ("a tête-à-tête", "a one-on-one meeting", "talks in a narrow
 * format") and `after` (the words after a part, up to the sentence's end) goes on to a wider session ("before
 * continuing with a bilateral meeting", "followed by expanded talks"): the part is not the whole.
 */
function isPartThenSession(text: string, first: DurationMention, after: string): boolean {
  const before = text.slice(Math.max(0, first.evidence.start - 80), first.evidence.start);
  return PART_BEFORE_RE.test(before) && SESSION_AFTER_RE.test(after);
}

const PART_BEFORE_RE = /\b(?:t[êe]te-[àa]-t[êe]te|one-on-one|one-to-one|restricted|private|closed-door|narrow|limited|small)\b[^.;]*$/i;
const SESSION_AFTER_RE = /^[^.;]{0,40}?\b(?:before\s+(?:continuing|moving\s+on|proceeding|being\s+joined)|followed\s+by|(?:and\s+)?then\s+(?:continued|moved|proceeded|held|joined)|after\s+which)\b[^.;]{0,80}?\b(?:expanded|extended|enlarged|bilateral|plenary|delegations?|delegation-level|broader|wider|full)\b/i;

const CLOCK = String.raw`(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b)?`;
/**
 * "from 10:30 a.m. to 11:50 a.m.", "between 3 p.m. and 4:30 p.m.", "from 14:00 to 15:15": a meeting's start and end.
 * A clock time needs minutes or "a.m."/"p.m." ("from 2 to 3 rounds" is no time).
 */
const TIME_SPAN_RE = new RegExp(String.raw`\b(?:from|between)\s+${CLOCK}\s*(?:to|until|till|and|-|–)\s*${CLOCK}`, 'gi');

/** Minutes since midnight of a clock time, or null; `meridiem` may come from the other end of the span. */
function clockMinutes(hour: string, minute: string | undefined, meridiem: string | undefined): number | null {
  let h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  if (h > 23 || m > 59) return null;
  const pm = meridiem !== undefined && meridiem[0]!.toLowerCase() === 'p';
  if (meridiem !== undefined) {
    if (h > 12 || h === 0) return null;
    if (h === 12) h = pm ? 12 : 0;
    else if (pm) h += 12;
  }
  return h * 60 + m;
}

/**
 * The length of the meetings that `text` between `from` and `to` bounds by clock times ("from 10:30 a.m. to 11:50
 * a.m." -> 80); the first such span only. Evidence: the span's words.
 */
export function findTimeSpanDuration(text: string, from: number, to: number): DurationMention | null {
  const slice = text.slice(from, to);
  if (!/\b(?:from|between)\s+\d/i.test(slice)) return null;
  TIME_SPAN_RE.lastIndex = 0;
  for (let m = TIME_SPAN_RE.exec(slice); m; m = TIME_SPAN_RE.exec(slice)) {
    const [, h1 = '', m1, mer1, h2 = '', m2, mer2] = m;
    if ((m1 === undefined && mer1 === undefined) || (m2 === undefined && mer2 === undefined)) continue;
    const start = clockMinutes(h1, m1, mer1 ?? mer2);
    const end = clockMinutes(h2, m2, mer2 ?? mer1);
    if (start === null || end === null) continue;
    const minutes = end - start;
    if (minutes <= 0 || minutes > MAX_MEETING_MINUTES) continue;
    const at = from + m.index;
    return { minutes, evidence: { text: text.slice(at, at + m[0].length), start: at, end: at + m[0].length, rule: 'meeting/duration-time-span' } };
  }
  return null;
}
