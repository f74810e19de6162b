/**
 * Follow-ups: matches each planned event against later "held" candidates — meetings reported by later documents,
 * and past references in later documents ("the Summit Meeting in Yamaguchi last year") — and derives the plan's
 * status as of a date.
 *
 * Pure functions over stored records: no database, no I/O, no clock (the "as of" date is a parameter).
 */
import type { Evidence, Level, Meeting, Participant, PlanKind, PlannedEvent } from '../domain/record.ts';
import { findCountries, isOrganisationCode, lookupCountry } from '../stages/countries/country-finder.ts';
import { findPlaces } from '../stages/places/place-finder.ts';
import { findTimeExpressions } from '../stages/dates/time-expression-finder.ts';
import { foldCase, normalisePlace } from '../eval/text-matching.ts';
import { boundedMemo } from './bounded-memo.ts';
import { addDaysIso, dayNumber, referenceDateOf } from './link-document.ts';
import type { DateWindow, LinkDocument } from './link-document.ts';
import { compareMeetings, meetingSidesOf } from './meeting-merge.ts';
import type { MeetingSide } from './meeting-merge.ts';
import { matchPerson, nameParts } from './person-identity.ts';

/**
 * True for a country code, false for an organisation's (UN, EU, APEC, ...): an organisation in a plan's countries is
 * the occasion or forum of the event, never one of the two sides it is between.
 */
export function isCountryCode(code: string): boolean {
  return !isOrganisationCode(code);
}

/** A planned event with what matching needs from its document. */
export interface PlanSide {
  /** `${docKey}#plan${planIndex}`. */
  readonly id: string;
  readonly docKey: string;
  readonly planIndex: number;
  readonly plan: PlannedEvent;
  /** When it was announced: the document's reference date (published, else meeting date); null when unknown. */
  readonly announced: string | null;
  /** Countries of the document's meetings (the context the plan was announced in). */
  readonly contextCountries: readonly string[];
  /** Participants of the document's meetings: who "the President" or "your visit" may be. */
  readonly contextParticipants: readonly Participant[];
  /** The document's meetings: a later report of the same meeting never holds the plan. */
  readonly announcedAt: readonly MeetingSide[];
}

/**
 * The plan sides of a document, one per planned event, in record order. A leg of an announced trip that gives no time
 * of its own ("He will then travel to Washington DC" after "will pay a State Visit to the United States from 21-24
 * June") takes the trip's interval: see {@link tripIntervalOf}.
 */
export function planSidesOf(doc: LinkDocument): PlanSide[] {
  const announcedAt = meetingSidesOf(doc);
  const contextCountries = [...new Set(doc.record.meetings.flatMap((m) => m.countries))].sort();
  const contextParticipants = doc.record.meetings.flatMap((m) => m.participants);
  const announced = referenceDateOf(doc);
  const plans = doc.record.plannedEvents;
  return plans.map((plan, planIndex) => {
    const trip = tripIntervalOf(plan, plans);
    return {
      id: `${doc.key}#plan${planIndex}`,
      docKey: doc.key,
      planIndex,
      plan: trip === null ? plan : { ...plan, start: trip.start, end: trip.end, countries: trip.countries },
      announced,
      contextCountries,
      contextParticipants,
      announcedAt,
    };
  });
}

/** Characters between the end of a dated visit's evidence and a later leg's: a few sentences of one paragraph. */
const TRIP_LEG_MAX_GAP = 300;
/** Widest interval (days) a leg takes from its trip: a trip, not a season. */
const TRIP_MAX_DAYS = 31;

/**
 * The interval of the trip `plan` is a leg of, with the countries the leg is in (its own and the trip's destination:
 * talks during a visit to France are talks in France), or null. A visit or meeting with no time at all (no time expression,
 * not even a vague one) is a leg of the nearest visit announced before it in the same document, with a closed interval
 * of at most {@link TRIP_MAX_DAYS} days, when it starts at most {@link TRIP_LEG_MAX_GAP} characters after that visit's
 * evidence and goes nowhere else: its destination, place and named countries are the visit's destination or none.
 */
