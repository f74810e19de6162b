/**
 * Quality floor on the dev corpus: `readout eval` figures may not drop below these values, set from the figures
 * measured when they were last raised (see docs/quality.md). Raise a floor when the extractor improves.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { evalFigures } from './eval-figures.ts';

const DEV = resolve(import.meta.dirname, '../../shared/corpus/dev.jsonl');

const FLOORS: readonly [label: string, floor: number][] = [
  // Measured 2026-11-26: 1.00, 0.98, 0.98, 1.00, 1.00, 1.00, 0.95, 1.00, 1.00, 1.00, 0.94, 0.45, 0.96, 0.95, 0.91.
  // Each floor allows losing at most one document (1/42 = 0.024) on the per-document figures.
  ['published', 0.97],
  ['meeting date', 0.95],
  ['meeting level', 0.95],
  ['meeting mode', 0.97],
  ['meeting countries', 0.97],
  ['meeting duration', 0.97],
  ['meeting place', 0.92],
  ['meeting occasion', 0.97],
  ['participants F1', 0.97],
  ['participant country', 0.97],
  ['participant title', 0.92],
  ['topics F1', 0.42],
  ['planned events F1', 0.93],
  ['intervals exact', 0.93],
  ['past references F1', 0.88],
];

test('dev corpus figures stay at or above their floors', async () => {
  const measured = await evalFigures(DEV);
  const below = FLOORS.filter(([label, floor]) => (measured[label] ?? 0) < floor).map(([label, floor]) => `${label}: ${measured[label]} < ${floor}`);
  assert.deepEqual(below, []);
});
