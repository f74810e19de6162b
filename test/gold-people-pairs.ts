/**
 * Shared by the unseen-publisher link tests: extracts every gold document, pairs each extracted participant with the
 * gold participant of its document sharing a name word, clusters the sightings as the linking module does, and counts
 * same-person pairs joined and apart, and different people joined.
 */
import { readFileSync } from 'node:fs';
import type { GoldMeeting } from '../src/eval/gold-reader.ts';
import { clusterPeople, nameParts, type PersonSighting } from '../src/linking/person-identity.ts';
import { extractRecord } from '../src/pipeline/extract.ts';

/** One line of a gold file as these tests read it. */
export interface GoldLine { readonly id: string; readonly text: string; readonly url: string | null; readonly publisher: string | null; readonly gold: { readonly meetings: readonly GoldMeeting[] } }

/** The lines of gold file `path`. */
export function readGoldLines(path: string): GoldLine[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as GoldLine);
}

/** Same-person pairs joined (`together`), same-person pairs apart (`apart`), different people joined (`wrong`). */
export async function goldPeoplePairs(lines: readonly GoldLine[]): Promise<{ together: number; apart: string[]; wrong: string[] }> {
  const sightings: PersonSighting[] = [];
  const goldOf = new Map<PersonSighting, string>();
  for (const line of lines) {
    const record = await extractRecord({ file: line.id, text: line.text, publisher: line.publisher, url: line.url });
    const gold = line.gold.meetings.flatMap((m) => m.participants);
    for (const m of record.meetings) {
      for (const p of m.participants) {
        const words = new Set(nameParts(p.name).words);
        const g = gold.find((x) => nameParts(x.name).words.some((w) => words.has(w)));
        if (g === undefined) continue;
        const sighting: PersonSighting = { name: p.name, country: p.country, title: p.title, date: m.date, docKey: line.id };
        sightings.push(sighting);
        goldOf.set(sighting, g.name);
      }
    }
  }
  const clusterOf = new Map<PersonSighting, number>();
  clusterPeople(sightings).forEach((c, i) => c.sightings.forEach((x) => clusterOf.set(x, i)));
  let together = 0;
  const apart: string[] = [];
  const wrong: string[] = [];
  for (let i = 0; i < sightings.length; i += 1) {
    for (let j = i + 1; j < sightings.length; j += 1) {
      const a = sightings[i]!;
      const b = sightings[j]!;
      const same = goldOf.get(a) === goldOf.get(b);
      const joined = clusterOf.get(a) === clusterOf.get(b);
      if (joined && !same) wrong.push(`${a.name} (${a.docKey}) + ${b.name} (${b.docKey})`);
      if (same && joined) together += 1;
      if (same && !joined) apart.push(`${a.name} (${a.docKey}, ${a.country}) / ${b.name} (${b.docKey}, ${b.country})`);
    }
  }
  return { together, apart, wrong };
}
