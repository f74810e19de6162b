/** Foreign-language terms as records: the term, its English gloss and abbreviation, each with its evidence. */
import type { Stage } from '../../pipeline/extraction-context.ts';
import { evidenceAt } from '../../pipeline/extraction-context.ts';
import { findTerms } from './term-finder.ts';

export const termStage: Stage = {
  name: 'terms',
  run(ctx) {
    const { text } = ctx;
    ctx.terms = findTerms(text).map((f) => ({
      term: f.term.text,
      gloss: f.gloss?.text ?? null,
      abbreviation: f.abbreviation?.text ?? null,
      provenance: {
        term: evidenceAt(text, f.term.span[0], f.term.span[1], f.rule),
        gloss: f.gloss ? evidenceAt(text, f.gloss.span[0], f.gloss.span[1], f.rule) : null,
        abbreviation: f.abbreviation ? evidenceAt(text, f.abbreviation.span[0], f.abbreviation.span[1], f.rule) : null,
      },
    }));
  },
};
