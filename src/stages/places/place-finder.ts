/**
 * Finds cities and venues where meetings happen: every capital (from the countries stage's capital list) plus a
 * curated list of summit and conference cities and a few venues (`meeting-cities.json`), and the seats of government
 * readouts name instead of their city (`government-seats.json`: "in Downing Street" is in London).
 */
import type { PlaceMention } from '../../domain/mentions.ts';
import { AMBIGUOUS_CAPITALS, CAPITAL_CITIES, COUNTRY_SURFACES } from '../countries/country-lexicon.ts';
import { NOT_A_PLACE_AFTER } from '../countries/country-finder.ts';
import { PhraseTrie } from '../countries/phrase-trie.ts';
import cityData from './meeting-cities.json' with { type: 'json' };
import seatData from './government-seats.json' with { type: 'json' };

/**
 * Which list a place came from; the rule of its mentions is `places/<source>`. A `seat` mention's name is the city
 * the seat stands in ("Downing Street" -> "London").
 */
type PlaceSource = 'capital' | 'city' | 'venue' | 'seat';

interface PlaceEntry {
  readonly name: string;
  readonly country: string | null;
  readonly source: PlaceSource;
}

/** `null` marks a phrase that contains a place word but is something else (a country, an organisation, a sea). */
type PlaceValue = PlaceEntry | null;

interface CityData {
  readonly cities: Readonly<Record<string, readonly string[]>>;
  readonly venues: Readonly<Record<string, readonly string[]>>;
}

const cities: CityData = cityData;
const seats: Readonly<Record<string, readonly string[]>> = seatData.seats;

function buildTrie(): PhraseTrie<PlaceValue> {
  // A place beats a blocker with the same surface ("Singapore", "Luxembourg": country and city); first place wins.
  const trie = new PhraseTrie<PlaceValue>((existing, added) => existing ?? added);
  for (const [surface, entry] of COUNTRY_SURFACES) {
    // Country names, demonyms, organisations and blocked phrases swallow the city words inside them
    // ("Shanghai Cooperation Organisation", "George Washington").
    if (entry.kind !== 'capital') trie.add(surface, null);
  }
  for (const capital of CAPITAL_CITIES) {
    for (const variant of capital.variants) {
      if (!AMBIGUOUS_CAPITALS.has(variant)) trie.add(variant, { name: capital.name, country: capital.code, source: 'capital' });
    }
  }
  const addList = (table: Readonly<Record<string, readonly string[]>>, source: PlaceSource): void => {
    for (const [country, list] of Object.entries(table)) {
      for (const entry of list) {
        const [item = '', city] = entry.split('@');
        const variants = item.split('|');
        if (city !== undefined && variants[0] !== undefined) VENUE_CITIES.set(variants[0], city);
        const name = variants[0];
        if (name === undefined) continue;
        for (const variant of variants) trie.add(variant, { name, country, source });
      }
    }
  };
  // seats first: a seat also listed as a venue is read as its city
  for (const [country, list] of Object.entries(seats)) {
    for (const entry of list) {
      const [item = '', city = ''] = entry.split('@');
      for (const variant of item.split('|')) trie.add(variant, { name: city, country, source: 'seat' });
    }
  }
  addList(cities.cities, 'city');
  addList(cities.venues, 'venue');
  return trie;
}

/** Venue name -> the city it stands in (the city's normalised name), from the '@City' of its entry. */
const VENUE_CITIES = new Map<string, string>();
const PLACE_TRIE = buildTrie();

/** The city a venue stands in ("Farnesina" -> "Rome"), by the venue's normalised name; null when none is listed. */
export function venueCity(venue: string): string | null {
  return VENUE_CITIES.get(venue) ?? null;
}

/**
 * The capitals listed as ambiguous ("Georgetown", "Victoria", "Male", "St. John's"), by country code: names too
 * common as words or as other places for {@link findPlaces} to read anywhere.
 */
const AMBIGUOUS_CAPITALS_BY_COUNTRY: ReadonlyMap<string, readonly { readonly name: string; readonly variant: string }[]> = (() => {
  const out = new Map<string, { name: string; variant: string }[]>();
  for (const capital of CAPITAL_CITIES) {
    for (const variant of capital.variants) {
      if (AMBIGUOUS_CAPITALS.has(variant)) out.set(capital.code, [...(out.get(capital.code) ?? []), { name: capital.name, variant }]);
    }
  }
  return out;
})();

/**
 * The mentions in `text` of the ambiguous capitals of `countries` (rule `places/ambiguous-capital`): a caller that
 * knows which countries are concerned (a meeting's sides) reads "in Georgetown" as Guyana's capital. A capital
 * followed by a capitalised word ("Georgetown University", "Victoria Nuland") or a non-place word is not one.
 */
export function findAmbiguousCapitals(text: string, countries: readonly string[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const code of countries) {
    for (const { name, variant } of AMBIGUOUS_CAPITALS_BY_COUNTRY.get(code) ?? []) {
      for (let at = text.indexOf(variant); at >= 0; at = text.indexOf(variant, at + 1)) {
        const end = at + variant.length;
        if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /^(?:[\p{L}\p{N}]|\s+\p{Lu})/u.test(text.slice(end, end + 3))) continue;
        if (NOT_A_PLACE_AFTER.test(text.slice(end, end + 24))) continue;
        out.push({ span: [at, end], text: variant, name, country: code, rule: 'places/ambiguous-capital' });
      }
    }
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/** `places/<source>` for each source, built once. */
const RULE_OF_SOURCE: Readonly<Record<PlaceSource, string>> = { capital: 'places/capital', city: 'places/city', venue: 'places/venue', seat: 'places/seat' };

/**
 * All city and venue mentions in `text`, sorted and non-overlapping; case-sensitive, whole-word, longest match.
 * `name` is the normalised name ("St. Petersburg" for "Saint Petersburg", "Washington" for "Washington, D.C."),
 * `country` its ISO alpha-2 code. Rules: `places/capital` (a capital city), `places/city` (a listed meeting city),
 * `places/venue` (a named venue such as "Camp David"), `places/seat` (a seat of government, named by its city:
 * "Kremlin" -> "Moscow"). City names that are part of an agreement or similar
 * ("Paris Agreement", "Kyoto Protocol", "Moscow time") and city words inside country or organisation names
 * ("Shanghai Cooperation Organisation") are not places.
 */
export function findPlaces(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const match of PLACE_TRIE.scan(text)) {
    const place = match.value;
    if (place === null) continue;
    if (NOT_A_PLACE_AFTER.test(text.slice(match.end, match.end + 24))) continue;
    out.push({
      span: [match.start, match.end],
      text: text.slice(match.start, match.end),
      name: place.name,
      country: place.country,
      rule: RULE_OF_SOURCE[place.source],
    });
  }
  return out;
}
