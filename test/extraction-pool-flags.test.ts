/**
 * The extraction pool's worker threads start under the Node options the npm scripts use: `npm run bench:store`,
 * `readout` and `start` pass V8's `--no-regexp-tier-up`, which a worker's own option list refuses
 * (ERR_WORKER_INVALID_EXEC_ARGV), so the pool must let workers inherit it rather than pass it on.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

const SCRIPT = `
  const { extractionPool } = await import('./src/app/extraction-pool.ts');
  const pool = extractionPool(2);
  const texts = ['Japanese Foreign Minister Taro Kono met Russian Foreign Minister Sergey Lavrov in Tokyo on May 5, 2017.', 'U.S. President Joe Biden spoke by phone with French President Emmanuel Macron on March 3, 2022.'];
  const results = await Promise.all(texts.map((text, i) => pool.extract({ file: 'doc' + i, text })));
  await pool.close();
  console.log(JSON.stringify(results.map((r) => r.meetings.map((m) => [m.date, m.countries]))));
`;

for (const flags of [['--no-regexp-tier-up'], ['--no-regexp-tier-up', '--stack-trace-limit=20']]) {
  test(`pool workers start and extract under node ${flags.join(' ')}`, () => {
    const out = execFileSync(process.execPath, [...flags, '--import', 'tsx', '--input-type=module', '-e', SCRIPT], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    assert.deepEqual(JSON.parse(out.trim()), [[['2017-05-05', ['JP', 'RU']]], [['2022-03-03', ['FR', 'US']]]]);
  });
}
