/**
 * "at the end of January or early February", "in late 2025 or early 2026": two times joined by "or" are one
 * interval from the start of the first to the end of the second, as SCHEMA.md reads "November or December". Only
 * month-or-coarser written times (a month, a part of one, a part of a year) are joined, the second after the first.
 */
import type { Refiner } from 'chrono-node';
import { extendRight } from './span-extension.ts';
import { FLAG, PRECISION_TAG, RULE_TAG, hasTag } from '../result-tags.ts';

/** Rule name added to results this refiner joins. */
export const ALTERNATIVE_TIMES_RULE = 'dates/alternative-times';

const OR_GAP = /^\s+or\s+(?:(?:in|during|at)\s+(?:the\s+)?)?$/i;

const COARSE_PRECISIONS = ['part-of-month', 'part-of-year', 'season', 'month', 'year'].map((p) => PRECISION_TAG + p);

/** A month or a coarser time: one of our part-of parsers, or a chrono month without a day. */
function coarse(result: Parameters<typeof hasTag>[0]): boolean {
  if (COARSE_PRECISIONS.some((tag) => hasTag(result, tag))) return true;
  return !result.start.isCertain('day') && !hasTag(result, `${PRECISION_TAG}day`) && !hasTag(result, `${PRECISION_TAG}days`);
}

/** Refiner joining "<time> or <time>" into one interval. */
export const alternativeTimesRefiner: Refiner = {
  refine(context, results) {
    let removed = false;
    const kept: (typeof results[number] | null)[] = [...results];
    for (let i = 0; i + 1 < results.length; i++) {
      const first = kept[i];
      const second = results[i + 1];
      if (first == null || second === undefined) continue;
      const firstEnd = first.index + first.text.length;
      if (second.index - firstEnd > 16 || !OR_GAP.test(context.text.slice(firstEnd, second.index))) continue;
      if (hasTag(first, FLAG.vague) || hasTag(second, FLAG.vague) || !coarse(first) || !coarse(second)) continue;
      if (!first.start.isCertain('month') || !second.start.isCertain('month')) continue;
      const secondEnd = second.end ?? second.start;
      const firstYear = first.start.get('year') ?? 0;
      const secondYear = secondEnd.get('year') ?? 0;
      const firstMonth = first.start.get('month') ?? 0;
      const secondMonth = secondEnd.get('month') ?? 0;
      if (secondYear * 12 + secondMonth < firstYear * 12 + firstMonth) continue;
      first.end = secondEnd.clone();
      extendRight(context, first, second.index + second.text.length - firstEnd);
      first.addTag(RULE_TAG + ALTERNATIVE_TIMES_RULE);
      kept[i + 1] = null;
      removed = true;
      i++;
    }
    return removed ? kept.filter((r): r is NonNullable<typeof r> => r !== null) : results;
  },
};
