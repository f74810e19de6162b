/**
 * Linking on readouts from publishers the dev corpus lacks (`test/fixtures/links-unseen/`, texts written for this set
 * in the house styles of fifteen governments and agencies): floors on same-meeting and follow-up figures at the values
 * measured when they were last raised, the distractors that must stay apart, people across documents, and the
 * knowledge base (SQLite, and PostgreSQL when configured) storing the links the linking module gives.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { runLinkEval, type LinkEvalSummary } from '../src/eval/link-eval.ts';
import { ingestSources, type IngestSource } from '../src/app/ingest.ts';
import { loadDocument } from '../src/input/load-document.ts';
import { openDatabase } from '../src/storage/open-database.ts';
import type { StorageDialect } from '../src/storage/dialects/storage-dialect.ts';
import type { LinkDocument, StoredRecord } from '../src/linking/link-document.ts';
import { clusterMeetings, meetingSidesOf } from '../src/linking/meeting-merge.ts';
import { heldCandidatesOf, planSidesOf, rankFollowUps } from '../src/linking/follow-up-match.ts';
import { goldPeoplePairs, readGoldLines, type GoldLine } from './gold-people-pairs.ts';
import { engines } from './engines.ts';
import { extractGold, figuresBelow, linkFigures } from './eval-figures.ts';

const GOLD = new URL('./fixtures/links-unseen/unseen.jsonl', import.meta.url).pathname;
const LINKS = new URL('./fixtures/links-unseen/links-unseen.jsonl', import.meta.url).pathname;

const lines: GoldLine[] = readGoldLines(GOLD);

describe('link evaluation on the unseen-publisher set', () => {
  let s: LinkEvalSummary;
  before(async () => {
    s = await runLinkEval(GOLD, LINKS, extractGold);
  });

  test('figures stay at or above their floors', () => {
    assert.deepEqual(s.failures, []);
    assert.equal(s.documents, 57);
    assert.equal(s.sameMeeting.gold, 30);
    assert.equal(s.followUpsBest.gold, 17);
    // Measured 2026-11-27: same meeting P 1.00 R 0.77 (23 of 30 pairs; the seven missed need extraction fixes: no
    // meeting found in three pages, a side not identified in two, see the report); follow-ups (best) P 1.00 R 0.88 (15 of 17: two plans
    // have two gold held events each and best keeps one); follow-ups (all) P 0.94 R 1.00.
    // Before the q-link fixes (same texts): same meeting P 1.00 R 0.47, best P 0.87 R 0.76, all P 0.74 R 0.82.
    // Precision floors are exact: a false merge of two meetings is the error this set guards against.
    const measured = linkFigures(s);
    const floors: Record<string, number> = {
      'same-meeting precision': 1,
      'same-meeting recall': 23 / 30,
      'follow-ups best precision': 1,
      'follow-ups best recall': 15 / 17,
      'follow-ups all precision': 17 / 18,
      'follow-ups all recall': 1,
    };
    const below = figuresBelow(measured, floors);
    assert.deepEqual(below, [], JSON.stringify(s.errors, null, 1));
  });

  test('distractors stay apart: one dyad a week apart, a call and a meeting, one leader with two counterparts on one day', () => {
    const apart: readonly [string, string][] = [
      ['state-us-in-2023-09-22', 'state-us-in-2023-09-29'],
      ['state-us-in-2023-09-25', 'state-us-in-2023-09-29'],
      ['state-us-in-2023-09-25', 'mea-in-us-2023-09-30'],
      ['gov-uk-in-2023-09-09', 'mofa-jp-in-2023-09-09'],
      ['mea-in-gb-2023-09-09', 'mofa-jp-in-2023-09-09'],
      ['kremlin-ru-tr-2023-09-04', 'kremlin-ru-tr-2023-09-08'],
      ['state-us-sa-2023-06-02', 'state-us-sa-2023-06-06'],
      ['state-us-cn-2023-07-13', 'state-us-id-2023-07-13'],
      ['president-ua-tr-2023-07-07', 'president-ua-tr-2023-07-14'],
      ['reuters-tr-ua-2023-07-07', 'president-ua-tr-2023-07-14'],
      ['state-us-in-2023-09-22', 'state-quad-2023-09-22'],
      ['state-us-in-2023-09-22', 'mea-quad-2023-09-23'],
      ['mofa-jp-kr-2023-05-07', 'mofa-jp-kr-2023-05-21'],
    ];
    const merged = s.errors.sameMeetingFalse.map((e) => `${e.from}|${e.to}`);
    for (const [a, b] of apart) assert.ok(!merged.includes(`${a}|${b}`) && !merged.includes(`${b}|${a}`), `${a} and ${b} merged`);
    assert.deepEqual(s.errors.sameMeetingFalse, []);
  });
});

describe('people across the unseen-publisher set', () => {
  test('each extracted participant joins the people of its gold person, and no other', async () => {
    const { together, apart, wrong } = await goldPeoplePairs(lines);
    assert.deepEqual(wrong, [], 'different people joined');
    // Measured 2026-11-27: 245 of 250 same-person pairs joined (241 before the q-link name folds); the 5 apart are extraction errors (Xi Jinping given
    // Australia's country in the Australian readout; the Crown Prince read as "Salman bin Abdulaziz Al Saud").
    assert.ok(together >= 245, `${together} same-person pairs joined; apart: ${apart.join('; ')}`);
  });
});

/** The fixture as ingest sources, with each line's publisher and URL as a feed would give them. */
async function* sources(): AsyncIterable<IngestSource> {
  for (const line of lines) {
    const bytes = new TextEncoder().encode(line.text);
    yield {
      input: line.id, sourceKey: `unseen:${line.id}`, file: `${line.id}.txt`, url: line.url, bytes,
      load: () => loadDocument(`${line.id}.txt`, bytes), title: null, publisher: line.publisher, published: null,
    };
  }
}

