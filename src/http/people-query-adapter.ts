/**
 * People listed a page at a time, which the storage layer does not offer yet (`findPeople` needs a name). An adapter
 * until it moves to `storage/queries/person-queries.ts` as `listPeople`.
 */
import type { Kysely } from 'kysely';
import type { PersonView } from '../app/views.ts';
import { personViews } from '../storage/queries/person-queries.ts';
import type { Database } from '../storage/schema.ts';

/** Everyone in the knowledge base by display name (then id), with aliases, roles and meeting ids. */
export async function listPeople(db: Kysely<Database>, page: { readonly limit: number; readonly offset: number }): Promise<PersonView[]> {
  const rows = await db.selectFrom('people').select('id').orderBy('name').orderBy('id').limit(page.limit).offset(page.offset).execute();
  return personViews(db, rows.map((r) => r.id));
}
