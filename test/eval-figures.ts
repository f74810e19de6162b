/**
 * The figures `readout eval` prints, by the labels the floor tests use, from one run over a gold file with the
 * extractor (the document's publisher and URL passed as an ingest would).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { extractWithPipeline, runEval } from '../src/eval/run-eval.ts';
import type { LinkEvalSummary } from '../src/eval/link-eval.ts';

/** A gold document's record, extracted with its publisher and URL as an ingest would pass them. */
export const extractGold = extractWithPipeline;

export async function evalFigures(goldPath: string): Promise<Record<string, number | null>> {
  const { figures: f, failures } = await runEval(goldPath, extractGold);
  assert.deepEqual(failures, [], 'no document may fail extraction');
  return {
    'published': f.fields.published.value,
    'meeting date': f.fields['meeting.date'].value,
    'meeting level': f.fields['meeting.level'].value,
    'meeting mode': f.fields['meeting.mode'].value,
    'meeting countries': f.fields['meeting.countries'].value,
    'meeting duration': f.fields['meeting.durationMinutes'].value,
    'meeting place': f.fields['meeting.place'].value,
    'meeting occasion': f.fields['meeting.occasion'].value,
    'participants F1': f.participants.f1,
    'participant country': f.participantCountry.value,
    'participant title': f.participantTitle.value,
    'topics F1': f.topics.f1,
    'planned events F1': f.plannedEvents.f1,
    'intervals exact': f.plannedIntervals.value,
    'past references F1': f.pastReferences.f1,
  };
}

/** The figures `readout eval-links` prints, by the labels the link floor tests use. */
export function linkFigures(s: LinkEvalSummary): Record<string, number | null> {
  return {
    'same-meeting precision': s.sameMeeting.precision,
    'same-meeting recall': s.sameMeeting.recall,
    'follow-ups best precision': s.followUpsBest.precision,
    'follow-ups best recall': s.followUpsBest.recall,
    'follow-ups all precision': s.followUpsAll.precision,
    'follow-ups all recall': s.followUpsAll.recall,
  };
}

/** The figures below their floors, as "label: measured < floor" lines (empty when none is). */
export function figuresBelow(measured: Record<string, number | null>, floors: Record<string, number>): string[] {
  return Object.entries(floors).filter(([label, floor]) => (measured[label] ?? 0) < floor - 1e-9).map(([label, floor]) => `${label}: ${measured[label]} < ${floor.toFixed(3)}`);
}

/**
 * The publishers of the given fixtures (paths under test/fixtures/) and of the corpus's dev.jsonl and links-dev.jsonl,
 * read when present beside the checkout (../shared/corpus): what an unseen set's publishers must not be.
 */
export function publishersBefore(fixtures: readonly string[]): Set<string> {
  const corpus = ['dev.jsonl', 'links-dev.jsonl'].map((f) => new URL(`../../shared/corpus/${f}`, import.meta.url).pathname).filter((f) => existsSync(f));
  const publishers = new Set<string>();
  for (const file of [...fixtures.map((f) => new URL(`./fixtures/${f}`, import.meta.url).pathname), ...corpus]) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const publisher = (JSON.parse(line) as { publisher?: string }).publisher;
      if (publisher !== undefined) publishers.add(publisher);
    }
  }
  return publishers;
}
