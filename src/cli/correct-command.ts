/**
 * `readout correct`: an analyst's correction of a meeting field, a merge, or a follow-up link.
 *
 *   readout correct --meeting 12 --set date=2017-09-19 [--note "MOFA's date is local time"]
 *   readout correct --meeting 12 --reject-source 34     (document 34 does not report meeting 12)
 *   readout correct --meeting 12 --confirm-source 34    (it does: keep or put it there)
 *   readout correct --plan 7 --reject [--held-meeting 12]
 *   readout correct --plan 7 --confirm [--held-meeting 12]
 */
import type { Command } from 'commander';
import { applyCorrection, type CorrectionRequest } from '../app/correct.ts';
import { idArg, runWithDatabase, withDbOption, type SetExitCode } from './database-command.ts';
import type { CliIO } from './main.ts';

interface CorrectOptions {
  db?: string;
  meeting?: number;
  set?: string;
  rejectSource?: number;
  confirmSource?: number;
  plan?: number;
  reject?: boolean;
  confirm?: boolean;
  heldMeeting?: number;
  note?: string;
}

/** Registers `readout correct`. Exit code 2 for a request that does not fit together, 1 for an unknown id. */
export function registerCorrectCommand(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  withDbOption(program.command('correct'))
    .description('correct a meeting field, reject/confirm a merge, or reject/confirm a follow-up link (kept across reprocess)')
    .option('--meeting <id>', 'the meeting to correct', idArg)
    .option('--set <field=value>', 'set a field: date, level, mode, place, occasion, durationMinutes (value "null" clears it)')
    .option('--reject-source <document-id>', 'this document does not report the meeting: take it out and never merge it back', idArg)
    .option('--confirm-source <document-id>', 'this document reports the meeting: confirm the merge (or make it)', idArg)
    .option('--plan <id>', 'the planned event whose follow-up link to correct', idArg)
    .option('--reject', 'the plan was not held by --held-meeting (default: the meeting it is linked to)')
    .option('--confirm', 'the plan was held by --held-meeting (default: the meeting it is linked to)')
    .option('--held-meeting <id>', 'the meeting a follow-up correction is about', idArg)
    .option('--note <text>', 'why, kept with the correction')
    .action(async (opts: CorrectOptions) => {
      const request = toRequest(opts);
      if (typeof request === 'string') {
        io.err(`readout: ${request}\n`);
        setExitCode(2);
        return;
      }
      await runWithDatabase(opts.db, io, setExitCode, async (dialect) => {
        const outcome = await applyCorrection(dialect, request, new Date().toISOString());
        io.out(outcome.message + '\n');
      });
    });
}

/** The request the options describe, or the usage problem as one line. */
export function toRequest(o: CorrectOptions): CorrectionRequest | string {
  const note = o.note ?? null;
  const meetingActions = [o.set, o.rejectSource, o.confirmSource].filter((x) => x !== undefined).length;
  if (o.meeting !== undefined && o.plan !== undefined) return 'correct one thing at a time: --meeting or --plan, not both';
  if (o.meeting !== undefined) {
    if (meetingActions !== 1) return 'with --meeting give exactly one of --set field=value, --reject-source DOC_ID, --confirm-source DOC_ID';
    if (o.reject || o.confirm || o.heldMeeting !== undefined) return '--reject, --confirm and --held-meeting go with --plan';
    if (o.set !== undefined) {
      const eq = o.set.indexOf('=');
      if (eq <= 0) return `--set needs field=value, not '${o.set}'`;
      return { kind: 'set-field', meetingId: o.meeting, field: o.set.slice(0, eq).trim(), value: o.set.slice(eq + 1), note };
    }
    if (o.rejectSource !== undefined) return { kind: 'merge', action: 'reject', meetingId: o.meeting, documentId: o.rejectSource, note };
    return { kind: 'merge', action: 'confirm', meetingId: o.meeting, documentId: o.confirmSource ?? 0, note };
  }
  if (o.plan !== undefined) {
    if (meetingActions > 0) return '--set, --reject-source and --confirm-source go with --meeting';
    if (o.reject === o.confirm) return 'with --plan give exactly one of --reject or --confirm';
    return { kind: 'follow-up', action: o.reject ? 'reject' : 'confirm', planId: o.plan, heldMeetingId: o.heldMeeting ?? null, note };
  }
  return 'say what to correct: --meeting ID (with --set, --reject-source or --confirm-source) or --plan ID (with --reject or --confirm)';
}
