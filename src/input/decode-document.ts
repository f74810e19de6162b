/**
 * Bytes -> text. Encoding detection in the order a browser would use it (BOM, then the HTML
 * `<meta charset>` declaration, then a strict UTF-8 check), falling back to windows-1252, which can
 * decode any byte sequence. Binary input is refused with an {@link InputError}.
 */
import type { Issue } from '../domain/record.ts';
import { InputError } from './input-errors.ts';
import { formatFromName, looksLikeHtml } from './format-sniffer.ts';

/** The decoded document text (line ends normalised to LF, BOM removed), the encoding used, and any problems. */
export interface DecodedDocument {
  readonly text: string;
  /** WHATWG encoding name, e.g. `utf-8`, `windows-1251`, `utf-16le`. */
  readonly encoding: string;
  readonly issues: Issue[];
}

const SNIFF_BYTES = 4096;
const BINARY_SAMPLE_BYTES = 8192;
/** Share of C0 control bytes (other than tab, LF, CR, FF, ESC) above which a sample counts as binary. */
const MAX_CONTROL_SHARE = 0.1;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)/i;
const LINE_BREAKS = /\r\n?/g;

/** Options for {@link decodeDocumentBytes}. */
export interface DecodeOptions {
  /**
   * A charset declared outside the bytes: the `charset` parameter of an HTTP `Content-Type` header, or a feed's
   * XML declaration. Any label the WHATWG Encoding standard knows (`windows-1251`, `Shift_JIS`, `utf-8`...);
   * unknown labels are ignored. Null or absent: only the bytes are looked at.
   */
  readonly charset?: string | null;
}

/**
 * Decode a document's bytes to text.
 *
 * - BOM (UTF-8, UTF-16LE, UTF-16BE) wins; UTF-16 without a BOM is recognised by its NUL-byte pattern.
 * - A `charset` option (e.g. from the HTTP header) comes next, as in a browser, and is treated like a
 *   `<meta charset>` declaration below (including the stale-declaration rule), but applies to any format and
 *   takes precedence over the page's own declaration. A declared `utf-8` that the bytes contradict gives way
 *   to the page's `<meta charset>`, if any.
 * - For HTML (by `name`'s extension or by sniffing) a `<meta charset>` / `http-equiv` declaration in the
 *   first 4 KB is honoured, unless the bytes are valid UTF-8 with multi-byte sequences (a re-saved page
 *   whose declaration went stale): then UTF-8 is used and an `encoding_mismatch` issue is added.
 * - Otherwise valid UTF-8 is UTF-8; anything else is decoded as windows-1252 with an `encoding_fallback` issue.
 * - CRLF and lone CR become LF; the text returned is the document text all offsets refer to.
 * - Empty or whitespace-only input gives an `empty` issue, not an exception.
 *
 * @throws InputError when the bytes look binary (NUL bytes or many control characters, and not UTF-16).
 */
