/**
 * extractRecords: documents extracted together, stage by stage, give exactly the records extractRecord gives one at a
 * time, in order; a document whose extraction throws fails alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractRecord, extractRecords, type ExtractInput } from '../src/pipeline/extract.ts';

const dev: ExtractInput[] = readFileSync(new URL('../../shared/corpus/dev.jsonl', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { id: string; text: string; publisher?: string })
  .map((d) => ({ file: d.id, text: d.text, publisher: d.publisher ?? null }));

test('a batch of every dev document gives the records extracted one by one, in order', () => {
  const batch = extractRecords(dev);
  assert.equal(batch.length, dev.length);
  batch.forEach((outcome, i) => {
    assert.ok(outcome.ok, dev[i]!.file);
    assert.deepEqual(outcome.record, extractRecord(dev[i]!), dev[i]!.file);
  });
});

test('a document whose extraction throws fails alone; the others in its batch are extracted', () => {
  const broken = { file: 'broken', text: null as unknown as string };
  const outcomes = extractRecords([dev[0]!, broken, dev[1]!]);
  assert.equal(outcomes[1]!.ok, false);
  assert.ok(!outcomes[1]!.ok && outcomes[1]!.error instanceof Error);
  assert.deepEqual(outcomes[0], { ok: true, record: extractRecord(dev[0]!) });
  assert.deepEqual(outcomes[2], { ok: true, record: extractRecord(dev[1]!) });
  assert.throws(() => extractRecord(broken), TypeError);
});

test('no documents, no records', () => {
  assert.deepEqual(extractRecords([]), []);
});
