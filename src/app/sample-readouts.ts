/**
 * The bundled sample readouts (`samples/`): real readouts from the dev corpus, each with its source URL and
 * publisher in `samples/sources.json`. `readout serve --samples DIR` loads them into an empty database so a newcomer
 * sees real data at once.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadDocument } from '../input/load-document.ts';
import type { StorageDialect } from '../storage/dialects/storage-dialect.ts';
import { ingestSources, type IngestOptions, type IngestSource } from './ingest.ts';
import type { IngestSummary } from './ingest-outcome.ts';

/** What `sources.json` says about one sample file. */
interface SampleSource {
  readonly url: string | null;
  readonly publisher: string | null;
}

/** True when the database holds no document yet (of any status or version). */
export async function isEmptyKnowledgeBase(dialect: StorageDialect): Promise<boolean> {
  const row = await dialect.db.selectFrom('documents').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/**
 * Ingests every `.txt`/`.html` file of `dir` with the URL and publisher `dir/sources.json` gives it (files it does not
 * list are ingested with no metadata). The source key is the URL when known, so a later ingest of the live page is
 * recognised as the same source.
 */
export async function ingestSampleReadouts(dialect: StorageDialect, dir: string, options: IngestOptions = {}): Promise<IngestSummary> {
  const manifest = await readManifest(dir);
  const names = (await readdir(dir)).filter((n) => /\.(txt|html?)$/i.test(n)).sort();
  async function* sources(): AsyncGenerator<IngestSource> {
    for (const name of names) {
      const path = resolve(dir, name);
      const bytes = new Uint8Array(await readFile(path));
      const meta = manifest[name] ?? { url: null, publisher: null };
      yield {
        input: path,
        sourceKey: meta.url ?? path,
        file: path,
        url: meta.url,
        bytes,
        load: () => loadDocument(path, bytes),
        title: null,
        publisher: meta.publisher,
        published: null,
        via: dir,
      };
    }
  }
  return ingestSources(dialect, sources(), options);
}

async function readManifest(dir: string): Promise<Record<string, SampleSource>> {
  try {
    return JSON.parse(await readFile(join(dir, 'sources.json'), 'utf8')) as Record<string, SampleSource>;
  } catch {
    return {};
  }
}
