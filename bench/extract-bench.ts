/**
 * `npm run bench [-- --count N] [-- --seed S]`: extraction throughput and memory on a synthetic corpus of readouts
 * (real readouts cycled with shifted dates and swapped names, generated lazily), compared with plain
 * `chrono.casual.parse` on the same corpus. Templates: `../shared/corpus/dev.jsonl` from the repo root, or the file
 * named by the environment variable READOUT_CORPUS.
 *
 * Each pass runs in a fresh child process of its own. In one process the order skews the baseline: after our
 * extractor has run, stock chrono's shared parser code runs about 3× slower than in a process where chrono ran first
 * (measured: 830-1,100/s against 2,500-3,500/s on the same corpus), which made the extractor look close to chrono.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chrono from 'chrono-node';
import { extractRecords } from '../src/pipeline/extract.ts';
import { formatBenchReport, measureBatchedPass, measurePass, type PassResult } from './throughput-runner.ts';
import type { GenerateOptions } from './synthetic-readouts.ts';

const DEFAULT_COUNT = 20_000;
const DEFAULT_SEED = 1;
/** Documents per `extractRecords` call: as `readout extract` and the extraction threads batch them. */
const EXTRACT_BATCH = 32;
const PASSES = ['extract', 'chrono'] as const;
type PassName = (typeof PASSES)[number];

interface BenchOptions {
  readonly corpus: GenerateOptions;
  /** Set in the child processes: run this pass alone and print its result as JSON. */
  readonly pass: PassName | null;
}

function benchOptions(): BenchOptions {
  let values: { count?: string | undefined; seed?: string | undefined; pass?: string | undefined };
  try {
    ({ values } = parseArgs({ options: { count: { type: 'string' }, seed: { type: 'string' }, pass: { type: 'string' } }, strict: true }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const pass = values.pass ?? null;
  if (pass !== null && !PASSES.includes(pass as PassName)) throw new UsageError(`--pass must be one of ${PASSES.join(', ')}, got "${pass}"`);
  return {
    corpus: {
      templatePath: process.env['READOUT_CORPUS'] ?? fileURLToPath(new URL('../../shared/corpus/dev.jsonl', import.meta.url)),
      count: positiveInteger(values.count, '--count', DEFAULT_COUNT),
      seed: positiveInteger(values.seed, '--seed', DEFAULT_SEED),
    },
    pass: pass as PassName | null,
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

function runPass(pass: PassName, corpus: GenerateOptions): Promise<PassResult> {
  // As `readout extract` and the extraction threads run it: documents in batches, stage by stage.
  return pass === 'extract'
    ? measureBatchedPass('extractRecords', corpus, EXTRACT_BATCH, (readouts) => extractRecords(readouts.map(({ file, text }) => ({ file, text }))).map((o) => (o.ok ? undefined : o.error)))
    : measurePass('chrono', corpus, ({ text, referenceDate }) => chrono.casual.parse(text, referenceDate));
}

/** Runs one pass in a fresh Node process (same loader flags) and reads its result from the child's stdout. */
function runPassInChild(pass: PassName, corpus: GenerateOptions): Promise<PassResult> {
  const args = [...process.execArgv, fileURLToPath(import.meta.url), '--pass', pass, '--count', String(corpus.count), '--seed', String(corpus.seed)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`the ${pass} pass exited with code ${code}`));
      else resolve(JSON.parse(out) as PassResult);
    });
  });
}

try {
  const { corpus, pass } = benchOptions();
  if (pass !== null) {
    process.stdout.write(`${JSON.stringify(await runPass(pass, corpus))}\n`);
  } else {
    const ours = await runPassInChild('extract', corpus);
    const baseline = await runPassInChild('chrono', corpus);
    process.stdout.write(formatBenchReport(corpus, ours, baseline));
  }
} catch (error) {
  process.stderr.write(`extract-bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
