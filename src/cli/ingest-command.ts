/**
 * `readout ingest PATH|URL|FEED...`: store, extract and link documents; a progress bar on a terminal, the summary at
 * the end; exit 1 when some input failed.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { defaultWorkerCount, extractionPool, inlineExtractor, type RecordExtractor } from '../app/extraction-pool.ts';
import { ingest } from '../app/ingest.ts';
import { enqueueInputs } from '../app/queued-ingest.ts';
import { createBatchProgress, formatIngestSummary, type ProgressStream } from './batch-progress.ts';
import { runWithDatabase, withDbOption, type SetExitCode } from './database-command.ts';
import { EXIT_OK, EXIT_SOME_FAILED, type CliIO } from './main.ts';
import { runWithQueue } from './worker-command.ts';

interface IngestCommandOptions {
  db?: string;
  allowPrivate?: boolean;
  publisher?: string;
  jobs?: number;
  queue?: boolean;
}

/** Registers `readout ingest`. */
export function registerIngestCommand(program: Command, io: CliIO, setExitCode: SetExitCode, progressStream?: ProgressStream): void {
  withDbOption(program.command('ingest'))
    .description('store, extract and link documents: files, directories, - for stdin, http(s) URLs, RSS/Atom feeds')
    .argument('<inputs...>', 'paths, URLs or feeds')
    .option('--allow-private', 'allow fetching loopback and private network addresses')
    .option('--publisher <name>', 'who published these documents, when the pages do not say')
    .option('--jobs <n>', 'extraction threads (default: 1 for a few documents, one per core for more)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number.');
      return n;
    })
    .option('--queue', 'send the inputs to the job queue for `readout worker` processes instead (needs a PostgreSQL --db)')
    .action(async (inputs: string[], opts: IngestCommandOptions) => {
      if (opts.queue === true) {
        await runWithQueue('ingest --queue', opts.db, io, setExitCode, {}, async (queue) => {
          const summary = await enqueueInputs(queue, inputs, { publisher: opts.publisher ?? null, allowPrivate: opts.allowPrivate === true, stdin: io.stdin });
          for (const f of summary.failures) io.err(`readout: ${f.input}: ${f.reason}\n`);
          io.err(`queued ${summary.queued} jobs${summary.failed > 0 ? `; ${summary.failed} inputs failed` : ''}\n`);
          return summary.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
        });
        return;
      }
      await runWithDatabase(opts.db, io, setExitCode, async (dialect) => {
        const startedAt = Date.now();
        const progress = createBatchProgress(progressStream === undefined ? {} : { stream: progressStream });
        const extractor = lazyPool(opts.jobs);
        try {
          await ingest(dialect, inputs, {
            extractor,
            onOutcome: (outcome) => progress.record(outcome),
            allowPrivate: opts.allowPrivate === true,
            publisher: opts.publisher ?? null,
            stdin: io.stdin,
          });
        } finally {
          progress.stop();
          await extractor.close();
        }
        io.err(`${formatIngestSummary(progress.summary, { elapsedMs: Date.now() - startedAt })}\n`);
        return progress.summary.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
      });
    });
}

/** Documents extracted before worker threads are started: small ingests never pay their start-up (seconds). */
const INLINE_FIRST = 100;

/**
 * Extraction that starts in this thread and moves to a pool of `jobs` worker threads (default: one per core) once a
 * batch proves big: after {@link INLINE_FIRST} documents the pool starts in the background, and documents keep being
 * extracted here until every worker has warmed up (loaded the stages and extracted a first document).
 * `jobs` 1: never start threads.
 */
export function lazyPool(jobs: number | undefined): RecordExtractor {
  const inline = inlineExtractor();
  let pool: RecordExtractor | null = null;
  let ready = false;
  let count = 0;
  return {
    extract(input) {
      count++;
      if (jobs !== 1 && count > INLINE_FIRST && pool === null) {
        const size = jobs ?? defaultWorkerCount();
        const started = extractionPool(size);
        pool = started;
        const warmUp = Array.from({ length: size }, () => started.extract({ file: 'warm-up', text: 'Foreign Minister Kono met Foreign Minister Lavrov on May 5, 2017.' }));
        Promise.all(warmUp).then(() => { ready = true; }, () => { /* a dead pool stays unused: extraction goes on here */ });
      }
      return ready && pool !== null ? pool.extract(input) : inline.extract(input);
    },
    async close() {
      await pool?.close();
    },
  };
}
