/**
 * One meeting: every field with each source's value and the words it came from; the source texts with every
 * extracted fact marked (click a field to see its words); with several sources, the sources side by side and what
 * each mentions that the others omit; the plans it announced or fulfilled; and the analyst's corrections, which are
 * made here (set a field, confirm or reject a merge or a follow-up link).
 */
import { api, ApiError, type DocumentDetail, type Evidence, type MeetingDetailView, type PlanView, type SourceView } from '../api-client.ts';
import { h } from '../dom-builder.ts';
import { countryName, dyadName, fieldLabel, LEVEL_ORDER, levelName, modeName, sourceName, valueText } from '../display-format.ts';
import { evidenceTextView, type EvidenceTextView, type Highlight } from '../evidence-text-view.ts';
import { dyadLink, levelBadge, modeBadge, planCard, sourceLink } from '../record-links.ts';
import type { Page, PageContext } from '../page-router.ts';

/** Fields an analyst may set, with the input each needs. */
const CORRECTABLE: Readonly<Record<string, 'date' | 'level' | 'mode' | 'number' | 'text'>> = {
  date: 'date', level: 'level', mode: 'mode', place: 'text', occasion: 'text', durationMinutes: 'number',
};

export const meetingPage: Page = async (context) => {
  const id = Number(context.params['id']);
  const meeting = await api.meeting(id);
  const docs = (await Promise.all(meeting.sources.map((s) => api.document(s.documentId).catch((e: unknown) => {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  })))).filter((d): d is DocumentDetail => d !== null);
  const dyad = meeting.countries.join('-');

  const panels = new Map<number, EvidenceTextView>();
  for (const doc of docs) panels.set(doc.id, evidenceTextView(doc.text, highlightsFor(meeting, doc.id), `Text of ${doc.title ?? `document ${doc.id}`}`));
  const status = h('p', { class: 'highlight-status', role: 'status', 'aria-live': 'polite' }, 'Choose a field to see the words it came from.');
  const show = (ids: readonly string[], what: string, evidence: readonly (Evidence | null)[]) => {
    let found = 0;
    for (const panel of panels.values()) if (panel.activate(ids) !== null) found++;
    const quoted = evidence.filter((e): e is Evidence => e !== null && e.origin !== 'metadata').map((e) => `“${e.text}”`);
    status.textContent = found === 0
      ? `${what}: no words in the text (value from metadata or not stated).`
      : `${what}: ${quoted.join(', ')}`;
    for (const b of document.querySelectorAll('[data-show-evidence]')) b.setAttribute('aria-pressed', String(b.getAttribute('data-show-evidence') === ids.join(' ')));
  };

  const title = `${dyadName(dyad)}: ${levelName(meeting.level).toLowerCase()} ${modeName(meeting.mode).toLowerCase()}, ${meeting.date ?? 'undated'}`;
  const sourcesView = docs.length > 1 ? 'side-by-side' : 'single';
  return {
    title,
    nav: 'relations',
    content: h('article', { class: 'meeting-page', 'data-meeting-id': meeting.id },
      h('p', { class: 'breadcrumbs' }, h('a', { href: '/' }, 'Relations'), ' › ', dyadLink(dyad), ' › ', `Meeting ${meeting.id}`),
      h('h1', {}, `${dyadName(dyad)} — ${meeting.date ?? 'undated'}`),
      h('p', { class: 'lede' }, levelBadge(meeting.level), ' ', modeBadge(meeting.mode),
        meeting.place === null ? null : ` · ${meeting.place}`,
        meeting.occasion === null ? null : ` · ${meeting.occasion}`,
        ` · ${meeting.sources.length} source${meeting.sources.length === 1 ? '' : 's'}`),
      h('div', { class: ['meeting-layout', sourcesView] },
        h('section', { class: 'fields-panel', 'aria-labelledby': 'fields-h' },
          h('h2', { id: 'fields-h' }, 'Fields and their evidence'),
          fieldsTable(meeting, show, context),
          participantsList(meeting, show)),
        h('section', { class: 'texts-panel', 'aria-labelledby': 'texts-h' },
          h('h2', { id: 'texts-h' }, docs.length > 1 ? 'Sources side by side' : 'Source text'),
          status,
          h('div', { class: 'source-columns' }, docs.map((doc) => h('div', { class: 'source-column', 'data-document-id': doc.id },
            h('h3', {}, sourceLink(sourceOf(meeting, doc.id))),
            panels.get(doc.id)?.element))))),
      docs.length > 1 ? comparison(meeting, docs) : null,
      plansSection(meeting, show, context),
      mergesSection(meeting, context),
      correctionsSection(meeting)),
  };
};

