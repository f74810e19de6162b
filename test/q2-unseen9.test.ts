/**
 * The ninth unseen set (test/fixtures/q2-unseen9/readouts.jsonl, written by make-fixture.py there): 40 readouts from
 * 40 publishers absent from dev.jsonl, links-dev.jsonl and every earlier fixture (including q2-unseen5 to -8):
 * foreign ministries of Kosovo, Lebanon, Mozambique, Zimbabwe, Angola, Guatemala, Bolivia, Trinidad and Tobago,
 * Papua New Guinea, Samoa, Bhutan and Honduras; four defence ministries (UK, Germany, Poland, Canada); two
 * parliaments (the Riigikogu, Korea's National Assembly); three governments (Estonia, Romania, Viet Nam's portal) and
 * Liechtenstein's; UN agencies (WFP, IOM, UNESCO) and regional bodies (SICA, the Nordic Council of Ministers);
 * news agencies (ANSA, EFE, ANA-MPA, WAFA, MENA, PTI, ELTA) and newspapers (The Jakarta Post, The Japan Times,
 * Bangkok Post, Daily Nation, Premium Times, Gulf News). It leans on: meetings abroad reported from home datelines
 * ("(ANSA) - ROME, APR 6 - ... in Belgrade on Wednesday", "New Delhi, Jan 5 (PTI) ... on Thursday ... in Kathmandu",
 * "ATHENS, 08/11/2023 (ANA-MPA)"), dates only as "today", "yesterday", "this Wednesday", "on Monday", "on the
 * evening of June 5", "on the afternoon of the 2nd", with page dates as "06.03.2024", "15/2/2024", "March 13th, 2024",
 * "2024.12.02", "Friday 14th June 2024"; Kosovo (XK) as a side; a side named by its government ("the Syrian
 * caretaker government") or only by a nationality adjective; organisations as a side (SADC, WFP, IOM, SICA); a place
 * that is only a venue (Toompea Castle) or a city written in the local language (București); phone and video calls
 * (place null); three documents with two meetings; seven without a meeting (statements, announcements, a joint
 * communiqué); and 22 documents with 22 announced events ("in the first quarter of next year", "next month", "in the
 * coming months", "in April", "in May", "by the end of the year", "next year", "in 2027", "in February", "early next
 * year", "next week", "from 28 to 30 October", "on December 7", "at the earliest possible time", "by the end of
 * March", "on Wednesday", "on 26 and 27 August", "from 3 to 5 June", "in the first quarter of 2025", "on 17 August").
 * Hand gold in dev.jsonl's format was written and committed (69a6b96) before the extractor was run on any text; no
 * gold value was changed after the run. Topics and past references are not annotated (empty gold), so not floored.
 *
 * Measured 2026-11-28 06:14 UTC, BEFORE any fix (the honest estimate of the unseen score; every difference is
 * diagnosed in fixtures/q2-unseen9/DIAGNOSIS.md), on main's code of 06:10 UTC (commit f83bd53), which already has
 * the fixes of the eighth set: published .975; date .95, level .875, mode 1.00, countries .85, duration 1.00, place
 * .90, occasion .925; participants F1 .970 (tp 64 fp 2 fn 2), country .922 (59/64), title .953 (61/64); planned
 * events F1 .905 (tp 19 fp 1 fn 3), intervals exact 1.00 (19/19). Floors are these: a regression fails; a fix
 * raises them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { evalFigures, figuresBelow, publishersBefore } from './eval-figures.ts';

const GOLD = new URL('./fixtures/q2-unseen9/readouts.jsonl', import.meta.url).pathname;
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
  'published': 39 / 40,
  'meeting date': 38 / 40, 'meeting level': 35 / 40, 'meeting mode': 40 / 40, 'meeting countries': 34 / 40,
  'meeting duration': 40 / 40, 'meeting place': 36 / 40, 'meeting occasion': 37 / 40,
  'participants F1': (2 * 64) / (2 * 64 + 2 + 2), 'participant country': 59 / 64, 'participant title': 61 / 64,
  'planned events F1': (2 * 19) / (2 * 19 + 1 + 3), 'intervals exact': 19 / 19,
};

test('the set is the one measured: 40 texts, 40 publishers, 7 without a meeting, 3 with two, 22 with planned events, 4 with an organisation as a side', () => {
  const docs = lines.map((l) => JSON.parse(l) as Doc);
  assert.equal(docs.length, 40);
  assert.equal(new Set(docs.map((d) => d.publisher)).size, 40);
  assert.equal(docs.filter((d) => d.gold.meetings.length === 0).length, 7);
  assert.equal(docs.filter((d) => d.gold.meetings.length === 2).length, 3);
  assert.equal(docs.filter((d) => d.gold.plannedEvents.length > 0).length, 22);
  assert.equal(docs.reduce((n, d) => n + d.gold.plannedEvents.length, 0), 22);
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
    'q2-unseen5/readouts.jsonl', 'q2-unseen6/readouts.jsonl', 'q2-unseen7/readouts.jsonl', 'q2-unseen8/readouts.jsonl']);
  assert.ok(others.size >= 240, `earlier publishers read: ${others.size}`);
  assert.deepEqual([...mine].filter((p) => others.has(p)), []);
});

test('unseen 9: figures stay at or above the "before" floors', async () => {
  const measured = await evalFigures(GOLD);
  const below = figuresBelow(measured, FLOORS);
  assert.deepEqual(below, []);
});
