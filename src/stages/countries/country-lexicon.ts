/**
 * The country gazetteer: every surface form that names a country or organisation, with its code and kind.
 * Built once at module load from i18n-iso-countries (English names), i18n-nationality (demonyms), and the small data
 * files beside this one (aliases, organisations, blocked phrases, capitals). The third-party packages are read only
 * here, and their data is converted to our types here.
 */
import isoEnglish from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import nationalityEnglish from 'i18n-nationality/langs/en.json' with { type: 'json' };
import type { CountryMention } from '../../domain/mentions.ts';
import aliasData from './country-aliases.json' with { type: 'json' };
import capitalData from './capital-cities.json' with { type: 'json' };
import { PhraseTrie } from './phrase-trie.ts';

/** What a surface form in the gazetteer stands for. `code` null means "names no country": the phrase is swallowed. */
export interface CountryEntry {
  readonly code: string | null;
  readonly kind: CountryMention['kind'];
  /** Higher wins when two sources give the same surface form. */
  readonly priority: number;
}

/** Priorities of the sources, highest first. */
const PRIORITY = { blocked: 10, alias: 5, packageName: 4, packageDemonym: 3, capital: 2 } as const;

/**
 * Forms that prefix a country name in an official name ("Republic of", "Kingdom of the", "Federal Democratic
 * Republic of"). Used to recognise official names the packages do not list, e.g. "Republic of Indonesia".
 */
export const OFFICIAL_FORM_SOURCE =
  String.raw`(?:(?:Federal|Islamic|Democratic|Socialist|People['’]s|Arab|United|Hashemite|Plurinational|Bolivarian|Oriental|Federative|Co-operative|Cooperative|Independent|Grand|Federated|Sovereign)\s+)*` +
  String.raw`(?:Republic|Kingdom|State|States|Commonwealth|Principality|Sultanate|Duchy|Federation|Union|Emirate|Confederation)\s+of\s+(?:the\s+)?`;

const OFFICIAL_NAME = new RegExp(String.raw`^(?:The\s+)?${OFFICIAL_FORM_SOURCE}|Federation$|Republic$`);
const ABBREVIATION_SHAPE = /^(?:(?:[A-Z]\.){2,}|[A-Z]{2,5})$/;
const DEMONYM_NOISE = /[(),]| - | or | and |Island|Territor/;
/** Plural demonyms ("Americans", "Saudis") except for forms that do not take -s ("Swiss", "Irish", "Japanese", "Icelandic"). */
const NO_PLURAL = /(?:s|sh|ch|x|z|y|ic|ese)$/;

type NameTable = Readonly<Record<string, string | readonly string[]>>;

interface OrganisationData {
  readonly name: string;
  readonly surfaces: readonly string[];
}

interface AliasData {
  readonly names: Readonly<Record<string, readonly string[]>>;
  readonly officialNames: Readonly<Record<string, readonly string[]>>;
  readonly abbreviations: Readonly<Record<string, readonly string[]>>;
  readonly demonyms: Readonly<Record<string, readonly string[]>>;
  readonly ignore: readonly string[];
  readonly organisations: Readonly<Record<string, OrganisationData>>;
  readonly blocked: readonly string[];
  readonly displayNames: Readonly<Record<string, string>>;
}

interface CapitalData {
  readonly capitals: Readonly<Record<string, readonly string[]>>;
  readonly ambiguous: readonly string[];
}

const aliases: AliasData = aliasData;
const capitalsFile: CapitalData = capitalData;
const isoNames: NameTable = isoEnglish.countries;
const nationalities: Readonly<Record<string, string>> = nationalityEnglish.nationalities;

/** One capital city: its normalised name and every way of writing it. */
export interface CapitalCity {
  readonly code: string;
  readonly name: string;
  readonly variants: readonly string[];
}

