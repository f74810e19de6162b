/**
 * Listing stored corrections, which the storage layer does not offer yet (`correctionsForDocuments` reads them per
 * document). An adapter until it moves to `storage/correction-repository.ts` as `listCorrections`.
 */
import type { Kysely } from 'kysely';
import type { CorrectionView } from '../app/views.ts';
import { correctionView } from '../storage/correction-repository.ts';
import type { Database } from '../storage/schema.ts';

/** Filters of {@link listCorrections}. */
export interface CorrectionFilters {
  readonly target?: CorrectionView['target'] | undefined;
  /** Corrections naming this document on either side. */
  readonly documentId?: number | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

/** Stored corrections, newest first, a page at a time (default 100 from 0). */
export async function listCorrections(db: Kysely<Database>, filters: CorrectionFilters = {}): Promise<CorrectionView[]> {
  let query = db.selectFrom('corrections').selectAll();
  if (filters.target !== undefined) query = query.where('target', '=', filters.target);
  const documentId = filters.documentId;
  if (documentId !== undefined) query = query.where((eb) => eb.or([eb('document_id', '=', documentId), eb('other_document_id', '=', documentId)]));
  const rows = await query.orderBy('id', 'desc').limit(filters.limit ?? 100).offset(filters.offset ?? 0).execute();
  return rows.map(correctionView);
}
