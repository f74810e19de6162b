/**
 * `readout serve [--port 8080] [--host [ADDRESS]] [--db FILE|URL] [--allow-private] [--max-upload MB]`: the HTTP API and
 * the web UI on one port until Ctrl-C. When the environment variable READOUT_TOKEN is set, every write needs it as a
 * bearer token.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_MAX_UPLOAD_BYTES } from '../http/create-app.ts';
import { startServer } from '../http/serve.ts';
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
    .action(async (opts: ServeCommandOptions) => {
      await runWithDatabase(opts.db, io, setExitCode, async (dialect) => {
        if (opts.samples !== undefined && (await isEmptyKnowledgeBase(dialect))) {
          const startedAt = Date.now();
          const summary = await ingestSampleReadouts(dialect, opts.samples);
          io.err(`${formatIngestSummary(summary, { label: `samples (${opts.samples})`, elapsedMs: Date.now() - startedAt })}\n`);
        }
        const token = process.env['READOUT_TOKEN'] ?? '';
        const server = await startServer({
          dialect,
          port: opts.port,
          host: opts.host === true ? '0.0.0.0' : (opts.host ?? '127.0.0.1'),
          allowPrivate: opts.allowPrivate === true,
          token: token === '' ? null : token,
          ...(opts.maxUpload === undefined ? {} : { maxUploadBytes: opts.maxUpload }),
        });
        io.err(`readout: serving on ${server.url} (API: ${server.url}/api, OpenAPI: ${server.url}/openapi.json)${token === '' ? '' : '; writes need the READOUT_TOKEN bearer token'}\n`);
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

function megabytesArg(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of megabytes.');
  return Math.round(n * 1024 * 1024);
}
