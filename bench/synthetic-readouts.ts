/**
 * A synthetic benchmark corpus: real readouts cycled with shifted dates, swapped person names and, as an option,
 * spread countries (each country with officials of its own), generated lazily.
 * The template file is re-streamed line by line on each pass, so neither the templates nor the generated corpus are
 * ever held in memory. The same seed gives the same corpus.
 */
import { KNOWN_PEOPLE } from '../src/stages/people/known-people.ts';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { countrySpreader, impliedCountries, type SpreadResult } from './country-spread.ts';

/** One generated readout. */
export interface SyntheticReadout {
  /** `synthetic/<index>/<template id>`. */
  readonly file: string;
  readonly text: string;
  /** The template's published date (else its first meeting date, else 2020-01-01) shifted like the text's dates. */
  readonly referenceDate: Date;
  /**
   * The countries of each gold meeting of the template (none for a template without gold), with the readout's country
   * mapping applied: what the knowledge base should group this readout's meetings under.
   */
  readonly meetingCountries: readonly (readonly string[])[];
  /** Each source country code of the text -> the code written in its place; empty with `countries: 'template'`. */
  readonly countryMapping: ReadonlyMap<string, string>;
}

/** Options for {@link generateReadouts}. */
export interface GenerateOptions {
  /** A `.jsonl` of `{id, text}` lines, with `gold` (dev corpus) or `published` (bulk corpus). */
  readonly templatePath: string;
  /** How many readouts to yield. */
  readonly count: number;
  /** PRNG seed. */
  readonly seed: number;
  /**
   * `template` (default) keeps each template's countries, so the 42 dev templates give a few very dense dyads
   * (Japan-Russia in 18 of them). `spread` maps each readout's countries to other countries drawn with Zipf weights
   * (see `country-spread.ts`), for a knowledge base with many dyads of more realistic density. Countries the
   * extractor infers from a title or the publisher stay. The first readout of each template costs one extraction of
   * the template (to find those countries): negligible for the 42 dev templates, ~1 min the first pass of the bulk corpus.
   * Each participant's name then becomes one of the 8 officials of their mapped country (see `Officials`), so
   * a person keeps one country and namesakes are rare, as in real corpora; in 'template' mode names come from a pool of
   * 24 real names whatever the country, so at scale each name is shared by officials of a hundred countries.
   */
  readonly countries?: 'template' | 'spread';
}

/**
 * Names that template participants are swapped with: invented, so that no swapped name is a principal the extractor
 * knows the country of (src/stages/people/known-people.json), which would contradict the template's countries.
 */
const NAME_POOL: readonly string[] = [
  'Anton Brelik', 'Sergei Lavrentis', 'Wang Yulin', 'Taro Konishi', 'Fumio Kishimura', 'Yoshiko Hayama',
  'Jeppe Kofstad', 'Mette Egedahl', 'Melanie Jolivet', 'Jean-Yves Le Dorze', 'Annika Baerwald', 'Penny Wongsa',
  'Suresh Jaiprakash', 'Park Jinho', 'Mehmet Cavusbey', 'Dmytro Kulyk', 'Wendy Shermer', 'Jake Sullen',
  'Gina Raimer', 'Bilal Bhuttar', 'Simon Covell', 'Boris Jonsen', 'Shinji Abeno', 'Vladislav Putyatin',
];

/**
 * 'spread' mode: given and family names of the officials of each country (not words the extractor reads as a country,
 * date, title or honorific). 40 x 60 combinations for 8 officials in each of ~180 countries (leaders, ministers, deputies, envoys).
 */
