/** Relations: every dyad with its number of meetings, its last meeting, and its open follow-ups. */
import { api } from '../api-client.ts';
import { h } from '../dom-builder.ts';
import { dyadLink, levelBadge, meetingLink, modeBadge } from '../record-links.ts';
import type { Page } from '../page-router.ts';

export const relationsPage: Page = async () => {
  const { items, asOf } = await api.dyads();
  const body = items.length === 0
    ? h('p', { class: 'empty' }, 'No meetings yet. ', h('a', { href: '/add' }, 'Add readouts'), ' to start.')
    : h('table', { class: 'data-table relations-table' },
      h('caption', {}, `${items.length} relationships; follow-up statuses as of ${asOf}`),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Relationship'),
        h('th', { scope: 'col', class: 'num' }, 'Meetings'),
        h('th', { scope: 'col' }, 'Last meeting'),
        h('th', { scope: 'col', class: 'num' }, 'Pending follow-ups'),
        h('th', { scope: 'col', class: 'num' }, 'Overdue follow-ups'))),
      h('tbody', {}, items.map((d) => h('tr', { 'data-dyad': d.dyad },
        h('th', { scope: 'row' }, dyadLink(d.dyad), ' ', h('span', { class: 'code' }, d.dyad)),
        h('td', { class: 'num' }, d.meetings),
        h('td', {}, d.lastMeeting === null ? '—' : [
          meetingLink(d.lastMeeting.id, d.lastMeeting.date ?? 'undated'), ' ', levelBadge(d.lastMeeting.level), ' ', modeBadge(d.lastMeeting.mode)]),
        h('td', { class: ['num', d.pendingFollowUps > 0 ? 'has-pending' : null] }, d.pendingFollowUps),
        h('td', { class: ['num', d.overdueFollowUps > 0 ? 'has-overdue' : null] }, d.overdueFollowUps)))));
  return {
    title: 'Relations',
    nav: 'relations',
    content: h('section', {},
      h('h1', {}, 'Relations'),
      h('p', { class: 'lede' }, 'Every pair of countries that met, built from all ingested readouts. Open a relationship for its timeline and follow-ups.'),
      body),
  };
};
