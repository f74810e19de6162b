/**
 * Assembles the meeting the document reports from the lead and the mentions earlier stages found:
 * date, level, mode, sides, principal participants, duration, place, occasion and ordinal, each with its evidence.
 */
import type { CountryMention, PersonMention, PlaceMention, TimeExpression } from '../../domain/mentions.ts';
import type { Evidence, Level, Meeting, Mode, Participant } from '../../domain/record.ts';
import type { ExtractionContext, Stage } from '../../pipeline/extraction-context.ts';
import { evidenceAt, inChrome } from '../../pipeline/extraction-context.ts';
import { findDurations, findTimeSpanDuration, pickDuration } from './duration-extractor.ts';
import type { Lead } from './lead-finder.ts';
import { findLead } from './lead-finder.ts';
import { openingDateline } from '../segment/dateline-detector.ts';
import { COUNTRY_TITLE_LEVELS, IN_PERSON_OVERRIDES, LEVEL_NOUNS, OCCASION_ABBREVIATIONS, OCCASION_CUES, OFFICE_LEVELS, OTHER_MEETING_CLAUSE_CUES, TELEPHONE_CUES, VIDEO_CUES } from './meeting-lexicon.ts';
import { readOrdinal } from './number-words.ts';
import { titleRanks } from '../people/title-classifier.ts';
import { findAmbiguousCapitals, findPlaces, venueCity } from '../places/place-finder.ts';
import { TITLE_COUNTRIES } from './title-countries.ts';
import { TOPIC_PAIR_AFTER, TOPIC_PAIR_BEFORE } from './topic-pair-lexicon.ts';
import type { TitleSides } from './title-sides.ts';
import { namedIn, readTitleSides } from './title-sides.ts';
import { knownPersonCountry } from '../people/known-people.ts';
import { WEEKDAY_WORDS } from '../dates/lexicon/calendar-words-lexicon.ts';

const COUNTRY_TITLE_LEVELS_RES = COUNTRY_TITLE_LEVELS.map((t) => ({ ...t, re: new RegExp(String.raw`^(?:${t.pattern})$`, 'i') }));
const TITLE_COUNTRY_RES = TITLE_COUNTRIES.map((t) => ({ re: new RegExp(String.raw`^(?:${t.pattern})$`, 'i'), country: t.country, alsoHeldIn: t.alsoHeldIn ?? [] }));
const VIDEO_RE = new RegExp(String.raw`\b(?:${VIDEO_CUES.join('|')})`, 'gi');
const PHONE_RE = new RegExp(String.raw`(?:\b|(?<=’|'))(?:${TELEPHONE_CUES.join('|')})`, 'gi');
const IN_PERSON_RE = new RegExp(String.raw`\b(?:${IN_PERSON_OVERRIDES.join('|')})`, 'gi');
const MET_RE = /\b(?:met|meets|meeting|summit|hosted|visit(?:ed|ing)?|talks\s+in|received)\b/i;
const SPOKE_RE = /^(?:spoke|speaks|talked)\b/i;
const LEVEL_RES = LEVEL_NOUNS.map((n) => ({ re: new RegExp(String.raw`\b(?:${n.pattern})`, 'i'), level: n.level }));
/** Matches where any of {@link LEVEL_RES} matches. */
const ANY_LEVEL_RE = new RegExp(String.raw`\b(?:${LEVEL_NOUNS.map((n) => n.pattern).join('|')})`, 'i');
const OCCASION_RE = new RegExp(String.raw`\b(?:${OCCASION_CUES.join('|')})\s+`, 'gi');
/**
 * An event's proper name: capitalised words, numbers, "(ABBR)" groups and a few connectors ("the General Debate of the
 * 78th session of the General Assembly"), ending on a content word; a spelt-out ordinal before it is not part of the
 * name ("the third Belt and Road Forum", "the seventy-second session of ..."), nor is "on <date>" after it; a
 * lower-case event noun may end it ("the 7th Joint Consultative Commission meeting").
 */
const EVENT_NAME_RE = /^(?:the\s+)?(?:(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+teenth|[a-z]+ieth)\s+(?=[A-Z]|(?:regular\s+|special\s+|plenary\s+)?session\s+of\s))?((?:(?:[A-Z0-9“"][\w’'“”"+.&-]*|\([^()]{1,60}\)|of|the|and|for|on(?!\s+(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))|de|la|du|des|session)\s+)*(?:[A-Z0-9“"][\w’'“”"+.&-]*|\([^()]{1,60}\))(?:\s+(?:meeting|meetings|summit|session|conference|talks|dialogue|consultations?|retreat|forum)\b)?)(?=\s+in\s+[A-Z]|[\s,.;:)]|$)/;
const EVENT_NOUN_RE = /\b(?:Meetings?|Summit|Assembly|Debate|Forum|Conference|Ministerial|Session|Dialogue|Consultations?|Games|Olympics?|Council|Congress|Week|Expo|Festival|Ceremony|Funeral|Inauguration|Visit|Talks|Gathering|Retreat|Convention|COP\d*|Exposition|Exhibition|Symposium)\b|\b(?:meetings?|summit|session|conference|talks|dialogue|consultations?|retreat|forum)$/;
/**
 * A meeting named by who meets, in lower case ("the informal meeting of NATO foreign ministers", "the extraordinary
 * meeting of G7 leaders", "the meeting of ASEAN Defence Ministers").
 */
const MEMBERS_MEETING_RE = /^(?:the\s+)?((?:(?:informal|extraordinary|special|annual|regular|emergency|joint|ministerial|plenary)\s+)*(?:meeting|summit|session|conference|gathering)\s+of\s+(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+){1,4}(?:(?:[Ff]oreign|[Dd]efen[cs]e|[Ff]inance|[Tt]rade|[Ee]nergy|[Hh]ealth)\s+)?(?:[Mm]inisters|[Ll]eaders|[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment)(?:\s+and\s+(?:[Ss]tate|[Gg]overnment))?))\b/;
/**
 * A body's meeting named in lower case before the body's proper name ("the informal summit of the Organization of
 * Turkic States", "the extraordinary session of the Arab League Council", "the annual conference of the Non-Aligned
 * Movement"): the meeting words and the name, ending on the name's last capitalised word.
 */
const BODY_MEETING_RE = /^(?:the\s+)?((?:(?:informal|extraordinary|special|annual|regular|ordinary|emergency|jubilee|consultative|plenary|anniversary)\s+)*(?:summit|conference|session|congress|forum|ministerial\s+(?:meeting|conference))\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w’'&.-]*|of|the|and|for)\s+)*[A-Z][\w’'&.-]*)/;
/**
 * An ordinal session of a standing body before its name: "78th Session of the ", "seventy-eighth session of " (a
 * spelt-out ordinal is already outside the name: "session of the ").
 */
