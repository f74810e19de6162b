/**
 * The figures `readout eval` prints, by the labels the floor tests use, from one run over a gold file with the
 * extractor (the document's publisher and URL passed as an ingest would).
 */
import assert from 'node:assert/strict';
import { runEval } from '../src/eval/run-eval.ts';
import { extractRecord } from '../src/pipeline/extract.ts';

export async function evalFigures(goldPath: string): Promise<Record<string, number | null>> {
  const { figures: f, failures } = await runEval(goldPath, (doc) => extractRecord({ file: doc.file, text: doc.text, publisher: doc.publisher ?? null, url: doc.url ?? null }));
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
