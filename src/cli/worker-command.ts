/**
 * `readout worker`: takes ingest jobs from the queue in the PostgreSQL database and works on them until SIGINT or
 * SIGTERM (then it finishes the batch in hand, or releases it after a grace period). One line per job on stderr.
 * Also the queue plumbing the other queue commands share (`ingest --queue`, `jobs`, `watch`): which database holds
 * the queue, and the one-line error when it is not PostgreSQL.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { startIngestWorker, type IngestWorker, type JobReport } from '../app/ingest-worker.ts';
import { ValidationError } from '../app/use-case-errors.ts';
import { DEFAULT_JOB_POLICY, isPostgresUrl, openJobQueue, type JobPolicy, type JobQueue, type JobQueueOptions } from '../queue/job-queue.ts';
import { databaseTarget, describeTarget, openDatabase } from '../storage/open-database.ts';
import { StorageError } from '../storage/storage-error.ts';
import { withDbOption, type SetExitCode } from './database-command.ts';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, type CliIO } from './main.ts';

/** How long (ms) a stopping worker waits for its batch before releasing it. */
const STOP_GRACE_MS = 20_000;

interface WorkerOptions {
  db?: string;
  concurrency?: number;
  batch?: number;
}

/** Registers `readout worker`. */
export function registerWorkerCommand(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  withDbOption(program.command('worker'))
    .description('work on queued ingest jobs (needs a PostgreSQL --db); stops cleanly on Ctrl-C / SIGTERM')
    .option('--concurrency <n>', 'batches worked on at once per queue (default 1)', positiveInt)
    .option('--batch <n>', 'jobs taken per batch, written in one transaction (default 32)', positiveInt)
    .action(async (opts: WorkerOptions) => {
      await runWithQueue('worker', opts.db, io, setExitCode, { supervise: true }, async (queue, target) => {
        const dialect = await openDatabase(target);
        try {
          const worker = startIngestWorker(queue, dialect, {
            concurrency: opts.concurrency ?? 1,
            batchSize: opts.batch ?? 32,
            onJob: (r) => io.err(`${formatJobReport(r)}\n`),
            onTrouble: (m) => io.err(`readout worker: ${m}\n`),
          });
          io.err(`readout worker: working on ${describeTarget(target)} (concurrency ${opts.concurrency ?? 1}); Ctrl-C to stop\n`);
          await untilSignalled(worker, io, 'worker');
          io.err(`readout worker: stopped after ${worker.processed()} jobs\n`);
        } finally {
          await dialect.close();
        }
        return EXIT_OK;
      });
    });
}

/** `readout worker: [extract] added document 12 <- a.txt (job 1f2e3d4c, 14 ms)`. */
export function formatJobReport(r: JobReport): string {
  const queue = r.queue.replace(/^readout-/, '');
  const job = `job ${r.jobId.slice(0, 8)}, batch ${r.ms} ms`;
  switch (r.status) {
    case 'added':
    case 'updated':
    case 'unchanged':
      return `readout worker: [${queue}] ${r.status} document ${r.documentId ?? '?'} <- ${r.input} (${job})`;
    case 'stored-with-error':
      return `readout worker: [${queue}] stored document ${r.documentId ?? '?'} with its extraction error <- ${r.input} (${job}): ${r.detail ?? ''}`;
    case 'expanded':
      return `readout worker: [${queue}] feed ${r.input}: ${r.detail ?? ''} (${job})`;
    case 'retry':
      return `readout worker: [${queue}] attempt ${r.attempt} of ${r.attempts} failed, will retry <- ${r.input} (${job}): ${r.detail ?? ''}`;
    case 'failed':
      return `readout worker: [${queue}] FAILED after ${r.attempts} attempts <- ${r.input} (${job}): ${r.detail ?? ''}`;
  }
}

/**
 * Opens the queue in the PostgreSQL database named by `--db` (else `DATABASE_URL`, else `READOUT_DB`), runs `work`,
 * closes it and sets the exit code. Not PostgreSQL: one line saying so, exit 2. Unreachable: one line, exit 1.
 */
