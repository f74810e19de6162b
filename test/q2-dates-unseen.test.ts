/**
 * Planned events, their intervals and past references on readouts from publishers the dev set lacks
 * (`test/fixtures/q2-dates/`, texts written for this set in the house styles of India's MEA, Australia's DFAT,
 * Germany's Foreign Office and Federal Government, France, Korea, Türkiye, Brazil, South Africa, Indonesia, Singapore,
 * the EEAS, the UN, the Holy See, Israel, Ukraine, Mexico, New Zealand, Egypt, Saudi Arabia, Kazakhstan, Viet Nam, the
 * Philippines, Nigeria and Kenya; British and American date orders, ordinal days, days without a year across a year
 * end, pages published in late December). Gold has no meetings or topics: only the plan and reference figures count.
 *
 * Two halves: `unseen-first.jsonl` was written first and its failures fixed; `unseen-second.jsonl` was written after
 * those fixes, as the honest generalisation check, and then its own causes were fixed. Floors are the figures
 * measured at the last commit; before the q2-dates work (same texts) they were:
 * - first half: plans P 0.97 R 0.70 F1 0.81 (tp 30 fp 1 fn 13), intervals exact 27/30, references F1 0.97;
 * - second half, before any q2-dates fix: plans P 0.94 R 0.86 F1 0.90 (tp 31 fp 2 fn 5), intervals 30/31,
 *   references F1 0.92; after the first-half fixes, before its own: the same F1 0.90, intervals 31/31.
 * A third batch (`unseen-third.jsonl`, 8 readouts: Ireland, Poland, U.S., Netherlands, Australia's PM, Thailand, Ghana,
 * Chile) was written after all the other fixes, including those from real bulk pages: plans P 0.88 R 0.82 F1 0.85,
 * intervals 13/14 (before any q2-dates fix: F1 0.84, intervals 13/13); two of its causes were then fixed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { runEval, type EvalSummary } from '../src/eval/run-eval.ts';
import { readGold } from '../src/eval/gold-reader.ts';
import { extractRecord } from '../src/pipeline/extract.ts';
import { assertPlanFloors } from './plan-table.ts';
import { extractGold } from './eval-figures.ts';

const FIXTURES = new URL('./fixtures/q2-dates/', import.meta.url).pathname;

async function evaluate(file: string): Promise<EvalSummary> {
  return runEval(`${FIXTURES}${file}`, extractGold);
}

describe('plans and references on unseen publishers', () => {
  it('first half: figures at or above the floors measured after the fixes', async () => {
    // Measured 2026-11-27: plans P 1.00 R 0.95 F1 0.98 (tp 41 fp 0 fn 2), intervals 41/41, kind 41/41, references
    // F1 1.00. Still missed: "the ministers will meet again" beside "will attend the UN General Assembly" in one
    // sentence (an undated meeting beside another), and a conference whose noun phrase starts lower-case.
    assertPlanFloors(await evaluate('unseen-first.jsonl'), {
      documents: 15, planGold: 43, planF1: 0.976, planPrecision: 1, intervals: 1, kind: 1, referenceF1: 1,
    });
  });

  it('second half: figures at or above the floors measured after its own fixes', async () => {
    // Measured 2026-11-27: plans P 1.00 R 0.94 F1 0.97 (tp 34 fp 0 fn 2), intervals 34/34, kind 33/34 (the Raisina
    // Dialogue, a conference, read as a dialogue), references P 1.00 R 0.92 (a partnership "signed in September 2023"
    // is not a reference). Missed: "agreed to hold a review of the USMCA", "will also call on the leadership of the UAE".
    assertPlanFloors(await evaluate('unseen-second.jsonl'), {
      documents: 15, planGold: 36, planF1: 0.971, planPrecision: 1, intervals: 1, kind: 0.97, referenceF1: 0.96,
    });
  });

  it('third batch: figures at or above the floors measured after its two fixes', async () => {
    // Measured 2026-11-27: plans P 0.89 R 0.94 F1 0.91 (tp 16 fp 2 fn 1), intervals 16/16, kind 15/16, references
    // 4/4. Left: "will travel to Abuja for the ECOWAS Summit on 7th July" is two events (the trip, the summit), an
    // undated headline "Thai-Vietnamese Joint Cabinet Retreat to be held in Hanoi" beside its dated body sentence.
    assertPlanFloors(await evaluate('unseen-third.jsonl'), {
      documents: 8, planGold: 17, planF1: 0.914, planPrecision: 0.888, intervals: 1, kind: 0.937, referenceF1: 1,
    });
  });

  it('approximate times are flagged where gold says so, and only there', async () => {
    const wrong: string[] = [];
    let flagged = 0;
    for (const file of ['unseen-first.jsonl', 'unseen-second.jsonl', 'unseen-third.jsonl']) {
      const lines = readFileSync(`${FIXTURES}${file}`, 'utf8').split('\n');
      for await (const doc of readGold(`${FIXTURES}${file}`)) {
        const record = extractRecord({ file: doc.id, text: doc.text, publisher: doc.source.publisher, url: doc.source.url });
        const line = lines[doc.line - 1] ?? '';
        const goldPlans = (JSON.parse(line) as { gold: { plannedEvents: { evidence: string; approximate: boolean }[] } }).gold.plannedEvents;
        for (const g of goldPlans) {
          const at = doc.text.indexOf(g.evidence);
          const p = record.plannedEvents.find((e) => e.provenance.evidence.start < at + g.evidence.length && at < e.provenance.evidence.end);
          if (p !== undefined && p.approximate !== g.approximate) wrong.push(`${doc.id}: ${g.evidence} (${String(p.approximate)})`);
          if (p?.approximate === true) flagged += 1;
        }
      }
    }
    assert.deepEqual(wrong, []);
    assert.equal(flagged, 1); // "around mid-2025"
  });
});
