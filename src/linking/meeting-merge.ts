/**
 * One meeting across sources: decides whether two extracted meetings (from different documents) are the same
 * meeting, explains the decision field by field with the evidence of both sides, and clusters many meetings into
 * merged meetings.
 *
 * Pure functions over stored records: no database, no I/O, no clock.
 */
import type { Evidence, Level, Meeting, Mode, Participant } from '../domain/record.ts';
import { jaccard, labelTokens, normaliseLabel, normalisePlace } from '../eval/text-matching.ts';
import { dayNumber, meetingWindow, publishedOf } from './link-document.ts';
import type { DateWindow, LinkDocument } from './link-document.ts';
import groupingData from './grouping-members.json' with { type: 'json' };
import { sameOfficeHolder } from './office-titles.ts';
import { boundedMemo } from './bounded-memo.ts';
import { findCountries, isOrganisationCode } from '../stages/countries/country-finder.ts';
import { matchPerson } from './person-identity.ts';
import type { PersonMatchKind } from './person-identity.ts';

/** One meeting of one document, with what the merge rules need from its document. */
export interface MeetingSide {
  /** `${docKey}#${meetingIndex}`: unique among the sides of a batch. */
  readonly id: string;
  readonly docKey: string;
  /** Index of the meeting in its record's `meetings`. */
  readonly meetingIndex: number;
  /** The document's published date (metadata, else printed); null when unknown. */
  readonly published: string | null;
  readonly publishedEvidence: Evidence | null;
  readonly publisher: string | null;
  /** The document's title; null when none. Two readouts of one publisher with different titles are two meetings. */
  readonly title: string | null;
  /** The record's meeting; its countries without a grouping code its members' codes make redundant ({@link sidesOfMeeting}). */
  readonly meeting: Meeting;
  /** When the meeting took place: its date, else a window from the published date or URL; null when undated. */
  readonly window: DateWindow | null;
}

const GROUPINGS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries((groupingData as { groupings: Record<string, string[]> }).groupings));

/**
 * A meeting's sides: its countries without the codes that name its forum rather than a side.
 * - A grouping all of whose members are listed too ("AU-IN-JP-QUAD-US" -> "AU-IN-JP-US": the Quad names the forum of
 *   its members' meeting; table in `grouping-members.json`).
 * - An organisation its occasion names, when at least two countries remain and no participant is of that
 *   organisation: Xi and Erdoğan meeting "on the sidelines of the SCO summit" (CN-SCO-TR) is a China–Türkiye meeting.
 *   The UN Secretary-General meeting two leaders at the General Assembly keeps UN: he is a participant of it.
 * Sorted as given; `countries` itself when nothing is dropped.
 */
export function sidesOfMeeting(countries: readonly string[], occasion: string | null = null, participants: readonly Pick<Participant, 'country'>[] = []): readonly string[] {
  const redundant = countries.filter((c) => GROUPINGS.get(c)?.every((m) => countries.includes(m)) === true);
  if (occasion !== null && countries.some(isOrganisationCode)) {
    const forums = organisationsOf(occasion).filter((c) => countries.includes(c) && !participants.some((p) => p.country === c));
    const remaining = countries.filter((c) => !isOrganisationCode(c) && !redundant.includes(c));
    if (forums.length > 0 && remaining.length >= 2) redundant.push(...forums);
  }
  return redundant.length === 0 ? countries : countries.filter((c) => !redundant.includes(c));
}

/** The organisation codes an occasion names ("24th Meeting of ... the Shanghai Cooperation Organization (SCO)" -> SCO). */
const organisationsOf: (occasion: string) => readonly string[] = boundedMemo((occasion) => [...new Set(findCountries(occasion).map((c) => c.code).filter(isOrganisationCode))]);

/**
 * The country keys (sorted codes joined by commas) under which reports of a meeting with sides `countries` (as
 * {@link sidesOfMeeting} gives them) may be stored: their own, with the code of each grouping whose members are all
 * among them, and with each organisation its `occasion` names (another report may list the forum among the sides).
 * A store looking up merge candidates by stored key looks up each.
 */
