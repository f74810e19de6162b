/**
 * `npm run bench:writer -- --db FILE [--count N] [--seed S] [--batch B]
 * [--countries spread|template] [--fresh]`: the writing thread's cost alone, at the size of an existing knowledge base.
 *
 * Generates N readouts (default 2,000; use another `--seed` than the one that built the base, or they are all
 * `unchanged`) and extracts them in this thread before the clock starts, as the extraction threads would (record
 * JSON and held candidates); then ingests them into `FILE` (kept: run it on a copy of a base) through the real ingest
 * use case with an extractor that hands back those results, so the CPU time measured is the writer's only: receiving
 * a record (parsing its JSON, as from a worker), storing, linking, SQLite, committing. No worker threads run, so the
 * process CPU time is the writing thread's, far less noisy than wall time on a loaded machine. `--fresh` starts from
 * an empty file instead.
 */
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { ExtractedForLink, RecordExtractor } from '../src/app/extraction-pool.ts';
import { linkInputsOf } from '../src/app/extraction-pool.ts';
import { ingestSources, type IngestSource } from '../src/app/ingest.ts';
import type { StoredRecord } from '../src/linking/link-document.ts';
import type { ReadoutRecord } from '../src/domain/record.ts';
import { extractRecords } from '../src/pipeline/extract.ts';
import { recordJson } from '../src/storage/document-repository.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import { corpusFileSources, textSource, writeGeneratedCorpus } from './generated-ingest-sources.ts';

/** Documents per write transaction unless `--batch` says otherwise (see `bench:store`). */
const BENCH_BATCH_SIZE = 200;

const { values } = parseArgs({
  options: {
    db: { type: 'string' }, count: { type: 'string' }, seed: { type: 'string' }, batch: { type: 'string' },
    countries: { type: 'string' }, fresh: { type: 'boolean' },
  },
  strict: true,
});
const file = values.db;
if (file === undefined || (values.fresh !== true && !existsSync(file))) {
  process.stderr.write('ingest-writer-bench: --db FILE must name an existing knowledge base (or pass --fresh)\n');
  process.exit(2);
}
if (values.fresh === true) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
const count = Number(values.count ?? 2000);
const seed = Number(values.seed ?? 2);
const batchSize = Number(values.batch ?? BENCH_BATCH_SIZE);
const countries = values.countries === 'template' ? 'template' : 'spread';
const out = (line: string): void => { process.stdout.write(`${line}\n`); };
const templatePath = process.env['READOUT_CORPUS'] ?? fileURLToPath(new URL('../../shared/corpus/dev.jsonl', import.meta.url));

// Extracted before the clock starts, as the extraction threads reply: the record's stored JSON and held candidates;
// kept in a cache file by seed, count and countries, so repeated runs (before/after a change) skip the extraction.
const cacheFile = join(tmpdir(), `readout-writer-bench-${seed}-${count}-${countries}.jsonl`);
const sources: IngestSource[] = [];
const replies = new Map<string, { json: string; held: ExtractedForLink['heldCandidates'] }>();
const extractStart = performance.now();
if (!existsSync(cacheFile)) {
  const corpusFile = `${cacheFile}.corpus`;
  await writeGeneratedCorpus({ templatePath, count, seed, countries }, corpusFile);
  const generated: IngestSource[] = [];
  for await (const source of corpusFileSources(corpusFile, `seed-${seed}/`)) generated.push(source);
  rmSync(corpusFile, { force: true });
  const lines: string[] = [];
  for (let i = 0; i < generated.length; i += 32) {
    const chunk = generated.slice(i, i + 32);
    const inputs = chunk.map((s) => ({ file: s.file!, text: s.load().text, title: null, publisher: null, url: null, published: null, issues: [] }));
    extractRecords(inputs).forEach((outcome, j) => {
      const input = inputs[j]!;
      lines.push(JSON.stringify(outcome.ok
        ? { file: input.file, text: input.text, json: recordJson(outcome.record), held: linkInputsOf(outcome.record, input, null) }
        : { file: input.file, text: input.text, json: null, held: null }));
    });
  }
  writeFileSync(cacheFile, `${lines.join('\n')}\n`);
}
for (const line of readFileSync(cacheFile, 'utf8').split('\n')) {
  if (line === '') continue;
  const { file: name, text, json, held } = JSON.parse(line) as { file: string; text: string; json: string | null; held: ExtractedForLink['heldCandidates'] };
  sources.push(textSource(name, text));
  if (json !== null) replies.set(name, { json, held });
}
out(`writer bench: ${count.toLocaleString('en')} readouts (seed ${seed}, ${countries}) extracted or read back in ${((performance.now() - extractStart) / 1000).toFixed(1)} s (not timed); batches of ${batchSize}`);

const replay: RecordExtractor = {
  extract: () => Promise.reject(new Error('replay extractor: extractForLink only')),
  extractForLink: async (input) => {
    const reply = replies.get(input.file);
    if (reply === undefined) throw new Error(`extraction failed for ${input.file}`);
    // As the pool receives a worker's reply (see `extractionPool`).
    const stored = JSON.parse(reply.json) as StoredRecord;
    return { record: { ...stored, text: input.text } as ReadoutRecord, heldCandidates: reply.held, recordJson: reply.json, stored };
  },
  close: async () => {},
};

const dialect = await openDatabase(file);
const before = Number((await dialect.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
async function* feed(): AsyncGenerator<IngestSource> { yield* sources; }
const cpuStart = process.cpuUsage();
const started = performance.now();
const summary = await ingestSources(dialect, feed(), { extractor: replay, batchSize });
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStart);
const walBytes = existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0;
// KEEP_WAL=FILE: a copy of the WAL before closing checkpoints it (which pages the batches wrote: see the commit log).
if (process.env['KEEP_WAL'] !== undefined && walBytes > 0) copyFileSync(`${file}-wal`, process.env['KEEP_WAL']);
await dialect.close();
const cpuMs = (cpu.user + cpu.system) / 1000;
out(`into ${before.toLocaleString('en')} stored documents: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed`);
out(`writer CPU ${(cpuMs / count).toFixed(3)} ms/readout (user ${(cpu.user / 1000 / count).toFixed(3)}, system ${(cpu.system / 1000 / count).toFixed(3)}); ` +
  `wall ${(seconds * 1000 / count).toFixed(3)} ms/readout = ${Math.round(count / seconds)} readouts/s for the writer alone; WAL ${(walBytes / 1024 / 1024).toFixed(0)} MB at the end`);
