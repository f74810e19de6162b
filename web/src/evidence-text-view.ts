/**
 * A document's text with its evidence spans marked. The text is split at every span boundary and inserted as Text
 * nodes inside `<mark>` elements, never as markup, so whatever the document contains (`<script>`, `onerror=`) shows
 * literally. Activating a set of highlights marks their words and scrolls the first into view.
 */
import { h } from './dom-builder.ts';

/** One span to mark: `[start, end)` in UTF-16 code units of the document text, as Evidence offsets are. */
export interface Highlight {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** What the words are evidence of ("Date", "Plan: a visit"), shown as the mark's tooltip. */
  readonly label: string;
}

export interface EvidenceTextView {
  readonly element: HTMLElement;
  /** Marks the words of the highlights `ids` as active (clearing others); returns the first active mark, if any. */
  activate(ids: readonly string[]): HTMLElement | null;
}

/** The text of a document with `highlights` marked; `label` names the panel for assistive technology. */
export function evidenceTextView(text: string, highlights: readonly Highlight[], label: string): EvidenceTextView {
  const spans = highlights
    .map((hl) => ({ ...hl, start: clamp(hl.start, text.length), end: clamp(hl.end, text.length) }))
    .filter((hl) => hl.end > hl.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const container = h('div', { class: 'source-text', role: 'region', 'aria-label': label, tabindex: 0 });
  const marks: { element: HTMLElement; ids: Set<string> }[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i] ?? 0;
    const to = bounds[i + 1] ?? from;
    const piece = text.slice(from, to);
    const covering = spans.filter((s) => s.start <= from && s.end >= to);
    if (covering.length === 0) {
      container.appendChild(document.createTextNode(piece));
      continue;
    }
    const mark = h('mark', {
      class: 'evidence',
      title: [...new Set(covering.map((s) => s.label))].join('; '),
      'data-start': from,
      'data-end': to,
    }, piece);
    marks.push({ element: mark, ids: new Set(covering.map((s) => s.id)) });
    container.appendChild(mark);
  }
  return {
    element: container,
    activate(ids) {
      const wanted = new Set(ids);
      let first: HTMLElement | null = null;
      for (const m of marks) {
        const on = [...m.ids].some((id) => wanted.has(id));
        m.element.classList.toggle('is-active', on);
        if (on && first === null) first = m.element;
      }
      if (first !== null) first.scrollIntoView({ block: 'center', behavior: 'auto' });
      return first;
    },
  };
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(max, Math.trunc(n)));
}
