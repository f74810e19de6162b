/**
 * The HTTP API as typed functions. Shapes come from `src/app/views.ts` (the views every surface reads); the few
 * shapes only the API adds (ingest results, a person with meetings) are declared here as the API's schemas give them.
 */
import type {
  CorrectionView, DocumentDetail as ServerDocumentDetail, DocumentSummary, DyadSummary, MeetingDetailView, MeetingView, PersonView, PlanView,
  SearchHit, StatsRow, TimelineEntry,
} from '../../src/app/views.ts';

export type {
  CorrectionView, DocumentSummary, DyadSummary, FollowUpStatus, MeetingDetailView, MeetingView, PersonView, PlanView, SearchHit, SourceView, StatsRow, TimelineEntry,
} from '../../src/app/views.ts';
export type { Evidence, Level, Mode } from '../../src/domain/record.ts';

/** The subset of a stored record (`ReadoutRecord` without text) the UI reads. */
export interface StoredRecord {
  readonly topics?: readonly string[];
  readonly provenance?: { readonly topics?: readonly { readonly text: string; readonly start: number; readonly end: number; readonly rule: string }[] };
  readonly meetings?: readonly unknown[];
}

/** `GET /api/documents/{id}`: the text every evidence offset refers to (untrusted: always inserted as text). */
export interface DocumentDetail extends Omit<ServerDocumentDetail, 'record'> {
  readonly record: StoredRecord | null;
}

export interface IngestOutcome {
  readonly input: string;
  readonly status: 'added' | 'updated' | 'unchanged' | 'failed';
  readonly documentId?: number;
  readonly reason?: string;
  readonly via?: string;
}

export interface IngestResult {
  readonly summary: { readonly added: number; readonly updated: number; readonly unchanged: number; readonly failed: number };
  readonly outcomes: readonly IngestOutcome[];
}

export interface PersonDetail extends PersonView {
  readonly meetings: readonly MeetingView[];
}

export interface Stats {
  readonly rows: readonly StatsRow[];
  readonly documents: { readonly current: number; readonly superseded: number; readonly failed: readonly { readonly documentId: number; readonly source: string; readonly error: string }[] };
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly limit: number;
  readonly offset: number;
}

/** What `POST /api/corrections` accepts. */
export type CorrectionRequest =
  | { readonly kind: 'set-field'; readonly meetingId: number; readonly field: string; readonly value: string | number | null; readonly note?: string | null }
  | { readonly kind: 'merge'; readonly action: 'confirm' | 'reject'; readonly meetingId: number; readonly documentId: number; readonly note?: string | null }
  | { readonly kind: 'follow-up'; readonly action: 'confirm' | 'reject'; readonly planId: number; readonly heldMeetingId?: number | null; readonly note?: string | null };

/** An error response of the API: its status, message and field-level issues. */
export class ApiError extends Error {
  readonly status: number;
  readonly issues: readonly { readonly path: readonly (string | number)[]; readonly message: string }[];

  constructor(status: number, message: string, issues: ApiError['issues'] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.issues = issues;
  }
}

type Query = Record<string, string | number | null | undefined>;

function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== null && v !== undefined && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs === '' ? path : `${path}?${qs}`;
}

async function request<T>(method: string, path: string, body?: BodyInit, contentType?: string): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (contentType !== undefined) headers['content-type'] = contentType;
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = body;
  const response = await fetch(path, init);
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  const payload: unknown = isJson ? await response.json() : await response.text();
  if (!response.ok) {
    const err = (isJson ? payload : {}) as { error?: string; issues?: ApiError['issues'] };
    throw new ApiError(response.status, err.error ?? `${response.status} ${response.statusText}`, err.issues ?? []);
  }
  return payload as T;
}

const get = <T>(path: string, query?: Query): Promise<T> => request<T>('GET', withQuery(path, query));
const postJson = <T>(path: string, body: unknown): Promise<T> => request<T>('POST', path, JSON.stringify(body), 'application/json');

export const api = {
  dyads: (asOf?: string) => get<{ items: DyadSummary[]; asOf: string }>('/api/dyads', { asOf }),
  timeline: (dyad: string, asOf?: string) =>
    get<{ dyad: string; asOf: string; items: TimelineEntry[] }>(`/api/dyads/${encodeURIComponent(dyad)}/timeline`, { asOf }),
  meetings: (query: Query) => get<Page<MeetingView>>('/api/meetings', query),
  meeting: (id: number) => get<MeetingDetailView>(`/api/meetings/${id}`),
  plans: (query: Query) => get<Page<PlanView>>('/api/plans', query),
  people: (query: Query) => get<Page<PersonView>>('/api/people', query),
  person: (id: number) => get<PersonDetail>(`/api/people/${id}`),
  search: (q: string) => get<SearchHit[] | { items: SearchHit[] }>('/api/search', { q }).then((r) => (Array.isArray(r) ? r : r.items)),
  stats: () => get<Stats>('/api/stats'),
  documents: (query: Query) => get<Page<DocumentSummary>>('/api/documents', query),
  document: (id: number) => get<DocumentDetail>(`/api/documents/${id}`),
  ingestText: (text: string, title?: string, publisher?: string) =>
    postJson<IngestResult>('/api/documents/text', { text, ...(title ? { title } : {}), ...(publisher ? { publisher } : {}) }),
  ingestUrl: (url: string, publisher?: string) => postJson<IngestResult>('/api/documents/url', { url, ...(publisher ? { publisher } : {}) }),
  ingestFile: (file: File, publisher?: string) => {
    const form = new FormData();
    form.append('file', file, file.name);
    if (publisher) form.append('publisher', publisher);
    return request<IngestResult>('POST', '/api/documents', form);
  },
  corrections: (query: Query) => get<Page<CorrectionView> | CorrectionView[]>('/api/corrections', query)
    .then((r) => (Array.isArray(r) ? r : r.items)),
  correct: (body: CorrectionRequest) => postJson<{ correctionIds: number[]; message: string }>('/api/corrections', body),
};

/** Where the iCalendar of planned events is served (`dyad` narrows it to one relationship). */
export function icsPath(dyad?: string): string {
  return withQuery('/api/export/plans.ics', { dyad });
}
