/**
 * Time per stage: runs every stage of the pipeline over the dev corpus (repeated) and prints microseconds per
 * document for each, beside stock `chrono.casual.parse` on the same texts. `npm run bench:stages [-- --rounds N]`.
 *
 * Stock chrono is timed in a fresh child process (`--chrono-only`): after our stages have run in a process, chrono's
 * shared parser code runs about 3× slower there, which would flatter the ratio.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chrono from 'chrono-node';
import type { ExtractionContext } from '../src/pipeline/extraction-context.ts';
import { STAGES } from '../src/pipeline/stages.ts';
import { newExtractionContext } from '../src/pipeline/extract.ts';

const corpus = process.env['READOUT_CORPUS'] ?? resolve(import.meta.dirname, '../../shared/corpus/dev.jsonl');
const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 30;
const warmup = 5;
const docs = readFileSync(corpus, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });

function freshContext(d: { id: string; text: string }): ExtractionContext {
  return newExtractionContext({ file: d.id, text: d.text });
}

/** Microseconds per document of stock chrono over the corpus, `rounds` times after one warm-up round. */
function stockChronoMicros(): number {
  const instant = new Date('2017-09-18T12:00:00Z');
  for (const d of docs) chrono.casual.parse(d.text, instant);
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const d of docs) chrono.casual.parse(d.text, instant);
  return ((performance.now() - t0) / (rounds * docs.length)) * 1000;
}

if (process.argv.includes('--chrono-only')) {
  console.log(stockChronoMicros());
  process.exit(0);
}

const spent = new Map<string, number>();
for (let r = 0; r < rounds + warmup; r++) {
  for (const d of docs) {
    const ctx = freshContext(d);
    for (const stage of STAGES) {
      const t = performance.now();
      stage.run(ctx);
      if (r >= warmup) spent.set(stage.name, (spent.get(stage.name) ?? 0) + performance.now() - t);
    }
  }
}
const n = rounds * docs.length;
let total = 0;
console.log(`Stage timings over ${docs.length} documents x ${rounds} rounds (${corpus})`);
for (const [name, ms] of spent) {
  total += ms;
  console.log(`  ${name.padEnd(18)} ${((ms / n) * 1000).toFixed(0).padStart(6)} µs/doc`);
}
const allMicros = (total / n) * 1000;
console.log(`  ${'all stages'.padEnd(18)} ${allMicros.toFixed(0).padStart(6)} µs/doc  (${Math.round(n / (total / 1000))} docs/s)`);
const chronoMicros = Number(
  execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--chrono-only', '--rounds', String(rounds)], { encoding: 'utf8' }),
);
console.log(`  ${'stock chrono'.padEnd(18)} ${chronoMicros.toFixed(0).padStart(6)} µs/doc  (in a fresh process)`);
console.log(`  ratio all stages / stock chrono: ${(allMicros / chronoMicros).toFixed(2)}`);
