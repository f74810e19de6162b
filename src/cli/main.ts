/**
 * The `readout` command line. A thin surface: it reads inputs, calls the extractor, the evaluator and the knowledge
 * base's use cases (each knowledge-base command in its own `<name>-command.ts`), and maps failures to exit codes once
 * (0 all processed, 1 some inputs failed, 2 usage error).
 */
import { Command, CommanderError, Option } from 'commander';
import { formatRecordTable } from './record-table.ts';
import { extractRecords, type ExtractInput } from '../pipeline/extract.ts';
import type { ReadoutRecord } from '../domain/record.ts';
import { InputError } from '../input/input-errors.ts';
import { loadDocument } from '../input/load-document.ts';
import { walkInputs } from '../input/walk-inputs.ts';
import { extractWithPipeline, runEval } from '../eval/run-eval.ts';
import { formatDocDiffs, formatEvalJson, formatEvalTable } from '../eval/eval-report.ts';
import { goldFileErrorExitCode } from './gold-file-errors.ts';
import type { ProgressStream } from './batch-progress.ts';
import { isoDateArg } from './database-command.ts';
import { registerIngestCommand } from './ingest-command.ts';
import { registerReprocessCommand } from './reprocess-command.ts';
import { registerMeetingsCommand } from './meetings-command.ts';
import { registerPlansCommand } from './plans-command.ts';
import { registerTimelineCommand } from './timeline-command.ts';
import { registerPersonCommand } from './person-command.ts';
import { registerSearchCommand } from './search-command.ts';
import { registerShowCommand } from './show-command.ts';
import { registerStatsCommand } from './stats-command.ts';
import { registerExportCommand } from './export-command.ts';
import { registerCorrectCommand } from './correct-command.ts';
import { registerEvalLinksCommand } from './eval-links-command.ts';
import { registerServeCommand } from './serve-command.ts';
import { registerWorkerCommand } from './worker-command.ts';
import { registerJobsCommand } from './jobs-command.ts';
import { registerWatchCommand } from './watch-command.ts';

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

type Format = 'json' | 'jsonl' | 'table';

/** Runs the CLI with `argv` (without the node and script entries); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command('readout')
    .description('Structured, evidence-backed records from diplomatic meeting readouts')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError('(run `readout --help` for usage)');

  program
    .command('extract')
    .description('extract one record per document (.txt, .html/.htm, directories recursively, - for stdin)')
    .argument('<paths...>', 'files, directories or - for standard input')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'jsonl', 'table']).default('json'))
    .option('--no-text', 'leave the document text out of JSON records')
    .option('--publisher <name>', 'who published these documents, when the pages do not say (e.g. "Ministry of Foreign Affairs of Japan")')
    .option('--published <date>', 'when these documents were published (YYYY-MM-DD), for pages that print no date', isoDateArg)
    .action(async (paths: string[], opts: { format: Format; text: boolean; publisher?: string; published?: string }) => {
      exitCode = await extractCommand(paths, opts.format, opts.text, { publisher: opts.publisher ?? null, published: opts.published ?? null }, io);
    });

  program
    .command('eval')
    .description('score the extractor against a gold .jsonl file (see SCHEMA.md)')
    .argument('<gold>', 'gold annotations, one JSON document per line')
    .option('--docs', 'list per-document differences')
    .option('--json', 'print the figures as JSON')
    .action(async (gold: string, opts: { docs?: boolean; json?: boolean }) => {
      exitCode = await evalCommand(gold, opts, io);
    });

  const setExitCode = (code: number): void => { exitCode = code; };
  registerIngestCommand(program, io, setExitCode, io.progress);
  registerReprocessCommand(program, io, setExitCode);
  registerMeetingsCommand(program, io, setExitCode);
  registerPlansCommand(program, io, setExitCode);
  registerTimelineCommand(program, io, setExitCode);
  registerPersonCommand(program, io, setExitCode);
  registerSearchCommand(program, io, setExitCode);
  registerShowCommand(program, io, setExitCode);
  registerStatsCommand(program, io, setExitCode);
  registerExportCommand(program, io, setExitCode);
  registerCorrectCommand(program, io, setExitCode);
  registerEvalLinksCommand(program, io, setExitCode);
  registerServeCommand(program, io, setExitCode);
  registerWorkerCommand(program, io, setExitCode);
  registerJobsCommand(program, io, setExitCode);
  registerWatchCommand(program, io, setExitCode);

  try {
    await program.parseAsync(argv as string[], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // Asked-for help and version are successes; help shown because no command was given, and every other
      // commander error, are usage errors.
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? EXIT_OK : EXIT_USAGE;
    }
    throw err;
  }
  return exitCode;
}

/** Documents extracted together by `readout extract` (stage by stage, see `extractRecords`), and their most text. */
const EXTRACT_BATCH_DOCUMENTS = 32;
const EXTRACT_BATCH_CHARS = 4_000_000;