const GIVEN_NAMES: readonly string[] = [
  'Amara', 'Bongani', 'Camila', 'Dariusz', 'Elif', 'Farid', 'Giorgos', 'Hana', 'Ines', 'Jakub', 'Kaveh', 'Leila',
  'Mateus', 'Nadia', 'Olumide', 'Pavel', 'Quang', 'Rania', 'Sipho', 'Tomasz', 'Ulla', 'Viktor', 'Wanjiru', 'Ximena',
  'Yusuf', 'Zainab', 'Aigerim', 'Bakhyt', 'Chiara', 'Dorota', 'Emeka', 'Fatima', 'Gunnar', 'Hamid', 'Ilse', 'Joaquin',
  'Kofi', 'Lucia', 'Mirela', 'Nikolai',
];
const FAMILY_NAMES: readonly string[] = [
  'Abdullayev', 'Baptiste', 'Castellanos', 'Dlamini', 'Eriksen', 'Fonseca', 'Gashi', 'Haddad', 'Ivanova', 'Jovanovic',
  'Kamara', 'Lindqvist', 'Mensah', 'Novak', 'Okonkwo', 'Petrescu', 'Quispe', 'Rahman', 'Sandoval', 'Tanaka', 'Uysal',
  'Varga', 'Wojcik', 'Yilmaz', 'Zapata', 'Achterberg', 'Bianchi', 'Cernak', 'Dimitrov', 'Esposito', 'Ferreira',
  'Gutierrez', 'Horvath', 'Ibrahimovic', 'Jankowski', 'Karimov', 'Lombardi', 'Moreau', 'Nakamura', 'Oyelaran',
  'Popescu', 'Ramos', 'Saarinen', 'Toure', 'Urbano', 'Vasquez', 'Wisniewski', 'Xu', 'Yamamoto', 'Zeller', 'Aguilar',
  'Bergstrom', 'Okafor', 'Diallo', 'Engel', 'Fischer', 'Galan', 'Hosseini', 'Iyer', 'Jensen',
];
/** 'spread' mode: how many officials each country has. */
const OFFICIALS_PER_COUNTRY = 8;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;
const MONTH = MONTHS.join('|');
/** "September 18, 2017" / "September 23rd, 2017" | "22 January 2018" | a bare year 1900-2099, in that priority. */
const DATE_OR_YEAR = new RegExp(
  `\\b(?:(${MONTH}) (\\d{1,2})(?:st|nd|rd|th)?, (\\d{4})|(\\d{1,2}) (${MONTH}),? (\\d{4})|((?:19|20)\\d{2}))\\b`,
  'g',
);
const DAY_MS = 86_400_000;
const NO_MAPPING: ReadonlyMap<string, string> = new Map();
/** Dates move by up to this many days either way. */
const MAX_DAY_SHIFT = 1500;

/**
 * Yields `count` readouts, cycling through the templates in file order. For each one, every "Month D, YYYY" and
 * "D Month YYYY" date moves by the same random number of days, every other year by the matching number of years, and
 * the tokens of each gold participant's name are replaced by those of a name from a fixed pool of real names.
 * With `countries: 'spread'`, the countries are then rewritten (see {@link GenerateOptions.countries}).
 * Throws when the template file holds no usable line.
 */
export async function* generateReadouts(options: GenerateOptions): AsyncGenerator<SyntheticReadout> {
  const random = mulberry32(options.seed);
  // A stream of its own, so dates and names stay those of 'template' mode for the same seed.
  const spreader = options.countries === 'spread' ? countrySpreader(mulberry32(options.seed ^ 0x5bd1e995)) : null;
  // One entry per template (small sets of codes), filled on the first pass.
  const pinnedByTemplate = new Map<string, ReadonlySet<string>>();
  const spread = spreader === null ? null : (template: Template, text: string): SpreadResult => {
    let pinned = pinnedByTemplate.get(template.id);
    if (pinned === undefined) pinnedByTemplate.set(template.id, (pinned = impliedCountries(template.text)));
    return spreader(text, pinned);
  };
  const officials = spreader === null ? null : new Officials();
  let index = 0;
  while (index < options.count) {
    let yieldedThisPass = 0;
    for await (const template of readTemplates(options.templatePath)) {
      if (index >= options.count) return;
      yield synthesise(template, index, random, spread, officials);
      index += 1;
      yieldedThisPass += 1;
    }
    if (yieldedThisPass === 0) throw new Error(`${options.templatePath}: no line with an "id" and a "text"`);
  }
}

