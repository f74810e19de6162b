/**
 * Turns the plan finder's results into records: each planned event with its time interval and the countries and
 * people named inside its evidence.
 */
import type { TimeExpression } from '../../domain/mentions.ts';
import type { PlannedEvent } from '../../domain/record.ts';
import type { ExtractionContext, Stage } from '../../pipeline/extraction-context.ts';
import { evidenceAt } from '../../pipeline/extraction-context.ts';
import { findPlannedEvents, headlineEnd, NOT_NAME_WORDS, type FoundPlan } from './plan-finder.ts';
import { isDatelineReference } from '../dates/reference-date-fallback.ts';
import { addDays, formatCalendarDay, parseIsoDate } from '../dates/iso-calendar.ts';

export const planStage: Stage = {
  name: 'plans',
  run(ctx) {
    const found = findPlannedEvents({
      text: ctx.text, sentences: ctx.doc.sentences, times: ctx.times, chrome: ctx.doc.chrome, referenceDate: ctx.referenceDate,
      referenceIsPublished: ctx.published !== null || isDatelineReference(ctx.text, ctx.times, ctx.referenceDate),
    });
    const dayReference = hasDayReference(ctx);
    ctx.plannedEvents = withoutBodyRepeats(withoutHeadlineRepeats(ctx.text, found).map((f): PlannedEvent => {
      const [s, e] = f.span;
      const t = f.time;
      // "Tomorrow", "next week", "on Tuesday" need the day the text was written: without one, the words stay, undated.
      const dated = t !== null && !(t.relative && !dayReference && DAY_PRECISIONS.has(t.precision));
      return {
        what: f.what,
        evidence: ctx.text.slice(s, e),
        // A time read into a possessive ("in Friday’s meeting") is quoted from where the evidence starts: "Friday".
        whenText: t ? (t.span[0] < s && t.span[1] > s ? ctx.text.slice(s, t.span[1]) : t.text) : null,
        start: dated ? weekAhead(t, ctx.referenceDate) : null,
        end: dated ? weekAhead(t, ctx.referenceDate, 'end') : null,
        kind: f.kind,
        approximate: t?.approximate ?? false,
        countries: namedWithin(ctx, s, e),
        people: [...new Set(ctx.people.filter((p) => p.span[0] >= s && p.span[1] <= e).map((p) => p.name))],
        provenance: {
          evidence: evidenceAt(ctx.text, s, e, f.rule),
          when: t ? evidenceAt(ctx.text, t.span[0], t.span[1], t.rule) : null,
          kind: evidenceAt(ctx.text, f.kindSpan[0], f.kindSpan[1], `plans/kind-${f.kind}`),
        },
      };
    }));
  },
};

/** Words that make a second mention another event of its kind ("will meet him again", "a second meeting"). */
const ANOTHER_EVENT_RE = /\b(?:again|another|second|further|follow-up|next|subsequent)\b/i;

/**
 * Plans the body states twice: "On July 10, President Biden will host Prime Minister Keir Starmer ... for a bilateral
 * meeting at the White House. President Biden looks forward to his first meeting with Prime Minister Starmer": one
 * meeting. A plan goes when another of its kind names a person it names and gives the same time, or a time where it
 * gives none: the later of two mentions with the same time, the undated one of a dated and an undated one.
 */
function withoutBodyRepeats(plans: PlannedEvent[]): PlannedEvent[] {
  if (plans.length < 2) return plans;
  return plans.filter((p, i) => !plans.some((q, j) => j !== i && q.kind === p.kind && !ANOTHER_EVENT_RE.test(p.evidence)
    && p.people.some((name) => q.people.includes(name))
    && (p.start === null ? q.start !== null || j < i : p.start === q.start && p.end === q.end && j < i)));
}

/**
 * Plans of the headline that the body states again: "Lavrov to hold talks with Mongolian counterpart" over "Lavrov will
 * hold talks with ... on March 14", "Anwar, Wong to hold annual Leaders' Retreat in January" over "... for the 11th
 * Leaders' Retreat in Putrajaya on Jan 7". A headline plan goes when a body plan has its kind and a time within its own
 * (any time when the headline gives none): one event, announced twice, is one planned event, with the body's evidence.
 */
function withoutHeadlineRepeats(text: string, found: readonly FoundPlan[]): readonly FoundPlan[] {
  const end = headlineEnd(text);
  if (end < 0 || !found.some((f) => f.span[0] < end)) return found;
  const body = found.filter((f) => f.span[0] > end);
  return found.filter((f) => f.span[0] > end || !body.some((b) => b.kind === f.kind && ((within(b.time, f.time) && (shareName(text, f, b) || sameHeadUnnamed(text, f, b))) || restatesInContext(text, f, b))));
}

