/**
 * The benchmark corpus generator: 'template' mode is unchanged byte for byte, and 'spread' mode rewrites countries so
 * that the extractor reads back the mapped countries, no source country is left behind, and the dyads spread out, with
 * officials of each country's own.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { generateReadouts, type GenerateOptions, type SyntheticReadout } from '../bench/synthetic-readouts.ts';
import type { ReadoutRecord } from '../src/domain/record.ts';
import { extractRecord } from '../src/pipeline/extract.ts';
import { findCountries, isOrganisationCode } from '../src/stages/countries/country-finder.ts';

const templatePath = fileURLToPath(new URL('../../shared/corpus/dev.jsonl', import.meta.url));
const COUNT = 300;

async function generate(options: Omit<GenerateOptions, 'templatePath'>): Promise<SyntheticReadout[]> {
  const out: SyntheticReadout[] = [];
  for await (const readout of generateReadouts({ templatePath, ...options })) out.push(readout);
  return out;
}

function countrySets(records: readonly ReadoutRecord[]): Map<string, number> {
  const sets = new Map<string, number>();
  for (const record of records) {
    for (const meeting of record.meetings) {
      const key = meeting.countries.join(',');
      sets.set(key, (sets.get(key) ?? 0) + 1);
    }
  }
  return sets;
}

describe('synthetic readouts', () => {
  let template: SyntheticReadout[] = [];
  let spread: SyntheticReadout[] = [];
  let templateRecords: ReadoutRecord[] = [];
  let spreadRecords: ReadoutRecord[] = [];
  before(async () => {
    template = await generate({ count: COUNT, seed: 7 });
    spread = await generate({ count: COUNT, seed: 7, countries: 'spread' });
    templateRecords = template.map((r) => extractRecord({ file: r.file, text: r.text }));
    spreadRecords = spread.map((r) => extractRecord({ file: r.file, text: r.text }));
  });

  it("'template' mode (the default) gives the corpus generated before country spreading existed", async () => {
    const hash = createHash('sha256');
    for (const r of await generate({ count: 200, seed: 1 })) {
      hash.update(r.file).update('\0').update(r.text).update('\0').update(r.referenceDate.toISOString()).update('\0');
      assert.equal(r.countryMapping.size, 0);
    }
    // Computed on bench/synthetic-readouts.ts at 3b2133d, before the `countries` option, then again when the pool's
    // real names became invented ones and known principals were renamed (the extractor now knows real principals'
    // countries): same dates, same templates, other names.
    assert.equal(hash.digest('hex'), 'e766498188878f9a2cc1376493a4eb8bb23c9eee8fbf4ef51941f01662c23e83');
  });

  it("'spread' keeps the dates of 'template' for the same seed", () => {
    for (let i = 0; i < COUNT; i++) {
      assert.equal(spread[i]!.file, template[i]!.file);
      assert.equal(spread[i]!.referenceDate.getTime(), template[i]!.referenceDate.getTime());
    }
  });

  it("'spread' gives each country officials of its own: an extracted name keeps one country", () => {
    const countriesOf = (records: readonly ReadoutRecord[]): Map<string, Set<string>> => {
      const byName = new Map<string, Set<string>>();
      for (const record of records) {
        for (const p of record.meetings.flatMap((m) => m.participants)) {
          if (p.country === null) continue;
          const set = byName.get(p.name) ?? new Set<string>();
          byName.set(p.name, set.add(p.country));
        }
      }
      return byName;
    };
    const spreadNames = countriesOf(spreadRecords);
    const shared = [...spreadNames].filter(([, countries]) => countries.size > 1);
    assert.ok(spreadNames.size >= 150, `only ${spreadNames.size} distinct participants`);
    assert.ok(shared.length <= spreadNames.size * 0.05, `${shared.length} of ${spreadNames.size} names with several countries: ${shared.slice(0, 5).map(([n, c]) => `${n} (${[...c].join(',')})`).join('; ')}`);
    // The contrast: 'template' mode draws 24 names whatever the country (30 of 84 names with several countries here).
    const templateNames = countriesOf(templateRecords);
    assert.ok([...templateNames.values()].filter((c) => c.size > 1).length >= templateNames.size / 4);
  });

  it('maps the countries of a document injectively, organisations to themselves', () => {
    for (const r of spread) {
      const targets = [...r.countryMapping.values()];
      assert.equal(new Set(targets).size, targets.length, `${r.file}: two countries share a target`);
      for (const [source, target] of r.countryMapping) {
        assert.ok(!isOrganisationCode(source) && !isOrganisationCode(target), `${r.file}: ${source} -> ${target}`);
      }
    }
  });

  it('the extractor reads back the mapped countries of at least 95% of the meetings', () => {
    let eligible = 0;
    const misses: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      const { countryMapping, file } = spread[i]!;
      templateRecords[i]!.meetings.forEach((meeting, k) => {
        if (meeting.countries.length === 0 || meeting.countries.some(isOrganisationCode)) return;
        eligible++;
        const expected = meeting.countries.map((c) => countryMapping.get(c) ?? `unmapped ${c}`).sort().join(',');
        const actual = spreadRecords[i]!.meetings[k]?.countries.join(',') ?? 'no meeting';
        if (actual !== expected) misses.push(`${file}: expected ${expected}, extracted ${actual}`);
      });
    }
    assert.ok(eligible >= COUNT * 0.8, `only ${eligible} meetings between countries`);
    assert.ok(misses.length <= eligible * 0.05, `${misses.length} of ${eligible} meetings differ:\n${misses.slice(0, 10).join('\n')}`);
  });

  it('leaves no source country in a text unless it is also a target', () => {
    let rewritten = 0;
    for (const r of spread) {
      const targets = new Set(r.countryMapping.values());
      for (const source of r.countryMapping.keys()) if (r.countryMapping.get(source) !== source) rewritten++;
      const stray = findCountries(r.text).filter((m) => !isOrganisationCode(m.code) && !targets.has(m.code));
      assert.deepEqual(stray.map((m) => `${m.text} (${m.code})`), [], r.file);
    }
    assert.ok(rewritten >= COUNT * 2, `only ${rewritten} countries rewritten`);
  });

  it('spreads the meetings over many more country sets, with a Zipf-like head', () => {
    const templateSets = countrySets(templateRecords);
    const spreadSets = countrySets(spreadRecords);
    assert.ok(templateSets.size <= 30, `template: ${templateSets.size} sets`);
    assert.ok(spreadSets.size >= templateSets.size * 5, `spread: ${spreadSets.size} sets against template's ${templateSets.size}`);
    assert.ok(Math.max(...spreadSets.values()) * 4 < Math.max(...templateSets.values()), 'the densest set is still dense');
    // A few targets are frequent, most are rare.
    const perTarget = new Map<string, number>();
    for (const r of spread) for (const [s, t] of r.countryMapping) if (s !== t) perTarget.set(t, (perTarget.get(t) ?? 0) + 1);
    const counts = [...perTarget.values()].sort((a, b) => b - a);
    assert.ok(counts.length >= 60, `only ${counts.length} target countries`);
    assert.ok(counts[0]! >= counts[Math.floor(counts.length / 2)]! * 10, `head ${counts[0]}, median ${counts[Math.floor(counts.length / 2)]}`);
  });

  it('the same seed gives the same corpus, another seed another', async () => {
    const again = await generate({ count: 60, seed: 7, countries: 'spread' });
    assert.deepEqual(again.map((r) => r.text), spread.slice(0, 60).map((r) => r.text));
    const other = await generate({ count: 60, seed: 8, countries: 'spread' });
    const differing = other.filter((r, i) => r.text !== spread[i]!.text).length;
    assert.ok(differing >= 55, `only ${differing} of 60 texts differ`);
    const otherTargets = other.map((r) => [...r.countryMapping.values()].sort().join(','));
    const sameTargets = otherTargets.filter((t, i) => t === [...spread[i]!.countryMapping.values()].sort().join(',')).length;
    assert.ok(sameTargets <= 6, `${sameTargets} of 60 documents drew the same countries with another seed`);
  });

  it('reports the mapped gold meeting countries', () => {
    for (let i = 0; i < COUNT; i++) {
      const mapped = template[i]!.meetingCountries.map((cs) => cs.map((c) => spread[i]!.countryMapping.get(c) ?? c).sort());
      assert.deepEqual(spread[i]!.meetingCountries, mapped);
    }
    assert.ok(spread.some((r, i) => r.meetingCountries.join() !== template[i]!.meetingCountries.join()));
  });
});
