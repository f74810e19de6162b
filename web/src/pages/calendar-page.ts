/**
 * Calendar of planned events, a month at a time. An event's interval is drawn as a bar over the days it may fall on
 * (fuzzy times like "early October" or "November or December" as spans, approximate ones dashed); below the grid the
 * same events as a list, with the time as the source wrote it beside the interval. The .ics export is offered for
 * download and as a subscribable URL.
 */
import { api, icsPath, type PlanView } from '../api-client.ts';
import { h } from '../dom-builder.ts';
import { todayIso } from '../display-format.ts';
import { documentLink, planWhen, sourceLink, statusBadge } from '../record-links.ts';
import type { Page } from '../page-router.ts';

const DAY = 86_400_000;
const PAGE = 1000;

export const calendarPage: Page = async ({ url }) => {
  const plans = await allDatedPlans();
  const today = todayIso();
  const month = parseMonth(url.searchParams.get('month')) ?? defaultMonth(plans, today);
  const [year, monthIndex] = month;
  const first = Date.UTC(year, monthIndex, 1);
  const last = Date.UTC(year, monthIndex + 1, 0);
  const inMonth = plans.filter((p) => overlaps(p, first, last));
  const label = new Date(first).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const pending = plans.filter((p) => p.status === 'pending');
  // webcal:// is the scheme calendar apps subscribe to (and poll) rather than import once.
  const subscribe = `webcal://${location.host}${icsPath()}`;

  return {
    title: `Calendar — ${label}`,
    nav: 'calendar',
    content: h('section', { class: 'calendar-page' },
      h('h1', {}, 'Calendar of planned events'),
      h('div', { class: 'calendar-exports' },
        h('a', { class: 'button-link', href: icsPath(), download: 'readout-plans.ics', 'data-ics-download': '' }, 'Download .ics'),
        h('label', { for: 'ics-url' }, 'Subscribe in a calendar app:'),
        h('input', { id: 'ics-url', type: 'text', readonly: true, value: subscribe, class: 'ics-url' }),
        h('a', { href: subscribe }, 'Subscribe')),
      h('p', { class: 'lede' }, pending.length === 0
        ? 'No pending events: every dated plan is held or overdue. Browse the months below.'
        : `${pending.length} pending event${pending.length === 1 ? '' : 's'} (not yet held, time not yet passed). Blue: pending, green: held, red: overdue; hatched bars are fuzzy or approximate times.`),
      h('nav', { class: 'month-nav', 'aria-label': 'Months' },
        h('a', { href: `/calendar?month=${monthKey(year, monthIndex - 1)}`, rel: 'prev' }, '‹ Previous month'),
        h('h2', { id: 'month-h' }, label),
        h('a', { href: `/calendar?month=${monthKey(year, monthIndex + 1)}`, rel: 'next' }, 'Next month ›'),
        h('a', { href: `/calendar?month=${today.slice(0, 7)}` }, 'This month')),
      monthGrid(first, last, inMonth, today),
      h('h2', {}, `Events in ${label}`),
      inMonth.length === 0 ? h('p', { class: 'empty' }, 'No planned events overlap this month.') : h('ul', { class: 'calendar-list' }, inMonth.map((p) => h('li', {},
        statusBadge(p.status), ' ', h('strong', {}, p.what), ' ', planWhen(p), ' — ', p.countries.join('-'), ' · ',
        sourceLink(p.source), ' · ', documentLink(p.source.documentId, 'evidence', p.evidence))))),
  };
};

async function allDatedPlans(): Promise<PlanView[]> {
  const out: PlanView[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await api.plans({ limit: PAGE, offset });
    out.push(...page.items);
    if (page.items.length < PAGE) break;
  }
  return out.filter((p) => p.start !== null);
}

function parseMonth(text: string | null): [number, number] | null {
  const m = /^(\d{4})-(\d{2})$/.exec(text ?? '');
  if (m === null) return null;
  const month = Number(m[2]) - 1;
  return month >= 0 && month < 12 ? [Number(m[1]), month] : null;
}

/** This month when events are still to come; else the month of the latest event, so the calendar is never blank. */
function defaultMonth(plans: readonly PlanView[], today: string): [number, number] {
  const future = plans.filter((p) => (p.end ?? p.start ?? '') >= today);
  if (future.length > 0 || plans.length === 0) return [Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1];
  const latest = plans.map((p) => p.start ?? '').sort().pop() ?? today;
  return [Number(latest.slice(0, 4)), Number(latest.slice(5, 7)) - 1];
}

function monthKey(year: number, monthIndex: number): string {
  const d = new Date(Date.UTC(year, monthIndex, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

function time(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

function span(p: PlanView): [number, number] {
  const start = time(p.start ?? '');
  return [start, p.end === null ? start : time(p.end)];
}

function overlaps(p: PlanView, from: number, to: number): boolean {
  const [s, e] = span(p);
  return s <= to && e >= from;
}

/** Weeks (Monday first) of the month; each week a row of day cells and, beneath, one bar per event in that week. */
function monthGrid(first: number, last: number, plans: readonly PlanView[], today: string): HTMLElement {
  const weekday = (t: number) => (new Date(t).getUTCDay() + 6) % 7;
  const gridStart = first - weekday(first) * DAY;
  const grid = h('div', { class: 'month-grid', role: 'table', 'aria-labelledby': 'month-h' },
    h('div', { class: 'week header', role: 'row' }, ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d) => h('div', { class: 'day-name', role: 'columnheader' }, d))));
  for (let weekStart = gridStart; weekStart <= last; weekStart += 7 * DAY) {
    const weekEnd = weekStart + 6 * DAY;
    const days = h('div', { class: 'days', role: 'row' });
    for (let i = 0; i < 7; i++) {
      const t = weekStart + i * DAY;
      const iso = new Date(t).toISOString().slice(0, 10);
      days.appendChild(h('div', {
        class: ['day', t < first || t > last ? 'outside' : null, iso === today ? 'today' : null], role: 'cell', 'data-date': iso,
      }, String(new Date(t).getUTCDate())));
    }
    const bars = h('div', { class: 'bars' });
    for (const p of plans) {
      const [s, e] = span(p);
      if (s > weekEnd || e < weekStart) continue;
      const from = Math.max(s, weekStart);
      const to = Math.min(e, weekEnd);
      const startCol = Math.round((from - weekStart) / DAY) + 1;
      const endCol = Math.round((to - weekStart) / DAY) + 2;
      const bar = h('a', {
        class: ['bar', `status-${p.status}`, p.approximate || p.start !== p.end ? 'fuzzy' : null, s < weekStart ? 'continues-left' : null, e > weekEnd ? 'continues-right' : null],
        href: `/documents/${p.source.documentId}?start=${p.evidence.start}&end=${p.evidence.end}`,
        title: `${p.what} — “${p.whenText ?? 'no time stated'}” (${p.start ?? ''} – ${p.end ?? ''}), ${p.status}`,
        'data-plan-id': p.id,
      }, p.what);
      // Grid placement through the CSSOM (allowed by the CSP, unlike a style attribute).
      bar.style.gridColumn = `${startCol} / ${endCol}`;
      bars.appendChild(bar);
    }
    grid.appendChild(h('div', { class: 'week' }, days, bars));
  }
  return grid;
}
