/**
 * Assembles the meeting the document reports from the lead and the mentions earlier stages found:
 * date, level, mode, sides, principal participants, duration, place, occasion and ordinal, each with its evidence.
 */
import type { CountryMention, PersonMention, TimeExpression } from '../../domain/mentions.ts';
import type { Evidence, Level, Meeting, Mode, Participant } from '../../domain/record.ts';
import type { ExtractionContext, Stage } from '../../pipeline/extraction-context.ts';
import { evidenceAt, inChrome } from '../../pipeline/extraction-context.ts';
import { findDurations, pickDuration } from './duration-extractor.ts';
import type { Lead } from './lead-finder.ts';
import { findLead } from './lead-finder.ts';
import { IN_PERSON_OVERRIDES, LEVEL_NOUNS, OCCASION_CUES, TELEPHONE_CUES, VIDEO_CUES } from './meeting-lexicon.ts';
import { readOrdinal } from './number-words.ts';
import { TITLE_COUNTRIES } from './title-countries.ts';

const TITLE_COUNTRY_RES = TITLE_COUNTRIES.map((t) => ({ re: new RegExp(String.raw`^(?:${t.pattern})$`, 'i'), country: t.country }));
const VIDEO_RE = new RegExp(String.raw`\b(?:${VIDEO_CUES.join('|')})`, 'gi');
const PHONE_RE = new RegExp(String.raw`(?:\b|(?<=’|'))(?:${TELEPHONE_CUES.join('|')})`, 'gi');
const IN_PERSON_RE = new RegExp(String.raw`\b(?:${IN_PERSON_OVERRIDES.join('|')})`, 'gi');
const MET_RE = /\b(?:met|meets|meeting|summit|hosted|visit(?:ed|ing)?|talks\s+in|received)\b/i;
const SPOKE_RE = /^(?:spoke|speaks|talked)\b/i;
const LEVEL_RES = LEVEL_NOUNS.map((n) => ({ re: new RegExp(String.raw`\b(?:${n.pattern})`, 'i'), level: n.level }));
const OCCASION_RE = new RegExp(String.raw`\b(?:${OCCASION_CUES.join('|')})\s+`, 'gi');
/** An event's proper name: capitalised words, numbers, "(ABBR)" groups and a few connectors, ending on a content word. */
const EVENT_NAME_RE = /^(?:the\s+)?((?:(?:[A-Z0-9“"][\w’'“”"+.&-]*|\([^()]{1,60}\)|of|the|and|for|on|de|la|du|des)\s+)*(?:[A-Z0-9“"][\w’'“”"+.&-]*|\([^()]{1,60}\)))(?=\s+in\s+[A-Z]|[\s,.;:)]|$)/;
const EVENT_NOUN_RE = /\b(?:Meetings?|Summit|Assembly|Forum|Conference|Ministerial|Session|Dialogue|Consultations?|Games|Olympics?|Council|Congress|Week|Expo|Festival|Ceremony|Funeral|Inauguration|Visit|Talks|Gathering|Retreat|Convention|COP\d*|Exposition|Exhibition|Symposium)\b/;
const ORDINAL_RE = /\b(?:(?:his|her|their|the|a)\s+(?<ord>\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|twentieth|thirtieth)\s+(?:[\w’'-]+\s+){0,4}?(?:meeting|summit|talks|dialogue|consultations?|round|session)|for\s+the\s+(?<ord2>\d+(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th))\s+time|(?<ord3>[a-z]+(?:st|nd|rd|th)|\d+(?:st|nd|rd|th))\s+time\s+in\s+total)/i;
/** How far past the lead paragraph a video cue still describes the meeting. */
const VIDEO_LOOKAHEAD = 300;
const LIST_INTRO_RE = /\b(?:foreign\s+ministers|ministers|counterparts|leaders|heads\s+of\s+(?:state|government)|delegations|representatives)\s+(?:of|from)\s+/gi;
const PLACE_CUE_RE = /(?:\bin|\bto|\bvisiting|\bvisited|\bvisit\s+to|\bat)\s+(?:the\s+)?$/i;

/** The pipeline stage: at most one meeting per document (the one the readout reports). */
export const meetingStage: Stage = {
  name: 'meeting',
  run(ctx) {
    const lead = findLead(ctx);
    if (!lead) return;
    ctx.meetings = [assembleMeeting(ctx, lead)];
  },
};

function assembleMeeting(ctx: ExtractionContext, lead: Lead): Meeting {
  const { text } = ctx;
  const occasion = findOccasion(text, lead);
  // The occasion's own words ("the U.S.-ASEAN Summit") describe the larger event, not this meeting's sides or rank.
  const windows = leadWindows(lead).flatMap((w) => (occasion ? cut(w, [occasion.evidence.start, occasion.evidence.end]) : [w]));
  const mode = classifyMode(ctx, lead, windows);
  const participants = pickParticipants(ctx, lead);
  const sides = findSides(ctx, lead, windows);
  const assigned = assignCountries(ctx, lead, participants, sides);
  const countries = meetingCountries(assigned.participants, sides, assigned.extra);
  // A government's readout reports a meeting its own side took part in: with one side found, the other is the
  // publisher's, even when its official was not recognised as a person.
  if (countries.length === 1 && ctx.publisher?.country && countries[0]!.code !== ctx.publisher.country) {
    countries.push({ code: ctx.publisher.country, evidence: { ...ctx.publisher.evidence, rule: 'meeting/countries-publisher-side' } });
    countries.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }
  const level = pickLevel(text, assigned.participants, windows);
  const date = pickDate(ctx, lead);
  const duration = pickMeetingDuration(ctx, lead);
  const place = mode.value === 'in-person' ? pickPlace(ctx, lead, occasion) : null;
  const ordinal = findOrdinal(text, lead);
  return {
    date: date?.value ?? null,
    level: level?.value ?? null,
    mode: mode.value,
    countries: countries.map((c) => c.code),
    participants: assigned.participants,
    durationMinutes: duration?.minutes ?? null,
    place: place?.value ?? null,
    occasion: occasion?.value ?? null,
    ordinal: ordinal?.value ?? null,
    provenance: {
      date: date?.evidence ?? null,
      level: level?.evidence ?? null,
      mode: mode.evidence,
      countries: countries.map((c) => c.evidence),
      durationMinutes: duration?.evidence ?? [],
      place: place?.evidence ?? null,
      occasion: occasion?.evidence ?? null,
      ordinal: ordinal?.evidence ?? null,
    },
  };
}

type Window = readonly [number, number];

function leadWindows(lead: Lead): Window[] {
  const out: Window[] = [];
  if (lead.sentence) out.push(lead.sentence.span);
  if (lead.titleLine) out.push(lead.titleLine);
  return out;
}

/** `w` without the part `hole` covers (zero, one or two windows). */
function cut(w: Window, hole: Window): Window[] {
  if (hole[1] <= w[0] || hole[0] >= w[1]) return [w];
  const out: Window[] = [];
  if (hole[0] > w[0]) out.push([w[0], hole[0]]);
  if (hole[1] < w[1]) out.push([hole[1], w[1]]);
  return out;
}

function firstMatch(re: RegExp, text: string, windows: readonly Window[], rule: string, reject?: RegExp): Evidence | null {
  for (const [s, e] of windows) {
    const slice = text.slice(s, e);
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const start = s + m.index;
      const end = start + m[0].length;
      if (reject) {
        // A courtesy call, "call on", is a visit in person, not a telephone call.
        reject.lastIndex = 0;
        let overridden = false;
        for (let r = reject.exec(slice); r; r = reject.exec(slice)) {
          if (s + r.index <= start + 2 && s + r.index + r[0].length >= end - 2) overridden = true;
          if (s + r.index >= start && s + r.index < end) overridden = true;
        }
        if (overridden) continue;
      }
      return evidenceAt(text, start, end, rule);
    }
  }
  return null;
}

function classifyMode(ctx: ExtractionContext, lead: Lead, windows: readonly Window[]): { value: Mode; evidence: Evidence | null } {
  const { text } = ctx;
  // "During the virtual meeting, ..." often comes a sentence after the lead.
  const videoWindows = lead.line ? [...windows, [lead.line[0], Math.min(text.length, lead.line[1] + VIDEO_LOOKAHEAD)] as const] : windows;
  const video = firstMatch(VIDEO_RE, text, videoWindows, 'meeting/mode-video');
  if (video) return { value: 'video', evidence: video };
  const phone = firstMatch(PHONE_RE, text, windows, 'meeting/mode-telephone', IN_PERSON_RE);
  if (phone) {
    // "spoke with" is how US and UK readouts report calls, unless the same sentence says they met.
    const spokeOnly = SPOKE_RE.test(phone.text);
    const leadText = lead.sentence ? text.slice(lead.sentence.span[0], lead.sentence.span[1]) : '';
    if (!spokeOnly || !MET_RE.test(leadText)) return { value: 'telephone', evidence: phone };
  }
  const cue = lead.cue ?? lead.titleCue;
  return { value: 'in-person', evidence: cue ? evidenceAt(text, cue.start, cue.end, 'meeting/mode-in-person') : null };
}

/**
 * The mentions of `sorted` (ordered by start, as every stage returns them) that lie inside `w`, found by binary
 * search: the meeting stage asks for many small windows of long mention lists.
 */
function spanning<T extends { readonly span: readonly [number, number] }>(sorted: readonly T[], w: Window): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.span[0] < w[0]) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.span[0] < w[1]; i++) if (sorted[i]!.span[1] <= w[1]) out.push(sorted[i]!);
  return out;
}

