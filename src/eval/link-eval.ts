/**
 * Link evaluation: measures same-meeting merges and plan -> held follow-ups against a corpus with gold meetings
 * (`dev.jsonl`) and its links file (`links-dev.jsonl`, see `shared/corpus/SCHEMA.md`).
 *
 * - Gold same-meeting: two documents whose gold meetings have the same countries and mode and dates at most a day
 *   apart, plus the file's explicit `same-meeting` lines; closed transitively. Predicted: the extractor's meetings
 *   clustered by `clusterMeetings`. Scored on unordered document pairs.
 * - Gold follow-ups: the file's `followup` lines (plan doc + evidence -> held doc). Predicted: every extracted plan
 *   matched by `rankFollowUps` against the held candidates of all documents. A predicted plan stands for a gold plan
 *   when their evidence spans overlap in the same document. A link is correct when its held document is the gold
 *   held document or reports the same gold meeting. Scored twice: `best` (one held document per plan, the best
 *   match: what a follow-up status uses) and `all` (every accepted match).
 *
 * The extractor sees each document's text and source metadata (publisher, url), never its annotations.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { GoldFormatError, readGold } from './gold-reader.ts';
import type { GoldMeeting } from './gold-reader.ts';
import { extractGoldDocument, type ExtractFunction, type ExtractionFailure } from './run-eval.ts';
import { overlapLength } from './text-matching.ts';
import type { LinkDocument } from '../linking/link-document.ts';
import { dayNumber } from '../linking/link-document.ts';
import { clusterMeetings, meetingSidesOf } from '../linking/meeting-merge.ts';
import { heldCandidatesOf, planSidesOf, rankFollowUps } from '../linking/follow-up-match.ts';

/** One line of a links file. */
export type GoldLink =
  | { readonly type: 'same-meeting'; readonly a: string; readonly b: string; readonly line: number }
  | {
      readonly type: 'followup';
      readonly plan: { readonly doc: string; readonly evidence: string };
      readonly held: { readonly doc: string; readonly evidence: string };
      readonly line: number;
    };

/** Precision, recall and F1 with the counts behind them; a rate is null when its denominator is 0. */
export interface PairFigure {
  readonly truePositives: number;
  readonly predicted: number;
  readonly gold: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

/** A predicted or missed link, for reading the errors. */
export interface LinkListing {
  readonly from: string;
  readonly to: string;
  readonly detail: string;
}

/** The outcome of {@link runLinkEval}. */
export interface LinkEvalSummary {
  readonly goldPath: string;
  readonly linksPath: string | null;
  readonly documents: number;
  readonly sameMeeting: PairFigure;
  /** One held document per plan (the best match). */
  readonly followUpsBest: PairFigure;
  /** Every accepted match of every plan. */
  readonly followUpsAll: PairFigure;
  readonly failures: readonly ExtractionFailure[];
  /** Predicted pairs that gold lacks, and gold pairs not predicted. */
  readonly errors: {
    readonly sameMeetingFalse: readonly LinkListing[];
    readonly sameMeetingMissed: readonly LinkListing[];
    readonly followUpFalse: readonly LinkListing[];
    readonly followUpMissed: readonly LinkListing[];
  };
}

/**
 * Reads a links file: one JSON object per non-blank line. Throws {@link GoldFormatError} (naming file and line) for a
 * line that is not JSON or lacks the fields its type needs; lines of other types are skipped.
 */
export async function readLinks(path: string): Promise<GoldLink[]> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  const out: GoldLink[] = [];
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber += 1;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new GoldFormatError(path, lineNumber, `not valid JSON (${(error as Error).message})`);
    }
    const o = value as Record<string, unknown> | null;
    if (typeof o !== 'object' || o === null) throw new GoldFormatError(path, lineNumber, 'must be an object');
    if (o['type'] === 'same-meeting') {
      if (typeof o['a'] !== 'string' || typeof o['b'] !== 'string') throw new GoldFormatError(path, lineNumber, 'same-meeting needs string "a" and "b"');
      out.push({ type: 'same-meeting', a: o['a'], b: o['b'], line: lineNumber });
    } else if (o['type'] === 'followup') {
      const plan = o['plan'] as Record<string, unknown> | null | undefined;
      const held = o['held'] as Record<string, unknown> | null | undefined;
      const ok = (x: Record<string, unknown> | null | undefined): x is Record<string, string> =>
        typeof x === 'object' && x !== null && typeof x['doc'] === 'string' && typeof x['evidence'] === 'string' && x['evidence'] !== '';
      if (!ok(plan) || !ok(held)) throw new GoldFormatError(path, lineNumber, 'followup needs plan and held objects with "doc" and non-empty "evidence"');
      out.push({ type: 'followup', plan: { doc: plan['doc'] as string, evidence: plan['evidence'] as string }, held: { doc: held['doc'] as string, evidence: held['evidence'] as string }, line: lineNumber });
    }
  }
  return out;
}