export function tripIntervalOf(plan: PlannedEvent, plans: readonly PlannedEvent[]): { start: string; end: string; countries: string[] } | null {
  if (plan.start !== null || plan.whenText !== null || (plan.kind !== 'visit' && plan.kind !== 'meeting')) return null;
  const at = plan.provenance.evidence.start;
  let trip: PlannedEvent | null = null;
  for (const other of plans) {
    if (other === plan || other.kind !== 'visit' || other.start === null || other.end === null) continue;
    const gap = at - other.provenance.evidence.end;
    if (gap < 0 || gap > TRIP_LEG_MAX_GAP) continue;
    if (dayNumber(other.end) - dayNumber(other.start) > TRIP_MAX_DAYS) continue;
    if (trip === null || other.provenance.evidence.end > trip.provenance.evidence.end) trip = other;
  }
  if (trip === null) return null;
  const tripCountries = new Set([...trip.countries.filter(isCountryCode), visitDestination(trip.evidence)].filter((c): c is string => c !== null));
  if (tripCountries.size === 0) return null;
  const goesTo = [...plan.countries.filter(isCountryCode), visitDestination(plan.evidence), findPlaces(plan.evidence)[0]?.country ?? null].filter((c): c is string => c !== null);
  if (goesTo.some((c) => !tripCountries.has(c))) return null;
  return { start: trip.start as string, end: trip.end as string, countries: [...new Set([...plan.countries, ...tripCountries])].sort() };
}

/** Something a later document shows to have happened. */
export interface HeldCandidate {
  /** `${docKey}#${meetingIndex}` for a meeting, `${docKey}#ref${index}` for a past reference. */
  readonly id: string;
  readonly docKey: string;
  readonly source: 'meeting' | 'past-reference';
  /** The meeting side when `source` is `meeting`. */
  readonly meeting: MeetingSide | null;
  /** When it happened (inclusive ISO dates); null when nothing dates it. */
  readonly window: DateWindow | null;
  /** The document's reference date: a past reference happened before it. */
  readonly reportedOn: string | null;
  readonly kind: PlanKind | null;
  readonly level: Level | null;
  readonly countries: readonly string[];
  readonly people: readonly Participant[] | readonly string[];
  /**
   * Normalised place name and its country, when known. `inferred` when the record gives no place and it was taken
   * from the document text (the first city of one of the meeting's countries named in an in-person readout).
   */
  readonly place: { readonly name: string; readonly country: string | null; readonly inferred: boolean } | null;
  /** Organisations the occasion names ("APEC Economic Leaders' Meeting" -> APEC): a plan "on the occasion of APEC". */
  readonly occasionOrganisations: readonly string[];
  /** Distinctive words of its description (for text agreement). */
  readonly words: readonly string[];
  /** The words that show it happened. */
  readonly evidence: readonly Evidence[];
}

/**
 * The held candidates of a document: each meeting it reports, and each past reference it makes. A past reference's
 * time is read from its own words, resolved backwards from the document's reference date ("in April" in a July
 * readout is April of that year; "last year" the previous year); its countries are those it names, else the
 * document's meeting countries (a "Summit Meeting" in a Japan–Russia readout is a Japan–Russia summit).
 */
export function heldCandidatesOf(doc: LinkDocument): HeldCandidate[] {
  const out: HeldCandidate[] = [];
  const reportedOn = referenceDateOf(doc);
  // The places named in the whole text, found once for all the meetings that infer theirs from it.
  let textPlaces: readonly PlaceMention[] | undefined;
  const placesOfText = (): readonly PlaceMention[] => (textPlaces ??= findPlaces(doc.record.text ?? ''));
  for (const side of meetingSidesOf(doc)) {
    const m = side.meeting;
    const place = m.place !== null ? { name: normalisePlace(m.place), country: placeCountry(m.place), inferred: false } : inferPlace(side, doc.record.text, placesOfText);
    out.push({
      id: side.id,
      docKey: doc.key,
      source: 'meeting',
      meeting: side,
      window: side.window,
      reportedOn,
      kind: 'meeting',
      level: m.level,
      countries: m.countries,
      people: m.participants,
      place,
      occasionOrganisations: m.occasion === null ? [] : findCountries(m.occasion).map((c) => c.code).filter(isOrganisationCode),
      words: distinctiveWords(`${m.occasion ?? ''} ${doc.record.title ?? ''}`, m.participants.map((q) => q.name)),
      evidence: meetingEvidence(m),
    });
  }
  const context = [...new Set(doc.record.meetings.flatMap((m) => m.countries))].sort();
  doc.record.pastReferences.forEach((ref, index) => {
    const text = ref.evidence;
    let window: DateWindow | null = null;
    if (reportedOn !== null) {
      const time = findTimeExpressions(text, reportedOn).find((t) => t.pastStart !== null);
      if (time !== undefined && time.pastStart !== null) {
        const end = time.pastEnd ?? reportedOn;
        window = { start: time.pastStart, end: end > reportedOn ? reportedOn : end, source: 'text' };
      }
    }
    const named = [...new Set(findCountries(text).map((c) => c.code))];
    const places = findPlaces(text);
    const firstPlace = places[0];
    const place = firstPlace === undefined ? null : { name: normalisePlace(firstPlace.name), country: firstPlace.country, inferred: false };
    const countries = named.length > 0 ? [...new Set([...named, ...(named.every((c) => context.includes(c)) ? context : [])])].sort() : context;
    out.push({
      id: `${doc.key}#ref${index}`,
      docKey: doc.key,
      source: 'past-reference',
      meeting: null,
      window,
      reportedOn,
      kind: kindOfText(text),
      level: levelOfText(text),
      countries,
      people: capitalisedWords(text),
      place,
      occasionOrganisations: named.filter(isOrganisationCode),
      words: distinctiveWords(text, []),
      evidence: [ref.provenance.evidence],
    });
  });
  return out;
}

