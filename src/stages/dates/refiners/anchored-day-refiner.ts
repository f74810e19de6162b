/**
 * "the day after the December 15 meeting": resolves an anaphoric day against the date that directly follows it.
 * The anaphoric words keep their own span and get the anchor date plus or minus one day; the anchor date stays a
 * separate expression (both are stated in the text).
 */
import type { Refiner } from 'chrono-node';
import { componentsOf } from '../dates-parsing-option.ts';
import { DAY_OFFSET_TAG, FLAG, RULE_TAG, hasTag } from '../result-tags.ts';

/** Rule name added to resolved anaphoric days. */
export const ANCHORED_DAY_RULE = 'dates/anchored-day';

const BETWEEN_ANCHOR = /^\s+(?:the\s+|of\s+(?:the\s+)?)?$/i;
const DIRECTION = /\b(after|before)\b/i;
const DROPPED_TAGS = new Set<string>([FLAG.vague, FLAG.anaphoric, 'precision/vague']);

/** Refiner resolving "the day after/before <date>". */
export const anchoredDayRefiner: Refiner = {
  refine(context, results) {
    for (let i = 0; i + 1 < results.length; i++) {
      const result = results[i];
      const anchor = results[i + 1];
      if (result === undefined || anchor === undefined || !hasTag(result, FLAG.anaphoric)) continue;
      const direction = DIRECTION.exec(result.text)?.[1]?.toLowerCase();
      if (direction === undefined || !anchor.start.isCertain('day') || anchor.end != null) continue;
      const between = context.text.slice(result.index + result.text.length, anchor.index);
      if (!BETWEEN_ANCHOR.test(between)) continue;
      const month = anchor.start.get('month') ?? 1;
      const day = anchor.start.get('day') ?? 1;
      const year = anchor.start.isCertain('year') ? (anchor.start.get('year') ?? undefined) : undefined;
      const start = componentsOf(context, { year, month, day });
      for (const tag of result.start.tags()) if (!DROPPED_TAGS.has(tag)) start.addTag(tag);
      start.addTag(RULE_TAG + ANCHORED_DAY_RULE);
      start.addTag(`${DAY_OFFSET_TAG}${direction === 'after' ? 1 : -1}`);
      result.start = start;
    }
    return results;
  },
};
