/** People: everyone (or those a name may mean), and one person's roles over time and meetings. */
import { api, type PersonView } from '../api-client.ts';
import { h } from '../dom-builder.ts';
import { countryName, dyadName } from '../display-format.ts';
import { levelBadge, meetingLink, modeBadge } from '../record-links.ts';
import type { Page } from '../page-router.ts';

export const peoplePage: Page = async ({ url }) => {
  const name = url.searchParams.get('name')?.trim() ?? '';
  const page = await api.people({ name: name === '' ? undefined : name, limit: 500 });
  return {
    title: 'People',
    nav: 'people',
    content: h('section', {},
      h('h1', {}, 'People'),
      h('form', { class: 'inline-form', action: '/people', method: 'get', role: 'search' },
        h('label', { for: 'person-name' }, 'Name (any spelling)'),
        h('input', { id: 'person-name', name: 'name', type: 'search', value: name }),
        h('button', { type: 'submit' }, 'Find')),
      page.items.length === 0 ? h('p', { class: 'empty' }, name === '' ? 'No people yet.' : `No one matches “${name}”.`) : h('table', { class: 'data-table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Latest role'), h('th', { scope: 'col', class: 'num' }, 'Meetings'), h('th', { scope: 'col' }, 'Also written'))),
        h('tbody', {}, page.items.map((p) => h('tr', {},
          h('th', { scope: 'row' }, h('a', { href: `/people/${p.id}` }, p.name)),
          h('td', {}, latestRole(p)),
          h('td', { class: 'num' }, p.meetingIds.length),
          h('td', {}, p.aliases.join(', ')))))),
    ),
  };
};

function latestRole(p: PersonView): string {
  const role = [...p.roles].sort((a, b) => (a.last ?? '').localeCompare(b.last ?? '')).pop();
  if (role === undefined) return '—';
  return [role.title, role.country === null ? null : countryName(role.country)].filter((x) => x !== null).join(', ') || '—';
}

export const personPage: Page = async ({ params }) => {
  const person = await api.person(Number(params['id']));
  const roles = [...person.roles].sort((a, b) => (a.first ?? '').localeCompare(b.first ?? ''));
  const meetings = [...person.meetings].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return {
    title: person.name,
    nav: 'people',
    content: h('article', { class: 'person-page' },
      h('p', { class: 'breadcrumbs' }, h('a', { href: '/people' }, 'People'), ' › ', person.name),
      h('h1', {}, person.name),
      person.aliases.length === 0 ? null : h('p', { class: 'lede' }, 'Also written: ', person.aliases.join(', ')),
      h('h2', {}, 'Roles over time'),
      roles.length === 0 ? h('p', { class: 'empty' }, 'No role recorded.') : h('table', { class: 'data-table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Title'), h('th', { scope: 'col' }, 'Country'), h('th', { scope: 'col' }, 'First seen'), h('th', { scope: 'col' }, 'Last seen'))),
        h('tbody', {}, roles.map((r) => h('tr', {},
          h('td', {}, r.title ?? '—'), h('td', {}, r.country === null ? '—' : countryName(r.country)), h('td', {}, r.first ?? '—'), h('td', {}, r.last ?? '—'))))),
      h('h2', {}, `Meetings (${meetings.length})`),
      meetings.length === 0 ? h('p', { class: 'empty' }, 'None.') : h('ol', { class: 'meeting-list' }, meetings.map((m) => h('li', { class: 'meeting-item' },
        h('span', { class: 'date' }, meetingLink(m.id, m.date ?? 'undated')), ' ',
        h('a', { href: `/dyad/${m.countries.join('-')}` }, dyadName(m.countries.join('-'))), ' ',
        levelBadge(m.level), ' ', modeBadge(m.mode),
        m.place === null ? null : [' ', h('span', { class: 'place' }, m.place)],
        h('span', { class: 'participants' }, m.participants.filter((p) => p.personId !== person.id).map((p) => p.name).join(', ')))))),
  };
};
