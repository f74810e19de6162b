/**
 * Shared by the table-driven plan tests: each text's planned events and past references, and one test per row that
 * expects exactly one plan (evidence, interval, kind) or none.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { extractRecord } from '../src/pipeline/extract.ts';

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