/** Runs the link evaluation. `linksPath` null: only the rule-derived gold same-meeting pairs, no follow-ups. */
export async function runLinkEval(goldPath: string, linksPath: string | null, extract: ExtractFunction): Promise<LinkEvalSummary> {
  const docs: LinkDocument[] = [];
  const goldMeetings = new Map<string, readonly GoldMeeting[]>();
  const texts = new Map<string, string>();
  const failures: ExtractionFailure[] = [];
  for await (const doc of readGold(goldPath)) {
    const record = await extractGoldDocument(doc, extract, failures);
    docs.push({ key: doc.id, published: null, publisher: doc.source.publisher, url: doc.source.url, record });
    goldMeetings.set(doc.id, doc.gold.meetings);
    texts.set(doc.id, doc.text);
  }
  const links = linksPath === null ? [] : await readLinks(linksPath);
  const known = new Set(docs.map((d) => d.key));
  for (const link of links) {
    const ids = link.type === 'same-meeting' ? [link.a, link.b] : [link.plan.doc, link.held.doc];
    const missing = ids.find((id) => !known.has(id));
    if (missing !== undefined) throw new GoldFormatError(linksPath ?? '', link.line, `unknown document "${missing}"`);
  }

  // Gold same-meeting clusters (union-find over document ids).
  const goldCluster = new UnionFind(docs.map((d) => d.key));
  const ids = docs.map((d) => d.key);
  for (let i = 0; i < ids.length; i += 1) {
    for (let j = i + 1; j < ids.length; j += 1) {
      const a = ids[i] as string;
      const b = ids[j] as string;
      if (sameGoldMeeting(goldMeetings.get(a) ?? [], goldMeetings.get(b) ?? [])) goldCluster.union(a, b);
    }
  }
  for (const link of links) if (link.type === 'same-meeting') goldCluster.union(link.a, link.b);
  const goldPairs = pairsOf(groups(ids, (id) => goldCluster.find(id)));

  const merged = clusterMeetings(docs.flatMap(meetingSidesOf));
  const predictedPairs = new Set<string>();
  for (const meeting of merged) {
    const docKeys = [...new Set(meeting.sides.map((s) => s.docKey))].sort();
    for (let i = 0; i < docKeys.length; i += 1) for (let j = i + 1; j < docKeys.length; j += 1) predictedPairs.add(`${docKeys[i]}|${docKeys[j]}`);
  }
  const sameMeeting = figure(predictedPairs, goldPairs);

  // Follow-ups. Gold plan identity: document and evidence span (first occurrence).
  const goldFollowUps = links.filter((l): l is Extract<GoldLink, { type: 'followup' }> => l.type === 'followup');
  const goldPlans = goldFollowUps.map((l) => {
    const text = texts.get(l.plan.doc) ?? '';
    const start = text.indexOf(l.plan.evidence);
    return { doc: l.plan.doc, evidence: l.plan.evidence, span: start < 0 ? null : ([start, start + l.plan.evidence.length] as [number, number]) };
  });
  // The gold plan whose span overlaps the predicted one most, relative to their union (a short plan inside a long
  // gold evidence that also holds another plan goes to the plan it is).
  const planKey = (doc: string, span: readonly [number, number]): string | null => {
    let best: { key: string; ratio: number } | null = null;
    for (const g of goldPlans) {
      if (g.doc !== doc || g.span === null) continue;
      const overlap = overlapLength(g.span, span);
      if (overlap === 0) continue;
      const ratio = overlap / (Math.max(g.span[1], span[1]) - Math.min(g.span[0], span[0]));
      if (best === null || ratio > best.ratio) best = { key: `${g.doc}: ${g.evidence}`, ratio };
    }
    return best?.key ?? null;
  };
  const goldLinks = new Set(goldFollowUps.map((l) => `${l.plan.doc}: ${l.plan.evidence}|${goldCluster.find(l.held.doc)}`));
  const heldName = new Map(goldFollowUps.map((l) => [`${l.plan.doc}: ${l.plan.evidence}|${goldCluster.find(l.held.doc)}`, l.held.doc]));

  const candidates = docs.flatMap(heldCandidatesOf);
  const best = new Set<string>();
  const all = new Set<string>();
  const predictedDetail = new Map<string, string>();
  for (const doc of docs) {
    for (const plan of planSidesOf(doc)) {
      const matches = rankFollowUps(plan, candidates);
      const e = plan.plan.provenance.evidence;
      const key = planKey(doc.key, [e.start, e.end]) ?? `${doc.key}: ${plan.plan.evidence}`;
      matches.forEach((m, rank) => {
        const link = `${key}|${goldCluster.find(m.candidate.docKey)}`;
        if (rank === 0) best.add(link);
        all.add(link);
        if (!predictedDetail.has(link)) predictedDetail.set(link, `${m.candidate.docKey} (${m.candidate.id}, score ${m.score}: ${m.matched.map((x) => `${x.field} ${x.note}`).join('; ')})`);
      });
    }
  }

  const split = (link: string): [string, string] => {
    const at = link.lastIndexOf('|');
    return [link.slice(0, at), link.slice(at + 1)];
  };
  return {
    goldPath,
    linksPath,
    documents: docs.length,
    sameMeeting,
    followUpsBest: figure(best, goldLinks),
    followUpsAll: figure(all, goldLinks),
    failures,
    errors: {
      sameMeetingFalse: [...predictedPairs].filter((p) => !goldPairs.has(p)).sort().map((p) => ({ from: split(p)[0], to: split(p)[1], detail: 'merged, gold says different meetings' })),
      sameMeetingMissed: [...goldPairs].filter((p) => !predictedPairs.has(p)).sort().map((p) => ({ from: split(p)[0], to: split(p)[1], detail: 'not merged' })),
      followUpFalse: [...all].filter((l) => !goldLinks.has(l)).sort().map((l) => ({ from: split(l)[0], to: predictedDetail.get(l) ?? split(l)[1], detail: best.has(l) ? 'best match' : 'lower-ranked match' })),
      followUpMissed: [...goldLinks].filter((l) => !all.has(l)).sort().map((l) => ({ from: split(l)[0], to: heldName.get(l) ?? split(l)[1], detail: 'not matched' })),
    },
  };
}

