/**
 * The job queue of distributed ingestion: pg-boss 10 in its own schema ({@link QUEUE_SCHEMA}) of the PostgreSQL
 * database that also holds the knowledge base. pg-boss stays inside `src/queue/`: the use cases see {@link JobQueue}.
 *
 * Two queues:
 * - {@link FETCH_QUEUE}: a URL to fetch. A page is stored; a feed (when `expandFeed`) becomes one fetch job per item.
 * - {@link EXTRACT_QUEUE}: a document whose bytes travel in the job (files and stdin read by the enqueuer, which a
 *   worker on another machine could not read), extracted and stored.
 *
 * Delivery is at least once (a job whose worker died is retried after it expires), so the effect per document is made
 * exactly once by the store: documents are keyed by their content hash (unique), and ingesting stored content again
 * answers `unchanged`.
 */
import PgBoss from 'pg-boss';

/** The PostgreSQL schema pg-boss keeps its tables in. */
export const QUEUE_SCHEMA = 'readout_queue';
/** URLs of pages and feeds to fetch and ingest. */
export const FETCH_QUEUE = 'readout-fetch';
/** Documents carried in the job, to extract and store. */
export const EXTRACT_QUEUE = 'readout-extract';
/** Every queue a worker serves. */
export const QUEUE_NAMES = [EXTRACT_QUEUE, FETCH_QUEUE] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** How jobs are retried and when a taken job counts as abandoned. */
export interface JobPolicy {
  /** Attempts after the first; default 4. */
  readonly retryLimit: number;
  /** Seconds before the first retry, doubled (with jitter) for each next one (pg-boss `retryBackoff`); default 10. */
  readonly retryDelaySeconds: number;
  /**
   * Seconds a taken job may stay active before it counts as abandoned (its worker died) and is retried; default 300.
   * A batch is a few seconds at most, so this only delays recovery after a `kill -9` or a lost machine.
   */
  readonly expireInSeconds: number;
}

/** The default {@link JobPolicy}. */
export const DEFAULT_JOB_POLICY: JobPolicy = { retryLimit: 4, retryDelaySeconds: 10, expireInSeconds: 300 };

/** A job as taken by a worker. */
export interface TakenJob {
  readonly id: string;
  readonly queue: QueueName;
  readonly data: unknown;
  /** Attempts made before this one (0 on the first). */
  readonly retryCount: number;
  readonly retryLimit: number;
}

/** One job to send. */
export interface JobToSend {
  readonly queue: QueueName;
  readonly data: object;
  /** With `singletonSeconds`: at most one job per key in each window of that many seconds (others are dropped). */
  readonly singletonKey?: string;
  readonly singletonSeconds?: number;
}

/** Options of {@link openJobQueue}. */
export interface JobQueueOptions {
  /** Run pg-boss maintenance here: expire abandoned jobs (so they are retried), archive and purge old ones. Workers do. */
  readonly supervise?: boolean;
  /** Seconds between maintenance runs (one process in the cluster runs each); default 60. */
  readonly maintenanceIntervalSeconds?: number;
  /** Job policy for queues created by this process; existing queues keep theirs. */
  readonly policy?: JobPolicy;
  /** Connections in the queue's pool; default 4. */
  readonly maxConnections?: number;
  /** Connection errors and other background failures of the queue (default: ignored; operations still throw). */
  readonly onError?: (error: Error) => void;
}

/** An open queue. */
export interface JobQueue {
  /** Sends one job; resolves to its id, or null when a singleton key dropped it. */
  send(job: JobToSend): Promise<string | null>;
  /** Sends many jobs in one statement (no singleton keys). */
  sendMany(queue: QueueName, data: readonly object[]): Promise<void>;
  /** Takes up to `batchSize` jobs of `queue` (they become active); `[]` when none is waiting. */
  take(queue: QueueName, batchSize: number): Promise<TakenJob[]>;
  /** Marks active jobs done, with an optional result kept with each. */
  complete(queue: QueueName, ids: readonly string[], output?: object): Promise<void>;
  /** Marks an active job failed with `message`; it is retried while its retry limit allows, else kept as failed. */
  fail(queue: QueueName, id: string, message: string): Promise<void>;
  /** Runs SQL against the queue's database (reports); `$1`-style parameters. */
  query<R>(sql: string, values?: readonly unknown[]): Promise<R[]>;
  /** Stops maintenance and closes the connections. */
  close(): Promise<void>;
}

/** `postgres://` and `postgresql://` URLs. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target);
}

/**
 * Connects to the queue in the database at `url`, creating pg-boss's schema and the queues when missing.
 * @throws Error when the database cannot be reached (the message says which host).
 */
export async function openJobQueue(url: string, options: JobQueueOptions = {}): Promise<JobQueue> {
  const policy = options.policy ?? DEFAULT_JOB_POLICY;
  const boss = new PgBoss({
    connectionString: url,
    schema: QUEUE_SCHEMA,
    application_name: 'readout-queue',
    max: options.maxConnections ?? 4,
    supervise: options.supervise ?? false,
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
    // A failed job stays visible to `readout jobs` for two weeks before it is archived.
    archiveFailedAfterSeconds: 14 * 24 * 3600,
  });
  // pg-boss re-emits background failures (maintenance, a lost connection) as 'error'; an unhandled one would crash.
  boss.on('error', (error) => options.onError?.(error));
  await boss.start();
  try {
    const existing = new Set((await boss.getQueues()).map((q) => q.name));
    for (const name of QUEUE_NAMES) {
      if (existing.has(name)) continue;
      await boss.createQueue(name, {
        name,
        policy: 'standard',
        retryLimit: policy.retryLimit,
        retryDelay: policy.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: policy.expireInSeconds,
      });
    }
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw error;
  }
  const db = boss.getDb();
  return {
    send: (job) => boss.send(job.queue, job.data, {
      ...(job.singletonKey === undefined ? {} : { singletonKey: job.singletonKey }),
      ...(job.singletonSeconds === undefined ? {} : { singletonSeconds: job.singletonSeconds }),
    }),
    sendMany: async (queue, data) => {
      if (data.length === 0) return;
      // pg-boss `insert` takes the queue's retry and expiry settings only for fields left out.
      await boss.insert(data.map((d) => ({ name: queue, data: d })));
    },
    take: async (queue, batchSize) => {
      const jobs = await boss.fetch<unknown>(queue, { batchSize, includeMetadata: true });
      return jobs.map((j) => ({ id: j.id, queue, data: j.data, retryCount: j.retryCount, retryLimit: j.retryLimit }));
    },
    complete: async (queue, ids, output) => {
      if (ids.length === 0) return;
      if (output === undefined) await boss.complete(queue, [...ids]);
      else for (const id of ids) await boss.complete(queue, id, output);
    },
    fail: (queue, id, message) => boss.fail(queue, id, { message }),
    query: async <R>(sql: string, values: readonly unknown[] = []) => (await db.executeSql(sql, [...values])).rows as R[],
    close: () => boss.stop({ graceful: false, close: true, wait: true }),
  };
}