function mergeEntries(existing: CountryEntry, added: CountryEntry): CountryEntry {
  if (added.priority > existing.priority) return added;
  if (added.priority < existing.priority || added.code === existing.code) return existing;
  // Same surface, same rank, different countries ("Congo"): too ambiguous to use alone.
  return { code: null, kind: existing.kind, priority: existing.priority };
}

function asList(value: string | readonly string[]): readonly string[] {
  return typeof value === 'string' ? [value] : value;
}

/** Drops list-form names ("Korea, Republic of") and parenthetical qualifiers ("Falkland Islands (Malvinas)"). */
function usableName(name: string): string | null {
  if (name.includes(',')) return null;
  const trimmed = name.replace(/\s*\(.*\)\s*$/, '').trim();
  return trimmed === '' ? null : trimmed;
}

function pluralDemonym(demonym: string): string | null {
  return NO_PLURAL.test(demonym) ? null : `${demonym}s`;
}

function buildCapitals(): CapitalCity[] {
  const out: CapitalCity[] = [];
  for (const [code, cities] of Object.entries(capitalsFile.capitals)) {
    for (const city of cities) {
      const variants = city.split('|');
      const name = variants[0];
      if (name !== undefined) out.push({ code, name, variants });
    }
  }
  return out;
}

/** Capital cities of all states, from the data file beside this module. */
export const CAPITAL_CITIES: readonly CapitalCity[] = buildCapitals();

/** Capital names too ambiguous to use on their own ("Victoria", "Male"). */
export const AMBIGUOUS_CAPITALS: ReadonlySet<string> = new Set(capitalsFile.ambiguous);

function buildGazetteer(): { trie: PhraseTrie<CountryEntry>; surfaces: Map<string, CountryEntry> } {
  const trie = new PhraseTrie<CountryEntry>(mergeEntries);
  const surfaces = new Map<string, CountryEntry>();
  const add = (surface: string, entry: CountryEntry): void => {
    trie.add(surface, entry);
    const before = surfaces.get(surface);
    surfaces.set(surface, before === undefined ? entry : mergeEntries(before, entry));
  };

  const packageNames = new Set<string>();
  for (const [code, value] of Object.entries(isoNames)) {
    for (const raw of asList(value)) {
      const name = usableName(raw);
      if (name === null) continue;
      packageNames.add(name);
      const kind = ABBREVIATION_SHAPE.test(name) ? 'abbreviation' : OFFICIAL_NAME.test(name) && asList(value).length > 1 ? 'official-name' : 'name';
      add(name, { code, kind, priority: PRIORITY.packageName });
    }
  }
  for (const [code, raw] of Object.entries(nationalities)) {
    if (DEMONYM_NOISE.test(raw) || packageNames.has(raw)) continue;
    add(raw, { code, kind: 'demonym', priority: PRIORITY.packageDemonym });
    const plural = pluralDemonym(raw);
    if (plural !== null) add(plural, { code, kind: 'demonym', priority: PRIORITY.packageDemonym });
  }
  const addAliases = (table: Readonly<Record<string, readonly string[]>>, kind: CountryMention['kind']): void => {
    for (const [code, list] of Object.entries(table)) {
      for (const surface of list) {
        const shaped = kind === 'name' && ABBREVIATION_SHAPE.test(surface) ? 'abbreviation' : kind;
        add(surface, { code, kind: shaped, priority: PRIORITY.alias });
        if (kind === 'demonym') {
          // A generated plural never outranks a real name ("Philippines" is the country, not "Philippine" + s).
          const plural = pluralDemonym(surface);
          if (plural !== null) add(plural, { code, kind, priority: PRIORITY.packageDemonym });
        }
      }
    }
  };
  addAliases(aliases.names, 'name');
  addAliases(aliases.officialNames, 'official-name');
  addAliases(aliases.abbreviations, 'abbreviation');
  addAliases(aliases.demonyms, 'demonym');
  for (const [code, organisation] of Object.entries(aliases.organisations)) {
    for (const surface of organisation.surfaces) add(surface, { code, kind: 'organisation', priority: PRIORITY.alias });
  }
  for (const capital of CAPITAL_CITIES) {
    for (const variant of capital.variants) {
      if (!AMBIGUOUS_CAPITALS.has(variant)) add(variant, { code: capital.code, kind: 'capital', priority: PRIORITY.capital });
    }
  }
  for (const phrase of [...aliases.blocked, ...aliases.ignore]) add(phrase, { code: null, kind: 'name', priority: PRIORITY.blocked });
  return { trie, surfaces };
}