/** Gold rule: some meeting of each shares countries and mode, dates both known and at most a day apart. */
function sameGoldMeeting(a: readonly GoldMeeting[], b: readonly GoldMeeting[]): boolean {
  return a.some((x) => b.some((y) =>
    x.mode === y.mode
    && [...x.countries].sort().join('-') === [...y.countries].sort().join('-')
    && x.date !== null && y.date !== null
    && Math.abs(dayNumber(x.date) - dayNumber(y.date)) <= 1));
}

function figure(predicted: ReadonlySet<string>, gold: ReadonlySet<string>): PairFigure {
  let tp = 0;
  for (const p of predicted) if (gold.has(p)) tp += 1;
  const precision = predicted.size === 0 ? null : tp / predicted.size;
  const recall = gold.size === 0 ? null : tp / gold.size;
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, predicted: predicted.size, gold: gold.size, precision, recall, f1 };
}

function groups(ids: readonly string[], root: (id: string) => string): string[][] {
  const byRoot = new Map<string, string[]>();
  for (const id of ids) {
    const r = root(id);
    byRoot.set(r, [...(byRoot.get(r) ?? []), id]);
  }
  return [...byRoot.values()];
}

function pairsOf(clusters: readonly string[][]): Set<string> {
  const out = new Set<string>();
  for (const cluster of clusters) {
    const sorted = [...cluster].sort();
    for (let i = 0; i < sorted.length; i += 1) for (let j = i + 1; j < sorted.length; j += 1) out.add(`${sorted[i]}|${sorted[j]}`);
  }
  return out;
}

/** Union-find over string ids; the root of a set is its smallest id, so roots are stable and readable. */
class UnionFind {
  private readonly parent = new Map<string, string>();
  constructor(ids: readonly string[]) {
    for (const id of ids) this.parent.set(id, id);
  }
  find(id: string): string {
    let root = id;
    while ((this.parent.get(root) ?? root) !== root) root = this.parent.get(root) as string;
    this.parent.set(id, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}
