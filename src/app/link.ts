/**
 * The link use case: after documents are stored, assign every new participant to a person, every new report of a
 * meeting to a merged meeting, and every plan to the meeting or document that shows it was held. The decisions are
 * the linking module's (src/linking/): `resolvePerson`/`matchPerson` for people, `compareMeetings` for merges,
 * `scoreFollowUp`/`rankFollowUps` for follow-ups; this step only finds their candidates with indexed queries and
 * stores the outcome with its explanation (which fields matched, with both sides' evidence).
 *
 * Incremental: it looks only at rows not linked yet, and candidates come from index ranges (same sides, same mode,
 * overlapping date windows; plans whose sides and window fit a new event), so a batch costs the same however large the
 * knowledge base is. How it relates to the pure clustering (`clusterMeetings`, `rankFollowUps` over all documents):
 * - merges are complete-link as there (a report joins a meeting only when compatible with every one of its reports,
 *   and an undated report that fits two meetings that are not one joins neither), but decided in arrival order
 *   (reports of a batch by date) rather than best pair first; an earlier decision is not revisited;
 * - follow-ups are order-free: each plan keeps its best match by the module's rank, and a new event replaces a plan's
 *   automatic match when it ranks higher — so the stored link is the module's best match over the candidates the
 *   indexed lookups return (at most {@link CANDIDATES_PER_PLAN} per plan, earliest first).
 *
 * Run it inside the transaction that wrote the batch (`ingest` and `reprocess` do), so a crash never leaves a document
 * stored but unlinked; running it again is harmless. Analyst corrections are obeyed: rejected merges and follow-ups
 * are never made (a follow-up rejection holds for every report of the meeting), confirmed ones always are.
 */
import type { Kysely } from 'kysely';
import type { Evidence, Meeting } from '../domain/record.ts';
import {
  bindHeldCandidate, compareFollowUpRanks, parseHeldCandidate, serializeHeldCandidate, HELD_CANDIDATE_MAX_SPAN_DAYS, followUpRank, followUpWindow, heldCandidateDays, heldCandidatesOf, isCountryCode, OPEN_END_HORIZON_DAYS, planSidesOf, rankFollowUps, scoreFollowUp,
  type FollowUpMatch, type FollowUpRank, type HeldCandidate, type PlanSide, type UnboundHeldCandidate,
} from '../linking/follow-up-match.ts';
import { addDaysIso, type LinkDocument, type StoredRecord } from '../linking/link-document.ts';
import { compareMeetings, meetingSidesOf, storedCountryKeysOf, type MeetingSide, type MergeDecision } from '../linking/meeting-merge.ts';
import { canonicalGivenName, matchPerson, nameParts, personKey, resolvePerson, type PersonRef } from '../linking/person-identity.ts';
import type { Database } from '../storage/schema.ts';
import {
  candidateSourcesOf, clearMeetingIdClaims, createMeetingFrom, hasMeetingIdClaims, createPerson, documentsWithoutCandidates, followUpExplanationJson, followUpsOf, heldCandidateJsons, heldCandidatesById, heldCandidatesNear, linkDocumentHeads,
  insertFollowUp, insertHeldCandidates, joinMeeting, linkCorrections, linkDocuments, linkedReportsNear, markPastRefsLinked, meetingOfReport, meetingsOfDocuments,
  meetingPairKey, peopleMatching, pendingDocMeetings, pendingParticipants, pendingPlans, planMatchClasses, plansCovering, replaceFollowUp, reportsOfMeetings,
  setParticipantsPeople, setPersonCountry, setPlanWindows,
  type KnownPerson, type LinkCorrections, type LinkedReport, type NewHeldCandidate, type PendingPlan, type PlanWindow, type StoredHeldCandidate,
} from '../storage/link-repository.ts';
import type { MergeExplanation } from './views.ts';

/** What one link step did. */
export interface LinkSummary {
  readonly participantsResolved: number;
  readonly meetingsCreated: number;
  readonly meetingsMerged: number;
  readonly plansLinked: number;
  readonly followUpsFound: number;
}

/** Most candidates a plan is scored against (earliest first); bounds the work for a plan in a busy dyad. */
export const CANDIDATES_PER_PLAN = 60;
/** Most plans a new event is scored against (latest-opened first). */
const PLANS_PER_CANDIDATE = 60;
/** The widest window an undated report may have and still merge (`compareMeetings`), plus the day of tolerance. */
const MERGE_LOOKBACK_DAYS = 41;
/** Held candidates are indexed by at most this many days (a vaguer past reference counts from its last year). */
const CANDIDATE_MAX_SPAN_DAYS = HELD_CANDIDATE_MAX_SPAN_DAYS;
/** The longest window a plan is matched in (`followUpWindow`): open-ended plans, plus slack. */
const PLAN_MAX_SPAN_DAYS = OPEN_END_HORIZON_DAYS + 14;

