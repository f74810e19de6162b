/**
 * Puts the app on a port with @hono/node-server: `readout serve` and the load benchmark start it here.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import { createApp, type AppOptions } from './create-app.ts';

/** Where and how to listen, plus the app's options. */
export interface ServeOptions extends AppOptions {
  /** TCP port; 0 picks a free one. Default 8080. */
  readonly port?: number;
  /** Address to bind; default 127.0.0.1 (this machine only). */
  readonly host?: string;
}

/** A running server: its URL and how to stop it. */
export interface RunningServer {
  /** `http://host:port` as reachable from this machine. */
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections and resolves once open ones are closed. */
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Starts the server. Bound to a loopback address, it answers only to loopback host names (a DNS-rebinding guard)
 * unless `allowedHosts` says otherwise.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const allowedHosts = options.allowedHosts !== undefined ? options.allowedHosts : LOOPBACK.has(host) ? ['127.0.0.1', 'localhost', '::1'] : null;
  const app = createApp({ ...options, allowedHosts });
  return new Promise<RunningServer>((resolvePromise, reject) => {
    let server: ServerType;
    const onError = (error: Error): void => reject(error);
    // `serve` calls back once listening; a failure to listen (EADDRINUSE) arrives as an 'error' event.
    server = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }, (info: AddressInfo) => {
      server.off('error', onError);
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolvePromise({
        url: `http://${shown === '0.0.0.0' || shown === '[::]' ? 'localhost' : shown}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done, fail) => {
          server.close((error) => (error ? fail(error) : done()));
          if ('closeAllConnections' in server) server.closeAllConnections();
        }),
      });
    });
    server.once('error', onError);
  });
}