/** The end of a sentence or line. */
const SENTENCE_STOP_RE = /[.!?](?=\s|$)|\n/u;
/** Capitalised words of titles, offices and event nouns, which two different events share ("Foreign Minister", "Summit"). */
const OFFICE_NAME_WORDS: ReadonlySet<string> = new Set(['Minister', 'Ministers', 'Ministry', 'Foreign', 'Affairs', 'President', 'Prime', 'Secretary',
  'General', 'State', 'Deputy', 'Vice', 'Government', 'Chancellor', 'Premier', 'Head', 'Heads', 'Leader', 'Leaders', 'Delegation', 'Official',
  // and the nouns of events, which name none by themselves ("G20 Summit", "the SADC Summit")
  'Summit', 'Meeting', 'Meetings', 'Conference', 'Session', 'Forum', 'Council', 'Commission', 'Committee', 'Assembly', 'Dialogue', 'Talks',
  'Consultations', 'Visit', 'Working', 'Annual', 'Extraordinary', 'Special', 'Joint', 'Ministerial', 'Bilateral']);

/**
 * An undated headline plan whose evidence names nothing ("The Andean Council of Foreign Ministers will meet in Lima")
 * and a dated body plan ("the Andean Council of Foreign Ministers will hold an extraordinary meeting on 14 May in
 * Lima"), the headline's words from its verb to the line's end and the body's from its event to the sentence's end
 * sharing a name that is no office ("Lima"). The names before the verbs are the subjects, which two events of one
 * visitor share ("Wong will meet Lavrov", "Wong will meet Wang Yi").
 */
function restatesInContext(text: string, headline: FoundPlan, body: FoundPlan): boolean {
  if (headline.time !== null || body.time === null) return false;
  const lineEnd = text.indexOf('\n', headline.span[1]);
  const names = contextNames(text.slice(headline.span[0], lineEnd < 0 ? text.length : lineEnd));
  if (names.size === 0) return false;
  const stop = SENTENCE_STOP_RE.exec(text.slice(body.span[1]));
  for (const w of contextNames(text.slice(body.span[0], body.span[1] + (stop ? stop.index : text.length)))) if (names.has(w)) return true;
  return false;
}

/** The capitalised words of `s` that can name an event, its body or its place: no determiner, pronoun or office word. */
function contextNames(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of s.matchAll(NAME_WORD_RE)) if (!NOT_NAME_WORDS.has(m[0]) && !OFFICE_NAME_WORDS.has(m[0])) out.add(m[0]);
  return out;
}

const NAME_WORD_RE = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}’'-]+/gu;
/** Capitalised words that name no particular event: event nouns, determiners, ranks. */
const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'his', 'her', 'their', 'its', 'session', 'sessions', 'meeting', 'meetings', 'summit', 'talks', 'visit',
  'conference', 'forum', 'dialogue', 'consultations', 'commission', 'committee', 'council', 'assembly', 'retreat', 'round',
  'ministerial', 'national', 'day', 'ordinary', 'extraordinary', 'annual', 'joint', 'minister', 'ministers', 'foreign', 'president',
  'prime',
]);

/** Words naming the event in a plan's evidence, outside its time. */
function nameWordsOf(text: string, f: FoundPlan): Set<string> {
  const out = new Set<string>();
  const [t0, t1] = f.time?.span ?? [0, 0];
  for (const m of text.slice(f.span[0], f.span[1]).matchAll(NAME_WORD_RE)) {
    const at = f.span[0] + m.index;
    const word = m[0].toLowerCase();
    if ((at < t0 || at >= t1) && !GENERIC_NAME_WORDS.has(word)) out.add(word);
  }
  return out;
}

/**
 * True when the two plans share a word of their names ("Mongolian", "Leaders’", "Expo"), or one's name word is the
 * other's name written as an acronym ("NAM" and "Non-Aligned Movement"): "Minister Pandor to co-chair the 11th Session
 * of the ... Bi-National Commission" and "will attend the 37th Ordinary Session of the AU Assembly" share only
 * "Session", and are two events.
 */
function shareName(text: string, a: FoundPlan, b: FoundPlan): boolean {
  const x = nameWordsOf(text, a);
  const y = nameWordsOf(text, b);
  for (const w of y) if (x.has(w)) return true;
  return abbreviates(text, a, x, b) || abbreviates(text, b, y, a);
}

