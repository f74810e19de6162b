/**
 * Planned events and past references measured on the dev corpus: precision/recall/F1 with evidence spans matched
 * one-to-one by overlap (greedy by overlap length, gold located at its first occurrence), and for planned events the
 * share of matched events whose start/end equal gold. Floors are the figures reached when this test was written.
 *
 * Times come from the dates stage (`findTimeExpressions`) when it is present; otherwise from the gold time
 * expressions (an oracle for the interval part only), so the span logic can still be measured.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { TimeExpression } from '../src/domain/mentions.ts';
import { findPlannedEvents } from '../src/stages/plans/plan-finder.ts';
import { findPastReferences } from '../src/stages/references/past-reference-finder.ts';

interface GoldPlan { evidence: string; whenText: string | null; start: string | null; end: string | null; kind: string }
interface DevDoc {
  id: string;
  text: string;
  gold: { published: string | null; meetings: { date: string | null }[]; plannedEvents: GoldPlan[]; pastReferences: { evidence: string }[] };
}

const CORPUS = '/work/shared/corpus/dev.jsonl';
const TIME_FINDER = new URL('../src/stages/dates/time-expression-finder.ts', import.meta.url);

type TimeFinder = (text: string, referenceDate: string) => TimeExpression[];
const realTimes: TimeFinder | null = existsSync(TIME_FINDER)
  ? ((await import(TIME_FINDER.href)) as { findTimeExpressions: TimeFinder }).findTimeExpressions
  : null;

const ABBREVIATION_END = /(?:\b(?:Mr|Ms|Mrs|Dr|St|Jr|No|Prof|Gen|Sen|Rep|Amb|Lt|Col|Gov|Hon|Rt|vs|approx|etc|Inc|Co)|\b[A-Z]|(?:\b[A-Z]\.)+[A-Z])\.$/u;

/** Lines, then sentences at ". " / "! " / "? " before a capital, not after an abbreviation. */
function splitSentences(text: string): { span: [number, number] }[] {
  const out: { span: [number, number] }[] = [];
  const lineRe = /[^\n]+/g;
  for (let l = lineRe.exec(text); l !== null; l = lineRe.exec(text)) {
    const base = l.index;
    const line = l[0];
    let start = 0;
    const stopRe = /[.!?]["”’)]?\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;
    for (let m = stopRe.exec(line); m !== null; m = stopRe.exec(line)) {
      const upto = line.slice(start, m.index + 1);
      if (ABBREVIATION_END.test(upto)) continue;
      out.push({ span: [base + start, base + m.index + m[0].trimEnd().length] });
      start = m.index + m[0].length;
    }
    if (start < line.length) out.push({ span: [base + start, base + line.length] });
  }
  return out;
}

function oracleTimes(doc: DevDoc): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const g of doc.gold.plannedEvents) {
    if (g.whenText === null) continue;
    const at = doc.text.indexOf(g.evidence);
    const rel = at < 0 ? -1 : g.evidence.indexOf(g.whenText);
    if (rel < 0) continue;
    const s = at + rel;
    out.push({
      span: [s, s + g.whenText.length], text: g.whenText, start: g.start, end: g.end, pastStart: g.start, pastEnd: g.end,
      yearImplied: false, approximate: false, vague: g.start === null, relative: false, precision: 'month', rule: 'oracle',
    });
  }
  return out;
}

interface Counts { tp: number; fp: number; fn: number; exact: number }

