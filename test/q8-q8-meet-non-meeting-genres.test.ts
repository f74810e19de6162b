/**
 * Texts that are not readouts but use a held cue's words (a biography's "received a B.A.", an obituary's "I first met
 * her", "Metropolitan", "the Board meets quarterly", a nominee announcement) report no meeting; the readouts beside
 * them, written with the same verbs, still do.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const PUBLISHED = '2024-03-12';

/** Texts that must yield no meeting. */
const noMeeting: string[] = [
  // personnel announcements and their biographies
  'WASHINGTON – Today, President Biden announced his intent to nominate Jane Roe for Commissioner of the Federal Trade Commission.\n\nJane Roe is a professor of law. Her scholarship has received several awards. She met with students across the country.',
  'The Minister of Foreign Affairs announced the appointment of John Doe as Ambassador to Kenya.\n\nMr. Doe received his B.A. from the University of Nairobi and hosted a radio programme.',
  'Today, the Prime Minister announced the following appointees to the National Council.\n\nMary Major, Member. She met with community leaders in 2019.',
  'The President intends to nominate the following persons to serve in key roles:\n\nRichard Roe received a Ph.D. in economics from the University of Chicago.',
  'NOMINATIONS SENT TO THE SENATE:\n\nDaryl Baldwin, of Ohio, to be a Member of the Board of Directors of the Metropolitan Washington Airports Authority.',
  // a thing received, not a visitor
  'Today, we received further evidence that our economic plan is working. Unemployment fell again.',
  'Lina Khan is an associate professor of law. Her antitrust scholarship has received several awards.',
  'This morning, the President received an update from his national security team on the storm.',
  'Seventy percent of adults have received at least one dose of the vaccine.',
  'The bill received support from the Border Patrol union and was passed by the Senate.',
  // word parts and habits
  'The Metropolitan Police Department reported that methane emissions were measured in metric tons.',
  'Appointed by the President, the 12-member Board meets quarterly in Washington, DC.',
  'ABAC meets throughout the year to discuss policy recommendations.',
  // passive and figurative uses, recollections
  'On the Edmund Pettus Bridge, their peaceful march was met with crushing violence.',
  'Always fearless, she spoke truth to power and represented her district.',
  'He spoke to our better angels. He will be sorely missed.',
  'I first met Justice O’Connor years ago. She was a trailblazer.',
  'I’ll never forget the first time I met Dr. Kissinger. I was a young Senator.',
  // an appeal, not a courtesy call
  'The new initiative calls on all states and other governments to adopt the standards.',
];

/** Readouts that must keep their meeting, with a participant's name. */
const meeting: [text: string, participant: string][] = [
  ['Minister of Foreign Affairs Ahmed Attaf received today the Ambassador of Italy, Mr. Alberto Cutillo.', 'Alberto Cutillo'],
  ['President Abdel Fattah El-Sisi received a phone call from President Emmanuel Macron of France.', 'Emmanuel Macron'],
  ['Foreign Minister Juraj Blanár received his Hungarian counterpart Péter Szijjártó in Bratislava.', 'Péter Szijjártó'],
  ['Prime Minister Abiy Ahmed received a delegation led by Foreign Minister Mahmoud Ali Youssouf of Djibouti.', 'Mahmoud Ali Youssouf'],
  ['Foreign Minister Mauro Vieira received in Brasília the Minister of International Relations of South Africa, Naledi Pandor.', 'Naledi Pandor'],
  ['Secretary Blinken met with Japanese Foreign Minister Yoko Kamikawa in Tokyo today.', 'Yoko Kamikawa'],
  ['Foreign Minister Wong met the Prime Minister of Fiji, Sitiveni Rabuka, in Suva. They had first met in 2022.', 'Sitiveni Rabuka'],
  ['Minister of State V. Muraleedharan called on Prime Minister Sitiveni Rabuka in Suva.', 'Sitiveni Rabuka'],
  ['President Biden spoke with Prime Minister Mette Frederiksen of Denmark to discuss Ukraine.', 'Mette Frederiksen'],
  ['The Ambassador of Japan, Mr. Iwama Kiminori, was received by Foreign Minister Hasan Mahmud at the Ministry.', 'Hasan Mahmud'],
  ['The Minister meets his French counterpart Stéphane Séjourné in Paris today.', 'Stéphane Séjourné'],
];

for (const text of noMeeting) {
  test(`no meeting in: ${text.slice(0, 80)}…`, () => {
    const r = extractRecord({ file: 't', text, published: PUBLISHED });
    assert.deepEqual(r.meetings, []);
  });
}

for (const [text, participant] of meeting) {
  test(`a meeting in: ${text.slice(0, 80)}…`, () => {
    const m = extractRecord({ file: 't', text, published: PUBLISHED }).meetings[0];
    assert.ok(m, 'a meeting');
    assert.ok(m.participants.some((p) => p.name === participant), `${participant} among ${m.participants.map((p) => p.name).join(', ')}`);
  });
}
