/**
 * One relationship: its meetings on a time axis and as a list (level and mode visible), the topics raised year by
 * year, the follow-up board (pending / held / overdue, each with its evidence), and meetings per year by level.
 */
import { api, icsPath, type MeetingView, type PlanView } from '../api-client.ts';
import { h } from '../dom-builder.ts';
import { dyadName } from '../display-format.ts';
import { meetingTimelineStrip } from '../meeting-timeline-strip.ts';
import { levelBadge, meetingLink, modeBadge, planCard } from '../record-links.ts';
import { yearLevelChart, type YearLevelCount } from '../year-level-chart.ts';
import type { Page } from '../page-router.ts';

/** Most source documents read for the topics table (the newest ones). */
const TOPIC_DOCUMENTS = 60;

export const dyadPage: Page = async ({ params, url }) => {
  const dyad = (params['dyad'] ?? '').toUpperCase();
  const asOf = url.searchParams.get('asOf') ?? undefined;
  const timeline = await api.timeline(dyad, asOf);
  const meetings = timeline.items.flatMap((e) => (e.kind === 'meeting' ? [e.meeting] : []));
  const plans = timeline.items.flatMap((e) => (e.kind === 'plan' ? [e.plan] : []));
  const name = dyadName(dyad);

  return {
    title: name,
    nav: 'relations',
    content: h('article', { class: 'dyad-page' },
      h('p', { class: 'breadcrumbs' }, h('a', { href: '/' }, 'Relations'), ' › ', dyad),
      h('h1', {}, `${name} relations`),
      h('p', { class: 'lede' },
        `${meetings.length} meeting${meetings.length === 1 ? '' : 's'}, ${plans.length} announced plan${plans.length === 1 ? '' : 's'}; statuses as of ${timeline.asOf}. `,
        h('a', { href: icsPath(dyad), download: `readout-${dyad}.ics` }, 'Plans as .ics')),
      h('nav', { class: 'page-toc', 'aria-label': 'On this page' }, h('ul', {},
        h('li', {}, h('a', { href: '#timeline' }, 'Timeline')),
        h('li', {}, h('a', { href: '#follow-ups' }, 'Follow-ups')),
        h('li', {}, h('a', { href: '#per-year' }, 'Meetings per year')),
        h('li', {}, h('a', { href: '#topics' }, 'Topics over time')))),
      timelineSection(meetings),
      followUpBoard(plans, timeline.asOf),
      h('section', { id: 'per-year', 'aria-labelledby': 'per-year-h' },
        h('h2', { id: 'per-year-h' }, 'Meetings per year, by level'),
        yearLevelChart(yearCounts(meetings), `${name}: meetings per year, stacked by level`)),
      await topicsSection(meetings)),
  };
};

function timelineSection(meetings: readonly MeetingView[]): HTMLElement {
  const strip = meetingTimelineStrip(meetings);
  return h('section', { id: 'timeline', 'aria-labelledby': 'timeline-h' },
    h('h2', { id: 'timeline-h' }, 'Timeline of meetings'),
    strip === null ? null : h('div', { class: 'chart-scroll' }, strip),
    strip === null ? null : h('p', { class: 'legend-note' }, 'Colour: level. Shape: ● in person, ■ telephone, ◆ video.'),
    meetings.length === 0 ? h('p', { class: 'empty' }, 'No meetings.') : h('ol', { class: 'meeting-list' }, [...meetings].reverse().map((m) => h('li', { class: 'meeting-item' },
      h('span', { class: 'date' }, meetingLink(m.id, m.date ?? 'undated')), ' ',
      levelBadge(m.level), ' ', modeBadge(m.mode),
      m.place === null ? null : [' ', h('span', { class: 'place' }, m.place)],
      m.occasion === null ? null : [' ', h('span', { class: 'occasion' }, `(${m.occasion})`)],
      h('span', { class: 'participants' }, m.participants.map((p) => p.name).join(', ')),
      h('span', { class: 'sources-count' }, `${m.sources.length} source${m.sources.length === 1 ? '' : 's'}`),
      m.corrections.length > 0 ? h('span', { class: 'badge corrected' }, 'corrected') : null))));
}