/** The words that show a meeting happened: its date, its place and its participants' names. */
function meetingEvidence(m: Meeting): Evidence[] {
  return [m.provenance.date, m.provenance.place, ...m.participants.map((p) => p.provenance.name)].filter((e): e is Evidence => e !== null);
}

/**
 * A held candidate as stored: its JSON without what a meeting's candidate repeats from its meeting (`people` are the
 * meeting's participants, `evidence` follows from the meeting's provenance), which {@link parseHeldCandidate} puts
 * back. About half of a meeting candidate's JSON, and candidates were a quarter of a knowledge base's bytes.
 */
export function serializeHeldCandidate(candidate: HeldCandidate): string {
  if (candidate.source !== 'meeting') return JSON.stringify(candidate);
  return JSON.stringify({ ...candidate, people: undefined, evidence: undefined });
}

/** A held candidate from its stored JSON ({@link serializeHeldCandidate}; JSON with every field is read as is). */
export function parseHeldCandidate(json: string): HeldCandidate {
  const parsed = JSON.parse(json) as Omit<HeldCandidate, 'people' | 'evidence'> & Partial<Pick<HeldCandidate, 'people' | 'evidence'>>;
  if (parsed.meeting === null || (parsed.people !== undefined && parsed.evidence !== undefined)) return parsed as HeldCandidate;
  const m = parsed.meeting.meeting;
  return { ...parsed, people: parsed.people ?? m.participants, evidence: parsed.evidence ?? meetingEvidence(m) };
}

/** A place named in a text. */
type PlaceMention = ReturnType<typeof findPlaces>[number];

/** Held candidates are indexed by at most this many days (a vaguer past reference counts from its last year). */
export const HELD_CANDIDATE_MAX_SPAN_DAYS = 400;

/** The key documents are given when their held candidates are computed before they have one (see {@link precomputeHeldCandidates}). */
const UNBOUND_KEY = '\u0001doc';
/** How that key starts a string in JSON. */
const UNBOUND_KEY_JSON = JSON.stringify(UNBOUND_KEY).slice(0, -1);

/** A held candidate computed before its document had a key (in an extraction worker), as JSON with a placeholder key. */
export interface UnboundHeldCandidate {
  /** The index of its meeting in the record, or null for a past reference. */
  readonly meetingIndex: number | null;
  /** The index of its past reference, or null for a meeting. */
  readonly refIndex: number | null;
  /** See {@link heldCandidateDays}. */
  readonly at: { readonly from: string; readonly to: string } | null;
  readonly countries: readonly string[];
  /** `JSON.stringify(HeldCandidate)` with a placeholder key: {@link bindHeldCandidate} puts the document's key in. */
  readonly json: string;
}

/**
 * `heldCandidatesOf` for a document whose key is not known yet (it is computed where the record is extracted, off
 * the writing thread): each candidate's JSON with a placeholder key, and what a store indexes it by.
 */
export function precomputeHeldCandidates(doc: Omit<LinkDocument, 'key'>, maxSpanDays: number): UnboundHeldCandidate[] {
  return heldCandidatesOf({ ...doc, key: UNBOUND_KEY }).map((candidate) => {
    const ref = candidate.source === 'past-reference' ? Number(candidate.id.slice(candidate.id.lastIndexOf('#ref') + 4)) : null;
    return {
      meetingIndex: candidate.meeting?.meetingIndex ?? null,
      refIndex: ref,
      at: heldCandidateDays(candidate, maxSpanDays),
      countries: candidate.countries,
      json: serializeHeldCandidate(candidate),
    };
  });
}

/** The JSON of an unbound held candidate with document key `key` (as `heldCandidatesOf` would give it for that key). */
export function bindHeldCandidate(json: string, key: string): string {
  return json.split(UNBOUND_KEY_JSON).join(JSON.stringify(key).slice(0, -1));
}

