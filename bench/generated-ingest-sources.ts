/**
 * Generated readouts as ingest sources (plain text, no metadata), streamed: for the benchmarks that fill a knowledge
 * base through the real ingest use case.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { IngestSource } from '../src/app/ingest.ts';
import { generateReadouts, type GenerateOptions, type SyntheticReadout } from './synthetic-readouts.ts';

/**
 * Yields one {@link IngestSource} per generated readout; the file name is its source key. `onReadout` sees each
 * generated readout as it is yielded (e.g. to count country-set density).
 */
export async function* generatedIngestSources(options: GenerateOptions, onReadout?: (readout: SyntheticReadout) => void): AsyncGenerator<IngestSource> {
  for await (const readout of generateReadouts(options)) {
    onReadout?.(readout);
    yield textSource(readout.file, readout.text);
  }
}

/** A plain-text source named `file` (its source key too), with no metadata. */
export function textSource(file: string, text: string): IngestSource {
  return {
    input: file, sourceKey: file, file, url: null, bytes: Buffer.from(text, 'utf8'),
    load: () => ({ file, format: 'text', text, title: null, issues: [] }),
    title: null, publisher: null, published: null,
  };
}

/**
 * Writes `options.count` generated readouts to `path` as JSON lines (`{"file", "text"}`), streamed with backpressure so
 * memory stays flat: a benchmark generates its corpus before its clock starts, then times only the ingest of it
 * ({@link corpusFileSources}), as a user ingests files that already exist. Returns how many were written.
 */
export async function writeGeneratedCorpus(options: GenerateOptions, path: string, onReadout?: (readout: SyntheticReadout) => void): Promise<number> {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  let written = 0;
  try {
    for await (const readout of generateReadouts(options)) {
      onReadout?.(readout);
      if (!stream.write(`${JSON.stringify({ file: readout.file, text: readout.text })}\n`)) await once(stream, 'drain');
      written++;
    }
  } finally {
    stream.end();
    await once(stream, 'close');
  }
  return written;
}

/**
 * Streams the readouts of a file {@link writeGeneratedCorpus} wrote as {@link IngestSource}s (as {@link generatedIngestSources}),
 * each file name prefixed by `keyPrefix`: readouts of another seed appended to a knowledge base are then other sources,
 * not new versions of the readouts stored under the same generated names.
 */
export async function* corpusFileSources(path: string, keyPrefix = ''): AsyncGenerator<IngestSource> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (line === '') continue;
      const { file, text } = JSON.parse(line) as { file: string; text: string };
      yield textSource(keyPrefix + file, text);
    }
  } finally {
    lines.close();
  }
}
