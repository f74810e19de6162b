/**
 * Real failures while reading input (the third error channel in STYLE.md): a file that cannot be read,
 * is binary, or is too large. Problems *inside* a readable document are `Issue` values instead.
 */

/** A file (or stdin, named `-`) that cannot be turned into a document. Message: `<file>: <reason>`. */
export class InputError extends Error {
  /** The path or name of the input as given by the caller (`-` for stdin). */
  readonly file: string;
  /** Short human-readable reason, e.g. `binary file`, `file too large (51.2 MB > 50 MB)`. */
  readonly reason: string;

  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    super(`${file}: ${reason}`, options);
    this.name = 'InputError';
    this.file = file;
    this.reason = reason;
  }
}
