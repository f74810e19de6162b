/**
 * The ingest use case: inputs (files, directories, stdin, http(s) URLs, RSS/Atom feeds) -> stored, extracted and
 * linked documents.
 *
 * Flow, streaming so memory stays flat however many inputs there are:
 *   sources (read, hashed) -> batch -> skip content already stored -> decode + extract (worker threads when a pool is
 *   given) -> ONE write transaction per batch: each document under its own savepoint (a document is written whole or
 *   not at all), then the batch's full-text entries together, then the link step over what the batch added ->
 *   outcomes reported after the commit.
 * While one batch is being written, the next one is read and its extraction runs in the pool. The link steps of one
 * database share a bounded cache of parsed documents and held candidates (`withLinkCache`, see `LinkCache`):
 * the busy dyads' plans and candidates are read batch after batch, and are then not read and parsed again.
 *
 * A crash (even `kill -9`) loses at most the batch being written, never half a document: re-running the same ingest
 * stores exactly what is missing, since stored content is recognised by its hash.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Issue, ReadoutRecord } from '../domain/record.ts';
import type { ExtractInput } from '../pipeline/extract.ts';
import { fetchDocument, loadFetchedDocument, type FetchOptions } from '../input/fetch-document.ts';
import { InputError } from '../input/input-errors.ts';
import { loadDocument, type LoadedDocument } from '../input/load-document.ts';
import { looksLikeFeed, readFeed } from '../input/read-feed.ts';
import { walkInputs } from '../input/walk-inputs.ts';
import type { StorageDialect } from '../storage/dialects/storage-dialect.ts';
import { existingHashes, storeDocument } from '../storage/document-repository.ts';
import { withSavepoint } from '../storage/savepoint.ts';
import { addIngestOutcome, emptyIngestSummary, type IngestOutcome, type IngestSummary } from './ingest-outcome.ts';
import type { UnboundHeldCandidate } from '../linking/follow-up-match.ts';
import { inlineExtractor, type ExtractedForLink, type RecordExtractor } from './extraction-pool.ts';
import { linkPending, rememberStoredDocument, withLinkCache } from './link.ts';
import packageJson from '../../package.json' with { type: 'json' };

/** Stored with every record: which extractor produced it (reprocess after an upgrade replaces older ones). */
export const EXTRACTOR_VERSION = `readout ${packageJson.version}`;

/** Documents written per transaction by default. */
export const DEFAULT_BATCH_SIZE = 64;

/** One document to ingest: its identity, its bytes, and how to decode them. */
export interface IngestSource {
  /** The name in outcomes and messages: the path or URL as given, or a feed item's link. */
  readonly input: string;
  /** Identity across versions: the absolute path, the final URL, `stdin:<hash>` for stdin. Null: derived from the hash. */
  readonly sourceKey: string | null;
  readonly file: string | null;
  readonly url: string | null;
  readonly bytes: Uint8Array;
  /** Decodes (and for HTML cleans) the bytes. @throws InputError */
  load(): LoadedDocument;
  /** Metadata known from outside the text (a feed item, `--publisher`); null when unknown. */
  readonly title: string | null;
  readonly publisher: string | null;
  readonly published: string | null;
  /** The feed or directory it was found through. */
  readonly via?: string;
}

/** An input that could not even be read or fetched. */
export interface IngestSourceFailure {
  readonly input: string;
  readonly reason: string;
  readonly via?: string;
}

/** Options for {@link ingest} and {@link ingestSources}. */
export interface IngestOptions {
  /** Extraction (default inline in this thread; pass `extractionPool()` for big batches). */
  readonly extractor?: RecordExtractor;
  /** Documents per write transaction; default {@link DEFAULT_BATCH_SIZE}. */
  readonly batchSize?: number;
  /** Called for each input once its outcome is final (after its batch committed). */
  readonly onOutcome?: (outcome: IngestOutcome) => void;
  /** Who published documents that do not say (like `extract --publisher`). */
  readonly publisher?: string | null;
  /** Fetch loopback and private addresses (tests, intranet mirrors); default false. */
  readonly allowPrivate?: boolean;
  /** Extra fetch options (timeouts, lookup); `allowPrivate` above wins. */
  readonly fetch?: FetchOptions;
  /** Stream read for `-`. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** Clock for `ingested_at`; default now. */
  readonly now?: () => Date;
}

