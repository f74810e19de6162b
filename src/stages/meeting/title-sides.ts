/**
 * Reads the sides of a meeting from a readout's title ("Readout of President Biden’s Call with Prime Minister Boris
 * Johnson of the United Kingdom", "Secretary Blinken’s Meeting with Japanese Foreign Minister Hayashi"): the title's
 * subject is the publisher's own official, and a counterpart the title places in a country ("... of X", "X's ...",
 * "Japanese ...") is from that country. Titles without "<subject> Call/Meeting with <counterparts>" say nothing.
 */
import { findCountries } from '../countries/country-finder.ts';

/** A counterpart the title places in a country. Offsets are in the title string. */
export interface TitleCounterpart {
  /** Folded capitalised words of the counterpart's phrase outside the country mention ("prime", "boris", "johnson"). */
  readonly words: ReadonlySet<string>;
  readonly code: string;
  readonly span: readonly [number, number];
}

export interface TitleSides {
  /** Folded capitalised words of the subject ("president", "joseph", "biden"): the publisher's official. */
  readonly home: ReadonlySet<string>;
  /** The subject as written, without "the" and the possessive ("Vice President"), folded. */
  readonly homeTitle: string;
  readonly counterparts: readonly TitleCounterpart[];
  /** Folded capitalised words of everyone the title names after "with" ("sergey", "lavrov"), with or without a country. */
  readonly met: ReadonlySet<string>;
}

const MEETING_WORDS = String.raw`(?:(?:Holds?|Held|Has|Had|Conducts?|Conducted)\s+)?(?:(?:Telephone|Phone|Video|Virtual|Bilateral|Trilateral|Introductory|Introduction)\s+)?(?:Calls?|Meetings?|Conversations?|Talks|Discussions?|Videoconference|Video\s+Call|Engagements?|Meets|Speaks|Spoke|Met)`;
/** "[Readout of] [the] <subject>[’s] <Call|Meeting|...> with <counterparts>". */
const TITLE_RE = new RegExp(String.raw`^(?:Readout\s*(?:of|from|:)\s*)?(?:the\s+)?(?<subject>[^\n]{2,120}?)(?:['’]s?)?\s+${MEETING_WORDS}\s+(?:with|to)\s+(?<rest>[^\n]+)$`, 'i');
/** Where the counterparts end and the topic begins ("... of Ireland on Afghanistan", "... to Discuss ..."). */
const TOPIC_RE = /\s+(?:on|about|regarding|concerning|ahead\s+of|in|at|during|following|after|amid|to\s+(?:discuss|review|address|reaffirm|strengthen|deepen|mark|welcome))\s+/i;
/** Between two counterparts. */
const SEPARATOR_RE = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/g;
const WORD_RE = /\p{Lu}[\p{L}'’.-]*/gu;
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'and', 'jr', 'jr.', 'sr', 'sr.']);

/** The title's sides, or null when the title does not have the "<subject> Call/Meeting with <counterparts>" shape. */
export function readTitleSides(title: string): TitleSides | null {
  const m = TITLE_RE.exec(title);
  const subject = m?.groups?.['subject'];
  const rawRest = m?.groups?.['rest'];
  if (!m || subject === undefined || rawRest === undefined) return null;
  const restStart = m.index + m[0].length - rawRest.length;
  const topic = TOPIC_RE.exec(rawRest);
  const rest = topic ? rawRest.slice(0, topic.index) : rawRest;
  const mentions = findCountries(rest).filter((c) => c.kind !== 'capital');
  const counterparts: TitleCounterpart[] = [];
  let from = 0;
  const pieces: [number, number][] = [];
  SEPARATOR_RE.lastIndex = 0;
  for (let sep = SEPARATOR_RE.exec(rest); sep; sep = SEPARATOR_RE.exec(rest)) {
    // "Trinidad and Tobago", "Bosnia and Herzegovina": a separator inside a country name does not split.
    if (mentions.some((c) => sep!.index >= c.span[0] && sep!.index < c.span[1])) continue;
    pieces.push([from, sep.index]);
    from = sep.index + sep[0].length;
  }
  pieces.push([from, rest.length]);
  for (const [s, e] of pieces) {
    const inside = mentions.filter((c) => c.span[0] >= s && c.span[1] <= e);
    if (inside.length !== 1) continue;
    const c = inside[0]!;
    const words = foldedWords(rest.slice(s, c.span[0]) + ' ' + rest.slice(c.span[1], e));
    if (words.size === 0) continue;
    counterparts.push({ words, code: c.code, span: [restStart + c.span[0], restStart + c.span[1]] });
  }
  return { home: foldedWords(subject), homeTitle: subject.trim().toLowerCase(), counterparts, met: foldedWords(rest) };
}

function foldedWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.match(WORD_RE) ?? []) {
    const f = foldWord(w);
    if (f.length > 1 && !NOT_NAME_WORDS.has(f)) out.add(f);
  }
  return out;
}

/** Fold of each word seen (names and titles recur across readouts; normalising is the costly part); cleared if large. */
const folded = new Map<string, string>();

/** A word without its possessive or trailing dots and quotes, accents stripped, lower-cased. */
function foldWord(w: string): string {
  let f = folded.get(w);
  if (f === undefined) {
    if (folded.size > 20000) folded.clear();
    f = w.replace(/[’']s$|[.’']+$/u, '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    folded.set(w, f);
  }
  return f;
}

/**
 * True when the person's name words ("Boris Johnson") are among `words`: one shared name word of three or more
 * letters is enough, as in scoring ("Johnson" for "Boris Johnson").
 */
export function namedIn(name: string, words: ReadonlySet<string>): boolean {
  // (the name's words are looked up as they are read, without building their set: every participant is checked
  // against each side of the title)
  if (words.size === 0) return false;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(name); m; m = WORD_RE.exec(name)) {
    const w = foldWord(m[0]);
    if (w.length >= 3 && !NOT_NAME_WORDS.has(w) && words.has(w)) return true;
  }
  return false;
}
