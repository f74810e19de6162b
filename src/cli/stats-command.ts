/**
 * `readout stats`: meetings per dyad per year by level and mode, and the stored documents (with failed extractions).
 */
import { Option, type Command } from 'commander';
import { STATS_LISTING } from '../app/listing-columns.ts';
import { documentCounts, meetingStats } from '../storage/queries/stats-queries.ts';
import { runWithDatabase, withDbOption, type SetExitCode } from './database-command.ts';
import { formatListing, LISTING_FORMATS, type ListingFormat } from './listing-format.ts';
import type { CliIO } from './main.ts';

interface StatsOptions {
  db?: string;
  country?: string;
  format: ListingFormat;
}

/**
 * Registers `readout stats`. The table ends with the document counts and every document whose extraction failed; the
 * machine formats carry the rows only (the counts go to stderr as one line when some extraction failed).
 */
export function registerStatsCommand(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  withDbOption(program.command('stats'))
    .description('meetings per dyad per year by level and mode; stored and failed documents')
    .option('--country <code>', 'only dyads including this side (e.g. JP)')
    .addOption(new Option('--format <format>', 'output format').choices(LISTING_FORMATS).default('table'))
    .action(async (opts: StatsOptions) => {
      await runWithDatabase(opts.db, io, setExitCode, async ({ db }) => {
        const rows = await meetingStats(db, { country: opts.country });
        const docs = await documentCounts(db);
        io.out(formatListing(rows, STATS_LISTING, opts.format));
        if (opts.format === 'table') {
          io.out(`\ndocuments: ${docs.current} current, ${docs.superseded} superseded versions, ${docs.failed.length} failed extraction\n`);
          for (const f of docs.failed) io.out(`  failed  document ${f.documentId}  ${f.source}: ${f.error}\n`);
        } else if (docs.failed.length > 0) {
          io.err(`readout: ${docs.failed.length} stored documents failed extraction (readout stats lists them)\n`);
        }
      });
    });
}
