/**
 * `npm run bench [-- --count N] [-- --seed S]`: extraction throughput and memory on a synthetic corpus of readouts
 * (real readouts cycled with shifted dates and swapped names, generated lazily), compared with plain
 * `chrono.casual.parse` on the same corpus. Templates: `../shared/corpus/dev.jsonl` from the repo root, or the file
 * named by the environment variable READOUT_CORPUS.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chrono from 'chrono-node';
import { extractRecord } from '../src/pipeline/extract.ts';
import { formatBenchReport, measurePass } from './throughput-runner.ts';
import type { GenerateOptions } from './synthetic-readouts.ts';

const DEFAULT_COUNT = 20_000;
const DEFAULT_SEED = 1;

function corpusOptions(): GenerateOptions {
  let values: { count?: string | undefined; seed?: string | undefined };
  try {
    ({ values } = parseArgs({ options: { count: { type: 'string' }, seed: { type: 'string' } }, strict: true }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return {
    templatePath: process.env['READOUT_CORPUS'] ?? fileURLToPath(new URL('../../shared/corpus/dev.jsonl', import.meta.url)),
    count: positiveInteger(values.count, '--count', DEFAULT_COUNT),
    seed: positiveInteger(values.seed, '--seed', DEFAULT_SEED),
  };
}

function positiveInteger(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${option} must be a positive integer, got "${value}"`);
  return n;
}

class UsageError extends Error {
  override readonly name = 'UsageError';
}

try {
  const corpus = corpusOptions();
  const ours = await measurePass('extractRecord', corpus, ({ file, text }) => extractRecord({ file, text }));
  const baseline = await measurePass('chrono', corpus, ({ text, referenceDate }) => chrono.casual.parse(text, referenceDate));
  process.stdout.write(formatBenchReport(corpus, ours, baseline));
} catch (error) {
  process.stderr.write(`extract-bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