/**
 * The days a candidate happened in, for an index: its window (clipped to its last `maxSpanDays` days), else the day
 * its document reports it; null when neither is known (it can hold nothing).
 */
export function heldCandidateDays(candidate: Pick<HeldCandidate, 'window' | 'reportedOn'>, maxSpanDays: number): { from: string; to: string } | null {
  const to = candidate.window?.end ?? candidate.reportedOn;
  const from = candidate.window?.start ?? candidate.reportedOn;
  if (to === null || from === null) return null;
  const earliest = addDaysIso(to, -maxSpanDays);
  return { from: from < earliest ? earliest : from, to };
}

/** A field on which a plan and a held candidate agree, with the evidence of both. */
export interface FollowUpAgreement {
  readonly field: 'interval' | 'kind' | 'countries' | 'people' | 'place' | 'level' | 'text';
  readonly note: string;
  readonly plan: readonly Evidence[];
  readonly held: readonly Evidence[];
}

/** A plan matched to the candidate that shows it was held, with the explanation. */
export interface FollowUpMatch {
  readonly planId: string;
  readonly candidate: HeldCandidate;
  readonly score: number;
  readonly matched: readonly FollowUpAgreement[];
  /** The evidence that it happened (the candidate's). */
  readonly heldEvidence: readonly Evidence[];
}

/** Days of slack around a plan's interval: time zones, and a week for approximate times ("around September 23rd"). */
const SLACK_DAYS = 1;
const APPROXIMATE_SLACK_DAYS = 7;
/** A plan without a time may be held up to this many days after its announcement. */
const UNDATED_HORIZON_DAYS = 400;
/** Lowest score of an accepted match. */
const MIN_SCORE = 3;

/**
 * Scores how well `candidate` shows that `plan` was held; null when it cannot (a hard rule fails or the agreement is
 * too weak).
 *
 * Hard rules: the candidate happened after the plan was announced (its window ends after the announcement date) and
 * is not another report of the meeting the plan was announced at; kinds are compatible (a survey is not held by a
 * summit); the plan's named countries (organisations aside) are among the candidate's; a visit's destination is not
 * contradicted by the candidate's place; a level implied by the plan ("summit", "vice-ministerial") is not
 * contradicted; a named person of the plan is not absent from a candidate whose participants of that country are
 * named. Time: a plan with an interval needs a candidate window overlapping it, with one day of slack (a week when
 * approximate; an open end has no limit); a plan without a time needs a candidate within 400 days of the announcement
 * and a specific agreement (a person, the place, the destination country, or two distinctive words).
 */
