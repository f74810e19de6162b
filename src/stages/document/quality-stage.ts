/**
 * Document-level problems, reported as issues: text that stops mid-sentence, text with nothing to extract,
 * text that reports neither a meeting nor a plan.
 */
import type { Stage } from '../../pipeline/extraction-context.ts';

/** A line that stops without closing punctuation after this many characters was cut off, not a heading. */
const MIN_CUT_LINE = 60;
const CLOSING = /[.!?。:;)\]”"’'»…]$/;

export const qualityStage: Stage = {
  name: 'quality',
  run(ctx) {
    const { doc, text } = ctx;
    if (text.trim() === '') {
      if (!ctx.issues.some((i) => i.code === 'empty')) ctx.issues.push({ code: 'empty', message: 'the document has no text', span: null });
      return;
    }
    const last = [...doc.lines].reverse().find((l) => l.kind !== 'blank' && l.kind !== 'chrome');
    if (last) {
      const body = text.slice(last.contentStart, last.span[1]).trimEnd();
      if (body.length >= MIN_CUT_LINE && (last.kind === 'paragraph' || last.kind === 'list-item') && !CLOSING.test(body)) {
        ctx.issues.push({
          code: 'truncated',
          message: 'the text stops mid-sentence; what follows the cut is missing',
          span: [last.contentStart + body.length - Math.min(body.length, 40), last.contentStart + body.length],
        });
      }
    }
    if (ctx.meetings.length === 0 && ctx.plannedEvents.length === 0) {
      ctx.issues.push({ code: 'not_a_readout', message: 'no meeting and no planned event found: the text may not be a readout', span: null });
    }
  },
};
