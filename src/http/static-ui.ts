/**
 * The built web UI (`web/dist`, made by `npm run build:web`) served at `/`: files as they are, and `index.html` for
 * every other path that is not under `/api/` (client-side routes such as `/meetings/12`). When the UI has not been
 * built, `/` says so and how to build it.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Context } from 'hono';
import type { ApiApp } from './api-context.ts';

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Readout</title></head>
<body>
<h1>Readout</h1>
<p>The web UI is not built yet. Build it with <code>npm run build:web</code> and reload this page.</p>
<p>The HTTP API works without it: see <a href="/openapi.json">/openapi.json</a>, e.g. <a href="/api/dyads">/api/dyads</a>.</p>
</body>
</html>
`;

/**
 * Serves the UI from `root` for GET and HEAD requests not under `/api/` (registered last, after the API routes).
 * Files under `assets/` (content-hashed by Vite) are cached for a year; everything else is revalidated.
 */
export function registerStaticUi(app: ApiApp, root: string): void {
  const base = resolve(root);
  app.on(['GET', 'HEAD'], '*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api/') || path === '/api' || path === '/openapi.json') return next();
    if (!(await isDirectory(base))) {
      return path === '/' || path === '/index.html' ? c.html(NOT_BUILT_PAGE, 200) : next();
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return next();
    }
    const file = resolve(join(base, decoded));
    // Never outside the UI directory (`..`, encoded or not).
    if (file !== base && !file.startsWith(base + sep)) return next();
    const served = (await isFile(file)) ? await serveFile(c, file, decoded)
      : extname(decoded) === '' ? await serveFile(c, join(base, 'index.html'), '/index.html')
        : null;
    return served ?? next();
  });
}

async function serveFile(c: Context, file: string, urlPath: string): Promise<Response | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return null;
  }
  const immutable = urlPath.startsWith('/assets/');
  const headers = {
    'Content-Type': MEDIA_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  return c.req.method === 'HEAD' ? c.body(null, 200, headers) : c.body(new Uint8Array(bytes), 200, headers);
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
