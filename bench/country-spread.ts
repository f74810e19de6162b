/**
 * Country spreading for the synthetic corpus: each generated readout's countries are replaced by other countries drawn
 * from a Zipf distribution, so a benchmark knowledge base has many dyads of realistic density instead of one dyad
 * (the templates' Japan-Russia) with tens of thousands of meetings. Uses the extractor's own country finder and
 * lexicon (read-only), so every rewritten mention is one the extractor reads back as the target country.
 */
import { withoutKnownPeople } from '../src/stages/people/known-people.ts';
import isoEnglish from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import nationalityEnglish from 'i18n-nationality/langs/en.json' with { type: 'json' };
import type { CountryMention } from '../src/domain/mentions.ts';
import { extractRecord } from '../src/pipeline/extract.ts';
import { countryName, findCountries, isOrganisationCode, lookupCountry } from '../src/stages/countries/country-finder.ts';
import { CAPITAL_CITIES } from '../src/stages/countries/country-lexicon.ts';

/** A country the spreader may write into a text, with the surface forms it writes. */
export interface SpreadTarget {
  readonly code: string;
  /** Short name ("South Korea"), read back by `lookupCountry` as `code`. */
  readonly name: string;
  /** Singular demonym ("Korean"), read back as `code`. */
  readonly demonym: string;
  /** Plural demonym ("Koreans"), or the singular when the demonym has no -s plural ("Swiss"). */
  readonly demonymPlural: string;
  /** A capital `findCountries` reads as this country, else null. */
  readonly capital: string | null;
}

/** One rewritten text and the map from each of its source country codes to the code written in its place. */
export interface SpreadResult {
  readonly text: string;
  /** Source code -> target code, for every non-organisation code `findCountries` found in the text and every pinned code. */
  readonly mapping: ReadonlyMap<string, string>;
}

const nationalities: Readonly<Record<string, string>> = nationalityEnglish.nationalities;
/** The lexicon's rule for demonyms that take no -s plural ("Swiss", "Irish", "Japanese", "Icelandic"). */
const NO_PLURAL = /(?:s|sh|ch|x|z|y|ic|ese)$/;
/** Short names written with "the" ("the Philippines", "the United Arab Emirates", "the Czech Republic"). */
const TAKES_ARTICLE = /^(?:United|Central African|Dominican|Czech)\b|(?:s|Islands|Republic)$/;
const ARTICLE_BEFORE = /(?:^|[^\p{L}])([Tt]he\s+)$/u;
/** "a"/"an" right before a mention, the article itself in group 1. */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])([Aa]n?)\s+$/u;

function pluralOf(demonym: string): string {
  return NO_PLURAL.test(demonym) ? demonym : `${demonym}s`;
}

/** Whole-text check: `surface` alone is one mention of `code` of the given kind. */
function readsAs(surface: string, code: string, kind: CountryMention['kind']): boolean {
  const found = findCountries(surface);
  return found.length === 1 && found[0]!.code === code && found[0]!.kind === kind && found[0]!.text === surface;
}

let pool: readonly SpreadTarget[] | null = null;

/**
 * ISO countries whose short name and demonyms (singular and plural) round-trip through the lexicon, with a demonym
 * distinct from the name, in ISO code order. Computed once, on first use.
 */
export function spreadTargetPool(): readonly SpreadTarget[] {
  if (pool !== null) return pool;
  const out: SpreadTarget[] = [];
  for (const code of Object.keys(isoEnglish.countries).sort()) {
    const name = countryName(code);
    const demonym = nationalities[code];
    // A "demonym" equal to the name (the package's "Cook Islands") belongs to a territory: no adjective to write.
    if (demonym === undefined || demonym.toLowerCase() === name.toLowerCase() || lookupCountry(name) !== code || lookupCountry(demonym) !== code) continue;
    const demonymPlural = pluralOf(demonym);
    if (lookupCountry(demonymPlural) !== code) continue;
    const capital = CAPITAL_CITIES.find((c) => c.code === code && readsAs(c.name, code, 'capital'))?.name ?? null;
    out.push({ code, name, demonym, demonymPlural, capital });
  }
  pool = out;
  return out;
}

/** Evidence rules by which the extractor gives a meeting side a country that no country mention names. */
const IMPLIED_COUNTRY_RULES = new Set(['meeting/participant-country-from-title', 'meeting/participant-country-from-publisher']);

/**
 * Countries the extractor gives a meeting of `text` from a title or the publisher ("Secretary of State" -> US, "Global
 * Affairs Canada" -> CA, "The Prime Minister in Action" -> JP) rather than from a country mention. Rewriting mentions
 * cannot move these, so the spreader keeps them. Costs one extraction: compute once per template.
 */
export function impliedCountries(text: string): ReadonlySet<string> {
  const out = new Set<string>();
  // (without the list of known principals: the generator renames the people, so their countries come from the text)
  for (const meeting of withoutKnownPeople(() => extractRecord({ file: 'template', text })).meetings) {
    meeting.provenance.countries.forEach((evidence, k) => {
      if (IMPLIED_COUNTRY_RULES.has(evidence.rule)) out.add(meeting.countries[k]!);
    });
  }
  return out;
}

