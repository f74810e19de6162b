/**
 * Stored documents, and one document: its text (with a span highlighted when the URL gives `start` and `end`, as
 * evidence links do, and every topic and plan marked), its problems, and the meetings it reports.
 */
import { api } from '../api-client.ts';
import { h } from '../dom-builder.ts';
import { hostOrFile } from '../display-format.ts';
import { evidenceTextView, type Highlight } from '../evidence-text-view.ts';
import { meetingLink } from '../record-links.ts';
import type { Page } from '../page-router.ts';

export const documentsPage: Page = async ({ url }) => {
  const offset = Math.max(0, Number(url.searchParams.get('offset') ?? 0) || 0);
  const limit = 100;
  const page = await api.documents({ limit, offset });
  return {
    title: 'Documents',
    nav: 'documents',
    content: h('section', {},
      h('h1', {}, 'Documents'),
      h('p', { class: 'lede' }, 'Every stored readout, most recently ingested first. ', h('a', { href: '/add' }, 'Add readouts')),
      page.items.length === 0 ? h('p', { class: 'empty' }, 'No documents.') : h('table', { class: 'data-table' },
        h('thead', {}, h('tr', {}, ['Title', 'Publisher', 'Published', 'Source', 'Status', 'Ingested'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, page.items.map((d) => h('tr', {},
          h('th', { scope: 'row' }, h('a', { href: `/documents/${d.id}` }, d.title ?? `Document ${d.id}`)),
          h('td', {}, d.publisher ?? '—'),
          h('td', {}, d.published ?? '—'),
          h('td', {}, hostOrFile(d)),
          h('td', {}, d.status === 'ok' ? 'ok' : h('span', { class: 'badge status-overdue', title: d.error ?? '' }, 'failed')),
          h('td', {}, d.ingestedAt.slice(0, 16).replace('T', ' ')))))),
      h('nav', { class: 'pager', 'aria-label': 'Pages' },
        offset > 0 ? h('a', { href: `/documents?offset=${Math.max(0, offset - limit)}` }, '‹ Newer') : null,
        page.items.length === limit ? h('a', { href: `/documents?offset=${offset + limit}` }, 'Older ›') : null)),
  };
};

export const documentPage: Page = async ({ params, url }) => {
  const doc = await api.document(Number(params['id']));
  const start = Number(url.searchParams.get('start'));
  const end = Number(url.searchParams.get('end'));
  const wanted = url.searchParams.has('start') && Number.isFinite(start) && Number.isFinite(end) && end > start;
  const highlights: Highlight[] = [];
  if (wanted) highlights.push({ id: 'wanted', start, end, label: 'Evidence' });
  const topics = doc.record?.topics ?? [];
  (doc.record?.provenance?.topics ?? []).forEach((e, i) => highlights.push({ id: `topic:${i}`, start: e.start, end: e.end, label: `Topic: ${topics[i] ?? ''}` }));
  const view = evidenceTextView(doc.text, highlights, `Text of ${doc.title ?? `document ${doc.id}`}`);
  if (wanted) queueMicrotask(() => view.activate(['wanted']));
  return {
    title: doc.title ?? `Document ${doc.id}`,
    nav: 'documents',
    content: h('article', { class: 'document-page', 'data-document-id': doc.id },
      h('p', { class: 'breadcrumbs' }, h('a', { href: '/documents' }, 'Documents'), ' › ', `Document ${doc.id}`),
      h('h1', {}, doc.title ?? `Document ${doc.id}`),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Publisher'), h('dd', {}, doc.publisher ?? '—'),
        h('dt', {}, 'Published'), h('dd', {}, doc.published ?? '—'),
        h('dt', {}, 'Source'), h('dd', {}, doc.url === null ? (doc.file ?? '—') : h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, doc.url)),
        h('dt', {}, 'Version'), h('dd', {}, `${doc.version}${doc.current ? '' : ' (superseded)'}`),
        h('dt', {}, 'Meetings'), h('dd', {}, doc.meetingIds.length === 0 ? 'none' : doc.meetingIds.map((id, i) => [i > 0 ? ', ' : '', meetingLink(id, `meeting ${id}`)])),
        h('dt', {}, 'Topics'), h('dd', {}, topics.length === 0 ? 'none' : topics.join(', '))),
      doc.status === 'failed' ? h('p', { class: 'error', role: 'alert' }, `Extraction failed: ${doc.error ?? 'unknown error'}`) : null,
      doc.issues.length === 0 ? null : h('details', { class: 'issues' }, h('summary', {}, `${doc.issues.length} problem${doc.issues.length === 1 ? '' : 's'} found in this document`),
        h('ul', {}, doc.issues.map((i) => h('li', {}, h('code', {}, i.code), ' ', i.message)))),
      h('h2', {}, 'Text'),
      wanted ? h('p', { class: 'highlight-status', role: 'status' }, `Highlighted: “${doc.text.slice(start, end)}”`) : null,
      view.element),
  };
};