interface Template {
  readonly id: string;
  readonly text: string;
  readonly referenceDate: string;
  readonly names: readonly string[];
  /** Each name of `names` -> its gold country (the first given), or null. */
  readonly nameCountries: ReadonlyMap<string, string | null>;
  readonly meetingCountries: readonly (readonly string[])[];
}

async function* readTemplates(path: string): AsyncGenerator<Template> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (line.trim() === '') continue;
      const template = toTemplate(JSON.parse(line) as unknown);
      if (template !== null) yield template;
    }
  } finally {
    lines.close();
  }
}

function toTemplate(value: unknown): Template | null {
  const line = value as {
    id?: unknown;
    text?: unknown;
    published?: unknown;
    gold?: { published?: unknown; meetings?: { date?: unknown; countries?: unknown; participants?: { name?: unknown; country?: unknown }[] }[] };
  };
  if (typeof line.id !== 'string' || typeof line.text !== 'string') return null;
  const meetings = Array.isArray(line.gold?.meetings) ? line.gold.meetings : [];
  const dates = [line.gold?.published, line.published, meetings[0]?.date];
  const referenceDate = dates.find((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}/.test(d)) ?? '2020-01-01';
  const participants = meetings.flatMap((m) => (Array.isArray(m.participants) ? m.participants : []));
  const nameCountries = new Map<string, string | null>();
  for (const p of participants) {
    if (typeof p.name === 'string' && !nameCountries.has(p.name)) nameCountries.set(p.name, typeof p.country === 'string' ? p.country : null);
  }
  const meetingCountries = meetings.map((m) => (Array.isArray(m.countries) ? m.countries.filter((c): c is string => typeof c === 'string') : []));
  return { id: line.id, text: line.text, referenceDate: referenceDate.slice(0, 10), names: [...nameCountries.keys()], nameCountries, meetingCountries };
}

function synthesise(
  template: Template,
  index: number,
  random: () => number,
  spread: ((template: Template, text: string) => SpreadResult) | null,
  officials: Officials | null,
): SyntheticReadout {
  const dayShift = Math.round((random() * 2 - 1) * MAX_DAY_SHIFT);
  const reference = new Date(`${template.referenceDate}T12:00:00Z`);
  const shiftedReference = new Date(reference.getTime() + dayShift * DAY_MS);
  const yearShift = shiftedReference.getUTCFullYear() - reference.getUTCFullYear();
  const shifted = shiftDates(template.text, dayShift, yearShift);
  const spreadResult = spread?.(template, shifted) ?? null;
  // Principals named outside the gold participants would keep their real names, and the extractor their real
  // countries (known-people.json), whatever countries the readout was moved to: they are renamed too.
  const text = renameKnownPrincipals(spreadResult === null
    ? swapNames(shifted, template.names, random)
    : replaceNameTokens(spreadResult.text, officialsFor(template, spreadResult.mapping, officials!, random)));
  const meetingCountries = spreadResult === null
    ? template.meetingCountries
    : template.meetingCountries.map((countries) => countries.map((c) => spreadResult.mapping.get(c) ?? c).sort());
  const countryMapping = spreadResult?.mapping ?? NO_MAPPING;
  return { file: `synthetic/${index}/${template.id}`, text, referenceDate: shiftedReference, meetingCountries, countryMapping };
}

function shiftDates(text: string, dayShift: number, yearShift: number): string {
  return text.replace(
    DATE_OR_YEAR,
    (match, m1?: string, d1?: string, y1?: string, d2?: string, m2?: string, y2?: string, year?: string) => {
      if (year !== undefined) return String(Number(year) + yearShift);
      const monthName = (m1 ?? m2)!;
      const date = shiftDay(Number(y1 ?? y2), MONTHS.indexOf(monthName as (typeof MONTHS)[number]), Number(d1 ?? d2), dayShift);
      if (date === null) return match;
      const month = MONTHS[date.getUTCMonth()]!;
      return m1 !== undefined
        ? `${month} ${date.getUTCDate()}, ${date.getUTCFullYear()}`
        : `${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
    },
  );
}

function shiftDay(year: number, month: number, day: number, days: number): Date | null {
  if (month < 0 || day < 1 || day > 31) return null;
  return new Date(Date.UTC(year, month, day) + days * DAY_MS);
}

/**
 * Replaces the principals of the extractor's list of known people named in `text` (full names, and distinctive family
 * names alone) by invented names, the same for the same principal.
 */
function renameKnownPrincipals(text: string): string {
  let out = text;
  KNOWN_PEOPLE.forEach((p, i) => {
    const family = `${FAMILY_NAMES[i % FAMILY_NAMES.length]}ski`;
    if (out.includes(p.full)) out = out.split(p.full).join(`${GIVEN_NAMES[i % GIVEN_NAMES.length]} ${family}`);
    if (p.distinctive && out.includes(p.family)) out = out.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(p.family)}(?![\\p{L}])`, 'gu'), family);
  });
  return out;
}