export function storedCountryKeysOf(countries: readonly string[], occasion: string | null = null): string[] {
  const sides = [...countries].sort();
  const keys = [sides.join(',')];
  for (const [code, members] of GROUPINGS) {
    if (!sides.includes(code) && members.every((m) => sides.includes(m))) keys.push([...sides, code].sort().join(','));
  }
  if (occasion !== null && sides.filter((c) => !isOrganisationCode(c)).length >= 2) {
    for (const code of organisationsOf(occasion)) {
      const key = [...sides, code].sort().join(',');
      if (!sides.includes(code) && !keys.includes(key)) keys.push(key);
    }
  }
  return keys;
}

/** The meeting sides of a document, one per extracted meeting, in record order. */
export function meetingSidesOf(doc: LinkDocument): MeetingSide[] {
  const published = publishedOf(doc);
  return doc.record.meetings.map((recorded, meetingIndex) => {
    const countries = sidesOfMeeting(recorded.countries, recorded.occasion, recorded.participants);
    const meeting = countries === recorded.countries ? recorded : { ...recorded, countries };
    return {
      id: `${doc.key}#${meetingIndex}`,
      docKey: doc.key,
      meetingIndex,
      published,
      publishedEvidence: doc.published !== null && doc.published !== doc.record.published ? null : doc.record.provenance.published,
      publisher: doc.publisher ?? doc.record.publisher,
      title: doc.record.title,
      meeting,
      window: meetingWindow(meeting.date, doc),
    };
  });
}

/** The meeting fields a decision talks about. */
export type MeetingField = 'date' | 'mode' | 'countries' | 'level' | 'participants' | 'place' | 'occasion' | 'durationMinutes' | 'published';

/** A value of one side with the evidence it came from (null evidence: the value had none, e.g. a default mode). */
export interface SideValue {
  readonly sideId: string;
  readonly docKey: string;
  readonly value: string;
  readonly evidence: readonly Evidence[];
}

/** A field on which both sides agree (possibly within a tolerance: `note` says which). */
export interface FieldAgreement {
  readonly field: MeetingField;
  readonly a: SideValue;
  readonly b: SideValue;
  /** E.g. `"1 day apart (time zones)"`, `"name-variant"`; null for an exact agreement. */
  readonly note: string | null;
}

/** A field where both sides have a value and the values differ: both are kept with their sources. */
export interface FieldConflict {
  readonly field: MeetingField;
  readonly a: SideValue;
  readonly b: SideValue;
}

/** Why two sides cannot be one meeting. */
export type BlockerCode =
  | 'same-document'
  | 'same-publisher'
  | 'mode'
  | 'countries'
  | 'date-gap'
  | 'no-date'
  | 'window-disjoint'
  | 'level'
  | 'participants'
  | 'place'
  | 'weak-agreement';

export interface Blocker {
  readonly code: BlockerCode;
  readonly message: string;
}

/** The explained outcome of {@link compareMeetings}. */
export interface MergeDecision {
  /** True when the two sides are judged the same meeting (no blocker). */
  readonly same: boolean;
  /** Strength of the agreement, for ranking candidate merges; 0 when `same` is false. */
  readonly score: number;
  readonly matched: readonly FieldAgreement[];
  readonly conflicts: readonly FieldConflict[];
  /** Empty when `same`. */
  readonly blockers: readonly Blocker[];
  /** Days between the two dates when both are dated; null otherwise. */
  readonly dateGapDays: number | null;
}

/** Days two dates may differ and still be one meeting: local date vs the other capital's date. */
export const DATE_TOLERANCE_DAYS = 1;
/** Widest date window (in days) an undated side may have and still merge. */
const MAX_UNDATED_WINDOW_DAYS = 40;
/** Published dates this close (days) count as agreement. */
const PUBLISHED_CLOSE_DAYS = 2;

