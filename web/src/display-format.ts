/**
 * How values read on screen: country names for codes, level and mode words, dates and intervals. ISO dates are
 * shown as written (YYYY-MM-DD) so an analyst can compare them with exports; the source's own words go beside them.
 */
import type { Level, Mode, SourceView } from './api-client.ts';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
const ORGANISATIONS: Readonly<Record<string, string>> = {
  EU: 'European Union', UN: 'United Nations', ASEAN: 'ASEAN', NATO: 'NATO', AU: 'African Union', G7: 'G7', G20: 'G20',
};

/** The English name of a country or organisation code ("JP" -> "Japan"); the code itself when unknown. */
export function countryName(code: string): string {
  const org = ORGANISATIONS[code];
  if (org !== undefined) return org;
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "JP-RU" -> "Japan – Russia". */
export function dyadName(dyad: string): string {
  return dyad.split('-').map(countryName).join(' – ');
}

const LEVEL_WORDS: Readonly<Record<Level, string>> = {
  leader: 'Leaders',
  'foreign-minister': 'Foreign ministers',
  minister: 'Ministers',
  'vice-minister': 'Vice ministers',
  'senior-official': 'Senior officials',
  other: 'Other',
};

/** Every level in rank order (the order charts stack them in). */
export const LEVEL_ORDER: readonly Level[] = ['leader', 'foreign-minister', 'minister', 'vice-minister', 'senior-official', 'other'];

export function levelName(level: Level | null): string {
  return level === null ? 'Level unknown' : (LEVEL_WORDS[level] ?? level);
}

const MODE_WORDS: Readonly<Record<Mode, string>> = { 'in-person': 'In person', telephone: 'Telephone', video: 'Video call' };

export function modeName(mode: Mode): string {
  return MODE_WORDS[mode] ?? mode;
}

/** An ISO interval as one label: "2017-10-01 – 2017-10-10", "2017-11-01", "from 2018-01-01", or "no date". */
export function intervalLabel(start: string | null, end: string | null): string {
  if (start === null && end === null) return 'no date';
  if (start === null) return `by ${end ?? ''}`;
  if (end === null) return `from ${start}`;
  return start === end ? start : `${start} – ${end}`;
}

/** How to name a source: its publisher and published date, else its file name or URL. */
export function sourceName(source: SourceView): string {
  const where = source.publisher ?? hostOrFile(source);
  return source.published === null ? where : `${where}, ${source.published}`;
}

/** The URL's host, or the file's base name. */
export function hostOrFile(source: Pick<SourceView, 'url' | 'file'>): string {
  if (source.url !== null) {
    try {
      return new URL(source.url).host;
    } catch {
      return source.url;
    }
  }
  if (source.file !== null) return source.file.split(/[\\/]/).pop() ?? source.file;
  return 'unknown source';
}

/** A field's value as text (lists joined, minutes with a unit, null as an em dash). */
export function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map((v) => (field === 'countries' ? `${countryName(String(v))}` : String(v))).join(', ');
  if (field === 'durationMinutes' && typeof value === 'number') return `${value} min`;
  if (field === 'level') return levelName(value as Level);
  if (field === 'mode') return modeName(value as Mode);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Field names as headings. */
export function fieldLabel(field: string): string {
  const labels: Record<string, string> = {
    date: 'Date', level: 'Level', mode: 'Mode', countries: 'Countries', place: 'Place', occasion: 'Occasion',
    durationMinutes: 'Duration', ordinal: 'Ordinal', participants: 'Participants', topics: 'Topics', plans: 'Announced plans',
  };
  return labels[field] ?? field;
}

/** Today's date (UTC) as ISO. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
