/**
 * Every listing command's `--format table|json|jsonl|csv`: JSON, JSONL and CSV from the export use case, and a
 * table for a person at a terminal (aligned columns, long cells clipped with `…`, a count at the end).
 */
import type { Cell, ListingSpec } from '../app/listing-columns.ts';
import { formatRecords } from '../app/export-records.ts';

export const LISTING_FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type ListingFormat = (typeof LISTING_FORMATS)[number];

/** `rows` in `format`, ending with a newline. */
export function formatListing<T>(rows: readonly T[], spec: ListingSpec<T>, format: ListingFormat): string {
  return format === 'table' ? formatTable(rows, spec) : formatRecords(rows, spec, format);
}

/**
 * An aligned table of the columns with a non-zero `tableWidth`: a heading line, a rule, one line per row, and a
 * footer counting the rows ("3 meetings"); "no meetings" when there are none.
 */
export function formatTable<T>(rows: readonly T[], spec: ListingSpec<T>): string {
  if (rows.length === 0) return `no ${spec.noun}\n`;
  const columns = spec.columns.filter((c) => c.tableWidth > 0);
  const cells = rows.map((r) => columns.map((c) => clip(c.tableValue ? c.tableValue(r) : tableCell(c.value(r)), c.tableWidth)));
  const widths = columns.map((c, i) => Math.max(c.header.length, Math.min(c.tableWidth, Math.max(...cells.map((row) => (row[i] ?? '').length)))));
  const line = (values: readonly string[]): string =>
    values.map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  const out = [line(columns.map((c) => c.header)), widths.map((w) => '─'.repeat(w)).join('  ')];
  for (const row of cells) out.push(line(row));
  out.push(`${rows.length} ${rows.length === 1 ? singular(spec.noun) : spec.noun}`);
  return out.join('\n') + '\n';
}

function tableCell(v: Cell): string {
  if (v === null || v === '') return '—';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return String(v);
}

function clip(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function singular(noun: string): string {
  if (noun === 'people') return 'person';
  if (noun === 'entries') return 'entry';
  return noun.endsWith('s') ? noun.slice(0, -1) : noun;
}