export function scoreFollowUp(plan: PlanSide, candidate: HeldCandidate): FollowUpMatch | null {
  const p = plan.plan;
  if (candidate.docKey === plan.docKey) return null;
  if (plan.announced === null) return null;
  const announced = dayNumber(plan.announced);
  const matched: FollowUpAgreement[] = [];
  const planEvidence = [p.provenance.evidence];
  let score = 0;
  let specific = false;

  // Time: strictly after the announcement.
  const window = candidate.window;
  if (window === null) {
    if (candidate.reportedOn === null || dayNumber(candidate.reportedOn) <= announced) return null;
  } else if (dayNumber(window.end) <= announced) {
    return null;
  }

  const kindOk = compatibleKinds(p.kind, candidate.kind);
  if (!kindOk) return null;
  // A call does not hold a planned visit or meeting unless the plan was a call.
  const mode = candidate.meeting?.meeting.mode;
  if (mode === 'telephone' && !/\b(?:tele)?phone|\bcall\b|\btalks? by phone/i.test(p.evidence)) return null;
  if (mode === 'video' && !/\bvideo|\bvirtual|\bonline|\bremote/i.test(p.evidence)) return null;
  matched.push({ field: 'kind', note: `${p.kind} ~ ${candidate.kind ?? 'unknown'}`, plan: [p.provenance.kind], held: [] });

  if (p.start !== null) {
    if (window === null) return null;
    const ws = dayNumber(window.start);
    const we = dayNumber(window.end);
    // Slack is for a dated event near the edge (time zones, "around"), not for a month or year touching the edge.
    const slack = we - ws > 2 ? 0 : p.approximate ? APPROXIMATE_SLACK_DAYS : SLACK_DAYS;
    const from = dayNumber(p.start) - slack;
    const to = p.end === null ? Number.POSITIVE_INFINITY : dayNumber(p.end) + slack;
    if (we < from || ws > to) return null;
    const inside = ws >= dayNumber(p.start) && (p.end === null || we <= dayNumber(p.end));
    const width = we - ws;
    score += inside ? (width <= 2 ? 4 : width <= 31 ? 3 : 2) : 1;
    matched.push({ field: 'interval', note: `${window.start}..${window.end} ${inside ? 'within' : 'overlaps'} ${p.start}..${p.end ?? 'open'}`, plan: p.provenance.when === null ? [] : [p.provenance.when], held: candidate.evidence.slice(0, 1) });
  } else {
    const at = window !== null ? dayNumber(window.start) : dayNumber(candidate.reportedOn as string);
    if (at - announced > UNDATED_HORIZON_DAYS) return null;
  }

  // Countries.
  const planCountries = p.countries.filter(isCountryCode);
  if (!planCountries.every((c) => candidate.countries.includes(c))) return null;
  // An organisation in the plan is a side of it ("ASEAN-Japan Ministerial") or its occasion ("at APEC").
  const organisations = p.countries.filter(isOrganisationCode);
  if (!organisations.every((c) => candidate.countries.includes(c) || candidate.occasionOrganisations.includes(c))) return null;
  if (organisations.length > 0) {
    score += 1;
    matched.push({ field: 'countries', note: organisations.join('-'), plan: planEvidence, held: [] });
  }
  const dyad = featuresOf(plan).dyad;
  const sharedDyad = dyad.filter((c) => candidate.countries.includes(c));
  if (dyad.length >= 2 && sharedDyad.length < 2) return null;
  if (sharedDyad.length > 0) {
    score += 1;
    matched.push({ field: 'countries', note: sharedDyad.join('-'), plan: planEvidence, held: [] });
  }

  // Destination and place.
  const { place: planPlace, destination, level: planLevel, people, words: planWords } = featuresOf(plan);
  if (candidate.place !== null) {
    if (planPlace !== undefined) {
      if (normalisePlace(planPlace.name) === candidate.place.name) {
        score += 3;
        specific = true;
        matched.push({ field: 'place', note: planPlace.name, plan: planEvidence, held: candidate.evidence });
      } else if (planPlace.country !== null && candidate.place.country !== null && planPlace.country !== candidate.place.country) {
        return null;
      }
    }
    if (destination !== null && candidate.place.country !== null) {
      if (candidate.place.country !== destination) return null;
      score += 2;
      specific = true;
      matched.push({ field: 'place', note: `visit to ${destination}: held in ${candidate.place.name}${candidate.place.inferred ? ' (named in its text)' : ''}`, plan: planEvidence, held: candidate.evidence });
    }
  }

  // Level.
  if (planLevel !== null && candidate.level !== null && candidate.level !== 'other') {
    if (planLevel !== candidate.level) return null;
    score += 1;
    matched.push({ field: 'level', note: planLevel, plan: planEvidence, held: [] });
  }

  // People.
  for (const person of people) {
    const found = personIn(person, candidate);
    if (found === true) {
      score += 2;
      specific = true;
      matched.push({ field: 'people', note: person.name, plan: planEvidence, held: candidate.evidence });
    } else if (found === false) {
      return null;
    }
  }

  // Text.
  const shared = planWords.filter((w) => candidate.words.includes(w));
  if (shared.length > 0) {
    score += shared.length >= 2 ? 2 : 1;
    if (shared.length >= 2) specific = true;
    matched.push({ field: 'text', note: shared.join(' '), plan: planEvidence, held: candidate.evidence });
  }

  if (p.start === null && !specific) return null;
  if (candidate.window === null && !specific) return null;
  if (score < MIN_SCORE) return null;
  // Last, being the costliest hard rule: another report of the meeting the plan was announced at never holds it.
  if (candidate.meeting !== null && plan.announcedAt.some((side) => compareMeetings(side, candidate.meeting as MeetingSide).same)) return null;
  return { planId: plan.id, candidate, score, matched, heldEvidence: candidate.evidence };
}

/**
 * Every candidate that shows `plan` was held, best first. Linear in the candidates: a store should pass only
 * candidates dated after the announcement (and, for plans with a time, near the interval) that share a country
 * with the plan's document.
 *
 * Order: descending score, then dated candidates before undated
 * ones, then the earliest (a plan is held by the first event that fulfils it), then candidate id.
 */
export function rankFollowUps(plan: PlanSide, candidates: readonly HeldCandidate[]): FollowUpMatch[] {
  const matches: FollowUpMatch[] = [];
  for (const candidate of candidates) {
    const match = scoreFollowUp(plan, candidate);
    if (match !== null) matches.push(match);
  }
  return matches.sort((x, y) => compareFollowUpRanks(followUpRank(x), followUpRank(y)));
}

