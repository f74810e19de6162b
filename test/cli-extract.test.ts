/**
 * The `readout extract` command on good and bad input: one record per readable document, one line on stderr per
 * unreadable one (naming the file and the reason), the batch always continuing, exit codes 0 / 1 / 2, and never a
 * stack trace for user error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliIO } from '../src/cli/main.ts';
import type { ReadoutRecord } from '../src/domain/record.ts';

async function run(args: string[], stdin: string[] = []): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { out: (s) => { out += s; }, err: (s) => { err += s; }, stdin: (async function* () { yield* stdin; })() };
  const code = await runCli(args, io);
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'readout-cli-'));
const file = (name: string, content: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const READOUT = 'September 18, 2017\n\nMr. Taro Kono, Minister for Foreign Affairs, held a meeting with Mr. Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation, for approximately 32 minutes in New York.\n';

test('a readout in text gives one JSON record with its meeting', async () => {
  const r = await run(['extract', file('ok.txt', READOUT)]);
  assert.equal(r.code, 0);
  assert.equal(r.err, '');
  const records = JSON.parse(r.out) as ReadoutRecord[];
  assert.equal(records.length, 1);
  assert.equal(records[0]!.meetings[0]!.date, '2017-09-18');
  assert.equal(records[0]!.meetings[0]!.durationMinutes, 32);
});

test('jsonl and table formats; --no-text drops the text', async () => {
  const p = file('fmt.txt', READOUT);
  const jsonl = await run(['extract', p, p, '--format', 'jsonl', '--no-text']);
  const lines = jsonl.out.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.equal((JSON.parse(lines[0]!) as { text?: string }).text, undefined);
  const table = await run(['extract', p, '--format', 'table']);
  assert.match(table.out, /meeting date\s+2017-09-18/);
  assert.match(table.out, /Sergey Lavrov, Minister of Foreign Affairs \(RU\)/);
});

test('--publisher names the source when the page does not, and gives the home side its country', async () => {
  const p = file('home.txt', 'March 3, 2023\n\nMinister of Foreign Affairs Park Jin held a phone call with U.S. Secretary of State Antony Blinken on March 2.\n');
  const r = await run(['extract', p, '--format', 'jsonl', '--publisher', 'Ministry of Foreign Affairs of the Republic of Korea']);
  const rec = JSON.parse(r.out) as ReadoutRecord;
  assert.equal(rec.publisher, 'Ministry of Foreign Affairs of the Republic of Korea');
  assert.deepEqual(rec.meetings[0]!.countries, ['KR', 'US']);
  assert.equal(rec.meetings[0]!.date, '2023-03-02');
});

test('--published dates pages that print no date; a date that is no calendar day is a usage error', async () => {
  const p = file('undated.txt', 'Office of the Spokesperson\n\nEnvoy John Kerry will travel to Palau April 12-15 to lead the delegation.\n');
  const r = await run(['extract', p, '--format', 'jsonl', '--published', '2022-04-08']);
  const rec = JSON.parse(r.out) as ReadoutRecord;
  assert.equal(rec.published, '2022-04-08');
  assert.equal(rec.plannedEvents[0]!.start, '2022-04-12');
  const bad = await run(['extract', p, '--published', '2022-02-30']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--published.*2022-02-30.*expected an ISO date/);
  assert.equal(bad.out, '');
});

test('stdin is read for -', async () => {
  const r = await run(['extract', '-', '--format', 'jsonl'], [READOUT]);
  assert.equal(r.code, 0);
  assert.equal((JSON.parse(r.out) as ReadoutRecord).file, '-');
});

test('directories are walked recursively, HTML is cleaned', async () => {
  mkdirSync(join(dir, 'tree/sub'), { recursive: true });
  writeFileSync(join(dir, 'tree/a.txt'), READOUT);
  writeFileSync(join(dir, 'tree/sub/b.html'), `<html><head><title>T</title></head><body><nav>Home | News</nav><p>${READOUT}</p><footer>Contact us</footer></body></html>`);
  writeFileSync(join(dir, 'tree/sub/ignored.json'), '{}');
  const r = await run(['extract', join(dir, 'tree'), '--format', 'jsonl']);
  assert.equal(r.code, 0);
  const recs = r.out.trim().split('\n').map((l) => JSON.parse(l) as ReadoutRecord);
  assert.equal(recs.length, 2);
  assert.ok(!recs[1]!.text.includes('Home | News'));
  assert.ok(!recs[1]!.text.includes('Contact us'));
  assert.equal(recs[1]!.meetings[0]!.participants.length, 2);
});

const badCases: [name: string, content: () => string | Uint8Array, expect: 'record' | 'error', pattern: RegExp][] = [
  ['empty.txt', () => '', 'record', /empty/],
  ['blank.txt', () => '   \n\n  ', 'record', /empty/],
  ['binary.txt', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), 'error', /binary/i],
  ['invalid-utf8.txt', () => Uint8Array.from([...Buffer.from('Minister Kono met '), 0xff, 0xfe, 0xc3, ...Buffer.from(' Lavrov.')]), 'record', /encoding/],
  ['utf16.txt', () => Uint8Array.from([0xff, 0xfe, ...Buffer.from(READOUT, 'utf16le')]), 'record', /^$/],
  ['cp1252.txt', () => Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' talks \x93quoted\x94.')]), 'record', /encoding/],
  ['no-text.html', () => '<html><body><script>var x = 1;</script><div></div></body></html>', 'record', /empty/],
  ['nested.html', () => '<div>'.repeat(100_000) + '<p>Text inside.</p>' + '</div>'.repeat(100_000), 'record', /.*/],
  ['recipe.txt', () => 'Whisk two eggs with sugar. Bake for 20 minutes at 180 degrees.\n', 'record', /not_a_readout/],
];

