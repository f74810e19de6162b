/**
 * Zod schemas of what the HTTP API returns: the view types of `app/views.ts` (and a few HTTP-only shapes), written
 * once here so the same schemas type the handlers' responses, document them in `/openapi.json`, and check real
 * responses in the tests. Each schema is registered as an OpenAPI component under the view's name.
 *
 * The `satisfies` checks at the end of the file fail to compile when a view type gains or loses a top-level field or
 * changes a field's type incompatibly, so the document cannot drift from the views unnoticed.
 */
import { z } from '@hono/zod-openapi';
import type { Evidence, Level, Mode, PlanKind } from '../domain/record.ts';
import type {
  CorrectionView, FollowUpStatus, HeldByView, MeetingDetailView, MeetingView, MergeExplanation, ParticipantView, PersonView,
  PlanView, SearchHit, SourceView, SourcedValue, StatsRow,
} from '../app/views.ts';

export const LEVELS = ['leader', 'foreign-minister', 'minister', 'vice-minister', 'senior-official', 'other'] as const satisfies readonly Level[];
export const MODES = ['in-person', 'telephone', 'video'] as const satisfies readonly Mode[];
export const PLAN_KINDS = ['meeting', 'visit', 'dialogue', 'survey', 'mission', 'signing', 'other'] as const satisfies readonly PlanKind[];
export const FOLLOW_UP_STATUSES = ['pending', 'held', 'overdue'] as const satisfies readonly FollowUpStatus[];

/** A JSON array; readonly, as the views' arrays are. */
export function list<T extends z.ZodType>(item: T) {
  return z.array(item).readonly();
}

const isoDate = z.string().openapi({ format: 'date', example: '2017-09-18' });

export const EvidenceSchema = z.object({
  text: z.string().openapi({ description: 'The exact words, `documentText.slice(start, end)`', example: 'September 18, 2017' }),
  start: z.number().int().openapi({ description: 'Offset of the first character in the document text (UTF-16 code units)' }),
  end: z.number().int().openapi({ description: 'Offset after the last character (half-open range)' }),
  rule: z.string().openapi({ example: 'dates/month-day-year' }),
  origin: z.literal('metadata').optional().openapi({ description: 'Set when the value came from source metadata, not the text' }),
}).openapi('Evidence');

export const SourceViewSchema = z.object({
  documentId: z.number().int(),
  file: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  published: isoDate.nullable(),
}).openapi('Source');

export const SourcedValueSchema = z.object({
  value: z.unknown(),
  source: SourceViewSchema,
  evidence: EvidenceSchema.nullable(),
}).openapi('SourcedValue');

const SourcedStringSchema = z.object({
  value: z.string(),
  source: SourceViewSchema,
  evidence: EvidenceSchema.nullable(),
}).openapi('SourcedString');

export const ParticipantViewSchema = z.object({
  personId: z.number().int().openapi({ description: '0 when the link step has not resolved the person yet' }),
  name: z.string(),
  country: z.string().nullable(),
  title: z.string().nullable(),
  mentions: list(SourcedStringSchema),
}).openapi('Participant');

export const MergeExplanationSchema = z.object({
  matched: list(z.object({ field: z.string(), a: EvidenceSchema.nullable(), b: EvidenceSchema.nullable() })),
  score: z.number(),
  decidedBy: z.enum(['auto', 'confirmed', 'rejected']),
}).openapi('MergeExplanation');

export const CorrectionViewSchema = z.object({
  id: z.number().int(),
  createdAt: z.string().openapi({ format: 'date-time' }),
  target: z.enum(['meeting-field', 'merge', 'follow-up']),
  action: z.enum(['set', 'confirm', 'reject']),
  field: z.string().nullable(),
  value: z.unknown(),
  note: z.string().nullable(),
}).openapi('Correction');

const FieldValuesSchema = z.object({ field: z.string(), values: list(SourcedValueSchema) }).openapi('FieldValues');

export const MeetingViewSchema = z.object({
  id: z.number().int(),
  date: isoDate.nullable(),
  level: z.enum(LEVELS).nullable(),
  mode: z.enum(MODES),
  countries: list(z.string()).openapi({ example: ['JP', 'RU'] }),
  place: z.string().nullable(),
  occasion: z.string().nullable(),
  durationMinutes: z.number().nullable(),
  participants: list(ParticipantViewSchema),
  sources: list(SourceViewSchema),
  conflicts: list(FieldValuesSchema),
  corrections: list(CorrectionViewSchema),
}).openapi('Meeting');

export const HeldByViewSchema = z.object({
  meetingId: z.number().int().nullable(),
  sources: list(SourceViewSchema),
  evidence: EvidenceSchema,
  matched: list(z.string()),
  decidedBy: z.enum(['auto', 'confirmed']),
}).openapi('HeldBy');

export const PlanViewSchema = z.object({
  id: z.number().int(),
  what: z.string(),
  kind: z.enum(PLAN_KINDS),
  evidence: EvidenceSchema,
  whenText: z.string().nullable().openapi({ example: 'at the beginning of October' }),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  approximate: z.boolean(),
  countries: list(z.string()),
  people: list(z.string()),
  source: SourceViewSchema,
  announced: isoDate.nullable(),
  status: z.enum(FOLLOW_UP_STATUSES),
  heldBy: HeldByViewSchema.nullable(),
}).openapi('Plan');

