/**
 * Titles of policy offices keep their subject word ("Domestic Policy Advisor", "Gender Policy Council Director"), as
 * "National Security Advisor" keeps "National Security"; a title that follows a name still starts a new person.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const cases: [text: string, expected: string[]][] = [
  ['February 10, 2021\n\nToday, Domestic Policy Advisor Susan Rice met with leaders of advocacy groups.', ['Susan Rice | Domestic Policy Advisor']],
  ['June 8, 2022\n\nToday, Gender Policy Council Director Jennifer Klein met with labor leaders.', ['Jennifer Klein | Gender Policy Council Director']],
  // negative: a second titled person is not folded into the first one's title
  ['June 8, 2022\n\nNational Security Advisor Jake Sullivan met today with Domestic Policy Advisor Susan Rice.', ['Jake Sullivan | National Security Advisor', 'Susan Rice | Domestic Policy Advisor']],
];

for (const [text, expected] of cases) {
  test(`title of: ${text.split('\n\n')[1]!.slice(0, 70)}`, () => {
    const m = extractRecord({ file: 't', text }).meetings[0];
    assert.ok(m, 'a meeting');
    assert.deepEqual(m.participants.map((p) => `${p.name} | ${p.title}`), expected);
  });
}
