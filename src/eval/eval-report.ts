/**
 * Formats an {@link EvalSummary}: a plain-text table of the figures (with the counts behind each), a per-document
 * listing of differences, and a machine-readable JSON form.
 */
import type { EvalSummary } from './run-eval.ts';
import { OCCASION_JACCARD, TOPIC_JACCARD } from './scorer.ts';
import type { AccuracyField, AccuracyFigure, DiffValue, Difference, DocumentScore, MatchFigure } from './scorer.ts';

/** Number of decimals printed for every rate. */
const DECIMALS = 2;
const LABEL_WIDTH = 20;

const FIELD_LABELS: Readonly<Record<AccuracyField, string>> = {
  published: 'published',
  'meeting.date': 'meeting date',
  'meeting.level': 'meeting level',
  'meeting.mode': 'meeting mode',
  'meeting.countries': 'meeting countries',
  'meeting.durationMinutes': 'meeting duration',
  'meeting.place': 'meeting place',
  'meeting.occasion': 'meeting occasion',
};

/** The matching rules every figure depends on, one sentence each (printed in the header and included in the JSON). */
export const MATCHING_RULES: readonly string[] = [
  'Accuracies are per document. Meeting fields compare the primary (first) meeting only; a document with no gold ' +
    'meeting is correct on every meeting field if none is predicted, wrong on every one if one is.',
  'published, date, level, mode, duration: exact. countries: exact set. place: exact after folding case, accents, ' +
    'quotes, punctuation and a leading "the".',
  `occasion (LENIENT): equal after the same folding, OR word-set Jaccard >= ${OCCASION_JACCARD.toFixed(DECIMALS)}, ` +
    'because occasion names vary in wording.',
  'participants (primary meeting): names match on a shared name token (case/accents folded, order ignored, initials ' +
    'ignored); country (exact) and title (folded exact) are scored over matched pairs.',
  `topics (LENIENT): word-set Jaccard >= ${TOPIC_JACCARD.toFixed(DECIMALS)}, or one topic contains the other as whole words.`,
  'planned events, past references: evidence spans overlap in the text (gold located at its first occurrence). ' +
    '"intervals exact" = start and end both equal gold, over matched events.',
  'All matching is one-to-one, greedy by similarity (name overlap, topic overlap, span overlap).',
];

/** The figures as a table: a header with the corpus, failures and matching rules, then one line per figure. */
export function formatEvalTable(summary: EvalSummary): string {
  const { figures } = summary;
  const lines = [
    `Readout evaluation: ${summary.goldPath}, ${figures.documents} documents` +
      (summary.failures.length > 0
        ? `, ${summary.failures.length} extraction failure${summary.failures.length === 1 ? '' : 's'} (scored as empty records)`
        : ''),
    'Matching rules:',
    ...MATCHING_RULES.map((rule) => `  - ${rule}`),
    '',
  ];
  for (const [field, label] of Object.entries(FIELD_LABELS) as [AccuracyField, string][]) {
    lines.push(accuracyLine(label, figures.fields[field], 'docs'));
  }
  lines.push(
    matchLine('participants', figures.participants),
    accuracyLine('  country', figures.participantCountry, 'matched'),
    accuracyLine('  title', figures.participantTitle, 'matched'),
    matchLine('topics', figures.topics),
    matchLine('planned events', figures.plannedEvents),
    accuracyLine('  intervals exact', figures.plannedIntervals, 'matched'),
    accuracyLine('  kind', figures.plannedKind, 'matched'),
    matchLine('past references', figures.pastReferences),
  );
  if (summary.failures.length > 0) {
    lines.push('', 'Extraction failures:');
    for (const failure of summary.failures) lines.push(`  ${failure.id} (line ${failure.line}): ${failure.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The per-document differences: for each document that differs from gold, its fields that differ (expected vs got)
 * and its unmatched gold/predicted items; then how many documents had no difference. Empty string when the summary
 * was produced without `docs`.
 */
export function formatDocDiffs(summary: EvalSummary): string {
  if (summary.docs === null) return '';
  const failed = new Map(summary.failures.map((f) => [f.id, f.message]));
  const lines: string[] = [];
  let clean = 0;
  for (const doc of summary.docs) {
    const failure = failed.get(doc.id);
    if (doc.differences.length === 0 && failure === undefined) {
      clean += 1;
      continue;
    }
    lines.push(`== ${doc.id}`);
    if (failure !== undefined) lines.push(`  extraction failed: ${failure}`);
    for (const difference of doc.differences) lines.push(`  ${formatDifference(difference)}`);
  }
  lines.push(`${clean} of ${summary.docs.length} documents have no differences`);
  return `${lines.join('\n')}\n`;
}

/** One difference as a line: `meeting.date: expected 2017-09-18, got 2017-09-19`, `missing plannedEvent: "..."`. */
export function formatDifference(difference: Difference): string {
  switch (difference.kind) {
    case 'field': {
      const subject = difference.subject === null ? '' : ` [${difference.subject}]`;
      return `${difference.field}${subject}: expected ${formatValue(difference.expected)}, got ${formatValue(difference.got)}`;
    }
    case 'missing':
      return `missing ${difference.section}: ${JSON.stringify(difference.text)}${difference.note === null ? '' : ` (${difference.note})`}`;
    case 'extra':
      return `extra ${difference.section}: ${JSON.stringify(difference.text)}`;
  }
}

/** The machine-readable form of a summary. Rates are unrounded; null means "nothing to compare". */
export interface EvalReportJson {
  readonly goldPath: string;
  readonly rules: { readonly occasionJaccard: number; readonly topicJaccard: number; readonly description: readonly string[] };
  readonly figures: EvalSummary['figures'];
  readonly failures: EvalSummary['failures'];
  readonly docs: readonly DocumentScore[] | null;
}

/** The summary as a JSON-serialisable object (see {@link EvalReportJson}). */
export function toEvalReportJson(summary: EvalSummary): EvalReportJson {
  return {
    goldPath: summary.goldPath,
    rules: { occasionJaccard: OCCASION_JACCARD, topicJaccard: TOPIC_JACCARD, description: MATCHING_RULES },
    figures: summary.figures,
    failures: summary.failures,
    docs: summary.docs,
  };
}

/** {@link toEvalReportJson} serialised with two-space indentation. */
export function formatEvalJson(summary: EvalSummary): string {
  return `${JSON.stringify(toEvalReportJson(summary), null, 2)}\n`;
}

function accuracyLine(label: string, figure: AccuracyFigure, unit: string): string {
  return `${label.padEnd(LABEL_WIDTH)} ${rate(figure.value)} (${figure.correct}/${figure.total} ${unit})`;
}

function matchLine(label: string, figure: MatchFigure): string {
  return (
    `${label.padEnd(LABEL_WIDTH)} P ${rate(figure.precision)} R ${rate(figure.recall)} F1 ${rate(figure.f1)}` +
    ` (tp ${figure.tp} fp ${figure.fp} fn ${figure.fn})`
  );
}

function rate(value: number | null): string {
  return value === null ? 'n/a'.padStart(DECIMALS + 2) : value.toFixed(DECIMALS);
}

function formatValue(value: DiffValue): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  return `[${value.join(', ')}]`;
}
