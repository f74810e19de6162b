/**
 * Documents and their versions: storing a new version of a source (with its derived rows and its full-text entry in
 * the caller's transaction), and reading stored documents back for reprocess. Plain functions over `db` or a
 * transaction; the full-text part goes through the dialect.
 */
import { sql, type Kysely } from 'kysely';
import type { Issue, ReadoutRecord } from '../domain/record.ts';
import type { StoredRecord } from '../linking/link-document.ts';
import type { StorageDialect } from './dialects/storage-dialect.ts';
import { deleteDerivedRows, insertDerivedRows } from './derived-rows-repository.ts';
import { literalLimit, refreshMeetings } from './link-repository.ts';
import { preparedQuery } from './prepared-query.ts';
import type { Database } from './schema.ts';

/** One document version to store. */
export interface DocumentToStore {
  readonly sourceKey: string;
  readonly file: string | null;
  readonly url: string | null;
  /** sha256 of the raw bytes, lowercase hex. */
  readonly contentHash: string;
  readonly format: string;
  /** The document text all offsets refer to. */
  readonly text: string;
  /** The extracted record; null when extraction failed (then `error` says why). */
  readonly record: ReadoutRecord | StoredRecord | null;
  /** `recordJson(record)` when already serialised (by the extraction thread); else it is serialised here. */
  readonly recordJson?: string | undefined;
  readonly error: string | null;
  /** Title/publisher/published known from outside the text (a feed item); used when the record has none. */
  readonly fallbackTitle: string | null;
  readonly fallbackPublisher: string | null;
  readonly fallbackPublished: string | null;
  /** Problems found reading the input (the record's own issues are added). */
  readonly issues: readonly Issue[];
  readonly extractorVersion: string;
  readonly ingestedAt: string;
}

/** What storing a document did: `unchanged` when its content was already stored (under any source). */
export interface StoreResult {
  readonly status: 'added' | 'updated' | 'unchanged';
  readonly documentId: number;
  readonly version: number;
  /** True when a new document row was written from `doc.record` (false: unchanged, or an older version restored). */
  readonly inserted: boolean;
  /** For an inserted row: its metadata as stored, and its record revision (0: as extracted). */
  readonly stored?: { readonly published: string | null; readonly publisher: string | null; readonly url: string | null; readonly recordRev: number };
  /**
   * With `deferTextIndex`, for an inserted row: its full-text entry, not written yet. The caller writes it
   * (`dialect.indexDocumentTexts`) in the same transaction, before storing another version of the same source.
   */
  readonly textToIndex?: { readonly id: number; readonly title: string | null; readonly text: string };
}

/** Options of {@link storeDocument}. */
export interface StoreOptions {
  /**
   * Leave the full-text entry of an inserted row to the caller (see `StoreResult.textToIndex`), which indexes a batch
   * of documents at once. Default false: indexed here.
   */
  readonly deferTextIndex?: boolean;
}

/** The hashes among `hashes` already stored. */
export async function existingHashes(db: Kysely<Database>, hashes: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < hashes.length; i += 500) {
    const rows = await db.selectFrom('documents').select('content_hash').where('content_hash', 'in', hashes.slice(i, i + 500)).execute();
    for (const r of rows) found.add(r.content_hash);
  }
  return found;
}

/** The record JSON column's value: the record without its text. */
export function recordJson(record: ReadoutRecord | StoredRecord): string {
  const { text: _text, ...rest } = record as ReadoutRecord;
  return JSON.stringify(rest);
}

/**
 * Stores `doc` as the current version of its source, in the caller's (write) transaction:
 * - its content hash already stored -> `unchanged`, nothing written; except when that content is an older version of
 *   the same source (the source went back to earlier content): that version becomes current again -> `updated`;
 * - its source already has a current version -> that version stops being current (row kept, derived rows and
 *   full-text entry removed, the merged meetings it fed refreshed) and `doc` is stored as the next version -> `updated`;
 * - else `added`.
 * Derived rows are written for a successfully extracted record; the link step then links them.
 */
export async function storeDocument(db: Kysely<Database>, dialect: StorageDialect, doc: DocumentToStore, options: StoreOptions = {}): Promise<StoreResult> {
  const [same] = await documentWithHash(db, doc.contentHash);
  if (same !== undefined && (same.is_current === 1 || same.source_key !== doc.sourceKey)) {
    return { status: 'unchanged', documentId: same.id, version: same.version, inserted: false };
  }
  const [source] = await sourceVersions(db, doc.sourceKey);
  const touched = await retireCurrentVersion(db, dialect, source?.id == null ? null : { id: source.id, title: source.title, text: source.text ?? '' });
  if (same !== undefined) {
    await db.updateTable('documents').set({ is_current: 1 }).where('id', '=', same.id).execute();
    await restoreDerivedRows(db, dialect, same.id);
    await refreshMeetings(db, touched);
    return { status: 'updated', documentId: same.id, version: same.version, inserted: false };
  }
  const version = Number(source?.latest ?? 0) + 1;
  const record = doc.record;
  const title = record?.title ?? doc.fallbackTitle;
  const publisher = record?.publisher ?? doc.fallbackPublisher;
  const published = record?.published ?? doc.fallbackPublished;
  const [inserted] = await insertDocument(db, doc.sourceKey, doc.file, doc.url, doc.contentHash, version, doc.format, title,
    publisher, published, doc.text,
    record === null ? null : (doc.recordJson ?? recordJson(record)), doc.extractorVersion, record === null ? 'failed' : 'ok', doc.error,
    JSON.stringify(record === null ? doc.issues : record.issues), doc.ingestedAt);
  const id = inserted!.id;
  const textEntry = { id, title, text: doc.text };
  if (options.deferTextIndex !== true) await dialect.indexDocumentText(db, textEntry);
  if (record !== null) await insertDerivedRows(db, id, record);
  await refreshMeetings(db, touched);
  return {
    status: version === 1 ? 'added' : 'updated', documentId: id, version, inserted: true, stored: { published, publisher, url: doc.url, recordRev: 0 },
    ...(options.deferTextIndex === true ? { textToIndex: textEntry } : {}),
  };
}