/** Principal participants: the titled people of the lead sentence, then of its continuations and the title line. */
function pickParticipants(ctx: ExtractionContext, lead: Lead): PersonMention[] {
  const byName = new Map<string, PersonMention>();
  const add = (p: PersonMention): void => {
    const key = p.name.toLowerCase();
    const prev = byName.get(key);
    // Keep the most informative mention of each person: a titled, full mention beats a short one.
    if (!prev || (score(p) > score(prev))) byName.set(key, p);
  };
  const windows: Window[] = [];
  if (lead.sentences[0]) windows.push(lead.sentences[0].span);
  for (const s of lead.sentences.slice(1)) windows.push(s.span);
  if (lead.titleLine) windows.push(lead.titleLine);
  for (const [i, w] of windows.entries()) {
    // Continuations and the title only add people while the lead has not named two sides.
    if (i > 0 && byName.size >= 2 && !(lead.sentences[i] && /co-?chair|led\s+by|delegation/i.test(ctx.text.slice(w[0], w[1])))) {
      for (const p of spanning(ctx.people, w)) if (byName.has(p.name.toLowerCase())) add(p);
      continue;
    }
    for (const p of spanning(ctx.people, w)) add(p);
  }
  return [...byName.values()];
}

function score(p: PersonMention): number {
  return (p.title ? 2 : 0) + (p.country ? 1 : 0) + (p.short ? 0 : 4);
}