export async function runWithQueue(
  command: string,
  dbOption: string | undefined,
  io: CliIO,
  setExitCode: SetExitCode,
  queueOptions: JobQueueOptions,
  work: (queue: JobQueue, target: string) => Promise<number>,
): Promise<void> {
  const target = databaseTarget(dbOption);
  if (!isPostgresUrl(target)) {
    io.err(`readout: ${command} needs a PostgreSQL database for its job queue: pass --db postgres://… or set DATABASE_URL (${target} is a SQLite file)\n`);
    setExitCode(EXIT_USAGE);
    return;
  }
  let queue: JobQueue;
  try {
    queue = await openJobQueue(target, { ...queueOptions, ...queueTuning(process.env), onError: () => { /* reported where an operation fails */ } });
  } catch (error) {
    io.err(`readout: ${describeTarget(target)}: cannot open the job queue: ${error instanceof Error ? error.message : String(error)}\n`);
    setExitCode(EXIT_SOME_FAILED);
    return;
  }
  try {
    setExitCode(await work(queue, target));
  } catch (error) {
    if (error instanceof ValidationError) {
      io.err(`readout: ${error.message}\n`);
      setExitCode(EXIT_USAGE);
    } else if (error instanceof StorageError) {
      io.err(`readout: ${error.message}\n`);
      setExitCode(EXIT_SOME_FAILED);
    } else {
      throw error;
    }
  } finally {
    await queue.close();
  }
}

/**
 * Queue timings from the environment, for operators and tests: `READOUT_JOB_EXPIRE_SECONDS` (how long a taken job
 * may stay active before it is retried: bounds recovery after a worker is killed), `READOUT_JOB_RETRY_DELAY_SECONDS`,
 * `READOUT_JOB_RETRY_LIMIT` (these three apply when the queues are first created), and
 * `READOUT_QUEUE_MAINTENANCE_SECONDS` (how often abandoned jobs are looked for).
 */
export function queueTuning(env: NodeJS.ProcessEnv): Pick<JobQueueOptions, 'policy' | 'maintenanceIntervalSeconds'> {
  const num = (name: string): number | undefined => {
    const v = env[name];
    return v !== undefined && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : undefined;
  };
  const policy: JobPolicy = {
    expireInSeconds: num('READOUT_JOB_EXPIRE_SECONDS') ?? DEFAULT_JOB_POLICY.expireInSeconds,
    retryDelaySeconds: num('READOUT_JOB_RETRY_DELAY_SECONDS') ?? DEFAULT_JOB_POLICY.retryDelaySeconds,
    retryLimit: env['READOUT_JOB_RETRY_LIMIT'] !== undefined && /^\d+$/.test(env['READOUT_JOB_RETRY_LIMIT']) ? Number(env['READOUT_JOB_RETRY_LIMIT']) : DEFAULT_JOB_POLICY.retryLimit,
  };
  const maintenance = num('READOUT_QUEUE_MAINTENANCE_SECONDS');
  return { policy, ...(maintenance === undefined ? {} : { maintenanceIntervalSeconds: maintenance }) };
}

/**
 * Resolves once SIGINT or SIGTERM arrived and `worker` stopped (its batch finished, or released after the grace
 * period). A second signal stops at once: the batch in hand is retried after it expires.
 */
export async function untilSignalled(worker: Pick<IngestWorker, 'stop'>, io: CliIO, name: string, onStop?: () => void): Promise<void> {
  await new Promise<void>((resolve) => {
    const first = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', first);
      process.off('SIGTERM', first);
      io.err(`readout ${name}: ${signal}: finishing the jobs in hand (again to stop at once)\n`);
      const again = (): void => { process.exit(130); };
      process.once('SIGINT', again);
      process.once('SIGTERM', again);
      onStop?.();
      worker.stop(STOP_GRACE_MS).then(() => {
        process.off('SIGINT', again);
        process.off('SIGTERM', again);
        resolve();
      }, () => resolve());
    };
    process.on('SIGINT', first);
    process.on('SIGTERM', first);
  });
}

/** Commander parser for a positive whole number. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) throw new InvalidArgumentError('expected a positive whole number.');
  return n;
}
