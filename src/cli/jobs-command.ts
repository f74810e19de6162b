/**
 * `readout jobs`: the job queue at a glance — jobs per queue and state, then the jobs that failed after their last
 * retry with their error (`--format json` for scripts).
 */
import { Option, type Command } from 'commander';
import type { ListingSpec } from '../app/listing-columns.ts';
import { failedJobs, jobCounts, type FailedJob, type QueueCounts } from '../queue/job-report.ts';
import { countArg, withDbOption, type SetExitCode } from './database-command.ts';
import { formatTable } from './listing-format.ts';
import { EXIT_OK, type CliIO } from './main.ts';
import { runWithQueue } from './worker-command.ts';

const JOBS_FORMATS = ['table', 'json'] as const;

interface JobsOptions {
  db?: string;
  format: (typeof JOBS_FORMATS)[number];
  limit: number;
}

const COUNTS_LISTING: ListingSpec<QueueCounts> = {
  noun: 'queues',
  columns: [
    { header: 'queue', value: (c) => c.queue, tableWidth: 16 },
    { header: 'waiting', value: (c) => c.created, tableWidth: 8 },
    { header: 'retry', value: (c) => c.retry, tableWidth: 8 },
    { header: 'active', value: (c) => c.active, tableWidth: 8 },
    { header: 'completed', value: (c) => c.completed, tableWidth: 10 },
    { header: 'cancelled', value: (c) => c.cancelled, tableWidth: 10 },
    { header: 'failed', value: (c) => c.failed, tableWidth: 8 },
  ],
};

const FAILED_LISTING: ListingSpec<FailedJob> = {
  noun: 'failed jobs',
  columns: [
    { header: 'job', value: (j) => j.id, tableValue: (j) => j.id.slice(0, 8), tableWidth: 8 },
    { header: 'queue', value: (j) => j.queue, tableWidth: 16 },
    { header: 'failed', value: (j) => j.failedAt, tableValue: (j) => (j.failedAt ?? '—').slice(0, 19).replace('T', ' '), tableWidth: 19 },
    { header: 'tries', value: (j) => j.attempts, tableWidth: 5 },
    { header: 'input', value: (j) => j.input, tableWidth: 40 },
    { header: 'error', value: (j) => j.error, tableWidth: 60 },
  ],
};

/** Registers `readout jobs`. */
export function registerJobsCommand(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  withDbOption(program.command('jobs'))
    .description('queued ingest jobs per state, and the failed ones with their error (needs a PostgreSQL --db)')
    .addOption(new Option('--format <format>', 'output format').choices(JOBS_FORMATS).default('table'))
    .option('--limit <n>', 'most failed jobs listed, latest first', countArg, 50)
    .action(async (opts: JobsOptions) => {
      await runWithQueue('jobs', opts.db, io, setExitCode, {}, async (queue) => {
        const counts = await jobCounts(queue);
        const failed = await failedJobs(queue, opts.limit);
        if (opts.format === 'json') {
          io.out(`${JSON.stringify({ queues: counts, failed }, null, 2)}\n`);
        } else {
          io.out(formatTable(counts, COUNTS_LISTING));
          if (failed.length > 0) io.out(`\n${formatTable(failed, FAILED_LISTING)}`);
        }
        return EXIT_OK;
      });
    });
}