export function decodeDocumentBytes(bytes: Uint8Array, name: string, options: DecodeOptions = {}): DecodedDocument {
  const issues: Issue[] = [];
  const bom = detectBom(bytes);
  const transport = encodingForLabel(options.charset ?? null);
  let encoding: string;
  let body = bytes;
  if (bom !== null) {
    encoding = bom.encoding;
    body = bytes.subarray(bom.length);
  } else {
    const utf16 = detectBomlessUtf16(bytes) ?? declaredUtf16(bytes, transport);
    if (utf16 !== null) {
      encoding = utf16;
    } else {
      if (looksBinary(bytes)) throw new InputError(name, 'binary file (not a text or HTML document)');
      encoding = chooseEncoding(bytes, name, issues, transport);
    }
  }
  let text = (bom === null && encoding === 'utf-8' ? strictUtf8(body) : null) ?? decodeWith(encoding, body);
  if (encoding.startsWith('utf-16') && text.includes('\u0000')) {
    throw new InputError(name, 'binary file (not a text or HTML document)');
  }
  lastStrict = null;
  if (text.includes('\uFFFD') && (encoding !== 'utf-8' || !isValidUtf8(body))) {
    issues.push({ code: 'encoding_replaced', message: `${name}: some bytes are not valid ${encoding}; replaced with U+FFFD`, span: null });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(LINE_BREAKS, '\n');
  if (text.trim() === '') {
    issues.push({ code: 'empty', message: `${name}: the document is empty`, span: null });
  }
  return { text, encoding, issues };
}

/**
 * Node's TextDecoder decodes the `windows-1252` label as ISO-8859-1 (C1 controls instead of curly quotes,
 * euro sign, dashes), so 0x80-0x9F are mapped here by the WHATWG table.
 */
const WINDOWS_1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1_RANGE = /[\u0080-\u009f]/g;

function decodeWith(encoding: string, body: Uint8Array): string {
  const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(body);
  if (encoding !== 'windows-1252') return text;
  return text.replace(C1_RANGE, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function detectBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 text without a BOM: most high bytes of ASCII-range characters are NUL, on one side only. */
function detectBomlessUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, BINARY_SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * UTF-16 declared by the transport, for text in non-Latin scripts (no NUL-byte pattern to recognise it by),
 * unless the bytes read fine as UTF-8 text (a server mislabelling an ASCII page).
 */
function declaredUtf16(bytes: Uint8Array, transport: string | null): string | null {
  if (transport === null || !transport.startsWith('utf-16')) return null;
  return looksBinary(bytes) || !isValidUtf8(bytes) ? transport : null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // tab, LF, VT, FF, CR and ESC occur in real text files
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
    else if (b === 0x7f) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}

function chooseEncoding(bytes: Uint8Array, name: string, issues: Issue[], transport: string | null): string {
  const utf8 = isValidUtf8(bytes);
  const sniffSample = latin1(bytes.subarray(0, SNIFF_BYTES));
  const isHtml = formatFromName(name) === 'html' || (formatFromName(name) === null && looksLikeHtml(sniffSample));
  const transportHolds = transport !== null && !transport.startsWith('utf-16') && (transport !== 'utf-8' || utf8);
  const declared = transportHolds ? transport : (isHtml ? declaredCharset(sniffSample) : null) ?? (transport === 'utf-8' ? 'utf-8' : null);
  if (declared !== null && declared !== 'utf-8') {
    if (utf8 && hasNonAscii(bytes)) {
      issues.push({ code: 'encoding_mismatch', message: `${name}: declares ${declared} but is valid UTF-8; decoded as UTF-8`, span: null });
      return 'utf-8';
    }
    return declared;
  }
  if (utf8) return 'utf-8';
  issues.push({ code: 'encoding_fallback', message: `${name}: not valid UTF-8${declared === 'utf-8' ? ' although declared so' : ''}; decoded as windows-1252`, span: null });
  return 'windows-1252';
}

/** The WHATWG encoding named by the first `<meta charset>` / `content="...; charset=..."`; null if none or unknown. */
function declaredCharset(sample: string): string | null {
  const m = META_CHARSET.exec(sample);
  const enc = encodingForLabel(m?.[1] ?? null);
  // a page cannot really be UTF-16 if its meta tag is readable as ASCII (HTML spec rule)
  return enc !== null && enc.startsWith('utf-16') ? 'utf-8' : enc;
}

/** The WHATWG encoding name for a charset label (`UTF8`, `cp1251`, `latin1`...); null if none or unknown. */
function encodingForLabel(label: string | null): string | null {
  if (label === null || label.trim() === '') return null;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

let lastStrict: { bytes: Uint8Array; text: string | null } | null = null;

/** Strict UTF-8 decode, remembering the last result so the validity check and the decode share one pass. */
function strictUtf8(bytes: Uint8Array): string | null {
  if (lastStrict !== null && lastStrict.bytes === bytes) return lastStrict.text;
  let text: string | null;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    text = null;
  }
  lastStrict = { bytes, text };
  return text;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  return strictUtf8(bytes) !== null;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
