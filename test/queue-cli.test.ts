/**
 * The queue commands' surface without a server: with a SQLite database they refuse in one line (exit 2); option
 * parsing of `watch --every`. Runs everywhere; the PostgreSQL side is in queue-worker and queue-reliability.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliIO } from '../src/cli/main.ts';
import { intervalArg } from '../src/cli/watch-command.ts';

async function cli(argv: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { out: (s) => { out += s; }, err: (s) => { err += s; }, stdin: (async function* () {})() };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(env)) { if (v === undefined) delete process.env[k]; else process.env[k] = v; }
  try {
    return { code: await runCli(argv, io), out, err };
  } finally {
    for (const [k, v] of Object.entries(saved)) { if (v === undefined) delete process.env[k]; else process.env[k] = v; }
  }
}

describe('queue commands with a SQLite database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-qcli-'));
  const file = join(dir, 'kb.db');
  const noEnv = { DATABASE_URL: undefined, READOUT_DB: undefined };

  for (const argv of [['worker'], ['jobs'], ['ingest', '--queue', 'samples'], ['watch', 'https://example.org/feed.xml', '--every', '15m']]) {
    it(`readout ${argv.join(' ')} says in one line that a PostgreSQL database is needed (exit 2)`, async () => {
      const r = await cli([...argv, '--db', file], noEnv);
      assert.equal(r.code, 2);
      assert.equal(r.err, `readout: ${argv[0] === 'ingest' ? 'ingest --queue' : argv[0]} needs a PostgreSQL database for its job queue: pass --db postgres://… or set DATABASE_URL (${file} is a SQLite file)\n`);
      assert.equal(r.out, '');
      assert.equal(existsSync(file), false, 'no SQLite file was created');
    });
  }

  it('READOUT_DB naming a file is refused the same way', async () => {
    const r = await cli(['jobs'], { DATABASE_URL: undefined, READOUT_DB: file });
    assert.equal(r.code, 2);
    assert.match(r.err, /needs a PostgreSQL database/);
  });

  it('an unreachable PostgreSQL server is one line naming it, password masked (exit 1)', async () => {
    const r = await cli(['jobs', '--db', 'postgres://someone:secret@127.0.0.1:1/readout'], noEnv);
    assert.equal(r.code, 1);
    assert.match(r.err, /^readout: postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/readout: cannot open the job queue: .+\n$/);
    assert.doesNotMatch(r.err, /secret/);
  });

  it('watch refuses a feed that is not a URL', async () => {
    const r = await cli(['watch', 'feeds.txt', '--every', '15m', '--db', 'postgres://x@127.0.0.1:1/x'], noEnv);
    assert.equal(r.code, 2);
    assert.equal(r.err, 'readout: watch: feeds.txt: expected an http(s) feed URL\n');
  });

  it('clean up', () => { rmSync(dir, { recursive: true, force: true }); });
});

describe('watch --every', () => {
  const cases: [string, number][] = [['90s', 90], ['15m', 900], ['15', 900], ['2h', 7200], ['12h', 43200], ['10s', 10]];
  for (const [value, seconds] of cases) it(`${value} is ${seconds} s`, () => assert.equal(intervalArg(value), seconds));
  for (const bad of ['', '5s', '13h', '1d', 'soon', '-5m', '1.5h']) {
    it(`refuses ${JSON.stringify(bad)}`, () => assert.throws(() => intervalArg(bad), /expected an interval/));
  }
});