interface Side { readonly code: string; readonly evidence: Evidence }

/**
 * The sides named as such: a compound ("Japan-Russia Summit Meeting", "ASEAN-Japan") in the lead or title, or a
 * list ("the Foreign Ministers of Australia, Brazil and India", "counterparts from Canada, Germany ...").
 */
function findSides(ctx: ExtractionContext, lead: Lead, windows: readonly Window[]): { compound: Side[]; listed: Side[] } {
  const { text } = ctx;
  const compound: Side[] = [];
  const topWindows: Window[] = [...windows];
  // Headings at the top of the page ("Japan-Russia Relations") name the relationship when the lead does not.
  for (const line of ctx.doc.lines.slice(0, 8)) if (line.kind === 'heading' || line.kind === 'chrome') topWindows.push([line.contentStart, line.span[1]]);
  for (const w of topWindows) {
    const inW = spanning(ctx.countries, w).filter((c) => c.kind !== 'capital');
    const found: Side[] = [];
    for (let i = 0; i + 1 < inW.length; i++) {
      const a = inW[i]!;
      const b = inW[i + 1]!;
      if (b.span[0] - a.span[1] === 1 && /[-–]/.test(text[a.span[1]] ?? '')) {
        for (const c of [a, b]) if (!found.some((f) => f.code === c.code)) found.push({ code: c.code, evidence: evidenceAt(text, c.span[0], c.span[1], 'meeting/countries-compound') });
      }
    }
    if (found.length >= 2) {
      for (const f of found) if (!compound.some((c) => c.code === f.code)) compound.push(f);
      break;
    }
  }
  const listed: Side[] = [];
  for (const sentence of lead.sentences) {
    const [s, e] = sentence.span;
    const slice = text.slice(s, e);
    LIST_INTRO_RE.lastIndex = 0;
    const m = LIST_INTRO_RE.exec(slice);
    if (!m) continue;
    const listStart = s + m.index + m[0].length;
    const tail = slice.slice(m.index + m[0].length);
    // The list ends with its clause; an abbreviation's full stop ("the U.K. as well as ...") does not end it.
    const stop = LIST_END_RE.exec(tail)?.index ?? tail.length;
    for (const c of spanning(ctx.countries, [listStart, listStart + stop])) {
      if (c.kind !== 'capital' && !listed.some((l) => l.code === c.code)) {
        listed.push({ code: c.code, evidence: evidenceAt(text, c.span[0], c.span[1], 'meeting/countries-list') });
      }
    }
  }
  // "met her Chinese counterpart": the counterpart's country is a side even when the name is not found.
  for (const s of lead.sentences) {
    for (const c of spanning(ctx.countries, s.span)) {
      if (c.kind === 'capital') continue;
      if (COUNTERPART_BEFORE_RE.test(text.slice(Math.max(s.span[0], c.span[0] - 12), c.span[0])) && /^\s+counterparts?\b/.test(text.slice(c.span[1], c.span[1] + 14))) {
        if (!listed.some((l) => l.code === c.code)) listed.push({ code: c.code, evidence: evidenceAt(text, c.span[0], c.span[1], 'meeting/countries-counterpart') });
      }
    }
  }
  return { compound, listed };
}