type Show = (ids: readonly string[], what: string, evidence: readonly (Evidence | null)[]) => void;

function sourceOf(meeting: MeetingDetailView, documentId: number): SourceView {
  return meeting.sources.find((s) => s.documentId === documentId)
    ?? { documentId, file: null, url: null, title: null, publisher: null, published: null };
}

function inText(e: Evidence | null): e is Evidence {
  return e !== null && e.origin !== 'metadata' && e.end > e.start;
}

/** Every span of document `documentId` the meeting's fields, participants and plans came from. */
function highlightsFor(meeting: MeetingDetailView, documentId: number): Highlight[] {
  const out: Highlight[] = [];
  for (const f of meeting.fields) {
    for (const v of f.values) {
      const e = v.evidence;
      if (v.source.documentId === documentId && inText(e)) out.push({ id: `field:${f.field}`, start: e.start, end: e.end, label: fieldLabel(f.field) });
    }
  }
  for (const p of meeting.participants) {
    for (const m of p.mentions) {
      const e = m.evidence;
      if (m.source.documentId === documentId && inText(e)) out.push({ id: `person:${p.personId}`, start: e.start, end: e.end, label: `Participant: ${p.name}` });
    }
  }
  for (const plan of meeting.plans) {
    if (plan.source.documentId === documentId && inText(plan.evidence)) out.push({ id: `plan:${plan.id}`, start: plan.evidence.start, end: plan.evidence.end, label: `Plan: ${plan.what}` });
  }
  return out;
}

function canonical(meeting: MeetingDetailView, field: string): unknown {
  switch (field) {
    case 'date': return meeting.date;
    case 'level': return meeting.level;
    case 'mode': return meeting.mode;
    case 'countries': return meeting.countries;
    case 'place': return meeting.place;
    case 'occasion': return meeting.occasion;
    case 'durationMinutes': return meeting.durationMinutes;
    default: return meeting.fields.find((f) => f.field === field)?.values.find((v) => v.value !== null)?.value ?? null;
  }
}

