/**
 * Streams a gold `.jsonl` file (one annotated document per line, see `shared/corpus/SCHEMA.md`) and validates the
 * shape of each line before the scorer sees it.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Level, Meeting, Mode, Participant, PastReference, PlanKind, PlannedEvent } from '../domain/record.ts';

/** A participant as annotated in gold. */
/** A participant as annotated in gold: the record's fields without provenance. */
export type GoldParticipant = Omit<Participant, 'provenance'>;

/** A meeting as annotated in gold; the record's `Meeting` without provenance and ordinal. */
export type GoldMeeting = Omit<Meeting, 'provenance' | 'ordinal' | 'participants'> & { readonly participants: readonly GoldParticipant[] };

/** A planned event as annotated in gold. `evidence` is meant to be an exact substring of the document text. */
export type GoldPlannedEvent = Pick<PlannedEvent, 'what' | 'evidence' | 'whenText' | 'start' | 'end' | 'kind'>;

/** A reference to an earlier event as annotated in gold. */
export type GoldPastReference = Omit<PastReference, 'provenance'>;

/** The `gold` object of one corpus line. */
export interface GoldAnnotation {
  readonly published: string | null;
  readonly meetings: readonly GoldMeeting[];
  readonly topics: readonly string[];
  readonly plannedEvents: readonly GoldPlannedEvent[];
  readonly pastReferences: readonly GoldPastReference[];
}

/** One validated corpus line. `line` is its 1-based line number in the file. */
export interface GoldDocument {
  readonly id: string;
  readonly text: string;
  readonly gold: GoldAnnotation;
  readonly line: number;
  /** What an ingest knows about the document's source besides its text: never an annotation. */
  readonly source: { readonly publisher: string | null; readonly url: string | null };
}

/** A gold line that is not valid JSON or does not have the schema's shape. The message starts with `file:line:`. */
export class GoldFormatError extends Error {
  override readonly name = 'GoldFormatError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

const LEVELS: readonly Level[] = ['leader', 'foreign-minister', 'minister', 'vice-minister', 'senior-official', 'other'];
const MODES: readonly Mode[] = ['in-person', 'telephone', 'video'];
const PLAN_KINDS: readonly PlanKind[] = ['meeting', 'visit', 'dialogue', 'survey', 'mission', 'signing', 'other'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads `path` line by line (never the whole file at once) and yields each non-blank line as a validated
 * {@link GoldDocument}. Throws {@link GoldFormatError} at the first malformed line or repeated id; I/O errors
 * (missing file, permissions) propagate as the usual Node errors.
 */
export async function* readGold(path: string): AsyncGenerator<GoldDocument> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  const seen = new Set<string>();
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (line.trim() === '') continue;
      const doc = parseGoldLine(line, path, lineNumber);
      if (seen.has(doc.id)) throw new GoldFormatError(path, lineNumber, `duplicate id "${doc.id}"`);
      seen.add(doc.id);
      yield doc;
    }
  } finally {
    lines.close();
  }
}

/**
 * Parses and validates one gold line. Source metadata (publisher, url) is kept for the extractor, as an ingest
 * would know it; other keys not used for scoring (genre, complete, ...) are ignored.
 * Throws {@link GoldFormatError} naming `file`, `line` and the offending field path.
 */
export function parseGoldLine(source: string, file: string, line: number): GoldDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    throw new GoldFormatError(file, line, `not valid JSON (${(error as Error).message})`);
  }
  const check = new ShapeChecker(file, line);
  const root = check.object(parsed, 'line');
  const id = check.string(root['id'], 'id');
  if (id === '') check.fail('id', 'must not be empty');
  const text = check.string(root['text'], 'text');
  const gold = check.object(root['gold'], 'gold');
  const publisher = root['publisher'];
  const url = root['url'];
  return {
    id,
    text,
    line,
    source: {
      publisher: typeof publisher === 'string' && publisher !== '' ? publisher : null,
      url: typeof url === 'string' && url !== '' ? url : null,
    },
    gold: {
      published: check.isoDateOrNull(gold['published'], 'gold.published'),
      meetings: check.array(gold['meetings'], 'gold.meetings').map((m, i) => readMeeting(check, m, `gold.meetings[${i}]`)),
      topics: check.array(gold['topics'], 'gold.topics').map((t, i) => check.string(t, `gold.topics[${i}]`)),
      plannedEvents: check
        .array(gold['plannedEvents'], 'gold.plannedEvents')
        .map((e, i) => readPlannedEvent(check, e, `gold.plannedEvents[${i}]`)),
      pastReferences: check.array(gold['pastReferences'], 'gold.pastReferences').map((r, i) => {
        const at = `gold.pastReferences[${i}]`;
        const ref = check.object(r, at);
        return { what: check.string(ref['what'], `${at}.what`), evidence: check.evidence(ref['evidence'], `${at}.evidence`) };
      }),
    },
  };
}

