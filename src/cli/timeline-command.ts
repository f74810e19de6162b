/**
 * `readout timeline --dyad JP-RU`: a dyad's meetings and plans in date order.
 */
import { Option, type Command } from 'commander';
import { TIMELINE_LISTING } from '../app/listing-columns.ts';
import { dyadTimeline } from '../storage/queries/timeline-queries.ts';
import { countArg, dyadArg, isoDateArg, runWithDatabase, today, withDbOption, type SetExitCode } from './database-command.ts';
import { formatListing, LISTING_FORMATS, type ListingFormat } from './listing-format.ts';
import type { CliIO } from './main.ts';

interface TimelineOptions {
  db?: string;
  dyad: string;
  asOf?: string;
  from?: string;
  to?: string;
  limit: number;
  format: ListingFormat;
}

/** Registers `readout timeline`. */
export function registerTimelineCommand(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  withDbOption(program.command('timeline'))
    .description("a dyad's meetings and planned events in date order")
    .requiredOption('--dyad <codes>', 'the two sides, any order (e.g. JP-RU)', dyadArg)
    .option('--as-of <date>', 'plan statuses as of this ISO date (default: today)', isoDateArg)
    .option('--from <date>', 'entries on or after this ISO date', isoDateArg)
    .option('--to <date>', 'entries on or before this ISO date', isoDateArg)
    .option('--limit <n>', 'at most this many meetings and this many plans', countArg, 1000)
    .addOption(new Option('--format <format>', 'output format').choices(LISTING_FORMATS).default('table'))
    .action(async (opts: TimelineOptions) => {
      await runWithDatabase(opts.db, io, setExitCode, async ({ db }) => {
        const entries = await dyadTimeline(db, opts.dyad, opts.asOf ?? today(), { from: opts.from, to: opts.to, limit: opts.limit });
        io.out(formatListing(entries, TIMELINE_LISTING, opts.format));
      });
    });
}