/** Replaces each name of `names` by a pool name drawn at random, token by token (see {@link replaceNameTokens}). */
function swapNames(text: string, names: readonly string[], random: () => number): string {
  const sourceTokens = new Set(names.flatMap((name) => name.split(' ')));
  // A pool name sharing a token with a source name would put that source token back into the text.
  const candidates = NAME_POOL.filter((n) => n.split(' ').every((token) => !sourceTokens.has(token)));
  if (candidates.length === 0) return text;
  return replaceNameTokens(text, names.map((name) => [name, candidates[Math.floor(random() * candidates.length)]!]));
}

/**
 * 'spread' mode: each template name -> one of the officials of its mapped country, drawn at random (the next one when
 * another participant of the readout is already that official). Draws as many random numbers as 'template' mode
 * does, so that a seed gives the same dates in both modes.
 */
function officialsFor(template: Template, mapping: ReadonlyMap<string, string>, officials: Officials, random: () => number): [string, string][] {
  const taken = new Set<string>();
  return template.names.map((name) => {
    let slot = Math.floor(random() * OFFICIALS_PER_COUNTRY);
    const source = template.nameCountries.get(name) ?? null;
    const country = source === null ? 'none' : (mapping.get(source) ?? source);
    let official = officials.name(country, slot);
    for (let tries = 1; taken.has(official) && tries < OFFICIALS_PER_COUNTRY * 4; tries++) official = officials.name(country, ++slot);
    taken.add(official);
    return [name, official];
  });
}

/**
 * The officials of every country of one generated corpus: official `slot` of `country` gets a given and a family name
 * chosen by a hash of both, the next free combination when another official already has it (so no two officials
 * share a full name; name words are still shared, as they are in real corpora).
 */
class Officials {
  private readonly byKey = new Map<string, string>();
  private readonly used = new Set<string>();

  name(country: string, slot: number): string {
    const key = `${country}/${slot}`;
    let name = this.byKey.get(key);
    if (name !== undefined) return name;
    const combinations = GIVEN_NAMES.length * FAMILY_NAMES.length;
    for (let h = hash(key) % combinations, tries = 0; tries < combinations; h = (h + 1) % combinations, tries++) {
      name = `${GIVEN_NAMES[h % GIVEN_NAMES.length]} ${FAMILY_NAMES[Math.floor(h / GIVEN_NAMES.length)]}`;
      if (!this.used.has(name)) break;
    }
    this.byKey.set(key, name!);
    this.used.add(name!);
    return name!;
  }
}

/** FNV-1a, 32 bits. */
function hash(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Replaces each token of each source name by the token in the same position of its target name (the target's last
 * token when it is shorter), in one pass over the text.
 */
function replaceNameTokens(text: string, pairs: readonly (readonly [string, string])[]): string {
  const replacements = new Map<string, string>();
  for (const [name, targetName] of pairs) {
    const target = targetName.split(' ');
    name.split(' ').forEach((token, i) => {
      if (token.length >= 2 && !replacements.has(token)) replacements.set(token, target[Math.min(i, target.length - 1)]!);
    });
  }
  if (replacements.size === 0) return text;
  // One pass over the text, so a replaced token is never replaced again.
  const tokens = [...replacements.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${tokens.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(pattern, (token) => replacements.get(token)!);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Mulberry32: a small, fast, deterministic PRNG giving floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
