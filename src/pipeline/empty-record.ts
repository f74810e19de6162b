/**
 * The record for a document nothing could be extracted from (extraction failed, or the text is not a readout).
 */
import type { Issue, ReadoutRecord } from '../domain/record.ts';

/**
 * A record for `file` with no values: every field null or empty, `text` kept so offsets in `issues` still refer to
 * it, and `issues` saying why it is empty.
 */
export function emptyRecord(file: string, text: string, issues: readonly Issue[]): ReadoutRecord {
  return {
    file,
    title: null,
    publisher: null,
    published: null,
    meetings: [],
    topics: [],
    plannedEvents: [],
    pastReferences: [],
    terms: [],
    issues: [...issues],
    provenance: { title: null, publisher: null, published: null, topics: [] },
    text,
  };
}