/**
 * Decides whether sides `a` and `b` report the same meeting, with an explanation.
 *
 * Blocking rules (any one makes `same` false):
 * - both from the same document (a document's meetings are distinct meetings);
 * - both from one publisher, unless they look like copies of one readout (same title, same published date) or two
 *   pages on one meeting (one meeting date and published date, every side's participants matching);
 * - different mode; different country sets, or fewer than two countries (the other side is not identified);
 * - both dated and more than {@link DATE_TOLERANCE_DAYS} apart;
 * - both levels known, neither `other`, and different (a foreign ministers' talk is not the leaders' summit);
 * - for a country both sides name participants of, no participant of that country matches across the sides
 *   (a leader's bilaterals with two counterparts on one summit day, two calls with different ministers); two
 *   participants match by name (`matchPerson`) or, names aside, by holding one single-holder office of their
 *   country (`sameOfficeHolder`: the Crown Prince, the Foreign Minister), which a misread or unusual spelling keeps;
 * - a side without a meeting date: its window (published date or URL date) must overlap the other's, be at most
 *   40 days wide (two sides dated only by their published dates: published at most a day apart), and the sides must also agree on the place, the participants (every participant of the side
 *   naming fewer, at least one) or the occasion; places must not conflict.
 *
 * Titles, spellings and durations may differ: they are reported as conflicts, never block.
 */
