/**
 * The seventh unseen set (test/fixtures/q2-unseen7/readouts.jsonl, written by make-fixture.py there): 40 readouts from
 * 40 publishers absent from dev.jsonl, links-dev.jsonl and every earlier fixture (including q2-unseen5 and q2-unseen6):
 * Baltic, Balkan, Iberian, African and Indian Ocean foreign ministries; a president's and a prime minister's office,
 * a presidential media division and a government's press office; two parliaments' speakers (Montenegro's president
 * receiving Slovenia's, Türkiye's receiving Azerbaijan's); three defence ministries or ministers' offices (MINDEF, the
 * Pentagon, Australia's) and two defence talks reported by agencies; the IAEA, the Arab League, the EAC, the OIF, the
 * OECS and the WHO; news agencies (GNA, ENA, SUNA, BTA, STA, PAP, Prensa Latina, ANI, KPL, TAP, APP) and newspapers'
 * diplomatic desks (China Daily, The Hindu, Dawn, The Straits Times). It leans on what the earlier sets under-sample:
 * dates given only as "today", "yesterday", "this Wednesday", "on Tuesday" or "today (21)" with the page's date or an
 * agency dateline giving the day; meetings held abroad and reported from home ("Sarajevo, 20.11.2024. - ... held talks
 * today in Rome"); deputy and state ministers, foreign secretaries; courtesy calls; "held talks" vs "received"; a
 * previous meeting recalled in the lead; organisations as a side; six documents without a meeting (statements, an
 * announced visit, a joint communiqué); and 25 documents with announced events ("early next year", "in the coming
 * months", "next month", "by the end of the year", "before the end of the year", "at the earliest opportunity", "from 3
 * to 5 June", "in the first quarter of 2025", "by end-2026", "in spring 2025", "in the second half of 2024", "in early
 * May", "next week", "on Thursday").
 * Hand gold in dev.jsonl's format was written and committed (015b679) before the extractor was run on any text. Topics
 * and past references are not annotated (empty gold, as in the earlier unseen sets), so they are not floored.
 * Gold conventions beyond SCHEMA.md, as settled by the earlier sets: an organisation's Secretary-General is titled
 * "Secretary-General"/"Secretary General" as written, without "of <organisation>"; no title is inferred without
 * evidence ("his Japanese counterpart Yoko Kamikawa" has none); the "of <country>" qualifier is dropped from titles,
 * also from a parliament's name ("Speaker of the National Assembly of the Republic of Slovenia" -> "Speaker of the
 * National Assembly"); two parliament speakers, or a president and a speaker, meet at level "other"; a leaders'
 * retreat is the meeting itself, not its occasion.
 *
 * Measured 2026-11-28, BEFORE any fix (the honest estimate of the unseen score; every difference is diagnosed in
 * fixtures/q2-unseen7/DIAGNOSIS.md), at gold7's base 7b72328: published .85; date .925, level .90, mode .975,
 * countries .85, duration .95, place .875, occasion .975; participants F1 .985 (tp 66 fp 0 fn 2), country .955
 * (63/66), title .909 (60/66); planned events F1 .885 (tp 23 fp 1 fn 5), intervals exact .957 (22/23).
 * Four gold values were changed after the first run, because SCHEMA.md shows them wrong: two texts print no year
 * anywhere (Prensa Latina's "Havana, Jan 16 (Prensa Latina)", APP's "ISLAMABAD, Jul 5 (APP):"), and SCHEMA.md's
 * published is "the date printed on the page ... null if none", so both published dates are null, and the Prensa Latina
 * call "today" and APP's "from July 10 to 11" cannot be resolved (null). Against the gold as first written: published
 * .80 (32/40), date .90 (36/40), intervals .913 (21/23); the other figures are the same.
 * Floors are these: a regression fails; a fix raises them.
 * After cause 6's leftovers (the time after a predicate past a participle appositive; an admission at a summit is the
 * event ahead, kind other): intervals exact 1.00 (28/28); that floor raised.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { evalFigures, figuresBelow, publishersBefore } from './eval-figures.ts';

const GOLD = new URL('./fixtures/q2-unseen7/readouts.jsonl', import.meta.url).pathname;
const lines = readFileSync(GOLD, 'utf8').split('\n').filter((l) => l.trim() !== '');

interface Doc {
  publisher: string;
  text: string;
  gold: {
    meetings: { countries: string[]; level: string }[];
    plannedEvents: { evidence: string; start: string | null; end: string | null }[];
  };
}

const FLOORS: Record<string, number> = {
  // the sixth set's dateline and place fixes (not written for this set) moved published 34 -> 35 and place 35 -> 37
  'published': 40 / 40, // cause 1's "15.11.2023." (a full stop after the year) read: 35 -> 36; q8-dateline's other forms: 36 -> 40
  // people causes 3, 4, 7, 10 (title part) and 13 fixed: level 36 -> 39, countries 34 (35 at their base) -> 38,
  // participants F1 .985 -> 1.00 (fn 2 -> 0), participant country 63/66 -> 67/68, title 60/66 -> 67/68
  // cause 2 ('agree to hold' is no held meeting): the communiqué's seven meeting fields right
  'meeting date': 40 / 40, 'meeting level': 40 / 40, 'meeting mode': 40 / 40, 'meeting countries': 40 / 40, // q8-dateline causes 8, 9: date 38 -> 40, countries 39 -> 40
  // cause 14 (Port Sudan): place 38 -> 39; cause 12 ('met for approximately 75 minutes' further down): duration 39 -> 40
  'meeting duration': 40 / 40, 'meeting place': 40 / 40, 'meeting occasion': 40 / 40, // q8-dateline ('ISLAMABAD: '): place 39 -> 40
  'participants F1': (2 * 68) / (2 * 68 + 0 + 0), 'participant country': 68 / 68, 'participant title': 67 / 68,
  // q7-plans (causes 5 and 6) raised the plan floors: before, F1 (2 * 23) / (2 * 23 + 1 + 5) and intervals 22 / 23.
  'planned events F1': (2 * 28) / (2 * 28 + 0 + 0), 'intervals exact': 28 / 28,
};

test('the set is the one measured: 40 texts, 40 publishers, 6 without a meeting, 25 with planned events, 4 with an organisation as a side', () => {
  const docs = lines.map((l) => JSON.parse(l) as Doc);
  assert.equal(docs.length, 40);
  assert.equal(new Set(docs.map((d) => d.publisher)).size, 40);
  assert.equal(docs.filter((d) => d.gold.meetings.length === 0).length, 6);
  assert.equal(docs.filter((d) => d.gold.plannedEvents.length > 0).length, 25);
  assert.equal(docs.filter((d) => (d.gold.meetings[0]?.countries ?? []).some((c) => c.length > 2)).length, 4);
  // every level of SCHEMA.md's vocabulary is represented among the primary meetings
  assert.deepEqual([...new Set(docs.flatMap((d) => d.gold.meetings.slice(0, 1).map((m) => m.level)))].sort(),
    ['foreign-minister', 'leader', 'minister', 'other', 'senior-official', 'vice-minister']);
  for (const d of docs) {
    for (const p of d.gold.plannedEvents) {
      assert.ok(d.text.includes(p.evidence), p.evidence);
      assert.ok(p.start === null || p.end === null || p.start <= p.end, `${p.evidence}: ${p.start} > ${p.end}`);
    }
  }
});

test('no publisher of the set appears in dev.jsonl or an earlier fixture', () => {
  const mine = new Set(lines.map((l) => (JSON.parse(l) as Doc).publisher));
  const others = publishersBefore(['q2-people/unseen-part4.jsonl', 'q2-meet/unseen.jsonl', 'q2-plans/unseen-fourth.jsonl', 'q2-dates/unseen-first.jsonl',
    'q2-dates/unseen-second.jsonl', 'q2-dates/unseen-third.jsonl', 'links-unseen/unseen.jsonl', 'links-unseen-2/unseen2.jsonl',
    'q2-unseen5/readouts.jsonl', 'q2-unseen6/readouts.jsonl']);
  assert.ok(others.size >= 160, `earlier publishers read: ${others.size}`);
  assert.deepEqual([...mine].filter((p) => others.has(p)), []);
});

test('unseen 7: figures stay at or above the "before" floors', async () => {
  const measured = await evalFigures(GOLD);
  const below = figuresBelow(measured, FLOORS);
  assert.deepEqual(below, []);
});