/** Options of {@link linkPending}. */
export interface LinkOptions {
  /**
   * Held candidates of documents just stored, computed where they were extracted (`precomputeHeldCandidates`, by
   * document id); the others are computed here.
   */
  readonly heldCandidates?: ReadonlyMap<number, readonly UnboundHeldCandidate[]>;
  /** What link steps over this database keep between them ({@link withLinkCache}); default: kept for this step only. */
  readonly cache?: LinkCache;
}

/**
 * What the link steps over one database keep from one step to the next, each part bounded (least recently used
 * dropped first): parsed documents, parsed held candidates, and the ranks of follow-ups, by row id. The plans and
 * candidates of busy dyads are read batch after batch, and reading and parsing their JSON again was a large part of a
 * step. A held candidate row is never updated, nor a follow-up's explanation (a new match replaces the row; only its
 * `decided_by` changes, which is read every time), and the ids of committed rows are never reused on either engine; a
 * document's record is replaced only by reprocess, which bumps its `record_rev`, checked with its metadata at every
 * use. So an entry is never stale, whatever else writes to the database meanwhile — as long as a transaction that
 * fails takes the cache with it ({@link withLinkCache}): SQLite hands the ids of rolled-back rows out again.
 * Ids of two databases collide: one cache serves one database ({@link linkCacheOf}).
 */
export class LinkCache {
  readonly documents = new RecentlyUsed<number, CachedDocument>(LINK_CACHE_DOCUMENTS);
  readonly candidates = new RecentlyUsed<number, HeldCandidate>(LINK_CACHE_ENTRIES);
  readonly ranks = new RecentlyUsed<number, FollowUpRank | null>(LINK_CACHE_ENTRIES);
  /** By person key: the number the next namesake's key should take (see `createPerson`'s hint). */
  readonly personKeyNumbers = new RecentlyUsed<string, number>(LINK_CACHE_ENTRIES);
}

/** Entries each part of a {@link LinkCache} holds: the candidates of a few busy dyads over many months. */
const LINK_CACHE_ENTRIES = 5000;
/** Parsed documents a {@link LinkCache} holds (a parsed record with its sides weighs some tens of kilobytes). */
const LINK_CACHE_DOCUMENTS = 1000;

const LINK_CACHES = new WeakMap<object, LinkCache>();

/** The link cache of the database `database` stands for (its dialect object, say), made on first use. */
function linkCacheOf(database: object): LinkCache {
  let cache = LINK_CACHES.get(database);
  if (cache === undefined) LINK_CACHES.set(database, (cache = new LinkCache()));
  return cache;
}

/**
 * Runs `write`, a write transaction whose link steps use the {@link LinkCache} of `database`. When it fails, the cache
 * is dropped: what it learned about the transaction's rows, rolled back now, would be stale once their ids are reused.
 */
export async function withLinkCache<T>(database: object, write: (cache: LinkCache) => Promise<T>): Promise<T> {
  const cache = linkCacheOf(database);
  try {
    return await write(cache);
  } catch (error) {
    if (LINK_CACHES.get(database) === cache) LINK_CACHES.delete(database);
    throw error;
  }
}

/**
 * Puts a document just stored in this write transaction into `cache`, parsed (its record exactly as `JSON.parse` of its
 * stored record JSON, without text) with the metadata and record revision its row was written with, so the link step
 * does not read and parse it back. Validated at use like any cached document.
 */
export function rememberStoredDocument(cache: LinkCache, documentId: number, row: { published: string | null; publisher: string | null; url: string | null; recordRev: number }, record: StoredRecord): void {
  const loaded: LoadedDocument = { doc: { key: String(documentId), published: row.published, publisher: row.publisher, url: row.url, record }, meetings: null, plans: null };
  cache.documents.set(documentId, { rev: row.recordRev, published: row.published, publisher: row.publisher, url: row.url, loaded });
}

/** A map of at most `max` entries that drops the least recently read or written one first. */
class RecentlyUsed<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(private readonly max: number) {}

  has(key: K): boolean {
    return this.entries.has(key);
  }

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
  }
}

/** Links every row not linked yet. Call with the transaction that wrote them. */
export async function linkPending(db: Kysely<Database>, options: LinkOptions = {}): Promise<LinkSummary> {
  const corrections = await linkCorrections(db);
  const cache = options.cache ?? new LinkCache();
  const docs = new LinkDocuments(db, cache);
  // Before linking meetings: new reports are the ones not assigned to a meeting yet.
  const candidateDocuments = await documentsWithoutCandidates(db);
  const participantsResolved = await linkPeople(db, cache);
  const { created, merged } = await linkMeetings(db, docs, corrections);
  const newCandidates = await storeHeldCandidates(db, docs, cache, candidateDocuments, options.heldCandidates ?? new Map());
  const ownMeetings = new OwnMeetings(db);
  const { linked, found, planIds } = await linkPlans(db, docs, cache, ownMeetings, corrections);
  const foundLater = await followUpsForNewCandidates(db, docs, cache, ownMeetings, newCandidates, planIds, corrections);
  const confirmed = await applyConfirmedFollowUps(db, corrections);
  await clearMeetingIdClaims(db);
  return { participantsResolved, meetingsCreated: created, meetingsMerged: merged, plansLinked: linked, followUpsFound: found + foundLater + confirmed };
}