/**
 * Ingests every input: paths (files, directories recursively, `-` for stdin), http(s) URLs of pages, and feeds (a
 * URL or file holding RSS/Atom: every item's link is ingested). Returns the summary; each outcome also goes to
 * `options.onOutcome`. Throws only on real storage failures (`StorageError`).
 */
export async function ingest(dialect: StorageDialect, inputs: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  return ingestSources(dialect, readInputs(inputs, options), options);
}

/** Ingests already-read sources (the bench feeds generated readouts here). See {@link ingest}. */
export async function ingestSources(
  dialect: StorageDialect,
  sources: AsyncIterable<IngestSource | IngestSourceFailure>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary = emptyIngestSummary();
  const report = (outcome: IngestOutcome): void => {
    addIngestOutcome(summary, outcome);
    options.onOutcome?.(outcome);
  };
  const extractor = options.extractor ?? inlineExtractor();
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const now = options.now ?? (() => new Date());
  let batch: (IngestSource | IngestSourceFailure)[] = [];
  let writing: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    const prepared = await prepareBatch(dialect, batch, extractor, report);
    batch = [];
    await writing;
    writing = writeBatch(dialect, prepared, now, report);
    // Surface a write failure now rather than at the next flush.
    writing.catch(() => {});
  };
  for await (const source of sources) {
    batch.push(source);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  await writing;
  return summary;
}

interface PreparedDocument {
  readonly source: IngestSource;
  readonly hash: string;
  readonly loaded: LoadedDocument;
  readonly record: Promise<ExtractedForLink>;
}

/** Reports unreadable inputs and content already stored; decodes the rest and starts their extraction. */
async function prepareBatch(dialect: StorageDialect, batch: readonly (IngestSource | IngestSourceFailure)[], extractor: RecordExtractor, report: (o: IngestOutcome) => void): Promise<PreparedDocument[]> {
  const readable: { source: IngestSource; hash: string }[] = [];
  for (const item of batch) {
    if (!('bytes' in item)) {
      report(withVia({ input: item.input, status: 'failed', reason: item.reason }, item.via));
      continue;
    }
    readable.push({ source: item, hash: createHash('sha256').update(item.bytes).digest('hex') });
  }
  if (readable.length === 0) return [];
  // The reader connection: this check must not wait for the previous batch's write transaction, or extraction of this
  // batch would only start once that write is over.
  const stored = await existingHashes(dialect.reader, readable.map((r) => r.hash));
  const prepared: PreparedDocument[] = [];
  for (const { source, hash } of readable) {
    if (stored.has(hash)) {
      // Confirmed (and the document id found) in the write transaction, which is the authority.
      prepared.push({ source, hash, loaded: EMPTY_LOADED, record: ALREADY_STORED });
      continue;
    }
    let loaded: LoadedDocument;
    try {
      loaded = source.load();
    } catch (error) {
      report(withVia({ input: source.input, status: 'failed', reason: reasonOf(error) }, source.via));
      continue;
    }
    if (loaded.text.trim() === '') {
      // An empty page is never stored: it would replace a good version of the same source with nothing.
      report(withVia({ input: source.input, status: 'failed', reason: 'empty document (no text)' }, source.via));
      continue;
    }
    const input: ExtractInput = {
      file: source.file ?? source.url ?? source.input,
      text: loaded.text,
      title: loaded.title ?? source.title,
      publisher: source.publisher,
      url: source.url,
      published: source.published,
      issues: loaded.issues,
    };
    const record: Promise<ExtractedForLink> = extractor.extractForLink !== undefined
      ? extractor.extractForLink(input, source.published)
      : extractor.extract(input).then((r) => ({ record: r, heldCandidates: null }));
    record.catch(() => {});
    prepared.push({ source, hash, loaded, record });
  }
  return prepared;
}

