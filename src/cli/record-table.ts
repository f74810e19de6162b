/**
 * A readable summary of one record for a person at a terminal: what happened, who, when, where, what comes next,
 * with the source words beside each normalised value.
 */
import type { Evidence, ReadoutRecord } from '../domain/record.ts';

const WIDTH = 100;

export function formatRecordTable(r: ReadoutRecord): string {
  const out: string[] = [];
  out.push('═'.repeat(WIDTH));
  out.push(clip(`${r.title ?? '(untitled)'}`));
  out.push(row('file', r.file));
  if (r.publisher) out.push(row('publisher', r.publisher));
  out.push(row('published', withSource(r.published, r.provenance.published)));
  if (r.meetings.length === 0) out.push(row('meeting', '(none reported)'));
  for (const m of r.meetings) {
    out.push('─'.repeat(WIDTH));
    out.push(row('meeting date', withSource(m.date, m.provenance.date)));
    out.push(row('level / mode', `${m.level ?? '?'} / ${m.mode}`));
    out.push(row('countries', m.countries.join(', ') || '?'));
    for (const p of m.participants) out.push(row('participant', `${p.name}${p.title ? `, ${p.title}` : ''}${p.country ? ` (${p.country})` : ''}`));
    if (m.durationMinutes !== null) out.push(row('duration', `${m.durationMinutes} min  ← ${m.provenance.durationMinutes.map((e) => `“${e.text}”`).join(' + ')}`));
    if (m.place) out.push(row('place', m.place));
    if (m.occasion) out.push(row('occasion', m.occasion));
    if (m.ordinal) out.push(row('ordinal', withSource(String(m.ordinal), m.provenance.ordinal)));
  }
  if (r.topics.length > 0) {
    out.push('─'.repeat(WIDTH));
    for (const t of r.topics) out.push(row('topic', t));
  }
  if (r.plannedEvents.length > 0) {
    out.push('─'.repeat(WIDTH));
    for (const p of r.plannedEvents) {
      const when = p.start || p.end ? `${p.start ?? '…'} .. ${p.end ?? '…'}${p.approximate ? ' (approx.)' : ''}` : 'no date';
      out.push(row(`plan: ${p.kind}`, `${when}  “${p.whenText ?? '—'}”`));
      out.push(row('', `“${p.evidence}”`));
    }
  }
  for (const ref of r.pastReferences) out.push(row('refers to', `“${ref.evidence}”`));
  for (const t of r.terms) out.push(row('term', `${t.term}${t.gloss ? ` = ${t.gloss}` : ''}${t.abbreviation ? ` (${t.abbreviation})` : ''}`));
  for (const i of r.issues) out.push(row('issue', `${i.code}: ${i.message}`));
  return out.join('\n');
}

function withSource(value: string | null, ev: Evidence | null): string {
  if (value === null) return '?';
  return ev && ev.text !== value ? `${value}  ← “${ev.text}”` : value;
}

function row(label: string, value: string): string {
  return clip(`  ${label.padEnd(14)} ${value}`);
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > WIDTH ? `${flat.slice(0, WIDTH - 1)}…` : flat;
}