export function compareMeetings(a: MeetingSide, b: MeetingSide): MergeDecision {
  const blockers: Blocker[] = [];
  const matched: FieldAgreement[] = [];
  const conflicts: FieldConflict[] = [];
  const ma = a.meeting;
  const mb = b.meeting;
  let score = 0;

  if (a.docKey === b.docKey) blockers.push({ code: 'same-document', message: 'two meetings of one document are distinct meetings' });
  const publisherBlock = samePublisherBlock(a, b);
  if (publisherBlock !== null) blockers.push({ code: 'same-publisher', message: publisherBlock });

  if (ma.mode !== mb.mode) blockers.push({ code: 'mode', message: `mode ${ma.mode} vs ${mb.mode}` });
  else matched.push(agree('mode', a, b, ma.mode, ev(ma.provenance.mode), ev(mb.provenance.mode), null));

  const ca = ma.countries.join('-');
  const cb = mb.countries.join('-');
  if (ca !== cb) blockers.push({ code: 'countries', message: `countries ${ca || '(none)'} vs ${cb || '(none)'}` });
  else if (ma.countries.length < 2) blockers.push({ code: 'countries', message: `only ${ca || 'no country'} known: the other side of the meeting is not identified` });
  else matched.push(agree('countries', a, b, ca, ma.provenance.countries, mb.provenance.countries, null));

  // Dates.
  let dateGapDays: number | null = null;
  if (ma.date !== null && mb.date !== null) {
    dateGapDays = Math.abs(dayNumber(ma.date) - dayNumber(mb.date));
    if (dateGapDays > DATE_TOLERANCE_DAYS) blockers.push({ code: 'date-gap', message: `dates ${ma.date} and ${mb.date} are ${dateGapDays} days apart` });
    else {
      matched.push(agree('date', a, b, [ma.date, mb.date], ev(ma.provenance.date), ev(mb.provenance.date), dateGapDays === 0 ? null : `${ma.date} vs ${mb.date}: ${dateGapDays} day apart (time zones)`));
      if (dateGapDays > 0) conflicts.push(conflict('date', a, b, ma.date, mb.date, ev(ma.provenance.date), ev(mb.provenance.date)));
      score += dateGapDays === 0 ? 4 : 3;
    }
  }

  // Level.
  if (ma.level !== null && mb.level !== null) {
    if (ma.level === mb.level) {
      matched.push(agree('level', a, b, ma.level, ev(ma.provenance.level), ev(mb.provenance.level), null));
      score += 1;
    } else if (ma.level !== 'other' && mb.level !== 'other') {
      blockers.push({ code: 'level', message: `level ${ma.level} vs ${mb.level}` });
    } else {
      conflicts.push(conflict('level', a, b, ma.level, mb.level, ev(ma.provenance.level), ev(mb.provenance.level)));
    }
  }

  // Participants: matched pairs, and a blocker when a country's named participants share nobody.
  const people = compareParticipants(a, b);
  matched.push(...people.matched);
  score += Math.min(3, people.matched.length);
  for (const country of people.conflictingCountries) {
    blockers.push({ code: 'participants', message: `different participants for ${country}` });
  }

  // Place and occasion.
  let placeAgrees = false;
  if (ma.place !== null && mb.place !== null) {
    if (normalisePlace(ma.place) === normalisePlace(mb.place)) {
      placeAgrees = true;
      matched.push(agree('place', a, b, ma.place, ev(ma.provenance.place), ev(mb.provenance.place), null));
      score += 2;
    } else {
      conflicts.push(conflict('place', a, b, ma.place, mb.place, ev(ma.provenance.place), ev(mb.provenance.place)));
      score -= 1;
    }
  }
  let occasionAgrees = false;
  if (ma.occasion !== null && mb.occasion !== null) {
    if (jaccard(labelTokens(ma.occasion), labelTokens(mb.occasion)) >= 0.5) {
      occasionAgrees = true;
      matched.push(agree('occasion', a, b, [ma.occasion, mb.occasion], ev(ma.provenance.occasion), ev(mb.provenance.occasion), ma.occasion === mb.occasion ? null : `"${mb.occasion}"`));
      score += 1;
    } else {
      conflicts.push(conflict('occasion', a, b, ma.occasion, mb.occasion, ev(ma.provenance.occasion), ev(mb.provenance.occasion)));
    }
  }
  if (ma.durationMinutes !== null && mb.durationMinutes !== null) {
    const va = String(ma.durationMinutes);
    const vb = String(mb.durationMinutes);
    if (va === vb) matched.push(agree('durationMinutes', a, b, va, ma.provenance.durationMinutes, mb.provenance.durationMinutes, null));
    else conflicts.push(conflict('durationMinutes', a, b, va, vb, ma.provenance.durationMinutes, mb.provenance.durationMinutes));
  }
  if (a.published !== null && b.published !== null && Math.abs(dayNumber(a.published) - dayNumber(b.published)) <= PUBLISHED_CLOSE_DAYS) {
    matched.push(agree('published', a, b, [a.published, b.published], ev(a.publishedEvidence), ev(b.publishedEvidence), a.published === b.published ? null : `${a.published} vs ${b.published}`));
    score += 1;
  }

  // A side without a meeting date needs a narrow, overlapping window and strong agreement elsewhere.
  if (ma.date === null || mb.date === null) {
    const wa = a.window;
    const wb = b.window;
    if (wa === null || wb === null) {
      blockers.push({ code: 'no-date', message: 'a side gives no meeting date, published date or dated URL' });
    } else if (dayNumber(wa.start) > dayNumber(wb.end) + DATE_TOLERANCE_DAYS || dayNumber(wb.start) > dayNumber(wa.end) + DATE_TOLERANCE_DAYS) {
      blockers.push({ code: 'window-disjoint', message: `date windows ${wa.start}..${wa.end} and ${wb.start}..${wb.end} do not overlap` });
    } else if (wa.source === 'published' && wb.source === 'published' && a.published !== null && b.published !== null && Math.abs(dayNumber(a.published) - dayNumber(b.published)) > DATE_TOLERANCE_DAYS) {
      blockers.push({ code: 'window-disjoint', message: `neither side gives a meeting date and they were published ${a.published} and ${b.published}` });
    } else {
      const width = Math.max(dayNumber(wa.end) - dayNumber(wa.start), dayNumber(wb.end) - dayNumber(wb.start));
      const allPeople = people.matched.length > 0 && people.matched.length >= Math.min(countNamed(ma.participants), countNamed(mb.participants));
      const support = (placeAgrees ? 1 : 0) + (allPeople ? 1 : 0) + (occasionAgrees ? 1 : 0);
      if (width > MAX_UNDATED_WINDOW_DAYS) blockers.push({ code: 'weak-agreement', message: `undated side: window of ${width} days is too wide` });
      else if (support === 0) blockers.push({ code: 'weak-agreement', message: 'undated side: no agreement on place, participants or occasion' });
      else if (ma.place !== null && mb.place !== null && !placeAgrees) blockers.push({ code: 'place', message: `undated side: places ${ma.place} vs ${mb.place}` });
      else score += 1;
    }
  }

  const same = blockers.length === 0;
  return { same, score: same ? score : 0, matched, conflicts, blockers, dateGapDays };
}