function followUpBoard(plans: readonly PlanView[], asOf: string): HTMLElement {
  const column = (status: PlanView['status'], title: string) => {
    const items = plans.filter((p) => p.status === status);
    return h('section', { class: ['board-column', `status-${status}`], 'aria-labelledby': `board-${status}` },
      h('h3', { id: `board-${status}` }, `${title} (${items.length})`),
      items.length === 0 ? h('p', { class: 'empty' }, 'None.') : items.map((p) => planCard(p, { headingLevel: 'h4' })));
  };
  return h('section', { id: 'follow-ups', 'aria-labelledby': 'follow-ups-h' },
    h('h2', { id: 'follow-ups-h' }, 'Follow-up board'),
    h('p', { class: 'hint' }, `Every event announced in a readout, tracked until a later readout shows it held, or its time passes (statuses as of ${asOf}).`),
    h('div', { class: 'board' }, column('pending', 'Pending'), column('held', 'Held'), column('overdue', 'Overdue')));
}

function yearCounts(meetings: readonly MeetingView[]): YearLevelCount[] {
  const counts = new Map<string, YearLevelCount>();
  for (const m of meetings) {
    if (m.date === null) continue;
    const year = Number(m.date.slice(0, 4));
    const key = `${year}|${m.level ?? ''}`;
    const c = counts.get(key);
    counts.set(key, { year, level: m.level, meetings: (c?.meetings ?? 0) + 1 });
  }
  return [...counts.values()];
}

/** Topics per year, read from the records of the meetings' source documents. */
async function topicsSection(meetings: readonly MeetingView[]): Promise<HTMLElement> {
  const docYear = new Map<number, number>();
  for (const m of [...meetings].reverse()) {
    if (m.date === null) continue;
    for (const s of m.sources) if (!docYear.has(s.documentId)) docYear.set(s.documentId, Number(m.date.slice(0, 4)));
  }
  const ids = [...docYear.keys()].slice(0, TOPIC_DOCUMENTS);
  const docs = await Promise.all(ids.map((id) => api.document(id).catch(() => null)));
  const byTopic = new Map<string, Map<number, number>>();
  docs.forEach((doc) => {
    if (doc === null) return;
    const year = docYear.get(doc.id);
    if (year === undefined) return;
    for (const topic of new Set(doc.record?.topics ?? [])) {
      const years = byTopic.get(topic) ?? new Map<number, number>();
      years.set(year, (years.get(year) ?? 0) + 1);
      byTopic.set(topic, years);
    }
  });
  const years = [...new Set(docYear.values())].sort((a, b) => a - b);
  const topics = [...byTopic.entries()].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]));
  return h('section', { id: 'topics', 'aria-labelledby': 'topics-h' },
    h('h2', { id: 'topics-h' }, 'Topics over time'),
    topics.length === 0 ? h('p', { class: 'empty' }, 'No topics extracted.') : h('div', { class: 'table-scroll' }, h('table', { class: 'data-table topic-table' },
      h('caption', {}, `Readouts mentioning each topic, by year${ids.length < docYear.size ? ` (newest ${ids.length} readouts)` : ''}`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Topic'), years.map((y) => h('th', { scope: 'col', class: 'num' }, String(y))))),
      h('tbody', {}, topics.map(([topic, perYear]) => h('tr', {},
        h('th', { scope: 'row' }, topic),
        years.map((y) => {
          const n = perYear.get(y) ?? 0;
          return h('td', { class: ['num', 'heat', `heat-${Math.min(n, 3)}`] }, n === 0 ? '' : String(n));
        })))))));
}

function total(perYear: Map<number, number>): number {
  let n = 0;
  for (const v of perYear.values()) n += v;
  return n;
}
