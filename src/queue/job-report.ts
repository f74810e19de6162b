/**
 * What `readout jobs` shows: how many jobs each queue has in each state, and the jobs that failed for good with their
 * last error. Reads pg-boss's tables (live and archived) directly, read-only.
 */
import { QUEUE_NAMES, QUEUE_SCHEMA, type JobQueue } from './job-queue.ts';

/** pg-boss job states, in lifecycle order. */
export const JOB_STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** Jobs of one queue by state (live and archived together). */
export interface QueueCounts {
  readonly queue: string;
  readonly created: number;
  readonly retry: number;
  readonly active: number;
  readonly completed: number;
  readonly cancelled: number;
  readonly failed: number;
}

/** A job that failed after its last retry. */
export interface FailedJob {
  readonly id: string;
  readonly queue: string;
  /** What it was for: the file, `-` or URL. */
  readonly input: string;
  /** Attempts made (the first plus retries). */
  readonly attempts: number;
  /** The last error's message. */
  readonly error: string;
  /** When it failed for good, ISO 8601. */
  readonly failedAt: string | null;
}

/** Counts per state for every queue (zeros for an empty one), in {@link QUEUE_NAMES} order. */
export async function jobCounts(queue: JobQueue): Promise<QueueCounts[]> {
  const rows = await queue.query<{ name: string; state: JobState; n: string }>(
    `SELECT name, state::text AS state, count(*) AS n FROM (
       SELECT name, state FROM ${QUEUE_SCHEMA}.job UNION ALL SELECT name, state FROM ${QUEUE_SCHEMA}.archive
     ) j WHERE name = ANY($1) GROUP BY name, state`,
    [QUEUE_NAMES],
  );
  return QUEUE_NAMES.map((name) => {
    const of = (state: JobState): number => Number(rows.find((r) => r.name === name && r.state === state)?.n ?? 0);
    return { queue: name, created: of('created'), retry: of('retry'), active: of('active'), completed: of('completed'), cancelled: of('cancelled'), failed: of('failed') };
  });
}

/** Failed jobs, latest first, at most `limit`. */
export async function failedJobs(queue: JobQueue, limit: number): Promise<FailedJob[]> {
  const rows = await queue.query<{ id: string; name: string; data: Record<string, unknown> | null; retry_count: number; output: { message?: unknown; value?: { message?: unknown } } | null; completed_on: Date | null }>(
    `SELECT id, name, data, retry_count, output, completed_on FROM (
       SELECT id, name, data, retry_count, output, completed_on, state FROM ${QUEUE_SCHEMA}.job
       UNION ALL SELECT id, name, data, retry_count, output, completed_on, state FROM ${QUEUE_SCHEMA}.archive
     ) j WHERE name = ANY($1) AND state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT $2`,
    [QUEUE_NAMES, limit],
  );
  return rows.map((r) => ({
    id: r.id,
    queue: r.name,
    input: typeof r.data?.['input'] === 'string' ? r.data['input'] : typeof r.data?.['url'] === 'string' ? r.data['url'] : '?',
    attempts: r.retry_count + 1,
    error: errorMessageOf(r.output),
    failedAt: r.completed_on === null ? null : new Date(r.completed_on).toISOString(),
  }));
}

/** pg-boss keeps `{ message }` from `fail`, and `{ value: { message } }` for jobs it expired itself. */
function errorMessageOf(output: { message?: unknown; value?: { message?: unknown } } | null): string {
  if (output === null) return 'no error recorded';
  if (typeof output.message === 'string') return output.message;
  if (typeof output.value?.message === 'string') return output.value.message;
  return JSON.stringify(output);
}
