/**
 * A planned event the body mentions twice (once dated, once again by the people who will meet) is one planned event;
 * two events of one kind with different times, with different people, or marked as another one stay two.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const PUBLISHED = '2024-07-08';

/** [text, expected plans as "kind start" in order] */
const cases: [text: string, expected: string[]][] = [
  // repeats: one event
  ['On July 10, President Joseph R. Biden Jr. will host Prime Minister Keir Starmer of the United Kingdom for a bilateral meeting at the White House. President Biden looks forward to his first meeting with Prime Minister Starmer and will underscore the special relationship.',
    ['meeting 2024-07-10']],
  ['Foreign Minister Annalena Baerbock will meet Foreign Minister Wang Yi in Beijing on 12 July. The meeting with Wang Yi will focus on trade and climate.',
    ['meeting 2024-07-12']],
  ['The Secretary will hold talks with Foreign Minister Hakan Fidan on July 15 in Ankara. Secretary Blinken looks forward to his talks with Foreign Minister Fidan.',
    ['meeting 2024-07-15']],
  // not repeats: different times, people, or another event
  ['President Biden will meet Chancellor Olaf Scholz on July 10 in Washington. He will meet Chancellor Scholz again on July 25 in Berlin.',
    ['meeting 2024-07-10', 'meeting 2024-07-25']],
  ['On July 10, President Biden will meet Prime Minister Keir Starmer at the White House. On July 11, he will meet President Emmanuel Macron at the White House.',
    ['meeting 2024-07-10', 'meeting 2024-07-11']],
];

for (const [text, expected] of cases) {
  test(`planned events of: ${text.slice(0, 80)}…`, () => {
    const r = extractRecord({ file: 't', text, published: PUBLISHED });
    assert.deepEqual(r.plannedEvents.map((p) => `${p.kind} ${p.start}`), expected);
  });
}