const EMPTY_LOADED: LoadedDocument = { file: '', format: 'text', text: '', title: null, issues: [] };
const ALREADY_STORED: Promise<ExtractedForLink> = Promise.reject(new Error('already stored'));
ALREADY_STORED.catch(() => {});

/** Waits for the batch's extractions, then writes the batch and links it in one transaction. */
async function writeBatch(dialect: StorageDialect, prepared: readonly PreparedDocument[], now: () => Date, report: (o: IngestOutcome) => void): Promise<void> {
  if (prepared.length === 0) return;
  const extracted = await Promise.all(prepared.map(async (p) => {
    if (p.record === ALREADY_STORED) return { p, record: null, json: undefined, stored: undefined, held: null, error: null, known: true };
    try {
      const { record, heldCandidates, recordJson, stored } = await p.record;
      return { p, record, json: recordJson, stored, held: heldCandidates, error: null, known: false };
    } catch (error) {
      return { p, record: null, json: undefined, stored: undefined, held: null, error: `extraction failed: ${reasonOf(error)}`, known: false };
    }
  }));
  const ingestedAt = now().toISOString();
  const outcomes = await withLinkCache(dialect, (cache) => dialect.writeTransaction(async (trx) => {
    const done: IngestOutcome[] = [];
    // Held candidates computed with extraction, by the id of the document row written from that record.
    const heldCandidates = new Map<number, readonly UnboundHeldCandidate[]>();
    // The batch's full-text entries, written together (see `indexDocumentTexts`), and the sources they are versions of.
    const textToIndex: { id: number; title: string | null; text: string }[] = [];
    const sourcesToIndex = new Set<string>();
    const indexTexts = async (): Promise<void> => {
      await dialect.indexDocumentTexts(trx, textToIndex.splice(0));
      sourcesToIndex.clear();
    };
    for (const { p, record, json, stored, held, error, known } of extracted) {
      const { source, hash, loaded } = p;
      const sourceKey = source.sourceKey ?? `stdin:${hash}`;
      // A new version of a source stored earlier in this batch takes that version out of the full-text index, which
      // must hold it by then. Written here, outside the document's savepoint, which a failure rolls back.
      if (sourcesToIndex.has(sourceKey)) await indexTexts();
      if (known && (await trx.selectFrom('documents').select('id').where('content_hash', '=', hash).executeTakeFirst()) === undefined) {
        // Documents are never deleted, so this means the database was edited by hand.
        done.push(withVia({ input: source.input, status: 'failed', reason: 'stored copy disappeared; ingest it again' }, source.via));
        continue;
      }
      try {
        // Known content goes through storeDocument too: it answers `unchanged`, or restores an older version of
        // the same source that became current content again.
        const result = await withSavepoint(trx, 'document', () => storeDocument(trx, dialect, {
          sourceKey,
          file: source.file,
          url: source.url,
          contentHash: hash,
          format: loaded.format,
          text: loaded.text,
          record,
          recordJson: json,
          error,
          fallbackTitle: loaded.title ?? source.title,
          fallbackPublisher: source.publisher,
          fallbackPublished: source.published,
          issues: loaded.issues,
          extractorVersion: EXTRACTOR_VERSION,
          ingestedAt,
        }, { deferTextIndex: true }));
        if (result.textToIndex !== undefined) {
          textToIndex.push(result.textToIndex);
          sourcesToIndex.add(sourceKey);
        }
        if (held !== null && result.inserted) heldCandidates.set(result.documentId, held);
        // The link step would read the new row's record back and parse it: it has it parsed already.
        if (stored !== undefined && result.stored !== undefined) rememberStoredDocument(cache, result.documentId, result.stored, stored);
        if (error !== null) done.push(withVia({ input: source.input, status: 'failed', reason: error, documentId: result.documentId }, source.via));
        else done.push(withVia({ input: source.input, status: result.status, documentId: result.documentId }, source.via));
      } catch (storeError) {
        done.push(withVia({ input: source.input, status: 'failed', reason: `not stored: ${reasonOf(storeError)}` }, source.via));
      }
    }
    await indexTexts();
    await linkPending(trx, { heldCandidates, cache });
    return done;
  }));
  for (const outcome of outcomes) report(outcome);
}

