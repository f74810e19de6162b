/**
 * Runs an extractor over a gold corpus and scores it: the reader, the extractor and the scorer wired together.
 */
import type { ReadoutRecord } from '../domain/record.ts';
import { emptyRecord } from '../pipeline/empty-record.ts';
import { extractRecord } from '../pipeline/extract.ts';
import { readGold, type GoldDocument } from './gold-reader.ts';
import { addToTotals, computeFigures, emptyTotals, scoreDocument } from './scorer.ts';
import type { DocumentScore, EvalFigures } from './scorer.ts';

/** A document whose extraction threw: it was scored as an empty record. */
export interface ExtractionFailure {
  readonly id: string;
  /** 1-based line of the document in the gold file. */
  readonly line: number;
  readonly message: string;
}

/** The outcome of {@link runEval}. */
export interface EvalSummary {
  readonly goldPath: string;
  readonly figures: EvalFigures;
  /** Documents whose extraction threw, in file order. Each is included in the figures as an empty record. */
  readonly failures: readonly ExtractionFailure[];
  /** Per-document scores with their differences, in file order; null unless `docs` was requested. */
  readonly docs: readonly DocumentScore[] | null;
}

/** Options for {@link runEval}. */
export interface EvalOptions {
  /** Keep each document's score and differences in the summary (for a per-document listing). */
  readonly docs?: boolean;
}

/** The extractor under test. `file` is the gold document id; offsets in the record must refer to `text`. */
export type ExtractFunction = (input: {
  file: string;
  text: string;
  /** Source metadata from the gold line, as an ingest would know it; null when absent. */
  publisher?: string | null;
  url?: string | null;
}) => ReadoutRecord | Promise<ReadoutRecord>;

/** Readout's own extractor as an {@link ExtractFunction}: the gold line's source metadata passed on as an ingest would. */
export const extractWithPipeline: ExtractFunction = (doc) =>
  extractRecord({ file: doc.file, text: doc.text, publisher: doc.publisher ?? null, url: doc.url ?? null });

/**
 * Streams the gold file at `goldPath`, extracts each document with `extract` and scores the record against gold.
 * A document whose extraction throws counts as an empty record (carrying an `extraction_failed` issue) and is listed
 * in `failures`; the run continues. Malformed gold stops the run with a `GoldFormatError`.
 */
export async function runEval(goldPath: string, extract: ExtractFunction, opts: EvalOptions = {}): Promise<EvalSummary> {
  let totals = emptyTotals();
  const failures: ExtractionFailure[] = [];
  const docs: DocumentScore[] = [];

  for await (const doc of readGold(goldPath)) {
    const record = await extractGoldDocument(doc, extract, failures);
    const score = scoreDocument(doc.id, doc.text, record, doc.gold);
    totals = addToTotals(totals, score);
    if (opts.docs === true) docs.push(score);
  }

  return { goldPath, figures: computeFigures(totals), failures, docs: opts.docs === true ? docs : null };
}

/**
 * Extracts one gold document from its text and source metadata only (never its annotations). When extraction throws,
 * the failure is appended to `failures` and an empty record carrying an `extraction_failed` issue stands in for it.
 */
export async function extractGoldDocument(doc: GoldDocument, extract: ExtractFunction, failures: ExtractionFailure[]): Promise<ReadoutRecord> {
  try {
    return await extract({ file: doc.id, text: doc.text, publisher: doc.source.publisher, url: doc.source.url });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    failures.push({ id: doc.id, line: doc.line, message });
    return emptyRecord(doc.id, doc.text, [{ code: 'extraction_failed', message, span: null }]);
  }
}
