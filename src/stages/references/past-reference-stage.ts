/** Past references as records: each earlier event the text refers to, with its exact words. */
import type { Stage } from '../../pipeline/extraction-context.ts';
import { evidenceAt } from '../../pipeline/extraction-context.ts';
import { findPastReferences } from './past-reference-finder.ts';

export const pastReferenceStage: Stage = {
  name: 'past-references',
  run(ctx) {
    const found = findPastReferences({
      text: ctx.text, sentences: ctx.doc.sentences, times: ctx.times, chrome: ctx.doc.chrome, referenceDate: ctx.referenceDate,
      referenceIsPublished: ctx.published !== null,
      planned: ctx.plannedEvents.map(({ provenance: { evidence } }) => [evidence.start, evidence.end] as const),
    });
    ctx.pastReferences = found.map((f) => ({
      what: f.what,
      evidence: ctx.text.slice(f.span[0], f.span[1]),
      provenance: { evidence: evidenceAt(ctx.text, f.span[0], f.span[1], f.rule) },
    }));
  },
};
