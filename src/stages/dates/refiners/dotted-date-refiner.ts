/**
 * "04.05.2024" is 4 May 2024: a date written with full stops is European (German, Russian, Turkish and most
 * continental ministries) and always day first. chrono's slash-date parser reads it month first, as it reads
 * "04/05/2024" in American English; this refiner swaps day and month back for the dotted form only (a slash date
 * stays ambiguous and is left as chrono reads it).
 */
import type { Refiner } from 'chrono-node';
import { componentsOf } from '../dates-parsing-option.ts';
import { RULE_TAG, hasTag } from '../result-tags.ts';

const SLASH_PARSER_TAG = `${RULE_TAG}chrono/SlashDateFormatParser`;
/** The whole result text: day.month.year, each part written with digits and full stops only. */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;

/** Refiner reading dotted dates day first. */
export const dottedDateRefiner: Refiner = {
  refine(context, results) {
    for (const result of results) {
      if (result.end != null || !result.text.includes('.')) continue;
      const m = DOTTED.exec(result.text.trim());
      if (m === null || !hasTag(result, SLASH_PARSER_TAG)) continue;
      const first = Number(m[1]);
      const second = Number(m[2]);
      // chrono already put a first number above 12 in the day; only a month-first reading needs the swap.
      if (result.start.get('month') !== first || result.start.get('day') !== second || second > 12 || first === second) continue;
      const start = componentsOf(context, { year: result.start.get('year') ?? undefined, month: second, day: first });
      for (const tag of result.start.tags()) start.addTag(tag);
      result.start = start;
    }
    return results;
  },
};
