/**
 * PLOVER-style event records, so event-data users (POLECAT and its tools) can load Readout's meetings and plans.
 *
 * PLOVER (Political Language Ontology for Verifiable Event Records) is the event ontology behind the POLECAT
 * dataset; it replaced CAMEO's 20 root codes with 16 event types plus per-type `mode`s and `context`s. Two of its
 * types cover what a readout reports:
 * - `CONSULT` — meetings, visits and calls between actors. Its modes (from the PLOVER manual, written here from
 *   memory and not checked against the manual in this session): `visit` (the source actor travels to the target),
 *   `host` (the source actor receives the target), `meet` (both meet at a third location), `phone` (a telephone or
 *   other remote conversation) and `mediate`.
 * - `AGREE` — agreeing to, promising or announcing future cooperation, including agreeing to meet or visit (CAMEO's
 *   "express intent to meet or negotiate", 036, became AGREE). A plan announced in a readout is an AGREE event on the
 *   day it was announced; the planned interval is kept in `planned`.
 *
 * Mapping from our {@link Mode} to CONSULT's mode:
 * | Readout | PLOVER | direction (`source_actor` → `target_actor`) |
 * |---|---|---|
 * | `telephone` | `phone` | the two sides in code order (readouts rarely say who called) |
 * | `video` | `phone` | as for `telephone`: PLOVER has no separate video mode |
 * | `in-person`, two sides, place in one side's country | `visit` | the visitor → the host |
 * | `in-person`, place in a third country, unknown, or more than two sides | `meet` | code order (no direction) |
 * We emit one event per meeting (the visitor's `visit`), not a mirrored `host` event.
 *
 * Countries are ISO 3166-1 alpha-3 codes as POLECAT uses (`country`), with our alpha-2 or organisation code beside it
 * (`code`); organisations (EU, UN, ASEAN) have `country: null`.
 */
import countries from 'i18n-iso-countries';
import type { Evidence, Mode } from '../domain/record.ts';
import { findPlaces } from '../stages/places/place-finder.ts';
import type { MeetingDetailView, MeetingView, PlanView, SourceView } from './views.ts';

/** A meeting with every field's per-source values and evidence: what a CONSULT event cites. */
export type MeetingWithFields = MeetingView & Pick<MeetingDetailView, 'fields'>;

export type PloverEventType = 'CONSULT' | 'AGREE';
export type PloverMode = 'visit' | 'host' | 'meet' | 'phone' | 'mediate';

export interface PloverActor {
  /** ISO 3166-1 alpha-3, null for organisations and unknown codes. */
  readonly country: string | null;
  /** Readout's code: ISO alpha-2 or an organisation code. */
  readonly code: string;
  /** Names of this side's participants (held meetings) or of the people the plan names with this country unknown. */
  readonly people: readonly string[];
}

export interface PloverSource {
  readonly documentId: number;
  readonly file: string | null;
  readonly url: string | null;
  readonly publisher: string | null;
  readonly published: string | null;
}

/** One event record; field names in PLOVER/POLECAT's snake_case. */
export interface PloverEvent {
  /** Stable id: `readout-meeting-<id>` or `readout-plan-<documentId>-<evidence start>-<evidence end>`. */
  readonly id: string;
  readonly event_type: PloverEventType;
  /** CONSULT's mode; null for AGREE. */
  readonly mode: PloverMode | null;
  /** ISO date: the meeting's date (CONSULT) or the announcement date (AGREE). */
  readonly event_date: string;
  /** The first side (the visitor for `visit`), null when the event has no sides. */
  readonly source_actor: PloverActor | null;
  /** The second side (the host for `visit`); null with fewer than two sides. */
  readonly target_actor: PloverActor | null;
  /** Every side, source and target first. */
  readonly actors: readonly PloverActor[];
  readonly level: string | null;
  readonly place: string | null;
  /** AGREE only: the announced event and its interval. */
  readonly planned: { readonly kind: string; readonly what: string; readonly whenText: string | null; readonly start: string | null; readonly end: string | null; readonly approximate: boolean; readonly status: string } | null;
  /** The document cited first (the earliest-published source of a meeting, the announcing document of a plan). */
  readonly source: PloverSource;
  /** Every source (a merged meeting has several). */
  readonly sources: readonly PloverSource[];
  /** The words the event rests on, with offsets into the source document's text. */
  readonly evidence: readonly { readonly field: string; readonly documentId: number; readonly text: string; readonly start: number; readonly end: number }[];
  /** The Readout record behind the event. */
  readonly readout: { readonly meetingId: number } | { readonly planId: number };
}