/**
 * "ECOWAS Authority to hold Extraordinary Summit" over "will hold an Extraordinary Summit on Saturday in Abuja": the
 * same head noun (or verb), and one of the two names nothing beyond generic words (GENERIC_NAME_WORDS): nothing says
 * they are two events.
 */
function sameHeadUnnamed(text: string, a: FoundPlan, b: FoundPlan): boolean {
  if (headWordOf(text, a) !== headWordOf(text, b)) return false;
  return nameWordsOf(text, a).size === 0 || nameWordsOf(text, b).size === 0;
}

/** The last word of the words that decided a plan's kind, in lower case and singular ("State Visit" -> "visit"). */
function headWordOf(text: string, f: FoundPlan): string {
  const words = text.slice(f.kindSpan[0], f.kindSpan[1]).toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');
  return (words.at(-1) ?? '').replace(/s$/, '');
}

/** Lower-case joiners an acronym may skip or take a letter from ("Economic Community of West African States"). */
const ACRONYM_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in']);
const ACRONYM_RE = /^\p{Lu}{2,6}$/u;

/**
 * True when one of `f`'s name words (`names`, from {@link nameWordsOf}) is written in capitals in `f`'s evidence and is
 * the acronym of consecutive words of `g`'s evidence.
 */
function abbreviates(text: string, f: FoundPlan, names: ReadonlySet<string>, g: FoundPlan): boolean {
  if (names.size === 0) return false;
  let tokens: string[] | null = null;
  for (const m of text.slice(f.span[0], f.span[1]).matchAll(NAME_WORD_RE)) {
    const acronym = m[0];
    if (!ACRONYM_RE.test(acronym) || !names.has(acronym.toLowerCase())) continue;
    tokens ??= text.slice(g.span[0], g.span[1]).split(/[^\p{L}\p{N}’']+/u).filter((w) => w !== '');
    for (let i = 0; i < tokens.length; i++) if (initialsFrom(tokens, i, acronym, 0)) return true;
  }
  return false;
}

/** True when `acronym` from letter `j` on is the initials of `tokens` from `i` on (capitalised words; joiners optional). */
function initialsFrom(tokens: readonly string[], i: number, acronym: string, j: number): boolean {
  if (j === acronym.length) return true;
  const token = tokens[i];
  if (token === undefined) return false;
  const first = token.charAt(0);
  if (ACRONYM_JOINERS.has(token)) {
    return (j > 0 && initialsFrom(tokens, i + 1, acronym, j)) || (first.toUpperCase() === acronym.charAt(j) && initialsFrom(tokens, i + 1, acronym, j + 1));
  }
  return first === acronym.charAt(j) && initialsFrom(tokens, i + 1, acronym, j + 1);
}

/** True when `inner`'s interval lies within `outer`'s, or `outer` has none. */
function within(inner: TimeExpression | null, outer: TimeExpression | null): boolean {
  if (outer === null || outer.start === null || outer.end === null) return true;
  return inner !== null && inner.start !== null && inner.end !== null && inner.start >= outer.start && inner.end <= outer.end;
}

/** A weekday alone: "on Friday", "Friday", "this Friday". */
const BARE_WEEKDAY_RE = /^(?:on\s+)?(?:this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/**
 * The time's start (or end) as a planned event reads it. A weekday alone that falls on the reference date itself ("she
 * will open the consulate on Friday" in a release dated Friday) is the next one: an event ahead on the very day of
 * writing is said to happen "today".
 */
function weekAhead(t: TimeExpression, reference: string | null, side: 'start' | 'end' = 'start'): string | null {
  const day = side === 'start' ? t.start : t.end;
  if (day === null || reference === null || !t.relative || t.start !== reference || t.end !== reference || !BARE_WEEKDAY_RE.test(t.text)) return day;
  return formatCalendarDay(addDays(parseIsoDate(day), 7));
}

const DAY_PRECISIONS: ReadonlySet<TimeExpression['precision']> = new Set(['day', 'days', 'week']);

/**
 * Whether the document's reference date is a day it states: its published date, or a day written in full in its text.
 * Without a published date the times stage falls back on a date the text writes in full (reference-date-fallback.ts),
 * which may be only a month ("In November 2024, ..."), whose last day is then no basis for "tomorrow".
 */
function hasDayReference(ctx: ExtractionContext): boolean {
  if (ctx.published !== null) return true;
  return ctx.times.some((t) => t.precision === 'day' && !t.relative && !t.yearImplied && t.start === ctx.referenceDate);
}

function namedWithin(ctx: ExtractionContext, s: number, e: number): string[] {
  const codes = ctx.countries.filter((c) => c.span[0] >= s && c.span[1] <= e).map((c) => c.code);
  return [...new Set(codes)].sort();
}
