/**
 * Turns the plan finder's results into records: each planned event with its time interval and the countries and
 * people named inside its evidence.
 */
import type { TimeExpression } from '../../domain/mentions.ts';
import type { PlannedEvent } from '../../domain/record.ts';
import type { ExtractionContext, Stage } from '../../pipeline/extraction-context.ts';
import { evidenceAt } from '../../pipeline/extraction-context.ts';
import { findPlannedEvents } from './plan-finder.ts';

export const planStage: Stage = {
  name: 'plans',
  run(ctx) {
    const found = findPlannedEvents({
      text: ctx.text, sentences: ctx.doc.sentences, times: ctx.times, chrome: ctx.doc.chrome, referenceDate: ctx.referenceDate,
      referenceIsPublished: ctx.published !== null,
    });
    const dayReference = hasDayReference(ctx);
    ctx.plannedEvents = found.map((f): PlannedEvent => {
      const [s, e] = f.span;
      const t = f.time;
      // "Tomorrow", "next week", "on Tuesday" need the day the text was written: without one, the words stay, undated.
      const dated = t !== null && !(t.relative && !dayReference && DAY_PRECISIONS.has(t.precision));
      return {
        what: f.what,
        evidence: ctx.text.slice(s, e),
        // A time read into a possessive ("in Friday’s meeting") is quoted from where the evidence starts: "Friday".
        whenText: t ? (t.span[0] < s && t.span[1] > s ? ctx.text.slice(s, t.span[1]) : t.text) : null,
        start: dated ? t.start : null,
        end: dated ? t.end : null,
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
    });
  },
};

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
