/**
 * Generated readouts as ingest sources (plain text, no metadata), streamed: for the benchmarks that fill a knowledge
 * base through the real ingest use case.
 */
import type { IngestSource } from '../src/app/ingest.ts';
import { generateReadouts, type GenerateOptions, type SyntheticReadout } from './synthetic-readouts.ts';

/**
 * Yields one {@link IngestSource} per generated readout; the file name is its source key. `onReadout` sees each
 * generated readout as it is yielded (e.g. to count country-set density).
 */
export async function* generatedIngestSources(options: GenerateOptions, onReadout?: (readout: SyntheticReadout) => void): AsyncGenerator<IngestSource> {
  for await (const readout of generateReadouts(options)) {
    onReadout?.(readout);
    const bytes = Buffer.from(readout.text, 'utf8');
    const text = readout.text;
    yield {
      input: readout.file, sourceKey: readout.file, file: readout.file, url: null, bytes,
      load: () => ({ file: readout.file, format: 'text', text, title: null, issues: [] }),
      title: null, publisher: null, published: null,
    };
  }
}
