/**
 * `readout serve` for real: the command opens the database, listens on a port, answers over HTTP (with the token
 * from READOUT_TOKEN), and shuts down cleanly when told to stop — from one process or from several (`--workers`).
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, it } from 'node:test';
import { Command } from 'commander';
import { registerServeCommand } from '../src/cli/serve-command.ts';
import type { CliIO } from '../src/cli/main.ts';
import { devKnowledgeBaseFile, removeKnowledgeBases } from './query-fixtures.ts';

after(() => removeKnowledgeBases());

/** Runs `readout serve <args>` until `use` is done; returns what it wrote to stderr and its exit code. */
async function withServe(args: string[], use: (base: string) => Promise<void>): Promise<{ errors: string; exitCode: number }> {
  const errors: string[] = [];
  let release = (): void => {};
  const stopped = new Promise<void>((resolve) => { release = resolve; });
  let listening = (_url: string): void => {};
  let failed = (_error: Error): void => {};
  const url = new Promise<string>((resolve, reject) => { listening = resolve; failed = reject; });
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
  const running = program.parseAsync(['serve', ...args], { from: 'user' });
  void running.then(() => failed(new Error(`serve ended: ${errors.join('')}`)), failed);
  try {
    await use(await url);
  } finally {
    release();
    await running;
  }
  return { errors: errors.join(''), exitCode };
}

/** GET over a new connection each time, so that several server processes take turns answering. */
function getFresh(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject).end();
  });
}

it('serves from several processes: a write through one is seen by every process at once', async () => {
  const file = await devKnowledgeBaseFile();
  const previous = process.env['READOUT_TOKEN'];
  process.env['READOUT_TOKEN'] = 'workers-test-token';
  try {
    const { errors, exitCode } = await withServe(['--port', '0', '--db', file, '--workers', '2'], async (base) => {
      const listing = `${base}/api/documents?limit=1000`;
      const titles = (body: string): string[] => (JSON.parse(body) as { items: { title: string | null }[] }).items.map((d) => d.title ?? '');
      // Fill both processes' response caches first: the write must invalidate what they hold.
      for (let i = 0; i < 4; i++) {
        const before = await getFresh(listing);
        assert.equal(before.status, 200);
        assert.ok(!titles(before.body).includes('Workers readout'));
      }
      const write = await fetch(`${base}/api/documents/text`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer workers-test-token' },
        body: JSON.stringify({ text: 'Foreign Minister Hayashi met Foreign Minister Wong in Tokyo on 9 December 2022.', title: 'Workers readout' }),
      });
      assert.equal(write.status, 201);
      for (let i = 0; i < 4; i++) {
        const after = await getFresh(listing);
        assert.equal(after.status, 200);
        assert.ok(titles(after.body).includes('Workers readout'), `answer ${i} after the write includes the new document`);
      }
    });
    assert.match(errors, /2 server processes/);
    assert.equal(exitCode, 0);
  } finally {
    if (previous === undefined) delete process.env['READOUT_TOKEN'];
    else process.env['READOUT_TOKEN'] = previous;
  }
});

it('serves the API on a port, with the write token from READOUT_TOKEN, until stopped', async () => {
  const file = await devKnowledgeBaseFile();
  const previous = process.env['READOUT_TOKEN'];
  process.env['READOUT_TOKEN'] = 'serve-test-token';
  try {
    const { errors, exitCode } = await withServe(['--port', '0', '--db', file, '--workers', '1'], async (base) => {
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
    });
    assert.match(errors, /writes need the READOUT_TOKEN bearer token/);
    assert.equal(exitCode, 0);
  } finally {
    if (previous === undefined) delete process.env['READOUT_TOKEN'];
    else process.env['READOUT_TOKEN'] = previous;
  }
});
