/**
 * Planned events, their intervals and past references on a fourth part of readouts from publishers absent from dev and
 * from every other fixture (`test/fixtures/q2-plans/unseen-fourth.jsonl`, 30 texts written for this set in the house
 * styles of Pakistan, Bangladesh, Malaysia, Iran, Spain, Italy, Sweden, Norway, Finland, Austria, Switzerland, Greece,
 * Hungary, Serbia, Georgia, Uzbekistan, Morocco, Algeria (an undated agency page), Ethiopia, Colombia, NATO, the
 * African Union, the OSCE, Taiwan, and the agencies Xinhua, TASS, Kyodo, Anadolu, WAM and BERNAMA: fuzzy times,
 * dates written "12.09.2024", "2024-12-17", "2024. 10. 08.", "19/02/2025", "(Mar. 14/2024)", headlines that announce
 * what the body states, and one text with no plan). Gold has no meetings or topics: only the plan and reference
 * figures count.
 *
 * Gold conventions where SCHEMA.md is silent: a trip made for an event, stated with one time in one clause ("will
 * travel to Tangier later this month to inaugurate ...", "invited ... to attend the Forum in June next year"), is one
 * event, as a user reading the sentence counts it; each event with its own time is its own ("will travel to Viet Nam
 * and Cambodia on 18-22 November" and "will meet ... on Tuesday 19 November"). A time only world knowledge resolves
 * ("on the margins of the next UNGA", "by the end of the Polish EU Council presidency") is null/null. "before the
 * summer break" is SCHEMA's "before X" with X the summer (reference date .. 08-31). A page with no date of its own
 * resolves nothing ("in the first quarter" null/null).
 *
 * The gold was written and committed before the extractor was first run on these texts. Measured then (the honest
 * figure): plans P 0.97 R 0.82 F1 0.89 (tp 60 fp 2 fn 13), intervals exact 57/60, kind 59/60, references P 0.96
 * R 0.83 F1 0.89. Floors are the figures after this part's fixes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { runEval } from '../src/eval/run-eval.ts';
import { readGold } from '../src/eval/gold-reader.ts';
import { extractRecord } from '../src/pipeline/extract.ts';
import { assertPlanFloors } from './plan-table.ts';
import { extractGold } from './eval-figures.ts';

const FILE = new URL('./fixtures/q2-plans/unseen-fourth.jsonl', import.meta.url).pathname;

describe('plans and references on a fourth part of unseen publishers', () => {
  it('figures at or above the floors measured after its fixes', async () => {
    // Measured 2026-11-27: plans P 1.00 R 0.97 F1 0.99 (tp 71 fp 0 fn 2), intervals 71/71, kind 70/71, references
    // P 1.00 R 0.97 F1 0.98 (tp 28 fp 0 fn 1). Left: "will also meet on the margins of the next UNGA" (an undated
    // meeting beside another meeting plan), "following the one held in Rabat in February 2023" (a pronoun head), "to
    // sign a memorandum ... during the Peruvian minister's next visit" read as the visit.
    assertPlanFloors(await runEval(FILE, extractGold), {
      documents: 30, planGold: 73, planF1: 0.986, planPrecision: 1, intervals: 1, kind: 0.985, referenceF1: 0.982,
    });
  });

  it('no plan of this part is flagged approximate ("as early as mid-January" is no "around")', async () => {
    const flagged: string[] = [];
    for await (const doc of readGold(FILE)) {
      const record = extractRecord({ file: doc.id, text: doc.text, publisher: doc.source.publisher, url: doc.source.url });
      for (const p of record.plannedEvents) if (p.approximate) flagged.push(`${doc.id}: ${p.evidence}`);
    }
    assert.deepEqual(flagged, []);
    // The fixture's gold agrees: no approximate time in it.
    const gold = readFileSync(FILE, 'utf8').split('\n').filter((l) => l !== '').flatMap((l) => (JSON.parse(l) as { gold: { plannedEvents: { approximate: boolean }[] } }).gold.plannedEvents);
    assert.equal(gold.filter((g) => g.approximate).length, 0);
  });
});
