/**
 * The watch use case: poll feeds on a schedule through the job queue. Every `every` seconds a fetch job is sent per
 * feed, keyed by the feed and the time window (pg-boss singleton: one job per key per window of `every` seconds,
 * windows aligned on the clock), so several watchers of the same feeds send one poll between them; workers fetch the
 * feed, queue its items (again one per item URL per window) and ingest what is new — content already stored answers
 * `unchanged`.
 */
import type { FetchJob } from '../queue/job-payloads.ts';
import { FETCH_QUEUE, type JobQueue } from '../queue/job-queue.ts';

/** Longest poll interval: pg-boss keeps singleton windows for at most its archive interval (12 hours). */
export const MAX_WATCH_INTERVAL_SECONDS = 12 * 3600;

/** Options of {@link startFeedWatch}. */
export interface FeedWatchOptions {
  /** Seconds between polls of each feed (at least 60, at most {@link MAX_WATCH_INTERVAL_SECONDS}). */
  readonly everySeconds: number;
  readonly publisher?: string | null;
  readonly allowPrivate?: boolean;
  /** Called after each round of sends: how many feeds were queued now, and how many another watcher had queued already. */
  readonly onRound?: (round: { readonly queued: number; readonly alreadyQueued: number; readonly at: Date }) => void;
  /** Called when a round could not be sent (the next round tries again). */
  readonly onTrouble?: (message: string) => void;
}

/** A running watch. */
export interface FeedWatch {
  /** Stops the timer (jobs already sent stay queued). */
  stop(): void;
}

/** Sends a poll of every feed now, then every `everySeconds`. */
export function startFeedWatch(queue: JobQueue, feeds: readonly string[], options: FeedWatchOptions): FeedWatch {
  const round = async (): Promise<void> => {
    let queued = 0;
    let alreadyQueued = 0;
    try {
      for (const feed of feeds) {
        const job: FetchJob = {
          url: feed, expandFeed: true, publisher: options.publisher ?? null, allowPrivate: options.allowPrivate === true,
          itemWindowSeconds: options.everySeconds,
        };
        const id = await queue.send({ queue: FETCH_QUEUE, data: job, singletonKey: `feed:${feed}`, singletonSeconds: options.everySeconds });
        if (id === null) alreadyQueued++;
        else queued++;
      }
      options.onRound?.({ queued, alreadyQueued, at: new Date() });
    } catch (error) {
      options.onTrouble?.(`could not queue the feeds: ${error instanceof Error ? error.message : String(error)}; trying again at the next round`);
    }
  };
  let running = round();
  const timer = setInterval(() => { running = running.then(round); }, options.everySeconds * 1000);
  return { stop: () => clearInterval(timer) };
}