/**
 * A publisher does not issue two different readouts of one meeting: two documents of one publisher are one meeting
 * only when they look like copies of one readout (same title, or no titles, and the same published date: one
 * publisher's same-titled readouts on consecutive days are consecutive calls) — or when they are two pages on one
 * meeting (the Kremlin's "Talks with ..." and "News conference following ... talks", a White House readout and the
 * leaders' joint remarks): differently titled pages of one published date giving one meeting date and naming, for
 * every side, people who match across them.
 * Returns the reason they are not, or null. Publishers are compared as normalised labels.
 */
function samePublisherBlock(a: MeetingSide, b: MeetingSide): string | null {
  if (a.publisher === null || b.publisher === null || normaliseLabel(a.publisher) !== normaliseLabel(b.publisher)) return null;
  if (a.title !== null && b.title !== null && normaliseLabel(a.title) !== normaliseLabel(b.title) && !pagesOfOneMeeting(a, b)) {
    return `two readouts of ${a.publisher} with different titles`;
  }
  if (a.published !== null && b.published !== null && a.published !== b.published) {
    return `two readouts of ${a.publisher} published ${a.published} and ${b.published}`;
  }
  return null;
}

/**
 * Two pages of one publisher on one meeting: the same meeting date, published the same day (when both say), and every
 * side of the meeting has participants named on both pages who match (by name or office).
 */
function pagesOfOneMeeting(a: MeetingSide, b: MeetingSide): boolean {
  const ma = a.meeting;
  const mb = b.meeting;
  if (ma.date === null || ma.date !== mb.date) return false;
  if (a.published !== null && b.published !== null && a.published !== b.published) return false;
  if (ma.countries.length < 2 || ma.countries.join('-') !== mb.countries.join('-')) return false;
  return ma.countries.every((country) => {
    const pa = ma.participants.filter((p) => p.country === country);
    const pb = mb.participants.filter((p) => p.country === country);
    return pa.some((x) => pb.some((y) => matchPerson(x, y) !== null || sameOfficeHolder(x, y)));
  });
}

function countNamed(participants: readonly Participant[]): number {
  return participants.filter((p) => p.name.trim() !== '').length;
}

/** Participant agreements, and the countries for which both sides name people but none of them match. */
function compareParticipants(a: MeetingSide, b: MeetingSide): { matched: FieldAgreement[]; conflictingCountries: string[] } {
  const matched: FieldAgreement[] = [];
  const usedB = new Set<number>();
  a.meeting.participants.forEach((pa) => {
    let best: { index: number; kind: PersonMatchKind | 'same-office' } | null = null;
    b.meeting.participants.forEach((pb, index) => {
      if (usedB.has(index) || best !== null) return;
      const match = matchPerson(pa, pb);
      if (match !== null) best = { index, kind: match.kind };
    });
    // Names that do not match may still be one person: the holder of one office on one day.
    if (best === null) {
      b.meeting.participants.forEach((pb, index) => {
        if (!usedB.has(index) && best === null && sameOfficeHolder(pa, pb)) best = { index, kind: 'same-office' };
      });
    }
    if (best === null) return;
    const { index, kind } = best as { index: number; kind: PersonMatchKind | 'same-office' };
    const pb = b.meeting.participants[index] as Participant;
    usedB.add(index);
    const note = kind === 'same-key' ? null : kind === 'same-office' ? `${pb.name} (same office: ${pa.title ?? ''} / ${pb.title ?? ''})` : `${pb.name} (${kind})`;
    matched.push(agree('participants', a, b, [pa.name, pb.name], [pa.provenance.name], [pb.provenance.name], note));
  });
  const conflictingCountries: string[] = [];
  const countries = new Set(a.meeting.participants.map((p) => p.country).filter((c): c is string => c !== null));
  for (const country of [...countries].sort()) {
    const pa = a.meeting.participants.filter((p) => p.country === country);
    const pb = b.meeting.participants.filter((p) => p.country === country);
    if (pa.length === 0 || pb.length === 0) continue;
    if (!pa.some((x) => pb.some((y) => matchPerson(x, y) !== null || sameOfficeHolder(x, y)))) conflictingCountries.push(country);
  }
  return { matched, conflictingCountries };
}