/**
 * Stored documents as the linking module reads them, loaded once per link step: the record from its JSON, with its
 * meeting and plan sides (so the module's per-side caches work across the step's decisions). Documents parsed in an
 * earlier step come from the {@link LinkCache} when their record revision and metadata, read now, are unchanged.
 */
class LinkDocuments {
  private readonly loaded = new Map<number, LoadedDocument | null>();
  constructor(private readonly db: Kysely<Database>, private readonly cache: LinkCache) {}

  /** Loads the documents of `ids` not loaded yet; with their text when `withText` (held candidates read it). */
  async load(ids: Iterable<number>, withText = false): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.loaded.has(id) || (withText && this.loaded.get(id)?.doc.record.text === undefined));
    if (missing.length === 0) return;
    if (withText) {
      for (const row of await linkDocuments(this.db, missing, true)) {
        if (row.recordJson === null) { this.loaded.set(row.id, null); continue; }
        const record: StoredRecord = { ...(JSON.parse(row.recordJson) as StoredRecord), text: row.text ?? '' };
        this.loaded.set(row.id, { doc: { key: String(row.id), published: row.published, publisher: row.publisher, url: row.url, record }, meetings: null, plans: null });
      }
      return;
    }
    // Documents parsed before are checked by their revision and metadata (no record JSON read); the others read whole.
    const unknown = missing.filter((id) => !this.cache.documents.has(id));
    const known = missing.filter((id) => this.cache.documents.has(id));
    for (const head of await linkDocumentHeads(this.db, known)) {
      const cached = this.cache.documents.get(head.id);
      if (cached !== undefined && cached.rev === head.recordRev && cached.published === head.published && cached.publisher === head.publisher && cached.url === head.url) {
        this.loaded.set(head.id, cached.loaded);
      } else {
        unknown.push(head.id);
      }
    }
    for (const row of await linkDocuments(this.db, unknown, false)) {
      if (row.recordJson === null) { this.loaded.set(row.id, null); continue; }
      const record = JSON.parse(row.recordJson) as StoredRecord;
      const loaded: LoadedDocument = { doc: { key: String(row.id), published: row.published, publisher: row.publisher, url: row.url, record }, meetings: null, plans: null };
      this.cache.documents.set(row.id, { rev: row.recordRev, published: row.published, publisher: row.publisher, url: row.url, loaded });
      this.loaded.set(row.id, loaded);
    }
  }

  doc(id: number): LinkDocument | null {
    return this.loaded.get(id)?.doc ?? null;
  }

  meetingSide(documentId: number, idx: number): MeetingSide | null {
    const entry = this.loaded.get(documentId);
    if (entry === undefined || entry === null) return null;
    entry.meetings ??= meetingSidesOf(entry.doc);
    return entry.meetings[idx] ?? null;
  }

  planSide(documentId: number, idx: number): PlanSide | null {
    const entry = this.loaded.get(documentId);
    if (entry === undefined || entry === null) return null;
    entry.plans ??= planSidesOf(entry.doc);
    return entry.plans[idx] ?? null;
  }
}

/** A document as the link step reads it, with its meeting and plan sides once computed (pure functions of it). */
interface LoadedDocument {
  readonly doc: LinkDocument;
  meetings: MeetingSide[] | null;
  plans: PlanSide[] | null;
}

/** A parsed document kept in the {@link LinkCache}, with what it was parsed from: record revision and metadata. */
interface CachedDocument {
  readonly rev: number;
  readonly published: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly loaded: LoadedDocument;
}

// ---------------------------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------------------------

/**
 * Resolves each new participant to a person with `resolvePerson` over the people sharing a name word with it. Full
 * names go first and never join a person through the family name alone ("Yohei Kono" is not "Taro Kono", nor the
 * "Kono" of an earlier readout); a bare family name ("Minister Kono") then joins the one full-named person it fits,
 * and stays a person of its own when it fits none or several (as `clusterPeople`).
 */