export const MeetingDetailViewSchema = MeetingViewSchema.extend({
  fields: list(FieldValuesSchema),
  merges: list(z.object({ source: SourceViewSchema, explanation: MergeExplanationSchema.nullable() })),
  plans: list(PlanViewSchema),
}).openapi('MeetingDetail');

export const PersonViewSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  aliases: list(z.string()),
  roles: list(z.object({ title: z.string().nullable(), country: z.string().nullable(), first: isoDate.nullable(), last: isoDate.nullable() })),
  meetingIds: list(z.number().int()),
}).openapi('Person');

export const PersonDetailSchema = PersonViewSchema.extend({
  meetings: list(MeetingViewSchema),
}).openapi('PersonDetail');

export const StatsRowSchema = z.object({
  dyad: z.string().openapi({ example: 'JP-RU' }),
  year: z.number().int().nullable(),
  level: z.enum(LEVELS).nullable(),
  mode: z.enum(MODES),
  meetings: z.number().int(),
}).openapi('StatsRow');

export const StatsSchema = z.object({
  rows: list(StatsRowSchema),
  documents: z.object({
    current: z.number().int(),
    superseded: z.number().int(),
    failed: list(z.object({ documentId: z.number().int(), source: z.string(), error: z.string() })),
  }),
}).openapi('Stats');

export const SearchHitSchema = z.object({
  source: SourceViewSchema,
  snippet: z.string().openapi({ description: 'Text around the match, the matched words between « and »' }),
  rank: z.number(),
}).openapi('SearchHit');

export const DyadSummarySchema = z.object({
  dyad: z.string().openapi({ example: 'JP-RU' }),
  countries: list(z.string()),
  meetings: z.number().int(),
  lastMeeting: z.object({ id: z.number().int(), date: isoDate.nullable(), level: z.enum(LEVELS).nullable(), mode: z.enum(MODES) }).nullable(),
  pendingFollowUps: z.number().int(),
  overdueFollowUps: z.number().int(),
}).openapi('DyadSummary');

const IssueSchema = z.object({ code: z.string(), message: z.string(), span: z.tuple([z.number().int(), z.number().int()]).readonly().nullable() }).openapi('DocumentIssue');

export const DocumentSummarySchema = z.object({
  id: z.number().int(),
  file: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  published: isoDate.nullable(),
  version: z.number().int(),
  current: z.boolean(),
  format: z.string(),
  status: z.enum(['ok', 'failed']),
  error: z.string().nullable(),
  ingestedAt: z.string(),
}).openapi('DocumentSummary');

export const DocumentDetailSchema = DocumentSummarySchema.extend({
  text: z.string().openapi({ description: 'The document text every evidence offset refers to (plain text; never HTML)' }),
  issues: list(IssueSchema),
  record: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'The extracted ReadoutRecord without its text (see SCHEMA.md); null when extraction failed' }),
  meetingIds: list(z.number().int()).openapi({ description: 'The merged meetings this document is a source of' }),
}).openapi('DocumentDetail');

export const IngestOutcomeSchema = z.object({
  input: z.string(),
  status: z.enum(['added', 'updated', 'unchanged', 'failed']),
  documentId: z.number().int().optional(),
  reason: z.string().optional(),
  via: z.string().optional(),
}).openapi('IngestOutcome');

export const IngestResultSchema = z.object({
  summary: z.object({
    added: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), failed: z.number().int(),
  }),
  outcomes: list(IngestOutcomeSchema),
}).openapi('IngestResult');

export const CorrectionOutcomeSchema = z.object({
  correctionIds: list(z.number().int()),
  message: z.string(),
}).openapi('CorrectionOutcome');

export const ErrorSchema = z.object({
  error: z.string().openapi({ example: 'invalid request' }),
  issues: list(z.object({
    path: list(z.union([z.string(), z.number()])).openapi({ example: ['query', 'limit'] }),
    message: z.string(),
  })).optional(),
}).openapi('Error');

/** A page of a listing: the items, and the limit and offset that produced it. */
export function pageSchema<T extends z.ZodType>(item: T, name: string) {
  return z.object({
    items: list(item),
    limit: z.number().int(),
    offset: z.number().int(),
  }).openapi(name);
}

// Compile-time checks: every view value is a valid input of its schema, and the schema has exactly the view's fields.
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
type Accepts<S extends z.ZodType, V> = V extends z.input<S> ? SameKeys<V, z.output<S>> : false;
const viewChecks = {
  evidence: true satisfies Accepts<typeof EvidenceSchema, Evidence>,
  source: true satisfies Accepts<typeof SourceViewSchema, SourceView>,
  sourced: true satisfies Accepts<typeof SourcedValueSchema, SourcedValue<unknown>>,
  participant: true satisfies Accepts<typeof ParticipantViewSchema, ParticipantView>,
  merge: true satisfies Accepts<typeof MergeExplanationSchema, MergeExplanation>,
  correction: true satisfies Accepts<typeof CorrectionViewSchema, CorrectionView>,
  meeting: true satisfies Accepts<typeof MeetingViewSchema, MeetingView>,
  heldBy: true satisfies Accepts<typeof HeldByViewSchema, HeldByView>,
  plan: true satisfies Accepts<typeof PlanViewSchema, PlanView>,
  detail: true satisfies Accepts<typeof MeetingDetailViewSchema, MeetingDetailView>,
  person: true satisfies Accepts<typeof PersonViewSchema, PersonView>,
  stats: true satisfies Accepts<typeof StatsRowSchema, StatsRow>,
  search: true satisfies Accepts<typeof SearchHitSchema, SearchHit>,
};
void viewChecks;
