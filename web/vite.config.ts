/**
 * Build of the web UI: `web/` is the root, the bundle goes to `web/dist`, which the HTTP server serves at `/`.
 * During `vite` development, `/api` is proxied to a running `readout serve` (READOUT_API, default :8080).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  publicDir: 'public',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // One stylesheet file and no inline module preload polyfill: the server's CSP allows scripts and styles from
    // 'self' only.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': process.env['READOUT_API'] ?? 'http://127.0.0.1:8080' },
  },
});
