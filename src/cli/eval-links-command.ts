/**
 * `readout eval-links GOLD.jsonl [--links LINKS.jsonl] [--json]`: same-meeting and follow-up precision/recall of the
 * linking functions on a corpus with gold meetings. The links file defaults to `links-<name>.jsonl` beside GOLD
 * (`dev.jsonl` -> `links-dev.jsonl`) when that file exists; without one, only the rule-derived same-meeting pairs are
 * scored. Exit codes as `eval`: 0 done, 1 malformed gold or links (or an extraction failure), 2 unreadable file.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import { extractWithPipeline } from '../eval/run-eval.ts';
import { goldFileErrorExitCode } from './gold-file-errors.ts';
import { runLinkEval } from '../eval/link-eval.ts';
import { formatLinkEvalJson, formatLinkEvalTable } from '../eval/link-eval-report.ts';

/** Where the command writes (the CLI's `CliIO` satisfies it). */
export interface EvalLinksIO {
  out(s: string): void;
  err(s: string): void;
}

const EXIT_OK = 0;
const EXIT_SOME_FAILED = 1;

/** The default links file for a gold file: `links-<gold name>` in the same folder, when it exists; else null. */
export function defaultLinksPath(goldPath: string): string | null {
  const candidate = join(dirname(goldPath), `links-${basename(goldPath)}`);
  return existsSync(candidate) ? candidate : null;
}

/** Adds `eval-links` to `program`; the action reports its exit code through `setExitCode`. */
export function registerEvalLinksCommand(program: Command, io: EvalLinksIO, setExitCode: (code: number) => void): void {
  program
    .command('eval-links')
    .description('score same-meeting merges and follow-up links against a gold .jsonl file and its links file')
    .argument('<gold>', 'gold annotations, one JSON document per line')
    .option('--links <file>', 'links file (default: links-<gold name> beside the gold file, when present)')
    .option('--json', 'print the figures as JSON')
    .action(async (gold: string, opts: { links?: string; json?: boolean }) => {
      setExitCode(await evalLinksCommand(gold, opts, io));
    });
}

async function evalLinksCommand(gold: string, opts: { links?: string; json?: boolean }, io: EvalLinksIO): Promise<number> {
  const links = opts.links ?? defaultLinksPath(gold);
  try {
    const summary = await runLinkEval(gold, links, extractWithPipeline);
    io.out(opts.json === true ? `${formatLinkEvalJson(summary)}\n` : formatLinkEvalTable(summary));
    return summary.failures.length > 0 ? EXIT_SOME_FAILED : EXIT_OK;
  } catch (err) {
    return goldFileErrorExitCode(err, gold, (m) => io.err(m));
  }
}
