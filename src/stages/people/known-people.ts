/**
 * Countries of well-known principals (heads of state and government, foreign ministers) from a data file
 * (`known-people.json`): a participant the text gives no country ("President Biden spoke today with Chancellor Olaf
 * Scholz") takes the one listed. A nationality does not change with the office, so an entry stays true after its
 * holder leaves office.
 */
import data from './known-people.json' with { type: 'json' };

interface KnownPerson {
  readonly country: string;
  /** Folded words of the full name. */
  readonly words: readonly string[];
  /** Folded words of the family name. */
  readonly family: readonly string[];
  /** True when the family name alone names the person ("Modi", "Scholz"). */
  readonly distinctive: boolean;
}

const NON_ASCII_RE = /[^\x00-\x7f]/u;

/** Folded words of a name: lower case, no accents, split on anything that is not a letter. */
export function nameWordsFolded(name: string): string[] {
  // (most names are plain ASCII, which has no accents to strip)
  const bare = NON_ASCII_RE.test(name) ? name.normalize('NFD').replace(/\p{M}/gu, '') : name;
  return bare.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');
}

/** The file's entries as written: full name, family name, country, and whether the family name alone is distinctive. */
export const KNOWN_PEOPLE: readonly { readonly full: string; readonly family: string; readonly country: string; readonly distinctive: boolean }[] =
  Object.entries(data as Record<string, string[] | string>).flatMap(([country, entries]) =>
    typeof entries === 'string' ? [] : entries.map((entry) => {
      const distinctive = entry.endsWith('*');
      const [full, family] = (distinctive ? entry.slice(0, -1) : entry).split('|');
      return { full: full!, family: family ?? full!.split(' ').at(-1)!, country, distinctive };
    }));

const PEOPLE: readonly KnownPerson[] = KNOWN_PEOPLE.map((p) => ({
  country: p.country, words: nameWordsFolded(p.full), family: nameWordsFolded(p.family), distinctive: p.distinctive,
}));

let enabled = true;

/**
 * Runs `work` (synchronous) with the list switched off: for the benchmark corpus generator, which reads a template's
 * countries as its text gives them before it renames the people in it.
 */
export function withoutKnownPeople<T>(work: () => T): T {
  const before = enabled;
  enabled = false;
  try {
    return work();
  } finally {
    enabled = before;
  }
}

/** Entries by the last word of their family name. */
const BY_LAST = new Map<string, KnownPerson[]>();
for (const p of PEOPLE) {
  const key = p.family[p.family.length - 1]!;
  BY_LAST.set(key, [...(BY_LAST.get(key) ?? []), p]);
}

function matches(name: readonly string[], p: KnownPerson): boolean {
  const inName = new Set(name);
  const inEntry = new Set(p.words);
  // the same words in any order ("Kishida Fumio", "Yoon Suk-yeol")
  if (inName.size === inEntry.size && [...inName].every((w) => inEntry.has(w))) return true;
  const endsWithFamily = p.family.length <= name.length && p.family.every((w, k) => name[name.length - p.family.length + k] === w);
  // the family name alone, when it is distinctive ("Prime Minister Modi")
  if (p.distinctive && name.length === p.family.length && endsWithFamily) return true;
  if (name.length < 2 || !p.family.every((w) => inName.has(w))) return false;
  // part of the full name with the family name ("Manuel López Obrador"), or a variant spelling of the given name
  // ("Sergei Lavrov" for Sergey, "Volodymyr Zelenskyy")
  return name.every((w) => inEntry.has(w)) || (endsWithFamily && name[0]!.slice(0, 3) === p.words[0]!.slice(0, 3));
}

/** The country of the known principal `name` names, or null when none or several (of different countries) fit. */
export function knownPersonCountry(name: string): string | null {
  const words = nameWordsFolded(name);
  if (words.length === 0 || !enabled) return null;
  const candidates = new Set<KnownPerson>();
  for (const w of new Set(words)) for (const p of BY_LAST.get(w) ?? []) candidates.add(p);
  let found: string | null = null;
  for (const p of candidates) {
    if (!matches(words, p)) continue;
    if (found !== null && found !== p.country) return null;
    found = p.country;
  }
  return found;
}
