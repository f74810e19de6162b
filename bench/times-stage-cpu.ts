/**
 * CPU time of the times stage alone: every stage before it runs once per document of the dev corpus, then the times
 * stage runs over the prepared documents `rounds` times (it only reads what the earlier stages set, and sets the same
 * fields each time). Prints microseconds of CPU per document (process.cpuUsage: the machine's load does not count).
 * `node --no-regexp-tier-up --import tsx bench/times-stage-cpu.ts [rounds]`
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { STAGES } from '../src/pipeline/stages.ts';
import { newExtractionContext } from '../src/pipeline/extract.ts';

const corpus = process.env['READOUT_CORPUS'] ?? resolve(import.meta.dirname, '../../shared/corpus/dev.jsonl');
const rounds = Number(process.argv[2] ?? 30);
const docs = readFileSync(corpus, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
const at = STAGES.findIndex((s) => s.name === 'times');
const times = STAGES[at];
if (times === undefined) throw new Error('no times stage');
const contexts = docs.map((d) => {
  const ctx = newExtractionContext({ file: d.id, text: d.text });
  for (const stage of STAGES.slice(0, at)) stage.run(ctx);
  return ctx;
});
for (const ctx of contexts) times.run(ctx); // warm-up
const c0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) for (const ctx of contexts) times.run(ctx);
const c = process.cpuUsage(c0);
console.log(`times stage: ${((c.user + c.system) / (rounds * contexts.length)).toFixed(0)} µs/doc cpu (${contexts.length} docs x ${rounds})`);
