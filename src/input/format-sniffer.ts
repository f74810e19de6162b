/**
 * Guessing a document's format from its name and first bytes, for files without a telling
 * extension (stdin, `.dat`, ...).
 */

/** The formats the loader understands. */
export type DocumentFormat = 'text' | 'html';

const HTML_EXTENSION = /\.(?:html?|xhtml)$/i;
const TEXT_EXTENSION = /\.(?:txt|text)$/i;
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;
const COMMON_TAG = /<\/?(?:p|div|span|br|a|li|ul|ol|table|tr|td|h[1-6]|body|head|meta|em|strong|b|i|section|article|main|nav|script|style|img|input)\b[^<>]{0,500}>/gi;

/** Format implied by a file name's extension; null when the extension says nothing. */
export function formatFromName(name: string): DocumentFormat | null {
  if (HTML_EXTENSION.test(name)) return 'html';
  if (TEXT_EXTENSION.test(name)) return 'text';
  return null;
}

/**
 * True when `sample` (the start of a document, ~4 KB is enough) looks like HTML: a doctype/`<html>`
 * start, or markup that starts with a tag and has several common tags, or many tags anywhere.
 */
export function looksLikeHtml(sample: string): boolean {
  const head = sample.length > 4096 ? sample.slice(0, 4096) : sample;
  if (HTML_START.test(head)) return true;
  COMMON_TAG.lastIndex = 0;
  let tags = 0;
  while (COMMON_TAG.exec(head) !== null) {
    tags++;
    if (tags >= 8) return true;
  }
  return tags >= 2 && /^\s*</.test(head);
}
