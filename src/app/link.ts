/**
 * The link use case: after documents are stored, assign every new participant to a person, every new document
 * meeting to a merged meeting, and every new plan to the meeting that shows it was held. Incremental: it only looks
 * at rows not linked yet, and finds candidates with indexed queries (same sides, same mode, dates a day apart; plans
 * whose sides and window fit), so a batch costs the same however large the knowledge base is.
 *
 * Run it inside the transaction that wrote the batch (`ingest` and `reprocess` do), so a crash never leaves a document
 * stored but unlinked; running it again is harmless.
 *
 * The decisions themselves are the `INLINE RULES` below: the simplest correct rules, kept in four functions so the
 * linking module (src/linking/) can replace them one by one.
 */
import type { Kysely } from 'kysely';
import type { Evidence, Meeting, PlannedEvent } from '../domain/record.ts';
import { addDaysIso } from '../linking/link-document.ts';
import { personKey } from '../linking/person-identity.ts';
import type { MergeExplanation } from './views.ts';
import type { Database } from '../storage/schema.ts';
import {
  createMeetingFrom, ensurePeople, insertFollowUp, joinMeeting, linkCorrections, linkedDocMeetingsNear, meetingPairKey,
  meetingsInWindow, openPlansCovering, pendingDocMeetings, pendingParticipants, pendingPlans, setParticipantPerson,
  setPlanWindow, type LinkCorrections, type LinkableDocMeeting, type LinkablePlan, type MeetingCandidate,
} from '../storage/link-repository.ts';

/** What one link step did. */
export interface LinkSummary {
  readonly participantsResolved: number;
  readonly meetingsCreated: number;
  readonly meetingsMerged: number;
  readonly plansLinked: number;
  readonly followUpsFound: number;
}

/** Links every row not linked yet. Call with the transaction that wrote them. */
export async function linkPending(db: Kysely<Database>): Promise<LinkSummary> {
  const corrections = await linkCorrections(db);
  const participantsResolved = await linkPeople(db);
  const { created, merged, touched } = await linkMeetings(db, corrections);
  const { linked, found } = await linkPlans(db, corrections);
  const foundForMeetings = await followUpsForNewMeetings(db, touched, corrections);
  return { participantsResolved, meetingsCreated: created, meetingsMerged: merged, plansLinked: linked, followUpsFound: found + foundForMeetings };
}

async function linkPeople(db: Kysely<Database>): Promise<number> {
  const pending = await pendingParticipants(db);
  if (pending.length === 0) return 0;
  const names = new Map<string, string>();
  const keyOf = new Map<number, string>();
  for (const p of pending) {
    const key = personIdentityKey(p.name);
    keyOf.set(p.id, key);
    if (!names.has(key)) names.set(key, p.name);
  }
  const ids = await ensurePeople(db, names);
  for (const p of pending) await setParticipantPerson(db, p.id, ids.get(keyOf.get(p.id)!)!);
  return pending.length;
}

async function linkMeetings(db: Kysely<Database>, corrections: LinkCorrections): Promise<{ created: number; merged: number; touched: Set<number> }> {
  let created = 0;
  let merged = 0;
  const touched = new Set<number>();
  for (const dm of await pendingDocMeetings(db)) {
    let joined = false;
    if (dm.date !== null && dm.countriesKey !== '') {
      const near = await linkedDocMeetingsNear(db, dm.countriesKey, dm.mode, addDaysIso(dm.date, -1), addDaysIso(dm.date, 1));
      const byMeeting = new Map<number, LinkableDocMeeting[]>();
      for (const other of near) {
        const list = byMeeting.get(other.meetingId!) ?? [];
        list.push(other);
        byMeeting.set(other.meetingId!, list);
      }
      let best: { meetingId: number; explanation: MergeExplanation } | null = null;
      for (const [meetingId, sources] of byMeeting) {
        if (sources.some((s) => corrections.rejectedMerges.has(meetingPairKey(s, dm)))) continue;
        const explanation = decideMeetingMerge(dm, sources);
        if (explanation !== null && (best === null || explanation.score > best.explanation.score)) best = { meetingId, explanation };
      }
      if (best !== null) {
        await joinMeeting(db, dm.id, best.meetingId, JSON.stringify(best.explanation));
        touched.add(best.meetingId);
        merged++;
        joined = true;
      }
    }
    if (!joined) {
      touched.add(await createMeetingFrom(db, dm));
      created++;
    }
  }
  return { created, merged, touched };
}

