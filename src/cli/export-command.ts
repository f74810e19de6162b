/**
 * `readout export --format json|jsonl|csv|ics|plover [--kind meetings|plans]`: the knowledge base for other tools.
 */
import { Option, type Command } from 'commander';
import { exportKnowledge, type ExportFormat, type ExportKind } from '../app/export-knowledge.ts';
import { dyadArg, isoDateArg, runWithDatabase, today, withDbOption, type SetExitCode } from './database-command.ts';
import type { CliIO } from './main.ts';

interface ExportOptions {
  db?: string;
  format: ExportFormat;
  kind?: ExportKind;
  dyad?: string;
  asOf?: string;
}

/**
 * Registers `readout export`. What an export leaves out (plans without a date in iCalendar, undated meetings in
 * PLOVER) is counted in one line on stderr; the exit code stays 0.
 */
export function registerExportCommand(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  withDbOption(program.command('export'))
    .description('export meetings or plans: json, jsonl, csv; ics (planned events as all-day calendar events); plover (CONSULT/AGREE events, JSONL)')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'jsonl', 'csv', 'ics', 'plover']).makeOptionMandatory())
    .addOption(new Option('--kind <kind>', 'what to export (json/jsonl/csv default: meetings; ics: plans; plover: both)').choices(['meetings', 'plans']))
    .option('--dyad <codes>', 'only this dyad, any order (e.g. JP-RU)', dyadArg)
    .option('--as-of <date>', 'plan statuses as of this ISO date (default: today)', isoDateArg)
    .action(async (opts: ExportOptions) => {
      if (opts.format === 'ics' && opts.kind === 'meetings') {
        io.err('readout: --format ics exports planned events: use --kind plans or leave --kind out\n');
        setExitCode(2);
        return;
      }
      await runWithDatabase(opts.db, io, setExitCode, async ({ db }) => {
        const summary = await exportKnowledge(db, { format: opts.format, kind: opts.kind, dyad: opts.dyad, asOf: opts.asOf ?? today() }, (chunk) => io.out(chunk));
        if (summary.leftOut.length > 0) {
          const plans = summary.leftOut.filter((l) => l.kind === 'plan').length;
          const meetings = summary.leftOut.length - plans;
          const parts = [
            plans > 0 ? `${plans} ${plans === 1 ? 'plan' : 'plans'} (${opts.format === 'ics' ? 'no date' : 'no announcement date'})` : '',
            meetings > 0 ? `${meetings} ${meetings === 1 ? 'meeting' : 'meetings'} (no date)` : '',
          ].filter((p) => p !== '');
          io.err(`readout: left out ${parts.join(' and ')}\n`);
        }
      });
    });
}