function readMeeting(check: ShapeChecker, value: unknown, at: string): GoldMeeting {
  const m = check.object(value, at);
  const level = m['level'] === null ? null : check.oneOf(m['level'], LEVELS, `${at}.level`);
  const duration = m['durationMinutes'];
  if (duration !== null && (typeof duration !== 'number' || !Number.isFinite(duration) || duration < 0)) {
    check.fail(`${at}.durationMinutes`, 'must be a non-negative number or null');
  }
  return {
    date: check.isoDateOrNull(m['date'], `${at}.date`),
    level,
    mode: check.oneOf(m['mode'], MODES, `${at}.mode`),
    countries: check.array(m['countries'], `${at}.countries`).map((c, i) => check.string(c, `${at}.countries[${i}]`)),
    participants: check.array(m['participants'], `${at}.participants`).map((p, i) => {
      const pat = `${at}.participants[${i}]`;
      const participant = check.object(p, pat);
      return {
        name: check.string(participant['name'], `${pat}.name`),
        country: check.stringOrNull(participant['country'], `${pat}.country`),
        title: check.stringOrNull(participant['title'], `${pat}.title`),
      };
    }),
    durationMinutes: duration as number | null,
    place: check.stringOrNull(m['place'], `${at}.place`),
    occasion: check.stringOrNull(m['occasion'], `${at}.occasion`),
  };
}

function readPlannedEvent(check: ShapeChecker, value: unknown, at: string): GoldPlannedEvent {
  const e = check.object(value, at);
  return {
    what: check.string(e['what'], `${at}.what`),
    evidence: check.evidence(e['evidence'], `${at}.evidence`),
    whenText: check.stringOrNull(e['whenText'], `${at}.whenText`),
    start: check.isoDateOrNull(e['start'], `${at}.start`),
    end: check.isoDateOrNull(e['end'], `${at}.end`),
    kind: check.oneOf(e['kind'], PLAN_KINDS, `${at}.kind`),
  };
}

/** Small typed checks that throw a {@link GoldFormatError} naming the field path. */
class ShapeChecker {
  constructor(
    private readonly file: string,
    private readonly line: number,
  ) {}

  fail(at: string, problem: string): never {
    throw new GoldFormatError(this.file, this.line, `${at} ${problem}`);
  }

  object(value: unknown, at: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(at, `must be an object, got ${describe(value)}`);
    return value as Record<string, unknown>;
  }

  array(value: unknown, at: string): unknown[] {
    if (!Array.isArray(value)) this.fail(at, `must be an array, got ${describe(value)}`);
    return value;
  }

  string(value: unknown, at: string): string {
    if (typeof value !== 'string') this.fail(at, `must be a string, got ${describe(value)}`);
    return value;
  }

  stringOrNull(value: unknown, at: string): string | null {
    if (value !== null && typeof value !== 'string') this.fail(at, `must be a string or null, got ${describe(value)}`);
    return value;
  }

  isoDateOrNull(value: unknown, at: string): string | null {
    const date = this.stringOrNull(value, at);
    if (date !== null && !ISO_DATE.test(date)) this.fail(at, `must be an ISO date YYYY-MM-DD or null, got "${date}"`);
    return date;
  }

  evidence(value: unknown, at: string): string {
    const evidence = this.string(value, at);
    if (evidence === '') this.fail(at, 'must not be empty');
    return evidence;
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], at: string): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.fail(at, `must be one of ${allowed.join(', ')}, got ${describe(value)}`);
    }
    return value as T;
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing (missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
