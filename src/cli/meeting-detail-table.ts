/**
 * `readout show` for a person at a terminal: one merged meeting, every field with each source's value and the words
 * it came from, the people, the sources and why they were merged, conflicts, corrections, and the plans around it.
 */
import { citeSource, dyadName } from '../app/listing-columns.ts';
import type { Evidence } from '../domain/record.ts';
import type { MeetingDetailView, PersonView, SourceView } from '../app/views.ts';

const WIDTH = 110;

/** The meeting as readable text, ending with a newline. */
export function formatMeetingDetail(m: MeetingDetailView): string {
  const out: string[] = [];
  const sourceNo = new Map<number, number>(m.sources.map((s, i) => [s.documentId, i + 1]));
  const ref = (s: SourceView): string => `[${sourceNo.get(s.documentId) ?? '?'}]`;
  out.push('═'.repeat(WIDTH));
  out.push(clip(`meeting ${m.id}: ${m.date ?? 'undated'}  ${dyadName(m.countries) || '?'}  ${m.level ?? '?'}  ${m.mode}${m.place ? `  ${m.place}` : ''}`));
  out.push('─'.repeat(WIDTH));
  const corrected = new Map(m.corrections.filter((c) => c.target === 'meeting-field' && c.field !== null).map((c) => [c.field, c]));
  for (const f of m.fields) {
    const correction = corrected.get(f.field);
    if (correction) out.push(row(f.field, `${show(correction.value)}  (corrected by an analyst, correction ${correction.id}${correction.note ? `: ${correction.note}` : ''})`));
    const known = f.values.filter((v) => v.value !== null && !(Array.isArray(v.value) && v.value.length === 0));
    if (known.length === 0 && !correction) continue;
    for (const v of known) out.push(row(correction ? '' : f.field, `${show(v.value)}  ${ref(v.source)}${evidence(v.evidence, show(v.value))}`));
  }
  if (m.participants.length > 0) {
    out.push('─'.repeat(WIDTH));
    for (const p of m.participants) {
      const spellings = [...new Set(p.mentions.map((x) => `${x.value} ${ref(x.source)}`))].join(', ');
      out.push(row('participant', `${p.name}${p.title ? `, ${p.title}` : ''}${p.country ? ` (${p.country})` : ''}  — ${spellings}`));
    }
  }
  out.push('─'.repeat(WIDTH));
  m.sources.forEach((s, i) => {
    const merge = m.merges.find((x) => x.source.documentId === s.documentId)?.explanation ?? null;
    out.push(row(`source [${i + 1}]`, `document ${s.documentId}: ${citeSource(s)}${s.publisher ? `, ${s.publisher}` : ''}${s.published ? `, ${s.published}` : ''}`));
    if (merge) out.push(row('', `merged (${merge.decidedBy}, score ${merge.score}) on ${merge.matched.map((x) => x.field).join(', ') || 'an analyst decision'}`));
  });
  for (const c of m.conflicts) {
    out.push(row('conflict', `${c.field}: ${c.values.map((v) => `${show(v.value)} ${ref(v.source)}`).join(' vs ')}`));
  }
  for (const c of m.corrections) {
    if (c.target === 'meeting-field') continue;
    out.push(row('correction', `${c.action} ${c.target} ${JSON.stringify(c.value)} (${c.createdAt})${c.note ? `: ${c.note}` : ''}`));
  }
  if (m.plans.length > 0) {
    out.push('─'.repeat(WIDTH));
    for (const p of m.plans) {
      const held = p.heldBy?.meetingId === m.id && !sourceNo.has(p.source.documentId);
      const when = p.start === null ? 'no date' : `${p.approximate ? '≈' : ''}${p.start}..${p.end ?? '…'}`;
      out.push(row(held ? 'fulfils plan' : `plan ${p.id}`, `${p.what} (${p.kind}; “${p.whenText ?? '—'}” ${when}) — ${p.status}${p.heldBy?.meetingId != null ? ` by meeting ${p.heldBy.meetingId}` : ''}`));
    }
  }
  return out.join('\n') + '\n';
}

/** People (from `readout person`) as readable text: roles over time, then their meetings' count; ends with a newline. */
export function formatPersonHeader(p: PersonView): string {
  const out = [clip(`${p.name}${p.aliases.length > 0 ? `  (also: ${p.aliases.join(', ')})` : ''}`)];
  for (const r of p.roles) out.push(row('role', `${r.title ?? '(no title)'}${r.country ? ` (${r.country})` : ''}  ${r.first ?? '?'} .. ${r.last ?? '?'}`));
  out.push(row('meetings', String(p.meetingIds.length)));
  return out.join('\n') + '\n';
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

function evidence(e: Evidence | null, value: string): string {
  if (e === null) return '';
  const where = e.origin === 'metadata' ? 'metadata' : `${e.start}–${e.end}`;
  return e.text === value ? `  @${where}` : `  ← “${e.text}” @${where}`;
}

function row(label: string, value: string): string {
  return clip(`  ${label.padEnd(14)} ${value}`);
}

function clip(s: string): string {
  const flat = s.replace(/[\r\n\t]+/g, ' ');
  return flat.length > WIDTH ? `${flat.slice(0, WIDTH - 1)}…` : flat;
}
