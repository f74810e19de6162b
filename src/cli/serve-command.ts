/**
 * `readout serve [--port 8080] [--host [ADDRESS]] [--db FILE|URL] [--allow-private] [--max-upload MB] [--workers N]`:
 * the HTTP API and the web UI on one port until Ctrl-C, from N server processes (default one per core but one, 1 to 4;
 * see `serve-workers.ts`). When the environment variable READOUT_TOKEN is set, every write needs it as a bearer token.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_MAX_UPLOAD_BYTES } from '../http/create-app.ts';
import { startServer, type RunningServer } from '../http/serve.ts';
import { defaultServeWorkers, startServerWorkers } from '../http/serve-workers.ts';
import { databaseTarget } from '../storage/open-database.ts';
import { ingestSampleReadouts, isEmptyKnowledgeBase } from '../app/sample-readouts.ts';
import { formatIngestSummary } from './batch-progress.ts';
import { runWithDatabase, withDbOption, type SetExitCode } from './database-command.ts';
import type { CliIO } from './main.ts';

interface ServeCommandOptions {
  db?: string;
  port: number;
  host?: string | true;
  allowPrivate?: boolean;
  maxUpload?: number;
  samples?: string;
  workers?: number;
}

/** Registers `readout serve`. `stop` resolves when the server should shut down (default: SIGINT or SIGTERM). */
export function registerServeCommand(program: Command, io: CliIO, setExitCode: SetExitCode, stop: () => Promise<void> = untilSignal): void {
  withDbOption(program.command('serve'))
    .description('serve the HTTP API (/api, /openapi.json) and the web UI; READOUT_TOKEN set = writes need it as a bearer token')
    .option('--port <n>', 'TCP port (0: any free port)', portArg, 8080)
    .option('--host [address]', 'address to listen on (default 127.0.0.1; --host alone: every address)')
    .option('--allow-private', 'let URL ingest fetch loopback and private network addresses')
    .option('--samples <dir>', 'on an empty database, first ingest the readouts of this directory (with its sources.json)')
    .option('--max-upload <MB>', `largest request body in MB (default ${DEFAULT_MAX_UPLOAD_BYTES / 1024 / 1024})`, megabytesArg)
    .option('--workers <n>', 'server processes answering on the port (default: one per core but one, 1 to 4; 1 for :memory:)', workersArg)
    .action(async (opts: ServeCommandOptions) => {
      await runWithDatabase(opts.db, io, setExitCode, async (dialect) => {
        if (opts.samples !== undefined && (await isEmptyKnowledgeBase(dialect))) {
          const startedAt = Date.now();
          const summary = await ingestSampleReadouts(dialect, opts.samples);
          io.err(`${formatIngestSummary(summary, { label: `samples (${opts.samples})`, elapsedMs: Date.now() - startedAt })}\n`);
        }
        const token = process.env['READOUT_TOKEN'] ?? '';
        const target = databaseTarget(opts.db);
        const workers = target === ':memory:' ? 1 : (opts.workers ?? defaultServeWorkers(target));
        const settings = {
          port: opts.port,
          host: opts.host === true ? '0.0.0.0' : (opts.host ?? '127.0.0.1'),
          allowPrivate: opts.allowPrivate === true,
          token: token === '' ? null : token,
          ...(opts.maxUpload === undefined ? {} : { maxUploadBytes: opts.maxUpload }),
        };
        // One process serves from the connection opened here; several open their own (this one only migrated and
        // loaded the samples).
        const server: RunningServer = workers === 1
          ? await startServer({ dialect, ...settings })
          : await startServerWorkers({ target, ...settings }, workers, (message) => io.err(`${message}\n`));
        io.err(`readout: serving on ${server.url} (API: ${server.url}/api, OpenAPI: ${server.url}/openapi.json)${workers === 1 ? '' : `, ${workers} server processes`}${token === '' ? '' : '; writes need the READOUT_TOKEN bearer token'}\n`);
        await stop();
        await server.close();
      });
    });
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}

function portArg(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError('expected a port number 0-65535.');
  return n;
}

function workersArg(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 64) throw new InvalidArgumentError('expected a number of processes 1-64.');
  return n;
}

function megabytesArg(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of megabytes.');
  return Math.round(n * 1024 * 1024);
}
