import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeDocumentBytes } from '../src/input/decode-document.ts';
import { loadDocument } from '../src/input/load-document.ts';
import { walkInputs, type InputFailure, type InputSource } from '../src/input/walk-inputs.ts';
import { InputError } from '../src/input/input-errors.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeDocumentBytes', () => {
  it('decodes plain UTF-8 and normalises CRLF/CR to LF', () => {
    const r = decodeDocumentBytes(utf8('Minister Kono\r\nmet Lavrov.\rEnd'), 'a.txt');
    assert.equal(r.text, 'Minister Kono\nmet Lavrov.\nEnd');
    assert.equal(r.encoding, 'utf-8');
    assert.deepEqual(r.issues, []);
  });

  it('strips a UTF-8 BOM', () => {
    const r = decodeDocumentBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Tête-à-tête')]), 'a.txt');
    assert.equal(r.text, 'Tête-à-tête');
  });

  it('decodes UTF-16LE and UTF-16BE with BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('Лавров met Kono', 'utf16le')]);
    assert.deepEqual([decodeDocumentBytes(le, 'x.txt').text, decodeDocumentBytes(le, 'x.txt').encoding], ['Лавров met Kono', 'utf-16le']);
    const beBody = Buffer.from('Kono', 'utf16le').swap16();
    const be = new Uint8Array([0xfe, 0xff, ...beBody]);
    assert.equal(decodeDocumentBytes(be, 'x.txt').text, 'Kono');
  });

  it('recognises UTF-16LE without BOM instead of calling it binary', () => {
    const r = decodeDocumentBytes(new Uint8Array(Buffer.from('The two ministers met in Tokyo.', 'utf16le')), 'x.txt');
    assert.equal(r.text, 'The two ministers met in Tokyo.');
  });

  it('falls back to windows-1252 for invalid UTF-8 ("café" in 1252 bytes) with an issue', () => {
    const r = decodeDocumentBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x78, 0x94]), 'menu.txt');
    assert.equal(r.text, 'café “x”');
    assert.equal(r.encoding, 'windows-1252');
    assert.deepEqual(r.issues.map((i) => i.code), ['encoding_fallback']);
  });

  it('honours <meta charset=windows-1251> in HTML', () => {
    const bytes = new Uint8Array([...utf8('<html><head><meta charset="windows-1251"></head><body><p>'), 0xcc, 0xe8, 0xed, 0xf1, 0xea, ...utf8('</p></body></html>')]);
    const r = decodeDocumentBytes(bytes, 'page.html');
    assert.equal(r.encoding, 'windows-1251');
    assert.ok(r.text.includes('Минск'));
  });

  it('honours http-equiv content-type charset', () => {
    const bytes = new Uint8Array([...utf8('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>caf'), 0xe9]);
    const r = decodeDocumentBytes(bytes, 'page.htm');
    assert.equal(r.encoding, 'windows-1252');
    assert.ok(r.text.endsWith('café'));
  });

  it('prefers valid multi-byte UTF-8 over a stale meta declaration, with an issue', () => {
    const r = decodeDocumentBytes(utf8('<meta charset="windows-1251"><p>Минск</p>'), 'page.html');
    assert.equal(r.encoding, 'utf-8');
    assert.ok(r.text.includes('Минск'));
    assert.deepEqual(r.issues.map((i) => i.code), ['encoding_mismatch']);
  });

  it('reports empty and whitespace-only input as an issue, not an error', () => {
    assert.deepEqual(decodeDocumentBytes(new Uint8Array(), 'e.txt').issues.map((i) => i.code), ['empty']);
    assert.deepEqual(decodeDocumentBytes(utf8(' \n\t\r\n'), 'e.txt').issues.map((i) => i.code), ['empty']);
  });

  it('throws InputError naming the file for binary input', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    assert.throws(() => decodeDocumentBytes(png, 'img.png'), (e: unknown) => e instanceof InputError && e.file === 'img.png' && e.message.startsWith('img.png: binary'));
  });

  it('throws on random bytes (deterministic generator)', () => {
    let seed = 42;
    const bytes = new Uint8Array(8192).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
    assert.throws(() => decodeDocumentBytes(bytes, 'noise.bin'), InputError);
  });
});