async function linkPlans(db: Kysely<Database>, corrections: LinkCorrections): Promise<{ linked: number; found: number }> {
  let found = 0;
  const pending = await pendingPlans(db);
  for (const plan of pending) {
    const window = planMatchWindow(plan);
    await setPlanWindow(db, plan.id, window);
    if (window === null || !FOLLOWED_KINDS.has(plan.kind)) continue;
    const candidates = await meetingsInWindow(db, window.key, window.from, window.to, plan.documentId);
    for (const candidate of candidates) {
      if (await tryFollowUp(db, plan, candidate, corrections)) { found++; break; }
    }
  }
  found += await applyConfirmedFollowUps(db, corrections);
  return { linked: pending.length, found };
}

async function followUpsForNewMeetings(db: Kysely<Database>, meetingIds: ReadonlySet<number>, corrections: LinkCorrections): Promise<number> {
  let found = 0;
  for (const meetingId of meetingIds) {
    const meeting = await db.selectFrom('meetings').select(['countries_key', 'date']).where('id', '=', meetingId).executeTakeFirst();
    if (meeting === undefined || meeting.date === null) continue;
    const plans = await openPlansCovering(db, meeting.countries_key, meeting.date, addDaysIso(meeting.date, MAX_WINDOW_DAYS));
    if (plans.length === 0) continue;
    for (const plan of plans) {
      if (!FOLLOWED_KINDS.has(plan.kind)) continue;
      const candidates = (await meetingsInWindow(db, meeting.countries_key, meeting.date, meeting.date, plan.documentId))
        .filter((c) => c.meetingId === meetingId);
      const candidate = candidates[0];
      if (candidate !== undefined && await tryFollowUp(db, plan, candidate, corrections)) found++;
    }
  }
  return found;
}

async function tryFollowUp(db: Kysely<Database>, plan: Pick<LinkablePlan, 'id' | 'documentId' | 'idx' | 'kind'>, candidate: MeetingCandidate, corrections: LinkCorrections): Promise<boolean> {
  const heldIdx = await db.selectFrom('doc_meetings').select('idx').where('id', '=', candidate.docMeetingId).executeTakeFirst();
  if (corrections.rejectedFollowUps.has(`${plan.documentId}:${plan.idx}|${candidate.documentId}:${heldIdx?.idx ?? -1}`)) return false;
  const decision = decideFollowUp(plan, candidate);
  if (decision === null) return false;
  await insertFollowUp(db, {
    planId: plan.id, meetingId: candidate.meetingId, documentId: candidate.documentId,
    evidenceJson: JSON.stringify(decision.evidence), explanationJson: JSON.stringify(decision.explanation), decidedBy: 'auto',
  });
  return true;
}

/** Follow-ups an analyst confirmed are restored whatever the rules say (they survive reprocess and relinking). */
async function applyConfirmedFollowUps(db: Kysely<Database>, corrections: LinkCorrections): Promise<number> {
  let applied = 0;
  for (const c of corrections.confirmedFollowUps) {
    const plan = await db.selectFrom('plans').select('id').where('document_id', '=', c.planDoc).where('idx', '=', c.planIdx).executeTakeFirst();
    const held = await db.selectFrom('doc_meetings').select(['meeting_id', 'provenance_json']).where('document_id', '=', c.heldDoc).where('idx', '=', c.heldIdx).executeTakeFirst();
    if (plan === undefined || held === undefined) continue;
    await db.deleteFrom('follow_ups').where('plan_id', '=', plan.id).where('decided_by', '=', 'auto').execute();
    const provenance = JSON.parse(held.provenance_json) as Meeting['provenance'];
    await insertFollowUp(db, {
      planId: plan.id, meetingId: held.meeting_id, documentId: c.heldDoc,
      evidenceJson: JSON.stringify(meetingEvidence(provenance)),
      explanationJson: JSON.stringify({ matched: [], score: 1, rule: 'analyst/confirmed' }), decidedBy: 'confirmed',
    });
    applied++;
  }
  return applied;
}

// ---------------------------------------------------------------------------------------------------------------
// INLINE RULES — to be replaced by the linking module (src/linking/): personIdentityKey, decideMeetingMerge,
// planMatchWindow and decideFollowUp are the only places where link decisions are made.
// ---------------------------------------------------------------------------------------------------------------

/** Plans of these kinds are followed up by meetings; surveys, signings, missions and others are not (yet). */
const FOLLOWED_KINDS: ReadonlySet<string> = new Set<PlannedEvent['kind']>(['meeting', 'visit', 'dialogue']);
/** Longest window a plan is matched in; bounds the index range of `openPlansCovering`. */
const MAX_WINDOW_DAYS = 400;
/** A plan without a time is looked for this long after its announcement. */
const UNDATED_PLAN_DAYS = 180;

