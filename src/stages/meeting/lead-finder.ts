/**
 * Finds the words that report the meeting: the lead sentence ("Mr. X held a meeting with Mr. Y ..."), the sentences
 * that continue it, and a title line that names the meeting ("Deputy Secretary Campbell's Call with ...").
 * Everything else about the meeting is read from these spans first.
 */
import type { Sentence } from '../../domain/mentions.ts';
import type { ExtractionContext } from '../../pipeline/extraction-context.ts';
import { inChrome } from '../../pipeline/extraction-context.ts';
import { FUTURE_CUES, HEADLINE_FUTURE_CUES, MEETING_HELD_CUES, MEETING_TITLE_CUES, NOT_HELD_CUE_FORMS, PERSONNEL_ANNOUNCEMENT_CUES, RECOLLECTION_BEFORE_CUES } from './meeting-lexicon.ts';
import { ENCOUNTER_NOUNS, OFFICE_WORDS, SINCE_EVENT, YEARS_AGO } from './recalled-lead-lexicon.ts';

const HELD_RE = new RegExp(String.raw`\b(?:${MEETING_HELD_CUES.join('|')})`, 'gi');
/** Case-sensitive: a held cue's match that reports no meeting (a thing received, an appeal to all). */
const NOT_HELD_RE = new RegExp(String.raw`^(?:${NOT_HELD_CUE_FORMS.join('|')})`);
/** "was met with crushing violence", "were met with criticism": the passive reports a reaction, not a meeting. */
const PASSIVE_MET_RE = /\b(?:was|were|is|are|been|be|being)\s+(?:not\s+|often\s+|always\s+)?$/i;
const RECOLLECTION_RE = new RegExp(String.raw`\b(?:${RECOLLECTION_BEFORE_CUES.join('|')})\s+$`, 'i');
const PERSONNEL_RE = new RegExp(String.raw`\b(?:${PERSONNEL_ANNOUNCEMENT_CUES.join('|')})\b`, 'i');
const TITLE_RE = new RegExp(String.raw`\b(?:${MEETING_TITLE_CUES.join('|')})\b`, 'i');
const FUTURE_RE = new RegExp(String.raw`\b(?:${FUTURE_CUES.join('|')})\b`, 'i');
const HEADLINE_FUTURE_RE = new RegExp(String.raw`\b(?:${HEADLINE_FUTURE_CUES.join('|')})\b`, 'i');
/** A future predicate right after a title line's meeting words ("The Forum Leaders Meeting will be hosted by ..."). */
const FUTURE_PREDICATE_RE = new RegExp(String.raw`^\s*(?:[\w’'-]+\s+){0,2}?(?:${FUTURE_CUES.join('|')})\b`, 'i');
/** Sentences that continue the lead with more principals ("co-chairmen: ...", "delegation was led by ..."). */
const CONTINUATION_RE = new RegExp(String.raw`\b(?:${MEETING_HELD_CUES.join('|')}|co-?chair\w*|led\s+by|represented\s+by|delegation|counterparts?|joined\s+by|(?:meeting|talks|call)\s+(?:held|took\s+place))`, 'i');

