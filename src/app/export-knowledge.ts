/**
 * The export use case: the whole knowledge base (or one dyad) as JSON, JSONL, CSV, iCalendar or PLOVER events,
 * written in pages so memory stays bounded on JSON, JSONL, CSV and PLOVER (iCalendar is built whole).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.ts';
import { listMeetings, listMeetingsWithFields } from '../storage/queries/meeting-queries.ts';
import { listPlans } from '../storage/queries/plan-queries.ts';
import { exportIcs } from './export-ics.ts';
import { exportPlover, formatPloverJsonl } from './export-plover.ts';
import { toCsv } from './export-records.ts';
import { MEETING_LISTING, PLAN_LISTING, type ListingSpec } from './listing-columns.ts';
import type { PlanView } from './views.ts';

export type ExportFormat = 'json' | 'jsonl' | 'csv' | 'ics' | 'plover';
export type ExportKind = 'meetings' | 'plans';

export interface ExportRequest {
  readonly format: ExportFormat;
  /** What to export: for json/jsonl/csv one kind (default meetings); iCalendar is always plans; PLOVER both unless given. */
  readonly kind?: ExportKind | undefined;
  /** Only this dyad ("JP-RU", any order). */
  readonly dyad?: string | undefined;
  /** Plan statuses as of this ISO date. */
  readonly asOf: string;
}

/** What was left out, and why (vague plans in a calendar, undated meetings in PLOVER). */
export interface ExportSummary {
  readonly written: number;
  readonly leftOut: readonly { readonly kind: 'meeting' | 'plan'; readonly id: number; readonly reason: string }[];
}

/** Rows fetched per query. */
const PAGE = 1000;

/** Writes the export through `write` (called with successive chunks of text) and returns what was written and left out. */
export async function exportKnowledge(db: Kysely<Database>, request: ExportRequest, write: (chunk: string) => void): Promise<ExportSummary> {
  const plans = (offset: number): Promise<PlanView[]> => listPlans(db, request.asOf, { dyad: request.dyad, limit: PAGE, offset });
  if (request.format === 'ics') {
    const all: PlanView[] = [];
    for await (const page of pages(plans)) all.push(...page);
    const { ics, leftOut } = exportIcs(all);
    write(ics);
    return { written: all.length - leftOut.length, leftOut: leftOut.map((l) => ({ kind: 'plan', id: l.planId, reason: l.reason })) };
  }
  if (request.format === 'plover') {
    let written = 0;
    const leftOut: ExportSummary['leftOut'][number][] = [];
    if (request.kind !== 'plans') {
      for await (const page of pages((offset) => listMeetingsWithFields(db, { dyad: request.dyad, limit: PAGE, offset }))) {
        const out = exportPlover(page, []);
        write(formatPloverJsonl(out.events));
        written += out.events.length;
        leftOut.push(...out.leftOut);
      }
    }
    if (request.kind !== 'meetings') {
      for await (const page of pages(plans)) {
        const out = exportPlover([], page);
        write(formatPloverJsonl(out.events));
        written += out.events.length;
        leftOut.push(...out.leftOut);
      }
    }
    return { written, leftOut };
  }
  if ((request.kind ?? 'meetings') === 'meetings') {
    return { written: await writeRecords(pages((offset) => listMeetings(db, { dyad: request.dyad, limit: PAGE, offset })), MEETING_LISTING, request.format, write), leftOut: [] };
  }
  return { written: await writeRecords(pages(plans), PLAN_LISTING, request.format, write), leftOut: [] };
}

async function writeRecords<T>(source: AsyncIterable<readonly T[]>, spec: ListingSpec<T>, format: 'json' | 'jsonl' | 'csv', write: (chunk: string) => void): Promise<number> {
  let written = 0;
  if (format === 'json') write('[');
  for await (const page of source) {
    if (format === 'csv') {
      const csv = toCsv(page, spec);
      // The header line once, at the top.
      write(written === 0 ? csv : csv.slice(csv.indexOf('\n') + 1));
    } else if (format === 'jsonl') {
      write(page.map((r) => JSON.stringify(r) + '\n').join(''));
    } else {
      write(page.map((r, i) => `${written + i === 0 ? '\n' : ',\n'}${JSON.stringify(r)}`).join(''));
    }
    written += page.length;
  }
  if (format === 'json') write(written === 0 ? ']\n' : '\n]\n');
  if (format === 'csv' && written === 0) write(toCsv([], spec));
  return written;
}

/** Successive non-empty pages of a paged query. */
async function* pages<T>(fetch: (offset: number) => Promise<T[]>): AsyncIterable<T[]> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await fetch(offset);
    if (page.length > 0) yield page;
    if (page.length < PAGE) return;
  }
}
