/**
 * `readout show MEETING_ID`: one merged meeting with every field's evidence, its sources, conflicts, corrections and
 * plans.
 */
import { Option, type Command } from 'commander';
import { NotFoundError } from '../app/use-case-errors.ts';
import { meetingDetail } from '../storage/queries/meeting-queries.ts';
import { idArg, isoDateArg, runWithDatabase, today, withDbOption, type SetExitCode } from './database-command.ts';
import type { CliIO } from './main.ts';
import { formatMeetingDetail } from './meeting-detail-table.ts';

interface ShowOptions {
  db?: string;
  asOf?: string;
  format: 'table' | 'json';
}

/** Registers `readout show`. */
export function registerShowCommand(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  withDbOption(program.command('show'))
    .description('one meeting in full: every field with its evidence, sources, conflicts, corrections, plans')
    .argument('<meeting-id>', 'the meeting id (from `readout meetings`)', idArg)
    .option('--as-of <date>', 'plan statuses as of this ISO date (default: today)', isoDateArg)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (id: number, opts: ShowOptions) => {
      await runWithDatabase(opts.db, io, setExitCode, async ({ db }) => {
        const meeting = await meetingDetail(db, id, opts.asOf ?? today());
        if (meeting === null) throw new NotFoundError('meeting', id);
        io.out(opts.format === 'json' ? JSON.stringify(meeting, null, 2) + '\n' : formatMeetingDetail(meeting));
      });
    });
}