function fieldsTable(meeting: MeetingDetailView, show: Show, context: PageContext): HTMLElement {
  const corrected = new Map<string, { value: unknown; note: string | null; createdAt: string }>();
  for (const c of [...meeting.corrections].sort((a, b) => a.id - b.id)) {
    if (c.target === 'meeting-field' && c.field !== null) corrected.set(c.field, { value: c.value, note: c.note, createdAt: c.createdAt });
  }
  const conflicting = new Set(meeting.conflicts.map((c) => c.field));
  return h('table', { class: 'data-table fields-table' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col' }, 'As each source wrote it'))),
    h('tbody', {}, meeting.fields.map((f) => {
      const evidence = f.values.map((v) => v.evidence);
      const hasWords = evidence.some(inText);
      const correction = corrected.get(f.field);
      const editor = CORRECTABLE[f.field] === undefined ? null : correctionEditor(meeting, f.field, canonical(meeting, f.field), context);
      return h('tr', { 'data-field': f.field, class: [correction === undefined ? null : 'is-corrected', conflicting.has(f.field) && correction === undefined ? 'is-conflict' : null] },
        h('th', { scope: 'row' },
          h('button', {
            type: 'button', class: 'field-button', 'data-show-evidence': `field:${f.field}`, 'aria-pressed': 'false', disabled: !hasWords,
            title: hasWords ? 'Show the words this came from' : 'No words in the text for this field',
            onclick: () => show([`field:${f.field}`], fieldLabel(f.field), evidence),
          }, fieldLabel(f.field))),
        h('td', { class: 'field-value' },
          h('span', { class: 'value' }, valueText(f.field, canonical(meeting, f.field))),
          correction === undefined ? null : [' ', h('span', { class: 'badge corrected', title: correction.note ?? `corrected ${correction.createdAt}` }, 'corrected by analyst')],
          conflicting.has(f.field) && correction === undefined ? [' ', h('span', { class: 'badge conflict' }, 'sources disagree')] : null,
          editor),
        h('td', { class: 'field-sources' }, h('ul', { class: 'sourced-values' }, f.values.map((v) => h('li', {},
          h('span', { class: 'value' }, valueText(f.field, v.value)),
          v.evidence === null ? h('span', { class: 'as-written none' }, ' not stated') : [' ', v.evidence.origin === 'metadata'
            ? h('span', { class: 'as-written metadata' }, `from source metadata: ${v.evidence.text}`)
            : h('q', { class: 'as-written' }, v.evidence.text)],
          meeting.sources.length > 1 ? h('span', { class: 'source-name' }, ` — ${sourceName(v.source)}`) : null,
          v.evidence === null ? null : h('span', { class: 'rule' }, v.evidence.rule))))));
    })));
}

function participantsList(meeting: MeetingDetailView, show: Show): HTMLElement {
  return h('div', { class: 'participants' },
    h('h3', {}, 'Participants'),
    meeting.participants.length === 0 ? h('p', { class: 'empty' }, 'None named.') : h('ul', {}, meeting.participants.map((p) => h('li', {},
      h('button', {
        type: 'button', class: 'field-button', 'data-show-evidence': `person:${p.personId}`, 'aria-pressed': 'false',
        onclick: () => show([`person:${p.personId}`], p.name, p.mentions.map((m) => m.evidence)),
      }, p.name),
      ' ', p.title ?? '', p.country === null ? '' : ` (${countryName(p.country)})`, ' · ',
      h('a', { href: `/people/${p.personId}` }, 'profile')))));
}

function correctionEditor(meeting: MeetingDetailView, field: string, current: unknown, context: PageContext): HTMLElement {
  const kind = CORRECTABLE[field] ?? 'text';
  const inputId = `correct-${field}`;
  let input: HTMLInputElement | HTMLSelectElement;
  if (kind === 'level' || kind === 'mode') {
    const options: readonly string[] = kind === 'level' ? LEVEL_ORDER : ['in-person', 'telephone', 'video'];
    input = h('select', { id: inputId, name: 'value' },
      kind === 'level' ? h('option', { value: '' }, '(unknown)') : null,
      options.map((o) => h('option', { value: o, selected: o === current }, kind === 'level' ? levelName(o as never) : modeName(o as never))));
  } else {
    input = h('input', {
      id: inputId, name: 'value', type: kind === 'number' ? 'number' : kind === 'date' ? 'date' : 'text',
      value: current === null || current === undefined ? '' : String(current), min: kind === 'number' ? 1 : null,
    });
  }
  const note = h('input', { id: `${inputId}-note`, name: 'note', type: 'text', placeholder: 'why (optional)' });
  const message = h('p', { class: 'form-message', role: 'status' });
  const form = h('form', { class: 'correction-form', 'data-correct-field': field },
    h('label', { for: inputId }, `New ${fieldLabel(field).toLowerCase()}`), input,
    h('label', { for: `${inputId}-note` }, 'Note'), note,
    h('button', { type: 'submit' }, 'Save correction'),
    message);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const raw = input.value.trim();
    const value = raw === '' ? null : kind === 'number' ? Number(raw) : raw;
    message.textContent = 'Saving…';
    api.correct({ kind: 'set-field', meetingId: meeting.id, field, value, note: note.value.trim() === '' ? null : note.value.trim() })
      .then(() => afterWrite(meeting, context))
      .catch((e: unknown) => { message.textContent = errorText(e); });
  });
  return h('details', { class: 'correct' }, h('summary', {}, `Correct ${fieldLabel(field).toLowerCase()}`), form);
}