async function extractCommand(paths: string[], format: Format, withText: boolean, metadata: { publisher: string | null; published: string | null }, io: CliIO): Promise<number> {
  let failed = 0;
  const records: ReadoutRecord[] = [];
  const pending: { name: string; input: ExtractInput }[] = [];
  let pendingChars = 0;
  const flush = (): void => {
    const outcomes = extractRecords(pending.map((p) => p.input));
    pending.forEach(({ name }, i) => {
      const outcome = outcomes[i]!;
      if (!outcome.ok) {
        // A bug in a stage must not stop the batch: say which file and go on.
        const err = outcome.error;
        io.err(`readout: ${name}: extraction failed: ${err instanceof Error ? err.message : String(err)}\n`);
        failed++;
        return;
      }
      const record = outcome.record;
      const out = withText ? record : { ...record, text: undefined };
      if (format === 'jsonl') io.out(JSON.stringify(out) + '\n');
      else if (format === 'table') io.out(formatRecordTable(record) + '\n');
      else records.push(out as ReadoutRecord);
    });
    pending.length = 0;
    pendingChars = 0;
  };
  for await (const item of walkInputs(paths, { stdin: io.stdin })) {
    if ('error' in item) {
      io.err(`readout: ${item.error.message}\n`);
      failed++;
      continue;
    }
    try {
      const bytes = await item.read();
      const loaded = loadDocument(item.name, bytes);
      pending.push({ name: item.name, input: { file: loaded.file, text: loaded.text, title: loaded.title, issues: loaded.issues, ...metadata } });
      pendingChars += loaded.text.length;
    } catch (err) {
      if (err instanceof InputError) {
        io.err(`readout: ${err.message}\n`);
        failed++;
        continue;
      }
      io.err(`readout: ${item.name}: extraction failed: ${err instanceof Error ? err.message : String(err)}\n`);
      failed++;
      continue;
    }
    if (pending.length >= EXTRACT_BATCH_DOCUMENTS || pendingChars >= EXTRACT_BATCH_CHARS) flush();
  }
  flush();
  if (format === 'json') io.out(JSON.stringify(records, null, 2) + '\n');
  return failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

async function evalCommand(gold: string, opts: { docs?: boolean; json?: boolean }, io: CliIO): Promise<number> {
  try {
    const summary = await runEval(gold, extractWithPipeline, { docs: !!opts.docs });
    if (opts.json) io.out(formatEvalJson(summary) + '\n');
    else {
      if (opts.docs) io.out(formatDocDiffs(summary) + '\n');
      io.out(formatEvalTable(summary) + '\n');
    }
    return summary.failures.length > 0 ? EXIT_SOME_FAILED : EXIT_OK;
  } catch (err) {
    return goldFileErrorExitCode(err, gold, (m) => io.err(m));
  }
}

/** Where the CLI writes and reads; replaced in tests. */
export interface CliIO {
  out(s: string): void;
  err(s: string): void;
  stdin: AsyncIterable<Uint8Array | string>;
  /** Where batch progress is drawn; default stderr. */
  progress?: ProgressStream;
}

function processIO(): CliIO {
  return {
    out: (s) => { process.stdout.write(s); },
    err: (s) => { process.stderr.write(s); },
    stdin: process.stdin,
  };
}

const isMain = process.argv[1] !== undefined && /(?:main\.ts|readout(?:\.js)?)$/.test(process.argv[1]);
if (isMain) {
  runCli(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => {
      process.stderr.write(`readout: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = EXIT_SOME_FAILED;
    },
  );
}