/** What orders two matches of one plan (see {@link rankFollowUps}); small enough to store with a link. */
export interface FollowUpRank {
  readonly score: number;
  /** True unless the candidate is a meeting with a date of its own. */
  readonly undated: boolean;
  /** When it happened: its window's start, else its document's date; `9999` when neither. */
  readonly at: string;
  /** The candidate id. */
  readonly id: string;
}

/** The rank of a match. */
export function followUpRank(match: FollowUpMatch): FollowUpRank {
  const c = match.candidate;
  return { score: match.score, undated: c.source !== 'meeting' || c.meeting?.meeting.date == null, at: c.window?.start ?? c.reportedOn ?? '9999', id: c.id };
}

/**
 * Negative when `x` is the better match: higher score, then a dated meeting before anything else, then the earlier
 * (a plan is held by the first event that fulfils it), then the smaller candidate id.
 */
export function compareFollowUpRanks(x: FollowUpRank, y: FollowUpRank): number {
  return y.score - x.score || Number(x.undated) - Number(y.undated) || x.at.localeCompare(y.at) || x.id.localeCompare(y.id);
}

/** The longest a plan without an end ("from October onwards") is looked for after its start, in days. */
export const OPEN_END_HORIZON_DAYS = 730;

/**
 * Where the events that may hold `plan` lie, for a store's indexed lookup: the sides a holding event must include
 * (`sides`: the plan's dyad, see {@link scoreFollowUp}; may be empty when the plan names no country and was announced
 * at a multilateral meeting) and the days `[from, to]` its window must overlap. Every candidate {@link scoreFollowUp}
 * accepts lies there, except after {@link OPEN_END_HORIZON_DAYS} for open-ended plans. Null when nothing can hold the
 * plan (no announcement date).
 */
export function followUpWindow(plan: PlanSide): { readonly sides: readonly string[]; readonly from: string; readonly to: string } | null {
  if (plan.announced === null) return null;
  const p = plan.plan;
  const sides = featuresOf(plan).dyad;
  if (p.start !== null) {
    const from = addDaysIso(p.start, -APPROXIMATE_SLACK_DAYS);
    const to = p.end === null ? addDaysIso(p.start, OPEN_END_HORIZON_DAYS) : addDaysIso(p.end, APPROXIMATE_SLACK_DAYS);
    return { sides, from: from < plan.announced ? plan.announced : from, to: to < plan.announced ? plan.announced : to };
  }
  return { sides, from: plan.announced, to: addDaysIso(plan.announced, UNDATED_HORIZON_DAYS) };
}

/** The best candidate showing `plan` was held (see {@link rankFollowUps}); null when none does. */
export function matchFollowUp(plan: PlanSide, candidates: readonly HeldCandidate[]): FollowUpMatch | null {
  return rankFollowUps(plan, candidates)[0] ?? null;
}

/** Where a planned event stands. */
export type FollowUpStatus = 'held' | 'overdue' | 'pending';

/**
 * The status of `plan` as of `asOf` (ISO date):
 * - `held` when `heldMatch` is not null;
 * - `overdue` when its interval ended before `asOf` with no match (the end, or the start of a point interval);
 * - `pending` otherwise: the interval has not ended, or it is open-ended ("from October onwards"), or the plan has
 *   no time ("promptly", "at an early date", none given) — such vague plans stay pending, since nothing says when
 *   they would be late.
 */
export function followUpStatus(plan: Pick<PlannedEvent, 'start' | 'end'>, heldMatch: FollowUpMatch | null, asOf: string): FollowUpStatus {
  if (heldMatch !== null) return 'held';
  // A point interval has end === start; an open-ended one (end null) never becomes overdue.
  if (plan.end !== null && plan.end < asOf) return 'overdue';
  return 'pending';
}

/** What scoring reads from a plan's words, computed once per plan side. */
interface PlanFeatures {
  readonly place: { readonly name: string; readonly country: string | null } | undefined;
  readonly destination: string | null;
  readonly level: Level | null;
  readonly people: readonly { name: string; country: string | null }[];
  readonly words: readonly string[];
  readonly dyad: readonly string[];
}

const FEATURES = new WeakMap<PlanSide, PlanFeatures>();

