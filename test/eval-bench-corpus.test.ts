/** Tests for the benchmark's synthetic corpus: lazy cycling, determinism, consistent date shifts, name swaps. */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { generateReadouts } from '../bench/synthetic-readouts.ts';
import type { SyntheticReadout } from '../bench/synthetic-readouts.ts';

const TEMPLATE = {
  id: 'tpl',
  text: 'September 18, 2017\nMr. Taro Kono met Minister Lavrov on 18 September 2017. Kono will visit Russia in 2018.',
  gold: {
    published: '2017-09-18',
    meetings: [{ date: '2017-09-18', participants: [{ name: 'Taro Kono' }, { name: 'Sergey Lavrov' }] }],
  },
};

async function generate(count: number, seed: number): Promise<SyntheticReadout[]> {
  const dir = await mkdtemp(join(tmpdir(), 'readout-bench-'));
  const path = join(dir, 'templates.jsonl');
  try {
    await writeFile(path, `${JSON.stringify(TEMPLATE)}\n\n${JSON.stringify({ ...TEMPLATE, id: 'tpl-2' })}\n`);
    const out: SyntheticReadout[] = [];
    for await (const readout of generateReadouts({ templatePath: path, count, seed })) out.push(readout);
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('generateReadouts', () => {
  it('cycles the templates until count readouts are yielded', async () => {
    const readouts = await generate(5, 7);
    assert.deepEqual(
      readouts.map((r) => r.file),
      ['synthetic/0/tpl', 'synthetic/1/tpl-2', 'synthetic/2/tpl', 'synthetic/3/tpl-2', 'synthetic/4/tpl'],
    );
  });

  it('is deterministic for a seed and varies across seeds', async () => {
    const [a, b, c] = await Promise.all([generate(4, 7), generate(4, 7), generate(4, 8)]);
    assert.deepEqual(a, b);
    assert.notDeepEqual(
      a.map((r) => r.text),
      c.map((r) => r.text),
    );
  });

  it('shifts every date of a readout by the same days, matching its reference date, and years alike', async () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    for (const readout of await generate(6, 3)) {
      const ref = readout.referenceDate;
      const month = months[ref.getUTCMonth()]!;
      const day = ref.getUTCDate();
      const year = ref.getUTCFullYear();
      assert.ok(readout.text.startsWith(`${month} ${day}, ${year}\n`), readout.text);
      assert.ok(readout.text.includes(` on ${day} ${month} ${year}.`), readout.text);
      assert.ok(readout.text.includes(`in ${year + 1}.`), readout.text);
    }
  });

  it('replaces the tokens of gold participant names', async () => {
    for (const readout of await generate(4, 11)) {
      assert.doesNotMatch(readout.text, /\b(Taro|Kono|Lavrov)\b/);
      assert.match(readout.text, /^.*\nMr\. \S+ \S+ met Minister \S+ on/);
    }
  });
});
