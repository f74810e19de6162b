/**
 * `readout serve` for real: the command opens the database, listens on a port, answers over HTTP (with the token
 * from READOUT_TOKEN), and shuts down cleanly when told to stop.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, it } from 'node:test';
import { Command } from 'commander';
import { registerServeCommand } from '../src/cli/serve-command.ts';
import type { CliIO } from '../src/cli/main.ts';
import { devKnowledgeBaseFile, removeKnowledgeBases } from './query-fixtures.ts';

after(() => removeKnowledgeBases());

it('serves the API on a port, with the write token from READOUT_TOKEN, until stopped', async () => {
  const file = await devKnowledgeBaseFile();
  const errors: string[] = [];
  let release = (): void => {};
  const stopped = new Promise<void>((resolve) => { release = resolve; });
  let listening = (_url: string): void => {};
  const url = new Promise<string>((resolve) => { listening = resolve; });
  const io: CliIO = {
    out: () => {},
    err: (s) => {
      errors.push(s);
      const match = /serving on (\S+) /.exec(s);
      if (match?.[1] !== undefined) listening(match[1]);
    },
    stdin: (async function* () {})(),
  };
  let exitCode = -1;
  const program = new Command('readout').exitOverride();
  registerServeCommand(program, io, (code) => { exitCode = code; }, () => stopped);
  const previous = process.env['READOUT_TOKEN'];
  process.env['READOUT_TOKEN'] = 'serve-test-token';
  const running = program.parseAsync(['serve', '--port', '0', '--db', file], { from: 'user' });
  try {
    const base = await url;
    assert.match(base, /^http:\/\/127\.0\.0\.1:\d+$/, 'loopback by default');
    const dyads = await fetch(`${base}/api/dyads`);
    assert.equal(dyads.status, 200);
    assert.ok(((await dyads.json()) as { items: { dyad: string }[] }).items.some((d) => d.dyad === 'JP-RU'));
    assert.match(dyads.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    const write = await fetch(`${base}/api/documents/text`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x"}' });
    assert.equal(write.status, 401);
    // fetch cannot set Host; node:http can, as a browser fooled by DNS rebinding would send it.
    const rebound = await new Promise<number>((resolve, reject) => {
      request(`${base}/api/dyads`, { headers: { host: 'attacker.example' } }, (res) => { res.resume(); resolve(res.statusCode ?? 0); }).on('error', reject).end();
    });
    assert.equal(rebound, 403, 'a loopback server answers only to loopback host names');
    assert.match(errors.join(''), /writes need the READOUT_TOKEN bearer token/);
  } finally {
    if (previous === undefined) delete process.env['READOUT_TOKEN'];
    else process.env['READOUT_TOKEN'] = previous;
    release();
    await running;
  }
  assert.equal(exitCode, 0);
});