const SESSION_OF_RE = /^(?:(?:\d+(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?(?:st|nd|rd|th))\s+)?(?:regular\s+|special\s+|plenary\s+)?[Ss]ession\s+of\s+(?:the\s+)?/;
/** A bracketed abbreviation ("United Nations (UN) General Assembly") already stands beside its full name. */
const OCCASION_ABBREVIATION_RES = OCCASION_ABBREVIATIONS.map((a) => ({ re: new RegExp(String.raw`(?<![\w.(])(?:${a.written})(?![\w)])`, 'g'), full: a.full }));
const ORDINAL_RE = /\b(?:(?:his|her|their|the|a)\s+(?<ord>\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|twentieth|thirtieth)\s+(?:[\w’'-]+\s+){0,4}?(?:meeting|summit|talks|dialogue|consultations?|round|session)|for\s+the\s+(?<ord2>\d+(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th))\s+time|(?<ord3>[a-z]+(?:st|nd|rd|th)|\d+(?:st|nd|rd|th))\s+time\s+in\s+total)/gi;
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
  const occasion = findOccasion(ctx, lead);
  // The occasion's own words ("the U.S.-ASEAN Summit") describe the larger event, not this meeting's sides or rank.
  // The title may name the occasion again ("Prime Minister's meeting with President of Brazil on the sidelines of the G20
  // Summit"): every occurrence of its name is cut.
  const windows = leadWindows(lead).flatMap((w) => (occasion ? cutAll(text, w, occasion) : [w]));
  const mode = classifyMode(ctx, lead, windows);
  const participants = pickParticipants(ctx, lead, occasion?.written ?? null);
  const sides = withoutTopicPair(ctx, findSides(ctx, lead, windows), participants);
  const assigned = visitedCountry(ctx, lead, assignCountries(ctx, lead, participants, sides));
  const countries = meetingCountries(assigned.participants, sides, assigned.extra);
  // A government's readout reports a meeting its own side took part in: with one side found, the other is the
  // publisher's, even when its official was not recognised as a person.
  // "Today I met with President Xi Jinping": a minister's own page speaks for the publisher's side.
  const firstPerson = lead.sentence !== null && lead.cue !== null && FIRST_PERSON_RE.test(text.slice(lead.sentence.span[0], lead.cue.start));
  if ((countries.length === 1 || (firstPerson && countries.length === 0)) && ctx.publisher?.country && countries[0]?.code !== ctx.publisher.country) {
    countries.push({ code: ctx.publisher.country, evidence: { ...ctx.publisher.evidence, rule: 'meeting/countries-publisher-side' } });
    countries.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }
  const level = pickLevel(ctx, lead, assigned.participants, windows);
  const date = pickDate(ctx, lead);
  const duration = pickMeetingDuration(ctx, lead);
  const place = mode.value === 'in-person' ? pickPlace(ctx, lead, occasion, countries.map((c) => c.code)) : null;
  const ordinal = findOrdinal(text, lead, occasion?.written ?? null);
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

/** `w` without the occasion's evidence and any other occurrence of its written name inside `w`. */
function cutAll(text: string, w: Window, occasion: { value: string; evidence: Evidence }): Window[] {
  let out = cut(w, [occasion.evidence.start, occasion.evidence.end]);
  const slice = text.slice(w[0], w[1]);
  // the name as written: the value may write out an abbreviation ("UN" -> "United Nations")
  const written = occasion.evidence.text;
  for (let at = slice.indexOf(written); at >= 0; at = slice.indexOf(written, at + 1)) {
    const hole: Window = [w[0] + at, w[0] + at + written.length];
    out = out.flatMap((part) => cut(part, hole));
  }
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
    if (!spokeOnly || !MET_RE.test(meetingWordsOf(leadText))) return { value: 'telephone', evidence: phone };
  }
  const cue = lead.cue ?? lead.titleCue;
  return { value: 'in-person', evidence: cue ? evidenceAt(text, cue.start, cue.end, 'meeting/mode-in-person') : null };
}

/**
 * The words of a lead sentence that may say the sides met: up to what the call was about ("spoke today with X to
 * follow up on their recent meeting in Warsaw"), without meetings marked as another time ("their last meeting").
 */
function meetingWordsOf(lead: string): string {
  const topic = CALL_TOPIC_RE.exec(lead);
  return (topic === null ? lead : lead.slice(0, topic.index)).replace(OTHER_MEETING_RE, ' ');
}

const CALL_TOPIC_RE = /\b(?:to\s+(?:follow\s+up|discuss|review|prepare)|following\s+up|ahead\s+of|in\s+advance\s+of|regarding|concerning)\b/i;
const OTHER_MEETING_RE = /\b(?:recent|previous|last|earlier|upcoming|next|future|planned)\s+(?:\S+\s+){0,2}?(?:meeting|summit|visit)\b/gi;

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

/**
 * Principal participants: the titled people of the lead sentence, then of its continuations and the title line. Not
 * people the occasion's name holds ("on the sidelines of the Official Visit of President Ferdinand R. Marcos Jr. to
 * Australia"): the larger event's, not this meeting's.
 */
function pickParticipants(ctx: ExtractionContext, lead: Lead, occasion: Window | null): PersonMention[] {
  const byName = new Map<string, PersonMention>();
  const windows: Window[] = [];
  if (lead.sentences[0]) windows.push(beforeLaterMeeting(ctx, lead.sentences[0].span));
  for (const s of lead.sentences.slice(1)) windows.push(s.span);
  if (lead.titleLine) windows.push(lead.titleLine);
  for (const [i, w] of windows.entries()) {
    // Continuations and the title only add people while the lead has not named two sides.
    if (i > 0 && byName.size >= 2 && !(lead.sentences[i] && /co-?chair|led\s+by|represented\s+by|delegation/i.test(ctx.text.slice(w[0], w[1])))) {
      for (const p of spanning(ctx.people, w)) if (byName.has(p.name.toLowerCase())) keepMostInformative(byName, p);
      continue;
    }
    for (const p of spanning(ctx.people, w)) {
      if (occasion && p.span[0] >= occasion[0] && p.span[1] <= occasion[1]) continue;
      if (!speaksForAbsent(ctx.text, w, p)) keepMostInformative(byName, p);
    }
  }
  preferLeadTitles(ctx, lead, byName);
  const author = firstPersonAuthor(ctx, lead) ?? pronounSubject(ctx, lead);
  if (author && !byName.has(author.name.toLowerCase())) return [author, ...byName.values()];
  return [...byName.values()];
}

/**
 * The lead sentence up to a later meeting it goes on to report ("Pope Francis received in audience Mr. Volodymyr
 * Zelensky, President of Ukraine, who subsequently met with His Eminence Cardinal Pietro Parolin, ..."): the people
 * after the clause met one side at another meeting. Only when two people are named before it; else the whole sentence.
 */
function beforeLaterMeeting(ctx: ExtractionContext, w: Window): Window {
  const m = LATER_MEETING_RE.exec(ctx.text.slice(w[0], w[1]));
  if (!m) return w;
  const cut: Window = [w[0], w[0] + m.index];
  return spanning(ctx.people, cut).length >= 2 ? cut : w;
}

const LATER_MEETING_RE = /,\s+who\s+(?:subsequently|later|then|afterwards|thereafter)\s+(?:met|held\s+(?:talks|a\s+meeting)|called\s+on|was\s+received)\b/i;

/**
 * A person kept from the headline ("Foreign Minister Park Jin Meets ...") takes the mention of the lead's sentences
 * when those give the same person a title ("Minister of Foreign Affairs Park Jin held a meeting ..."): the story's
 * wording, not the headline's shorthand.
 */
function preferLeadTitles(ctx: ExtractionContext, lead: Lead, byName: Map<string, PersonMention>): void {
  if (lead.sentences.length === 0) return;
  for (const [key, p] of byName) {
    if (lead.sentences.some((s) => s.span[0] <= p.span[0] && p.span[1] <= s.span[1])) continue;
    for (const s of lead.sentences) {
      // (the lead's mention written as fully: "Biden" is no better evidence for Joe Biden than "Joe Biden")
      const q = spanning(ctx.people, s.span).find((m) => m.title !== null && m.name.toLowerCase() === key && m.title.text !== p.title?.text &&
        m.span[1] - m.span[0] >= p.span[1] - p.span[0]);
      if (q) {
        byName.set(key, q);
        break;
      }
    }
  }
}

/**
 * Someone named as the sender or principal of a participant, not as one ("special envoy of President Tsai Ing-wen",
 * "a message from President Xi Jinping", "on behalf of King Charles III"), or mourned ("condolences on the death of
 * former Prime Minister Abe Shinzo"): right before the person's title or name. (An invitation's sender usually hosts.)
 */
/**
 * People named as the parties of an earlier, dated meeting ("to build on the momentum from the May 21 Summit between
 * President Biden and President Yoon", "following last week’s call between ..."): right before the person.
 */
const EARLIER_MEETING_RE = /\b(?:(?:last|previous|earlier|recent)\b[\w’'\s]{0,12}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?\s+)(?:[\w-]+\s+){0,2}?(?:summit|meeting|talks|call|conversation|visit)\s+(?:between|with|of)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s+){0,6}(?:and\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s+){0,6})?$/iu;
/**
 * People named as the parties of another meeting that this one was held to discuss or report on ("spoke with Foreign
 * Minister Kuleba to discuss the foreign minister’s trilateral meeting with Russian Foreign Minister Sergei Lavrov and
 * Turkish Foreign Minister Mevlut Cavusoglu", "briefed him on his talks with ..."): right before the person.
 */
const DISCUSSED_MEETING_RE = /\b(?:to\s+(?:discuss|review|follow\s+up\s+on|prepare\s+for)|(?:briefed|updated|informed|debriefed)\s+(?:\S+\s+){1,4}?(?:on|about)|discussed|regarding|concerning)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\p{L}’'.-]+\s+){0,4}?(?:summit|meetings?|talks|call|conversation|negotiations|discussions)\s+(?:between|with)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s+){0,6}(?:and\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s+){0,6})?$/u;
const ABSENT_PRINCIPAL_RE = /\b(?:(?:special\s+|personal\s+)?envoy\s+of|on\s+behalf\s+of|(?:a|the|his|her)\s+(?:personal\s+|written\s+|verbal\s+|warm\s+)?(?:message|letter|greetings|regards|condolences)\s+(?:from|of)|(?:greetings|regards|wishes)\s+of|(?:death|passing|funeral|assassination|killing|memory|loss)\s+of(?:\s+the\s+late|\s+late|\s+former)*)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s+){0,6}$/u;

/** True when `p` is named as someone's principal or as a party of an earlier meeting, not as a participant. */
function speaksForAbsent(text: string, w: Window, p: PersonMention): boolean {
  const start = p.title && p.title.span[0] < p.span[0] && p.title.span[0] >= w[0] ? p.title.span[0] : p.span[0];
  const before = text.slice(Math.max(w[0], start - 140), start);
  return ABSENT_PRINCIPAL_RE.test(before.slice(-90)) || EARLIER_MEETING_RE.test(before) || DISCUSSED_MEETING_RE.test(before);
}

/**
 * "Minister X arrived in Singapore on a two-day visit. During the visit, he called on Prime Minister Lee Hsien Loong
 * ...": when the participants found so far are all of one country and the lead or the sentence before it says the
 * principal arrived in or visited another, the participants without a country are that country's.
 */
function visitedCountry(ctx: ExtractionContext, lead: Lead, assigned: { participants: Participant[]; extra: Side[] }): { participants: Participant[]; extra: Side[] } {
  if (!lead.sentence || !assigned.participants.some((p) => p.country === null)) return assigned;
  const known = new Set(assigned.participants.map((p) => p.country).filter((c): c is string => c !== null));
  // Also when one host official is placed already ("Speaker of the Mongolian Parliament Zandanshatar, Foreign Minister
  // Battsetseg ... during her visit to Ulaanbaatar"): the visited country is then a known one, not the visitor's.
  // And when no one is placed but the publisher's delegation is the visitor ("The delegation ... visited Honiara,
  // Solomon Islands. The delegation met for ninety minutes with Prime Minister Manasseh Sogavare"): the people of the
  // lead sentence are the host's, and the publisher's country is the other side.
  const home = ctx.publisher?.country ?? null;
  const visitor = known.size === 0 ? home : (assigned.participants[0]?.country ?? null);
  const hostCountry = (code: string): boolean =>
    known.size === 0 ? code !== home : known.size === 1 ? !known.has(code) : known.has(code) && visitor !== null && code !== visitor;
  if (known.size > 2 || (known.size === 0 && home === null)) return assigned;
  const at = ctx.doc.sentences.indexOf(lead.sentence);
  const from = at > 0 ? ctx.doc.sentences[at - 1]!.span[0] : lead.sentence.span[0];
  const title: Window | null = lead.titleLine ?? (ctx.title && ctx.title.origin === undefined ? [ctx.title.start, ctx.title.end] : null);
  const visited = spanning(ctx.countries, [from, lead.sentence.span[1]]).find(
    (c) => hostCountry(c.code) && ARRIVAL_CUE_RE.test(ctx.text.slice(Math.max(from, c.span[0] - 30), c.span[0])),
  ) ?? (title === null ? undefined : spanning(ctx.countries, title).find(
    // "Visit of External Affairs Minister to Singapore (August 25-26, 2024)": the title says where the principal went
    (c) => hostCountry(c.code) && c.kind !== 'organisation' && (ARRIVAL_CUE_RE.test(ctx.text.slice(Math.max(title[0], c.span[0] - 30), c.span[0])) || VISIT_OF_TO_RE.test(ctx.text.slice(title[0], c.span[0]))),
  ));
  if (!visited) return assigned;
  const evidence = evidenceAt(ctx.text, visited.span[0], visited.span[1], 'meeting/participant-country-visited');
  // (with a host official placed, only the people listed after one: "…, Foreign Minister Battsetseg, and …")
  // (and not the visitor, named before the place visited: "President Joseph R. Biden conducted an official visit to
  // the Kingdom of Saudi Arabia")
  const before = new Set(spanning(ctx.people, [from, visited.span[0]]).map((p) => p.name));
  const listed = known.size === 1 ? null : known.size === 2 ? hostList(ctx.text, assigned.participants, visited.code)
    : new Set([...inSentence(assigned.participants, lead.sentence.span)].filter((i) => !before.has(assigned.participants[i]!.name)));
  const participants = assigned.participants.map((p, i) => (p.country === null && (listed === null || listed.has(i)) ? { ...p, country: visited.code, provenance: { ...p.provenance, country: evidence } } : p));
  if (known.size === 0 && home !== null && ctx.publisher !== null && listed !== null && listed.size > 0) {
    return { participants, extra: [...assigned.extra, { code: home, evidence: { ...ctx.publisher.evidence, rule: 'meeting/visiting-publisher-country' } }] };
  }
  return { participants, extra: assigned.extra };
}

/** Indices of the participants named inside `span`. */
function inSentence(participants: readonly Participant[], span: Window): Set<number> {
  return new Set(participants.flatMap((p, i) => (p.provenance.name.start >= span[0] && p.provenance.name.end <= span[1] ? [i] : [])));
}

/** Words that may stand between two people of one list: commas, "and", capitalised title words and their "of". */
const LIST_GAP_RE = /^(?:[\s,]|(?:and|of|for|the)\b|[\p{Lu}][\p{L}’'.-]*)*$/u;

/**
 * Indices of the participants without a country listed right after one of country `code`, each joined to the one
 * before by a gap of only commas, "and" and capitalised words.
 */
function hostList(text: string, participants: readonly Participant[], code: string): Set<number> {
  const order = participants.map((p, i) => ({ p, i })).sort((a, b) => a.p.provenance.name.start - b.p.provenance.name.start);
  const out = new Set<number>();
  let chainEnd = -1;
  for (const { p, i } of order) {
    const start = Math.min(p.provenance.name.start, p.provenance.title?.start ?? Infinity);
    if (p.country === code) chainEnd = p.provenance.name.end;
    else if (p.country === null && chainEnd >= 0 && chainEnd <= start && LIST_GAP_RE.test(text.slice(chainEnd, start))) {
      out.add(i);
      chainEnd = p.provenance.name.end;
    } else chainEnd = -1;
  }
  return out;
}

/**
 * "External Affairs Minister Dr. S. Jaishankar arrived in Singapore today. During the visit, he called on Prime
 * Minister Lee Hsien Loong ...": when the lead's subject is "he" or "she", the first person named in the sentence
 * before it is that subject.
 */
function pronounSubject(ctx: ExtractionContext, lead: Lead): PersonMention | null {
  if (!lead.sentence || !lead.cue) return null;
  if (!PRONOUN_SUBJECT_RE.test(ctx.text.slice(lead.sentence.span[0], lead.cue.start))) return null;
  const at = ctx.doc.sentences.indexOf(lead.sentence);
  const before = at > 0 ? ctx.doc.sentences[at - 1] : undefined;
  if (!before) return null;
  const first = spanning(ctx.people, before.span)[0];
  // the sentence's subject: only capitalised words (a title, an honorific) before the name, not "The Prime Minister
  // thanked President Biden"
  if (!first || !SUBJECT_BEFORE_NAME_RE.test(ctx.text.slice(before.span[0], first.span[0]))) return null;
  return first;
}

/** Before a sentence's subject: an opening clause, then capitalised words only ("External Affairs Minister Dr. S. "). */
const SUBJECT_BEFORE_NAME_RE = /^(?:[^,]{0,40},\s*)?(?:[A-Z][\w.'’-]*\s+)*$/;

/** The lead's subject is a pronoun: "he called on", "During the visit, she held talks". */
const PRONOUN_SUBJECT_RE = /(?:^|[\s,])(?:he|she)\s+(?:also\s+)?$/i;

/**
 * "Today I met with Indonesian Foreign Minister Retno Marsudi": a minister's own media release speaks in the first
 * person and names its author only in the byline at the top ("Senator the Hon Penny Wong / Minister for Foreign
 * Affairs"). The author is the first person named in the lines above the lead, when the lead's subject is "I".
 */
function firstPersonAuthor(ctx: ExtractionContext, lead: Lead): PersonMention | null {
  if (!lead.sentence || !lead.cue) return null;
  const head = ctx.text.slice(lead.sentence.span[0], lead.cue.start);
  if (!FIRST_PERSON_RE.test(head)) return null;
  const first = ctx.people.find((p) => !p.short);
  return first && first.span[1] <= lead.sentence.span[0] && first.span[0] < BYLINE_REACH ? first : null;
}

/** The lead's subject is the writer: "I met", "Today I spoke", "This week, I held". */
const FIRST_PERSON_RE = /(?:^|[\s,])I\s+$/;
/** How far from the top of the page a byline naming the author may be. */
const BYLINE_REACH = 300;

/** Keeps the most informative mention of each person: a titled, full mention beats a short one. */
function keepMostInformative(byName: Map<string, PersonMention>, p: PersonMention): void {
  const key = p.name.toLowerCase();
  const prev = byName.get(key);
  if (!prev || (score(p) > score(prev))) byName.set(key, p);
}

function score(p: PersonMention): number {
  return (p.title ? 2 : 0) + (p.country ? 1 : 0) + (p.short ? 0 : 4);
}

interface Side { readonly code: string; readonly evidence: Evidence }

interface Sides {
  /** "Japan-Russia Summit Meeting": the sides a compound names. */
  readonly compound: Side[];
  /** "the Foreign Ministers of Australia, Brazil and India", "her Chinese counterpart". */
  readonly listed: Side[];
  /** The organisation whose members' meeting this is ("APEC Leaders’ Meeting"), when the lead names one. */
  readonly multilateral: Side | null;
}

/**
 * The sides named as such: a compound ("Japan-Russia Summit Meeting", "ASEAN-Japan") in the lead or title, or a
 * list ("the Foreign Ministers of Australia, Brazil and India", "counterparts from Canada, Germany ...").
 */
function findSides(ctx: ExtractionContext, lead: Lead, windows: readonly Window[]): Sides {
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
  // "participated in the Asia-Pacific Economic Cooperation (APEC) Virtual Leaders’ Retreat": an organisation's own
  // meeting; its members are the sides, and when the text does not list them the organisation stands for them.
  let multilateral: Side | null = null;
  for (const w of windows) {
    for (const c of spanning(ctx.countries, w)) {
      if (c.kind !== 'organisation' || c.rule === 'countries/compound') continue;
      if (MULTILATERAL_AFTER_RE.test(text.slice(c.span[1], Math.min(w[1], c.span[1] + 80)))) {
        multilateral = { code: c.code, evidence: evidenceAt(text, c.span[0], c.span[1], 'meeting/countries-multilateral') };
        break;
      }
    }
    if (multilateral) break;
  }
  return { compound, listed, multilateral };
}

/** After an organisation's name: the meeting of its members ("(APEC) Virtual Leaders’ Retreat", "Foreign Ministers’ Meeting"). */
const MULTILATERAL_AFTER_RE = /^\s*(?:\([A-Z0-9-]{2,10}\)\s*)?(?:(?:Virtual|Special|Extraordinary|Informal|Emergency|Annual|Online|Hybrid)\s+)*(?:(?:Leaders|Heads\s+of\s+(?:State|Government)|(?:Foreign\s+|Defen[cs]e\s+|Finance\s+)?Ministers)[’']?\s+(?:Meeting|Retreat|Summit|Call|Video\s*Conference|Videoconference|Dialogue)|Summit|Ministerial(?:\s+Meeting)?|Leaders[’']?\s+Week)\b/;

const LIST_END_RE = /(?<![A-Z]\.[A-Z])\.(?=\s+[A-Z]|\s*$)|[;:]|\b(?:to|via|by|on|about|and\s+(?:discussed|agreed|underscored))\b/;
const COUNTERPART_BEFORE_RE = /\b(?:his|her|their|its|our|my)\s+$/i;

const TOPIC_PAIR_BEFORE_RE = new RegExp(String.raw`\b(?:${TOPIC_PAIR_BEFORE.join('|')})\s+(?:the\s+)?$`, 'i');
const TOPIC_PAIR_AFTER_RE = new RegExp(String.raw`^\s*(?:[\w-]+\s+){0,2}?(?:${TOPIC_PAIR_AFTER.join('|')})\b`, 'i');

/**
 * `sides` without its compound when the compound is what the meeting discussed, not who met ("Vice FM Kim, Campbell
 * discuss N. Korea-Russia military ties"): the participants' own countries, with the publisher's, name two sides, and
 * the compound shares none of them, or it is framed as a topic ("discuss ... ties", "talks on the ... war") and names a
 * country none of them is. A compound the participants do not contradict ("Japan-Russia Summit Meeting", "ASEAN-Japan"
 * with the ASEAN chair's president) stays.
 */
function withoutTopicPair(ctx: ExtractionContext, sides: Sides, people: readonly PersonMention[]): Sides {
  if (sides.compound.length < 2) return sides;
  const known = new Set<string>();
  for (const p of people) if (p.country) known.add(p.country.code);
  if (ctx.publisher?.country) known.add(ctx.publisher.country);
  if (known.size < 2) return sides;
  const outside = sides.compound.filter((c) => !known.has(c.code));
  if (outside.length === 0) return sides;
  if (outside.length < sides.compound.length && !isTopicFramed(ctx.text, sides.compound)) return sides;
  return { ...sides, compound: [] };
}

/** The compound's words follow a topic verb or preposition and precede a relation noun ("discuss N. Korea-Russia military ties"). */
function isTopicFramed(text: string, compound: readonly Side[]): boolean {
  const first = compound[0]!.evidence;
  const last = compound[compound.length - 1]!.evidence;
  return TOPIC_PAIR_BEFORE_RE.test(text.slice(Math.max(0, first.start - 40), first.start)) && TOPIC_PAIR_AFTER_RE.test(text.slice(last.end, last.end + 40));
}

/**
 * Gives each participant a country: their own (from the text, a delegation, a coordinated list, a title only one
 * country uses, the readout's title, the one compound side no one else holds), else, for the publisher's own
 * official, the publisher's country, else null.
 *
 * The publisher's own official is the one the lead starts with ("Secretary Blinken met ..."), or the one the title
 * names as its subject ("Readout of President Biden’s Call with ..."); the people met are counterparts, whose country
 * the publisher does not tell. When two people are the subjects of a meeting verb with no object ("President Biden
 * and Prime Minister Johnson spoke today"), they are the two sides: without a title to tell which is the
 * publisher's, neither gets its country.
 */
function assignCountries(ctx: ExtractionContext, lead: Lead, people: readonly PersonMention[], sides: Sides): { participants: Participant[]; extra: Side[] } {
  const { text } = ctx;
  const claimed = new Set(people.map((p) => p.country?.code).filter((c): c is string => !!c));
  const free = sides.compound.filter((s) => !claimed.has(s.code));
  const extra: Side[] = [];
  const title = titleSidesOf(ctx);
  const roles = leadRoles(ctx, lead, people);
  // Countries from the text and the title, before anyone is given the publisher's.
  const own = people.map((p, i): { code: string; evidence: Evidence } | null => {
    if (p.country) return { code: p.country.code, evidence: evidenceAt(text, p.country.span[0], p.country.span[1], p.country.rule) };
    const fromTitle = title ? titleCounterpartCountry(title, p) : null;
    if (fromTitle) return fromTitle;
    const delegation = delegationCountry(ctx, p);
    if (delegation) return delegation;
    const coordinated = coordinatedCountry(ctx, lead, people, i, roles);
    if (coordinated) return coordinated;
    if (p.title) {
      const byTitle = titleCountryIn(ctx, p.title.text, claimed);
      if (byTitle !== null) return { code: byTitle, evidence: evidenceAt(text, p.title.span[0], p.title.span[1], 'meeting/participant-country-from-title') };
    }
    return null;
  });
  // The one compound side no one holds is the people's left without a country: "Japan-Russia Summit Meeting ... Prime
  // Minister Abe held talks with President Putin of Russia". A side held by title counts as held ("Minister Wong,
  // Defence Minister Richard Marles of Australia and External Affairs Minister Dr S. Jaishankar held the
  // Australia-India ... Dialogue": India is Jaishankar's, so Wong is not Indian). When no side is held by the text, one
  // left after the titles goes to the one person left only when each side has one person ("Minister Wong held the
  // 14th Australia-India Foreign Ministers' Framework Dialogue with External Affairs Minister Dr S. Jaishankar"; not
  // "Secretary Blinken, Attorney General Garland and Secretary Mayorkas" at a U.S.-Mexico dialogue).
  const left = free.filter((side) => !own.some((o) => o?.code === side.code));
  const openOwn = own.flatMap((o, i) => (o === null ? [i] : []));
  if (left.length === 1 && (free.length === 1 || (openOwn.length === 1 && people.length === free.length))) {
    for (const i of openOwn) own[i] = { code: left[0]!.code, evidence: { ...left[0]!.evidence, rule: 'meeting/participant-country-from-sides' } };
  }
  const titleHome = title ? people.map((p) => isTitleHome(title, p)) : people.map(() => false);
  // "Wang Yi Holds Talks with Sergey Lavrov": someone the title says was met is no home official
  const titleMet = title ? people.map((p, i) => !titleHome[i] && namedIn(p.name, title.sides.met)) : people.map(() => false);
  if (title) unnamedTitleCounterpart(title, people, own, titleHome, roles);
  const titleNamesHome = titleHome.some((h) => h);
  // Subjects of a meeting verb without an object: the two sides, unless all but one are placed already.
  const openSubjects = people.filter((_, i) => roles[i] === 'subject' && !own[i]).length;
  const sidesAsSubjects = roles.includes('subject') && !roles.includes('counterpart') && lead.cue !== null && SUBJECT_VERB_RE.test(text.slice(lead.cue.start, lead.cue.end));
  // "Foreign Minister X of Argentina met with Secretary Blinken": when every subject is placed in another country,
  // the one counterpart left without a country is the publisher's official.
  const subjectsForeign = roles.includes('subject') && people.every((_, i) => roles[i] !== 'subject' || (own[i] && own[i]!.code !== ctx.publisher?.country));
  const openCounterparts = people.filter((_, i) => roles[i] === 'counterpart' && !own[i]).length;
  let home: CountryMention | false | undefined;
  let paired: CountryMention | false | undefined;
  let accredited: CountryMention | false | undefined;
  const participants = people.map((p, i): Participant => {
    let country = own[i] ?? null;
    // a well-known principal the text places nowhere ("spoke today with Chancellor Olaf Scholz"), before any guess
    // from the publisher
    const known = country === null ? knownPersonCountry(p.name) : null;
    if (known !== null) country = { code: known, evidence: evidenceAt(text, p.span[0], p.span[1], 'meeting/participant-country-known-person') };
    const ownOfficial = titleHome[i] || (roles[i] === 'counterpart' && subjectsForeign && openCounterparts === 1 && !titleNamesHome) ||
      (roles[i] !== 'counterpart' && !titleMet[i] && !(roles[i] === 'subject' && (titleNamesHome || (sidesAsSubjects && openSubjects >= 2))));
    if (!country && ownOfficial && ctx.publisher?.country) {
      country = { code: ctx.publisher.country, evidence: { ...ctx.publisher.evidence, rule: 'meeting/participant-country-from-publisher' } };
      extra.push({ code: country.code, evidence: country.evidence });
    }
    if (!country && ownOfficial && !ctx.publisher?.country && sides.compound.length === 0) {
      // Without a publisher, the own official's side is the country the text pairs with the counterparts' as the
      // other side of their relationship ("the relationship between the United States and Brazil", "U.S.-Vietnam
      // partnership"); a country that is only talked about (Afghanistan, Ukraine) is never a side.
      home ??= pairedHome(ctx, new Set([...claimed, ...sides.listed.map((l) => l.code)])) ?? false;
      if (home) {
        country = { code: home.code, evidence: evidenceAt(text, home.span[0], home.span[1], 'meeting/participant-country-paired-home') };
        extra.push({ code: country.code, evidence: country.evidence });
      }
    }
    if (!country && !ownOfficial && roles[i] === 'counterpart' && openCounterparts === 1 && ctx.publisher?.country) {
      // The one counterpart the text gives no country: the country it pairs with the publisher's as the other side of
      // their relationship ("the partnership between the United States and the United Arab Emirates").
      // Not when another participant is already of that country: the one left open is then more likely a home official.
      paired ??= pairedHome(ctx, new Set([ctx.publisher.country])) ?? false;
      if (paired && !claimed.has(paired.code)) {
        country = { code: paired.code, evidence: evidenceAt(text, paired.span[0], paired.span[1], 'meeting/participant-country-paired-counterpart') };
        extra.push({ code: country.code, evidence: country.evidence });
      }
    }
    if (!country && roles[i] === 'counterpart' && openCounterparts === 1) {
      // "Ambassador of Japan to India H.E. Mr. ONO Keiichi called on Shri Ashwini Vaishnaw": the host an envoy is
      // accredited to is the counterpart's country.
      accredited ??= accreditedHost(ctx, lead, claimed) ?? false;
      if (accredited) {
        country = { code: accredited.code, evidence: evidenceAt(text, accredited.span[0], accredited.span[1], 'meeting/participant-country-accredited-host') };
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

/**
 * Before the country an envoy is accredited to: "Ambassador of Japan to ", "the U.S. Ambassador to ", "High
 * Commissioner of Canada to ", "Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to the ".
 */
const ACCREDITED_TO_RE = /\b(?:Ambassador|High\s+Commissioner|Envoy|Charg[ée]\s+d[’']\s?Affaires(?:\s+a\.\s?i\.)?|Consul(?:[\s-]General)?)(?:\s+(?:Extraordinary\s+and\s+Plenipotentiary|[Dd]esignate))?(?:\s+of\s+(?:the\s+)?[^,;.()\n]{2,60}?)?\s+to\s+(?:the\s+)?$/i;
/** A mission publishing in its host country: "Embassy of Japan in India", "High Commission of India to Fiji". */
const MISSION_IN_RE = /\b(?:Embassy|High\s+Commission|Consulate(?:[\s-]General)?|Permanent\s+Mission|Delegation)\s+of\s+(?:the\s+)?[^,;\n]{2,60}?\s+(?:in|to)\s+(?:the\s+)?$/i;

/**
 * The country an envoy of the lead is accredited to ("Ambassador of Japan to India ... called on"), or the host
 * country of the mission that publishes ("Embassy of Japan in India"): the other side of the envoy's meeting. Not a
 * country a participant already holds, nor the publisher's own.
 */
function accreditedHost(ctx: ExtractionContext, lead: Lead, claimed: ReadonlySet<string>): CountryMention | null {
  const { text } = ctx;
  const usable = (c: CountryMention): boolean => c.kind !== 'organisation' && !claimed.has(c.code) && c.code !== ctx.publisher?.country;
  for (const s of lead.sentences) {
    const to = spanning(ctx.countries, s.span).find((c) => usable(c) && ACCREDITED_TO_RE.test(text.slice(Math.max(s.span[0], c.span[0] - 120), c.span[0])));
    if (to) return to;
  }
  const pub = ctx.publisher?.evidence;
  if (!pub || pub.end <= pub.start) return null;
  return spanning(ctx.countries, [pub.start, pub.end]).find((c) => usable(c) && MISSION_IN_RE.test(text.slice(pub.start, c.span[0]))) ?? null;
}

/** Verbs whose subjects, with no object, are the meeting's sides ("X and Y met", "X and Y spoke today"). */
const SUBJECT_VERB_RE = /^(?:met|meets|spoke|speaks|talked|held|had|hold|holds|conducted|convened)\b/i;

/**
 * Each participant's place in the lead sentence: `subject` before the cue ("President Biden spoke with ..."),
 * `counterpart` from the cue on ("... spoke with Prime Minister X", "welcomed Prime Minister X to ..."), `other`
 * outside the lead sentence (continuations, the title line).
 */
function leadRoles(ctx: ExtractionContext, lead: Lead, people: readonly PersonMention[]): ('subject' | 'counterpart' | 'other')[] {
  return people.map((p) => {
    if (lead.cue === null || lead.sentence === null) return 'other';
    const [s, e] = lead.sentence.span;
    // The participant kept may be the fuller mention of the title line ("Meeting with President Xi Jinping"); the
    // same person named in the lead ("Today I met with President Xi Jinping") has the role the lead gives them.
    const at = p.span[0] >= s && p.span[1] <= e ? p : spanning(ctx.people, lead.sentence.span).find((q) => q.name === p.name);
    if (!at) return continuationObject(ctx, lead, p) ? 'counterpart' : 'other';
    return at.span[0] >= lead.cue.start ? 'counterpart' : 'subject';
  });
}

/** A meeting verb and its preposition before an object ("… and the U.S. delegation met with "). */
const OBJECT_CUE_RE = /\b(?:met|meets|spoke|speaks|talked|called\s+on|held\s+(?:talks|a\s+meeting)|(?:paid|made)\s+a\s+(?:courtesy\s+)?call\s+on)(?:\s+(?:separately|jointly|also|today|yesterday|virtually|by\s+(?:tele)?phone))*\s+(?:with\s+|to\s+)?(?:the\s+)?/gi;

/**
 * True when `p` is the object of a meeting verb in one of the lead's continuation sentences ("In Senegal, Singh and
 * the U.S. delegation met with President Macky Sall"): a counterpart, never the publisher's own official.
 */
function continuationObject(ctx: ExtractionContext, lead: Lead, p: PersonMention): boolean {
  const start = p.title && p.title.span[0] < p.span[0] ? p.title.span[0] : p.span[0];
  const sentence = lead.sentences.find((x) => x.span[0] <= start && p.span[1] <= x.span[1]);
  if (sentence === undefined || sentence === lead.sentence) return false;
  const before = ctx.text.slice(Math.max(sentence.span[0], start - 160), start);
  let cueEnd = -1;
  for (const m of before.matchAll(OBJECT_CUE_RE)) cueEnd = m.index + m[0].length;
  // (the cue's own object, or one listed after it: "met with President Macky Sall and Minister of Economy Amadou Hott")
  return cueEnd >= 0 && LIST_GAP_RE.test(before.slice(cueEnd));
}

/** The readout's title read for sides: the title in the text, else the one known from metadata. */
function titleSidesOf(ctx: ExtractionContext): { sides: TitleSides; at: number | null; text: string } | null {
  const t = ctx.title && ctx.title.origin === undefined ? { text: ctx.title.text, at: ctx.title.start as number | null } : ctx.externalTitle ? { text: ctx.externalTitle, at: null } : null;
  if (!t) return null;
  const sides = readTitleSides(t.text);
  return sides ? { sides, at: t.at, text: t.text } : null;
}

function isTitleHome(title: { sides: TitleSides }, p: PersonMention): boolean {
  const { sides } = title;
  if (sides.counterparts.some((c) => namedIn(p.name, c.words))) return false;
  return namedIn(p.name, sides.home) || (sides.home.size > 0 && p.title !== null && p.title.text.trim().toLowerCase() === sides.homeTitle);
}

/** "Call with Prime Minister Boris Johnson of the United Kingdom": the country the title gives a counterpart. */
function titleCounterpartCountry(title: { sides: TitleSides; at: number | null; text: string }, p: PersonMention): { code: string; evidence: Evidence } | null {
  if (namedIn(p.name, title.sides.home)) return null;
  const found = title.sides.counterparts.filter((c) => namedIn(p.name, c.words));
  if (found.length !== 1) return null;
  const c = found[0]!;
  const rule = 'meeting/participant-country-from-readout-title';
  const evidence: Evidence = title.at === null
    ? { text: title.text, start: 0, end: 0, rule, origin: 'metadata' }
    : { text: title.text.slice(c.span[0], c.span[1]), start: title.at + c.span[0], end: title.at + c.span[1], rule };
  return { code: c.code, evidence };
}

/**
 * "Readout of President Biden’s Meeting with the President of Tunisia" ... "President Biden met with Kais Saied": a
 * title that names its one counterpart by office and country only gives that country to the one participant left
 * without a country who is not the title's subject nor a subject of the lead. Sets `own[i]` in place.
 */
function unnamedTitleCounterpart(
  title: { sides: TitleSides; at: number | null; text: string },
  people: readonly PersonMention[],
  own: ({ code: string; evidence: Evidence } | null)[],
  titleHome: readonly boolean[],
  roles: readonly string[],
): void {
  const { counterparts } = title.sides;
  if (counterparts.length !== 1 || title.sides.home.size === 0) return;
  const c = counterparts[0]!;
  if (people.some((p) => namedIn(p.name, c.words)) || own.some((o) => o?.code === c.code)) return;
  const open = people.flatMap((_, i) => (own[i] === null && !titleHome[i] && roles[i] !== 'subject' ? [i] : []));
  if (open.length !== 1) return;
  const rule = 'meeting/participant-country-from-readout-title';
  own[open[0]!] = title.at === null
    ? { code: c.code, evidence: { text: title.text, start: 0, end: 0, rule, origin: 'metadata' } }
    : { code: c.code, evidence: { text: title.text.slice(c.span[0], c.span[1]), start: title.at + c.span[0], end: title.at + c.span[1], rule } };
}

/** How far after a name a country may trail it and still be read as shared ("... Nicolás Posse, Chief of Cabinet of Argentina"). */
const TRAILING_COUNTRY_REACH = 100;
const COORDINATION_RE = /^[\s,]*(?:(?:and|of|the|for|on|to|[A-Z][\w’'.-]*|\([^()]*\))[\s,]+)*$/;

/**
 * "Foreign Minister Diana Mondino and Chief of Cabinet Nicolás Posse of Argentina": a coordinated list shares the
 * country named at its end. Not when the two hold the same title ("President Biden and President Macron of France":
 * one of each side), nor when they are the subjects of a meeting verb with no object ("X and Y of Vietnam met"),
 * which makes them the two sides.
 */
function coordinatedCountry(ctx: ExtractionContext, lead: Lead, people: readonly PersonMention[], i: number, roles: readonly string[]): { code: string; evidence: Evidence } | null {
  const p = people[i]!;
  const j = people.findIndex((q) => q.span[0] > p.span[1]);
  const next = j >= 0 ? people[j] : undefined;
  // The shared country trails the last name ("... Nicolás Posse of Argentina"); one inside the last person's own
  // title ("Chairman of the Government of the Russian Federation Vladimir Putin") is theirs alone.
  // (a country the same person was given elsewhere in the text, "Egyptian Foreign Minister" in the body for "Shoukry"
  // in the title, does not trail this mention)
  if (!next?.country || next.country.span[0] < next.span[1] || next.country.span[0] - next.span[1] > TRAILING_COUNTRY_REACH) return null;
  // Only titles and connectors may stand between them: a verb means a new clause.
  const between = ctx.text.slice(p.span[1], next.span[0]);
  if (between.length > 120 || !COORDINATION_RE.test(between) || !/\band\b|,/.test(between)) return null;
  if (p.title && next.title && foldTitleText(p.title.text) === foldTitleText(next.title.text)) return null;
  if (roles[i] === 'subject' && roles[j] === 'subject' && !roles.includes('counterpart') && lead.cue && SUBJECT_VERB_RE.test(ctx.text.slice(lead.cue.start, lead.cue.end))) return null;
  return { code: next.country.code, evidence: evidenceAt(ctx.text, next.country.span[0], next.country.span[1], 'meeting/participant-country-coordinated') };
}

function foldTitleText(t: string): string {
  return t.replace(/[’']/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The country whose officials hold `title` ({@link TITLE_COUNTRIES}) in this text, else null. A title another country
 * uses too ("Secretary of State": also the Holy See's) is that other country's when the text names it or is published
 * by it and does not name the usual one, and undecided when the text names both. A country another participant was
 * given by the text does not count ("Secretary of State Antony Blinken met the Holy See's Secretary of State").
 */
function titleCountryIn(ctx: ExtractionContext, title: string, claimed: ReadonlySet<string>): string | null {
  const entry = titleCountry(title);
  if (entry === null || entry.alsoHeldIn.length === 0) return entry?.country ?? null;
  const named = (code: string): boolean => !claimed.has(code) && (ctx.publisher?.country === code || ctx.countries.some((c) => c.code === code));
  const candidates = [entry.country, ...entry.alsoHeldIn].filter(named);
  if (candidates.length === 0) return entry.country;
  return candidates.length === 1 ? candidates[0]! : null;
}

/** The entry of {@link TITLE_COUNTRIES} `title` matches, else null; memoised by title text. */
function titleCountry(title: string): (typeof TITLE_COUNTRY_RES)[number] | null {
  let entry = titleCountries.get(title);
  if (entry === undefined) {
    if (titleCountries.size > 5000) titleCountries.clear();
    const folded = title.replace(/’/g, "'");
    entry = TITLE_COUNTRY_RES.find((t) => t.re.test(folded)) ?? null;
    titleCountries.set(title, entry);
  }
  return entry;
}
const titleCountries = new Map<string, (typeof TITLE_COUNTRY_RES)[number] | null>();

/**
 * "delegation was led by", the elided "... and the Vietnamese delegation by Vice Foreign Minister X", "The Government of
 * the UAE was represented by the Chargé d'Affaires ..., Ms. X".
 */
const DELEGATION_RE = /^\s+(?:delegation|side|team|government)\b(?:[^.;]{0,40}?\b(?:led|headed|represented))?\s+by\b/i;
/** "The Government of the UAE was represented by ...", "the delegation of Japan was led by ...". */
const DELEGATION_OF_BEFORE_RE = /\b(?:government|delegation)\s+of\s+(?:the\s+)?$/i;
const DELEGATION_OF_AFTER_RE = /^\s+(?:was|were)\s+(?:led|headed|represented)\s+by\b/i;

/** "Japanese delegation was led by Mr. X, ... and Mr. Y": the delegation's country is theirs. */
function delegationCountry(ctx: ExtractionContext, p: PersonMention): { code: string; evidence: Evidence } | null {
  const sentence = ctx.doc.sentences.find((s) => p.span[0] >= s.span[0] && p.span[1] <= s.span[1]);
  if (!sentence) return null;
  let best: CountryMention | null = null;
  for (const c of spanning(ctx.countries, [sentence.span[0], p.span[0]])) {
    if (DELEGATION_RE.test(ctx.text.slice(c.span[1], c.span[1] + 60))) best = c;
    else if (DELEGATION_OF_BEFORE_RE.test(ctx.text.slice(Math.max(sentence.span[0], c.span[0] - 30), c.span[0])) && DELEGATION_OF_AFTER_RE.test(ctx.text.slice(c.span[1], c.span[1] + 40))) best = c;
  }
  return best ? { code: best.code, evidence: evidenceAt(ctx.text, best.span[0], best.span[1], 'meeting/participant-country-delegation') } : null;
}

/** Words that make a pair of countries the two sides of a relationship ("the United States and Brazil’s cooperation"). */
const RELATION_AFTER_RE = /^[’']?s?\s*(?:(?!(?:to|in|of|for|with|on|and|or|by|at|from|over|that|which|who)\s)[\w-]+\s+){0,3}?(?:relationship|relations|partnership|ties|alliance|cooperation|friendship|bilateral|countries|nations|governments|peoples|leaders|commitment)\b/i;
const RELATION_BEFORE_RE = /\b(?:relationship|relations|partnership|ties|alliance|cooperation|friendship|cooperate|bilateral\s+\w+)\s+between\s+(?:the\s+)?$/i;
/** How far apart the two countries of a pair may be ("the United States and the Republic of Korea"). */
const PAIR_GAP_RE = /^(?:[-–‑]|\s+and\s+(?:the\s+)?)$/;

/**
 * The country the text pairs with one of `counterparts` as the other side of their relationship: "U.S.-Vietnam
 * Comprehensive Strategic Partnership", "the relationship between the United States and Brazil", "the United States
 * and Belgium’s cooperation", "Moscow and Beijing’s commitment". The country must be named at least twice in the text. Null when no country is paired
 * so, or when two are paired equally often. Countries merely talked about ("developments in Afghanistan") are never
 * paired this way.
 */
function pairedHome(ctx: ExtractionContext, counterparts: ReadonlySet<string>): CountryMention | null {
  if (counterparts.size === 0) return null;
  const { text } = ctx;
  const counts = new Map<string, { n: number; first: CountryMention }>();
  const cs = ctx.countries;
  for (let k = 0; k + 1 < cs.length; k++) {
    const a = cs[k]!;
    const b = cs[k + 1]!;
    // A capital standing for its government pairs too ("Moscow and Beijing’s commitment"); one that is a place does not.
    if (a.rule === 'countries/capital-locative' || b.rule === 'countries/capital-locative' || a.code === b.code) continue;
    if (!PAIR_GAP_RE.test(text.slice(a.span[1], b.span[0]))) continue;
    const home = counterparts.has(a.code) ? (counterparts.has(b.code) ? null : b) : counterparts.has(b.code) ? a : null;
    if (!home || home.kind === 'organisation' || inChrome(ctx, a.span[0], b.span[1])) continue;
    const relation = RELATION_AFTER_RE.test(text.slice(b.span[1], b.span[1] + 60)) || RELATION_BEFORE_RE.test(text.slice(Math.max(0, a.span[0] - 50), a.span[0]));
    if (!relation) continue;
    const entry = counts.get(home.code);
    if (entry) entry.n++;
    else counts.set(home.code, { n: 1, first: home });
  }
  let best: { n: number; first: CountryMention } | null = null;
  let tie = false;
  // A side the text names once ("the relationship between Greece and Türkiye") is more likely a third party's.
  for (const [code, e] of counts) if (e.n < 2 && cs.filter((c) => c.code === code && c.kind !== 'capital').length < 2) counts.delete(code);
  for (const e of counts.values()) {
    if (!best || e.n > best.n) { best = e; tie = false; } else if (e.n === best.n) tie = true;
  }
  return best && !tie ? best.first : null;
}

/**
 * The meeting's sides. A compound names them exactly; otherwise the participants' countries and the listed sides,
 * plus, for an organisation's meeting whose members the text does not list ("the APEC Virtual Leaders’ Retreat,
 * hosted by Prime Minister Ardern of New Zealand"), the organisation: the host and the publisher's leader are two of
 * its many members, not a bilateral.
 */
/** Adds `side` unless a side of the same country is already in `out`. */
function addSide(out: Side[], side: Side): void {
  if (!out.some((o) => o.code === side.code)) out.push(side);
}

function meetingCountries(participants: readonly Participant[], sides: Sides, extra: readonly Side[]): Side[] {
  const out: Side[] = [];
  if (sides.compound.length >= 2) {
    // A compound names the sides exactly; a co-chair's own country (Indonesia for ASEAN) is not a side.
    for (const side of sides.compound) addSide(out, side);
  } else {
    for (const p of participants) if (p.country && p.provenance.country) addSide(out, { code: p.country, evidence: p.provenance.country });
    for (const side of sides.listed) addSide(out, side);
    for (const side of extra) addSide(out, side);
    if (sides.multilateral && sides.listed.length < 2) addSide(out, sides.multilateral);
  }
  return out.length < 2 ? out : out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The rank an office written in apposition right after a participant's name gives ("..., head of the FDFA"), or null. */
function officeLevel(text: string, p: Participant): { level: Level; evidence: Evidence } | null {
  const end = p.provenance.name.end;
  const m = OFFICE_LEVEL_RE.exec(text.slice(end, end + OFFICE_REACH));
  if (!m) return null;
  const at = end + m.index + m[0].length - m[2]!.length;
  const level = OFFICE_LEVELS[OFFICE_LEVELS_SOURCES.findIndex((re) => re.test(m[2]!))]!.level;
  return { level, evidence: evidenceAt(text, at, at + m[2]!.length, 'meeting/level-from-office') };
}

const OFFICE_LEVELS_SOURCES = OFFICE_LEVELS.map((o) => new RegExp(String.raw`^(?:${o.pattern})$`));
const OFFICE_LEVEL_RE = new RegExp(String.raw`^(,\s+(?:the\s+)?)(${OFFICE_LEVELS.map((o) => `(?:${o.pattern})`).join('|')})`);
/** How far after a name its office is looked for. */
const OFFICE_REACH = 90;

function pickLevel(ctx: ExtractionContext, lead: Lead, participants: readonly Participant[], windows: readonly Window[]): { value: Level; evidence: Evidence } | null {
  const { text } = ctx;
  const levels = new Map<Level, Evidence>();
  const titled: { level: Level; ranks: readonly Level[]; evidence: Evidence }[] = [];
  for (const p of participants) {
    const office = officeLevel(text, p);
    if (office) {
      if (!levels.has(office.level)) levels.set(office.level, office.evidence);
      titled.push({ level: office.level, ranks: [office.level], evidence: office.evidence });
      continue;
    }
    const byCountry = p.title ? countryTitleLevel(p.title, p.country) : null;
    const lvl = byCountry ?? (p.title ? levelOfTitle(p.title) : null);
    if (!lvl || !p.provenance.title) continue;
    if (!levels.has(lvl)) levels.set(lvl, { ...p.provenance.title, rule: 'meeting/level-from-titles' });
    titled.push({ level: lvl, ranks: byCountry ? [byCountry] : titleRanks(p.title!), evidence: p.provenance.title });
  }
  // Only a subject of no state rank (a Secretary-General, a Chair) is counted: an unnamed state title may hide a rank
  // the two share (dev's "The Foreign Secretary met Tánaiste Simon Coveney", who is also foreign minister).
  const subject = unnamedSubject(ctx, lead, participants);
  if (subject && subject.level === 'other' && titled.length > 0) {
    if (!levels.has(subject.level)) levels.set(subject.level, subject.evidence);
    titled.push({ level: subject.level, ranks: titleRanks(subject.evidence.text), evidence: subject.evidence });
  }
  if (levels.size === 1) {
    for (const [value, evidence] of levels) return { value, evidence };
  }
  if (levels.size > 1) {
    const shared = sharedRank(titled);
    if (shared) return shared;
  }
  // Read only when the titles do not settle it (it has no side effects).
  const noun = levelFromNouns(text, windows, ctx.people);
  if (noun) return noun;
  if (levels.size > 1) {
    const first = [...levels.values()][0]!;
    return { value: 'other', evidence: { ...first, rule: 'meeting/level-mixed-ranks' } };
  }
  return null;
}

/**
 * A lead whose subject is a bare title ("The Secretary-General met today with H.E. Mr. Mohammad Shtayyeh, Prime
 * Minister ...", "The Prime Minister spoke to President Erdoğan"): the publisher's own principal, unnamed, still has
 * a rank. Only a run of capitalised words right before the cue, after any opening clause, and naming nobody.
 */
function unnamedSubject(ctx: ExtractionContext, lead: Lead, participants: readonly Participant[]): { level: Level; evidence: Evidence } | null {
  if (!lead.sentence || !lead.cue) return null;
  const from = lead.sentence.span[0];
  const head = ctx.text.slice(from, lead.cue.start);
  const m = SUBJECT_TITLE_RE.exec(head);
  if (!m || !m[1]) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  if (participants.some((p) => p.provenance.name.start < end && start < p.provenance.name.end)) return null;
  const level = levelOfTitle(m[1]);
  return level ? { level, evidence: evidenceAt(ctx.text, start, end, 'meeting/level-subject-title') } : null;
}

/** "[..., ]The Secretary-General " before the cue: a title of one to four capitalised words as the whole subject. */
const SUBJECT_TITLE_RE = /(?:^|,\s+)(?:The|the)\s+((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+$/;

/**
 * The rank every titled participant can hold, when their main ranks differ: "Prime Minister and Minister of Foreign
 * Affairs" meeting a "Secretary of State" is a foreign ministers' meeting, and so is a bare "Minister" talking with a
 * "Minister of Foreign Affairs". Of several shared ranks, the one most participants hold first, then the highest.
 */
function sharedRank(titled: readonly { level: Level; ranks: readonly Level[]; evidence: Evidence }[]): { value: Level; evidence: Evidence } | null {
  let shared: Level[] = [...titled[0]!.ranks];
  for (const t of titled) shared = shared.filter((rank) => t.ranks.includes(rank));
  if (shared.length === 0) return null;
  const held = (rank: Level): number => titled.filter((t) => t.level === rank).length;
  const value = shared.reduce((best, rank) => (held(rank) > held(best) ? rank : best));
  const by = titled.find((t) => t.level === value) ?? titled.find((t) => t.ranks.length > 1)!;
  return { value, evidence: { ...by.evidence, rule: 'meeting/level-shared-rank' } };
}

/** The rank a title has in the holder's country when it differs from the usual one ({@link COUNTRY_TITLE_LEVELS}). */
function countryTitleLevel(title: string, country: string | null): Level | null {
  if (!country) return null;
  for (const t of COUNTRY_TITLE_LEVELS_RES) if (t.countries.includes(country) && t.re.test(title)) return t.level;
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

function levelFromNouns(text: string, windows: readonly Window[], people: readonly PersonMention[]): { value: Level; evidence: Evidence } | null {
  for (const [s, e] of windows) {
    const slice = text.slice(s, e);
    // One scan for all the nouns first: most windows name none, and then the five scans in level order are skipped.
    if (!ANY_LEVEL_RE.test(slice)) continue;
    for (const { re, level } of LEVEL_RES) {
      const m = re.exec(slice);
      if (!m) continue;
      const start = s + m.index;
      // "Deputy Foreign Minister Sergey Ryabkov met with Ambassador ...": a rank inside a person's title is that
      // person's, not the meeting's
      if (people.some((p) => p.title !== null && p.title.span[0] <= start && start < p.title.span[1])) continue;
      return { value: level, evidence: evidenceAt(text, start, start + m[0].length, 'meeting/level-from-noun') };
    }
  }
  return null;
}

/** The meeting date: a day named in the lead (past reading), else the published date. */
function pickDate(ctx: ExtractionContext, lead: Lead): { value: string; evidence: Evidence } | null {
  const spans: Window[] = [];
  // The opening dateline's day, passed over while the lead may name the meeting's own day.
  let filed: TimeExpression | undefined;
  const isFiled = (x: TimeExpression): boolean => {
    if (filingDay(ctx, x) === null) return false;
    filed ??= x;
    return true;
  };
  for (const s of lead.sentences) spans.push(s.span);
  if (lead.line) spans.push(lead.line);
  if (lead.titleLine) spans.push(lead.titleLine);
  for (const w of spans) {
    // A title may give the day in brackets ("... Dmytro Kuleba (2 March 2023)", France Diplomatie's house style); in a
    // sentence, a day in brackets restates it in another time zone.
    const isTitle = w === lead.titleLine;
    // ("08 September 2023 – Secretary Manalo met ... on 5 September 2023": the opening date is the page's, not the
    // meeting's; it stays the fallback below)
    const inW = spanning(ctx.times, w);
    // "On September 23, commencing at 0:45 a.m. (Japan time; September 22, 11:45 a.m. local time)": the day the
    // brackets mark as local is the meeting's
    const local = isTitle ? undefined : inW.find((x) => isDay(x) && x.pastStart && insideParens(ctx.text, x.span, w) && LOCAL_IN_BRACKET_RE.test(ctx.text.slice(x.span[1], x.span[1] + 40)));
    if (local && local.pastStart) return { value: local.pastStart, evidence: evidenceAt(ctx.text, local.span[0], local.span[1], `meeting/date-local (${local.rule})`) };
    const t = inW.find((x) => isDay(x) && (isTitle || !insideParens(ctx.text, x.span, w) || isWeekdayRestated(ctx.text, x, w)) && !inTopicClause(ctx.text, x.span, w) && !inFutureClause(ctx.text, x.span, w) && !isPublishedDate(ctx, x.span) && !isVisitRange(ctx.text, x, w) && !isFiled(x));
    const sameDay = SAME_DAY_RE.exec(ctx.text.slice(w[0], t ? t.span[0] : w[1]));
    // "This afternoon, President Biden convened a call ...": the day the readout was issued; on a page that prints
    // no published date, the day its times are read against (a dated title: "Audience with ..., 18.10.2023").
    const day = ctx.published?.value ?? ctx.referenceDate;
    if (sameDay && day) {
      const at = w[0] + sameDay.index;
      return { value: day, evidence: evidenceAt(ctx.text, at, at + sameDay[0].length, ctx.published ? 'meeting/date-same-day' : 'meeting/date-same-day-reference') };
    }
    if (t && t.pastStart) return { value: t.pastStart, evidence: evidenceAt(ctx.text, t.span[0], t.span[1], `meeting/date (${t.rule})`) };
  }
  // "VIENTIANE, July 26 (Yonhap) -- ... held talks": with no other day in the lead, the filing day is the story's
  if (filed?.pastStart) return { value: filed.pastStart, evidence: evidenceAt(ctx.text, filed.span[0], filed.span[1], `meeting/date-dateline (${filed.rule})`) };
  if (ctx.published) return { value: ctx.published.value, evidence: { ...ctx.published.evidence, rule: 'meeting/date-from-published' } };
  return null;
}

/**
 * `time` when it is the date of the opening dateline of its paragraph ("Accra, March 8, GNA - ... on Tuesday held
 * talks", "Vientiane, Sept 6 (KPL) - ... yesterday"): the day the story was filed, not the meeting's, on a page whose
 * published date was printed elsewhere (a time stamp above the story). Null otherwise.
 */
function filingDay(ctx: ExtractionContext, time: TimeExpression): TimeExpression | null {
  if (!ctx.published || !isDay(time)) return null;
  const line = ctx.doc.lines.find((l) => l.contentStart <= time.span[0] && time.span[0] < l.span[1]);
  if (!line || line.kind !== 'paragraph') return null;
  const dateline = openingDateline(ctx.text.slice(line.contentStart, line.span[1]));
  return dateline && line.contentStart + dateline.place <= time.span[0] && time.span[1] <= line.contentStart + dateline.end ? time : null;
}

/** The published date's own words when they open the story ("Jakarta, 7 March 2023 - ...", "08 September 2023 – ..."). */
function isPublishedDate(ctx: ExtractionContext, span: readonly [number, number]): boolean {
  const e = ctx.published?.evidence;
  if (!e || (e.rule !== 'document/agency-dateline' && e.rule !== 'document/opening-date')) return false;
  return span[0] < e.end && e.start < span[1];
}

const SAME_DAY_RE = /\b(?:(?:earlier\s+)?this\s+(?:morning|afternoon|evening)|earlier\s+today|tonight)\b/i;
/** What follows these words is what the meeting was about, so a day there ("landfall ... on Sunday") is not its date. */
const TOPIC_CLAUSE_RE = /\b(?:to\s+discuss|discussed|about|regarding|concerning|ahead\s+of|in\s+advance\s+of|in\s+preparation\s+for)\b/i;

function inTopicClause(text: string, span: readonly [number, number], w: Window): boolean {
  return TOPIC_CLAUSE_RE.test(text.slice(w[0], span[0]));
}

/**
 * Words that put what follows in the same clause ahead of the meeting ("agreed to sign the agreement on the 28th",
 * "will meet on Tuesday"); the clause starts after the last comma or semicolon ("it was decided to form a forum, ...
 * held its inaugural meeting on June 27").
 */
const FUTURE_CLAUSE_RE = /\b(?:will|shall|agreed\s+to|decided\s+to|plans?\s+to|intends?\s+to|(?:is|are)\s+(?:scheduled|expected|set|due)\s+to|to\s+be\s+(?:held|signed))\b[^,;]*$/i;

function inFutureClause(text: string, span: readonly [number, number], w: Window): boolean {
  return FUTURE_CLAUSE_RE.test(text.slice(w[0], span[0]));
}

function isDay(t: TimeExpression): boolean {
  return !t.vague && (t.precision === 'day' || t.precision === 'days');
}

/**
 * "in Langkawi on Sunday (Jan 19)" (Antara's and Bernama's style): a bracket holding only the day right after a weekday
 * names that weekday's date, when it falls on it; not another time zone's day.
 */
function isWeekdayRestated(text: string, x: TimeExpression, w: Window): boolean {
  const m = WEEKDAY_BRACKET_RE.exec(text.slice(Math.max(w[0], x.span[0] - 20), x.span[0]));
  if (!m || !x.pastStart || !/^\s*\)/.test(text.slice(x.span[1], x.span[1] + 3))) return false;
  return WEEKDAY_WORDS[m[1]!.toLowerCase()] === new Date(`${x.pastStart}T00:00:00Z`).getUTCDay();
}

const WEEKDAY_BRACKET_RE = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s*\(\s*$/i;

/**
 * "held talks with H.E. Mr. Maris Sangiampongsa, ..., who is on an official visit to the Lao PDR from 12-13 November
 * 2024": a range of days in a relative clause about the guest's visit dates the visit, not the meeting.
 */
function isVisitRange(text: string, x: TimeExpression, w: Window): boolean {
  return x.precision === 'days' && VISIT_CLAUSE_RE.test(text.slice(w[0], x.span[0]));
}

const VISIT_CLAUSE_RE = /\bwho\s+(?:is|was|are|were)\s+(?:(?:on|paying|making|conducting)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?visit|visiting|in\s+[^,;]{2,40}?\s+(?:on|for)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?visit)\b[^,;]*$/i;

/** After a day in brackets, before the bracket's part ends: "local time" marks it as the meeting's own day. */
const LOCAL_IN_BRACKET_RE = /^[^;()]*\blocal\s+time\b/i;

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
    // "held a meeting ... from 10:30 a.m. to 11:50 a.m. on May 14": only the lead sentence's clock times are the meeting's
    const span = lead.sentence ? findTimeSpanDuration(text, lead.sentence.span[0], lead.sentence.span[1]) : null;
    if (span) return { minutes: span.minutes, evidence: [span.evidence] };
  }
  // Some readouts state the length further down ("I had an approximately three hour long meeting").
  const limit = Math.min(text.length, Math.max(1500, Math.floor(text.length * 0.5)));
  const from = lead.line ? lead.line[1] : 0;
  const rest = findDurations(text, from, limit).filter((m) => isMeetingLength(text, m.evidence));
  return pickDuration(text, rest);
}

/** Whether a length found after the lead paragraph is the meeting's: a meeting noun after it, or a verb of its length before. */
function isMeetingLength(text: string, evidence: Evidence): boolean {
  const before = text.slice(Math.max(0, evidence.start - 40), evidence.start);
  return /\b(?:meeting|talks|conversation|call|summit)\b/i.test(text.slice(evidence.end, evidence.end + 30)) ||
    LASTED_BEFORE_RE.test(before) ||
    (MET_FOR_BEFORE_RE.test(before) && !OTHER_COMPANY_AFTER_RE.test(text.slice(evidence.end, evidence.end + 12)));
}

/**
 * Right before a length stated further down: the meeting's verb of duration and what may stand between ("The meeting
 * lasted for about an hour and a half", "lasting over two hours", "The talks went on for more than three hours").
 */
const LENGTH_MODIFIERS = String.raw`(?:\s+(?:for|about|around|approximately|roughly|some|nearly|almost|over|just|more\s+than|less\s+than|well\s+over|a\s+little\s+over|a\s+total\s+of))*`;
const LASTED_BEFORE_RE = new RegExp(String.raw`\b(?:lasted|lasting|went\s+on|continued)${LENGTH_MODIFIERS}\s*$`, 'i');
/**
 * The sides' meeting verb and "for" before a length ("The leaders met for approximately 75 minutes"), when no one
 * else is named after it ("met for two hours with students" is another meeting; "spoke for" is a speech).
 */
const MET_FOR_BEFORE_RE = new RegExp(String.raw`\b(?:met|talked|conferred)\s+for${LENGTH_MODIFIERS}\s*$`, 'i');
const OTHER_COMPANY_AFTER_RE = /^\s+(?:with|alongside)\b/i;

/**
 * The larger event the meeting was held on the occasion of: its value, its evidence (the event's name as written) and
 * `written`, everything the cue introduces ("the 72nd session of the UN General Assembly"), whose ordinal is the
 * event's, not this meeting's.
 */
function findOccasion(ctx: ExtractionContext, lead: Lead): { value: string; evidence: Evidence; written: Window } | null {
  const { text } = ctx;
  const windows: Window[] = [];
  if (lead.sentence) windows.push(lead.sentence.span);
  if (lead.line) windows.push(lead.line);
  for (const [s, e] of windows) {
    const slice = text.slice(s, e);
    const inLead = lead.sentence !== null && s === lead.sentence.span[0] && e === lead.sentence.span[1];
    OCCASION_RE.lastIndex = 0;
    for (let m = OCCASION_RE.exec(slice); m; m = OCCASION_RE.exec(slice)) {
      // Outside the lead sentence, an occasion in a sentence about what is ahead ("Foreign Minister Saidov invited
      // the Deputy Prime Minister to attend the Tashkent International Investment Forum in June next year") is a
      // plan's, not the held meeting's.
      // A sentence that opens on the held meeting ("This dinner is part of a series of engagements in which the Vice
      // President will participate on the margins of the Summit of the Americas") still speaks of it.
      const sentence = sentenceBefore(ctx, s + m.index);
      if (!inLead && AHEAD_SENTENCE_RE.test(sentence) && !THIS_MEETING_RE.test(sentence)) continue;
      // In any window, a cue in a clause about a plan or an earlier meeting ("... and agreed to meet in person on the
      // margins of the NATO Summit", "they last met on the sidelines of the G20") introduces that meeting's occasion;
      // unless the sentence opens on the held meeting, as above.
      if (inOtherMeetingClause(ctx, s + m.index) && !opensOnHeldMeeting(sentence)) continue;
      const after = slice.slice(m.index + m[0].length);
      const proper = EVENT_NAME_RE.exec(after);
      const name = proper ?? MEMBERS_MEETING_RE.exec(after) ?? BODY_MEETING_RE.exec(after);
      if (!name || !name[1]) continue;
      // A sentence's full stop is not part of the name; an abbreviation's is ("U.S.").
      const value = name[1].replace(/[\s,]+$/, '').replace(/(?<![A-Z]\.[A-Z])\.$/, '');
      if (proper && !EVENT_NOUN_RE.test(writtenOut(value))) continue;
      let start = s + m.index + m[0].length + name[0].indexOf(name[1]);
      // "the 78th Session of the United Nations General Assembly": the occasion is the Assembly, of which this is a
      // session (what gold and the other side's readout name)
      const session = SESSION_OF_RE.exec(value);
      const event = session === null ? value : value.slice(session[0].length);
      if (session !== null && EVENT_NOUN_RE.test(event)) start += session[0].length;
      const named = session !== null && EVENT_NOUN_RE.test(event) ? event : value;
      const end = start + named.length;
      return { value: writtenOut(named), evidence: evidenceAt(text, start, end, 'meeting/occasion'), written: [s + m.index + m[0].length, end] };
    }
  }
  return null;
}

/** Words that put a sentence's event ahead of the meeting: a modal, an invitation, an agreement or plan to. */
const AHEAD_SENTENCE_RE = /\b(?:will|shall|invit(?:ed|es|ing|ation)|agreed\s+to|plans?\s+to|planning\s+to|look(?:s|ed)?\s+forward)\b/i;

/** A sentence that opens on the held meeting: "This dinner", "The meeting", "Today's talks". */
const THIS_MEETING_RE = /^["“]?(?:this|the|today[’']s)\s+(?:\p{L}+\s+)?(?:dinner|lunch|luncheon|breakfast|meeting|call|visit|talks|conversation|engagement|discussion)\b/iu;

/** {@link THIS_MEETING_RE}, but not a sentence opening on another meeting ("The next meeting is scheduled ..."). */
function opensOnHeldMeeting(sentence: string): boolean {
  const m = THIS_MEETING_RE.exec(sentence);
  return m !== null && !/\b(?:next|upcoming|forthcoming|future|last|previous|preceding|prior|earlier)\b/i.test(m[0]);
}

/** The text of the segmenter's sentence that holds offset `at`, up to `at`. */
function sentenceBefore(ctx: ExtractionContext, at: number): string {
  return ctx.text.slice(sentenceAt(ctx, at)?.span[0] ?? at, at);
}

/** An occasion's name with the abbreviated names of standing bodies written out ("UN General Assembly"). */
function writtenOut(name: string): string {
  let out = name;
  for (const { re, full } of OCCASION_ABBREVIATION_RES) out = out.replace(re, full);
  return out;
}

function pickPlace(ctx: ExtractionContext, lead: Lead, occasion: { evidence: Evidence } | null, sides: readonly string[]): { value: string; evidence: Evidence } | null {
  const { text } = ctx;
  const windows: Window[] = [];
  if (lead.sentence) windows.push(lead.sentence.span);
  for (const s of lead.sentences.slice(1)) windows.push(s.span);
  if (lead.line) windows.push(lead.line);
  if (lead.titleLine) windows.push(lead.titleLine);
  // A dateline line that is only a time stamp ("2024-07-26 17:38") leaves the place to the agency's dateline below it.
  const datelineLine = ctx.doc.lines.find((l) => l.kind === 'dateline')?.span;
  const dateline = datelineLine && datelinePlaces(ctx, datelineLine).length > 0 ? datelineLine : agencyDatelinePlace(ctx) ?? datelineLine;
  // The dateline, else the title line, may give its first place without a cue; the lead only a place after "in",
  // "to", "at" (a capital it merely names stands for a government: "impose costs on Moscow"); the sentences before
  // the lead only a place they arrive at.
  const fallback = dateline ?? lead.titleLine ?? null;
  const arrivals = arrivalWindows(ctx, lead);
  windows.push(...arrivals);
  if (dateline) windows.push(dateline);
  for (const w of windows) {
    // ("concern over Pyongyang’s provocative behavior": a city in the possessive stands for its government)
    // (a place a plan or an earlier meeting is given, "to be held in Ankara later this year", "last met in Baghdad",
    // is not this meeting's; the dateline is the story's own)
    const inW = withSideCapitals(ctx, w, w === dateline ? datelinePlaces(ctx, w) : spanning(ctx.places, w), sides).filter(
      (p) => !/^['’]s\b/u.test(text.slice(p.span[1], p.span[1] + 3)) && (p.rule !== 'places/seat' || isSeatOfSide(text, p, sides)) &&
        (w === dateline || !inOtherMeetingClause(ctx, p.span[0])),
    );
    if (inW.length === 0) continue;
    if (arrivals.includes(w)) {
      const arrived = inW.find((p) => ARRIVAL_CUE_RE.test(text.slice(Math.max(w[0], p.span[0] - 30), p.span[0])));
      if (arrived) return { value: arrived.name, evidence: evidenceAt(text, arrived.span[0], arrived.span[1], arrived.rule) };
      continue;
    }
    // A place introduced by "in"/"to"/"visiting" is where the meeting was; an occasion's own place ("G7 Summit in
    // Cornwall") counts too.
    const cued = inW.find((p) => PLACE_CUE_RE.test(text.slice(Math.max(0, p.span[0] - 20), p.span[0])) && toDestination(text, p, w)) ??
      // "at the Ministry of Foreign Affairs, Bangkok": the city after a named building
      inW.find((p) => p.rule !== 'places/venue' && BUILDING_CITY_RE.test(text.slice(Math.max(w[0], p.span[0] - 90), p.span[0]))) ??
      inW.find((p) => occasion && p.span[0] >= occasion.evidence.end && p.span[0] - occasion.evidence.end < 8) ??
      // A place named inside the occasion ("the G20 Hamburg Summit") is where it was held.
      inW.find((p) => occasion && p.span[0] >= occasion.evidence.start && p.span[1] <= occasion.evidence.end) ??
      (w === fallback ? inW[0] : undefined);
    if (cued) {
      // "at NATO Headquarters in Brussels": the place is the city; the venue only when no city is given
      // ("Rome, 10 February 2024 ... met today at the Farnesina": the dateline names the city the venue stands in)
      const city = cued.rule === 'places/venue'
        ? inW.find((p) => p.rule !== 'places/venue' && p.span[0] >= cued.span[1] && VENUE_CITY_GAP_RE.test(text.slice(cued.span[1], p.span[0]))) ??
          (dateline && w !== dateline ? datelinePlaces(ctx, dateline).find((p) => p.rule !== 'places/venue' && p.name === venueCity(cued.name)) : undefined)
        : undefined;
      const place = city ?? cued;
      return { value: place.name, evidence: evidenceAt(text, place.span[0], place.span[1], place.rule) };
    }
  }
  return null;
}

/** A place cue ending in "to" ("to Washington", "to the White House"). */
const TO_CUE_RE = /\bto\s+(?:the\s+)?$/i;
/**
 * Travel words before "to" that make the place a participant's destination: "travelled to", "visit to", "arrived back
 * to", "welcomed Prime Minister X to the White House", "led a delegation to Paris", "Welcome to Chisinau". Up to the
 * "to", within the clause (see CLAUSE_BREAK_RE).
 */
const TRAVEL_BEFORE_TO_RE = /\b(?:travel(?:l?ed|l?ing|s)?|trips?|visit(?:s|ed|ing)?|journey(?:ed|s)?|tour(?:ed|s)?|missions?|came|comes?|coming|arriv(?:ed|es|ing|al)|flew|fl(?:y|ies|ying)|went|goes|going|headed|heading|welcom(?:e|ed|es|ing)|return(?:ed|ing|s)?|invit(?:ed|es|ing|ation)|accompan(?:ied|ies|ying)|delegations?|led|leads?|leading|deploy(?:ed|ment)?|relocat(?:ed|ing))\b/gi;
/** A break between a travel word and its "to": a semicolon, a line break, a sentence's end (not "Jr.", "Dr."). */
const CLAUSE_BREAK_RE = /[;\n]|\p{Ll}{2}[.!?]\s/u;

/**
 * True unless the place follows a bare "to" that names no participant's destination: "aid shipped to Port Sudan",
 * "getting to Washington", "bring their talents to the White House" say nothing of where the meeting was.
 */
function toDestination(text: string, p: PlaceMention, w: Window): boolean {
  const before = text.slice(Math.max(0, p.span[0] - 20), p.span[0]);
  if (!TO_CUE_RE.test(before)) return true;
  const clause = text.slice(Math.max(w[0], p.span[0] - 120), p.span[0]).replace(TO_CUE_RE, '');
  let last = -1;
  TRAVEL_BEFORE_TO_RE.lastIndex = 0;
  for (let m = TRAVEL_BEFORE_TO_RE.exec(clause); m; m = TRAVEL_BEFORE_TO_RE.exec(clause)) last = m.index + m[0].length;
  return last >= 0 && !CLAUSE_BREAK_RE.test(clause.slice(last));
}

/**
 * `found` with the ambiguous capitals of the meeting's sides named in `w`, in text order: "at the Ministry's
 * headquarters in Georgetown" is Guyana's capital when Guyana is a side (the place finder reads it nowhere, being
 * also a district of Washington and a town in Malaysia).
 */
function withSideCapitals(ctx: ExtractionContext, w: Window, found: PlaceMention[], sides: readonly string[]): PlaceMention[] {
  const extra = findAmbiguousCapitals(ctx.text.slice(w[0], w[1]), sides);
  if (extra.length === 0) return found;
  const shifted = extra.map((p) => ({ ...p, span: [p.span[0] + w[0], p.span[1] + w[0]] as const }))
    .filter((p) => !found.some((f) => f.span[0] < p.span[1] && p.span[0] < f.span[1]));
  return [...found, ...shifted].sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * True when the clause before offset `at`, in its sentence, is about a plan or an earlier meeting
 * ({@link OTHER_MEETING_CLAUSE_CUES}): "During the meeting, they reviewed preparations for the tenth meeting of the
 * Committee, to be held in |Ankara", "The two ministers last met in |Baghdad". The clause starts after the sentence's
 * last comma or semicolon before `at`.
 */
function inOtherMeetingClause(ctx: ExtractionContext, at: number): boolean {
  const sentence = sentenceAt(ctx, at);
  return OTHER_MEETING_CLAUSE_RE.test(ctx.text.slice(sentence ? sentence.span[0] : Math.max(0, at - 300), at));
}

const OTHER_MEETING_CLAUSE_RE = new RegExp(String.raw`\b(?:${OTHER_MEETING_CLAUSE_CUES.join('|')})\b[^,;]*$`, 'i');

/** The segmenter's sentence holding offset `at`, found by binary search (sentences are ordered by start). */
function sentenceAt(ctx: ExtractionContext, at: number): { readonly span: readonly [number, number] } | undefined {
  const sentences = ctx.doc.sentences;
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid]!.span[0] <= at) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo - 1];
  return s !== undefined && at < s.span[1] ? s : undefined;
}

/**
 * A seat of government ("Downing Street", "the Kremlin", "the Chancellery") places the meeting in its city only when
 * the text says the meeting was there ("in", "at", "to (the)") and the seat's country is a side of the meeting ("the
 * Federal Chancellery" of an Austrian readout is not Berlin's).
 */
function isSeatOfSide(text: string, p: PlaceMention, sides: readonly string[]): boolean {
  return p.country !== null && (sides.includes(p.country) || sides.length < 2) && SEAT_CUE_RE.test(text.slice(Math.max(0, p.span[0] - 12), p.span[0]));
}

const SEAT_CUE_RE = /\b(?:in|at|to)\s+(?:the\s+)?$/i;

/**
 * Before a city: "at the <named building>, " ("at the Ministry of Foreign Affairs, Bangkok", "at the Presidential
 * Palace, Hanoi"): capitalised words and their connectors after "at (the)", then a comma.
 */
const BUILDING_CITY_RE = /\bat\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+(?:(?:of|for|and|the|de|du|des)\s+)*){0,7}[A-Z][\w’'.-]*,\s*$/;

/** Between a venue and the city it is in: "NATO Headquarters in Brussels", "Camp David, Maryland" is no city. */
const VENUE_CITY_GAP_RE = /^\s*(?:,|in)\s*$/;

/**
 * The places in a dateline: as found, or when it writes its place in capitals ("ASTANA, 15 March 2023 –", "PUTRAJAYA"),
 * those found in the same words written in title case (same length, so the offsets hold).
 */
function datelinePlaces(ctx: ExtractionContext, w: Window): PlaceMention[] {
  const found = spanning(ctx.places, w);
  if (found.length > 0) return found;
  const slice = ctx.text.slice(w[0], w[1]);
  if (!/\p{Lu}{3}/u.test(slice)) return found;
  const titled = slice.replace(/\p{Lu}{2,}/gu, (word) => word[0]! + word.slice(1).toLowerCase());
  return findPlaces(titled).map((p) => ({ ...p, span: [p.span[0] + w[0], p.span[1] + w[0]] as const, text: ctx.text.slice(p.span[0] + w[0], p.span[1] + w[0]) }));
}

/** The place words of a news agency's dateline opening the story ("ASTANA, 15 March 2023 – ..."), or undefined. */
function agencyDatelinePlace(ctx: ExtractionContext): Window | undefined {
  const evidence = ctx.published?.evidence;
  if (evidence?.rule === 'document/agency-dateline') {
    const line = ctx.doc.lines.find((l) => l.contentStart <= evidence.start && evidence.start < l.span[1]);
    return line ? [line.contentStart, evidence.start] : undefined;
  }
  // "17 January 2024, Kampala, Uganda - Minister ...": the place between the opening date and the dash
  if (evidence?.rule === 'document/opening-date') {
    const m = DATE_PLACE_DASH_RE.exec(ctx.text.slice(evidence.end, evidence.end + 60));
    if (m) return [evidence.end, evidence.end + m[0].length];
  }
  // "VIENTIANE, July 26 (Yonhap) -- ", "Phnom Penh, February 7, 2024 AKP -- ", "New York, IRNA - ", "Jeddah - ": the
  // dateline opening a paragraph, whatever line dated the page (a time stamp above it)
  let paragraphs = 0;
  for (const line of ctx.doc.lines) {
    if (line.kind !== 'paragraph') continue;
    if (++paragraphs > AGENCY_DATELINE_PARAGRAPHS) break;
    const paragraph = ctx.text.slice(line.contentStart, line.span[1]);
    const dateline = openingDateline(paragraph);
    if (dateline === null) continue;
    const words: Window = [line.contentStart, line.contentStart + dateline.place];
    // "ISLAMABAD: Deputy Prime Minister ...": a newspaper's desk in capitals before a colon is a place only when it
    // names one ("QUESTION:", "MR PRICE:" label a transcript's speakers), and not the meeting's when the story puts it
    // at a gathering elsewhere ("WASHINGTON: Secretary Blinken met ... on the margins of the Arctic Council
    // Ministerial": the desk the readout was filed from)
    if (dateline.capitalsColon && (datelinePlaces(ctx, words).length === 0 || GATHERING_ELSEWHERE_RE.test(paragraph))) continue;
    return words;
  }
  return undefined;
}

/** A meeting held at a gathering: "on the margins of", "on the sidelines of", "on the side-lines of". */
const GATHERING_ELSEWHERE_RE = /\bon\s+the\s+(?:margins?|side-?lines?)\s+of\b/i;

/** After a date opening the story: its place (a city, maybe its country) and the dash ("17 January 2024, Kampala, Uganda - "). */
const DATE_PLACE_DASH_RE = /^,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?\s*(?:--|—|–|-)\s/u;

/** How many paragraphs from the top may open with an agency's dateline (after a headline, a byline, a time stamp). */
const AGENCY_DATELINE_PARAGRAPHS = 4;

/** A title "Visit of <principal> to <country>" ("Official Visit of the Minister of Foreign Affairs to Viet Nam"). */
const VISIT_OF_TO_RE = /^(?:[\w’'-]+\s+){0,3}?visit\s+of\s+[^,;:()]{3,90}?\s+to\s+(?:the\s+)?$/i;

/** Right before a city: the principal went there ("visited Sochi", "arrived in Hanoi", "traveled to Geneva"). */
const ARRIVAL_CUE_RE = /\b(?:visited|visiting|arrived\s+(?:in|at)|travell?ed\s+to|(?:was|were)\s+in|(?:visit|trip)\s+to)\s+(?:the\s+(?:city\s+of\s+)?)?$/i;
/** A sentence about another time ("last year", "in 2014") does not place this meeting. */
const OTHER_TIME_RE = /\b(?:last|previous(?:ly)?|earlier|ago|former|next|will|plans?\s+to)\b/i;
/** How many sentences before the lead may say where the principal arrived. */
const ARRIVAL_LOOKBEHIND = 2;

/**
 * The sentences just before the lead, in the same stretch of text, that may say where the principal went ("On May 6,
 * Prime Minister Abe visited Sochi in the Russian Federation. Prime Minister Abe held talks with ..."): only a place
 * right after an arrival cue counts there.
 */
function arrivalWindows(ctx: ExtractionContext, lead: Lead): Window[] {
  if (!lead.sentence) return [];
  const sentences = ctx.doc.sentences;
  const at = sentences.indexOf(lead.sentence);
  const out: Window[] = [];
  for (let k = at - 1; k >= 0 && k >= at - ARRIVAL_LOOKBEHIND; k--) {
    const s = sentences[k]!;
    const line = ctx.doc.lines[s.line];
    if (!line || line.kind === 'chrome' || line.kind === 'heading' || line.kind === 'dateline' || inChrome(ctx, s.span[0], s.span[1])) break;
    if (OTHER_TIME_RE.test(ctx.text.slice(s.span[0], s.span[1]))) continue;
    out.push(s.span);
  }
  return out;
}

function findOrdinal(text: string, lead: Lead, occasion: Window | null): { value: number; evidence: Evidence } | null {
  const windows: Window[] = [];
  if (lead.sentence) windows.push(lead.sentence.span);
  if (lead.line) windows.push(lead.line);
  for (const [s, e] of windows) {
    // "on the margins of the 55th session of the Human Rights Council": the session's number, not this meeting's
    // (matches are read one by one up to the first outside the occasion, not all collected first)
    const slice = text.slice(s, e);
    ORDINAL_RE.lastIndex = 0;
    let m = ORDINAL_RE.exec(slice);
    while (m && occasion && s + m.index >= occasion[0] && s + m.index < occasion[1]) m = ORDINAL_RE.exec(slice);
    if (!m) continue;
    const word = m.groups?.['ord'] ?? m.groups?.['ord2'] ?? m.groups?.['ord3'];
    const value = word ? readOrdinal(word) : null;
    if (value) return { value, evidence: evidenceAt(text, s + m.index, s + m.index + m[0].length, 'meeting/ordinal') };
  }
  return null;
}
