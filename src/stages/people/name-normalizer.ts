/**
 * Turns the written words of a name into the normalised form records use: no initials, no patronymic, family names
 * written in capitals ("HAYASHI Yoshimasa") re-cased and moved last ("Yoshimasa Hayashi").
 */
import { NOBLE_PATRONYMIC_STYLES, PATRONYMIC_ENDINGS, PATRONYMIC_PARTICLES, SHORT_PATRONYMICS } from './name-lexicon.ts';
import { foldCached } from './word-tokenizer.ts';

const SHORT_PATRONYMIC_SET = new Set(SHORT_PATRONYMICS);
const PARTICLES: ReadonlySet<string> = new Set(PATRONYMIC_PARTICLES);
const NOBLE_STYLES: ReadonlySet<string> = new Set(NOBLE_PATRONYMIC_STYLES);

/**
 * The words a name is known by when its father is named with Bruneian noble styles after "bin"/"binti" ("Erywan bin
 * Pehin Datu Pekerma Jaya Haji Mohd Yusof" -> "Erywan Yusof"); the words unchanged otherwise ("Mohamad bin Haji Hasan",
 * "Abdullah bin Zayed Al Nahyan").
 */
function withoutStyledFather(words: readonly string[]): readonly string[] {
  const particle = words.findIndex((word, index) => index > 0 && PARTICLES.has(foldCached(word)));
  if (particle < 0 || particle >= words.length - 2) return words;
  const father = words.slice(particle + 1);
  if (!father.some((word) => NOBLE_STYLES.has(foldCached(word))) || NOBLE_STYLES.has(foldCached(words[words.length - 1]!))) return words;
  return [...words.slice(0, particle), words[words.length - 1]!];
}

/** True for an East Slavic patronymic ("Vladimirovich", "Viktorovna", "Ilyich"). */
export function isPatronymic(word: string): boolean {
  const folded = foldCached(word);
  if (SHORT_PATRONYMIC_SET.has(folded)) return true;
  return folded.length >= 7 && PATRONYMIC_ENDINGS.some((ending) => folded.endsWith(ending));
}

/** True for an initial ("R", "J"): a single letter. */
export function isInitial(word: string): boolean {
  return word.length === 1 && word !== word.toLowerCase();
}

/** "HAYASHI" -> "Hayashi", "KYUNG-WHA" -> "Kyung-wha". */
function recase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

function isAllCapsWord(word: string): boolean {
  let ascii = true;
  let upper = 0;
  for (let k = 0; k < word.length && ascii; k++) {
    const code = word.charCodeAt(k);
    if (code > 127) ascii = false;
    else if (code >= 97 && code <= 122) return false;
    else if (code >= 65 && code <= 90) upper++;
  }
  if (ascii) return upper >= 2;
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * The name words that identify a person, in written order: initials dropped, and patronymics dropped when they
 * stand between a given name and a family name (`["Vladimir", "Vladimirovich", "Putin"]` -> `["Vladimir", "Putin"]`).
 * Words keep their written case.
 */
export function coreNameWords(words: readonly string[]): string[] {
  const kept = words.filter((word) => !isInitial(word));
  if (kept.length >= 3) {
    return kept.filter((word, index) => index === 0 || index === kept.length - 1 || !isPatronymic(word));
  }
  return kept;
}

/**
 * The normalised full name for written name words. All-capital words are family names in Japanese and Korean
 * official English ("Mr. SUGA Yoshihide"): they are re-cased and moved to the end when other words are written
 * normally. Returns "" when no name word is left.
 */
export function normaliseName(words: readonly string[]): string {
  const core = coreNameWords(withoutStyledFather(words));
  const capitals = core.filter(isAllCapsWord);
  if (capitals.length > 0 && capitals.length < core.length) {
    const rest = core.filter((word) => !isAllCapsWord(word));
    return [...rest, ...capitals.map(recase)].join(' ');
  }
  return core.map((word) => (isAllCapsWord(word) ? recase(word) : word)).join(' ');
}
