/**
 * The read side's query latencies on a loaded knowledge base, shared by bench:store (SQLite) and bench:workers
 * (PostgreSQL): a dyad timeline, overdue plans of a dyad, a person's meetings and a full-text search, each repeated
 * `repeat` times with parameters drawn from what is stored; prints p50/p95 per query.
 */
import { performance } from 'node:perf_hooks';
import type { StorageDialect } from '../src/storage/dialects/storage-dialect.ts';
import { listMeetings } from '../src/storage/queries/meeting-queries.ts';
import { listPlans } from '../src/storage/queries/plan-queries.ts';
import { searchDocuments } from '../src/storage/queries/search-queries.ts';
import { dyadTimeline } from '../src/storage/queries/timeline-queries.ts';
import { mulberry32 } from './synthetic-readouts.ts';

const WORDS = ['Lavrov', 'Kono', 'peace treaty', 'economic cooperation', 'North Korea', 'telephone talk', 'visit', 'Crimea', 'sanctions', 'climate', 'Ukraine', 'joint economic activities', 'summit', 'Kuril', 'nuclear'];
const YEARS = Array.from({ length: 12 }, (_, i) => 2012 + i);

/** Runs each query `repeat` times (parameters from `seed`) and prints one line per query through `out`. */
export async function measureKnowledgeBaseQueries(dialect: StorageDialect, options: { repeat: number; seed: number; out: (line: string) => void }): Promise<void> {
  const { repeat, out } = options;
  const random = mulberry32(options.seed + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const dyads = (await dialect.db.selectFrom('meetings').select(['countries_key']).select((eb) => eb.fn.countAll<number>().as('n'))
    .where('countries_key', 'like', '%,%').groupBy('countries_key').orderBy('n', 'desc').limit(15).execute()).map((r) => r.countries_key.replace(',', '-'));
  const people = (await dialect.db.selectFrom('people').innerJoin('participants', 'participants.person_id', 'people.id').select('people.name')
    .groupBy('people.id').orderBy((eb) => eb.fn.countAll(), 'desc').limit(30).execute()).map((r) => r.name);

  const measure = async (label: string, run: () => Promise<number>): Promise<void> => {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < repeat; i++) {
      const t = performance.now();
      rows += await run();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const q = (p: number): string => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
    out(`  ${label.padEnd(34)} p50 ${q(0.5).padStart(6)} ms   p95 ${q(0.95).padStart(6)} ms   (${repeat} runs, ${(rows / repeat).toFixed(1)} rows on average)`);
  };

  if (dyads.length > 0) {
    await measure('dyad timeline (one year)', async () => {
      const year = pick(YEARS);
      return (await dyadTimeline(dialect.db, pick(dyads), `${year + 1}-06-30`, { from: `${year}-01-01`, to: `${year}-12-31`, limit: 200 })).length;
    });
    await measure('overdue plans of a dyad', async () => (await listPlans(dialect.db, `${pick(YEARS)}-06-30`, { dyad: pick(dyads), status: 'overdue', limit: 100 })).length);
  }
  if (people.length > 0) await measure("a person's meetings", async () => (await listMeetings(dialect.db, { person: pick(people), limit: 100 })).length);
  await measure('full-text search', async () => (await searchDocuments(dialect, pick(WORDS), 20)).length);
}
