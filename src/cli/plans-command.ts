/**
 * `readout plans`: planned events with their follow-up status (pending, held, overdue) as of a date.
 */
import { Option, type Command } from 'commander';
import { PLAN_LISTING } from '../app/listing-columns.ts';
import type { FollowUpStatus } from '../app/views.ts';
import type { PlanKind } from '../domain/record.ts';
import { listPlans } from '../storage/queries/plan-queries.ts';
import { countArg, dyadArg, isoDateArg, runWithDatabase, today, withDbOption, type SetExitCode } from './database-command.ts';
import { formatListing, LISTING_FORMATS, type ListingFormat } from './listing-format.ts';
import type { CliIO } from './main.ts';

const STATUS_CHOICES: readonly FollowUpStatus[] = ['pending', 'held', 'overdue'];
const KIND_CHOICES: readonly PlanKind[] = ['meeting', 'visit', 'dialogue', 'survey', 'mission', 'signing', 'other'];

interface PlansOptions {
  db?: string;
  dyad?: string;
  status?: FollowUpStatus;
  asOf?: string;
  dueFrom?: string;
  dueTo?: string;
  kind?: PlanKind;
  limit: number;
  offset: number;
  format: ListingFormat;
}

/** Registers `readout plans`. */
export function registerPlansCommand(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  withDbOption(program.command('plans'))
    .description('list planned events with their status: pending, held (with the meeting that held it) or overdue')
    .option('--dyad <codes>', 'the two sides, any order (e.g. JP-RU)', dyadArg)
    .addOption(new Option('--status <status>', 'follow-up status').choices(STATUS_CHOICES))
    .option('--as-of <date>', 'decide pending/overdue as of this ISO date (default: today)', isoDateArg)
    .option('--due-from <date>', 'plans due (interval end, else start) on or after this ISO date', isoDateArg)
    .option('--due-to <date>', 'plans due on or before this ISO date', isoDateArg)
    .addOption(new Option('--kind <kind>', 'kind of planned event').choices(KIND_CHOICES))
    .option('--limit <n>', 'at most this many plans', countArg, 100)
    .option('--offset <n>', 'skip this many plans first', countArg, 0)
    .addOption(new Option('--format <format>', 'output format').choices(LISTING_FORMATS).default('table'))
    .action(async (opts: PlansOptions) => {
      await runWithDatabase(opts.db, io, setExitCode, async ({ db }) => {
        const plans = await listPlans(db, opts.asOf ?? today(), {
          dyad: opts.dyad, status: opts.status, dueFrom: opts.dueFrom, dueTo: opts.dueTo, kind: opts.kind, limit: opts.limit, offset: opts.offset,
        });
        io.out(formatListing(plans, PLAN_LISTING, opts.format));
      });
    });
}