describe('loadDocument', () => {
  it('treats .txt as text and keeps the text exactly', () => {
    const d = loadDocument('a.txt', utf8('<p>not html</p> but a text file'));
    assert.equal(d.format, 'text');
    assert.equal(d.text, '<p>not html</p> but a text file');
    assert.equal(d.title, null);
  });

  it('sniffs HTML from stdin and cleans it', () => {
    const d = loadDocument('-', utf8("<!doctype html><title>Foreign Minister's Telephone Call - Ministry of Foreign Affairs</title><body><nav>Home News</nav><p>The ministers spoke by telephone on May 5.</p></body>"));
    assert.equal(d.format, 'html');
    assert.equal(d.text, 'The ministers spoke by telephone on May 5.');
    assert.equal(d.title, "Foreign Minister's Telephone Call");
  });

  it('adds an empty issue for HTML with no text', () => {
    const d = loadDocument('x.html', utf8('<html><head><script>var a = "<p>x</p>";</script></head><body><div><img src="a.png"></div></body></html>'));
    assert.equal(d.text, '');
    assert.deepEqual(d.issues.map((i) => i.code), ['empty']);
  });

  it('refuses input over the size limit with a message naming the file', () => {
    assert.throws(
      () => loadDocument('big.txt', new Uint8Array(2048), { maxBytes: 1024 }),
      (e: unknown) => e instanceof InputError && /^big\.txt: file too large \([\d.]+ MB > [\d.]+ MB\)$/.test(e.message),
    );
  });
});

describe('walkInputs', () => {
  it('walks directories recursively (sorted, only .txt/.html/.htm), reports missing paths, refuses files over 50 MB', async () => {
    const root = mkdtempSync(join(tmpdir(), 'readout-walk-'));
    try {
      mkdirSync(join(root, 'sub'));
      mkdirSync(join(root, '.hidden'));
      writeFileSync(join(root, 'b.txt'), 'b');
      writeFileSync(join(root, 'a.html'), '<p>a</p>');
      writeFileSync(join(root, 'sub', 'c.htm'), 'c');
      writeFileSync(join(root, 'notes.md'), 'skip');
      writeFileSync(join(root, '.hidden', 'd.txt'), 'skip');
      const big = join(root, 'huge.txt');
      const fd = openSync(big, 'w');
      ftruncateSync(fd, 50 * 1024 * 1024 + 1); // sparse: no 50 MB written to disk
      closeSync(fd);

      const items: (InputSource | InputFailure)[] = [];
      for await (const item of walkInputs([root, join(root, 'missing.txt'), join(root, 'notes.md')])) items.push(item);
      assert.deepEqual(items.map((i) => i.name), [
        join(root, 'a.html'), join(root, 'b.txt'), join(root, 'huge.txt'), join(root, 'sub', 'c.htm'), join(root, 'missing.txt'), join(root, 'notes.md'),
      ]);
      const huge = items[2]!;
      assert.ok('error' in huge && huge.error.message === `${big}: file too large (50.000001 MB > 50 MB)`, 'error' in huge ? huge.error.message : 'no error');
      const missing = items[4]!;
      assert.ok('error' in missing && missing.error.reason === 'no such file or directory');
      const first = items[0]!;
      assert.ok('read' in first);
      assert.equal(new TextDecoder().decode(await first.read()), '<p>a</p>');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reads stdin for "-"', async () => {
    async function* fakeStdin(): AsyncGenerator<Uint8Array> {
      yield utf8('On May 5, ');
      yield utf8('they met.');
    }
    const items: (InputSource | InputFailure)[] = [];
    for await (const item of walkInputs(['-'], { stdin: fakeStdin() })) items.push(item);
    assert.equal(items.length, 1);
    const only = items[0]!;
    assert.ok('read' in only);
    assert.equal(new TextDecoder().decode(await only.read()), 'On May 5, they met.');
  });
});
