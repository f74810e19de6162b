/**
 * `readout watch FEED... --every 15m`: polls feeds on a schedule through the job queue, and (unless `--no-work`) works
 * on the queue in the same process, so new readouts arrive without anyone running a command. After each batch that
 * stored new documents it prints the follow-up statuses as of today: the links a status rests on are made in the
 * batch's own transaction (the link step); held / pending / overdue is computed when read, as of a date.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { MAX_WATCH_INTERVAL_SECONDS, startFeedWatch } from '../app/feed-watch.ts';
import { startIngestWorker } from '../app/ingest-worker.ts';
import { listDyads } from '../storage/queries/dyad-queries.ts';
import { describeTarget, openDatabase } from '../storage/open-database.ts';
import type { StorageDialect } from '../storage/dialects/storage-dialect.ts';
import { today, withDbOption, type SetExitCode } from './database-command.ts';
import { EXIT_OK, type CliIO } from './main.ts';
import { formatJobReport, positiveInt, runWithQueue, untilSignalled } from './worker-command.ts';

interface WatchOptions {
  db?: string;
  every: number;
  work: boolean;
  concurrency?: number;
  publisher?: string;
  allowPrivate?: boolean;
}

/** Registers `readout watch`. */
export function registerWatchCommand(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  withDbOption(program.command('watch'))
    .description('poll RSS/Atom feeds on a schedule through the job queue and ingest new readouts (needs a PostgreSQL --db)')
    .argument('<feeds...>', 'feed URLs')
    .requiredOption('--every <interval>', 'time between polls: 90s, 15m, 2h (at least 10s, at most 12h)', intervalArg)
    .option('--no-work', 'only queue the polls; separate `readout worker` processes do the work')
    .option('--concurrency <n>', 'batches worked on at once per queue (default 1)', positiveInt)
    .option('--publisher <name>', 'who published these documents, when the pages do not say')
    .option('--allow-private', 'allow fetching loopback and private network addresses')
    .action(async (feeds: string[], opts: WatchOptions) => {
      const bad = feeds.find((f) => !/^https?:\/\//i.test(f));
      if (bad !== undefined) {
        io.err(`readout: watch: ${bad}: expected an http(s) feed URL\n`);
        setExitCode(2);
        return;
      }
      await runWithQueue('watch', opts.db, io, setExitCode, { supervise: opts.work }, async (queue, target) => {
        const dialect: StorageDialect | null = opts.work ? await openDatabase(target) : null;
        try {
          const watch = startFeedWatch(queue, feeds, {
            everySeconds: opts.every,
            publisher: opts.publisher ?? null,
            allowPrivate: opts.allowPrivate === true,
            onRound: (r) => io.err(`readout watch: ${r.at.toISOString().slice(0, 19)}Z polled ${r.queued} feeds${r.alreadyQueued > 0 ? ` (${r.alreadyQueued} already queued by another watcher)` : ''}\n`),
            onTrouble: (m) => io.err(`readout watch: ${m}\n`),
          });
          const worker = dialect === null
            ? { stop: async () => {} }
            : startIngestWorker(queue, dialect, {
              concurrency: opts.concurrency ?? 1,
              onJob: (r) => io.err(`${formatJobReport(r)}\n`),
              onTrouble: (m) => io.err(`readout watch: ${m}\n`),
              afterStored: async (stored) => {
                const asOf = today();
                const dyads = await listDyads(dialect.reader, asOf);
                const pending = dyads.reduce((n, d) => n + d.pendingFollowUps, 0);
                const overdue = dyads.reduce((n, d) => n + d.overdueFollowUps, 0);
                io.err(`readout watch: ${stored.added} added, ${stored.updated} updated; follow-ups as of ${asOf}: ${pending} pending, ${overdue} overdue over ${dyads.length} dyads\n`);
              },
            });
          io.err(`readout watch: ${feeds.length} feeds every ${formatInterval(opts.every)} on ${describeTarget(target)}${opts.work ? '' : ' (polls only; workers do the work)'}; Ctrl-C to stop\n`);
          await untilSignalled(worker, io, 'watch', () => watch.stop());
        } finally {
          await dialect?.close();
        }
        return EXIT_OK;
      });
    });
}

/** `90s`, `15m`, `2h` (or a bare number of minutes) -> seconds. */
export function intervalArg(value: string): number {
  const m = /^(\d+)\s*(s|m|h)?$/i.exec(value.trim());
  if (m === null) throw new InvalidArgumentError('expected an interval like 90s, 15m or 2h.');
  const unit = (m[2] ?? 'm').toLowerCase();
  const seconds = Number(m[1]) * (unit === 'h' ? 3600 : unit === 'm' ? 60 : 1);
  if (seconds < 10 || seconds > MAX_WATCH_INTERVAL_SECONDS) throw new InvalidArgumentError('expected an interval between 10s and 12h.');
  return seconds;
}

function formatInterval(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}
