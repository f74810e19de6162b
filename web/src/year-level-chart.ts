/**
 * Meetings per year by level as a stacked bar chart in plain SVG (attributes only: the CSP forbids inline styles),
 * with a table of the same numbers for screen readers and copying.
 */
import type { Level } from '../../src/domain/record.ts';
import { h, svg } from './dom-builder.ts';
import { LEVEL_ORDER, levelName } from './display-format.ts';

export interface YearLevelCount {
  readonly year: number;
  readonly level: Level | null;
  readonly meetings: number;
}

/** The chart and its data table; years without meetings between the first and last year are shown empty. */
export function yearLevelChart(counts: readonly YearLevelCount[], caption: string): HTMLElement {
  if (counts.length === 0) return h('p', { class: 'empty' }, 'No dated meetings.');
  const years = counts.map((c) => c.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const allYears = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const levels: (Level | null)[] = [...LEVEL_ORDER, null].filter((l) => counts.some((c) => c.level === l));
  const cell = (year: number, level: Level | null) => counts.filter((c) => c.year === year && c.level === level).reduce((n, c) => n + c.meetings, 0);
  const totals = allYears.map((y) => levels.reduce((n, l) => n + cell(y, l), 0));
  const max = Math.max(1, ...totals);

  const barWidth = Math.max(14, Math.min(40, Math.floor(640 / allYears.length) - 6));
  const gap = 6;
  const plotHeight = 160;
  const left = 28;
  const width = left + allYears.length * (barWidth + gap) + 10;
  const height = plotHeight + 40;
  const chart = svg('svg', { class: 'year-chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': caption });
  for (const tick of ticks(max)) {
    const y = plotHeight - (tick / max) * plotHeight + 10;
    chart.appendChild(svg('line', { x1: left - 4, x2: width, y1: y, y2: y, class: 'grid-line' }));
    chart.appendChild(svg('text', { x: left - 6, y: y + 4, class: 'axis-label', 'text-anchor': 'end' }, String(tick)));
  }
  allYears.forEach((year, i) => {
    const x = left + i * (barWidth + gap);
    let y = plotHeight + 10;
    for (const level of levels) {
      const n = cell(year, level);
      if (n === 0) continue;
      const barHeight = (n / max) * plotHeight;
      y -= barHeight;
      chart.appendChild(svg('rect', { x, y, width: barWidth, height: barHeight, class: `bar level-${level ?? 'unknown'}` },
        svg('title', {}, `${year}: ${n} × ${levelName(level)}`)));
    }
    if (allYears.length <= 16 || i % Math.ceil(allYears.length / 16) === 0) {
      chart.appendChild(svg('text', { x: x + barWidth / 2, y: plotHeight + 26, class: 'axis-label', 'text-anchor': 'middle' }, String(year)));
    }
  });

  const legend = h('ul', { class: 'legend' }, levels.map((l) => h('li', {}, h('span', { class: ['swatch', `level-${l ?? 'unknown'}`] }), levelName(l))));
  const table = h('details', { class: 'chart-data' },
    h('summary', {}, 'Numbers'),
    h('table', { class: 'data-table compact' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Year'), levels.map((l) => h('th', { scope: 'col', class: 'num' }, levelName(l))), h('th', { scope: 'col', class: 'num' }, 'Total'))),
      h('tbody', {}, allYears.map((y, i) => h('tr', {}, h('th', { scope: 'row' }, String(y)), levels.map((l) => h('td', { class: 'num' }, cell(y, l))), h('td', { class: 'num' }, totals[i] ?? 0))))));
  return h('figure', { class: 'chart' }, h('div', { class: 'chart-scroll' }, chart), legend, h('figcaption', {}, caption), table);
}

function ticks(max: number): number[] {
  const step = max <= 5 ? 1 : max <= 10 ? 2 : Math.ceil(max / 5);
  const out: number[] = [];
  for (let t = 0; t <= max; t += step) out.push(t);
  return out;
}
