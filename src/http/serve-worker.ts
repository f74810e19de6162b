/**
 * One server process of `readout serve --workers N` (see `serve-workers.ts`): opens the knowledge base named in its
 * configuration, serves it on the port it shares with the other workers, tells the primary, and stops when told to
 * (or when the primary goes away).
 */
import process from 'node:process';
import { openDatabase } from '../storage/open-database.ts';
import { startServer } from './serve.ts';
import { WORKER_CONFIG_ENV, type WorkerMessage, type WorkerServeConfig } from './serve-workers.ts';

const send = (message: WorkerMessage): Promise<void> => new Promise((resolve) => { process.send?.(message, undefined, undefined, () => resolve()); });

const raw = process.env[WORKER_CONFIG_ENV];
if (raw === undefined || process.send === undefined) {
  process.stderr.write(`readout: serve-worker.ts runs as a server worker of \`readout serve --workers\` only\n`);
  process.exit(2);
}
const config = JSON.parse(raw) as WorkerServeConfig;
try {
  const dialect = await openDatabase(config.target);
  const server = await startServer({
    dialect,
    port: config.port,
    host: config.host,
    allowPrivate: config.allowPrivate,
    token: config.token,
    ...(config.maxUploadBytes === undefined ? {} : { maxUploadBytes: config.maxUploadBytes }),
    ...(config.cache === undefined ? {} : { cache: config.cache }),
  });
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void server.close().finally(() => dialect.close().finally(() => process.exit(0)));
  };
  process.on('message', (message: { type?: string }) => { if (message.type === 'close') stop(); });
  process.on('disconnect', stop);
  process.on('SIGTERM', stop);
  // Ctrl-C reaches every process of the terminal's group: the primary stops the workers in order.
  process.on('SIGINT', () => {});
  await send({ type: 'listening', url: server.url, port: server.port });
} catch (error) {
  await send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
