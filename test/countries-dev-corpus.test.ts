/**
 * Recall of the gazetteer stages on the dev corpus: every country of every gold meeting should be named somewhere
 * in the text, and every gold place should be found as a place. (Choosing the meeting's countries is not this
 * stage's job; this checks only that the mentions are there.) Misses are printed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findCountries } from '../src/stages/countries/country-finder.ts';
import { findPlaces } from '../src/stages/places/place-finder.ts';

interface GoldMeeting {
  readonly countries: readonly string[];
  readonly place: string | null;
}

interface DevDoc {
  readonly id: string;
  readonly text: string;
  readonly gold: { readonly meetings: readonly GoldMeeting[] };
}

const CORPUS = new URL('../../shared/corpus/dev.jsonl', import.meta.url);

function loadDocs(): DevDoc[] {
  return readFileSync(CORPUS, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as DevDoc);
}

/**
 * Gold countries the text never names: the U.S. Department of State readout of a call with China says only
 * "Chinese ... Minister" and "Deputy Secretary of State"; its own side is implied by the publisher.
 */
const IMPLIED_BY_PUBLISHER: ReadonlyMap<string, readonly string[]> = new Map([['state-us-cn-2025-05-22', ['US']]]);

describe('countries and places on the dev corpus', () => {
  const docs = loadDocs();

  it('finds every gold meeting country in the text', () => {
    let wanted = 0;
    let found = 0;
    const misses: string[] = [];
    for (const doc of docs) {
      const codes = new Set(findCountries(doc.text).map((m) => m.code));
      const implied = IMPLIED_BY_PUBLISHER.get(doc.id) ?? [];
      for (const meeting of doc.gold.meetings) {
        for (const code of meeting.countries) {
          wanted++;
          if (codes.has(code)) found++;
          else if (!implied.includes(code)) misses.push(`${doc.id}: ${code}`);
        }
      }
    }
    console.log(`country recall ${found}/${wanted} (${((100 * found) / wanted).toFixed(1)}%)${misses.length ? `; misses: ${misses.join(', ')}` : ''}`);
    assert.deepEqual(misses, []);
  });

  it('finds every gold meeting place as a place', () => {
    let wanted = 0;
    const misses: string[] = [];
    for (const doc of docs) {
      const names = new Set(findPlaces(doc.text).map((m) => m.name));
      for (const meeting of doc.gold.meetings) {
        if (meeting.place === null) continue;
        wanted++;
        if (!names.has(meeting.place)) misses.push(`${doc.id}: ${meeting.place}`);
      }
    }
    console.log(`place recall ${wanted - misses.length}/${wanted}${misses.length ? `; misses: ${misses.join(', ')}` : ''}`);
    assert.deepEqual(misses, []);
  });

  it('scans 2 KB of readout text fast (CPU time, best of 5 rounds)', () => {
    const texts = docs.map((d) => d.text);
    const chars = texts.reduce((sum, t) => sum + t.length, 0);
    for (let warm = 0; warm < 20; warm++) for (const t of texts) { findCountries(t); findPlaces(t); }
    let best = Infinity;
    for (let round = 0; round < 5; round++) {
      const before = process.cpuUsage();
      for (let repeat = 0; repeat < 10; repeat++) for (const t of texts) { findCountries(t); findPlaces(t); }
      const used = process.cpuUsage(before);
      best = Math.min(best, ((used.user + used.system) / (chars * 10)) * 2048);
    }
    console.log(`countries+places: ${best.toFixed(1)} µs CPU per 2 KB`);
    // Typically 20-50 µs; the bound leaves room for a CI machine running other test files at the same time.
    assert.ok(best < 200, `${best} µs per 2 KB`);
  });
});
