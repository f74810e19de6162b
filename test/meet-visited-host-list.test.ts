/**
 * A visit's hosts: when the lead names the visited country and one host official is placed by his own title, the
 * people listed after him without a country are the host's too; people outside that list are left alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const countriesOf = (text: string): string[] => {
  const m = extractRecord({ file: 't', text }).meetings[0];
  assert.ok(m, 'a meeting');
  return m.participants.map((p) => `${p.name} | ${p.country}`);
};

test('people listed after a placed host official during a visit are the host country’s', () => {
  assert.deepEqual(countriesOf('July 25, 2021\n\nDeputy Secretary of State Wendy Sherman met Speaker of the Mongolian Parliament Zandanshatar, Foreign Minister Battsetseg, and Deputy Foreign Minister Munkhjin during her visit to Ulaanbaatar from July 23 to July 25.'),
    ['Wendy Sherman | US', 'Zandanshatar | MN', 'Battsetseg | MN', 'Munkhjin | MN']);
});

test('negative: a person outside the host official’s list keeps no country', () => {
  const got = countriesOf('July 25, 2021\n\nDeputy Secretary of State Wendy Sherman met Speaker of the Mongolian Parliament Zandanshatar during her visit to Ulaanbaatar; Special Envoy Jane Doe also attended in her private capacity.');
  assert.ok(!got.includes('Jane Doe | MN'), JSON.stringify(got));
});