/** Greedy one-to-one matching by overlap length; returns matched pairs [predIndex, goldIndex]. */
function matchSpans(pred: readonly (readonly [number, number])[], gold: readonly (readonly [number, number])[]): [number, number][] {
  const pairs: [number, number, number][] = [];
  pred.forEach((p, i) => gold.forEach((g, j) => {
    const ov = Math.min(p[1], g[1]) - Math.max(p[0], g[0]);
    if (ov > 0) pairs.push([ov, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: [number, number][] = [];
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const docs: DevDoc[] = readFileSync(CORPUS, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as DevDoc);
const verbose = process.env['PLANS_VERBOSE'] === '1';

function evaluate(): { plans: Counts; refs: Counts } {
  const plans: Counts = { tp: 0, fp: 0, fn: 0, exact: 0 };
  const refs: Counts = { tp: 0, fp: 0, fn: 0, exact: 0 };
  for (const doc of docs) {
    const ref = doc.gold.published ?? doc.gold.meetings[0]?.date ?? null;
    const times = realTimes !== null ? (ref !== null ? realTimes(doc.text, ref) : []) : oracleTimes(doc);
    const input = { text: doc.text, sentences: splitSentences(doc.text), times, referenceDate: ref };
    const found = findPlannedEvents(input);
    const gold = doc.gold.plannedEvents.map((g) => {
      const at = doc.text.indexOf(g.evidence);
      return [at, at + g.evidence.length] as const;
    });
    const pairs = matchSpans(found.map((f) => f.span), gold);
    plans.tp += pairs.length;
    plans.fp += found.length - pairs.length;
    plans.fn += gold.length - pairs.length;
    for (const [i, j] of pairs) {
      const f = found[i];
      const g = doc.gold.plannedEvents[j];
      if (f !== undefined && g !== undefined && (f.time?.start ?? null) === g.start && (f.time?.end ?? null) === g.end) plans.exact++;
      else if (verbose) console.log(`  ${doc.id} INTERVAL ${JSON.stringify(f?.time?.text)} ${f?.time?.start}..${f?.time?.end} gold ${g?.whenText} ${g?.start}..${g?.end}`);
    }
    if (verbose) {
      const mp = new Set(pairs.map(([i]) => i));
      const mg = new Set(pairs.map(([, j]) => j));
      found.forEach((f, i) => { if (!mp.has(i)) console.log(`  ${doc.id} FP [${f.rule}] ${doc.text.slice(f.span[0], f.span[1])}`); });
      doc.gold.plannedEvents.forEach((g, j) => { if (!mg.has(j)) console.log(`  ${doc.id} FN ${g.evidence}`); });
    }

    const foundRefs = findPastReferences(input);
    const goldRefs = doc.gold.pastReferences.map((g) => {
      const at = doc.text.indexOf(g.evidence);
      return [at, at + g.evidence.length] as const;
    });
    const refPairs = matchSpans(foundRefs.map((f) => f.span), goldRefs);
    refs.tp += refPairs.length;
    refs.fp += foundRefs.length - refPairs.length;
    refs.fn += goldRefs.length - refPairs.length;
    if (verbose) {
      const mp = new Set(refPairs.map(([i]) => i));
      const mg = new Set(refPairs.map(([, j]) => j));
      foundRefs.forEach((f, i) => { if (!mp.has(i)) console.log(`  ${doc.id} REF-FP [${f.rule}] ${doc.text.slice(f.span[0], f.span[1])}`); });
      doc.gold.pastReferences.forEach((g, j) => { if (!mg.has(j)) console.log(`  ${doc.id} REF-FN ${g.evidence}`); });
    }
  }
  return { plans, refs };
}

const { plans, refs } = evaluate();
const planScore = prf(plans);
const refScore = prf(refs);
const intervals = plans.exact / Math.max(1, plans.tp);
console.log(
  `dev planned events (${realTimes !== null ? 'dates stage' : 'oracle'} times): P ${planScore.p.toFixed(3)} R ${planScore.r.toFixed(3)} ` +
    `F1 ${planScore.f1.toFixed(3)} intervals exact ${intervals.toFixed(3)} (tp ${plans.tp} fp ${plans.fp} fn ${plans.fn})`,
);
console.log(`dev past references: P ${refScore.p.toFixed(3)} R ${refScore.r.toFixed(3)} F1 ${refScore.f1.toFixed(3)} (tp ${refs.tp} fp ${refs.fp} fn ${refs.fn})`);

// Floors recorded with the dates stage's times (P 0.957 R 0.957 F1 0.957, intervals 0.932; references F1 0.911),
// and with gold (oracle) times while the dates stage was absent.
const realFloors = { planF1: 0.95, intervals: 0.93, refF1: 0.9 };
const oracleFloors = { planF1: 0.75, intervals: 0.9, refF1: 0.65 };
const floors = realTimes !== null ? realFloors : oracleFloors;

test('planned events on the dev corpus stay above the recorded floor', () => {
  assert.ok(planScore.f1 >= floors.planF1, `F1 ${planScore.f1.toFixed(3)} < ${floors.planF1}`);
  assert.ok(intervals >= floors.intervals, `intervals exact ${intervals.toFixed(3)} < ${floors.intervals}`);
});

test('past references on the dev corpus stay above the recorded floor', () => {
  assert.ok(refScore.f1 >= floors.refF1, `F1 ${refScore.f1.toFixed(3)} < ${floors.refF1}`);
});