function ev(evidence: Evidence | null): readonly Evidence[] {
  return evidence === null ? [] : [evidence];
}

function agree(field: MeetingField, a: MeetingSide, b: MeetingSide, value: string | readonly [string, string], ea: readonly Evidence[], eb: readonly Evidence[], note: string | null): FieldAgreement {
  const [va, vb] = typeof value === 'string' ? [value, value] : value;
  return { field, a: { sideId: a.id, docKey: a.docKey, value: va, evidence: ea }, b: { sideId: b.id, docKey: b.docKey, value: vb, evidence: eb }, note };
}

function conflict(field: MeetingField, a: MeetingSide, b: MeetingSide, va: string, vb: string, ea: readonly Evidence[], eb: readonly Evidence[]): FieldConflict {
  return { field, a: { sideId: a.id, docKey: a.docKey, value: va, evidence: ea }, b: { sideId: b.id, docKey: b.docKey, value: vb, evidence: eb } };
}

/** One value of a merged field and every side that gives it, with that side's evidence. */
export interface MergedValue {
  readonly value: string;
  readonly sources: readonly SideValue[];
}

/** A field of a merged meeting: every distinct value with its sources; `conflict` when there are several. */
export interface MergedField {
  readonly field: Exclude<MeetingField, 'published'>;
  readonly values: readonly MergedValue[];
  readonly conflict: boolean;
}

/** A person of a merged meeting, with the name as each source writes it. */
export interface MergedParticipant {
  /** The longest name given. */
  readonly name: string;
  readonly country: string | null;
  readonly sources: readonly SideValue[];
}

/** A merge that joined two sides, with its explanation. */
export interface MergeLink {
  readonly a: string;
  readonly b: string;
  readonly decision: MergeDecision;
}

/** One meeting with its sources. A meeting reported by one document is a cluster of one side. */
export interface MergedMeeting {
  /** The id of its first side in (date, id) order: stable as long as that side stays. */
  readonly id: string;
  /** Its sides, ordered by date (undated last), then id. */
  readonly sides: readonly MeetingSide[];
  /** The earliest date its sides give; null when none does. */
  readonly date: string | null;
  readonly mode: Mode;
  readonly countries: readonly string[];
  /** The level the sides agree on; with a conflict, the most frequent known level other than `other` (ties: first side). */
  readonly level: Level | null;
  readonly fields: readonly MergedField[];
  readonly participants: readonly MergedParticipant[];
  /** The merges that joined the sides (one fewer than the sides). */
  readonly links: readonly MergeLink[];
}

/**
 * Clusters meeting sides into merged meetings. Deterministic for a given input set (the order of `sides` does not
 * matter).
 *
 * 1. Candidate pairs are compared only within a blocking key (mode and country set, both required to agree) and
 *    within the date tolerance of each other's window (sweep over windows sorted by start); sides with no window
 *    (no meeting date, published date or dated URL) never merge.
 * 2. An undated side whose candidates include two sides that cannot be one meeting (two Abe–Putin meetings in the
 *    month of an undated repost) is ambiguous: it merges with nobody.
 * 3. Greedy best-first, complete-link: pairs are taken by descending score (ties: side ids), and two clusters join
 *    only when every pair across them is compatible (no blocker). So chains cannot drift (11-19 ~ 11-20 ~ 11-21
 *    does not put 11-19 with 11-21), a cluster holds at most one meeting per document, and two bilaterals of one
 *    day never meet in one cluster.
 */
