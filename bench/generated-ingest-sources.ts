/**
 * Generated readouts as ingest sources (plain text, no metadata), streamed: for the benchmarks that fill a knowledge
 * base through the real ingest use case.
 */
import type { IngestSource } from '../src/app/ingest.ts';
import { generateReadouts, type GenerateOptions } from './synthetic-readouts.ts';

/** Yields one {@link IngestSource} per generated readout; the file name is its source key. */
export async function* generatedIngestSources(options: GenerateOptions): AsyncGenerator<IngestSource> {
  for await (const readout of generateReadouts(options)) {
    const bytes = Buffer.from(readout.text, 'utf8');
    const text = readout.text;
    yield {
      input: readout.file, sourceKey: readout.file, file: readout.file, url: null, bytes,
      load: () => ({ file: readout.file, format: 'text', text, title: null, issues: [] }),
      title: null, publisher: null, published: null,
    };
  }
}
