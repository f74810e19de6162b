/**
 * Unseen set 8, cause 10: "the Minister" referring back to "The Minister of State and Foreign Affairs, Paulo Rangel"
 * (a people/the-title mention) carried its own bare words as the title, and the meeting's participant took the lead
 * sentence's mention: Rangel came out "Minister". A bare title referring back now stands for the person's full title,
 * with the full title's words as evidence. A title that names someone new, or an apposed title of its own, is unchanged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const CASES: { text: string; name: string; title: string }[] = [
  {
    text: 'The Minister of State and Foreign Affairs, Paulo Rangel, is on an official visit to Cabo Verde. In Praia, on Monday, the Minister met his Cabo Verdean counterpart, José Filipe Moraes Tavares.',
    name: 'Paulo Rangel', title: 'Minister of State and Foreign Affairs',
  },
  {
    text: 'Deputy Secretary of State Wendy Sherman traveled to Tianjin. On July 26, the Deputy Secretary met with State Councilor and Foreign Minister Wang Yi.',
    name: 'Wendy Sherman', title: 'Deputy Secretary of State',
  },
  {
    text: 'Special Envoy for Yemen Tim Lenderking will travel to Riyadh. In Riyadh, the Special Envoy met with Yemeni Prime Minister Maeen Abdulmalik.',
    name: 'Tim Lenderking', title: 'Special Envoy for Yemen',
  },
];

test('a bare title referring back gives the participant the person\'s full title, with its words as evidence', () => {
  for (const { text, name, title } of CASES) {
    const record = extractRecord({ file: 't', text, published: '2024-07-22' });
    const participant = record.meetings[0]?.participants.find((p) => p.name === name);
    assert.equal(participant?.title, title, text);
    const evidence = participant?.provenance.title;
    assert.ok(evidence, text);
    assert.equal(text.slice(evidence.start, evidence.end), title, text);
  }
});

test('a participant\'s own apposed title is kept when another person holds a fuller one', () => {
  const text = 'Foreign Minister Penny Wong met Minister Nanaia Mahuta in Wellington on Monday. The Minister thanked Australia.';
  const record = extractRecord({ file: 't', text, published: '2024-07-22' });
  const mahuta = record.meetings[0]?.participants.find((p) => p.name.includes('Mahuta'));
  assert.equal(mahuta?.title, 'Minister');
  const wong = record.meetings[0]?.participants.find((p) => p.name.includes('Wong'));
  assert.equal(wong?.title, 'Foreign Minister');
});
