/**
 * Progress of a batch ingest on stderr, and the summary it ends with. On a terminal: one redrawn line with a bar
 * (cli-progress) while the batch runs, sized to the terminal. Elsewhere (CI logs, redirected output): a plain line now and then, never
 * control characters. Failures are printed as they happen in both cases, one line each, like `readout extract`.
 */
import cliProgress from 'cli-progress';
import {
  addIngestOutcome,
  emptyIngestSummary,
  type IngestOutcome,
  type IngestSummary,
} from '../app/ingest-outcome.ts';

/** The stream the display writes to: stderr, or a stand-in in tests. */
export type ProgressStream = NodeJS.WritableStream & { readonly isTTY?: boolean; readonly columns?: number };

/** Options for {@link createBatchProgress}. */
export interface BatchProgressOptions {
  /** Default `process.stderr`. */
  readonly stream?: ProgressStream;
  /** Number of inputs when known up front; null (default) shows a count without a bar until {@link BatchProgress.setTotal}. */
  readonly total?: number | null;
  /** Draw the bar; default: whether `stream` is a TTY. */
  readonly tty?: boolean;
  /** Without a TTY: least time between plain progress lines, ms; default 10,000; null for no progress lines. */
  readonly plainIntervalMs?: number | null;
  /** Print each failure when it happens, as `readout: INPUT: REASON`; default true. */
  readonly reportFailures?: boolean;
  /** Word the plain lines start with (the terminal line goes without); default `ingest`. */
  readonly label?: string;
  /** Clock in ms, for the plain lines' spacing and the elapsed time; default `Date.now`. */
  readonly now?: () => number;
}

/** A running progress display. Call {@link BatchProgress.stop} when the batch ends, also after an error. */
export interface BatchProgress {
  /** Inputs in the batch; null while unknown. */
  readonly total: number | null;
  /** Inputs finished so far. */
  readonly done: number;
  /** The tally so far (live; do not modify). */
  readonly summary: IngestSummary;
  /** Set or correct the number of inputs, e.g. once a directory is walked or a feed is expanded into its items. */
  setTotal(total: number | null): void;
  /** Count one finished input. */
  record(outcome: IngestOutcome): void;
  /** Print a message line (no trailing newline needed) without breaking the bar. */
  log(line: string): void;
  /** End the display (the bar's last state stays on screen); returns the final tally. Idempotent. */
  stop(): IngestSummary;
}

const DEFAULT_PLAIN_INTERVAL_MS = 10_000;

/** Start a progress display for a batch. */
export function createBatchProgress(options: BatchProgressOptions = {}): BatchProgress {
  const stream = options.stream ?? process.stderr;
  const label = options.label ?? 'ingest';
  const now = options.now ?? Date.now;
  const reportFailures = options.reportFailures ?? true;
  const startedAt = now();
  const summary = emptyIngestSummary();
  let total = options.total ?? null;
  let done = 0;
  let stopped = false;

  const tty = options.tty ?? stream.isTTY === true;
  const bars = tty ? startBar(stream, total, summary) : null;
  const plainInterval = options.plainIntervalMs === undefined ? DEFAULT_PLAIN_INTERVAL_MS : options.plainIntervalMs;
  let lastPlainLine = startedAt;

  const writeLine = (line: string): void => {
    if (bars !== null && !stopped) {
      bars.multi.log(`${line}\n`);
      bars.multi.update();
    } else {
      stream.write(`${line}\n`);
    }
  };
  const redraw = (): void => {
    bars?.bar.setTotal(total ?? 0);
    bars?.bar.update(done, { summary, known: total !== null });
  };

  return {
    get total() { return total; },
    get done() { return done; },
    summary,
    setTotal(next) {
      total = next;
      if (!stopped) redraw();
    },
    record(outcome) {
      addIngestOutcome(summary, outcome);
      done++;
      if (stopped) return;
      if (outcome.status === 'failed' && reportFailures) writeLine(`readout: ${describeFailure(outcome.input, outcome.reason, outcome.via)}`);
      if (bars !== null) {
        redraw();
      } else if (plainInterval !== null && now() - lastPlainLine >= plainInterval) {
        lastPlainLine = now();
        stream.write(`${formatProgressLine(label, summary, done, total, lastPlainLine - startedAt)}\n`);
      }
    },
    log(line) {
      writeLine(line);
    },
    stop() {
      if (!stopped) {
        if (bars !== null) {
          redraw();
          bars.multi.stop();
        }
        stopped = true;
      }
      return summary;
    },
  };
}

/**
 * One plain progress line: `ingest: 120/500 (24%), 100 added, 5 updated, 10 unchanged, 5 failed, 42 s`.
 * With an unknown total: `ingest: 120 done, ...`.
 */