function featuresOf(plan: PlanSide): PlanFeatures {
  let features = FEATURES.get(plan);
  if (features === undefined) {
    const p = plan.plan;
    features = {
      place: findPlaces(p.evidence)[0],
      destination: p.kind === 'visit' ? visitDestination(p.evidence) : null,
      level: levelOfText(p.evidence) ?? levelOfPeople(p.people, plan.contextParticipants) ?? levelOfAnnouncement(plan),
      people: planPeople(plan),
      words: distinctiveWords(`${p.what} ${p.evidence}`, p.people),
      dyad: planDyad(plan),
    };
    FEATURES.set(plan, features);
  }
  return features;
}

function compatibleKinds(plan: PlanKind, held: PlanKind | null): boolean {
  // A past reference that names no kind of event ("the earthquake", "a nuclear test") holds nothing.
  if (held === null) return false;
  const talks: readonly PlanKind[] = ['meeting', 'visit', 'dialogue'];
  if (talks.includes(plan) && talks.includes(held)) return true;
  return plan === held;
}

/** The countries the plan is between: its own, its people's, and the document's meeting countries when they fit. */
function planDyad(plan: PlanSide): string[] {
  const own = plan.plan.countries.filter(isCountryCode);
  const peopleCountries = planPeople(plan).map((p) => p.country).filter((c): c is string => c !== null);
  const known = [...new Set([...own, ...peopleCountries])];
  const context = plan.contextCountries.filter(isCountryCode);
  // A plan announced in a bilateral meeting is, unless it names other countries, between the same two.
  if (context.length === 2 && known.every((c) => context.includes(c))) return context;
  return known.sort();
}

/** The plan's people with their countries, taken from the document's participants when the plan names them. */
function planPeople(plan: PlanSide): Participant[] | { name: string; country: string | null }[] {
  return plan.plan.people.map((name) => {
    const known = plan.contextParticipants.find((p) => matchPerson({ name, country: null }, p) !== null);
    return { name: known?.name ?? name, country: known?.country ?? null };
  });
}

/**
 * Whether `person` is among the candidate's people: true when found; false when the candidate names participants
 * of that person's country (or any, when the country is unknown) and the person is not among them; null when the
 * candidate cannot tell (a past reference that names nobody).
 */
function personIn(person: { name: string; country: string | null }, candidate: HeldCandidate): boolean | null {
  if (candidate.source === 'meeting') {
    const participants = candidate.people as readonly Participant[];
    if (participants.some((q) => matchPerson(person, q) !== null)) return true;
    const sameCountry = participants.filter((q) => person.country !== null && q.country === person.country);
    return sameCountry.length > 0 ? false : null;
  }
  const words = new Set((candidate.people as readonly string[]).map((w) => foldCase(w)));
  const family = nameParts(person.name).words;
  return family.some((w) => words.has(w)) ? true : null;
}

/**
 * For an in-person meeting whose record gives no place: the first city named in the text that lies in one of the
 * meeting's countries ("visited Sochi in the Russian Federation"); null when there is no text or no such city.
 */
function inferPlace(side: MeetingSide, text: string | undefined, placesOfText: () => readonly PlaceMention[]): HeldCandidate['place'] {
  if (text === undefined || side.meeting.mode !== 'in-person') return null;
  const place = placesOfText().find((q) => q.country !== null && side.meeting.countries.includes(q.country));
  return place === undefined ? null : { name: normalisePlace(place.name), country: place.country, inferred: true };
}

function placeCountry(name: string): string | null {
  return findPlaces(name)[0]?.country ?? null;
}

/** The country a visit goes to: the first country or place named right after "visit(s) (to)" or "to". */
function visitDestination(text: string): string | null {
  const match = /\bvisit(?:s|ed|ing)?\b(?:\s+(?:by\s+[^,;]*?\s+)?to)?\s+(.{0,60})/iu.exec(text) ?? /\bto\s+(.{0,40})/u.exec(text);
  const tail = match?.[1];
  if (tail === undefined) return null;
  const country = findCountries(tail).find((c) => isCountryCode(c.code));
  const place = findPlaces(tail)[0];
  if (country !== undefined && (place === undefined || country.span[0] <= place.span[0])) return country.code;
  return place?.country ?? null;
}

