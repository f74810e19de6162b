/**
 * Read queries over people: finding a person by any spelling, and a person's roles over time and meetings.
 */
import { sql, type Kysely } from 'kysely';
import type { PersonView } from '../../app/views.ts';
import { personKey } from '../../linking/person-identity.ts';
import type { Database } from '../schema.ts';
import { inBatches } from './source-views.ts';

/** Most people one name query resolves to. */
const PEOPLE_MAX = 50;

/**
 * Ids of the people a name given by a user means, best first:
 * 1. the people whose identity key is the name's key ("Kono Taro", "Mr. Taro Kono" -> "kono taro");
 * 2. failing that, the people whose key contains every word of the name's key ("Kono", "lavrov"), so a family name
 *    alone finds everyone who bears it.
 * `[]` when the name has no word or nobody matches.
 */
export async function personIdsMatching(db: Kysely<Database>, name: string): Promise<number[]> {
  const key = personKey(name);
  if (key === '') return [];
  const exact = await db.selectFrom('people').select('id').where('key', '=', key).orderBy('id').execute();
  if (exact.length > 0) return exact.map((r) => r.id);
  let query = db.selectFrom('people').select('id');
  for (const word of key.split(' ')) {
    query = query.where(sql<string>`' ' || key || ' '`, 'like', `% ${escapeLike(word)} %`);
  }
  return (await query.orderBy('id').limit(PEOPLE_MAX).execute()).map((r) => r.id);
}

/**
 * The people a name means (see {@link personIdsMatching}), each with the other spellings seen, the roles seen over
 * time (title and country, first and last date — the meeting's date, else its document's published date) and the
 * merged meetings they took part in, in date order.
 */
export async function findPeople(db: Kysely<Database>, name: string): Promise<PersonView[]> {
  const ids = await personIdsMatching(db, name);
  return personViews(db, ids);
}

/** People by id (order kept), with aliases, roles and meetings. */
export async function personViews(db: Kysely<Database>, ids: readonly number[]): Promise<PersonView[]> {
  if (ids.length === 0) return [];
  const people = new Map<number, { id: number; name: string }>();
  const mentions: { person_id: number | null; name: string; title: string | null; country: string | null; meeting_id: number | null; date: string | null; published: string | null }[] = [];
  for (const batch of inBatches(ids)) {
    for (const p of await db.selectFrom('people').select(['id', 'name']).where('id', 'in', batch).execute()) people.set(p.id, p);
    mentions.push(...(await db.selectFrom('participants')
      .innerJoin('doc_meetings', 'doc_meetings.id', 'participants.doc_meeting_id')
      .innerJoin('documents', 'documents.id', 'doc_meetings.document_id')
      .select(['participants.person_id', 'participants.name', 'participants.title', 'participants.country', 'doc_meetings.meeting_id', 'doc_meetings.date', 'documents.published'])
      .where('participants.person_id', 'in', batch)
      .execute()));
  }
  const out: PersonView[] = [];
  for (const id of ids) {
    const person = people.get(id);
    if (person === undefined) continue;
    const own = mentions
      .filter((m) => m.person_id === id)
      .map((m) => ({ ...m, when: m.date ?? m.published }))
      .sort((a, b) => compareDates(a.when, b.when));
    const roles = new Map<string, { title: string | null; country: string | null; first: string | null; last: string | null }>();
    // A mention without a title says nothing about the role once some mention gives one.
    const titled = own.some((m) => m.title !== null);
    for (const m of own) {
      if (titled && m.title === null) continue;
      // "President" and "president" are one role: the first spelling seen is shown.
      const key = `${(m.title ?? '').toLowerCase()}\u0000${m.country ?? ''}`;
      const role = roles.get(key);
      if (role === undefined) roles.set(key, { title: m.title, country: m.country, first: m.when, last: m.when });
      else if (m.when !== null) {
        role.first ??= m.when;
        role.last = m.when;
      }
    }
    const meetingDates = new Map<number, string | null>();
    for (const m of own) if (m.meeting_id !== null && !meetingDates.has(m.meeting_id)) meetingDates.set(m.meeting_id, m.when);
    out.push({
      id,
      name: person.name,
      aliases: [...new Set(own.map((m) => m.name))].filter((n) => n !== person.name).sort(),
      roles: [...roles.values()].sort((a, b) => compareDates(a.first, b.first)),
      meetingIds: [...meetingDates.keys()],
    });
  }
  return out;
}

/** ISO dates ascending, null last. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** `%` and `_` are wildcards in LIKE; person keys are folded words, so only drop them rather than escape (portable). */
function escapeLike(word: string): string {
  return word.replace(/[%_\\]/g, '');
}

/** Everyone in the knowledge base by display name (then id), with aliases, roles and meeting ids. */
export async function listPeople(db: Kysely<Database>, page: { readonly limit: number; readonly offset: number }): Promise<PersonView[]> {
  const rows = await db.selectFrom('people').select('id').orderBy('name').orderBy('id').limit(page.limit).offset(page.offset).execute();
  return personViews(db, rows.map((r) => r.id));
}
