/**
 * Two plan-phrase shapes: a participle appositive between the event and its predicate leaves the time after the
 * predicate to the event ("The Summit ..., to be co-chaired by the two Presidents, is scheduled to take place in
 * Gaborone in November"); an admission at a summit is the event ahead, of kind other, the summit only its occasion.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

/** [text, published, expected plans as "kind start..end"] */
const cases: [text: string, published: string, expected: string[]][] = [
  ['The Summit of the Bi-National Commission, to be co-chaired by the two Presidents, is scheduled to take place in Gaborone in November.',
    '2022-10-13', ['meeting 2022-11-01..2022-11-30']],
  ['The Joint Commission meeting, chaired by the two Foreign Ministers, will be held in Accra on 12 December.',
    '2022-10-13', ['meeting 2022-12-12..2022-12-12']],
  ['The Summit of the Bi-National Commission is scheduled to take place in Gaborone in November.',
    '2022-10-13', ['meeting 2022-11-01..2022-11-30']],
  ['Timor-Leste will be formally admitted as a full member of ASEAN at the 47th ASEAN Summit in October 2025.',
    '2025-05-27', ['other 2025-10-01..2025-10-31']],
  ['Finland and Sweden are expected to be accepted as members of the Alliance at the NATO Summit in July 2025.',
    '2025-05-27', ['other 2025-07-01..2025-07-31']],
  // negative: the summit itself is the event ahead
  ['The leaders will meet at the 47th ASEAN Summit in October 2025.', '2025-05-27', ['meeting 2025-10-01..2025-10-31']],
  ['Timor-Leste was admitted as an observer in 2022 and will attend the 47th ASEAN Summit in October 2025.', '2025-05-27', ['meeting 2025-10-01..2025-10-31']],
];

for (const [text, published, expected] of cases) {
  test(`planned events of: ${text.slice(0, 80)}…`, () => {
    const r = extractRecord({ file: 't', text, published });
    assert.deepEqual(r.plannedEvents.map((p) => `${p.kind} ${p.start}..${p.end}`), expected);
  });
}
