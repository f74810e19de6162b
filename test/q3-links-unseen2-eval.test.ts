/**
 * Linking on the second unseen-publisher set (`test/fixtures/links-unseen-2/`, 39 readouts of 2024 in the house styles
 * of 21 governments and agencies absent from dev and from the first set): floors on same-meeting and follow-up figures
 * at the values measured when they were last raised, the distractors that must stay apart, and people across documents.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { runLinkEval, type LinkEvalSummary } from '../src/eval/link-eval.ts';
import { goldPeoplePairs, readGoldLines, type GoldLine } from './gold-people-pairs.ts';
import { extractGold, figuresBelow, linkFigures } from './eval-figures.ts';

const GOLD = new URL('./fixtures/links-unseen-2/unseen2.jsonl', import.meta.url).pathname;
const LINKS = new URL('./fixtures/links-unseen-2/links-unseen2.jsonl', import.meta.url).pathname;

const lines: GoldLine[] = readGoldLines(GOLD);

describe('link evaluation on the second unseen-publisher set', () => {
  let s: LinkEvalSummary;
  before(async () => {
    s = await runLinkEval(GOLD, LINKS, extractGold);
  });

  test('figures stay at or above their floors', () => {
    assert.deepEqual(s.failures, []);
    assert.equal(s.documents, 39);
    assert.equal(s.sameMeeting.gold, 18);
    assert.equal(s.followUpsBest.gold, 5);
    // Measured 2026-11-27: same meeting P 1.00 R 0.44 (8 of 18; before the q3-links rules 5 of 18: the SCO sidelines
    // bilaterals listed the forum as a side, a wire report was dated only by its article id); follow-ups (best and
    // all) P 1.00 R 0.20 (1 of 5). Every pair and follow-up still missed is an extraction error (a dateline without a
    // year left undated, a side's country or the meeting itself not found): see the q3-links report.
    // Precision floors are exact: a false merge of two meetings is the error this set guards against.
    const measured = linkFigures(s);
    const floors: Record<string, number> = {
      'same-meeting precision': 1,
      'same-meeting recall': 8 / 18,
      'follow-ups best precision': 1,
      'follow-ups best recall': 1 / 5,
      'follow-ups all precision': 1,
      'follow-ups all recall': 1 / 5,
    };
    const below = figuresBelow(measured, floors);
    assert.deepEqual(below, [], JSON.stringify(s.errors, null, 1));
  });

  test('the sidelines bilaterals and the wire report dated by its article id are merged', () => {
    const missed = s.errors.sameMeetingMissed.map((e) => `${e.from}|${e.to}`);
    for (const pair of ['aa-tr-cn-2024-07-03|xinhua-cn-tr-2024-07-03', 'mofa-pk-cn-2024-07-03|xinhua-cn-pk-2024-07-03', 'casarosada-ar-kr-2024-01-09|yonhap-kr-ar-2024-01-10']) {
      assert.ok(!missed.includes(pair), `${pair} not merged`);
    }
  });

  test('distractors stay apart: one dyad twice in a week, a call and a meeting, one leader\'s bilaterals of one day, a trilateral and a bilateral', () => {
    const apart: readonly [string, string][] = [
      ['exteriores-es-ma-2024-02-19', 'exteriores-es-ma-2024-02-21'],
      ['map-ma-es-2024-02-19', 'exteriores-es-ma-2024-02-21'],
      ['mfa-az-ge-2024-05-20', 'mfa-az-ge-2024-05-21'],
      ['mfa-az-ge-2024-05-20', 'mfa-ge-az-2024-05-21'],
      ['mfa-ge-az-2024-05-21', 'mfa-ge-az-tr-2024-05-21'],
      ['mfa-az-ge-2024-05-21', 'aa-tr-ge-az-2024-05-21'],
      ['xinhua-cn-ru-2024-07-03', 'xinhua-cn-tr-2024-07-03'],
      ['xinhua-cn-tr-2024-07-03', 'xinhua-cn-pk-2024-07-03'],
      ['aa-tr-cn-2024-07-03', 'mofa-pk-cn-2024-07-03'],
      ['tass-ru-cn-2024-07-03', 'tass-ru-mn-2024-07-03'],
      ['governo-it-ke-2024-01-29', 'governo-it-mz-2024-01-29'],
      ['governo-it-mz-2024-01-29', 'governo-it-sn-2024-01-29'],
      ['statehouse-ke-it-2024-01-29', 'governo-it-sn-2024-01-29'],
      ['mofa-pk-my-2024-09-05', 'pmo-my-pk-2024-10-03'],
    ];
    const merged = s.errors.sameMeetingFalse.map((e) => `${e.from}|${e.to}`);
    for (const [a, b] of apart) assert.ok(!merged.includes(`${a}|${b}`) && !merged.includes(`${b}|${a}`), `${a} and ${b} merged`);
    assert.deepEqual(s.errors.sameMeetingFalse, []);
    assert.deepEqual(s.errors.followUpFalse, []);
  });
});

describe('people across the second unseen-publisher set', () => {
  test('each extracted participant joins the people of its gold person, and no other', async () => {
    const { together, apart, wrong } = await goldPeoplePairs(lines);
    assert.deepEqual(wrong, [], 'different people joined');
    // Measured 2026-11-27: 103 of 109 same-person pairs joined (97 before the genitive rule joined "Khurelsukh Ukhnaa"
    // and "Ukhnaagiin Khurelsukh"); the 6 apart are an extraction error: Jeyhun Bayramov given Georgia's country in
    // the two reports of the trilateral.
    assert.ok(together >= 103, `${together} joined; apart: ${apart.join('; ')}`);
  });
});