async function linkPeople(db: Kysely<Database>, cache: LinkCache): Promise<number> {
  const pending = await pendingParticipants(db);
  if (pending.length === 0) return 0;
  const wordsByName = new Map<string, string[]>();
  const wordsOf = (name: string): string[] => {
    let words = wordsByName.get(name);
    if (words === undefined) wordsByName.set(name, (words = nameParts(name).words.map(canonicalGivenName)));
    return words;
  };
  const keyOf = (name: string): string => personKey(name) || name.trim().toLowerCase();
  const known: KnownPerson[] = await peopleMatching(db, [...new Set(pending.flatMap((p) => wordsOf(p.name)))], [...new Set(pending.map((p) => keyOf(p.name)))]);
  // Positions in `known` by name word, people of two or more words (`full`) apart from people of one: the people
  // sharing a word with a name, in `known`'s order, without a scan of everyone known (a common family name has many
  // namesakes, one per country). Positions are indexed in increasing order (a new person is appended to `known`, a
  // person given a country keeps its position), so each list is sorted and a name's lists are merged, not sorted.
  const fullByWord = new Map<string, number[]>();
  const bareByWord = new Map<string, number[]>();
  const indexPosition = (position: number): void => {
    const personWords = wordsOf(known[position]!.name);
    const byWord = personWords.length >= 2 ? fullByWord : bareByWord;
    for (const word of new Set(personWords)) {
      let positions = byWord.get(word);
      if (positions === undefined) byWord.set(word, (positions = []));
      positions.push(position);
    }
  };
  known.forEach((_, position) => indexPosition(position));
  const sharingWords = (byWord: ReadonlyMap<string, readonly number[]>, words: readonly string[]): KnownPerson[] => {
    let positions: readonly number[] = [];
    for (const word of words) {
      const more = byWord.get(word);
      if (more !== undefined) positions = positions.length === 0 ? more : mergeSortedPositions(positions, more);
    }
    return positions.map((position) => known[position]!);
  };
  const assigned = new Map<number, number[]>();
  const ordered = [...pending].sort((a, b) => Number(wordsOf(a.name).length < 2) - Number(wordsOf(b.name).length < 2) || a.id - b.id);
  for (const p of ordered) {
    const words = wordsOf(p.name);
    const ref: PersonRef = { name: p.name, country: p.country };
    let person: KnownPerson | undefined;
    if (words.length === 0) {
      person = known.find((k) => k.key === keyOf(p.name));
    } else {
      const full = sharingWords(fullByWord, words);
      const candidates = words.length >= 2
        ? full.filter((k) => { const m = matchPerson(ref, k); return m !== null && m.kind !== 'surname-only'; })
        : full;
      const index = resolvePerson(ref, candidates);
      person = index === null ? undefined : candidates[index];
      if (person === undefined && words.length < 2) {
        const bare = sharingWords(bareByWord, words);
        const i = resolvePerson(ref, bare);
        person = i === null ? undefined : bare[i];
      }
    }
    if (person === undefined) {
      const key = keyOf(p.name);
      const created = await createPerson(db, key, p.name, p.country, words, cache.personKeyNumbers.get(key));
      cache.personKeyNumbers.set(key, created.number + 1);
      person = { id: created.id, key: created.key, name: created.name, country: created.country };
      known.push(person);
      indexPosition(known.length - 1);
    } else if (person.country === null && p.country !== null) {
      await setPersonCountry(db, person.id, p.country);
      const updated = { ...person, country: p.country };
      known[known.indexOf(person)] = updated;
      person = updated;
    }
    assigned.set(person.id, [...(assigned.get(person.id) ?? []), p.id]);
  }
  await setParticipantsPeople(db, [...assigned].flatMap(([personId, ids]) => ids.map((participantId) => ({ participantId, personId }))));
  return pending.length;
}

/** The union of two increasing lists of positions, increasing, each position once. */
export function mergeSortedPositions(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x <= y) i++;
    if (y <= x) j++;
    out.push(x < y ? x : y);
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Merged meetings
// ---------------------------------------------------------------------------------------------------------------

/** A merge explanation as stored: the read side's `MergeExplanation` plus the values, notes and conflicts. */
interface StoredMergeExplanation extends MergeExplanation {
  readonly matched: readonly { readonly field: string; readonly a: Evidence | null; readonly b: Evidence | null; readonly values: readonly [string, string]; readonly note: string | null }[];
  readonly conflicts: readonly { readonly field: string; readonly a: string; readonly b: string }[];
  /** The report it was compared with: the meeting's report it agreed with best. */
  readonly with: { readonly documentId: number; readonly idx: number };
  readonly rule: string;
}

function mergeExplanation(decision: MergeDecision, partner: LinkedReport, decidedBy: MergeExplanation['decidedBy']): StoredMergeExplanation {
  return {
    matched: decision.matched.map((m) => ({ field: m.field, a: m.a.evidence[0] ?? null, b: m.b.evidence[0] ?? null, values: [m.a.value, m.b.value], note: m.note })),
    conflicts: decision.conflicts.map((c) => ({ field: c.field, a: c.a.value, b: c.b.value })),
    score: decision.score,
    decidedBy,
    with: { documentId: partner.documentId, idx: partner.idx },
    rule: decidedBy === 'auto' ? 'linking/compareMeetings' : 'analyst/confirmed',
  };
}

async function linkMeetings(db: Kysely<Database>, docs: LinkDocuments, corrections: LinkCorrections): Promise<{ created: number; merged: number }> {
  let created = 0;
  let merged = 0;
  const pending = await pendingDocMeetings(db);
  if (pending.length === 0) return { created, merged };
  const reuseIds = await hasMeetingIdClaims(db);
  await docs.load(pending.map((dm) => dm.documentId));
  for (const dm of pending) {
    const side = docs.meetingSide(dm.documentId, dm.idx);
    const window = side?.window ?? null;
    const decision = side === null ? null : await chooseMeeting(db, docs, corrections, dm, side);
    if (decision === null) {
      await createMeetingFrom(db, dm, window, reuseIds);
      created++;
    } else {
      await joinMeeting(db, dm.id, decision.meetingId, JSON.stringify(decision.explanation), window);
      merged++;
    }
  }
  return { created, merged };
}

