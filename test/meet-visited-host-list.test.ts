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

const withPublisher = (text: string): { people: string[]; countries: readonly string[] } => {
  const m = extractRecord({ file: 't', text, publisher: 'The White House' }).meetings[0];
  assert.ok(m, 'a meeting');
  return { people: m.participants.map((p) => `${p.name} | ${p.country}`), countries: m.countries };
};

test('the publisher’s delegation visiting: the people it met are the host’s, the visitor named first is not', () => {
  const a = withPublisher('April 22, 2022\n\nA senior delegation visited Honiara, Solomon Islands. The delegation met for ninety minutes with Prime Minister Manasseh Sogavare.');
  assert.deepEqual(a.people, ['Manasseh Sogavare | SB']);
  assert.deepEqual([...a.countries].sort(), ['SB', 'US']);
  const b = withPublisher('July 15, 2022\n\nPresident Joseph R. Biden conducted an official visit to the Kingdom of Saudi Arabia. Following the meeting, President Biden and Crown Prince Mohammed bin Salman held an official meeting.');
  assert.ok(b.people.includes('Mohammed bin Salman | SA'), JSON.stringify(b.people));
  assert.ok(!b.people.some((p) => p.startsWith('Joseph Biden | SA') || p.startsWith('Biden | SA')), JSON.stringify(b.people));
});

test('objects of a meeting verb in a continuation sentence are counterparts, not the publisher’s officials', () => {
  const c = withPublisher('November 8, 2021\n\nIn Ghana, Singh and the U.S. delegation met with Vice President Mahamudu Bawumia. In Senegal, Singh and the U.S. delegation met with President Macky Sall and Minister of Economy Amadou Hott to discuss investments.');
  assert.ok(!c.people.some((p) => p.endsWith('| US') && /Sall|Hott/.test(p)), JSON.stringify(c.people));
});
