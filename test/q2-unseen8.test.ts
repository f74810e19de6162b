/**
 * The eighth unseen set (test/fixtures/q2-unseen8/readouts.jsonl, written by make-fixture.py there): 40 readouts from
 * 40 publishers absent from dev.jsonl, links-dev.jsonl and every earlier fixture (including q2-unseen5, -6 and -7):
 * Latin American foreign ministries (Ecuador, Paraguay, Uruguay, Costa Rica, Belize), West African ones (Senegal,
 * Côte d'Ivoire), Montenegro's, Kuwait's, Portugal's and Solomon Islands'; four defence ministries (Japan, Korea,
 * Ukraine, Indonesia) and Lithuania's announcing a trip; two parliaments' speakers (Georgia, Latvia) and the Sejm's
 * Marshal; three heads of government's offices (Pakistan, Croatia, Nepal) and Bangladesh's Chief Adviser's press
 * wing; three UN agencies (UNHCR, FAO, UNICEF) and three regional bodies (IGAD, the Andean Community, the CBSS); news
 * agencies (Agerpres, HINA, MTI, Lusa, NAN, RSS, Jiji) and newspapers' desks (The Daily Star, Arab News, The Korea
 * Herald, Times of Malta). It leans on: meetings abroad reported from home datelines ("Bucharest, Nov 30 /Agerpres/ -
 * ... met on Thursday in Skopje"), the visitor's agency reporting the host's president (Lusa in Maputo), dates only as
 * "today", "yesterday", "this Tuesday", "on Tuesday (local time)", "on the morning of the 12th" with a page date in
 * local forms ("Viernes, 2 de febrero de 2024", "29/05/2024", "2024.04.24.", "2080 Jestha 18 (June 1, 2023)",
 * "Selasa, 21 Februari 2023"); organisations as a side (ECOWAS, UNHCR, FAO, IGAD, the UN); a visit with several
 * cities; a duration from clock times ("from 10:30 to 11:30"); four documents with two meetings; six without a
 * meeting (two statements, an announcement, an announced visit, an announced trip, a joint communiqué); and 22
 * documents with 26 announced events ("later this year", "in the first half of next year", "in the second semester",
 * "in the first quarter of 2025", "early next year", "in early 2025", "next week", "on Wednesday", "in autumn", "in
 * June", "by the end of the year", "from 26 to 29 March", "at the earliest opportunity", "in the coming weeks").
 * Hand gold in dev.jsonl's format was written and committed (f22d5c4) before the extractor was run on any text; no gold
 * value was changed after the run. Topics and past references are not annotated (empty gold), so not floored.
 * Gold conventions (make-fixture.py's docstring): titles without honorific, "of <country>" or an attributive country
 * or organisation ("UK Minister for Africa" -> "Minister for Africa"); the presidency of a body keeps the body
 * ("President of the ECOWAS Commission"); a counterpart named without an office has no title; a UN agency is a side
 * under its own code (UNHCR, FAO) as the IAEA is in the seventh set; ranks that differ meet at level "other".
 *
 * Measured 2026-11-28, BEFORE any fix (the honest estimate of the unseen score; every difference is diagnosed in
 * fixtures/q2-unseen8/DIAGNOSIS.md), at main's code eb270f5: published .975; date .925, level .90, mode .95,
 * countries .825, duration .95, place .925, occasion .95; participants F1 .971 (tp 66 fp 2 fn 2), country .955
 * (63/66), title .985 (65/66); planned events F1 .945 (tp 26 fp 3 fn 0), intervals exact 1.00 (26/26).
 * Floors are these: a regression fails; a fix raises them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { evalFigures, figuresBelow, publishersBefore } from './eval-figures.ts';

const GOLD = new URL('./fixtures/q2-unseen8/readouts.jsonl', import.meta.url).pathname;
const lines = readFileSync(GOLD, 'utf8').split('\n').filter((l) => l.trim() !== '');

interface Doc {
  publisher: string;
  text: string;
  gold: {
    meetings: { countries: string[]; level: string; mode: string }[];
    plannedEvents: { evidence: string; whenText: string | null; start: string | null; end: string | null }[];
  };
}

const FLOORS: Record<string, number> = {
  // raised by s8-meet (causes 1, 9, 11: non-meetings, a topic pair, a restated headline) and s8-lex (causes 2, 5, 6, 7:
  // UN agencies, foreign portfolios, Marshal of the Sejm, month names), measured together after both merged; then the
  // lead (cause 3: state agencies' countries, "Kathmandu, Aug 11: "): countries 38, place 40, participant country 66; and cause 10 (a bare title referring back): title 67
  'published': 40 / 40,
  'meeting date': 40 / 40, 'meeting level': 40 / 40, 'meeting mode': 40 / 40, 'meeting countries': 38 / 40,
  'meeting duration': 40 / 40, 'meeting place': 40 / 40, 'meeting occasion': 40 / 40,
  'participants F1': (2 * 67) / (2 * 67 + 0 + 1), 'participant country': 66 / 67, 'participant title': 67 / 67,
  'planned events F1': (2 * 26) / (2 * 26 + 2 + 0), 'intervals exact': 26 / 26,
};

test('the set is the one measured: 40 texts, 40 publishers, 6 without a meeting, 4 with two, 22 with planned events, 4 with an organisation other than the UN as a side', () => {
  const docs = lines.map((l) => JSON.parse(l) as Doc);
  assert.equal(docs.length, 40);
  assert.equal(new Set(docs.map((d) => d.publisher)).size, 40);
  assert.equal(docs.filter((d) => d.gold.meetings.length === 0).length, 6);
  assert.equal(docs.filter((d) => d.gold.meetings.length === 2).length, 4);
  assert.equal(docs.filter((d) => d.gold.plannedEvents.length > 0).length, 22);
  assert.equal(docs.reduce((n, d) => n + d.gold.plannedEvents.length, 0), 26);
  assert.equal(docs.filter((d) => (d.gold.meetings[0]?.countries ?? []).some((c) => c.length > 2)).length, 4);
  // the three modes, and every level but senior-official, among the primary meetings
  assert.deepEqual([...new Set(docs.flatMap((d) => d.gold.meetings.slice(0, 1).map((m) => m.mode)))].sort(), ['in-person', 'telephone', 'video']);
  assert.deepEqual([...new Set(docs.flatMap((d) => d.gold.meetings.slice(0, 1).map((m) => m.level)))].sort(),
    ['foreign-minister', 'leader', 'minister', 'other', 'vice-minister']);
  for (const d of docs) {
    for (const m of d.gold.meetings) assert.deepEqual(m.countries, [...m.countries].sort());
    for (const p of d.gold.plannedEvents) {
      assert.ok(d.text.includes(p.evidence), p.evidence);
      assert.ok(p.whenText === null || p.evidence.includes(p.whenText), `${p.evidence}: ${p.whenText}`);
      assert.ok(p.start === null || p.end === null || p.start <= p.end, `${p.evidence}: ${p.start} > ${p.end}`);
    }
  }
});

test('no publisher of the set appears in dev.jsonl or an earlier fixture', () => {
  const mine = new Set(lines.map((l) => (JSON.parse(l) as Doc).publisher));
  const others = publishersBefore(['q2-people/unseen-part4.jsonl', 'q2-meet/unseen.jsonl', 'q2-plans/unseen-fourth.jsonl', 'q2-dates/unseen-first.jsonl',
    'q2-dates/unseen-second.jsonl', 'q2-dates/unseen-third.jsonl', 'links-unseen/unseen.jsonl', 'links-unseen-2/unseen2.jsonl',
    'q2-unseen5/readouts.jsonl', 'q2-unseen6/readouts.jsonl', 'q2-unseen7/readouts.jsonl']);
  assert.ok(others.size >= 200, `earlier publishers read: ${others.size}`);
  assert.deepEqual([...mine].filter((p) => others.has(p)), []);
});

test('unseen 8: figures stay at or above the "before" floors', async () => {
  const measured = await evalFigures(GOLD);
  const below = figuresBelow(measured, FLOORS);
  assert.deepEqual(below, []);
});
