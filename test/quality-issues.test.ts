/**
 * Document-level issues on real text: the dev corpus marks each document `complete: false` when its stored text is
 * visibly cut off; the `truncated` issue must agree with it on every document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractRecord } from '../src/pipeline/extract.ts';

const DEV = resolve(import.meta.dirname, '../../shared/corpus/dev.jsonl');

test('the truncated issue agrees with the corpus on every dev document', () => {
  const wrong: string[] = [];
  for (const line of readFileSync(DEV, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { id: string; text: string; complete: boolean };
    const issue = extractRecord({ file: d.id, text: d.text }).issues.find((i) => i.code === 'truncated');
    if (!!issue === d.complete) wrong.push(`${d.id}: complete=${d.complete}, flagged=${!!issue}`);
    if (issue?.span) assert.ok(issue.span[1] <= d.text.length);
  }
  assert.deepEqual(wrong, []);
});

test('a text that stops mid-sentence is flagged; a finished one is not', () => {
  const done = 'May 1, 2020\n\nThe two ministers met in Tokyo and discussed the situation in the region at length.\n';
  const cut = 'May 1, 2020\n\nThe two ministers met in Tokyo and discussed the situation in the region, including the';
  assert.equal(extractRecord({ file: 'a', text: done }).issues.some((i) => i.code === 'truncated'), false);
  assert.equal(extractRecord({ file: 'b', text: cut }).issues.some((i) => i.code === 'truncated'), true);
});
