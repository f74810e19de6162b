/**
 * `readout serve --workers N`: N server processes (node:cluster) answering on one port, so a read-heavy API uses
 * every core — one Node process runs JavaScript and better-sqlite3 queries on one core only, and a long query blocks
 * its every other request. The primary process only hands connections out; each worker opens the knowledge base
 * itself and runs the same app as a single-process server.
 *
 * What stays correct across processes: SQLite in WAL mode lets the workers read one file side by side, and writes
 * (uploads, corrections) queue on the engine's write lock (`begin immediate`, busy timeout) as they do for several
 * ingest processes; each worker's response cache is keyed by the knowledge base's change token, read from the database
 * on every request, so a write through one worker is seen by the next request to any worker.
 */
import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { RunningServer } from './serve.ts';

/** What a worker needs to open the knowledge base and serve it (JSON: it travels in the worker's environment). */
export interface WorkerServeConfig {
  /** The database: a SQLite file or a `postgres://` URL (not `:memory:`, which no second process can open). */
  readonly target: string;
  readonly port: number;
  readonly host: string;
  readonly allowPrivate: boolean;
  readonly token: string | null;
  readonly maxUploadBytes?: number;
  readonly cache?: boolean;
}

/** The environment variable carrying a worker's {@link WorkerServeConfig}. */
export const WORKER_CONFIG_ENV = 'READOUT_SERVE_WORKER_CONFIG';

/** Most workers by default: past a few, more processes add memory (page and response caches each) more than speed. */
const MAX_DEFAULT_WORKERS = 4;

/**
 * The default number of server processes for `target`: one per core but one (at most 4, at least 1); 1 for an
 * in-memory database. A core is left to the rest of the machine because each worker pays its own warm-up, Relations
 * overview and cache misses: on the 2-core load-test machine, whose clients run on the same cores, two workers served
 * fewer requests than one (about 2.3 times the server CPU per request in 30-second runs at 64,000 readouts).
 */
export function defaultServeWorkers(target: string): number {
  return target === ':memory:' ? 1 : Math.max(1, Math.min(availableParallelism() - 1, MAX_DEFAULT_WORKERS));
}

/** Messages a worker sends its primary. */
export type WorkerMessage = { readonly type: 'listening'; readonly url: string; readonly port: number } | { readonly type: 'failed'; readonly message: string };

/**
 * Starts `workers` server processes on `config.port` (0: one free port, shared by all). Resolves once every worker
 * listens; rejects (after stopping the others) when one cannot start, with its reason. A worker that dies later is
 * replaced. `close()` stops them all and resolves once they have exited.
 */
export async function startServerWorkers(config: WorkerServeConfig, workers: number, log: (message: string) => void = (m) => { process.stderr.write(`${m}\n`); }): Promise<RunningServer> {
  cluster.setupPrimary({ exec: fileURLToPath(new URL('./serve-worker.ts', import.meta.url)), args: [], execArgv: withTypeScriptLoader(process.execArgv) });
  // Every worker asks for the same port, 0 included: the primary holds one listening socket per address and port asked
  // for, and shares it with every worker asking for the same.
  const env = { [WORKER_CONFIG_ENV]: JSON.stringify(config) };
  const running = new Set<Worker>();
  let closing = false;

  const fork = (): Promise<{ url: string; port: number }> => {
    const worker = cluster.fork(env);
    running.add(worker);
    return new Promise((resolve, reject) => {
      let started = false;
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'listening') {
          started = true;
          resolve(message);
        } else if (message.type === 'failed') {
          reject(new Error(message.message));
        }
      });
      worker.once('exit', (code, signal) => {
        running.delete(worker);
        if (!started) {
          reject(new Error(`server worker exited before listening (${signal ?? `code ${code}`})`));
        } else if (!closing) {
          log(`readout: server worker ${worker.process.pid ?? '?'} exited (${signal ?? `code ${code}`}); starting another`);
          fork().catch((error: unknown) => log(`readout: cannot restart a server worker: ${error instanceof Error ? error.message : String(error)}`));
        }
      });
    });
  };

  const stop = async (): Promise<void> => {
    closing = true;
    await Promise.all([...running].map((worker) => new Promise<void>((resolve) => {
      if (worker.isDead()) { resolve(); return; }
      worker.once('exit', () => resolve());
      worker.send({ type: 'close' });
    })));
  };

  try {
    const [first] = await Promise.all(Array.from({ length: workers }, fork));
    return { url: first!.url, port: first!.port, close: stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The workers run TypeScript like the primary: they get its Node options plus tsx's loader (by absolute URL, so it
 * resolves whatever the working directory) when the primary registered tsx through its API (`bin/readout.js`).
 */
function withTypeScriptLoader(execArgv: readonly string[]): string[] {
  const hasLoader = execArgv.some((arg, i) => /tsx/.test(arg) && (execArgv[i - 1] === '--import' || arg.startsWith('--import=')));
  return hasLoader ? [...execArgv] : [...execArgv, '--import', import.meta.resolve('tsx')];
}
