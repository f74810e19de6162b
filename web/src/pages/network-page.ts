/**
 * Network: who meets whom. Countries are nodes on a circle, each meeting pair an edge whose width grows with the
 * number of meetings; filterable by year. Plain SVG, every edge a link to the relationship; a table gives the same
 * numbers.
 */
import { api, type StatsRow } from '../api-client.ts';
import { h, svg } from '../dom-builder.ts';
import { countryName, dyadName } from '../display-format.ts';
import type { Page } from '../page-router.ts';

interface Edge {
  readonly a: string;
  readonly b: string;
  readonly dyad: string;
  meetings: number;
}

export const networkPage: Page = async ({ url }) => {
  const stats = await api.stats();
  const years = [...new Set(stats.rows.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const yearParam = url.searchParams.get('year');
  const year = yearParam !== null && years.includes(Number(yearParam)) ? Number(yearParam) : null;
  const edges = edgesOf(stats.rows.filter((r) => year === null || r.year === year));
  return {
    title: 'Network',
    nav: 'network',
    content: h('section', { class: 'network-page' },
      h('h1', {}, 'Who meets whom'),
      h('form', { class: 'inline-form', action: '/network', method: 'get' },
        h('label', { for: 'network-year' }, 'Year'),
        h('select', { id: 'network-year', name: 'year' },
          h('option', { value: '' }, 'All years'),
          years.map((y) => h('option', { value: y, selected: y === year }, String(y)))),
        h('button', { type: 'submit' }, 'Show')),
      edges.length === 0 ? h('p', { class: 'empty' }, 'No meetings in this period.') : [
        h('div', { class: 'chart-scroll' }, graph(edges, year)),
        h('table', { class: 'data-table' },
          h('caption', {}, year === null ? 'Meetings per pair, all years' : `Meetings per pair in ${year}`),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Pair'), h('th', { scope: 'col', class: 'num' }, 'Meetings'))),
          h('tbody', {}, [...edges].sort((x, y) => y.meetings - x.meetings).map((e) => h('tr', {},
            h('th', { scope: 'row' }, h('a', { href: `/dyad/${e.dyad}` }, dyadName(e.dyad))), h('td', { class: 'num' }, e.meetings))))),
      ]),
  };
};

/** One edge per pair of sides; a meeting of three or more sides counts for every pair in it. */
function edgesOf(rows: readonly StatsRow[]): Edge[] {
  const edges = new Map<string, Edge>();
  for (const r of rows) {
    const codes = r.dyad.split('-');
    for (let i = 0; i < codes.length; i++) {
      for (let j = i + 1; j < codes.length; j++) {
        const a = codes[i] ?? '';
        const b = codes[j] ?? '';
        const key = `${a}-${b}`;
        const e = edges.get(key) ?? { a, b, dyad: codes.length === 2 ? r.dyad : key, meetings: 0 };
        e.meetings += r.meetings;
        edges.set(key, e);
      }
    }
  }
  return [...edges.values()];
}

function graph(edges: readonly Edge[], year: number | null): SVGSVGElement {
  const weight = new Map<string, number>();
  for (const e of edges) {
    weight.set(e.a, (weight.get(e.a) ?? 0) + e.meetings);
    weight.set(e.b, (weight.get(e.b) ?? 0) + e.meetings);
  }
  // Busiest countries first, placed around the circle.
  const nodes = [...weight.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([code]) => code);
  const size = 600;
  const c = size / 2;
  // Room outside the circle for the longest country names.
  const radius = size / 2 - 120;
  const position = new Map(nodes.map((code, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    return [code, { x: c + radius * Math.cos(angle), y: c + radius * Math.sin(angle), angle }];
  }));
  const maxEdge = Math.max(...edges.map((e) => e.meetings));
  const maxNode = Math.max(...weight.values());
  const out = svg('svg', { class: 'network', viewBox: `0 0 ${size} ${size}`, width: size, height: size, role: 'group', 'aria-label': year === null ? 'Meeting network, all years' : `Meeting network, ${year}` });
  for (const e of edges) {
    const p = position.get(e.a);
    const q = position.get(e.b);
    if (p === undefined || q === undefined) continue;
    out.appendChild(svg('a', { href: `/dyad/${e.dyad}`, class: 'edge-link', 'aria-label': `${dyadName(e.dyad)}: ${e.meetings} meetings` },
      svg('title', {}, `${dyadName(e.dyad)}: ${e.meetings} meeting${e.meetings === 1 ? '' : 's'}`),
      svg('line', { x1: p.x, y1: p.y, x2: q.x, y2: q.y, class: 'edge', 'stroke-width': 1.5 + (8 * e.meetings) / maxEdge })));
  }
  for (const code of nodes) {
    const p = position.get(code);
    if (p === undefined) continue;
    const r = 8 + (14 * (weight.get(code) ?? 0)) / maxNode;
    const lx = c + (radius + r + 10) * Math.cos(p.angle);
    const ly = c + (radius + r + 10) * Math.sin(p.angle);
    out.appendChild(svg('g', { class: 'node' },
      svg('title', {}, `${countryName(code)}: ${weight.get(code) ?? 0} meetings`),
      svg('circle', { cx: p.x, cy: p.y, r }),
      svg('text', { x: lx, y: ly + 4, 'text-anchor': Math.cos(p.angle) > 0.3 ? 'start' : Math.cos(p.angle) < -0.3 ? 'end' : 'middle' }, countryName(code))));
  }
  return out;
}
