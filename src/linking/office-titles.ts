/**
 * Offices one person holds at a time (president, prime minister, foreign minister of a country): two reports of one
 * meeting may spell a name beyond recognition, or an extractor may misread it, but the office is the same. The table
 * is data (`single-offices.json`).
 *
 * Pure functions over titles: no database, no I/O.
 */
import { normaliseLabel } from '../eval/text-matching.ts';
import { isOrganisationCode, lookupCountry } from '../stages/countries/country-finder.ts';
import officeData from './single-offices.json' with { type: 'json' };

const OFFICE_OF_TITLE: ReadonlyMap<string, string> = new Map(
  Object.entries((officeData as { offices: Record<string, string[]> }).offices).flatMap(([office, titles]) => titles.map((t) => [normaliseLabel(t), office] as const)),
);

/**
 * The single-holder offices a title names: "Crown Prince and Prime Minister" -> crown-prince, head-of-government;
 * "Prime Minister of Japan" and "Japanese Prime Minister" -> head-of-government. A title of several holders
 * ("Minister", "State Councilor") or of an organisation's office ("President of the European Commission") names none.
 * Returns office ids (keys of the table), empty when none.
 */
export function singleOfficesOf(title: string | null): readonly string[] {
  if (title === null) return [];
  let known = OFFICES_OF_TITLE.get(title);
  if (known === undefined) {
    // Merging compares the same few hundred titles pair after pair: read each once.
    if (OFFICES_OF_TITLE.size >= OFFICES_MEMO_MAX) OFFICES_OF_TITLE.clear();
    OFFICES_OF_TITLE.set(title, (known = readOffices(title)));
  }
  return known;
}

const OFFICES_OF_TITLE = new Map<string, readonly string[]>();
const OFFICES_MEMO_MAX = 10_000;

function readOffices(title: string): readonly string[] {
  const offices = new Set<string>();
  // The whole title first: "Minister for Europe and Foreign Affairs" is one office, not two parts.
  for (const part of [title, ...title.split(/\s*(?:,|;|\band\b|&)\s*/i)]) {
    const office = OFFICE_OF_TITLE.get(withoutCountry(normaliseLabel(part)));
    if (office !== undefined) offices.add(office);
  }
  return [...offices];
}

/** A title without "of <country>" after it and a demonym before it; other words kept. */
function withoutCountry(title: string): string {
  let t = title.replace(/^the /, '');
  const of = / of (?:the )?(.+)$/.exec(t);
  if (of?.[1] !== undefined && isCountry(of[1])) t = t.slice(0, of.index);
  const first = /^(\S+) (.+)$/.exec(t);
  if (first?.[1] !== undefined && first[2] !== undefined && OFFICE_OF_TITLE.has(first[2]) && isCountry(first[1])) t = first[2];
  return t;
}

function isCountry(name: string): boolean {
  const code = lookupCountry(name);
  return code !== null && !isOrganisationCode(code);
}

/**
 * True when `a` and `b` are of one known country and their titles name one single-holder office: one person at one
 * time. False when either title names none, or their countries are unknown or differ.
 */
export function sameOfficeHolder(a: { readonly country: string | null; readonly title: string | null }, b: { readonly country: string | null; readonly title: string | null }): boolean {
  if (a.country === null || a.country !== b.country) return false;
  const offices = singleOfficesOf(b.title);
  return singleOfficesOf(a.title).some((o) => offices.includes(o));
}
