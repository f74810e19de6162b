/**
 * Shared by the plan tests: each text's planned events and past references; one test per row that expects exactly one
 * plan (evidence, interval, kind) or none, or a time expression's interval; the plan figures of an unseen-publisher
 * part held to its floors.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { EvalSummary } from '../src/eval/run-eval.ts';
import { extractRecord } from '../src/pipeline/extract.ts';
import { findTimeExpressions } from '../src/stages/dates/time-expression-finder.ts';

export interface Plan { evidence: string; whenText: string | null; start: string | null; end: string | null; kind: string }

export const plansOf = (text: string): Plan[] =>
  extractRecord({ file: 't.txt', text }).plannedEvents.map((p) => ({ evidence: p.evidence, whenText: p.whenText, start: p.start, end: p.end, kind: p.kind }));

export const refsOf = (text: string): string[] => extractRecord({ file: 't.txt', text }).pastReferences.map((r) => r.evidence);

/** [text, evidence, start, end, kind]: exactly one plan, with this evidence, interval and kind. */
export type Row = readonly [string, string, string | null, string | null, string];

export function onePlan(rows: readonly Row[]): void {
  for (const [text, evidence, start, end, kind] of rows) {
    it(evidence, () => {
      const plans = plansOf(text);
      assert.equal(plans.length, 1, JSON.stringify(plans));
      const p = plans[0] as Plan;
      assert.deepEqual([p.evidence, p.start, p.end, p.kind], [evidence, start, end, kind]);
    });
  }
}

export function noPlan(texts: readonly string[]): void {
  for (const text of texts) it(`no plan: ${text.split('\n').at(-1)}`, () => assert.deepEqual(plansOf(text), []));
}

/** [text, reference, expected span text, start, end] */
export type IntervalRow = readonly [string, string, string, string | null, string | null];

/** One test per row: the time expression `when` found in `text` at reference date `ref` spans `[start, end]`. */
export function intervalTable(rows: readonly IntervalRow[]): void {
  for (const [text, ref, when, start, end] of rows) {
    it(`${text} @${ref}`, () => {
      const found = findTimeExpressions(text, ref);
      const x = found.find((e) => e.text === when);
      assert.ok(x, `no "${when}" in ${JSON.stringify(found.map((e) => e.text))}`);
      assert.deepEqual([x.start, x.end], [start, end]);
    });
  }
}

/** Floors of an unseen-publisher part's plan figures, with its document and gold plan counts. */
export interface PlanFloors {
  readonly documents: number;
  readonly planGold: number;
  readonly planF1: number;
  readonly planPrecision: number;
  readonly intervals: number;
  readonly kind: number;
  readonly referenceF1: number;
}

/** Fails unless no document failed, the counts are `floors`' and every plan figure is at or above its floor. */
export function assertPlanFloors(s: EvalSummary, floors: PlanFloors): void {
  assert.deepEqual(s.failures, []);
  assert.equal(s.figures.documents, floors.documents);
  const plans = s.figures.plannedEvents;
  assert.equal(plans.tp + plans.fn, floors.planGold);
  const measured: Record<string, number | null> = {
    'plan F1': plans.f1,
    'plan precision': plans.precision,
    'intervals exact': s.figures.plannedIntervals.value,
    kind: s.figures.plannedKind.value,
    'reference F1': s.figures.pastReferences.f1,
  };
  const wanted: Record<string, number> = {
    'plan F1': floors.planF1,
    'plan precision': floors.planPrecision,
    'intervals exact': floors.intervals,
    kind: floors.kind,
    'reference F1': floors.referenceF1,
  };
  const below = Object.entries(wanted).filter(([k, v]) => (measured[k] ?? 0) < v - 1e-9).map(([k, v]) => `${k}: ${measured[k]} < ${v.toFixed(3)}`);
  assert.deepEqual(below, []);
}