const gazetteer = buildGazetteer();

/** The compiled gazetteer (built once at module load). */
export const COUNTRY_TRIE: PhraseTrie<CountryEntry> = gazetteer.trie;

/** Every surface form of the gazetteer with its entry (for building other tries, e.g. places' blockers). */
export const COUNTRY_SURFACES: ReadonlyMap<string, CountryEntry> = gazetteer.surfaces;

const OFFICIAL_PREFIX = new RegExp(String.raw`^(?:${OFFICIAL_FORM_SOURCE})+`);

function foldName(name: string): string {
  return name.replace(/[’‘ʼ]/g, "'").replace(/\s+/g, ' ').trim();
}

const caseInsensitive: Map<string, string | null> = (() => {
  const map = new Map<string, string | null>();
  for (const [surface, entry] of COUNTRY_SURFACES) {
    // Abbreviations stay case-sensitive: "us" is not "US".
    if (entry.kind === 'capital' || entry.code === null || ABBREVIATION_SHAPE.test(surface)) continue;
    const key = surface.toLowerCase();
    const before = map.get(key);
    map.set(key, before === undefined || before === entry.code ? entry.code : null);
  }
  return map;
})();

function exactCode(name: string): string | null | undefined {
  const entry = COUNTRY_TRIE.get(name);
  if (entry === undefined) return undefined;
  return entry.kind === 'capital' ? undefined : entry.code;
}

/**
 * The code for a country or organisation written exactly as `name`: a common or official name ("Russian
 * Federation", "the Republic of Indonesia"), an abbreviation ("ROK"), a demonym ("Japanese") or an organisation
 * ("European Union" -> "EU"). A leading "the" and an official form ("Republic of", "Kingdom of the") are allowed.
 * Returns null when the name is unknown, ambiguous ("Congo") or names no country ("South China Sea"). Capital
 * cities are not country names here; see `findPlaces`.
 */
export function lookupCountry(name: string): string | null {
  let folded = foldName(name);
  if (/^the\s/i.test(folded)) folded = folded.slice(4);
  const direct = exactCode(folded);
  if (direct !== undefined) return direct;
  const bare = folded.replace(OFFICIAL_PREFIX, '');
  if (bare !== folded) {
    const viaForm = exactCode(bare);
    if (viaForm !== undefined) return viaForm;
  }
  return caseInsensitive.get(folded.toLowerCase()) ?? caseInsensitive.get(bare.toLowerCase()) ?? null;
}

/**
 * English short name for an ISO alpha-2 code ("RU" -> "Russia", "KR" -> "South Korea") or an organisation code
 * ("EU" -> "European Union"). Returns the code itself when it is unknown.
 */
export function countryName(code: string): string {
  const display = aliases.displayNames[code];
  if (display !== undefined) return display;
  const organisation = aliases.organisations[code];
  if (organisation !== undefined) return organisation.name;
  const names = isoNames[code];
  if (names === undefined) return code;
  const usable = asList(names).map(usableName).filter((n): n is string => n !== null);
  const common = usable.find((n) => !OFFICIAL_NAME.test(n) && !ABBREVIATION_SHAPE.test(n));
  return common ?? usable[0] ?? code;
}

/** True when `code` is one of the organisation codes of the gazetteer (EU, UN, ASEAN, ...). */
export function isOrganisationCode(code: string): boolean {
  return Object.hasOwn(aliases.organisations, code);
}
