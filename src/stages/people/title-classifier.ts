/**
 * Maps an official title to the rank it implies, with the ordered rules in `title-lexicon.ts`.
 */
import type { Level } from '../../domain/record.ts';
import { BARE_MINISTER_TITLES, LEVEL_ORDER, LEVEL_RULES, WHOLE_TITLE_RULES } from './title-lexicon.ts';

const BARE_MINISTER: ReadonlySet<string> = new Set(BARE_MINISTER_TITLES);

function foldTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[[\]]/gu, '')
    // a spaced dash joins two titles ("Deputy Prime Minister – Minister of Foreign Affairs"), as a slash does
    .replace(/\s+[-‐–—]\s+/gu, ' / ')
    .replace(/[-‐–]/gu, ' ')
    .replace(/\./gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/\bminster\b/gu, 'minister')
    .replace(/^(the|former|then|acting) /u, '')
    .trim();
}

function classifyPart(folded: string): Level | null {
  for (const rule of LEVEL_RULES) {
    if (rule.pattern.test(folded)) return rule.level;
  }
  return null;
}

/**
 * The rank a title implies: `leader` (heads of state and government), `foreign-minister`, `minister` (other
 * ministers and cabinet secretaries; deputy prime ministers and the Tánaiste), `vice-minister`, `senior-official`
 * (directors-general, assistant secretaries, envoys, ambassadors, spokespeople), `other` (any other recognised title:
 * vice presidents, governors, chairs, senators, ...). Returns null when the string contains no recognised title word.
 *
 * Compound titles joined by "and" take the highest rank of their parts ("Tánaiste and Minister for Foreign Affairs"
 * -> `foreign-minister`), unless a part is not a title on its own ("Minister for Europe and Foreign Affairs" is one
 * title). Bare "Minister" and "Secretary" give `minister`.
 */
export function classifyTitle(title: string): Level | null {
  return titleRanks(title)[0] ?? null;
}

/** Ranks of recently read titles: documents repeat a few titles many times. */
const RANKS_CACHE = new Map<string, readonly Level[]>();
const RANKS_CACHE_SIZE = 4096;

/**
 * Every rank a title can stand for, the one {@link classifyTitle} gives first: a compound's parts ("Prime Minister and
 * Minister of Foreign Affairs" -> leader, foreign-minister), a bare "Minister" or "Secretary" (minister,
 * foreign-minister). Empty when the string contains no recognised title word. Two people of different ranks meet at
 * the rank they share, if any: a prime minister who is also foreign minister meets a secretary of state as foreign
 * minister.
 */
export function titleRanks(title: string): readonly Level[] {
  const cached = RANKS_CACHE.get(title);
  if (cached !== undefined) return cached;
  const ranks = ranksUncached(title);
  if (RANKS_CACHE.size >= RANKS_CACHE_SIZE) RANKS_CACHE.clear();
  RANKS_CACHE.set(title, ranks);
  return ranks;
}

function ranksUncached(title: string): Level[] {
  const folded = foldTitle(title);
  if (folded === '') return [];
  for (const rule of WHOLE_TITLE_RULES) {
    if (rule.pattern.test(folded)) return [rule.level];
  }
  if (BARE_MINISTER.has(folded)) return ['minister', 'foreign-minister'];
  // "Deputy Prime Minister/Foreign Minister": slash-joined titles are compounds too
  // "Deputy Prime Minister, Minister of Foreign Affairs and International Cooperation": a comma joins titles too
  const split = folded.split(/\s*(?:,\s*)?\band\b\s*|\s*\/\s*|\s*,\s*/u).filter((part) => part !== '');
  // A part that is no title on its own completes the one before it ("Deputy Prime Minister and Minister of Foreign
  // Affairs [and International Cooperation]").
  const parts: string[] = [];
  for (const part of split) {
    if (parts.length > 0 && classifyPart(part) === null) parts[parts.length - 1] += ` and ${part}`;
    else parts.push(part);
  }
  if (parts.length > 1) {
    const levels = parts.map(classifyPart);
    if (levels.every((level): level is Level => level !== null)) {
      const ranked = [...new Set(levels)].sort((a, b) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b));
      return ranked;
    }
  }
  const level = classifyPart(folded);
  return level === null ? [] : [level];
}