/**
 * The merged meeting report `dm` joins, with why; null when it starts a meeting of its own. An analyst's confirmed
 * merge wins (unless a report of that meeting was rejected with it); otherwise `compareMeetings` decides, complete-link
 * over the candidate meetings' reports, best score first (ties: the older meeting).
 */
async function chooseMeeting(db: Kysely<Database>, docs: LinkDocuments, corrections: LinkCorrections, dm: { documentId: number; idx: number }, side: MeetingSide): Promise<{ meetingId: number; explanation: StoredMergeExplanation } | null> {
  const rejected = (r: LinkedReport): boolean => corrections.rejectedMerges.has(meetingPairKey(r, dm));
  for (const partner of corrections.confirmedMerges.get(`${dm.documentId}:${dm.idx}`) ?? []) {
    const meetingId = await meetingOfReport(db, partner.documentId, partner.idx);
    if (meetingId === null) continue;
    const reports = await reportsOfMeetings(db, [meetingId]);
    if (reports.some(rejected)) continue;
    await docs.load(reports.map((r) => r.documentId));
    const partnerReport = reports.find((r) => r.documentId === partner.documentId && r.idx === partner.idx) ?? reports[0];
    const partnerSide = partnerReport === undefined ? null : docs.meetingSide(partnerReport.documentId, partnerReport.idx);
    if (partnerReport === undefined || partnerSide === null) continue;
    return { meetingId, explanation: mergeExplanation(compareMeetings(partnerSide, side), partnerReport, 'confirmed') };
  }

  const window = side.window;
  if (window === null || side.meeting.countries.length < 2) return null;
  // Reports are stored under their record's countries, which may name the forum too ("AU,IN,JP,QUAD,US").
  const near: LinkedReport[] = [];
  for (const key of storedCountryKeysOf(side.meeting.countries, side.meeting.occasion)) {
    near.push(...await linkedReportsNear(db, key, side.meeting.mode,
      addDaysIso(window.start, -1), addDaysIso(window.end, 1), addDaysIso(window.start, -MERGE_LOOKBACK_DAYS)));
  }
  if (near.length === 0) return null;
  const meetingIds = [...new Set(near.map((r) => r.meetingId))];
  const reports = await reportsOfMeetings(db, meetingIds);
  await docs.load(reports.map((r) => r.documentId));
  const decide = new Map<number, MergeDecision>();
  for (const r of reports) {
    const other = docs.meetingSide(r.documentId, r.idx);
    if (other !== null) decide.set(r.id, compareMeetings(other, side));
  }

  // An undated report that fits two reports which are not one meeting is ambiguous: it joins neither.
  if (side.meeting.date === null) {
    const partners = reports.filter((r) => decide.get(r.id)?.same === true);
    for (let i = 0; i < partners.length; i++) {
      for (let j = i + 1; j < partners.length; j++) {
        const a = partners[i]!;
        const b = partners[j]!;
        if (a.meetingId === b.meetingId) continue;
        const sa = docs.meetingSide(a.documentId, a.idx);
        const sb = docs.meetingSide(b.documentId, b.idx);
        if (sa !== null && sb !== null && !compareMeetings(sa, sb).same) return null;
      }
    }
  }

  let best: { meetingId: number; explanation: StoredMergeExplanation } | null = null;
  for (const meetingId of meetingIds.sort((a, b) => a - b)) {
    const members = reports.filter((r) => r.meetingId === meetingId);
    if (members.some(rejected)) continue;
    if (!members.every((r) => decide.get(r.id)?.same === true)) continue;
    let partner = members[0]!;
    for (const r of members) if (decide.get(r.id)!.score > decide.get(partner.id)!.score) partner = r;
    const decision = decide.get(partner.id)!;
    if (best === null || decision.score > best.explanation.score) best = { meetingId, explanation: mergeExplanation(decision, partner, 'auto') };
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
// Held candidates: what each document shows to have happened
// ---------------------------------------------------------------------------------------------------------------

/**
 * Computes and stores the held candidates (`heldCandidatesOf`) of documents `ids`, which lack some; returns the new
 * ones. Documents in `precomputed` come with them (computed where they were extracted): only their key is put in.
 */
async function storeHeldCandidates(db: Kysely<Database>, docs: LinkDocuments, cache: LinkCache, ids: readonly number[], precomputed: ReadonlyMap<number, readonly UnboundHeldCandidate[]>): Promise<StoredHeldCandidate[]> {
  if (ids.length === 0) return [];
  await docs.load(ids.filter((id) => !precomputed.has(id)), true);
  const created: number[] = [];
  const sourcesOf = await candidateSourcesOf(db, ids);
  const toInsert: NewHeldCandidate[] = [];
  for (const documentId of ids) {
    let candidates: readonly { meetingIndex: number | null; refIndex: number | null; at: { from: string; to: string } | null; countries: readonly string[]; json: () => string }[];
    const unbound = precomputed.get(documentId);
    if (unbound !== undefined) {
      candidates = unbound.map((u) => ({ ...u, json: () => bindHeldCandidate(u.json, String(documentId)) }));
    } else {
      const doc = docs.doc(documentId);
      if (doc === null) continue;
      candidates = heldCandidatesOf(doc).map((candidate) => ({
        meetingIndex: candidate.meeting?.meetingIndex ?? null,
        refIndex: candidate.source === 'past-reference' ? Number(candidate.id.slice(candidate.id.lastIndexOf('#ref') + 4)) : null,
        at: heldCandidateDays(candidate, CANDIDATE_MAX_SPAN_DAYS),
        countries: candidate.countries,
        json: () => serializeHeldCandidate(candidate),
      }));
    }
    const sources = sourcesOf.get(documentId)!;
    for (const candidate of candidates) {
      const docMeetingId = candidate.meetingIndex !== null ? (sources.reports.get(candidate.meetingIndex) ?? null) : null;
      const pastRefId = candidate.refIndex !== null ? (sources.refs.get(candidate.refIndex) ?? null) : null;
      if (docMeetingId === null && pastRefId === null) continue;
      const at = candidate.at;
      if (at === null) continue;
      toInsert.push({ documentId, docMeetingId, pastRefId, atFrom: at.from, atTo: at.to, countries: candidate.countries, candidateJson: candidate.json() });
    }
  }
  const insertedIds = await insertHeldCandidates(db, toInsert);
  insertedIds.forEach((id, i) => {
    if (id === null) return;
    created.push(id);
    // Parsed from its JSON, as read back later: the stored form is what every step matches.
    cache.candidates.set(id, parseHeldCandidate(toInsert[i]!.candidateJson));
  });
  await markPastRefsLinked(db, ids);
  return heldCandidatesById(db, created);
}

// ---------------------------------------------------------------------------------------------------------------
// Follow-ups
// ---------------------------------------------------------------------------------------------------------------

/** A follow-up explanation as stored: the read side's `{ matched, score, rule }` plus the evidence of both sides. */
interface StoredFollowUpExplanation {
  readonly matched: readonly string[];
  readonly score: number;
  readonly rule: string;
  readonly rank: FollowUpRank;
  readonly candidate: { readonly source: HeldCandidate['source']; readonly documentId: number; readonly id: string };
  readonly fields: readonly { readonly field: string; readonly note: string; readonly plan: readonly Evidence[]; readonly held: readonly Evidence[] }[];
}

async function linkPlans(db: Kysely<Database>, docs: LinkDocuments, cache: LinkCache, ownMeetings: OwnMeetings, corrections: LinkCorrections): Promise<{ linked: number; found: number; planIds: Set<number> }> {
  const pending = await pendingPlans(db);
  const planIds = new Set(pending.map((p) => p.id));
  if (pending.length === 0) return { linked: 0, found: 0, planIds };
  await docs.load(pending.map((p) => p.documentId));
  await ownMeetings.load(pending.map((p) => p.documentId));
  const current = await followUpsOf(db, pending.map((p) => p.id));
  let found = 0;
  // Written after the loop: nothing in it reads plan windows (plans are looked up by window only for new candidates,
  // after this step's plans are all set).
  const windows: PlanWindow[] = [];
  for (const plan of pending) {
    const side = docs.planSide(plan.documentId, plan.idx);
    const window = side === null ? null : followUpWindow(side);
    const retrieval = side === null || window === null ? [] : window.sides.length > 0 ? [...window.sides] : side.contextCountries.filter(isCountryCode).slice(0, 3);
    windows.push({ planId: plan.id, window: window === null ? null : { key: window.sides.length > 0 ? [...window.sides].sort().join(',') : null, from: window.from, to: window.to } });
    if (side === null || window === null || retrieval.length === 0 || current.get(plan.id)?.decidedBy === 'confirmed') continue;
    const rows = new Map<number, StoredHeldCandidate>();
    const pairs = window.sides.length === 2 ? [[retrieval[0]!, retrieval[1]!] as const] : retrieval.map((c) => [c, null] as const);
    for (const [country, alsoCountry] of pairs) {
      for (const row of await heldCandidatesNear(db, {
        country, alsoCountry, from: window.from, to: window.to, earliestStart: addDaysIso(window.from, -CANDIDATE_MAX_SPAN_DAYS),
        excludeDocumentId: plan.documentId, limit: CANDIDATES_PER_PLAN,
      })) rows.set(row.id, row);
    }
    const candidates = await usableCandidates(db, cache, ownMeetings, plan, [...rows.values()], corrections);
    const best = rankFollowUps(side, [...candidates.keys()])[0];
    if (best === undefined) continue;
    await writeFollowUp(db, plan, best, candidates.get(best.candidate)!);
    found++;
  }
  await setPlanWindows(db, windows);
  return { linked: pending.length, found, planIds };
}

/**
 * For each new held candidate, the linked plans whose sides and window it fits (announced in other documents, not
 * linked in this step — those were matched against it already): it holds a plan when `scoreFollowUp` accepts it and
 * it ranks above the plan's automatic match, if any.
 */
async function followUpsForNewCandidates(db: Kysely<Database>, docs: LinkDocuments, cache: LinkCache, ownMeetings: OwnMeetings, candidates: readonly StoredHeldCandidate[], skip: ReadonlySet<number>, corrections: LinkCorrections): Promise<number> {
  let found = 0;
  if (candidates.length === 0) return found;
  // Read after this step set the windows of its plans; no plan window changes while the candidates are matched.
  const parsed = await parsedCandidates(db, cache, candidates);
  const classes = await planMatchClasses(db, [...new Set([...parsed.values()].flatMap((c) => sideKeys(c.countries)))]);
  for (const row of candidates) {
    const candidate = parsed.get(row.id);
    if (candidate === undefined) continue;
    const plans = (await plansCovering(db, {
      keys: sideKeys(candidate.countries), from: row.atFrom, to: row.atTo, earliestFrom: addDaysIso(row.atFrom, -PLAN_MAX_SPAN_DAYS),
      excludeDocumentId: row.documentId, limit: PLANS_PER_CANDIDATE, kinds: holdableKinds(candidate.kind), classes,
    })).filter((p) => !skip.has(p.id));
    if (plans.length === 0) continue;
    await docs.load(plans.map((p) => p.documentId));
    await ownMeetings.load(plans.map((p) => p.documentId));
    const current = await followUpsOf(db, plans.map((p) => p.id));
    for (const plan of plans) {
      const existing = current.get(plan.id);
      if (existing?.decidedBy === 'confirmed') continue;
      const side = docs.planSide(plan.documentId, plan.idx);
      if (side === null) continue;
      const usable = await usableCandidates(db, cache, ownMeetings, plan, [row], corrections);
      const [held] = usable.keys();
      if (held === undefined) continue;
      const match = scoreFollowUp(side, held);
      if (match === null) continue;
      if (existing !== undefined) {
        const rank = await followUpRankOf(db, cache, existing.id);
        if (rank !== null && compareFollowUpRanks(followUpRank(match), rank) >= 0) continue;
      }
      await writeFollowUp(db, plan, match, row);
      found++;
    }
  }
  return found;
}

/**
 * The candidates of `rows` that may hold `plan`, parsed: not a report of a meeting the plan's own document reports,
 * and not of a meeting an analyst rejected for the plan (through any of its reports).
 */
async function usableCandidates(db: Kysely<Database>, cache: LinkCache, ownMeetings: OwnMeetings, plan: PendingPlan, rows: readonly StoredHeldCandidate[], corrections: LinkCorrections): Promise<Map<HeldCandidate, StoredHeldCandidate>> {
  const own = await ownMeetings.of(plan.documentId);
  const prefix = `${plan.documentId}:${plan.idx}|`;
  const rejecting = [...corrections.rejectedFollowUps].some((k) => k.startsWith(prefix));
  // Only a plan an analyst rejected a link of needs every report of its candidate meetings.
  const meetingIds = rejecting ? [...new Set(rows.map((r) => r.meetingId).filter((m): m is number => m !== null))] : [];
  const reports = meetingIds.length === 0 ? [] : await reportsOfMeetings(db, meetingIds);
  const kept: StoredHeldCandidate[] = [];
  for (const row of rows) {
    if (row.meetingId !== null && own.has(row.meetingId)) continue;
    if (rejecting) {
      const reportsOfRow = row.meetingId === null ? [{ documentId: row.documentId, idx: row.meetingIdx }] : reports.filter((r) => r.meetingId === row.meetingId);
      if (reportsOfRow.some((r) => r.idx !== null && corrections.rejectedFollowUps.has(`${prefix}${r.documentId}:${r.idx}`))) continue;
    }
    kept.push(row);
  }
  const parsed = await parsedCandidates(db, cache, kept);
  const out = new Map<HeldCandidate, StoredHeldCandidate>();
  for (const row of kept) {
    const candidate = parsed.get(row.id);
    if (candidate !== undefined) out.set(candidate, row);
  }
  return out;
}

/**
 * The merged meetings each plan document reports, read once per link step (after its merges), a batch of documents
 * per query: a plan is never held by its own meeting.
 */
class OwnMeetings {
  private readonly byDocument = new Map<number, Set<number>>();
  constructor(private readonly db: Kysely<Database>) {}

  /** Reads the meetings of the documents of `ids` not read yet. */
  async load(ids: Iterable<number>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.byDocument.has(id));
    if (missing.length === 0) return;
    for (const [id, meetings] of await meetingsOfDocuments(this.db, missing)) this.byDocument.set(id, new Set(meetings));
  }

  async of(documentId: number): Promise<ReadonlySet<number>> {
    await this.load([documentId]);
    return this.byDocument.get(documentId)!;
  }
}

/** The `HeldCandidate`s of `rows` by id: those parsed before from the cache, the others read, parsed and cached. */
async function parsedCandidates(db: Kysely<Database>, cache: LinkCache, rows: readonly StoredHeldCandidate[]): Promise<Map<number, HeldCandidate>> {
  const out = new Map<number, HeldCandidate>();
  const missing: number[] = [];
  for (const row of rows) {
    const candidate = cache.candidates.get(row.id);
    if (candidate === undefined) missing.push(row.id);
    else out.set(row.id, candidate);
  }
  if (missing.length === 0) return out;
  for (const [id, json] of await heldCandidateJsons(db, missing)) {
    const candidate = parseHeldCandidate(json);
    cache.candidates.set(id, candidate);
    out.set(id, candidate);
  }
  return out;
}

/** The rank stored with follow-up `id`'s explanation; null when it has none (an analyst's) or no longer exists. */
async function followUpRankOf(db: Kysely<Database>, cache: LinkCache, id: number): Promise<FollowUpRank | null> {
  let rank = cache.ranks.get(id);
  if (rank === undefined) {
    const json = await followUpExplanationJson(db, id);
    rank = json === null ? null : ((JSON.parse(json) as Partial<StoredFollowUpExplanation>).rank ?? null);
    cache.ranks.set(id, rank);
  }
  return rank;
}

async function writeFollowUp(db: Kysely<Database>, plan: PendingPlan, match: FollowUpMatch, row: StoredHeldCandidate): Promise<void> {
  const explanation: StoredFollowUpExplanation = {
    matched: match.matched.map((m) => `${m.field}: ${m.note}`),
    score: match.score,
    rule: 'linking/scoreFollowUp',
    rank: followUpRank(match),
    candidate: { source: match.candidate.source, documentId: row.documentId, id: match.candidate.id },
    fields: match.matched.map((m) => ({ field: m.field, note: m.note, plan: m.plan, held: m.held })),
  };
  await replaceFollowUp(db, {
    planId: plan.id, meetingId: row.meetingId, documentId: row.documentId,
    evidenceJson: JSON.stringify(match.heldEvidence[0] ?? NO_EVIDENCE), explanationJson: JSON.stringify(explanation),
  });
}

const NO_EVIDENCE: Evidence = { text: '', start: 0, end: 0, rule: 'link/no-evidence' };

/** The plan kinds an event of kind `kind` may hold (`scoreFollowUp`'s kind rule), for the reverse lookup. */
function holdableKinds(kind: HeldCandidate['kind']): string[] {
  if (kind === null) return [];
  return TALKS.includes(kind) ? [...TALKS] : [kind];
}

const TALKS: readonly string[] = ['meeting', 'visit', 'dialogue'];

/** The match keys of plans an event with sides `countries` may hold: each side, each pair and each triple of sides. */
function sideKeys(countries: readonly string[]): string[] {
  const codes = [...new Set(countries.filter(isCountryCode))].sort();
  const keys = new Set<string>();
  for (let i = 0; i < codes.length; i++) {
    keys.add(codes[i]!);
    for (let j = i + 1; j < codes.length; j++) {
      keys.add(`${codes[i]},${codes[j]}`);
      if (codes.length <= 6) for (let k = j + 1; k < codes.length; k++) keys.add(`${codes[i]},${codes[j]},${codes[k]}`);
    }
  }
  return [...keys];
}

/** Follow-ups an analyst confirmed are restored whatever the rules say (they survive reprocess and relinking). */
async function applyConfirmedFollowUps(db: Kysely<Database>, corrections: LinkCorrections): Promise<number> {
  let applied = 0;
  for (const c of corrections.confirmedFollowUps) {
    const plan = await db.selectFrom('plans').select('id').where('document_id', '=', c.planDoc).where('idx', '=', c.planIdx).executeTakeFirst();
    const held = await db.selectFrom('doc_meetings').select(['meeting_id', 'provenance_json']).where('document_id', '=', c.heldDoc).where('idx', '=', c.heldIdx).executeTakeFirst();
    if (plan === undefined || held === undefined) continue;
    const existing = await db.selectFrom('follow_ups').select(['decided_by', 'held_meeting_id']).where('plan_id', '=', plan.id).executeTakeFirst();
    if (existing?.decided_by === 'confirmed' && existing.held_meeting_id === held.meeting_id) continue;
    await db.deleteFrom('follow_ups').where('plan_id', '=', plan.id).execute();
    const provenance = JSON.parse(held.provenance_json) as Meeting['provenance'];
    await insertFollowUp(db, {
      planId: plan.id, meetingId: held.meeting_id, documentId: c.heldDoc,
      evidenceJson: JSON.stringify(provenance.date ?? provenance.mode ?? provenance.countries[0] ?? NO_EVIDENCE),
      explanationJson: JSON.stringify({ matched: [], score: 1, rule: 'analyst/confirmed' }), decidedBy: 'confirmed',
    });
    applied++;
  }
  return applied;
}
