/**
 * The reprocess use case: re-run the current extractor over every stored current document (after an upgrade),
 * replacing its record and derived rows, keeping its id — so analyst corrections, keyed by (document id, index) and
 * stored apart, still apply — then relinking. Streams the documents by id in pages and writes one transaction per
 * page (relinking included), so memory stays flat and a crash leaves every document either old or new, never half.
 */
import type { Issue, ReadoutRecord } from '../domain/record.ts';
import type { StorageDialect } from '../storage/dialects/storage-dialect.ts';
import { currentDocumentsAfter, replaceExtraction, type StoredDocumentText } from '../storage/document-repository.ts';
import { inlineExtractor, type RecordExtractor } from './extraction-pool.ts';
import { EXTRACTOR_VERSION } from './ingest.ts';
import { linkPending, withLinkCache } from './link.ts';

/** Options for {@link reprocess}. */
export interface ReprocessOptions {
  readonly extractor?: RecordExtractor;
  /** Documents per page and transaction; default 64. */
  readonly batchSize?: number;
  /** Called after each committed page with the running counts. */
  readonly onProgress?: (progress: ReprocessSummary) => void;
}

/** What reprocess did. */
export interface ReprocessSummary {
  /** Documents re-extracted and stored. */
  reprocessed: number;
  /** Of those, documents whose extraction failed (stored with the error). */
  failed: number;
  /** Documents replaced by a newer version by another process meanwhile (left alone). */
  skipped: number;
  readonly failures: { readonly documentId: number; readonly source: string; readonly reason: string }[];
}

/** Issue codes that come from reading the input, not from extraction: kept and handed to the extractor again. */
const INPUT_ISSUE = /^(?:encoding_|empty$|feed_)/;

/** Re-extracts every current document. Throws only on storage failures. */
export async function reprocess(dialect: StorageDialect, options: ReprocessOptions = {}): Promise<ReprocessSummary> {
  const extractor = options.extractor ?? inlineExtractor();
  const batchSize = Math.max(1, options.batchSize ?? 64);
  const summary: ReprocessSummary = { reprocessed: 0, failed: 0, skipped: 0, failures: [] };
  let afterId = 0;
  let next = currentDocumentsAfter(dialect.db, afterId, batchSize);
  for (;;) {
    const page = await next;
    if (page.length === 0) break;
    afterId = page[page.length - 1]!.id;
    const extracted = page.map((doc) => ({ doc, result: settle(extractor.extract(extractInputOf(doc))) }));
    // Read the next page while this one is being extracted.
    next = currentDocumentsAfter(dialect.db, afterId, batchSize);
    const results = await Promise.all(extracted.map(async ({ doc, result }) => ({ doc, ...(await result) })));
    await withLinkCache(dialect, (cache) => dialect.writeTransaction(async (trx) => {
      for (const { doc, record, error } of results) {
        const replaced = await replaceExtraction(trx, dialect, { id: doc.id, record, error, extractorVersion: EXTRACTOR_VERSION });
        if (!replaced) { summary.skipped++; continue; }
        summary.reprocessed++;
        if (error !== null) {
          summary.failed++;
          summary.failures.push({ documentId: doc.id, source: doc.file ?? doc.url ?? String(doc.id), reason: error });
        }
      }
      await linkPending(trx, { cache });
    }));
    options.onProgress?.(summary);
  }
  return summary;
}

function extractInputOf(doc: StoredDocumentText) {
  const stored = JSON.parse(doc.issuesJson) as Issue[];
  const previous = doc.recordJson === null ? null : (JSON.parse(doc.recordJson) as Pick<ReadoutRecord, 'title' | 'provenance'>);
  // Metadata known from outside the text is not stored apart: a publisher evidence marked `metadata` says it was given.
  const metadataPublisher = previous === null ? doc.publisher
    : previous.provenance.publisher?.origin === 'metadata' ? previous.provenance.publisher.text : null;
  const metadataPublished = previous?.provenance.published?.origin === 'metadata' ? previous.provenance.published.text : null;
  return {
    file: doc.file ?? doc.url ?? `document ${doc.id}`,
    text: doc.text,
    // The title the input gave (HTML <title>, a feed item) is only known through the stored one.
    title: previous?.title ?? doc.title,
    publisher: metadataPublisher,
    published: metadataPublished,
    url: doc.url,
    issues: stored.filter((i) => INPUT_ISSUE.test(i.code)),
  };
}

async function settle(promise: Promise<ReadoutRecord>): Promise<{ record: ReadoutRecord | null; error: string | null }> {
  try {
    return { record: await promise, error: null };
  } catch (error) {
    return { record: null, error: `extraction failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
