/**
 * Expanding the paths given on the command line into documents to read: files, directories (recursively),
 * and `-` for stdin. A bad path becomes an error item so a batch carries on.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_MAX_INPUT_BYTES, tooLargeReason } from './load-document.ts';
import { InputError } from './input-errors.ts';

/** An input ready to read. `read()` loads the whole file (its size was already checked). */
export interface InputSource {
  readonly name: string;
  read(): Promise<Uint8Array>;
}

/** An input that cannot be read (missing, unreadable, too large); the batch continues. */
export interface InputFailure {
  readonly name: string;
  readonly error: InputError;
}

/** Options for {@link walkInputs}. */
export interface WalkOptions {
  /** Largest accepted file size in bytes; default 50 MB. Checked with `stat` before reading. */
  readonly maxBytes?: number;
  /** Stream read for `-`; default `process.stdin`. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
}

const DOCUMENT_EXTENSION = /\.(?:txt|html?)$/i;

/**
 * Yield one item per input document, in order: each path as given; inside a directory, the `.txt`,
 * `.html` and `.htm` files of the whole tree sorted by path (hidden entries skipped, symlink loops
 * followed once). A file named explicitly is yielded whatever its extension.
 */
export async function* walkInputs(paths: readonly string[], options: WalkOptions = {}): AsyncGenerator<InputSource | InputFailure> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  for (const path of paths) {
    if (path === '-') {
      yield { name: '-', read: () => readStream(options.stdin ?? process.stdin, maxBytes) };
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (cause) {
      yield { name: path, error: new InputError(path, describeFsError(cause), { cause }) };
      continue;
    }
    if (info.isDirectory()) {
      yield* walkDirectory(path, maxBytes);
    } else {
      yield fileItem(path, info.size, maxBytes);
    }
  }
}

async function* walkDirectory(root: string, maxBytes: number): AsyncGenerator<InputSource | InputFailure> {
  const files: { path: string; size: number }[] = [];
  const failures: InputFailure[] = [];
  const seen = new Set<string>();
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    try {
      const real = await realpath(dir);
      if (seen.has(real)) continue;
      seen.add(real);
      const entries = await readdir(dir);
      for (const entry of entries) {
        if (entry.startsWith('.')) continue;
        const full = join(dir, entry);
        let info;
        try {
          info = await stat(full);
        } catch (cause) {
          failures.push({ name: full, error: new InputError(full, describeFsError(cause), { cause }) });
          continue;
        }
        if (info.isDirectory()) pending.push(full);
        else if (info.isFile() && DOCUMENT_EXTENSION.test(entry)) files.push({ path: full, size: info.size });
      }
    } catch (cause) {
      failures.push({ name: dir, error: new InputError(dir, describeFsError(cause), { cause }) });
    }
  }
  const items: (InputSource | InputFailure)[] = [
    ...files.map((f) => fileItem(f.path, f.size, maxBytes)),
    ...failures,
  ];
  items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  yield* items;
}

function fileItem(path: string, size: number, maxBytes: number): InputSource | InputFailure {
  if (size > maxBytes) return { name: path, error: new InputError(path, tooLargeReason(size, maxBytes)) };
  return {
    name: path,
    read: async () => {
      try {
        const buf = await readFile(path);
        return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
      } catch (cause) {
        throw new InputError(path, describeFsError(cause), { cause });
      }
    },
  };
}

async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += buf.byteLength;
    if (total > maxBytes) throw new InputError('-', tooLargeReason(total, maxBytes));
    chunks.push(buf);
  }
  const all = Buffer.concat(chunks, total);
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}

function describeFsError(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many symbolic links';
    default: return cause instanceof Error ? cause.message : String(cause);
  }
}