export function clusterMeetings(sides: readonly MeetingSide[]): MergedMeeting[] {
  const ordered = [...sides].sort((x, y) => compareIds(x.id, y.id));
  const blocks = new Map<string, MeetingSide[]>();
  for (const side of ordered) {
    const key = `${side.meeting.mode}|${side.meeting.countries.join('-')}`;
    const block = blocks.get(key);
    if (block === undefined) blocks.set(key, [side]);
    else block.push(side);
  }

  const cache = new Map<string, MergeDecision>();
  const decide = (x: MeetingSide, y: MeetingSide): MergeDecision => {
    const [p, q] = compareIds(x.id, y.id) <= 0 ? [x, y] : [y, x];
    const key = `${p.id}\u0000${q.id}`;
    let decision = cache.get(key);
    if (decision === undefined) {
      decision = compareMeetings(p, q);
      cache.set(key, decision);
    }
    return decision;
  };

  const candidates: { a: MeetingSide; b: MeetingSide; decision: MergeDecision }[] = [];
  for (const block of blocks.values()) {
    const dated = block.filter((s) => s.window !== null).sort((x, y) => (x.window as DateWindow).start.localeCompare((y.window as DateWindow).start) || compareIds(x.id, y.id));
    for (let i = 0; i < dated.length; i += 1) {
      const x = dated[i] as MeetingSide;
      const xEnd = dayNumber((x.window as DateWindow).end);
      for (let j = i + 1; j < dated.length; j += 1) {
        const y = dated[j] as MeetingSide;
        if (dayNumber((y.window as DateWindow).start) > xEnd + DATE_TOLERANCE_DAYS) break;
        const decision = decide(x, y);
        if (decision.same) candidates.push(compareIds(x.id, y.id) <= 0 ? { a: x, b: y, decision } : { a: y, b: x, decision });
      }
    }
  }

  // Ambiguous undated sides merge with nobody.
  const partners = new Map<string, MeetingSide[]>();
  for (const c of candidates) {
    for (const [self, other] of [[c.a, c.b], [c.b, c.a]] as const) {
      if (self.meeting.date !== null) continue;
      const list = partners.get(self.id) ?? [];
      list.push(other);
      partners.set(self.id, list);
    }
  }
  const ambiguous = new Set<string>();
  for (const [id, list] of partners) {
    for (let i = 0; i < list.length && !ambiguous.has(id); i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        if (!decide(list[i] as MeetingSide, list[j] as MeetingSide).same) { ambiguous.add(id); break; }
      }
    }
  }

  const accepted = candidates
    .filter((c) => !ambiguous.has(c.a.id) && !ambiguous.has(c.b.id))
    .sort((x, y) => y.decision.score - x.decision.score || compareIds(x.a.id, y.a.id) || compareIds(x.b.id, y.b.id));

  const clusterOf = new Map<string, number>(ordered.map((s, i) => [s.id, i]));
  const members = new Map<number, MeetingSide[]>(ordered.map((s, i) => [i, [s]]));
  const links = new Map<number, MergeLink[]>(ordered.map((_, i) => [i, []]));
  for (const c of accepted) {
    const ka = clusterOf.get(c.a.id) as number;
    const kb = clusterOf.get(c.b.id) as number;
    if (ka === kb) continue;
    const ma = members.get(ka) as MeetingSide[];
    const mb = members.get(kb) as MeetingSide[];
    if (!ma.every((x) => mb.every((y) => decide(x, y).blockers.length === 0))) continue;
    const [keep, drop] = ka < kb ? [ka, kb] : [kb, ka];
    const merged = [...(members.get(keep) as MeetingSide[]), ...(members.get(drop) as MeetingSide[])];
    members.set(keep, merged);
    members.delete(drop);
    links.set(keep, [...(links.get(keep) as MergeLink[]), ...(links.get(drop) as MergeLink[]), { a: c.a.id, b: c.b.id, decision: c.decision }]);
    links.delete(drop);
    for (const s of merged) clusterOf.set(s.id, keep);
  }

  const out: MergedMeeting[] = [];
  for (const [k, group] of members) out.push(buildMerged(group, links.get(k) ?? []));
  return out.sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999') || compareIds(x.id, y.id));
}

