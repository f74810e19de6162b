import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { createBatchProgress, formatIngestSummary, formatProgressLine } from '../src/cli/batch-progress.ts';
import { emptyIngestSummary, summarizeIngestOutcomes, type IngestOutcome } from '../src/app/ingest-outcome.ts';

/** A stderr stand-in that keeps what was written. */
class CapturedStream extends Writable {
  readonly chunks: string[] = [];
  constructor(readonly isTTY: boolean, readonly columns = 120) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.chunks.push(String(chunk));
    callback();
  }
  get text(): string {
    return this.chunks.join('');
  }
}

const ANSI = /\u001b(?:\[[0-9;?]*[A-Za-z]|[78])/g;

/** What a terminal shows last: the text after the final cursor movement (each redraw overwrites the line). */
function lastDrawn(text: string): string {
  return text.split(ANSI).map((s) => s.trim()).filter((s) => s !== '').at(-1) ?? '';
}

/** Share of the bar drawn as done, e.g. 0.25. */
function barFill(line: string): number {
  const bar = /\[(█*)(░*)\]/.exec(line);
  assert.ok(bar !== null, `a bar in "${line}"`);
  return bar[1]!.length / (bar[1]!.length + bar[2]!.length);
}

const OUTCOMES: IngestOutcome[] = [
  { input: 'samples/mofa-jp-ru-2017-09-18.txt', status: 'added', documentId: 1 },
  { input: 'https://www.mofa.go.jp/erp/rss/page4e_000682.html', status: 'updated', documentId: 2, via: 'https://www.mofa.go.jp/rss/press.xml' },
  { input: 'samples/other.html', status: 'unchanged', documentId: 3 },
  { input: 'https://www.mofa.go.jp/erp/rss/page1e_000200.html', status: 'failed', reason: 'HTTP 404 Not Found', via: 'https://www.mofa.go.jp/rss/press.xml' },
  { input: 'scans/page.html', status: 'failed', reason: 'binary file (not a text or HTML document)' },
  { input: 'samples/third.txt', status: 'added', documentId: 4 },
];

describe('ingest outcome tally', () => {
  it('counts by status and keeps failures in order', () => {
    assert.deepEqual(summarizeIngestOutcomes(OUTCOMES), {
      added: 2,
      updated: 1,
      unchanged: 1,
      failed: 2,
      failures: [
        { input: 'https://www.mofa.go.jp/erp/rss/page1e_000200.html', reason: 'HTTP 404 Not Found', via: 'https://www.mofa.go.jp/rss/press.xml' },
        { input: 'scans/page.html', reason: 'binary file (not a text or HTML document)' },
      ],
    });
  });
});

describe('formatIngestSummary', () => {
  it('gives the counts, then each failure with its input and reason', () => {
    assert.equal(formatIngestSummary(summarizeIngestOutcomes(OUTCOMES), { elapsedMs: 3240 }), [
      'ingest: 6 inputs in 3.2 s: 2 added, 1 updated (new version), 1 unchanged, 2 failed',
      'failed:',
      '  https://www.mofa.go.jp/erp/rss/page1e_000200.html: HTTP 404 Not Found (from https://www.mofa.go.jp/rss/press.xml)',
      '  scans/page.html: binary file (not a text or HTML document)',
    ].join('\n'));
  });

  it('has no failure list when nothing failed, a singular, and an empty batch', () => {
    assert.equal(formatIngestSummary(summarizeIngestOutcomes([OUTCOMES[0]!])),
      'ingest: 1 input: 1 added, 0 updated (new version), 0 unchanged, 0 failed');
    assert.equal(formatIngestSummary(emptyIngestSummary(), { label: 'reprocess' }), 'reprocess: no inputs');
  });
});

describe('formatProgressLine', () => {
  const summary = summarizeIngestOutcomes(OUTCOMES);
  it('known and unknown totals, durations', () => {
    assert.equal(formatProgressLine('ingest', summary, 6, 25, 42_400), 'ingest: 6/25 (24%), 2 added, 1 updated, 1 unchanged, 2 failed, 42 s');
    assert.equal(formatProgressLine('ingest', summary, 6, null, 185_000), 'ingest: 6 done, 2 added, 1 updated, 1 unchanged, 2 failed, 3 min 05 s');
    assert.equal(formatProgressLine('ingest', summary, 6, 6, 3_725_000), 'ingest: 6/6 (100%), 2 added, 1 updated, 1 unchanged, 2 failed, 1 h 02 min');
  });
});

describe('createBatchProgress without a TTY (CI logs)', () => {
  it('writes failures at once and a plain progress line at most every interval, never control characters', () => {
    const stream = new CapturedStream(false);
    let clock = 1_000_000;
    const progress = createBatchProgress({ stream, total: 6, plainIntervalMs: 10_000, now: () => clock });
    const steps = [2_000, 9_000, 1_000, 500, 12_000, 100];
    OUTCOMES.forEach((outcome, i) => {
      clock += steps[i]!;
      progress.record(outcome);
    });
    const summary = progress.stop();
    assert.equal(progress.done, 6);
    assert.equal(summary.failed, 2);
    assert.deepEqual(stream.text.split('\n'), [
      'ingest: 2/6 (33%), 1 added, 1 updated, 0 unchanged, 0 failed, 11 s',
      'readout: https://www.mofa.go.jp/erp/rss/page1e_000200.html: HTTP 404 Not Found (from https://www.mofa.go.jp/rss/press.xml)',
      'readout: scans/page.html: binary file (not a text or HTML document)',
      'ingest: 5/6 (83%), 1 added, 1 updated, 1 unchanged, 2 failed, 25 s',
      '',
    ]);
    assert.doesNotMatch(stream.text, ANSI);
  });

  it('can be silent: no progress lines, no failure lines', () => {
    const stream = new CapturedStream(false);
    let clock = 0;
    const progress = createBatchProgress({ stream, plainIntervalMs: null, reportFailures: false, now: () => (clock += 60_000) });
    for (const outcome of OUTCOMES) progress.record(outcome);
    progress.log('a note for the user');
    assert.deepEqual(progress.stop().failures.map((f) => f.input), ['https://www.mofa.go.jp/erp/rss/page1e_000200.html', 'scans/page.html']);
    assert.equal(stream.text, 'a note for the user\n');
  });
});

describe('createBatchProgress on a TTY', () => {
  it('draws a bar with the counts and prints failures and messages above it', () => {
    const stream = new CapturedStream(true);
    const progress = createBatchProgress({ stream, total: 4 });
    progress.record(OUTCOMES[0]!);
    progress.record(OUTCOMES[4]!);
    progress.log('fetching feed https://www.mofa.go.jp/rss/press.xml');
    progress.setTotal(6);
    progress.record(OUTCOMES[1]!);
    progress.stop();
    progress.stop();
    const screen = stream.text.replace(ANSI, '');
    assert.match(screen, /readout: scans\/page\.html: binary file \(not a text or HTML document\)\n/);
    assert.match(screen, /fetching feed https:\/\/www\.mofa\.go\.jp\/rss\/press\.xml\n/);
    assert.match(screen, /\[█{15}░{15}\] 2\/4 \| 1 added, 0 updated, 0 unchanged, 1 failed \| ETA /);
    const last = lastDrawn(stream.text);
    assert.match(last, /^\[█+░+\] 3\/6 \| 1 added, 1 updated, 0 unchanged, 1 failed \| ETA /);
    assert.equal(barFill(last), 0.5);
  });

  it('fits an 80-column terminal: a narrower bar, then a percentage instead of the bar', () => {
    const wide = new CapturedStream(true, 80);
    const p80 = createBatchProgress({ stream: wide, total: 40 });
    for (let i = 0; i < 10; i++) p80.record(OUTCOMES[0]!);
    p80.stop();
    const last80 = lastDrawn(wide.text);
    assert.ok(last80.length <= 80, last80);
    assert.match(last80, /^\[█+░+\] 10\/40 \| 10 added, 0 updated, 0 unchanged, 0 failed \| ETA /);
    assert.ok(Math.abs(barFill(last80) - 0.25) < 0.05, last80);
    const narrow = new CapturedStream(true, 60);
    const p60 = createBatchProgress({ stream: narrow, total: 40 });
    for (let i = 0; i < 10; i++) p60.record(OUTCOMES[0]!);
    p60.stop();
    assert.match(narrow.text.replace(ANSI, ''), /25% 10\/40 \| 10 added, 0 updated, 0 unchanged, 0 failed/);
  });

  it('shows a count without a bar while the total is unknown, and trims to the terminal width', () => {
    const stream = new CapturedStream(true, 40);
    const progress = createBatchProgress({ stream });
    progress.record(OUTCOMES[0]!);
    progress.record(OUTCOMES[2]!);
    progress.stop();
    const drawn = stream.text.split(ANSI).map((l) => l.trim()).filter((l) => l !== '');
    assert.ok(drawn.length > 0);
    for (const line of drawn) assert.ok(line.length <= 40, `fits the terminal: "${line}"`);
    assert.equal(lastDrawn(stream.text), '2 done | 1 added, 0 updated, 1 unchanged');
  });
});
