/**
 * One input file -> one document ready for extraction: decoded, and for HTML cleaned to its main text.
 */
import type { Issue } from '../domain/record.ts';
import { htmlToText } from '../stages/clean/html-to-text.ts';
import { decodeDocumentBytes, type DecodeOptions } from './decode-document.ts';
import { formatFromName, looksLikeHtml, type DocumentFormat } from './format-sniffer.ts';
import { InputError } from './input-errors.ts';

/** Default largest input accepted: 50 MB. */
export const DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** A decoded (and for HTML, cleaned) document. All later offsets refer to `text`. */
export interface LoadedDocument {
  readonly file: string;
  readonly format: DocumentFormat;
  /** Plain text: the file's text, or the main text extracted from the HTML page. */
  readonly text: string;
  /** Title known from the markup (`<title>` / first `<h1>`); null for plain text or when absent. */
  readonly title: string | null;
  readonly issues: Issue[];
}

/** Options for {@link loadDocument}. */
export interface LoadOptions {
  /** Largest accepted size in bytes; default {@link DEFAULT_MAX_INPUT_BYTES}. */
  readonly maxBytes?: number;
  /** Charset declared outside the bytes, e.g. by an HTTP `Content-Type` header; see {@link DecodeOptions}. */
  readonly charset?: string | null;
}

/**
 * Decode and, for HTML, clean one document.
 * Format: `.html`/`.htm` -> html, `.txt` -> text, otherwise sniffed from the content (stdin `-` too).
 * An HTML page without any main text gets an `empty` issue (the record will have empty fields).
 *
 * @throws InputError for binary or too-large input.
 */
export function loadDocument(name: string, bytes: Uint8Array, options: LoadOptions = {}): LoadedDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (bytes.byteLength > maxBytes) throw new InputError(name, tooLargeReason(bytes.byteLength, maxBytes));
  const decoded = decodeDocumentBytes(bytes, name, { charset: options.charset ?? null });
  const format = formatFromName(name) ?? (looksLikeHtml(decoded.text) ? 'html' : 'text');
  if (format === 'text') {
    return { file: name, format, text: decoded.text, title: null, issues: decoded.issues };
  }
  const cleaned = htmlToText(decoded.text);
  const issues = decoded.issues;
  if (cleaned.text.trim() === '' && !issues.some((i) => i.code === 'empty')) {
    issues.push({ code: 'empty', message: `${name}: the page has no main text`, span: null });
  }
  return { file: name, format, text: cleaned.text, title: cleaned.title, issues };
}

const MB = 1024 * 1024;

/** `file too large (N MB > L MB)`, with enough decimals that N visibly exceeds L. */
export function tooLargeReason(size: number, maxBytes: number): string {
  const limit = formatMb(maxBytes, 1);
  let decimals = 1;
  let shown = formatMb(size, decimals);
  while (Number(shown) <= Number(limit) && decimals < 6) shown = formatMb(size, ++decimals);
  return `file too large (${shown} MB > ${limit} MB)`;
}

function formatMb(bytes: number, decimals: number): string {
  return (bytes / MB).toFixed(decimals).replace(/\.?0+$/, '');
}