/**
 * Shows the meeting again after a correction. Merge and follow-up decisions re-run linking, which may give the
 * meeting a new id: then the meeting its first source now belongs to is shown instead (the URL is replaced).
 */
async function afterWrite(meeting: MeetingDetailView, context: PageContext): Promise<void> {
  try {
    const current = await api.meeting(meeting.id);
    if (current.sources.some((s) => s.documentId === meeting.sources[0]?.documentId)) return await context.reload();
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 404)) throw e;
  }
  const first = meeting.sources[0];
  const moved = first === undefined ? undefined : (await api.document(first.documentId)).meetingIds[0];
  await context.navigate(moved === undefined ? `/dyad/${meeting.countries.join('-')}` : `/meeting/${moved}`, true);
}

function errorText(e: unknown): string {
  if (e instanceof ApiError) return [e.message, ...e.issues.map((i) => `${i.path.join('.')}: ${i.message}`)].join(' — ');
  return e instanceof Error ? e.message : String(e);
}

/** What each source mentions, side by side; cells a source has and the others lack are marked "only here". */
function comparison(meeting: MeetingDetailView, docs: readonly DocumentDetail[]): HTMLElement {
  const rows: { label: string; cells: string[][] }[] = [];
  for (const f of meeting.fields) {
    rows.push({
      label: fieldLabel(f.field),
      cells: docs.map((d) => {
        const v = f.values.find((x) => x.source.documentId === d.id);
        return v === undefined || v.value === null || (Array.isArray(v.value) && v.value.length === 0) ? [] : [valueText(f.field, v.value)];
      }),
    });
  }
  rows.push({
    label: 'Participants',
    cells: docs.map((d) => meeting.participants.filter((p) => p.mentions.some((m) => m.source.documentId === d.id)).map((p) => p.name)),
  });
  rows.push({ label: 'Topics', cells: docs.map((d) => [...(d.record?.topics ?? [])]) });
  rows.push({ label: 'Announced plans', cells: docs.map((d) => meeting.plans.filter((p) => p.source.documentId === d.id).map((p) => p.what)) });
  return h('section', { class: 'comparison', 'aria-labelledby': 'comparison-h' },
    h('h2', { id: 'comparison-h' }, 'What each source mentions'),
    h('p', { class: 'hint' }, 'Items marked “only here” are reported by that source and omitted by the other(s).'),
    h('div', { class: 'table-scroll' }, h('table', { class: 'data-table comparison-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), docs.map((d) => h('th', { scope: 'col' }, sourceName(sourceOf(meeting, d.id)))))),
      h('tbody', {}, rows.map((row) => h('tr', {},
        h('th', { scope: 'row' }, row.label),
        row.cells.map((items, i) => {
          const others = new Set(row.cells.filter((_, j) => j !== i).flat());
          if (items.length === 0) return h('td', { class: 'omitted' }, 'not mentioned');
          return h('td', {}, h('ul', { class: 'plain' }, items.map((item) => {
            const only = !others.has(item);
            return h('li', { class: only ? 'only-here' : null }, item, only ? [' ', h('span', { class: 'badge only' }, 'only here')] : null);
          })));
        })))))));
}

function plansSection(meeting: MeetingDetailView, show: Show, context: PageContext): HTMLElement {
  const announced = meeting.plans.filter((p) => meeting.sources.some((s) => s.documentId === p.source.documentId));
  const fulfilled = meeting.plans.filter((p) => p.heldBy?.meetingId === meeting.id && !announced.includes(p));
  const card = (plan: PlanView) => {
    const element = planCard(plan);
    const actions = h('p', { class: 'actions' });
    if (announced.includes(plan) && inText(plan.evidence)) {
      actions.appendChild(h('button', {
        type: 'button', class: 'field-button', 'data-show-evidence': `plan:${plan.id}`, 'aria-pressed': 'false',
        onclick: () => show([`plan:${plan.id}`], `Plan: ${plan.what}`, [plan.evidence]),
      }, 'Show in text'));
    }
    if (plan.heldBy !== null) {
      const heldMeetingId = plan.heldBy.meetingId;
      const decide = (action: 'confirm' | 'reject') => h('button', {
        type: 'button', class: ['decision', action], 'data-follow-up': action,
        onclick: () => {
          api.correct({ kind: 'follow-up', action, planId: plan.id, heldMeetingId })
            .then(() => afterWrite(meeting, context))
            .catch((e: unknown) => { actions.appendChild(h('span', { class: 'form-message', role: 'alert' }, errorText(e))); });
        },
      }, action === 'confirm' ? 'Confirm follow-up link' : 'Reject follow-up link');
      if (plan.heldBy.decidedBy !== 'confirmed') actions.append(' ', decide('confirm'));
      actions.append(' ', decide('reject'));
    }
    if (actions.childNodes.length > 0) element.appendChild(actions);
    return element;
  };
  return h('section', { class: 'plans', 'aria-labelledby': 'plans-h' },
    h('h2', { id: 'plans-h' }, 'Announced here, and held here'),
    announced.length === 0 ? h('p', { class: 'empty' }, 'No plans announced in these sources.') : h('div', { class: 'plan-grid' }, announced.map(card)),
    fulfilled.length === 0 ? null : [h('h3', {}, 'Plans this meeting fulfilled'), h('div', { class: 'plan-grid' }, fulfilled.map(card))]);
}

function mergesSection(meeting: MeetingDetailView, context: PageContext): HTMLElement | null {
  const joined = meeting.merges.filter((m) => m.explanation !== null);
  if (joined.length === 0 && meeting.sources.length < 2) return null;
  return h('section', { class: 'merges', 'aria-labelledby': 'merges-h' },
    h('h2', { id: 'merges-h' }, 'Why these sources are one meeting'),
    h('ul', {}, meeting.merges.map((m) => {
      const message = h('span', { class: 'form-message', role: 'status' });
      const decide = (action: 'confirm' | 'reject') => h('button', {
        type: 'button', class: ['decision', action], 'data-merge': action,
        onclick: () => {
          api.correct({ kind: 'merge', action, meetingId: meeting.id, documentId: m.source.documentId })
            .then(() => afterWrite(meeting, context))
            .catch((e: unknown) => { message.textContent = errorText(e); });
        },
      }, action === 'confirm' ? 'Confirm merge' : 'Not the same meeting');
      return h('li', {},
        sourceLink(m.source), ': ',
        m.explanation === null ? 'first report (the others joined it)' : [
          `matched on ${m.explanation.matched.map((x) => x.field).join(', ') || 'nothing recorded'} (score ${m.explanation.score.toFixed(2)})`,
          m.explanation.decidedBy === 'auto' ? '' : [' ', h('span', { class: 'badge corrected' }, `${m.explanation.decidedBy} by analyst`)],
          ' ', m.explanation.decidedBy === 'confirmed' ? null : decide('confirm'), ' ', decide('reject'), ' ', message]);
    })));
}

function correctionsSection(meeting: MeetingDetailView): HTMLElement {
  return h('section', { class: 'corrections', 'aria-labelledby': 'corrections-h' },
    h('h2', { id: 'corrections-h' }, 'Corrections'),
    meeting.corrections.length === 0
      ? h('p', { class: 'empty' }, 'No corrections. Use “Correct …” beside a field to set its value; extraction output is kept apart.')
      : h('ul', { class: 'correction-list' }, meeting.corrections.map((c) => h('li', { 'data-correction-id': c.id },
        h('span', { class: 'badge corrected' }, c.action), ' ',
        c.target === 'meeting-field' ? `${fieldLabel(c.field ?? '')} set to ${valueText(c.field ?? '', c.value)}` : `${c.target} ${c.action}ed`,
        c.note === null ? null : [' — ', h('q', {}, c.note)],
        h('span', { class: 'meta' }, ` (${c.createdAt})`)))));
}
