/**
 * Robustness on real text: every 4th document of the 8,477 U.S. statements in ../shared/corpus/bulk (readouts,
 * statements, fact sheets, transcripts up to 250 k characters) goes through the extractor without an exception,
 * and every piece of evidence it returns is exactly the text at its offsets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { extractRecord } from '../src/pipeline/extract.ts';

const BULK = resolve(import.meta.dirname, '../../shared/corpus/bulk');
const FILES = ['us-whitehouse-statements-releases-2021-2025.jsonl', 'us-state-press-releases-2021-2022.jsonl'];
const EVERY = 4;

function evidenceProblems(text: string, value: unknown, at: string, out: string[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => evidenceProblems(text, v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['text'] === 'string' && typeof o['start'] === 'number' && typeof o['end'] === 'number' && typeof o['rule'] === 'string' && o['origin'] !== 'metadata') {
      if (text.slice(o['start'], o['end'] as number) !== o['text']) out.push(`${at}: "${String(o['text'])}" is not at [${o['start']}, ${String(o['end'])})`);
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'text') evidenceProblems(text, v, `${at}.${k}`, out);
  }
}

test('every 4th bulk document: no exception, every evidence exact', async () => {
  const problems: string[] = [];
  let seen = 0;
  let checked = 0;
  for (const file of FILES) {
    for await (const line of createInterface({ input: createReadStream(resolve(BULK, file)) })) {
      if (!line || seen++ % EVERY !== 0) continue;
      const doc = JSON.parse(line) as { id: string; title: string; published: string; publisher: string; text: string };
      const text = `${doc.title}\n${doc.published}\n\n${doc.text}`;
      try {
        const { text: _t, ...record } = extractRecord({ file: doc.id, text, publisher: doc.publisher });
        evidenceProblems(text, record, doc.id, problems);
      } catch (err) {
        problems.push(`${doc.id}: threw ${(err as Error).message}`);
      }
      checked++;
    }
  }
  assert.ok(checked > 2000, `checked ${checked} documents`);
  assert.deepEqual(problems.slice(0, 20), []);
});