const LEVEL_WORDS: readonly (readonly [RegExp, Level])[] = [
  [/\bvice[- ]?minist/i, 'vice-minister'],
  [/\b(?:director[- ]general|working group|senior officials?|expert[- ]level)\b/i, 'senior-official'],
  [/\bforeign minist|\bforeign and defen[cs]e minist|\b2\s*\+\s*2\b/i, 'foreign-minister'],
  [/\bsummit\b|\bleaders?[’']?\s+(?:meeting|talks?|dialogue)\b|\bprime minister\b|\bpresident\b/i, 'leader'],
];

/** The level a text implies ("summit" -> leader, "vice-ministerial" -> vice-minister); null when it does not say. */
function levelOfText(text: string): Level | null {
  for (const [pattern, level] of LEVEL_WORDS) if (pattern.test(text)) return level;
  return null;
}

/** The level implied by the plan's people: leaders when their titles in the document are leaders' titles. */
function levelOfPeople(people: readonly string[], context: readonly Participant[]): Level | null {
  for (const name of people) {
    const known = context.find((p) => matchPerson({ name, country: null }, p) !== null);
    const level = known?.title === null || known === undefined ? null : levelOfText(known.title);
    if (level !== null) return level;
  }
  return null;
}

/**
 * The level of a plan that names no person, from the meeting it was announced at: a visit announced at a leaders'
 * meeting ("your visit to Japan", "a visit to Russia at an early date"), or a meeting the speakers announce as their
 * own ("my next meeting with you"), is the leaders' own. Null when the plan names someone (their title decides), or
 * when the announcing meetings are not all at leader level.
 */
function levelOfAnnouncement(plan: PlanSide): Level | null {
  const p = plan.plan;
  if (p.people.length > 0 || plan.announcedAt.length === 0) return null;
  if (p.kind !== 'visit' && !(p.kind === 'meeting' && /\b(?:your|my|our)\b/i.test(p.evidence))) return null;
  return plan.announcedAt.every((side) => side.meeting.level === 'leader') ? 'leader' : null;
}

function kindOfText(text: string): PlanKind | null {
  if (/\bsurvey/i.test(text)) return 'survey';
  if (/\bsign(?:ing|ed)\b/i.test(text)) return 'signing';
  if (/\bmission\b/i.test(text)) return 'mission';
  if (/\bvisit/i.test(text)) return 'visit';
  if (/\b(?:dialogue|consultations?)\b/i.test(text)) return 'dialogue';
  if (/\b(?:summit|meeting|talks|discussions|met|conference|ministerial|call)\b/i.test(text)) return 'meeting';
  return null;
}

/** Capitalised words of a text (candidate name words), folded. */
function capitalisedWords(text: string): string[] {
  return (text.match(/\p{Lu}[\p{L}\p{M}'’-]+/gu) ?? []).map((w) => foldWord(w.replace(/['’]s$/, '')));
}

const COMMON_WORDS = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'with', 'by', 'from', 'that', 'which', 'will', 'be',
  'is', 'was', 'held', 'hold', 'take', 'place', 'scheduled', 'planned', 'next', 'this', 'last', 'year', 'month', 'week',
  'meeting', 'meetings', 'visit', 'visits', 'his', 'her', 'their', 'its', 'our', 'your', 'my', 'both', 'two', 'sides',
  'between', 'minister', 'ministers', 'president', 'prime', 'mr', 'ms', 'h', 'e', 'talks', 'upcoming',
  'coming', 'also', 'would', 'shall', 'be', 'been', 'as', 'such', 'about', 'early', 'late', 'mid', 'end', 'beginning',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'spring', 'summer', 'autumn', 'winter', 'today', 'tomorrow', 'yesterday', 'there', 'here', 'these', 'those',
]);

/**
 * Lower-case content words of at least four letters that are not function or calendar words, nor country names or
 * demonyms (countries are compared on their own), nor words of `names` (people are compared on their own).
 */
function distinctiveWords(text: string, names: readonly string[]): string[] {
  const nameWords = new Set(names.flatMap((n) => nameParts(n).words));
  // In ASCII text a letter or digit is [A-Za-z0-9].
  const out = new Set<string>();
  for (const w of text.split(ASCII_ONLY.test(text) ? ASCII_WORD_BREAK : WORD_BREAK)) {
    if (w.length < 4 || /^\d+$/.test(w)) continue;
    const folded = foldWord(w);
    // The cheap tests before the country lexicon; a word already kept needs none.
    if (out.has(folded) || COMMON_WORDS.has(folded) || nameWords.has(folded)) continue;
    if (countryOfWord(w) !== null) continue;
    out.add(folded);
  }
  return [...out];
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const WORD_BREAK = /[^\p{L}\p{N}]+/u;
const ASCII_WORD_BREAK = /[^A-Za-z0-9]+/;

/** `foldCase(word)`: for an ASCII word, which has nothing to decompose and no marks, its lower case. */
function foldWord(word: string): string {
  return ASCII_ONLY.test(word) ? word.toLowerCase() : foldCase(word);
}

/** `lookupCountry(word)`, remembered: descriptions repeat the same few thousand words. */
const countryOfWord: (word: string) => string | null = boundedMemo(lookupCountry);
