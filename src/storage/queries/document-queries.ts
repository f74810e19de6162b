/**
 * Stored documents listed and read back with their text and record (dialect-neutral Kysely).
 */
import type { Kysely } from 'kysely';
import type { DocumentDetail, DocumentSummary } from '../../app/views.ts';
import type { Issue } from '../../domain/record.ts';
import { parseJson } from './source-views.ts';
import type { Database, DocumentRow } from '../schema.ts';

export type { DocumentDetail, DocumentSummary };

/** Filters of {@link listDocuments}. */
export interface DocumentFilters {
  /** Include superseded versions (default: current documents only). */
  readonly includeSuperseded?: boolean | undefined;
  readonly status?: 'ok' | 'failed' | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

const SUMMARY_COLUMNS = ['id', 'file', 'url', 'title', 'publisher', 'published', 'version', 'is_current', 'format', 'status', 'error', 'ingested_at'] as const;

/** Stored documents, most recently ingested first (then highest id), a page at a time (default 100 from 0). */
export async function listDocuments(db: Kysely<Database>, filters: DocumentFilters = {}): Promise<DocumentSummary[]> {
  let query = db.selectFrom('documents').select(SUMMARY_COLUMNS);
  if (filters.includeSuperseded !== true) query = query.where('is_current', '=', 1);
  if (filters.status !== undefined) query = query.where('status', '=', filters.status);
  const rows = await query.orderBy('id', 'desc').limit(filters.limit ?? 100).offset(filters.offset ?? 0).execute();
  return rows.map(summaryOf);
}

/** The document `id` with its text and record; null when there is none. */
export async function documentDetail(db: Kysely<Database>, id: number): Promise<DocumentDetail | null> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return null;
  const meetings = await db.selectFrom('doc_meetings').select('meeting_id').distinct()
    .where('document_id', '=', id).where('meeting_id', 'is not', null).orderBy('meeting_id').execute();
  return {
    ...summaryOf(row),
    text: row.text,
    issues: parseJson<Issue[]>(row.issues_json, []),
    record: parseJson<Record<string, unknown> | null>(row.record_json, null),
    meetingIds: meetings.map((m) => m.meeting_id).filter((m): m is number => m !== null),
  };
}

function summaryOf(row: Pick<DocumentRow, (typeof SUMMARY_COLUMNS)[number]>): DocumentSummary {
  return {
    id: row.id,
    file: row.file,
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    published: row.published,
    version: row.version,
    current: row.is_current === 1,
    format: row.format,
    status: row.status,
    error: row.error,
    ingestedAt: row.ingested_at,
  };
}
