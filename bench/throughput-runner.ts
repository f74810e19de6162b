/**
 * Measures an extractor over a lazily generated corpus: throughput, memory (RSS sampled as it runs), and the time a
 * baseline (plain chrono-node date parsing) takes on the very same corpus.
 */
import { performance } from 'node:perf_hooks';
import { generateReadouts } from './synthetic-readouts.ts';
import type { GenerateOptions, SyntheticReadout } from './synthetic-readouts.ts';

/** Sample RSS every this many documents. */
const RSS_SAMPLE_EVERY = 1000;
/** Write a progress line every this many documents (only when stderr is a terminal). */
const PROGRESS_EVERY = 2000;

/** Timing of one pass over the corpus. */
export interface PassResult {
  readonly documents: number;
  /** UTF-8 bytes of all texts. */
  readonly bytes: number;
  /** Milliseconds spent inside the measured call only (corpus generation excluded). */
  readonly elapsedMs: number;
  readonly failures: number;
  readonly firstFailure: string | null;
  /** Largest sampled RSS, bytes. */
  readonly peakRss: number;
  /** RSS (bytes) sampled at 25, 50, 75 and 100 % of the documents. */
  readonly rssAtQuartiles: readonly [number, number, number, number];
}

/**
 * Runs `work` on every generated readout and measures it. A document whose `work` throws is counted in `failures`
 * and the pass continues. With `batchSize` above 1, `workBatch` gets the readouts that many at a time (the last batch
 * may be smaller) and returns, for each, what its work threw (undefined when it succeeded).
 */
export async function measurePass(
  label: string,
  corpus: GenerateOptions,
  work: (readout: SyntheticReadout) => unknown,
): Promise<PassResult> {
  return measureBatchedPass(label, corpus, 1, ([readout]) => {
    try {
      work(readout!);
      return [undefined];
    } catch (error) {
      return [error ?? new Error('undefined thrown')];
    }
  });
}

/** {@link measurePass} over batches of `batchSize` readouts; `workBatch` returns each readout's error or undefined. */
export async function measureBatchedPass(
  label: string,
  corpus: GenerateOptions,
  batchSize: number,
  workBatch: (readouts: readonly SyntheticReadout[]) => readonly unknown[],
): Promise<PassResult> {
  const quartileIndex = [0.25, 0.5, 0.75, 1].map((q) => Math.max(1, Math.round(corpus.count * q)));
  const rssAtQuartiles: number[] = [0, 0, 0, 0];
  const showProgress = process.stderr.isTTY === true;
  let documents = 0;
  let bytes = 0;
  let elapsedMs = 0;
  let failures = 0;
  let firstFailure: string | null = null;
  let peakRss = process.memoryUsage.rss();
  const batch: SyntheticReadout[] = [];

  const run = (): void => {
    if (batch.length === 0) return;
    const started = performance.now();
    const errors = workBatch(batch);
    elapsedMs += performance.now() - started;
    batch.forEach((readout, i) => {
      const error = errors[i];
      if (error !== undefined) {
        failures += 1;
        firstFailure ??= `${readout.file}: ${error instanceof Error ? error.message : String(error)}`;
      }
      documents += 1;
      const quartile = quartileIndex.indexOf(documents);
      if (documents % RSS_SAMPLE_EVERY === 0 || quartile >= 0) {
        const rss = process.memoryUsage.rss();
        peakRss = Math.max(peakRss, rss);
        // A count below 4 can put several quartiles on the same document.
        quartileIndex.forEach((at, q) => {
          if (at === documents) rssAtQuartiles[q] = rss;
        });
      }
      if (showProgress && documents % PROGRESS_EVERY === 0) {
        process.stderr.write(`\r${label}: ${documents}/${corpus.count}`);
      }
    });
    batch.length = 0;
  };

  for await (const readout of generateReadouts(corpus)) {
    bytes += Buffer.byteLength(readout.text, 'utf8');
    batch.push(readout);
    if (batch.length >= batchSize) run();
  }
  run();
  if (showProgress) process.stderr.write(`\r${' '.repeat(label.length + 24)}\r`);

  return {
    documents,
    bytes,
    elapsedMs,
    failures,
    firstFailure,
    peakRss,
    rssAtQuartiles: rssAtQuartiles as [number, number, number, number],
  };
}

/** The report of an extractor pass and a baseline pass over the same corpus, as printable lines. */
export function formatBenchReport(corpus: GenerateOptions, ours: PassResult, baseline: PassResult): string {
  const lines = [
    `Readout extraction benchmark: ${ours.documents} readouts generated from ${corpus.templatePath} (seed ${corpus.seed}), ` +
      `${megabytes(ours.bytes)} MB of text, Node ${process.version}; each pass in a fresh process`,
    `extractRecords   ${throughput(ours)} (batches of 32, stage by stage, as \`readout extract\` runs)`,
    `  failures       ${ours.failures}${ours.firstFailure === null ? '' : ` (first: ${ours.firstFailure})`}`,
    `  peak RSS       ${megabytes(ours.peakRss)} MB (sampled every ${RSS_SAMPLE_EVERY} docs); ` +
      `at 25% ${megabytes(ours.rssAtQuartiles[0])}, 50% ${megabytes(ours.rssAtQuartiles[1])}, ` +
      `75% ${megabytes(ours.rssAtQuartiles[2])}, 100% ${megabytes(ours.rssAtQuartiles[3])} MB`,
    `chrono.casual    ${throughput(baseline)}`,
    `  failures       ${baseline.failures}${baseline.firstFailure === null ? '' : ` (first: ${baseline.firstFailure})`}`,
    `ratio ours/chrono (time): ${baseline.elapsedMs === 0 ? 'n/a' : (ours.elapsedMs / baseline.elapsedMs).toFixed(2)}`,
  ];
  if (ours.failures === ours.documents && ours.documents > 0) {
    lines.push('WARNING: every extraction failed; the extractRecord figures measure the failure path only.');
  }
  return `${lines.join('\n')}\n`;
}

function throughput(pass: PassResult): string {
  const seconds = pass.elapsedMs / 1000;
  const perSecond = (n: number): string => (seconds === 0 ? 'n/a' : (n / seconds).toFixed(n === pass.documents ? 0 : 2));
  return (
    `${pass.documents} docs in ${seconds.toFixed(2)} s: ${perSecond(pass.documents)} readouts/s, ` +
    `${seconds === 0 ? 'n/a' : (pass.bytes / 1_048_576 / seconds).toFixed(2)} MB/s`
  );
}

function megabytes(bytes: number): string {
  return (bytes / 1_048_576).toFixed(1);
}