// The statements storing a document runs, compiled once (see `preparedQuery`).
// The limit written in, not bound (see `literalLimit`).
const documentWithHash = preparedQuery(1, (db, hash) => db.selectFrom('documents').select(['id', 'source_key', 'is_current', 'version'])
  .where('content_hash', '=', hash).limit(literalLimit(1)).compile());
// A source's latest version number (null: a new source) and its current version (nulls: none), in one statement.
// `is_current = 1` written as a literal: a bound value there makes SQLite re-plan the statement on every run to see
// whether the partial index on current sources applies.
const sourceVersions = preparedQuery(1, (db, sourceKey) => sql<{ latest: number | null; id: number | null; title: string | null; text: string | null }>`
  select versions.latest, current.id, current.title, current.text
  from (select max(version) as latest from documents where source_key = ${sourceKey}) as versions
  left join documents as current on current.source_key = ${sourceKey} and current.is_current = 1`.compile(db));
const insertDocument = preparedQuery(17, (db, sourceKey, file, url, contentHash, version, format, title, publisher, published, text,
  recordJsonValue, extractorVersion, status, error, issuesJson, ingestedAt) => db.insertInto('documents').values({
  source_key: sourceKey, file, url, content_hash: contentHash, version, is_current: 1, format, title, publisher, published, text,
  record_json: recordJsonValue, extractor_version: extractorVersion, status, error, issues_json: issuesJson, ingested_at: ingestedAt,
}).returning('id').compile());

/** Makes a source's current version (if any) non-current; returns the merged meetings that lost a source. */
async function retireCurrentVersion(db: Kysely<Database>, dialect: StorageDialect, current: { id: number; title: string | null; text: string } | null): Promise<number[]> {
  if (current === null) return [];
  await dialect.unindexDocumentText(db, current);
  const touched = await deleteDerivedRows(db, current.id);
  await db.updateTable('documents').set({ is_current: 0 }).where('id', '=', current.id).execute();
  return touched;
}

/** Re-creates a stored document's full-text entry and derived rows from its record JSON. */
async function restoreDerivedRows(db: Kysely<Database>, dialect: StorageDialect, documentId: number): Promise<void> {
  const row = await db.selectFrom('documents').select(['id', 'title', 'text', 'record_json']).where('id', '=', documentId).executeTakeFirstOrThrow();
  await dialect.indexDocumentText(db, row);
  if (row.record_json !== null) await insertDerivedRows(db, documentId, JSON.parse(row.record_json) as StoredRecord);
}

/** A current document as reprocess reads it. */
export interface StoredDocumentText {
  readonly id: number;
  readonly file: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly published: string | null;
  readonly text: string;
  readonly issuesJson: string;
  readonly recordJson: string | null;
}

/** Up to `limit` current documents with id greater than `afterId`, by id (keyset pagination: constant cost per page). */
export async function currentDocumentsAfter(db: Kysely<Database>, afterId: number, limit: number): Promise<StoredDocumentText[]> {
  const rows = await db.selectFrom('documents')
    .select(['id', 'file', 'url', 'title', 'publisher', 'published', 'text', 'issues_json', 'record_json'])
    .where('is_current', '=', 1).where('id', '>', afterId).orderBy('id').limit(limit).execute();
  return rows.map((r) => ({ id: r.id, file: r.file, url: r.url, title: r.title, publisher: r.publisher, published: r.published, text: r.text, issuesJson: r.issues_json, recordJson: r.record_json }));
}

/** What re-extraction produced for a stored document. */
export interface ReprocessedDocument {
  readonly id: number;
  readonly record: ReadoutRecord | null;
  readonly error: string | null;
  readonly extractorVersion: string;
}

/**
 * Replaces a current document's extraction output (record JSON, status, title/publisher/published, derived rows,
 * full-text entry) in the caller's transaction, keeping its id, so corrections keyed by (document id, index) still
 * apply. Returns false when the document is no longer current (another process replaced it meanwhile).
 */
export async function replaceExtraction(db: Kysely<Database>, dialect: StorageDialect, doc: ReprocessedDocument): Promise<boolean> {
  const row = await db.selectFrom('documents').select(['id', 'title', 'text', 'publisher', 'published', 'is_current', 'record_json', 'issues_json'])
    .where('id', '=', doc.id).executeTakeFirst();
  if (row === undefined || row.is_current !== 1) return false;
  await dialect.unindexDocumentText(db, row);
  const touched = await deleteDerivedRows(db, doc.id);
  const record = doc.record;
  // Metadata from outside the text (a feed's title or publisher) was stored as fallback: keep it when the record has none.
  const title = record?.title ?? row.title;
  await db.updateTable('documents').set((eb) => ({
    title,
    publisher: record?.publisher ?? row.publisher,
    published: record?.published ?? row.published,
    record_json: record === null ? null : recordJson(record),
    extractor_version: doc.extractorVersion,
    status: record === null ? 'failed' : 'ok',
    error: doc.error,
    issues_json: record === null ? row.issues_json : JSON.stringify(record.issues),
    record_rev: eb('record_rev', '+', 1),
  })).where('id', '=', doc.id).execute();
  await dialect.indexDocumentText(db, { id: doc.id, title, text: row.text });
  if (record !== null) await insertDerivedRows(db, doc.id, record);
  await refreshMeetings(db, touched);
  return true;
}
