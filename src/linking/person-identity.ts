/**
 * People identity across documents: a normalised person key, and the rule that decides whether two named
 * participants (name and country, as the extractor gives them) are one person.
 *
 * Pure functions over names: no database, no I/O.
 */
import { foldCase } from '../eval/text-matching.ts';
import { isPatronymic } from '../stages/people/name-normalizer.ts';
import { HONORIFICS, NAME_SUFFIXES } from '../stages/people/name-lexicon.ts';
import variantData from './given-name-variants.json' with { type: 'json' };
import genitiveData from './patronymic-genitives.json' with { type: 'json' };
import { boundedMemo } from './bounded-memo.ts';

/** A named person as records give them: `name` as written in English, `country` an ISO code or null when unknown. */
export interface PersonRef {
  readonly name: string;
  readonly country: string | null;
}

/** Why {@link matchPerson} took two names for one person. */
export type PersonMatchKind =
  /** Same {@link personKey}: the same name words, whatever their order, case, accents or hyphens. */
  | 'same-key'
  /** Same family name and given names that are variants of each other ("Sergey"/"Sergei", "Joe"/"Joseph"). */
  | 'name-variant'
  /** Same family name; one side gives only an initial or fewer given names ("T. Kono", "Tayyip Erdoğan"). */
  | 'compatible-given-names'
  /** Same family name and one side gives no given name at all ("Kono", "Campbell"). The weakest match. */
  | 'surname-only';

/** The outcome of {@link matchPerson}: the kind of agreement and the name words both sides share. */
export interface PersonMatch {
  readonly kind: PersonMatchKind;
  readonly sharedWords: readonly string[];
}

const VARIANT_CANONICAL: ReadonlyMap<string, string> = buildVariants((variantData as { groups: string[][] }).groups);
/** Every variant group a name belongs to ("tony": Anthony's and Antony's), by group index. */
const VARIANT_GROUPS: ReadonlyMap<string, readonly number[]> = buildGroupIndex((variantData as { groups: string[][] }).groups);