/** Natural ordering of side ids (`doc#2` before `doc#10`). */
function compareIds(x: string, y: string): number {
  return x.localeCompare(y, 'en', { numeric: true });
}

function buildMerged(group: readonly MeetingSide[], links: readonly MergeLink[]): MergedMeeting {
  const sides = [...group].sort((x, y) => (x.meeting.date ?? '9999').localeCompare(y.meeting.date ?? '9999') || compareIds(x.id, y.id));
  const first = sides[0] as MeetingSide;
  const field = (name: MergedField['field'], pick: (s: MeetingSide) => { value: string | null; evidence: readonly Evidence[] }): MergedField => {
    const values: { value: string; sources: SideValue[] }[] = [];
    for (const s of sides) {
      const { value, evidence } = pick(s);
      if (value === null) continue;
      const sv: SideValue = { sideId: s.id, docKey: s.docKey, value, evidence };
      const same = values.find((v) => (name === 'place' ? normalisePlace(v.value) === normalisePlace(value) : v.value === value));
      if (same !== undefined) same.sources.push(sv);
      else values.push({ value, sources: [sv] });
    }
    return { field: name, values, conflict: values.length > 1 };
  };
  const fields: MergedField[] = [
    field('date', (s) => ({ value: s.meeting.date, evidence: ev(s.meeting.provenance.date) })),
    field('mode', (s) => ({ value: s.meeting.mode, evidence: ev(s.meeting.provenance.mode) })),
    field('countries', (s) => ({ value: s.meeting.countries.join('-'), evidence: s.meeting.provenance.countries })),
    field('level', (s) => ({ value: s.meeting.level, evidence: ev(s.meeting.provenance.level) })),
    field('place', (s) => ({ value: s.meeting.place, evidence: ev(s.meeting.provenance.place) })),
    field('occasion', (s) => ({ value: s.meeting.occasion, evidence: ev(s.meeting.provenance.occasion) })),
    field('durationMinutes', (s) => ({ value: s.meeting.durationMinutes === null ? null : String(s.meeting.durationMinutes), evidence: s.meeting.provenance.durationMinutes })),
  ];
  const participants: { name: string; country: string | null; sources: SideValue[] }[] = [];
  for (const s of sides) {
    for (const p of s.meeting.participants) {
      const sv: SideValue = { sideId: s.id, docKey: s.docKey, value: p.name, evidence: [p.provenance.name] };
      const person = participants.find((q) => matchPerson(q, p) !== null);
      if (person === undefined) participants.push({ name: p.name, country: p.country, sources: [sv] });
      else {
        person.sources.push(sv);
        if (p.name.length > person.name.length) person.name = p.name;
        person.country ??= p.country;
      }
    }
  }
  const levels = sides.map((s) => s.meeting.level).filter((l): l is Level => l !== null);
  const specific = levels.filter((l) => l !== 'other');
  const pool = specific.length > 0 ? specific : levels;
  let level: Level | null = null;
  let best = 0;
  for (const l of pool) {
    const n = pool.filter((x) => x === l).length;
    if (n > best) { best = n; level = l; }
  }
  const dates = sides.map((s) => s.meeting.date).filter((d): d is string => d !== null).sort();
  return {
    id: first.id,
    sides,
    date: dates[0] ?? null,
    mode: first.meeting.mode,
    countries: first.meeting.countries,
    level,
    fields,
    participants,
    links,
  };
}