const LIST_END_RE = /\.(?=\s+[A-Z]|\s*$)|[;:]|\b(?:to|via|by|on|about|and\s+(?:discussed|agreed|underscored))\b/;
const COUNTERPART_BEFORE_RE = /\b(?:his|her|their|its|our|my)\s+$/i;

/** Gives each participant a country: their own, else the side no one else holds, else the publisher's. */
function assignCountries(ctx: ExtractionContext, lead: Lead, people: readonly PersonMention[], sides: { compound: Side[]; listed: Side[] }): { participants: Participant[]; extra: Side[] } {
  const { text } = ctx;
  const claimed = new Set(people.map((p) => p.country?.code).filter((c): c is string => !!c));
  const free = sides.compound.filter((s) => !claimed.has(s.code));
  const extra: Side[] = [];
  let home: CountryMention | false | undefined;
  const participants = people.map((p, i): Participant => {
    let country: { code: string; evidence: Evidence } | null = p.country ? { code: p.country.code, evidence: evidenceAt(text, p.country.span[0], p.country.span[1], p.country.rule) } : null;
    if (!country) country = delegationCountry(ctx, p);
    if (!country) country = coordinatedCountry(ctx, people, i);
    if (!country && p.title) {
      const byTitle = TITLE_COUNTRY_RES.find((t) => t.re.test(p.title!.text.replace(/’/g, "'")));
      if (byTitle) country = { code: byTitle.country, evidence: evidenceAt(text, p.title.span[0], p.title.span[1], 'meeting/participant-country-from-title') };
    }
    if (!country && free.length === 1) country = { code: free[0]!.code, evidence: { ...free[0]!.evidence, rule: 'meeting/participant-country-from-sides' } };
    // The publisher's own official is the one the lead starts with ("Secretary Blinken met ..."); the people met
    // are the counterparts, whose country the publisher does not tell.
    const counterpart = lead.cue !== null && lead.sentence !== null && p.span[0] >= lead.cue.end && p.span[1] <= lead.sentence.span[1];
    if (!country && !counterpart && ctx.publisher?.country) {
      country = { code: ctx.publisher.country, evidence: { ...ctx.publisher.evidence, rule: 'meeting/participant-country-from-publisher' } };
      extra.push({ code: country.code, evidence: country.evidence });
    }
    if (!country && !counterpart && sides.compound.length === 0) {
      // A readout names its own side's official without a country ("Prime Minister Noda"); that side is the
      // country the text talks about most, after the counterparts' own.
      home ??= mostMentioned(ctx, new Set([...claimed, ...sides.listed.map((l) => l.code)])) ?? false;
      if (home) {
        country = { code: home.code, evidence: evidenceAt(text, home.span[0], home.span[1], 'meeting/participant-country-most-mentioned') };
        extra.push({ code: country.code, evidence: country.evidence });
      }
    }
    return {
      name: p.name,
      country: country?.code ?? null,
      title: p.title?.text ?? null,
      provenance: {
        name: evidenceAt(text, p.span[0], p.span[1], p.rule),
        country: country?.evidence ?? null,
        title: p.title ? evidenceAt(text, p.title.span[0], p.title.span[1], 'people/title') : null,
      },
    };
  });
  return { participants, extra };
}

