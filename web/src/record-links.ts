/**
 * Small pieces every page shows the same way: links to meetings, dyads, documents and evidence; level, mode and
 * status badges; a plan's time as written beside its interval.
 */
import type { Evidence, FollowUpStatus, Level, Mode, PlanView, SourceView } from './api-client.ts';
import { h } from './dom-builder.ts';
import { dyadName, intervalLabel, levelName, modeName, sourceName } from './display-format.ts';

export function dyadLink(dyad: string): HTMLAnchorElement {
  return h('a', { href: `/dyad/${encodeURIComponent(dyad)}` }, dyadName(dyad));
}

export function meetingLink(id: number, text: string): HTMLAnchorElement {
  return h('a', { href: `/meeting/${id}` }, text);
}

/** A link to a document, optionally to one span of its text (the document page highlights it). */
export function documentLink(documentId: number, text: string, evidence?: Pick<Evidence, 'start' | 'end'> | null): HTMLAnchorElement {
  const hl = evidence === null || evidence === undefined ? '' : `?start=${evidence.start}&end=${evidence.end}`;
  return h('a', { href: `/documents/${documentId}${hl}` }, text);
}

export function sourceLink(source: SourceView): HTMLElement {
  return h('span', { class: 'source' },
    documentLink(source.documentId, sourceName(source)),
    source.url === null ? null : [' ', h('a', { href: source.url, class: 'external', rel: 'noopener noreferrer', target: '_blank' }, 'original')]);
}

export function levelBadge(level: Level | null): HTMLElement {
  return h('span', { class: ['badge', 'level', `level-${level ?? 'unknown'}`] }, levelName(level));
}

export function modeBadge(mode: Mode): HTMLElement {
  return h('span', { class: ['badge', 'mode', `mode-${mode}`] }, modeName(mode));
}

export function statusBadge(status: FollowUpStatus): HTMLElement {
  return h('span', { class: ['badge', 'status', `status-${status}`] }, status);
}

/** The plan's time as the source wrote it, beside the normalised interval. */
export function planWhen(plan: Pick<PlanView, 'whenText' | 'start' | 'end' | 'approximate'>): HTMLElement {
  return h('span', { class: 'when' },
    plan.whenText === null ? h('span', { class: 'as-written none' }, 'no time stated') : h('q', { class: 'as-written' }, plan.whenText),
    ' ',
    h('span', { class: 'interval' }, `(${plan.approximate ? '≈ ' : ''}${intervalLabel(plan.start, plan.end)})`));
}

/** A follow-up card: what, when (as written and normalised), status, announcing source with its evidence, and what held it. */
export function planCard(plan: PlanView, options: { readonly headingLevel?: 'h3' | 'h4' } = {}): HTMLElement {
  const heading = h(options.headingLevel ?? 'h3', { class: 'plan-what' }, plan.what);
  return h('article', { class: ['plan-card', `status-${plan.status}`], 'data-plan-id': plan.id },
    heading,
    h('p', {}, statusBadge(plan.status), ' ', h('span', { class: 'kind' }, plan.kind), ' ', planWhen(plan)),
    h('blockquote', { class: 'evidence-quote' }, plan.evidence.text),
    h('p', { class: 'meta' },
      'Announced ', plan.announced ?? '(undated)', ' by ', sourceLink(plan.source), ' · ',
      documentLink(plan.source.documentId, 'show evidence', plan.evidence)),
    plan.heldBy === null ? null : h('p', { class: 'meta held-by' },
      'Held: ',
      plan.heldBy.meetingId === null ? null : [meetingLink(plan.heldBy.meetingId, `meeting ${plan.heldBy.meetingId}`), ' — '],
      h('q', {}, plan.heldBy.evidence.text),
      plan.heldBy.sources[0] === undefined ? null : [' (', documentLink(plan.heldBy.sources[0].documentId, 'evidence', plan.heldBy.evidence), ')'],
      plan.heldBy.decidedBy === 'confirmed' ? [' ', h('span', { class: 'badge corrected' }, 'confirmed by analyst')] : null));
}
