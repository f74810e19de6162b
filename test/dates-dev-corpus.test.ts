import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findTimeExpressions } from '../src/stages/dates/time-expression-finder.ts';

interface GoldPlan {
  readonly evidence: string;
  readonly whenText: string | null;
  readonly start: string | null;
  readonly end: string | null;
}
interface DevDocument {
  readonly id: string;
  readonly publisher: string;
  readonly text: string;
  readonly gold: { readonly published: string | null; readonly meetings: readonly { readonly date: string | null }[]; readonly plannedEvents: readonly GoldPlan[] };
}

const documents: DevDocument[] = readFileSync(new URL('/work/shared/corpus/dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as DevDocument);

/** SCHEMA.md: relative days resolve against the published date, else the meeting date. */
function referenceOf(doc: DevDocument): string | null {
  return doc.gold.published ?? doc.gold.meetings.find((m) => m.date !== null)?.date ?? null;
}

/** US publishers count weeks from Sunday (gold: "starting this week" on Sunday 2024-04-28 -> 04-28..05-04). */
const SUNDAY_WEEK_PUBLISHERS = /White House|Department of (?:State|Commerce)/;

/**
 * Gold times the dates stage cannot produce from the words alone. Each entry is `<doc id>|<whenText>` and why.
 */
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map([
  ['mofa-asean-jp-2012-07-11|on the occasion of the 40th anniversary', 'the year comes from world knowledge (ASEAN-Japan relations began in 1973)'],
]);

describe('dev corpus: gold planned-event times', () => {
  for (const doc of documents) {
    const reference = referenceOf(doc);
    const plans = doc.gold.plannedEvents.filter((p) => p.whenText !== null);
    if (reference === null || plans.length === 0) continue;
    it(doc.id, () => {
      const weekStartsOn = SUNDAY_WEEK_PUBLISHERS.test(doc.publisher) ? 0 : 1;
      const found = findTimeExpressions(doc.text, reference, { weekStartsOn });
      const failures: string[] = [];
      for (const plan of plans) {
        const whenText = plan.whenText ?? '';
        if (KNOWN_GAPS.has(`${doc.id}|${whenText}`)) continue;
        const evidenceAt = doc.text.indexOf(plan.evidence);
        assert.ok(evidenceAt >= 0, `evidence not in text: ${plan.evidence}`);
        const whenAt = evidenceAt + plan.evidence.indexOf(whenText);
        const whenEnd = whenAt + whenText.length;
        const overlapping = found.filter((x) => x.span[0] < whenEnd && x.span[1] > whenAt);
        if (!overlapping.some((x) => x.start === plan.start && x.end === plan.end)) {
          failures.push(
            `"${whenText}" want ${plan.start}..${plan.end}, got ${overlapping.map((x) => `"${x.text}" ${x.start}..${x.end}`).join('; ') || 'nothing'}`,
          );
        }
      }
      if (failures.length > 0) console.log(`${doc.id} (ref ${reference}):\n  ${failures.join('\n  ')}`);
      assert.deepEqual(failures, []);
    });
  }

  it('finds every expression of every document within its text, sorted and non-overlapping', () => {
    for (const doc of documents) {
      const found = findTimeExpressions(doc.text, referenceOf(doc) ?? '2016-05-06');
      found.forEach((x, i) => {
        assert.equal(doc.text.slice(x.span[0], x.span[1]), x.text, doc.id);
        if (i > 0) assert.ok((found[i - 1]?.span[1] ?? 0) <= x.span[0], `${doc.id}: overlap at ${x.text}`);
      });
    }
  });

  it('never overlaps a "for ... minutes/hours" duration', () => {
    const duration = /\bfor\s+(?:about\s+|approximately\s+|around\s+|some\s+|nearly\s+|over\s+|more than\s+)?[\w\s-]{0,30}?\b(?:minutes?|hours?)\b/gi;
    let durations = 0;
    for (const doc of documents) {
      const found = findTimeExpressions(doc.text, referenceOf(doc) ?? '2016-05-06');
      for (const match of doc.text.matchAll(duration)) {
        durations += 1;
        const start = match.index;
        const end = start + match[0].length;
        const hit = found.find((x) => x.span[0] < end && x.span[1] > start);
        assert.equal(hit, undefined, `${doc.id}: "${match[0]}" overlaps "${hit?.text}"`);
      }
    }
    assert.ok(durations >= 5, `expected durations in the dev corpus, found ${durations}`);
  });
});
