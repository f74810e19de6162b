/**
 * Golden tests over the dev corpus (typescript-eslint style). For every gold document, the differences between our
 * record and the gold annotation must be exactly the known gaps listed in `golden/dev-known-gaps.json`:
 * - a NEW difference fails (a value the extractor got right is locked in);
 * - a gap that disappeared fails too, so the improvement is recorded by updating the file.
 * Regenerate with `READOUT_UPDATE_GOLDEN=1 npm test`, then review the diff of the JSON file before committing.
 *
 * The founding readout (first line of dev.jsonl) also has its whole record checked against
 * `golden/mofa-jp-ru-2017-09-18.expected.json`, values and evidence offsets alike.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readGold } from '../src/eval/gold-reader.ts';
import { scoreDocument } from '../src/eval/scorer.ts';
import { formatDifference } from '../src/eval/eval-report.ts';
import { extractRecord } from '../src/pipeline/extract.ts';

const DEV = resolve(import.meta.dirname, '../../shared/corpus/dev.jsonl');
const GAPS = resolve(import.meta.dirname, 'golden/dev-known-gaps.json');
const FOUNDING = resolve(import.meta.dirname, 'golden/mofa-jp-ru-2017-09-18.expected.json');
const UPDATE = process.env['READOUT_UPDATE_GOLDEN'] === '1';

test('dev corpus: differences from gold are exactly the known gaps', async () => {
  const known: Record<string, string[]> = existsSync(GAPS) ? JSON.parse(readFileSync(GAPS, 'utf8')) : {};
  const now: Record<string, string[]> = {};
  for await (const doc of readGold(DEV)) {
    const record = extractRecord({ file: doc.id, text: doc.text, publisher: doc.source.publisher, url: doc.source.url });
    const diffs = scoreDocument(doc.id, doc.text, record, doc.gold).differences.map(formatDifference).sort();
    if (diffs.length > 0) now[doc.id] = diffs;
  }
  if (UPDATE) {
    writeFileSync(GAPS, JSON.stringify(now, null, 2) + '\n');
    return;
  }
  const ids = new Set([...Object.keys(known), ...Object.keys(now)]);
  const problems: string[] = [];
  for (const id of [...ids].sort()) {
    const was = new Set(known[id] ?? []);
    const is = new Set(now[id] ?? []);
    for (const d of is) if (!was.has(d)) problems.push(`${id}: NEW difference: ${d}`);
    for (const d of was) if (!is.has(d)) problems.push(`${id}: gap closed (update the known gaps): ${d}`);
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('founding readout: the whole record, with its evidence, is the reviewed one', async () => {
  let first: { id: string; text: string } | null = null;
  for await (const doc of readGold(DEV)) {
    first = doc;
    break;
  }
  assert.ok(first);
  const { text: _text, ...record } = extractRecord({ file: first.id, text: first.text });
  if (UPDATE || !existsSync(FOUNDING)) {
    writeFileSync(FOUNDING, JSON.stringify(record, null, 2) + '\n');
    if (!UPDATE) assert.fail(`wrote ${FOUNDING}: review it, then run again`);
    return;
  }
  assert.deepEqual(JSON.parse(JSON.stringify(record)), JSON.parse(readFileSync(FOUNDING, 'utf8')));
  // Every piece of evidence must be the exact words at its offsets.
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o['text'] === 'string' && typeof o['start'] === 'number' && typeof o['end'] === 'number') {
        assert.equal(first!.text.slice(o['start'], o['end']), o['text']);
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(record);
});
