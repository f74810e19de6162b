/**
 * Documents sent to the API (uploaded files, a raw body, pasted text) as ingest sources, so they go through the
 * same ingest use case as files and URLs: hashed, deduplicated, extracted, stored and linked.
 */
import { createHash } from 'node:crypto';
import type { IngestSource } from '../app/ingest.ts';
import { loadDocument } from '../input/load-document.ts';

/** Safe display name of an uploaded file: its base name, without control characters, at most 200 characters. */
export function uploadName(name: string | null | undefined, fallback: string): string {
  const base = (name ?? '').split(/[\\/]/).pop()?.replace(/[\u0000-\u001f\u007f]/g, '').trim() ?? '';
  return base === '' ? fallback : base.slice(0, 200);
}

/**
 * One uploaded document. Its identity (`sourceKey`) is its content hash: an upload has no path or URL that would make
 * a later upload of the same name a new version of it (two analysts' `readout.txt` are different documents).
 * `charset` is the one the request declared, if any. The format comes from the name's extension, else is sniffed.
 */
export function uploadedSource(name: string, bytes: Uint8Array, options: { readonly publisher: string | null; readonly charset?: string | null }): IngestSource {
  const hash = sha256(bytes);
  return {
    input: name,
    sourceKey: `upload:${hash}`,
    file: name,
    url: null,
    bytes,
    load: () => loadDocument(name, bytes, { charset: options.charset ?? null }),
    title: null,
    publisher: options.publisher,
    published: null,
  };
}

/**
 * Pasted text: always plain text (markup in it is kept as written, never interpreted), named `pasted-<hash>.txt`.
 */
export function pastedSource(text: string, options: { readonly title: string | null; readonly publisher: string | null }): IngestSource {
  const bytes = new TextEncoder().encode(text);
  const hash = sha256(bytes);
  const name = `pasted-${hash.slice(0, 12)}.txt`;
  return {
    input: options.title ?? name,
    sourceKey: `paste:${hash}`,
    file: name,
    url: null,
    bytes,
    load: () => loadDocument(name, bytes),
    title: options.title,
    publisher: options.publisher,
    published: null,
  };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
