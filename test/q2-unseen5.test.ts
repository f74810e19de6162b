/**
 * The fifth unseen set (test/fixtures/q2-unseen5/readouts.jsonl, written by make-fixture.py there): 40 readouts from
 * 40 publishers absent from dev.jsonl, links-dev.jsonl and every earlier fixture (European, Central Asian, Gulf,
 * South-East Asian, African and Latin American foreign ministries; presidential and prime-ministerial offices;
 * ASEAN, CARICOM, Commonwealth and Council of Europe secretariats; an embassy; five news agencies), in their house
 * styles, with hand gold in dev.jsonl's format written and committed before the extractor was run on them. Topics and
 * past references are not annotated (empty in the gold, as in the earlier unseen sets), so their figures are not
 * floored.
 *
 * Measured 2026-11-27, BEFORE any fix (the honest estimate of the unseen score; the diagnosis of every difference was
 * handed to the next helpers): published .95; date .90, level .925, mode .975, countries .95, duration .95, place
 * .875, occasion .975; participants F1 .977 (tp 63 fp 0 fn 3), country 1.00, title .873 (55/63); planned events F1
 * .941 (tp 16 fp 2 fn 0), intervals exact .875 (14/16). One gold value was changed after the first run, because it
 * broke the set's own and the corpus's title convention (the ASEAN Secretary-General's title as
 * "Secretary-General", not "Secretary-General of ASEAN"; title was .857 before it).
 * After the plan fixes (q5-plans, causes 10, 11, 13 of the diagnosis): planned events F1 .970 (tp 16 fp 1 fn 0),
 * intervals exact 1.00 (16/16); those two floors are raised to them.
 * After the people fixes (causes 3, 6, 7, 8, 9: double titles, "the U.S. Secretary of State, NAME", second portfolios, a
 * deputy PM for foreign affairs, "Minister of Foreign Affairs II" and a Bruneian name): level .975, countries .975,
 * participants F1 .985 (tp 64 fp 0 fn 2), title .969 (62/64); floors raised to these below FLOORS.
 * A second gold change, after the people fixes: the two counterparts the text gives no title ("his Guatemalan
 * counterpart, Carlos Ramiro Martínez", "his Malaysian counterpart Mohamad Hasan") had a title inferred from their
 * host's office; a title is a value with evidence in the text, and no dev gold infers one, so they are null. Title
 * 64/64 after it (the two were the last title errors).
 * After causes 1, 2, 4 and 14 (branch q5-meet: "welcomed his <nationality> colleague, NAME", five dateline forms,
 * the meeting's day in brackets / in a visit clause, a part's duration): published 1.00; date 1.00, level .95, mode
 * 1.00, countries .975, duration 1.00, place 1.00, occasion 1.00; participants F1 .992 (tp 65 fp 0 fn 1).
 * With the three branches merged: every meeting field 1.00, participants F1 1.00 (tp 66), country and title 1.00
 * (66/66), planned events F1 .970, intervals 1.00 (16/16). Floors are these: a regression fails.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { evalFigures, figuresBelow, publishersBefore } from './eval-figures.ts';

const GOLD = new URL('./fixtures/q2-unseen5/readouts.jsonl', import.meta.url).pathname;
const lines = readFileSync(GOLD, 'utf8').split('\n').filter((l) => l.trim() !== '');

interface Doc {
  publisher: string;
  text: string;
  gold: { meetings: unknown[]; plannedEvents: { evidence: string }[] };
}

const FLOORS: Record<string, number> = {
  'published': 40 / 40,
  'meeting date': 40 / 40, 'meeting level': 40 / 40, 'meeting mode': 40 / 40, 'meeting countries': 40 / 40,
  'meeting duration': 40 / 40, 'meeting place': 40 / 40, 'meeting occasion': 40 / 40,
  'participants F1': 1, 'participant country': 1, 'participant title': 1,
  'planned events F1': (2 * 16) / (2 * 16 + 1 + 0), 'intervals exact': 16 / 16,
};

test('the set is the one measured: 40 texts, 40 publishers, 7 without a meeting, 11 with planned events', () => {
  const docs = lines.map((l) => JSON.parse(l) as Doc);
  assert.equal(docs.length, 40);
  assert.equal(new Set(docs.map((d) => d.publisher)).size, 40);
  assert.equal(docs.filter((d) => d.gold.meetings.length === 0).length, 7);
  assert.equal(docs.filter((d) => d.gold.plannedEvents.length > 0).length, 11);
  for (const d of docs) for (const p of d.gold.plannedEvents) assert.ok(d.text.includes(p.evidence), p.evidence);
});

test('no publisher of the set appears in dev.jsonl or an earlier fixture', () => {
  const mine = new Set(lines.map((l) => (JSON.parse(l) as Doc).publisher));
  const others = publishersBefore(['q2-people/unseen-part4.jsonl', 'q2-meet/unseen.jsonl', 'q2-plans/unseen-fourth.jsonl', 'q2-dates/unseen-first.jsonl',
    'q2-dates/unseen-second.jsonl', 'q2-dates/unseen-third.jsonl', 'links-unseen/unseen.jsonl', 'links-unseen-2/unseen2.jsonl']);
  assert.ok(others.size >= 80, `earlier publishers read: ${others.size}`);
  assert.deepEqual([...mine].filter((p) => others.has(p)), []);
});

test('unseen 5: figures stay at or above the "before" floors', async () => {
  const measured = await evalFigures(GOLD);
  const below = figuresBelow(measured, FLOORS);
  assert.deepEqual(below, []);
});