for (const [name, content, expect, pattern] of badCases) {
  test(`bad input ${name}: ${expect === 'record' ? 'a record with an issue' : 'a one-line error naming the file'}, the batch continues`, async () => {
    const bad = file(name, content());
    const good = file(`after-${name}.txt`, READOUT);
    const r = await run(['extract', bad, good, '--format', 'jsonl']);
    assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
    const recs = r.out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as ReadoutRecord);
    assert.equal(recs[recs.length - 1]!.file, good, 'the next file is still processed');
    if (expect === 'error') {
      assert.equal(r.code, 1);
      assert.equal(recs.length, 1);
      assert.equal(r.err.trim().split('\n').length, 1);
      assert.ok(r.err.includes(bad), 'the error names the file');
      assert.match(r.err, pattern);
    } else {
      assert.equal(r.code, 0, r.err);
      assert.equal(recs.length, 2);
      assert.match(recs[0]!.issues.map((i) => i.code).join(' '), pattern);
    }
  });
}

test('a file over 50 MB is refused by name without being read; the batch continues', async () => {
  const big = join(dir, 'huge.txt');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 50 * 1024 * 1024 + 1);
  closeSync(fd);
  const r = await run(['extract', big, file('after-huge.txt', READOUT), '--format', 'jsonl']);
  assert.equal(r.code, 1);
  assert.match(r.err, /huge\.txt.*too large/);
  assert.equal(r.out.trim().split('\n').length, 1);
});

test('a missing path is an error line, exit 1', async () => {
  const r = await run(['extract', join(dir, 'nope.txt'), '--format', 'jsonl']);
  assert.equal(r.code, 1);
  assert.match(r.err, /nope\.txt: no such file or directory/);
});

test('usage errors exit 2 without a stack trace', async () => {
  assert.equal((await run(['--help'])).code, 0);
  for (const args of [[], ['extract'], ['extract', 'x', '--format', 'xml'], ['frobnicate'], ['extract', 'x', '--bogus']]) {
    const r = await run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.doesNotMatch(r.err, /\n\s+at /);
  }
});

test('eval on a missing or malformed gold file is a clear error', async () => {
  const missing = await run(['eval', join(dir, 'missing.jsonl')]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /missing\.jsonl/);
  const bad = await run(['eval', file('bad.jsonl', '{"id": "x", "text": "t"}\nnot json\n')]);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /bad\.jsonl:1/);
});