function buildGroupIndex(groups: readonly (readonly string[])[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  groups.forEach((group, index) => {
    for (const name of group) map.set(name, [...(map.get(name) ?? []), index]);
  });
  return map;
}

/** True when two folded name words are one name: equal, or in one variant group ("tony" is Antony and Anthony). */
function sameNameWord(x: string, y: string): boolean {
  if (x === y) return true;
  const gx = VARIANT_GROUPS.get(x);
  const gy = VARIANT_GROUPS.get(y);
  return gx !== undefined && gy !== undefined && gx.some((g) => gy.includes(g));
}

function buildVariants(groups: readonly (readonly string[])[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of groups) {
    const canonical = group[0];
    if (canonical === undefined) continue;
    // A short form shared by two groups ("tony": Anthony, Antony) keeps its first group.
    for (const name of group) if (!map.has(name)) map.set(name, canonical);
  }
  return map;
}

/** Single-word honorifics and styles, folded, for stripping a leading honorific the extractor left in. */
const HONORIFIC_WORDS: ReadonlySet<string> = new Set(
  HONORIFICS.map((sequence) => sequence.filter((t) => t !== '.' && t !== "'" && t !== '’').join(' ')).filter((s) => s !== '' && !s.includes(' ')),
);
const HONORIFIC_PHRASES: readonly (readonly string[])[] = HONORIFICS.map((sequence) => sequence.filter((t) => t !== '.' && t !== "'" && t !== '’').join(' '))
  .filter((s) => s.includes(' ')).map((s) => s.split(' '));
const SUFFIXES: ReadonlySet<string> = new Set(NAME_SUFFIXES);

/** The parts of a written name: its identifying words (see {@link nameWords}) and the initials it gives, folded. */
export interface NameParts {
  readonly words: readonly string[];
  readonly initials: readonly string[];
}

/**
 * Splits a name into identifying words and initials. Words are folded (accents and case), with hyphens and
 * apostrophes joined ("Kyung-wha" -> "kyungwha", "O'Brien" -> "obrien"); leading honorifics ("Mr.", "H.E.",
 * "Rt. Hon.") and trailing suffixes ("Jr", "MP") are dropped, and patronymics between a given and a family name too.
 * Initials ("J.", "T") are single letters, kept apart.
 */
// Linking compares the same few thousand names over and over: each is split once.
export const nameParts: (name: string) => NameParts = boundedMemo(splitName);

function splitName(name: string): NameParts {
  const tokens = name
    .replace(/[’'`´]/g, '')
    .replace(/(\p{L})[-‐‑–](?=\p{L})/gu, '$1')
    .split(/[^\p{L}\p{M}\p{N}.]+/u)
    .map((t) => t.replace(/\.+$/, ''))
    .filter((t) => t !== '');
  let written: string[] = [];
  let folded: string[] = [];
  const initials: string[] = [];
  // Honorifics come first; match them on the folded tokens with inner full stops removed ("H.E" -> "he").
  const plain = tokens.map((t) => foldNameWord(t.replace(/\./g, '')));
  let skip = 0;
  for (let changed = true; changed; ) {
    changed = false;
    const rest = plain.slice(skip);
    if (rest.length <= 1) break;
    const phrase = HONORIFIC_PHRASES.find((p) => p.length < rest.length && p.every((word, i) => rest[i] === word));
    if (phrase !== undefined) { skip += phrase.length; changed = true; }
    else if (HONORIFIC_WORDS.has(rest[0] ?? '') || (rest[0] === 'he' && /^H\.?E\.?$/.test(tokens[skip] ?? ''))) { skip += 1; changed = true; }
  }
  tokens.slice(skip).forEach((token, i) => {
    const word = plain[skip + i] ?? '';
    if (word.length === 1 || /^\p{L}(\.\p{L})+$/u.test(token)) initials.push(...word.split(''));
    else if (word !== '') { written.push(token); folded.push(word); }
  });
  while (folded.length > 1 && SUFFIXES.has(folded[folded.length - 1] ?? '')) { folded = folded.slice(0, -1); written = written.slice(0, -1); }
  if (folded.length >= 3) {
    const keep = folded.map((_, i) => i === 0 || i === folded.length - 1 || !isPatronymic(written[i] ?? ''));
    folded = folded.filter((_, i) => keep[i]);
  }
  return { words: Object.freeze(folded), initials: Object.freeze(initials) };
}

/**
 * A name word folded for comparison: case and accents ({@link foldCase}), letters accents do not decompose into
 * ("Yılmaz", "Radosław", "Đỗ" -> "yilmaz", "radoslaw", "do"), and the transliterations of the Slavic "-ский" ending
 * ("Zelenskyy", "Zelenskiy", "Zelensky", "Sikorski" -> "-sky").
 */
function foldNameWord(word: string): string {
  return foldCase(word).replace(/[ıłđðøßæœþ]/g, (c) => LETTER_FOLDS[c] ?? c).replace(/(?<=\p{L}{2}(?:sk|ck|zk))(?:iy|yy|yi|ii|ij|y|i)$/u, 'y');
}

const LETTER_FOLDS: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', đ: 'd', ð: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/** The identifying words of a name ({@link nameParts} without the initials), folded, in written order. */
export function nameWords(name: string): string[] {
  return [...nameParts(name).words];
}

/** The canonical form of one folded given-name word: its variant group's first entry, else the word itself. */
export function canonicalGivenName(word: string): string {
  return VARIANT_CANONICAL.get(word) ?? word;
}

/**
 * A normalised key for a person's name: the {@link nameWords}, each mapped to its canonical variant, sorted and
 * joined by a space. Word order does not count, so "Taro Kono", "Kono Taro", "KONO Taro" and "Mr. Taro Kono" give
 * `"kono taro"`; "Sergei Lavrov" and "Sergey Lavrov" give `"lavrov sergey"`. Returns `""` for a name with no word.
 */
export function personKey(name: string): string {
  return nameWords(name).map(canonicalGivenName).sort().join(' ');
}

/**
 * Decides whether two named people are one person, and why; null when they are not (or may not be) the same.
 *
 * - Different known countries (both non-null) never match.
 * - Same {@link personKey}: `same-key`.
 * - Otherwise the names must share a word (the family name; order is free, so East Asian family-first names work),
 *   and the remaining given names must be compatible: every remaining word of the shorter side equals a remaining
 *   word of the other side as a variant (`name-variant`), or one side has none left (`compatible-given-names`,
 *   or `surname-only` when one side is a single word).
 * - Given names split differently are one name: "Yoon Suk-yeol" / "YOON Suk Yeol" (`name-variant`), as long as their
 *   letters run the same in written order ("Kim Jong-un" / "Kim Jong Il" do not match).
 * - Two names that share a family name but whose given names differ ("Taro Kono" / "Yohei Kono") do not match.
 */
export function matchPerson(a: PersonRef, b: PersonRef): PersonMatch | null {
  if (a.country !== null && b.country !== null && a.country !== b.country) return null;
  const pa = nameParts(a.name);
  const pb = nameParts(b.name);
  if (pa.words.length === 0 || pb.words.length === 0) return null;
  const wa = pa.words;
  const wb = pb.words;
  if (givenNamesDiffer(wa, wb)) return null;
  const shared = wa.filter((w) => wb.some((v) => sameNameWord(w, v)));
  if (shared.length === 0) return null;
  const restA = wa.filter((w) => !wb.some((v) => sameNameWord(w, v)));
  const restB = wb.filter((w) => !wa.some((v) => sameNameWord(w, v)));
  if (restA.length > 0 && restB.length > 0) {
    // A given name written in one word, two words or hyphenated ("Suk-yeol", "Suk Yeol", "Kyungwha"): one name.
    if (restA.join('') === restB.join('') && initialsFit(pa.initials, restB) && initialsFit(pb.initials, restA)) return { kind: 'name-variant', sharedWords: shared };
    // A parent's name and its genitive form ("Khurelsukh Ukhnaa" / "Ukhnaagiin Khurelsukh"): one name.
    if (restA.length === 1 && restB.length === 1 && genitiveOf(restA[0] as string, restB[0] as string)) return { kind: 'name-variant', sharedWords: shared };
    // Both sides keep given names the other lacks: different people ("Taro Kono" / "Yohei Kono").
    return null;
  }
  // Initials must fit the other side's given names ("T. Kono" fits "Taro Kono", not "Yohei Kono").
  if (!initialsFit(pa.initials, restB) || !initialsFit(pb.initials, restA)) return null;
  if (restA.length === 0 && restB.length === 0 && wa.length === wb.length) {
    const literal = [...pa.words].sort().join(' ') === [...pb.words].sort().join(' ');
    return { kind: literal ? 'same-key' : 'name-variant', sharedWords: shared };
  }
  const single = wa.length === 1 || wb.length === 1;
  return { kind: single && pa.initials.length === 0 && pb.initials.length === 0 ? 'surname-only' : 'compatible-given-names', sharedWords: shared };
}

/**
 * True when {@link matchPerson} finds names of words `wa` and `wb` to be different people from their words alone,
 * told without building its lists: no shared word, or given names left on both sides that are neither one name
 * written apart (whose letters would be as many) nor a parent's name and its genitive. Linking asks this of a mention
 * and every known person sharing a word with it, where it is nearly always true.
 */
function givenNamesDiffer(wa: readonly string[], wb: readonly string[]): boolean {
  let shared = 0;
  let restA = 0;
  let lettersA = 0;
  let lastA = '';
  for (const w of wa) {
    if (wb.some((v) => sameNameWord(w, v))) shared++;
    else { restA++; lettersA += w.length; lastA = w; }
  }
  if (shared === 0) return true;
  if (restA === 0) return false;
  let restB = 0;
  let lettersB = 0;
  let lastB = '';
  for (const v of wb) {
    if (!wa.some((w) => sameNameWord(w, v))) { restB++; lettersB += v.length; lastB = v; }
  }
  if (restB === 0 || lettersA === lettersB) return false;
  return !(restA === 1 && restB === 1 && genitiveOf(lastA, lastB));
}

const GENITIVE = genitiveData as { endings: string[]; minimumBaseLength: number };

/**
 * True when one folded word is the other with a patronymic genitive ending (`patronymic-genitives.json`):
 * "ukhnaa" / "ukhnaagiin", "nambar" / "nambaryn". The base must be at least `minimumBaseLength` letters.
 */
function genitiveOf(x: string, y: string): boolean {
  const [base, form] = x.length < y.length ? [x, y] : [y, x];
  if (base.length < GENITIVE.minimumBaseLength || !form.startsWith(base)) return false;
  return GENITIVE.endings.includes(form.slice(base.length));
}

/** True when every initial starts one of `given` (or `given` is empty: nothing to contradict). */
function initialsFit(initials: readonly string[], given: readonly string[]): boolean {
  if (given.length === 0) return true;
  return initials.every((initial) => given.some((g) => g.startsWith(initial)));
}

/**
 * True when {@link matchPerson} finds `a` and `b` to be one person. Surname-only matches count: callers resolving a
 * bare family name against many people should use {@link resolvePerson}, which refuses ambiguous ones.
 */
export function samePerson(a: PersonRef, b: PersonRef): boolean {
  return matchPerson(a, b) !== null;
}

/**
 * Resolves `mention` against `known` people: the index of the one person it matches, or null when it matches none
 * or when it matches several that are not the same person themselves (a bare "Kono" when both Taro and Yohei Kono
 * are known). Among several matches of one person, the strongest match kind wins, then the lowest index.
 */
export function resolvePerson(mention: PersonRef, known: readonly PersonRef[]): number | null {
  const rank: Record<PersonMatchKind, number> = { 'same-key': 4, 'name-variant': 3, 'compatible-given-names': 2, 'surname-only': 1 };
  let best: { index: number; rank: number } | null = null;
  const matched: number[] = [];
  known.forEach((person, index) => {
    const match = matchPerson(mention, person);
    if (match === null) return;
    matched.push(index);
    if (best === null || rank[match.kind] > best.rank) best = { index, rank: rank[match.kind] };
  });
  if (best === null) return null;
  const chosen = known[(best as { index: number }).index];
  if (chosen === undefined) return null;
  // Every matched person must be compatible with the chosen one, else the mention is ambiguous.
  for (const index of matched) {
    const other = known[index];
    if (other !== undefined && index !== (best as { index: number }).index && !samePerson(other, chosen)) return null;
  }
  return (best as { index: number }).index;
}

/** One sighting of a person in a document, for {@link clusterPeople}. `date` is an ISO date or null. */
export interface PersonSighting extends PersonRef {
  readonly title: string | null;
  readonly date: string | null;
  readonly docKey: string;
}

/** One person across documents: every sighting, the roles seen (title and country), and the first and last dates. */
export interface PersonCluster {
  /** The {@link personKey} of the longest name seen (ties: the first seen). */
  readonly key: string;
  /** The longest name seen, as written. */
  readonly name: string;
  readonly country: string | null;
  readonly sightings: readonly PersonSighting[];
  /** Distinct titles with the first and last date each was seen (null dates when only undated sightings). */
  readonly roles: readonly { readonly title: string; readonly country: string | null; readonly first: string | null; readonly last: string | null }[];
  readonly first: string | null;
  readonly last: string | null;
}

/**
 * Groups sightings into people. Deterministic: sightings with two or more name words are grouped first, in input
 * order, joining the first existing person they match (by {@link matchPerson}, excluding surname-only matches) that
 * they are compatible with; then single-word sightings ("Kono") join a person through {@link resolvePerson}, and
 * stay a person of their own when that is ambiguous or finds nobody.
 */
export function clusterPeople(sightings: readonly PersonSighting[]): PersonCluster[] {
  const groups: { members: PersonSighting[] }[] = [];
  const full = sightings.filter((s) => nameWords(s.name).length >= 2);
  const bare = sightings.filter((s) => nameWords(s.name).length < 2 && nameWords(s.name).length > 0);
  for (const sighting of full) {
    const group = groups.find((g) => g.members.every((m) => {
      const match = matchPerson(sighting, m);
      return match !== null && match.kind !== 'surname-only';
    }));
    if (group !== undefined) group.members.push(sighting);
    else groups.push({ members: [sighting] });
  }
  for (const sighting of bare) {
    const representatives = groups.map((g) => representative(g.members));
    const index = resolvePerson(sighting, representatives);
    const group = index === null ? undefined : groups[index];
    if (group !== undefined) group.members.push(sighting);
    else groups.push({ members: [sighting] });
  }
  return groups.map((g) => summarise(g.members));
}

function representative(members: readonly PersonSighting[]): PersonRef {
  let best = members[0] as PersonSighting;
  for (const m of members) if (nameWords(m.name).length > nameWords(best.name).length) best = m;
  const country = members.find((m) => m.country !== null)?.country ?? null;
  return { name: best.name, country };
}

function summarise(members: readonly PersonSighting[]): PersonCluster {
  const rep = representative(members);
  const roles = new Map<string, { title: string; country: string | null; first: string | null; last: string | null }>();
  let first: string | null = null;
  let last: string | null = null;
  for (const m of members) {
    if (m.date !== null) {
      if (first === null || m.date < first) first = m.date;
      if (last === null || m.date > last) last = m.date;
    }
    if (m.title === null) continue;
    const id = `${m.title}\u0000${m.country ?? ''}`;
    const role = roles.get(id) ?? { title: m.title, country: m.country, first: null, last: null };
    if (m.date !== null) {
      if (role.first === null || m.date < role.first) role.first = m.date;
      if (role.last === null || m.date > role.last) role.last = m.date;
    }
    roles.set(id, role);
  }
  const sortedRoles = [...roles.values()].sort((x, y) => (x.first ?? '9999').localeCompare(y.first ?? '9999') || x.title.localeCompare(y.title));
  return { key: personKey(rep.name), name: rep.name, country: rep.country, sightings: members, roles: sortedRoles, first, last };
}
