/**
 * How the commands that read gold files (`eval`, `eval-links`) report a bad file: one line on stderr naming the file
 * and the reason, never a stack trace.
 */
import { GoldFormatError } from '../eval/gold-reader.ts';
import { InputError } from '../input/input-errors.ts';

/**
 * Maps a failure while reading a gold (or links) file to an exit code, after writing its one-line message with
 * `writeErr`: malformed content → 1, an unreadable file → 2 (a usage error). Anything else is a real fault and is
 * rethrown.
 */
export function goldFileErrorExitCode(err: unknown, path: string, writeErr: (s: string) => void): number {
  if (err instanceof GoldFormatError || err instanceof InputError) {
    writeErr(`readout: ${err.message}\n`);
    return 1;
  }
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
    const errPath = (err as { path?: unknown }).path;
    writeErr(`readout: ${typeof errPath === 'string' ? errPath : path}: cannot read file (${String(code)})\n`);
    return 2;
  }
  throw err;
}