const COORDINATION_RE = /^[\s,]*(?:(?:and|of|the|for|on|to|[A-Z][\w’'.-]*|\([^()]*\))[\s,]+)*$/;

/** "Foreign Minister Diana Mondino and Chief of Cabinet Nicolás Posse of Argentina": a coordinated list shares the country named at its end. */
function coordinatedCountry(ctx: ExtractionContext, people: readonly PersonMention[], i: number): { code: string; evidence: Evidence } | null {
  const p = people[i]!;
  const next = people.slice(i + 1).find((q) => q.span[0] > p.span[1]);
  // The shared country trails the last name ("... Nicolás Posse of Argentina"); one inside the last person's own
  // title ("Chairman of the Government of the Russian Federation Vladimir Putin") is theirs alone.
  if (!next?.country || next.country.span[0] < next.span[1]) return null;
  // Only titles and connectors may stand between them: a verb means a new clause.
  const between = ctx.text.slice(p.span[1], next.span[0]);
  if (between.length > 120 || !COORDINATION_RE.test(between) || !/\band\b|,/.test(between)) return null;
  return { code: next.country.code, evidence: evidenceAt(ctx.text, next.country.span[0], next.country.span[1], 'meeting/participant-country-coordinated') };
}

const DELEGATION_RE = /^\s+(?:delegation|side|team)\b[^.;]{0,40}?\b(?:led|headed)\s+by\b/i;

/** "Japanese delegation was led by Mr. X, ... and Mr. Y": the delegation's country is theirs. */
function delegationCountry(ctx: ExtractionContext, p: PersonMention): { code: string; evidence: Evidence } | null {
  const sentence = ctx.doc.sentences.find((s) => p.span[0] >= s.span[0] && p.span[1] <= s.span[1]);
  if (!sentence) return null;
  let best: CountryMention | null = null;
  for (const c of spanning(ctx.countries, [sentence.span[0], p.span[0]])) {
    if (DELEGATION_RE.test(ctx.text.slice(c.span[1], c.span[1] + 60))) best = c;
  }
  return best ? { code: best.code, evidence: evidenceAt(ctx.text, best.span[0], best.span[1], 'meeting/participant-country-delegation') } : null;
}

/** How often the home country must be named, when no counterpart country is known, to be the unnamed official's. */
const MIN_HOME_MENTIONS = 2;

/** The country mentioned most often (names, demonyms, compounds; not capitals), leaving out `exclude`. */
function mostMentioned(ctx: ExtractionContext, exclude: ReadonlySet<string>): CountryMention | null {
  const counts = new Map<string, { n: number; first: CountryMention }>();
  for (const c of ctx.countries) {
    if (c.kind === 'capital' || c.kind === 'organisation' || exclude.has(c.code) || inChrome(ctx, c.span[0], c.span[1])) continue;
    const entry = counts.get(c.code);
    if (entry) entry.n++;
    else counts.set(c.code, { n: 1, first: c });
  }
  let best: { n: number; first: CountryMention } | null = null;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  // With a counterpart's country known, the unnamed official is from the other side and one mention of it is
  // enough; with none (a domestic meeting), one passing mention ("Wales" in a list of states) says nothing.
  return best && best.n >= (exclude.size > 0 ? 1 : MIN_HOME_MENTIONS) ? best.first : null;
}

function meetingCountries(participants: readonly Participant[], sides: { compound: Side[]; listed: Side[] }, extra: readonly Side[]): Side[] {
  const out: Side[] = [];
  const add = (s: Side): void => { if (!out.some((o) => o.code === s.code)) out.push(s); };
  if (sides.compound.length >= 2) {
    // A compound names the sides exactly; a co-chair's own country (Indonesia for ASEAN) is not a side.
    sides.compound.forEach(add);
  } else {
    for (const p of participants) if (p.country && p.provenance.country) add({ code: p.country, evidence: p.provenance.country });
    sides.listed.forEach(add);
    extra.forEach(add);
  }
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function pickLevel(text: string, participants: readonly Participant[], windows: readonly Window[]): { value: Level; evidence: Evidence } | null {
  const levels = new Map<Level, Evidence>();
  for (const p of participants) {
    const lvl = p.title ? levelOfTitle(p.title) : null;
    if (lvl && p.provenance.title && !levels.has(lvl)) levels.set(lvl, { ...p.provenance.title, rule: 'meeting/level-from-titles' });
  }
  const noun = levelFromNouns(text, windows);
  if (levels.size === 1) {
    const [[value, evidence]] = [...levels.entries()] as [[Level, Evidence]];
    return { value, evidence };
  }
  if (noun) return noun;
  if (levels.size > 1) {
    const first = [...levels.values()][0]!;
    return { value: 'other', evidence: { ...first, rule: 'meeting/level-mixed-ranks' } };
  }
  return null;
}

let titleClassifier: ((title: string) => Level | null) | null = null;
/** Installs the title classifier of the people stage (kept injectable so this file has no import cycle). */
export function useTitleClassifier(fn: (title: string) => Level | null): void {
  titleClassifier = fn;
}
function levelOfTitle(title: string): Level | null {
  return titleClassifier ? titleClassifier(title) : null;
}

function levelFromNouns(text: string, windows: readonly Window[]): { value: Level; evidence: Evidence } | null {
  for (const [s, e] of windows) {
    const slice = text.slice(s, e);
    for (const { re, level } of LEVEL_RES) {
      const m = re.exec(slice);
      if (m) return { value: level, evidence: evidenceAt(text, s + m.index, s + m.index + m[0].length, 'meeting/level-from-noun') };
    }
  }
  return null;
}

/** The meeting date: a day named in the lead (past reading), else the published date. */
function pickDate(ctx: ExtractionContext, lead: Lead): { value: string; evidence: Evidence } | null {
  const spans: Window[] = [];
  for (const s of lead.sentences) spans.push(s.span);
  if (lead.line) spans.push(lead.line);
  if (lead.titleLine) spans.push(lead.titleLine);
  for (const w of spans) {
    const t = spanning(ctx.times, w).find((x) => isDay(x) && !insideParens(ctx.text, x.span, w) && !inTopicClause(ctx.text, x.span, w));
    const sameDay = SAME_DAY_RE.exec(ctx.text.slice(w[0], t ? t.span[0] : w[1]));
    // "This afternoon, President Biden convened a call ...": the day the readout was issued.
    if (sameDay && ctx.published) {
      const at = w[0] + sameDay.index;
      return { value: ctx.published.value, evidence: evidenceAt(ctx.text, at, at + sameDay[0].length, 'meeting/date-same-day') };
    }
    if (t && t.pastStart) return { value: t.pastStart, evidence: evidenceAt(ctx.text, t.span[0], t.span[1], `meeting/date (${t.rule})`) };
  }
  if (ctx.published) return { value: ctx.published.value, evidence: { ...ctx.published.evidence, rule: 'meeting/date-from-published' } };
  return null;
}

const SAME_DAY_RE = /\b(?:(?:earlier\s+)?this\s+(?:morning|afternoon|evening)|earlier\s+today|tonight)\b/i;
/** What follows these words is what the meeting was about, so a day there ("landfall ... on Sunday") is not its date. */
const TOPIC_CLAUSE_RE = /\b(?:to\s+discuss|discussed|about|regarding|concerning|ahead\s+of|in\s+advance\s+of|in\s+preparation\s+for)\b/i;

function inTopicClause(text: string, span: readonly [number, number], w: Window): boolean {
  return TOPIC_CLAUSE_RE.test(text.slice(w[0], span[0]));
}

function isDay(t: TimeExpression): boolean {
  return !t.vague && (t.precision === 'day' || t.precision === 'days');
}

/** "(On December 12, at 3:10 a.m. JST)": a date in parentheses restates the local one in another time zone. */
function insideParens(text: string, span: readonly [number, number], w: Window): boolean {
  const before = text.slice(w[0], span[0]);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

function pickMeetingDuration(ctx: ExtractionContext, lead: Lead): { minutes: number; evidence: Evidence[] } | null {
  const { text } = ctx;
  if (lead.line) {
    const d = pickDuration(text, findDurations(text, lead.line[0], lead.line[1]).filter((m) => m.evidence.end <= lead.line![1]));
    if (d) return d;
  }
  // Some readouts state the length further down ("I had an approximately three hour long meeting").
  const limit = Math.min(text.length, Math.max(1500, Math.floor(text.length * 0.5)));
  const from = lead.line ? lead.line[1] : 0;
  const rest = findDurations(text, from, limit).filter((m) => /\b(?:meeting|talks|conversation|call|summit)\b/i.test(text.slice(m.evidence.end, m.evidence.end + 30)) || /\b(?:lasted|lasting)\s*$/i.test(text.slice(m.evidence.start - 20, m.evidence.start)));
  return pickDuration(text, rest);
}

function findOccasion(text: string, lead: Lead): { value: string; evidence: Evidence } | null {
  const windows: Window[] = [];
  if (lead.sentence) windows.push(lead.sentence.span);
  if (lead.line) windows.push(lead.line);
  for (const [s, e] of windows) {
    const slice = text.slice(s, e);
    OCCASION_RE.lastIndex = 0;
    for (let m = OCCASION_RE.exec(slice); m; m = OCCASION_RE.exec(slice)) {
      const after = slice.slice(m.index + m[0].length);
      const name = EVENT_NAME_RE.exec(after);
      if (!name || !name[1]) continue;
      // A sentence's full stop is not part of the name; an abbreviation's is ("U.S.").
      const value = name[1].replace(/[\s,]+$/, '').replace(/(?<![A-Z]\.[A-Z])\.$/, '');
      if (!EVENT_NOUN_RE.test(value)) continue;
      const start = s + m.index + m[0].length + name[0].indexOf(name[1]);
      return { value, evidence: evidenceAt(text, start, start + value.length, 'meeting/occasion') };
    }
  }
  return null;
}

function pickPlace(ctx: ExtractionContext, lead: Lead, occasion: { evidence: Evidence } | null): { value: string; evidence: Evidence } | null {
  const { text } = ctx;
  const windows: Window[] = [];
  if (lead.sentence) windows.push(lead.sentence.span);
  for (const s of lead.sentences.slice(1)) windows.push(s.span);
  if (lead.line) windows.push(lead.line);
  if (lead.titleLine) windows.push(lead.titleLine);
  for (const line of ctx.doc.lines) if (line.kind === 'dateline') { windows.push(line.span); break; }
  for (const w of windows) {
    const inW = spanning(ctx.places, w);
    if (inW.length === 0) continue;
    // A place introduced by "in"/"to"/"visiting" is where the meeting was; an occasion's own place ("G7 Summit in
    // Cornwall") counts too.
    const cued = inW.find((p) => PLACE_CUE_RE.test(text.slice(Math.max(0, p.span[0] - 20), p.span[0]))) ??
      inW.find((p) => occasion && p.span[0] >= occasion.evidence.end && p.span[0] - occasion.evidence.end < 8) ??
      // A place named inside the occasion ("the G20 Hamburg Summit") is where it was held.
      inW.find((p) => occasion && p.span[0] >= occasion.evidence.start && p.span[1] <= occasion.evidence.end) ??
      (w === windows[windows.length - 1] ? inW[0] : undefined);
    if (cued) return { value: cued.name, evidence: evidenceAt(text, cued.span[0], cued.span[1], cued.rule) };
  }
  return null;
}

function findOrdinal(text: string, lead: Lead): { value: number; evidence: Evidence } | null {
  const windows: Window[] = [];
  if (lead.sentence) windows.push(lead.sentence.span);
  if (lead.line) windows.push(lead.line);
  for (const [s, e] of windows) {
    const m = ORDINAL_RE.exec(text.slice(s, e));
    if (!m) continue;
    const word = m.groups?.['ord'] ?? m.groups?.['ord2'] ?? m.groups?.['ord3'];
    const value = word ? readOrdinal(word) : null;
    if (value) return { value, evidence: evidenceAt(text, s + m.index, s + m.index + m[0].length, 'meeting/ordinal') };
  }
  return null;
}
