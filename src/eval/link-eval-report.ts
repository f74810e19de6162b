/**
 * Formats a {@link LinkEvalSummary}: a readable table with the counts behind every rate and the errors listed, or JSON.
 */
import type { LinkEvalSummary, LinkListing, PairFigure } from './link-eval.ts';

const DECIMALS = 2;

/** The figures as a plain-text table, then the false and missed links. */
export function formatLinkEvalTable(summary: LinkEvalSummary): string {
  const lines = [
    `Readout link evaluation: ${summary.goldPath}${summary.linksPath === null ? ' (no links file: rule-derived same-meeting pairs only)' : ` + ${summary.linksPath}`}, ${summary.documents} documents` +
      (summary.failures.length > 0 ? `, ${summary.failures.length} extraction failure(s)` : ''),
    'Rules: same-meeting scored on document pairs (gold: same countries and mode, dates <= 1 day apart, plus explicit',
    '  pairs; closed transitively). Follow-ups scored on (plan, held meeting) links; a held document counts for every',
    '  document of the same gold meeting; "best" keeps one match per plan, "all" every accepted match.',
    '',
    `${'figure'.padEnd(22)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'F1'.padStart(8)}   counts`,
    row('same meeting', summary.sameMeeting),
    row('follow-ups (best)', summary.followUpsBest),
    row('follow-ups (all)', summary.followUpsAll),
  ];
  const section = (title: string, items: readonly LinkListing[]): void => {
    if (items.length === 0) return;
    lines.push('', `${title}:`);
    for (const item of items) lines.push(`  ${item.from}\n      -> ${item.to}  [${item.detail}]`);
  };
  section('Merged but different gold meetings', summary.errors.sameMeetingFalse);
  section('Same gold meeting, not merged', summary.errors.sameMeetingMissed);
  section('Follow-up links gold does not list (gold lists are not exhaustive: read them)', summary.errors.followUpFalse);
  section('Gold follow-ups not found', summary.errors.followUpMissed);
  if (summary.failures.length > 0) {
    lines.push('', 'Extraction failures:');
    for (const f of summary.failures) lines.push(`  ${f.id} (line ${f.line}): ${f.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The summary as indented JSON (rates as numbers or null). */
export function formatLinkEvalJson(summary: LinkEvalSummary): string {
  return JSON.stringify(summary, null, 2);
}

function rate(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(DECIMALS);
}

function row(label: string, f: PairFigure): string {
  return `${label.padEnd(22)}${rate(f.precision).padStart(10)}${rate(f.recall).padStart(10)}${rate(f.f1).padStart(8)}   ${f.truePositives} correct of ${f.predicted} predicted, ${f.gold} gold`;
}
