/**
 * The sixth unseen set (test/fixtures/q2-unseen6/readouts.jsonl, written by make-fixture.py there): 40 readouts from
 * 40 publishers absent from dev.jsonl, links-dev.jsonl and every earlier fixture (including q2-unseen5): Central Asian,
 * Caucasian, Gulf, Levant, African, Caribbean and European foreign ministries; presidential and prime-ministerial
 * offices; SADC, ECOWAS, GCC, OIC, SCO, OAS and Pacific Islands Forum secretariats; an embassy; eight news agencies
 * (Kazinform, BelTA, Armenpress, Kabar, VNA, AKP, ONA, QNA, BNA, IRNA, AZERTAC, UzA). It leans on what the earlier sets
 * under-sample: planned events with tricky time expressions (26 documents with plans: "in the first half of next year",
 * "the week after next", "on the 15th of next month", "by mid-2026", "at the turn of the year", "in early Q4", "by the
 * end of Q3", "later this month", "on 17-18 March"...), past references ("the ministers last met in Dushanbe in
 * January"), trilateral and multilateral meetings, agency datelines, day-month-year dates and transliterated names.
 * Hand gold in dev.jsonl's format was written and committed (0c45f7f) before the extractor was run on any text. Topics
 * and past references are not annotated (empty gold, as in the earlier unseen sets), so they are not floored.
 *
 * Measured 2026-11-27, BEFORE any fix (the honest estimate of the unseen score; every difference is diagnosed in
 * fixtures/q2-unseen6/DIAGNOSIS.md): published .925; date .975, level .925, mode .975, countries .875, duration .95,
 * place .75, occasion .925; participants F1 .979 (tp 69 fp 1 fn 2), country .957 (66/69), title .942 (65/69); planned
 * events F1 .941 (tp 32 fp 3 fn 1), intervals exact .9375 (30/32). One gold value was changed after the first run,
 * because SCHEMA.md's own example names the occasion by its body: irna-ir-iq's occasion "79th session of the UN General
 * Assembly" -> "United Nations General Assembly" (occasion was .90 against the gold as first written). Floors are these:
 * a regression fails; a fix raises them.
 * After cause 2 (a title line announcing a meeting makes none): date 1.00, level .95, mode 1.00, countries .90,
 * duration .975, place .775, occasion .95; those floors raised.
 * After causes 5 and 6 (plans: "the week after next", "in early Q4", a host's long-styled guest; a headline event the
 * body repeats): planned events F1 1.00 (tp 33 fp 0 fn 0), intervals exact 1.00 (33/33); those floors raised.
 * After causes 4, 7, 9, 10 and 8's title part (regional offices, coordinated counterparts, SADC, an organ's presidency,
 * portfolio lists): level .975, countries .975, participants F1 1.00 (tp 71 fp 0 fn 0), country .986 (70/71), title
 * .972 (69/71); those floors raised.
 * After cause 1 (one dateline grammar, the first paragraph's dateline placing the meeting whatever line dated the
 * page): published 1.00, place .90; those floors raised.
 * After causes 3, 12, 11, 13 (a plan's or earlier meeting's place and occasion set aside, an ambiguous capital of a side,
 * Shusha, a body's lower-case summit, 'lasted for about'): place .85, occasion 1.00, duration 1.00; those floors raised.
 * With causes 1 and 3 together: place 1.00.
 * After cause 8's country part ("Ambassador of A to B" makes B the side of the official called on): countries 1.00,
 * participant country 1.00 (71/71); those floors raised.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { evalFigures, figuresBelow, publishersBefore } from './eval-figures.ts';

const GOLD = new URL('./fixtures/q2-unseen6/readouts.jsonl', import.meta.url).pathname;
const lines = readFileSync(GOLD, 'utf8').split('\n').filter((l) => l.trim() !== '');

interface Doc {
  publisher: string;
  text: string;
  gold: { meetings: { countries: string[] }[]; plannedEvents: { evidence: string }[] };
}

const FLOORS: Record<string, number> = {
  'published': 40 / 40,
  'meeting date': 40 / 40, 'meeting level': 39 / 40, 'meeting mode': 40 / 40, 'meeting countries': 40 / 40,
  'meeting duration': 40 / 40, 'meeting place': 40 / 40, 'meeting occasion': 40 / 40,
  'participants F1': (2 * 71) / (2 * 71 + 0 + 0), 'participant country': 71 / 71, 'participant title': 69 / 71,
  'planned events F1': (2 * 33) / (2 * 33 + 0 + 0), 'intervals exact': 33 / 33,
};

test('the set is the one measured: 40 texts, 40 publishers, 6 without a meeting, 26 with planned events, 3 with three sides', () => {
  const docs = lines.map((l) => JSON.parse(l) as Doc);
  assert.equal(docs.length, 40);
  assert.equal(new Set(docs.map((d) => d.publisher)).size, 40);
  assert.equal(docs.filter((d) => d.gold.meetings.length === 0).length, 6);
  assert.equal(docs.filter((d) => d.gold.plannedEvents.length > 0).length, 26);
  assert.equal(docs.filter((d) => (d.gold.meetings[0]?.countries.length ?? 0) > 2).length, 3);
  for (const d of docs) for (const p of d.gold.plannedEvents) assert.ok(d.text.includes(p.evidence), p.evidence);
});

test('no publisher of the set appears in dev.jsonl or an earlier fixture', () => {
  const mine = new Set(lines.map((l) => (JSON.parse(l) as Doc).publisher));
  const others = publishersBefore(['q2-people/unseen-part4.jsonl', 'q2-meet/unseen.jsonl', 'q2-plans/unseen-fourth.jsonl', 'q2-dates/unseen-first.jsonl',
    'q2-dates/unseen-second.jsonl', 'q2-dates/unseen-third.jsonl', 'links-unseen/unseen.jsonl', 'links-unseen-2/unseen2.jsonl',
    'q2-unseen5/readouts.jsonl']);
  assert.ok(others.size >= 120, `earlier publishers read: ${others.size}`);
  assert.deepEqual([...mine].filter((p) => others.has(p)), []);
});

test('unseen 6: figures stay at or above the "before" floors', async () => {
  const measured = await evalFigures(GOLD);
  const below = figuresBelow(measured, FLOORS);
  assert.deepEqual(below, []);
});
