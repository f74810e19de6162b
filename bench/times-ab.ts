/**
 * Before/after CPU of the dates stage's finder on a loaded machine: `findTimeExpressions` of another checkout (the
 * "before", e.g. the main worktree) and of this one run in ONE process over the dev corpus, in alternating rounds, so
 * that both see the same load, the same CPU frequency and the same garbage collections. Prints µs of CPU per document
 * for each and their ratio; checks first that both find the same expressions.
 *
 * `node --no-regexp-tier-up --import tsx bench/times-ab.ts /work/main [rounds]`
 *
 * Separate processes run one after the other differed by up to ±30% when other jobs shared the cores; with alternating
 * rounds in one process, the same code against itself gave ratios of 0.94-1.05 (so only a larger gain is a gain).
 * process.cpuUsage counts every
 * thread of the process, garbage-collector threads included: figures taken around one stage inside the whole pipeline
 * also charge it for collecting what the other stages allocated.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Finder = (text: string, referenceDate: string) => unknown[];
const before = process.argv[2];
if (before === undefined) throw new Error('usage: bench/times-ab.ts <other checkout> [rounds]');
const rounds = Number(process.argv[3] ?? 300);
const corpus = process.env['READOUT_CORPUS'] ?? resolve(import.meta.dirname, '../../shared/corpus/dev.jsonl');
const texts = readFileSync(corpus, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
const finderPath = 'src/stages/dates/time-expression-finder.ts';
const load = async (root: string): Promise<Finder> =>
  ((await import(resolve(root, finderPath))) as { findTimeExpressions: Finder }).findTimeExpressions;
const [a, b] = [await load(before), await load(resolve(import.meta.dirname, '..'))];
const REFERENCE = '2024-05-01';

for (const text of texts) {
  if (JSON.stringify(a(text, REFERENCE)) !== JSON.stringify(b(text, REFERENCE))) throw new Error(`outputs differ on: ${text.slice(0, 80)}`);
}
for (let r = 0; r < 20; r++) {
  for (const text of texts) {
    a(text, REFERENCE);
    b(text, REFERENCE);
  }
}

const spent = [0, 0];
for (let r = 0; r < rounds; r++) {
  for (const k of r % 2 === 0 ? [0, 1] : [1, 0]) {
    const find = k === 0 ? a : b;
    const start = process.cpuUsage();
    for (const text of texts) find(text, REFERENCE);
    const used = process.cpuUsage(start);
    spent[k] = (spent[k] as number) + used.user + used.system;
  }
}
const perDoc = spent.map((micros) => micros / (rounds * texts.length));
console.log(
  `findTimeExpressions, ${texts.length} docs x ${rounds} rounds: ${before} ${perDoc[0]?.toFixed(1)} µs/doc cpu, ` +
    `this checkout ${perDoc[1]?.toFixed(1)} µs/doc cpu, ratio ${((perDoc[1] as number) / (perDoc[0] as number)).toFixed(3)}`,
);
