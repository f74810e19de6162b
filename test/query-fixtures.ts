/**
 * A knowledge base for the query, export and correction tests: the dev corpus's 42 real readouts ingested through
 * the real ingest use case (with each line's publisher and URL as a feed would give them) into a temporary SQLite
 * file, or a PostgreSQL database (test/engines.ts). Built once per test process and engine; each caller gets its own
 * copy to change.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestSources, type IngestSource } from '../src/app/ingest.ts';
import { loadDocument } from '../src/input/load-document.ts';
import type { StorageDialect } from '../src/storage/dialects/storage-dialect.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import type { TestEngine } from './engines.ts';

const DEV = new URL('../../shared/corpus/dev.jsonl', import.meta.url);

interface GoldLine { readonly id: string; readonly text: string; readonly url?: string | null; readonly publisher?: string | null }

let built: Promise<string> | null = null;
const builtOn = new Map<string, Promise<string>>();
const dirs: string[] = [];

/** The dev corpus as ingest sources: `file` is `<id>.txt`, the source key `dev:<id>`. */
export async function* devSources(filter: (id: string) => boolean = () => true): AsyncIterable<IngestSource> {
  for (const line of readFileSync(DEV, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const gold = JSON.parse(line) as GoldLine;
    if (!filter(gold.id)) continue;
    const bytes = new TextEncoder().encode(gold.text);
    yield {
      input: gold.id, sourceKey: `dev:${gold.id}`, file: `${gold.id}.txt`, url: gold.url ?? null, bytes,
      load: () => loadDocument(`${gold.id}.txt`, bytes), title: null, publisher: gold.publisher ?? null, published: null,
    };
  }
}

async function buildTemplate(target?: string): Promise<string> {
  let file = target;
  if (file === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'readout-kb-'));
    dirs.push(dir);
    file = join(dir, 'template.db');
  }
  const dialect = await openDatabase(file);
  try {
    const summary = await ingestSources(dialect, devSources(), { now: () => new Date('2026-01-01T00:00:00Z') });
    if (summary.failed > 0) throw new Error(`dev corpus ingest failed: ${JSON.stringify(summary.failures)}`);
  } finally {
    await dialect.close();
  }
  return file;
}

/** The path of a fresh copy of the dev-corpus knowledge base (for the CLI's `--db`). */
export async function devKnowledgeBaseFile(): Promise<string> {
  built ??= buildTemplate();
  const template = await built;
  const dir = mkdtempSync(join(tmpdir(), 'readout-kb-copy-'));
  dirs.push(dir);
  const file = join(dir, 'kb.db');
  copyFileSync(template, file);
  return file;
}

/**
 * The target of a fresh copy of the dev-corpus knowledge base on `engine` (a SQLite file by default, for the CLI's
 * `--db`; a PostgreSQL URL on the postgres engine).
 */
export async function devKnowledgeBaseTarget(engine?: TestEngine): Promise<string> {
  if (engine === undefined || engine.name === 'sqlite') return devKnowledgeBaseFile();
  let template = builtOn.get(engine.name);
  if (template === undefined) {
    template = engine.newDatabase().then(buildTemplate);
    builtOn.set(engine.name, template);
  }
  return engine.copyDatabase(await template);
}

/** A fresh copy of the dev-corpus knowledge base on `engine` (default SQLite), opened. Close it with `dialect.close()`. */
export async function openDevKnowledgeBase(engine?: TestEngine): Promise<StorageDialect> {
  return openDatabase(await devKnowledgeBaseTarget(engine));
}

/** Removes every temporary SQLite database made by this module (PostgreSQL ones go when the test file ends). */
export function removeKnowledgeBases(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
