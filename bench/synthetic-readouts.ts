/**
 * A synthetic benchmark corpus: real readouts cycled with shifted dates, swapped person names and, as an option,
 * spread countries, generated lazily.
 * The template file is re-streamed line by line on each pass, so neither the templates nor the generated corpus are
 * ever held in memory. The same seed gives the same corpus.
 */
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
   */
  readonly countries?: 'template' | 'spread';
}

/** Real names (principals of the dev and bulk corpora) that template participants are swapped with. */
const NAME_POOL: readonly string[] = [
  'Antony Blinken',
  'Sergey Lavrov',
  'Wang Yi',
  'Taro Kono',
  'Fumio Kishida',
  'Yoshimasa Hayashi',
  'Jeppe Kofod',
  'Mute Egede',
  'Melanie Joly',
  'Jean-Yves Le Drian',
  'Annalena Baerbock',
  'Penny Wong',
  'Subrahmanyam Jaishankar',
  'Park Jin',
  'Mevlut Cavusoglu',
  'Dmytro Kuleba',
  'Wendy Sherman',
  'Jake Sullivan',
  'Gina Raimondo',
  'Bilawal Bhutto Zardari',
  'Simon Coveney',
  'Boris Johnson',
  'Shinzo Abe',
  'Vladimir Putin',
];

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
  let index = 0;
  while (index < options.count) {
    let yieldedThisPass = 0;
    for await (const template of readTemplates(options.templatePath)) {
      if (index >= options.count) return;
      yield synthesise(template, index, random, spread);
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
    gold?: { published?: unknown; meetings?: { date?: unknown; countries?: unknown; participants?: { name?: unknown }[] }[] };
  };
  if (typeof line.id !== 'string' || typeof line.text !== 'string') return null;
  const meetings = Array.isArray(line.gold?.meetings) ? line.gold.meetings : [];
  const dates = [line.gold?.published, line.published, meetings[0]?.date];
  const referenceDate = dates.find((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}/.test(d)) ?? '2020-01-01';
  const names = meetings
    .flatMap((m) => (Array.isArray(m.participants) ? m.participants : []))
    .map((p) => p.name)
    .filter((n): n is string => typeof n === 'string');
  const meetingCountries = meetings.map((m) => (Array.isArray(m.countries) ? m.countries.filter((c): c is string => typeof c === 'string') : []));
  return { id: line.id, text: line.text, referenceDate: referenceDate.slice(0, 10), names: [...new Set(names)], meetingCountries };
}

function synthesise(
  template: Template,
  index: number,
  random: () => number,
  spread: ((template: Template, text: string) => SpreadResult) | null,
): SyntheticReadout {
  const dayShift = Math.round((random() * 2 - 1) * MAX_DAY_SHIFT);
  const reference = new Date(`${template.referenceDate}T12:00:00Z`);
  const shiftedReference = new Date(reference.getTime() + dayShift * DAY_MS);
  const yearShift = shiftedReference.getUTCFullYear() - reference.getUTCFullYear();
  const swapped = swapNames(shiftDates(template.text, dayShift, yearShift), template.names, random);
  // Countries last, on the text as the extractor will read it (a swapped name could in principle form a country phrase).
  const spreadResult = spread?.(template, swapped) ?? null;
  const text = spreadResult?.text ?? swapped;
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

/** Replaces each name token of `names` by the token in the same position of a pool name (its last token if shorter). */
function swapNames(text: string, names: readonly string[], random: () => number): string {
  const replacements = new Map<string, string>();
  const sourceTokens = new Set(names.flatMap((name) => name.split(' ')));
  // A pool name sharing a token with a source name would put that source token back into the text.
  const candidates = NAME_POOL.filter((n) => n.split(' ').every((token) => !sourceTokens.has(token)));
  if (candidates.length === 0) return text;
  for (const name of names) {
    const target = candidates[Math.floor(random() * candidates.length)]!.split(' ');
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