export function formatProgressLine(label: string, summary: IngestSummary, done: number, total: number | null, elapsedMs: number): string {
  const position = total === null || total <= 0
    ? `${done} done`
    : `${done}/${total} (${Math.floor((Math.min(done, total) / total) * 100)}%)`;
  return `${label}: ${position}, ${formatCounts(summary)}, ${formatDuration(elapsedMs / 1000)}`;
}

/** Options for {@link formatIngestSummary}. */
export interface SummaryFormatOptions {
  /** Word the summary starts with; default `ingest`. */
  readonly label?: string;
  /** Batch duration, shown when given. */
  readonly elapsedMs?: number;
}

/**
 * The end-of-batch summary for a person, several lines without a trailing newline:
 *
 * ```
 * ingest: 12 inputs in 3.2 s: 8 added, 1 updated (new version), 2 unchanged, 1 failed
 * failed:
 *   https://example.org/a: HTTP 404 Not Found
 *   https://example.org/b: timed out after 20 s (from https://example.org/rss)
 * ```
 */
export function formatIngestSummary(summary: IngestSummary, options: SummaryFormatOptions = {}): string {
  const label = options.label ?? 'ingest';
  const count = summary.added + summary.updated + summary.unchanged + summary.failed;
  const took = options.elapsedMs === undefined ? '' : ` in ${formatDuration(options.elapsedMs / 1000)}`;
  if (count === 0) return `${label}: no inputs${took}`;
  const lines = [
    `${label}: ${count} ${count === 1 ? 'input' : 'inputs'}${took}: ${summary.added} added, ${summary.updated} updated (new version), ` +
    `${summary.unchanged} unchanged, ${summary.failed} failed`,
  ];
  if (summary.failures.length > 0) {
    lines.push('failed:');
    for (const f of summary.failures) lines.push(`  ${describeFailure(f.input, f.reason, f.via)}`);
  }
  return lines.join('\n');
}

function describeFailure(input: string, reason: string, via: string | undefined): string {
  return `${input}: ${reason}${via === undefined ? '' : ` (from ${via})`}`;
}

function formatCounts(s: IngestSummary): string {
  return `${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed`;
}

/** `0.4 s`, `42 s`, `3 min 05 s`, `1 h 02 min`. */
function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  if (seconds < 10) return `${(Math.round(seconds * 10) / 10).toFixed(1)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const whole = Math.round(seconds);
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
  return `${Math.floor(whole / 3600)} h ${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')} min`;
}

interface BarPayload {
  readonly summary: IngestSummary;
  readonly known: boolean;
}

const MIN_BAR = 8;
const MAX_BAR = 30;

/**
 * The live line: `[████░░░░] 120/500 | 100 added, 5 updated, 10 unchanged, 5 failed | ETA 42 s`, the bar as wide
 * as the terminal allows (a percentage instead when under 8 cells would fit); `120 done | ... | 42 s` while the
 * total is unknown. cli-progress trims whatever still overflows.
 */
const barLine: cliProgress.GenericFormatter = (options, params, payload: BarPayload) => {
  const counts = formatCounts(payload.summary);
  if (!payload.known) return `${params.value} done | ${counts} | ${formatDuration((Date.now() - params.startTime) / 1000)}`;
  const eta = params.value >= params.total ? '' : ` | ETA ${params.eta > 0 ? formatDuration(params.eta) : '?'}`;
  const rest = ` ${params.value}/${params.total} | ${counts}${eta}`;
  const progress = Math.min(Math.max(params.progress, 0), 1);
  const room = Math.min(MAX_BAR, (params.maxWidth || 80) - rest.length - 3);
  if (room < MIN_BAR) return `${Math.floor(progress * 100)}%${rest}`;
  const filled = Math.round(progress * room);
  return `[${(options.barCompleteChar ?? '#').repeat(filled)}${(options.barIncompleteChar ?? '-').repeat(room - filled)}]${rest}`;
};

function startBar(stream: ProgressStream, total: number | null, summary: IngestSummary): { multi: cliProgress.MultiBar; bar: cliProgress.SingleBar } {
  const multi = new cliProgress.MultiBar({
    stream,
    format: barLine,
    barCompleteChar: '\u2588',
    barIncompleteChar: '\u2591',
    // keep the terminal's own settings: no cursor hiding, no wrap switching, no SIGINT handler of the library's
    hideCursor: false,
    linewrap: true,
    gracefulExit: false,
    etaBuffer: 50,
  });
  const payload: BarPayload = { summary, known: total !== null };
  const bar = multi.create(total ?? 0, 0, payload);
  return { multi, bar };
}
