/**
 * JSON, JSONL and CSV renderings of listings (meetings, plans, ...): the `export` use case for those formats and the
 * machine-readable side of every `--format` listing. Pure: views in, text out.
 */
import { stringify } from 'csv-stringify/sync';
import type { Cell, ListingSpec } from './listing-columns.ts';

export type RecordFormat = 'json' | 'jsonl' | 'csv';

/**
 * `rows` as text in `format`: `json` an indented array of the whole views, `jsonl` one view per line, `csv` a header
 * line and one line per row with the spec's flattened columns (RFC 4180 quoting, `\n` line ends). Ends with a newline
 * unless `csv` has no columns.
 */
export function formatRecords<T>(rows: readonly T[], spec: ListingSpec<T>, format: RecordFormat): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (format === 'jsonl') return rows.map((r) => JSON.stringify(r) + '\n').join('');
  return toCsv(rows, spec);
}

/** CSV with a header line; nulls are empty cells, booleans `true`/`false`. */
export function toCsv<T>(rows: readonly T[], spec: ListingSpec<T>): string {
  const header = spec.columns.map((c) => c.header);
  const body = rows.map((r) => spec.columns.map((c) => csvCell(c.value(r))));
  return stringify([header, ...body], { record_delimiter: 'unix' });
}

function csvCell(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return String(v);
}
