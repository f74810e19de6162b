/**
 * `readout meetings`: one line per merged meeting, filtered by dyad, country, person, dates, level and mode.
 */
import { Option, type Command } from 'commander';
import { MEETING_LISTING } from '../app/listing-columns.ts';
import type { Level, Mode } from '../domain/record.ts';
import { listMeetings } from '../storage/queries/meeting-queries.ts';
import { countArg, dyadArg, isoDateArg, runWithDatabase, withDbOption, type SetExitCode } from './database-command.ts';
import { formatListing, LISTING_FORMATS, type ListingFormat } from './listing-format.ts';
import type { CliIO } from './main.ts';

export const LEVEL_CHOICES: readonly Level[] = ['leader', 'foreign-minister', 'minister', 'vice-minister', 'senior-official', 'other'];
export const MODE_CHOICES: readonly Mode[] = ['in-person', 'telephone', 'video'];

interface MeetingsOptions {
  db?: string;
  dyad?: string;
  country?: string;
  person?: string;
  from?: string;
  to?: string;
  level?: Level;
  mode?: Mode;
  limit: number;
  offset: number;
  format: ListingFormat;
}

/** Registers `readout meetings`. */
export function registerMeetingsCommand(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  withDbOption(program.command('meetings'))
    .description('list merged meetings with their sources')
    .option('--dyad <codes>', 'the two sides, any order (e.g. JP-RU)', dyadArg)
    .option('--country <code>', 'one of the sides (e.g. JP)')
    .option('--person <name>', 'a participant (any spelling: "Kono", "Taro Kono")')
    .option('--from <date>', 'meetings on or after this ISO date', isoDateArg)
    .option('--to <date>', 'meetings on or before this ISO date', isoDateArg)
    .addOption(new Option('--level <level>', 'meeting level').choices(LEVEL_CHOICES))
    .addOption(new Option('--mode <mode>', 'meeting mode').choices(MODE_CHOICES))
    .option('--limit <n>', 'at most this many meetings', countArg, 100)
    .option('--offset <n>', 'skip this many meetings first', countArg, 0)
    .addOption(new Option('--format <format>', 'output format').choices(LISTING_FORMATS).default('table'))
    .action(async (opts: MeetingsOptions) => {
      await runWithDatabase(opts.db, io, setExitCode, async ({ db }) => {
        const meetings = await listMeetings(db, {
          dyad: opts.dyad, country: opts.country, person: opts.person, from: opts.from, to: opts.to,
          level: opts.level, mode: opts.mode, limit: opts.limit, offset: opts.offset,
        });
        io.out(formatListing(meetings, MEETING_LISTING, opts.format));
      });
    });
}