/** A sentence whose subject is an earlier meeting of a series ("The previous round of consultations ..."). */
const EARLIER_SUBJECT_RE = /^\s*(?:the\s+)?(?:last|previous|preceding|prior)\s+(?:[\w’'-]+\s+){0,3}?(?:meeting|session|round|consultations?|summit|dialogue|talks)\b/i;
/** A quotation opening a sentence, up to its closing mark after a comma or final stop ("'We will ...,' said X"). */
const OPENING_QUOTATION_RE = /^\s*['‘"“][^\n]*?[,.!?]['’"”]/u;
/** The end of a sentence: a full stop, question or exclamation mark, maybe inside closing quotes or brackets. */
const SENTENCE_END_RE = /[.!?:;]["”’)\]]*\s*$/;
/** A line that ends as a question. */
const QUESTION_END_RE = /\?["”’)]*\s*$/;
/** How many content sentences from the top the lead may be in: readouts say what happened first. */
const LEAD_WINDOW = 8;
/** How many lines from the top a title naming the meeting may be on. */
const TITLE_WINDOW = 8;

export interface Lead {
  /** The sentence reporting the meeting; null when only a title names it. */
  readonly sentence: Sentence | null;
  /** The cue that made it the lead ("held a meeting", "met", "spoke ... with"). */
  readonly cue: { readonly start: number; readonly end: number } | null;
  /** Sentences to read participants from, in order: the lead, then continuations. */
  readonly sentences: readonly Sentence[];
  /** The line (paragraph) holding the lead sentence: [start, end). */
  readonly line: readonly [number, number] | null;
  /** A title or heading line that names the meeting: [start, end). */
  readonly titleLine: readonly [number, number] | null;
  /** The words of the title line that name the meeting ("Call with", "Meeting with"). */
  readonly titleCue: { readonly start: number; readonly end: number } | null;
}

/** The lead of the meeting the document reports, or null when it reports none (an announcement, a statement). */
export function findLead(ctx: ExtractionContext): Lead | null {
  const { doc, text } = ctx;
  const title = findTitleLine(ctx);
  const titleLine = title?.line ?? null;
  let lead: Sentence | null = null;
  let cue: { start: number; end: number } | null = null;
  let seen = 0;
  // A page's first line without a full stop is its title even when too long to be read as a heading ("Deputy Prime
  // Minister and Minister of Foreign Affairs met with the Foreign Minister of the People's Republic of China"): the
  // body's sentence reports the meeting with its date, place and occasion; the title stays the title line.
  const titleIndex = doc.lines.findIndex((l) => l.kind !== 'blank' && l.kind !== 'chrome' && l.kind !== 'dateline');
  const titleAt = titleIndex >= 0 && doc.lines[titleIndex]!.kind === 'paragraph' && !SENTENCE_END_RE.test(text.slice(doc.lines[titleIndex]!.contentStart, doc.lines[titleIndex]!.span[1])) ? titleIndex : -1;
  for (const s of doc.sentences) {
    const line = doc.lines[s.line];
    if (!line || line.kind === 'chrome' || line.kind === 'dateline' || line.kind === 'heading' || s.line === titleAt) continue;
    if (inChrome(ctx, s.span[0], s.span[1])) continue;
    if (++seen > LEAD_WINDOW) break;
    const sentence = text.slice(s.span[0], s.span[1]);
    // A personnel announcement's biographies recount careers, not a meeting.
    if (seen === 1 && PERSONNEL_RE.test(sentence)) break;
    const m = heldCue(sentence);
    if (!m) continue;
    // "will hold a meeting", "is scheduled to meet": a plan, not the meeting.
    // ("'Norway will continue to support ...,' said Foreign Minister Eide after a video meeting with ...": the quotation's
    // future is what the speaker said, not the meeting's)
    if (FUTURE_RE.test(sentence.slice(0, m.index + m[0].length).replace(OPENING_QUOTATION_RE, ' '))) continue;
    // "The last meeting of the Joint Strategic Planning Group was held in Ankara on 12 June 2023": an earlier one.
    if (EARLIER_SUBJECT_RE.test(sentence.slice(0, m.index))) continue;
    if (isNotReportedMeeting(ctx, s, m)) continue;
    lead = s;
    cue = { start: s.span[0] + m.index, end: s.span[0] + m.index + m[0].length };
    break;
  }
  if (!lead && !titleLine) return null;
  const sentences: Sentence[] = [];
  let line: readonly [number, number] | null = null;
  if (lead) {
    sentences.push(lead);
    const l = doc.lines[lead.line];
    if (l) line = [l.contentStart, l.span[1]];
    const idx = doc.sentences.indexOf(lead);
    for (const next of doc.sentences.slice(idx + 1, idx + 4)) {
      const nl = doc.lines[next.line];
      if (!nl || nl.kind === 'chrome' || nl.kind === 'heading') continue;
      if (CONTINUATION_RE.test(text.slice(next.span[0], next.span[1]))) sentences.push(next);
    }
  }
  return { sentence: lead, cue, sentences, line, titleLine, titleCue: title?.cue ?? null };
}

/** The first held cue in `sentence` that reports a meeting, or null. */
function heldCue(sentence: string): RegExpExecArray | null {
  HELD_RE.lastIndex = 0;
  for (let m = HELD_RE.exec(sentence); m; m = HELD_RE.exec(sentence)) {
    const rest = sentence.slice(m.index);
    if (NOT_HELD_RE.test(rest)) continue;
    const before = sentence.slice(0, m.index);
    if (/^met\s+with\b/i.test(rest) && PASSIVE_MET_RE.test(before)) continue;
    if (/^(?:met|spoke)\b/i.test(rest) && RECOLLECTION_RE.test(before)) continue;
    return m;
  }
  return null;
}

/** The title line naming the meeting, with the words that name it. */
function findTitleLine(ctx: ExtractionContext): { line: readonly [number, number]; cue: { start: number; end: number } } | null {
  const { doc, text } = ctx;
  let count = 0;
  for (const line of doc.lines) {
    if (line.kind === 'blank') continue;
    if (++count > TITLE_WINDOW) break;
    if (line.kind !== 'heading' && line.kind !== 'paragraph' && line.kind !== 'chrome') continue;
    const s = text.slice(line.contentStart, line.span[1]);
    // Photo captions name the meeting too, but the title says it better; captions are a last resort.
    if (line.kind === 'chrome') continue;
    const m = s.length < 200 ? TITLE_RE.exec(s) : null;
    // A body line that announces a meeting ("During the visit, he will hold talks with ...", "is scheduled to attend
    // the G20 Foreign Ministers' Meeting") or asks about one ("Can you comment on the meeting between ...?") names none.
    if (m && line.kind === 'paragraph' && (FUTURE_RE.test(s.slice(0, m.index)) || FUTURE_PREDICATE_RE.test(s.slice(m.index + m[0].length)) || QUESTION_END_RE.test(s))) continue;
    // A headline's infinitive up to its meeting words ("Forum Economic Ministers to meet virtually") is its future; a
    // line without a sentence's end is read as a headline.
    if (m && (line.kind === 'heading' || !SENTENCE_END_RE.test(s)) && (HEADLINE_FUTURE_RE.test(s.slice(0, m.index + m[0].length)) || FUTURE_RE.test(s.slice(0, m.index)))) continue;
    if (m) return { line: [line.contentStart, line.span[1]], cue: { start: line.contentStart + m.index, end: line.contentStart + m.index + m[0].length } };
  }
  return null;
}

/**
 * True when the meeting words of `s` (matched by `cue`) report no meeting of the document: the speaker's encounter
 * with ordinary people ("I met mothers who had walked for days") or an event recalled from years before the page's
 * date ("On 5 March 1992, the foreign ministers met in Copenhagen and founded the Council").
 */
function isNotReportedMeeting(ctx: ExtractionContext, s: Sentence, cue: RegExpExecArray): boolean {
  const sentence = ctx.text.slice(s.span[0], s.span[1]);
  return isFirstPersonEncounter(ctx, s, sentence, cue) || isRecalledEvent(ctx, s, sentence, cue);
}

/** "I", "we", "I have also", "we then" right before the meeting words. */
const FIRST_PERSON_SUBJECT_RE = /(?:^|[\s,;:"“‘'(])(?:I|[Ww]e)(?:['’]ve|\s+have|\s+had)?(?:\s+(?:also|then|later|recently|once|personally|just|often|all|both|each))*\s+$/;
const OFFICE_WORD = String.raw`(?:${OFFICE_WORDS.join('|')})`;
/**
 * After "met": up to four modifiers ("with", "so many", "young", "displaced Sudanese"), none an official's word nor a
 * possessive, then a word for ordinary people (group 1).
 */
const ENCOUNTER_OBJECT_RE = new RegExp(String.raw`^\s+(?:(?:up\s+)?with\s+)?(?:(?!(?:${OFFICE_WORD}|and|or)\b)[\p{L}-]+(?<![’']s)\s+){0,4}?(${ENCOUNTER_NOUNS.join('|')})\b`, 'iu');

/**
 * "When I visited Port Sudan and Darfur earlier this year, I met mothers who had walked for days", "we spoke with
 * displaced families": a first-person speaker (a statement's quotation, a minister's own page) meeting people who are no
 * counterpart, with no person named after the meeting words.
 */
function isFirstPersonEncounter(ctx: ExtractionContext, s: Sentence, sentence: string, cue: RegExpExecArray): boolean {
  if (!FIRST_PERSON_SUBJECT_RE.test(sentence.slice(0, cue.index))) return false;
  // a common noun: "hosted the United Auto Workers" names an organisation
  const object = ENCOUNTER_OBJECT_RE.exec(sentence.slice(cue.index + cue[0].length));
  if (!object || !/^\p{Ll}/u.test(object[1] ?? '')) return false;
  const after = s.span[0] + cue.index + cue[0].length;
  return !ctx.people.some((p) => p.span[0] >= after && p.span[1] <= s.span[1]);
}

const YEARS_AGO_RE = new RegExp(YEARS_AGO, 'gi');
const SINCE_EVENT_RE = new RegExp(SINCE_EVENT, 'i');
/** What may open a sentence before its recalled date: a dateline's place and dash, an adverb ("Back in 1975, ..."). */
const OPENING_BEFORE_DATE_RE = /^\s*(?:[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)?,?\s*[–—-]+\s*)?(?:(?:back|exactly|just|some|nearly|almost|over|more\s+than|as\s+(?:early|far\s+back)\s+as|it\s+was)\s+)*(?:on|in|at|during)?\s*$/iu;
/**
 * Between the meeting words and a date after them, in one clause: the people and the place met ("met in Copenhagen on
 * 5 March 1992", "met Pope John Paul II in 1985"); no second verb or clause ("met today and recalled the 1992 treaty").
 */
const CUE_TO_DATE_RE = /^(?:(?!\b(?:and|but|which|that|who|whom|where|when|after|before|since|signed|agreed|adopted|founded|established|concluded|launched|held|recalled|marked|celebrated)\b)[^,;:!?.])*$/i;
const CUE_TO_DATE_REACH = 80;
/** How far before the page's date a date must lie to be another time's: a year. */
const RECALL_DAYS = 365;

/**
 * The meeting words of a sentence dated years before the page's published date, by a date that opens the sentence or
 * follows the meeting words in their clause ("On 5 March 1992, the foreign ministers ... met in Copenhagen", "Thirty
 * years ago, ... met", "The ministers first met in Copenhagen in March 1992"), or counted from ("Today marks 30 years
 * since the ministers met"): an anniversary's, an obituary's or a history's event, not the report's meeting. A sentence
 * that also carries a date near the page's ("yesterday", "on 4 March 2024") is left alone.
 */
function isRecalledEvent(ctx: ExtractionContext, s: Sentence, sentence: string, cue: RegExpExecArray): boolean {
  if (SINCE_EVENT_RE.test(sentence.slice(0, cue.index))) return true;
  const cueEnd = cue.index + cue[0].length;
  const attached = (start: number, end: number): boolean =>
    (end <= cue.index && OPENING_BEFORE_DATE_RE.test(sentence.slice(0, start))) ||
    (start >= cueEnd && start - cueEnd <= CUE_TO_DATE_REACH && CUE_TO_DATE_RE.test(sentence.slice(cueEnd, start)));
  const published = ctx.published;
  const cutoff = published ? isoDaysBefore(published.value, RECALL_DAYS) : null;
  let recalled = false;
  for (const t of ctx.times) {
    if (t.span[0] < s.span[0] || t.span[1] > s.span[1] || !t.pastEnd) continue;
    // the page's own date written in the sentence ("Stockholm, 5 March 2024 – On 5 March 1992, ...")
    if (published && t.span[0] < published.evidence.end && published.evidence.start < t.span[1]) continue;
    if (!cutoff || t.pastEnd >= cutoff) return false;
    if (!t.yearImplied && attached(t.span[0] - s.span[0], t.span[1] - s.span[0])) recalled = true;
  }
  if (recalled) return true;
  YEARS_AGO_RE.lastIndex = 0;
  for (let m = YEARS_AGO_RE.exec(sentence); m; m = YEARS_AGO_RE.exec(sentence)) if (attached(m.index, m.index + m[0].length)) return true;
  return false;
}

/** `iso` (YYYY-MM-DD) minus `days` days, as YYYY-MM-DD. */
function isoDaysBefore(iso: string, days: number): string | null {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) ? null : new Date(t - days * 86_400_000).toISOString().slice(0, 10);
}