for (const engine of engines) describe(`${engine.name}: the knowledge base links the unseen-publisher set as the linking module does`, () => {
  let kb: StorageDialect;
  let docs: (LinkDocument & { file: string })[];
  before(async () => {
    kb = await openDatabase(await engine.newDatabase());
    const summary = await ingestSources(kb, sources(), { now: () => new Date('2026-01-01T00:00:00Z') });
    assert.equal(summary.failed, 0);
    const rows = await kb.db.selectFrom('documents').select(['id', 'file', 'publisher', 'published', 'url', 'record_json', 'text'])
      .where('is_current', '=', 1).where('status', '=', 'ok').orderBy('id').execute();
    docs = rows.map((r) => ({ key: String(r.id), file: r.file ?? '', published: r.published, publisher: r.publisher, url: r.url, record: { ...(JSON.parse(r.record_json ?? '{}') as StoredRecord), text: r.text } }));
  });
  after(async () => { await kb.close(); });
  const fileOf = (key: string): string => docs.find((d) => d.key === key)?.file ?? key;

  test('merged meetings', async () => {
    assert.equal(docs.length, lines.length);
    const pure = clusterMeetings(docs.flatMap(meetingSidesOf)).map((m) => m.sides.map((x) => x.id).sort().join(' + ')).sort();
    const reports = await kb.db.selectFrom('doc_meetings').select(['document_id', 'idx', 'meeting_id']).execute();
    const byMeeting = new Map<number, string[]>();
    for (const r of reports) byMeeting.set(r.meeting_id!, [...(byMeeting.get(r.meeting_id!) ?? []), `${r.document_id}#${r.idx}`]);
    const stored = [...byMeeting.values()].map((ids) => ids.sort().join(' + ')).sort();
    assert.deepEqual(stored, pure);
    assert.ok(stored.filter((m) => m.includes(' + ')).length >= 12, 'most meetings have several sources');
  });

  test('follow-ups: each plan held by the best match', async () => {
    const candidates = docs.flatMap(heldCandidatesOf);
    const pure: string[] = [];
    for (const doc of docs) {
      for (const plan of planSidesOf(doc)) {
        const best = rankFollowUps(plan, candidates)[0];
        if (best !== undefined) pure.push(`${fileOf(doc.key)} plan${plan.planIndex} -> ${fileOf(best.candidate.docKey)}`);
      }
    }
    const rows = await kb.db.selectFrom('follow_ups').innerJoin('plans', 'plans.id', 'follow_ups.plan_id')
      .select(['plans.document_id', 'plans.idx', 'follow_ups.explanation_json']).execute();
    const stored = rows.map((r) => {
      const held = (JSON.parse(r.explanation_json) as { candidate: { id: string } }).candidate.id;
      return `${fileOf(String(r.document_id))} plan${r.idx} -> ${fileOf(held.split('#')[0]!)}`;
    });
    assert.deepEqual(stored.sort(), pure.sort());
    assert.ok(stored.some((x) => x.startsWith('mea-in-us-2023-06-02.txt') && x.endsWith('whitehouse-us-in-2023-06-22.txt')), 'the trip leg is held by the White House talks');
  });
});