/** The events and what could not become one (meetings without a date, plans without an announcement date). */
export interface PloverExport {
  readonly events: readonly PloverEvent[];
  readonly leftOut: readonly { readonly kind: 'meeting' | 'plan'; readonly id: number; readonly reason: string }[];
}

/** PLOVER events: CONSULT for each held meeting, AGREE for each announced plan. Pure. */
export function exportPlover(meetings: readonly MeetingWithFields[], plans: readonly PlanView[]): PloverExport {
  const events: PloverEvent[] = [];
  const leftOut: { kind: 'meeting' | 'plan'; id: number; reason: string }[] = [];
  for (const m of meetings) {
    const event = consultEvent(m);
    if (event === null) leftOut.push({ kind: 'meeting', id: m.id, reason: 'no meeting date' });
    else events.push(event);
  }
  for (const p of plans) {
    const event = agreeEvent(p);
    if (event === null) leftOut.push({ kind: 'plan', id: p.id, reason: 'no announcement date' });
    else events.push(event);
  }
  return { events, leftOut };
}

/** One JSON object per line. */
export function formatPloverJsonl(events: readonly PloverEvent[]): string {
  return events.map((e) => JSON.stringify(e) + '\n').join('');
}

/**
 * The CONSULT mode and direction of a meeting: see the table in this module's TSDoc. `hostCountry` is the country of
 * the meeting's place when known.
 */
export function consultMode(mode: Mode, sides: readonly string[], hostCountry: string | null): { mode: PloverMode; order: readonly string[] } {
  const sorted = [...sides].sort();
  if (mode !== 'in-person') return { mode: 'phone', order: sorted };
  if (sorted.length === 2 && hostCountry !== null && sorted.includes(hostCountry)) {
    return { mode: 'visit', order: [...sorted.filter((c) => c !== hostCountry), hostCountry] };
  }
  return { mode: 'meet', order: sorted };
}

function consultEvent(m: MeetingWithFields): PloverEvent | null {
  if (m.date === null) return null;
  const hostCountry = m.place === null ? null : (findPlaces(m.place)[0]?.country ?? null);
  const { mode, order } = consultMode(m.mode, m.countries, hostCountry);
  const actors = order.map((code) => actor(code, m.participants.filter((p) => p.country === code).map((p) => p.name)));
  const sources = m.sources.map(ploverSource);
  const first = sources[0];
  if (first === undefined) return null;
  const evidence: PloverEvent['evidence'][number][] = [];
  for (const field of ['mode', 'date', 'countries', 'place']) {
    const values = m.fields.find((f) => f.field === field)?.values ?? [];
    const sourced = values.find((v) => v.evidence !== null && v.evidence.origin !== 'metadata');
    if (sourced?.evidence) evidence.push(evidenceOf(field, sourced.source.documentId, sourced.evidence));
  }
  return {
    id: `readout-meeting-${m.id}`,
    event_type: 'CONSULT',
    mode,
    event_date: m.date,
    source_actor: actors[0] ?? null,
    target_actor: actors[1] ?? null,
    actors,
    level: m.level,
    place: m.place,
    planned: null,
    source: first,
    sources,
    evidence,
    readout: { meetingId: m.id },
  };
}

function agreeEvent(p: PlanView): PloverEvent | null {
  if (p.announced === null) return null;
  const actors = [...p.countries].sort().map((code) => actor(code, []));
  const source = ploverSource(p.source);
  const evidence = [evidenceOf('evidence', p.source.documentId, p.evidence)];
  return {
    id: `readout-plan-${p.source.documentId}-${p.evidence.start}-${p.evidence.end}`,
    event_type: 'AGREE',
    mode: null,
    event_date: p.announced,
    source_actor: actors[0] ?? null,
    target_actor: actors[1] ?? null,
    actors,
    level: null,
    place: null,
    planned: { kind: p.kind, what: p.what, whenText: p.whenText, start: p.start, end: p.end, approximate: p.approximate, status: p.status },
    source,
    sources: [source],
    evidence,
    readout: { planId: p.id },
  };
}

function actor(code: string, people: readonly string[]): PloverActor {
  return { country: countries.alpha2ToAlpha3(code) ?? null, code, people };
}

function ploverSource(s: SourceView): PloverSource {
  return { documentId: s.documentId, file: s.file, url: s.url, publisher: s.publisher, published: s.published };
}

function evidenceOf(field: string, documentId: number, e: Evidence): PloverEvent['evidence'][number] {
  return { field, documentId, text: e.text, start: e.start, end: e.end };
}