function withVia<T extends IngestOutcome>(outcome: T, via: string | undefined): T {
  return via === undefined ? outcome : { ...outcome, via };
}

function reasonOf(error: unknown): string {
  if (error instanceof InputError) return error.reason;
  return error instanceof Error ? error.message : String(error);
}

const URL_INPUT = /^https?:\/\//i;

/**
 * Expands command-line inputs into sources: URLs are fetched (a feed's items fetched in turn), paths walked (a file
 * holding a feed is read as one). Failures become failure items; the stream never throws for a bad input.
 */
export async function* readInputs(inputs: readonly string[], options: IngestOptions = {}): AsyncGenerator<IngestSource | IngestSourceFailure> {
  const fetchOptions: FetchOptions = { ...options.fetch, allowPrivate: options.allowPrivate ?? options.fetch?.allowPrivate ?? false };
  const publisher = options.publisher ?? null;
  const paths: string[] = [];
  const flushPaths = async function* (): AsyncGenerator<IngestSource | IngestSourceFailure> {
    if (paths.length === 0) return;
    const given = paths.splice(0);
    for await (const item of walkInputs(given, options.stdin === undefined ? {} : { stdin: options.stdin })) {
      if ('error' in item) {
        yield { input: item.name, reason: item.error.reason };
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = await item.read();
      } catch (error) {
        yield { input: item.name, reason: reasonOf(error) };
        continue;
      }
      if (item.name !== '-' && looksLikeFeed(bytes, null)) {
        yield* feedItems(item.name, bytes, null, fetchOptions, publisher);
        continue;
      }
      const name = item.name;
      const isStdin = name === '-';
      const absolute = isStdin ? null : resolve(name);
      yield {
        input: name,
        sourceKey: absolute,
        file: absolute ?? '-',
        url: null,
        bytes,
        load: () => loadDocument(name, bytes),
        title: null,
        publisher,
        published: null,
      };
    }
  };
  for (const input of inputs) {
    if (!URL_INPUT.test(input)) {
      paths.push(input);
      continue;
    }
    yield* flushPaths();
    yield* fetchInput(input, fetchOptions, publisher, undefined, null);
  }
  yield* flushPaths();
}

async function* fetchInput(url: string, fetchOptions: FetchOptions, publisher: string | null, via: string | undefined, meta: { title: string | null; publisher: string | null; published: string | null } | null): AsyncGenerator<IngestSource | IngestSourceFailure> {
  let fetched;
  try {
    fetched = await fetchDocument(url, fetchOptions);
  } catch (error) {
    yield via === undefined ? { input: url, reason: reasonOf(error) } : { input: url, reason: reasonOf(error), via };
    return;
  }
  if (via === undefined && looksLikeFeed(fetched.bytes, fetched.contentType)) {
    yield* feedItems(url, fetched.bytes, fetched.charset, fetchOptions, publisher, fetched.url);
    return;
  }
  const doc = fetched;
  const source: IngestSource = {
    input: url,
    sourceKey: doc.url,
    file: null,
    url: doc.url,
    bytes: doc.bytes,
    load: () => loadFetchedDocument(doc),
    title: meta?.title ?? null,
    publisher: publisher ?? meta?.publisher ?? null,
    published: meta?.published?.slice(0, 10) ?? null,
  };
  yield via === undefined ? source : { ...source, via };
}

async function* feedItems(feed: string, bytes: Uint8Array, charset: string | null, fetchOptions: FetchOptions, publisher: string | null, base: string = feed): AsyncGenerator<IngestSource | IngestSourceFailure> {
  let contents;
  try {
    contents = readFeed(base, bytes, { charset });
  } catch (error) {
    yield { input: feed, reason: reasonOf(error) };
    return;
  }
  for (const issue of contents.issues) {
    if (issue.code !== 'feed_date_unreadable') yield { input: feed, reason: issueReason(issue) };
  }
  for (const entry of contents.entries) {
    yield* fetchInput(entry.link, fetchOptions, publisher, feed, { title: entry.title, publisher: entry.publisher, published: entry.published });
  }
}

function issueReason(issue: Issue): string {
  return issue.message;
}