/** The person key a participant mention is stored under: the linking module's `personKey`, else the lower-cased name. */
export function personIdentityKey(name: string): string {
  return personKey(name) || name.trim().toLowerCase();
}

/**
 * Whether document meeting `dm` reports the same meeting as the already merged `sources` (same sides and mode,
 * dated within a day, which the candidate query guarantees). Refused when a source comes from the same document,
 * when places are both known and differ, or when both name people and none is shared. Null: not the same meeting.
 */
export function decideMeetingMerge(dm: LinkableDocMeeting, sources: readonly LinkableDocMeeting[]): MergeExplanation | null {
  if (sources.some((s) => s.documentId === dm.documentId)) return null;
  const anchor = sources[0]!;
  const dmProv = JSON.parse(dm.provenanceJson) as Meeting['provenance'];
  const anchorProv = JSON.parse(anchor.provenanceJson) as Meeting['provenance'];
  if (dm.place !== null && anchor.place !== null && dm.place.toLowerCase() !== anchor.place.toLowerCase()) return null;
  const sharedPeople = dm.personIds.filter((p) => sources.some((s) => s.personIds.includes(p)));
  const otherPeople = sources.some((s) => s.personIds.length > 0);
  if (dm.personIds.length > 0 && otherPeople && sharedPeople.length === 0) return null;
  const matched: MergeExplanation['matched'][number][] = [
    { field: 'countries', a: anchorProv.countries[0] ?? null, b: dmProv.countries[0] ?? null },
    { field: 'mode', a: anchorProv.mode, b: dmProv.mode },
    { field: 'date', a: anchorProv.date, b: dmProv.date },
  ];
  let score = dm.date === anchor.date ? 3 : 2.5;
  if (dm.place !== null && anchor.place !== null) { matched.push({ field: 'place', a: anchorProv.place, b: dmProv.place }); score += 1; }
  if (sharedPeople.length > 0) { matched.push({ field: 'participants', a: null, b: null }); score += sharedPeople.length; }
  return { matched, score, decidedBy: 'auto' };
}

/**
 * Where a plan may be matched: the sides a holding meeting must have (the plan's countries completed with the
 * announcing meeting's sides when they are a subset of them), and a date window: its interval widened by a slack
 * (3 days, 14 for approximate times), open ends closed a year on, undated plans the 180 days after announcement;
 * never before the announcement and never longer than 400 days. Null when no sides or no date anchor it.
 */
export function planMatchWindow(plan: LinkablePlan): { key: string; from: string; to: string } | null {
  const docSides = plan.documentCountriesKey === '' ? [] : plan.documentCountriesKey.split(',');
  const own = [...new Set(plan.countries)].sort();
  const sides = own.every((c) => docSides.includes(c)) ? docSides : own;
  if (sides.length < 2) return null;
  const slack = plan.approximate ? 14 : 3;
  let from: string;
  let to: string;
  if (plan.startDate !== null) {
    from = addDaysIso(plan.startDate, -slack);
    to = addDaysIso(plan.endDate ?? addDaysIso(plan.startDate, 365), slack);
  } else if (plan.announced !== null) {
    from = addDaysIso(plan.announced, 1);
    to = addDaysIso(plan.announced, UNDATED_PLAN_DAYS);
  } else {
    return null;
  }
  if (plan.announced !== null && from < plan.announced) from = plan.announced;
  if (to < from) return null;
  const cap = addDaysIso(from, MAX_WINDOW_DAYS);
  if (to > cap) to = cap;
  return { key: [...sides].sort().join(','), from, to };
}

/**
 * Whether `candidate` (a merged meeting with the plan's sides, dated in its window) shows the plan was held: a visit
 * needs an in-person meeting; meetings and dialogues take any mode. Null: not held by it.
 */
export function decideFollowUp(plan: Pick<LinkablePlan, 'kind'>, candidate: MeetingCandidate): { evidence: Evidence; explanation: { matched: string[]; score: number; rule: string } } | null {
  if (plan.kind === 'visit' && candidate.mode !== 'in-person') return null;
  const provenance = JSON.parse(candidate.provenanceJson) as Meeting['provenance'];
  return {
    evidence: meetingEvidence(provenance),
    explanation: { matched: ['countries', 'date-window', ...(plan.kind === 'visit' ? ['mode'] : [])], score: 1, rule: 'link/inline-window' },
  };
}

/** The words that best show a meeting happened: its date evidence, else its mode's, else its first side's. */
function meetingEvidence(provenance: Meeting['provenance']): Evidence {
  return provenance.date ?? provenance.mode ?? provenance.countries[0] ?? { text: '', start: 0, end: 0, rule: 'link/no-evidence' };
}
