/**
 * Zod schemas of what the HTTP API accepts: query parameters, path parameters and JSON bodies. They validate each
 * request (a failure is a 400 with one issue per field) and document it in `/openapi.json`. Query objects are
 * strict: an unknown parameter is an error rather than a filter silently ignored.
 */
import { z } from '@hono/zod-openapi';
import { FOLLOW_UP_STATUSES, LEVELS, MODES, PLAN_KINDS } from './view-schemas.ts';

/** Largest page a listing returns. */
export const MAX_PAGE_SIZE = 1000;

/** `YYYY-MM-DD` naming a real calendar day. */
export const isoDateParam = z.string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a calendar date')
  .openapi({ format: 'date', example: '2017-09-18' });

const count = (description: string, fallback: number, max: number) => z.string()
  .regex(/^\d{1,9}$/, 'expected a whole number')
  .transform(Number)
  .pipe(z.number().int().max(max, `at most ${max}`))
  .optional()
  .transform((n) => n ?? fallback)
  .openapi({ type: 'integer', description, example: fallback });

export const pagination = {
  limit: count(`Page size, 1-${MAX_PAGE_SIZE} (default 100)`, 100, MAX_PAGE_SIZE).refine((n) => n >= 1, 'at least 1'),
  offset: count('Items to skip (default 0)', 0, 1_000_000_000),
};

/** Two or more country/organisation codes joined by `-` (`,`, `/` or spaces work too), any order and case. */
export const dyadParam = z.string()
  .regex(/^[A-Za-z]{2,6}(?:[-,/ ]+[A-Za-z]{2,6})+$/, 'expected two or more codes joined by "-", e.g. JP-RU')
  .openapi({ example: 'JP-RU' });

export const countryParam = z.string().regex(/^[A-Za-z]{2,6}$/, 'expected a country or organisation code, e.g. JP').openapi({ example: 'JP' });

const asOf = isoDateParam.optional().openapi({ description: 'Follow-up statuses as of this date (default: today, UTC)' });

export const MeetingListQuery = z.object({
  dyad: dyadParam.optional(),
  country: countryParam.optional(),
  person: z.string().trim().min(1).max(200).optional().openapi({ description: 'A participant, any spelling ("Kono", "Taro Kono")' }),
  level: z.enum(LEVELS).optional(),
  mode: z.enum(MODES).optional(),
  from: isoDateParam.optional().openapi({ description: 'Meetings on or after this date' }),
  to: isoDateParam.optional().openapi({ description: 'Meetings on or before this date' }),
  ...pagination,
}).strict();

export const AsOfQuery = z.object({ asOf }).strict();

export const PlanListQuery = z.object({
  dyad: dyadParam.optional(),
  status: z.enum(FOLLOW_UP_STATUSES).optional(),
  kind: z.enum(PLAN_KINDS).optional(),
  from: isoDateParam.optional().openapi({ description: 'Plans due (interval end) on or after this date' }),
  to: isoDateParam.optional().openapi({ description: 'Plans due on or before this date' }),
  asOf,
  ...pagination,
}).strict();

export const TimelineQuery = z.object({
  from: isoDateParam.optional(),
  to: isoDateParam.optional(),
  asOf,
}).strict();

export const PeopleQuery = z.object({
  name: z.string().trim().min(1).max(200).optional().openapi({ description: 'Any spelling; without it, everyone by name' }),
  ...pagination,
}).strict();

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'give the words to look for').max(500),
  limit: count('Most hits (default 20)', 20, 200).refine((n) => n >= 1, 'at least 1'),
}).strict();

export const StatsQuery = z.object({ country: countryParam.optional() }).strict();

export const DocumentListQuery = z.object({
  status: z.enum(['ok', 'failed']).optional(),
  superseded: z.enum(['true', 'false']).optional().openapi({ description: 'Include superseded versions (default false)' }),
  ...pagination,
}).strict();

export const CorrectionListQuery = z.object({
  target: z.enum(['meeting-field', 'merge', 'follow-up']).optional(),
  documentId: z.string().regex(/^\d{1,12}$/, 'expected a document id').transform(Number).optional().openapi({ type: 'integer' }),
  ...pagination,
}).strict();

export const ExportQuery = z.object({
  dyad: dyadParam.optional(),
  asOf,
}).strict();

export const PloverExportQuery = ExportQuery.extend({
  kind: z.enum(['meetings', 'plans']).optional().openapi({ description: 'Only CONSULT (meetings) or AGREE (plans) events; default both' }),
}).strict();

export const UploadQuery = z.object({
  filename: z.string().trim().min(1).max(200).optional().openapi({ description: 'Name of a document sent as the raw body (default upload.txt / upload.html)' }),
  publisher: z.string().trim().min(1).max(300).optional().openapi({ description: 'Who published the documents, when they do not say' }),
}).strict();

/** A positive integer id in the path. */
export const IdParams = z.object({
  id: z.string().regex(/^[1-9]\d{0,11}$/, 'expected an id (a positive whole number)').transform(Number)
    .openapi({ param: { name: 'id', in: 'path' }, type: 'integer', example: '12' }),
});

export const DyadParams = z.object({
  dyad: dyadParam.openapi({ param: { name: 'dyad', in: 'path' } }),
});

export const PastedTextBody = z.object({
  text: z.string().refine((t) => t.trim() !== '', 'the text is empty').openapi({ description: 'The readout as plain text' }),
  title: z.string().trim().min(1).max(500).optional(),
  publisher: z.string().trim().min(1).max(300).optional(),
}).strict().openapi('PastedText');

export const UrlBody = z.object({
  url: z.string().max(4096).regex(/^https?:\/\/\S+$/i, 'expected an http(s) URL').refine((u) => URL.canParse(u), 'not a valid URL')
    .openapi({ example: 'https://www.mofa.go.jp/erp/rss/northern/page1e_000141.html' }),
  publisher: z.string().trim().min(1).max(300).optional(),
}).strict().openapi('UrlToIngest');

const note = z.string().max(2000).nullable().optional();
const id = z.number().int().positive();

export const CorrectionBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('set-field'),
    meetingId: id,
    field: z.enum(['date', 'level', 'mode', 'place', 'occasion', 'durationMinutes']),
    value: z.union([z.string().max(2000), z.number(), z.null()]).openapi({ description: 'The new value; null or "" clears the field (not mode)' }),
    note,
  }).strict(),
  z.object({
    kind: z.literal('merge'),
    action: z.enum(['confirm', 'reject']),
    meetingId: id,
    documentId: id.openapi({ description: 'The source document whose report is (confirm) or is not (reject) this meeting' }),
    note,
  }).strict(),
  z.object({
    kind: z.literal('follow-up'),
    action: z.enum(['confirm', 'reject']),
    planId: id,
    heldMeetingId: id.nullable().optional().openapi({ description: 'The meeting that did (not) hold the plan; default its current one' }),
    note,
  }).strict(),
]).openapi('CorrectionRequest');
