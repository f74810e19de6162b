/**
 * What the jobs of each queue carry, as zod schemas (the data crosses processes and machines, so a worker validates
 * it like any other input) and the types derived from them.
 */
import { z } from 'zod';

/** Largest document carried inside a job by default: 8 MB (base64 in the job adds a third). */
export const DEFAULT_MAX_JOB_DOCUMENT_BYTES = 8 * 1024 * 1024;

/** A document read by the enqueuer (a file, or stdin), carried whole: workers may run on machines without the file. */
export const ExtractJobSchema = z.object({
  /** The name in messages and outcomes: the path as given, or `-`. */
  input: z.string().min(1),
  /** Identity across versions, as inline ingest computes it (the absolute path on the enqueuer); null for stdin. */
  sourceKey: z.string().nullable(),
  /** The stored `file` (the absolute path, or `-`). */
  file: z.string().nullable(),
  /** The document's bytes, base64. */
  content: z.string(),
  publisher: z.string().nullable(),
  /** The directory or feed file it was found through. */
  via: z.string().optional(),
});
export type ExtractJob = z.infer<typeof ExtractJobSchema>;

/** A URL to fetch on the worker: a page, or (when `expandFeed`) possibly a feed whose items become fetch jobs. */
export const FetchJobSchema = z.object({
  url: z.string().regex(/^https?:\/\//i, 'expected an http(s) URL'),
  /** Given directly (a feed is expanded) rather than found in a feed (always a page). */
  expandFeed: z.boolean(),
  publisher: z.string().nullable(),
  /** Fetch loopback and private addresses (tests, intranet mirrors). */
  allowPrivate: z.boolean(),
  /** Metadata from the feed item, when the URL came from a feed. */
  title: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
  feedPublisher: z.string().nullable().optional(),
  via: z.string().optional(),
  /** Item jobs of a feed carry a singleton window of this many seconds (see `watch --every`). */
  itemWindowSeconds: z.number().int().positive().optional(),
});
export type FetchJob = z.infer<typeof FetchJobSchema>;