/**
 * A deterministic spreader: `spread(text, pinned)` maps each code of `pinned` to itself and each other distinct
 * non-organisation country code of `text` to a distinct target (never a pinned code) drawn with Zipf weights (1/rank)
 * over {@link spreadTargetPool}, ranked by a shuffle seeded with `random`, and rewrites every mention. Successive calls
 * draw from `random`, so the same seed gives the same sequence.
 */
export function countrySpreader(random: () => number): (text: string, pinned?: ReadonlySet<string>) => SpreadResult {
  const ranked = [...spreadTargetPool()];
  for (let i = ranked.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ranked[i], ranked[j]] = [ranked[j]!, ranked[i]!];
  }
  const cumulative: number[] = [];
  let total = 0;
  ranked.forEach((_, rank) => { total += 1 / (rank + 1); cumulative.push(total); });
  const draw = (): SpreadTarget => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return ranked[lo]!;
  };

  return (text, pinned = new Set()) => {
    const found = findCountries(text).filter((m) => m.kind !== 'organisation' && !isOrganisationCode(m.code));
    const mentions = found.filter((m) => !pinned.has(m.code));
    let result = rewrite(text, mentions, pinned);
    // A target can fuse with its neighbours into another country ("Northern India" -> "Northern Ireland"): redraw.
    for (let attempt = 1; attempt < MAX_ATTEMPTS && !onlyTargets(result.text, result.targets, pinned); attempt++) {
      result = rewrite(text, mentions, pinned);
    }
    const mapping = new Map([...result.targets].map(([code, t]) => [code, t.code]));
    for (const code of pinned) mapping.set(code, code);
    return { text: result.text, mapping };
  };

  function rewrite(text: string, mentions: readonly CountryMention[], pinned: ReadonlySet<string>): Rewritten {
    const targets = new Map<string, SpreadTarget>();
    const used = new Set(pinned);
    for (const m of mentions) {
      if (targets.has(m.code)) continue;
      // Injective within a document: two source countries never collapse into one (a dyad stays a dyad).
      let target = draw();
      while (used.has(target.code)) target = draw();
      used.add(target.code);
      targets.set(m.code, target);
    }
    let out = text;
    // From the end backwards, so the spans of the mentions not yet rewritten stay valid.
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      const target = targets.get(m.code)!;
      let [start, end] = m.span;
      let surface = replacementFor(m, target);
      // "U.S." ending a line also ends its sentence: keep the full stop the abbreviation carried.
      if (m.text.endsWith('.') && !surface.endsWith('.') && (end === out.length || out[end] === '\n')) surface += '.';
      if (m.kind !== 'demonym' && m.kind !== 'capital' && !TAKES_ARTICLE.test(target.name)) {
        // "the United States" / "the UK" -> "Fiji", not "the Fiji"; "The Russian Federation" opening a sentence -> "Chad".
        const article = ARTICLE_BEFORE.exec(out.slice(Math.max(0, start - 8), start));
        if (article !== null) {
          start -= article[1]!.length;
          if (article[1]![0] === 'T') surface = surface[0]!.toUpperCase() + surface.slice(1);
        }
      }
      // "a Japanese delegation" -> "an Indian delegation" (by the first letters: "a Ukrainian", "an Uzbek").
      const indefinite = INDEFINITE_BEFORE.exec(out.slice(Math.max(0, start - 5), start));
      if (indefinite !== null) {
        const wanted = /^(?:[AEIO]|U[^kg])/.test(surface) ? 'an' : 'a';
        const written = indefinite[1]!;
        if (written.toLowerCase() !== wanted) {
          const at = start - indefinite[0].length + indefinite[0].indexOf(written);
          const replacement = written[0] === 'A' ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted;
          out = out.slice(0, at) + replacement + out.slice(at + written.length, start) + surface + out.slice(end);
          continue;
        }
      }
      out = out.slice(0, start) + surface + out.slice(end);
    }
    return { text: out, targets };
  }
}

interface Rewritten {
  readonly text: string;
  /** Source code -> its target. */
  readonly targets: ReadonlyMap<string, SpreadTarget>;
}

/** Redraws allowed when a rewrite puts a country that is no target into the text; the last draw is kept. */
const MAX_ATTEMPTS = 8;

/** True when every non-organisation country `findCountries` reads in `text` is a target or pinned. */
function onlyTargets(text: string, targets: ReadonlyMap<string, SpreadTarget>, pinned: ReadonlySet<string>): boolean {
  const allowed = new Set([...pinned, ...[...targets.values()].map((t) => t.code)]);
  return findCountries(text).every((m) => m.kind === 'organisation' || isOrganisationCode(m.code) || allowed.has(m.code));
}

function replacementFor(m: CountryMention, target: SpreadTarget): string {
  switch (m.kind) {
    case 'demonym':
      return isPluralDemonym(m) ? target.demonymPlural : target.demonym;
    case 'capital':
      // Without a capital the lexicon knows, the name keeps the sentence meaning "in X" / "X's position" and the
      // source country out of the text.
      return target.capital ?? target.name;
    default:
      return target.name;
  }
}

/** "Americans", "Haitians": an -s form whose singular is a demonym of the same country. */
function isPluralDemonym(m: CountryMention): boolean {
  if (!m.text.endsWith('s')) return false;
  const singular = m.text.slice(0, -1);
  return !NO_PLURAL.test(singular) && lookupCountry(singular) === m.code;
}
