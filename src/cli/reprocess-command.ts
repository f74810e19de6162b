/**
 * `readout reprocess`: re-run the current extractor over every stored document, keeping analyst corrections.
 */
import type { Command } from 'commander';
import { reprocess } from '../app/reprocess.ts';
import { lazyPool } from './ingest-command.ts';
import { runWithDatabase, withDbOption, type SetExitCode } from './database-command.ts';
import { EXIT_OK, EXIT_SOME_FAILED, type CliIO } from './main.ts';

/** Registers `readout reprocess`. */
export function registerReprocessCommand(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  withDbOption(program.command('reprocess'))
    .description('re-extract every stored document with the current extractor (corrections are kept), then relink')
    .action(async (opts: { db?: string }) => {
      await runWithDatabase(opts.db, io, setExitCode, async (dialect) => {
        const startedAt = Date.now();
        const extractor = lazyPool(undefined);
        let lastLine = startedAt;
        try {
          const summary = await reprocess(dialect, {
            extractor,
            onProgress: (p) => {
              if (Date.now() - lastLine < 10_000) return;
              lastLine = Date.now();
              io.err(`reprocess: ${p.reprocessed} documents\n`);
            },
          });
          const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
          io.err(`reprocess: ${summary.reprocessed} documents in ${seconds} s, ${summary.failed} failed${summary.skipped > 0 ? `, ${summary.skipped} skipped (replaced meanwhile)` : ''}\n`);
          for (const f of summary.failures) io.err(`  ${f.source} (document ${f.documentId}): ${f.reason}\n`);
          return summary.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
        } finally {
          await extractor.close();
        }
      });
    });
}
