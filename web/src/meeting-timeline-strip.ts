/**
 * A dyad's meetings on one time axis (SVG): one mark per meeting, its colour the level and its shape the mode
 * (circle in person, square telephone, diamond video). Every mark is a link to the meeting, reachable by keyboard.
 */
import type { MeetingView } from '../../src/app/views.ts';
import type { Mode } from '../../src/domain/record.ts';
import { svg } from './dom-builder.ts';
import { levelName, modeName } from './display-format.ts';

export function meetingTimelineStrip(meetings: readonly MeetingView[]): SVGSVGElement | null {
  const dated = meetings.filter((m): m is MeetingView & { date: string } => m.date !== null);
  if (dated.length === 0) return null;
  const times = dated.map((m) => Date.parse(`${m.date}T00:00:00Z`));
  const firstYear = new Date(Math.min(...times)).getUTCFullYear();
  const lastYear = new Date(Math.max(...times)).getUTCFullYear() + 1;
  const t0 = Date.UTC(firstYear, 0, 1);
  const t1 = Date.UTC(lastYear, 0, 1);
  const width = 900;
  const left = 10;
  const right = 24;
  const axisY = 60;
  const x = (t: number) => left + ((t - t0) / (t1 - t0)) * (width - left - right);
  const out = svg('svg', { class: 'timeline-strip', viewBox: `0 0 ${width} 90`, role: 'group', 'aria-label': 'Meetings on a time axis' });
  out.appendChild(svg('line', { x1: left, x2: width - right, y1: axisY, y2: axisY, class: 'axis' }));
  const yearStep = Math.max(1, Math.ceil((lastYear - firstYear) / 12));
  for (let year = firstYear; year <= lastYear; year += yearStep) {
    const xx = x(Date.UTC(year, 0, 1));
    out.appendChild(svg('line', { x1: xx, x2: xx, y1: axisY - 4, y2: axisY + 4, class: 'axis' }));
    out.appendChild(svg('text', { x: xx, y: axisY + 20, 'text-anchor': 'middle', class: 'axis-label' }, String(year)));
  }
  // Meetings close in time are stacked upwards so none hides another.
  const placed: { x: number; row: number }[] = [];
  dated.forEach((m, i) => {
    const cx = x(times[i] ?? t0);
    let row = 0;
    while (placed.some((p) => p.row === row && Math.abs(p.x - cx) < 12)) row++;
    placed.push({ x: cx, row });
    const cy = axisY - 14 - row * 14;
    const label = `${m.date}: ${levelName(m.level)}, ${modeName(m.mode)}${m.place === null ? '' : `, ${m.place}`}`;
    out.appendChild(svg('a', { href: `/meeting/${m.id}`, class: 'timeline-mark', 'aria-label': label },
      svg('title', {}, label),
      shape(m.mode, cx, cy, `level-${m.level ?? 'unknown'}`)));
  });
  return out;
}

function shape(mode: Mode, cx: number, cy: number, levelClass: string): SVGElement {
  const r = 6;
  if (mode === 'telephone') return svg('rect', { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r, class: `mark ${levelClass}` });
  if (mode === 'video') return svg('polygon', { points: `${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`, class: `mark ${levelClass}` });
  return svg('circle', { cx, cy, r, class: `mark ${levelClass}` });
}
