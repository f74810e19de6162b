/**
 * What every knowledge-base command shares: the `--db FILE|URL` option, opening and closing the database, option
 * parsers that reject bad values as usage errors, and the one place their failures become exit codes and one line on
 * stderr (ValidationError: 2; NotFoundError, StorageError: 1; anything else is a bug and propagates).
 */
import { InvalidArgumentError, type Command } from 'commander';
import { NotFoundError, ValidationError } from '../app/use-case-errors.ts';
import type { StorageDialect } from '../storage/dialects/storage-dialect.ts';
import { databaseTarget, openDatabase } from '../storage/open-database.ts';
import { StorageError } from '../storage/storage-error.ts';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, type CliIO } from './main.ts';

/** How a command reports its exit code to `runCli`. */
export type SetExitCode = (code: number) => void;

/** Adds `--db FILE|URL` to `command`. */
export function withDbOption(command: Command): Command {
  return command.option('--db <file|url>', 'SQLite file or postgres:// URL (default: $DATABASE_URL, else $READOUT_DB, else ./readout.db)');
}

/**
 * Opens the database named by `--db` (else `DATABASE_URL`, else `READOUT_DB`, else ./readout.db; see
 * `databaseTarget`), runs `work`, closes it, and sets the exit code: `work`'s result, or the code for the error it
 * threw (after writing `readout: <message>` to stderr).
 */
export async function runWithDatabase(dbOption: string | undefined, io: CliIO, setExitCode: SetExitCode, work: (dialect: StorageDialect) => Promise<number | void>): Promise<void> {
  let dialect: StorageDialect | null = null;
  try {
    dialect = await openDatabase(databaseTarget(dbOption));
    setExitCode((await work(dialect)) ?? EXIT_OK);
  } catch (error) {
    if (error instanceof ValidationError) {
      io.err(`readout: ${error.message}\n`);
      setExitCode(EXIT_USAGE);
    } else if (error instanceof NotFoundError || error instanceof StorageError) {
      io.err(`readout: ${error.message}\n`);
      setExitCode(EXIT_SOME_FAILED);
    } else {
      throw error;
    }
  } finally {
    await dialect?.close();
  }
}

/** Commander parser for an ISO date option (`YYYY-MM-DD`, a real calendar day). */
export function isoDateArg(value: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError('expected an ISO date YYYY-MM-DD.');
  }
  return value;
}

/** Commander parser for a whole number ≥ 0 (`--limit`, `--offset`). */
export function countArg(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number.');
  return Number(value);
}

/** Commander parser for a positive id. */
export function idArg(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) === 0) throw new InvalidArgumentError('expected an id (a positive whole number).');
  return Number(value);
}

/** Commander parser for a dyad: two or more country codes separated by `-` ("JP-RU"). */
export function dyadArg(value: string): string {
  const codes = value.split(/[-,/\s]+/).filter((c) => c !== '');
  if (codes.length < 2 || codes.some((c) => !/^[A-Za-z]{2,6}$/.test(c))) throw new InvalidArgumentError('expected two or more codes joined by "-", e.g. JP-RU.');
  return value;
}

/** Today's date (UTC) as ISO: the default `--as-of`. Read here, at the surface, never in a query. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
