/**
 * Builders for linking tests: small records with evidence pointing into a made-up text, so each test states only
 * the fields it is about.
 */
import type { Evidence, Meeting, Mode, Level, Participant, PastReference, PlanKind, PlannedEvent, ReadoutRecord } from '../src/domain/record.ts';
import type { LinkDocument } from '../src/linking/link-document.ts';

export function evidence(text: string, rule = 'test'): Evidence {
  return { text, start: 0, end: text.length, rule };
}

export function person(name: string, country: string | null, title: string | null = null): Participant {
  return { name, country, title, provenance: { name: evidence(name), country: null, title: null } };
}

export interface MeetingSpec {
  date?: string | null;
  mode?: Mode;
  level?: Level | null;
  countries: string[];
  participants?: Participant[];
  place?: string | null;
  occasion?: string | null;
  durationMinutes?: number | null;
}

export function meeting(spec: MeetingSpec): Meeting {
  const date = spec.date ?? null;
  const place = spec.place ?? null;
  return {
    date,
    level: spec.level === undefined ? 'leader' : spec.level,
    mode: spec.mode ?? 'in-person',
    countries: [...spec.countries].sort(),
    participants: spec.participants ?? [],
    durationMinutes: spec.durationMinutes ?? null,
    place,
    occasion: spec.occasion ?? null,
    ordinal: null,
    provenance: {
      date: date === null ? null : evidence(date),
      level: null,
      mode: null,
      countries: spec.countries.map((c) => evidence(c)),
      durationMinutes: [],
      place: place === null ? null : evidence(place),
      occasion: spec.occasion == null ? null : evidence(spec.occasion),
      ordinal: null,
    },
  };
}

export interface PlanSpec {
  evidence: string;
  kind: PlanKind;
  start?: string | null;
  end?: string | null;
  approximate?: boolean;
  countries?: string[];
  people?: string[];
}

export function plan(spec: PlanSpec): PlannedEvent {
  return {
    what: spec.evidence,
    evidence: spec.evidence,
    whenText: spec.start == null ? null : 'when',
    start: spec.start ?? null,
    end: spec.end === undefined ? (spec.start ?? null) : spec.end,
    kind: spec.kind,
    approximate: spec.approximate ?? false,
    countries: spec.countries ?? [],
    people: spec.people ?? [],
    provenance: { evidence: evidence(spec.evidence), when: null, kind: evidence(spec.kind) },
  };
}

export function reference(text: string): PastReference {
  return { what: text, evidence: text, provenance: { evidence: evidence(text) } };
}

export interface DocSpec {
  key: string;
  published?: string | null;
  publisher?: string | null;
  title?: string | null;
  url?: string | null;
  meetings?: Meeting[];
  plans?: PlannedEvent[];
  references?: PastReference[];
  text?: string;
}

export function doc(spec: DocSpec): LinkDocument {
  const record: Omit<ReadoutRecord, 'text'> & { text?: string } = {
    file: spec.key,
    title: spec.title ?? null,
    publisher: spec.publisher ?? null,
    published: spec.published ?? null,
    meetings: spec.meetings ?? [],
    topics: [],
    plannedEvents: spec.plans ?? [],
    pastReferences: spec.references ?? [],
    terms: [],
    issues: [],
    provenance: { title: null, publisher: null, published: spec.published == null ? null : evidence(spec.published), topics: [] },
    ...(spec.text === undefined ? {} : { text: spec.text }),
  };
  return { key: spec.key, published: spec.published ?? null, publisher: spec.publisher ?? null, url: spec.url ?? null, record };
}
