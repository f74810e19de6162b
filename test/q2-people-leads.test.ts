/**
 * Leads of publishers outside dev (unseen-publisher part 4): "welcomed the Prime Minister of Iceland, Katrín
 * Jakobsdóttir, to NATO Headquarters" (a name in commas, letters beyond ASCII), "'...,' said Foreign Minister Espen
 * Barth Eide after a video meeting with ..." (the quotation's "will" is the speaker's, not the meeting's; a "video
 * meeting" is by video). And what must not become a lead.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const meeting = (text: string, publisher: string | null = null) => extractRecord({ file: 't', text, publisher }).meetings[0] ?? null;
const summary = (text: string, publisher: string | null = null): string | null => {
  const m = meeting(text, publisher);
  return m === null ? null : `${m.mode} ${m.date} ${m.participants.map((p) => p.name).join(' + ')}`;
};

test('leads outside dev house styles', () => {
  const cases: [string, string | null, string][] = [
    ['Secretary General meets with the Prime Minister of Iceland\n\n21 Mar. 2024\n\nThe NATO Secretary General, Jens Stoltenberg, welcomed the Prime Minister of Iceland, Katrín Jakobsdóttir, to NATO Headquarters in Brussels on Thursday (21 March 2024).', 'North Atlantic Treaty Organization',
      'in-person 2024-03-21 Jens Stoltenberg + Katrín Jakobsdóttir'],
    ["Foreign Minister meets new Palestinian Prime Minister\n\nPress release | Date: 04/04/2024\n\n'Norway will continue to support the Palestinian Authority,' said Foreign Minister Espen Barth Eide after a video meeting with the new Palestinian Prime Minister Mohammad Mustafa on Thursday.", 'Norwegian Ministry of Foreign Affairs',
      'video 2024-04-04 Espen Barth Eide + Mohammad Mustafa'],
    ['Readout\n\nJune 8, 2021\n\nFollowing a bilateral meeting with Mexican President Andrés Manuel López Obrador on June 8, 2021, Vice President Harris announces the following steps.', 'The White House',
      'in-person 2021-06-08 Andrés Manuel López Obrador + Harris'],
  ];
  for (const [text, publisher, expected] of cases) assert.equal(summary(text, publisher), expected, text);
});

test('not a lead: a quotation about a future meeting, a meeting recalled with "his", a plan after a quotation', () => {
  // the future is the sentence's own, outside the quotation
  assert.equal(meeting("Notice\n\n4 April 2024\n\n'We are ready,' said the Minister, who will hold a video meeting with Prime Minister Mohammad Mustafa next week."), null);
  // "following his meeting with President Xi in November 2023" recalls an earlier meeting: no participant from it
  const m = meeting('Press release\n\nJanuary 12, 2024\n\nSecretary of Commerce Jake Sullivan today met with Minister of Commerce Wang Wentao. The meeting delivered on President Biden’s directive following his meeting with President Xi in November 2023.');
  assert.deepEqual(m?.participants.map((p) => p.name), ['Jake Sullivan', 'Wang Wentao']);
  // "welcomed the decision to ..." names no one
  assert.equal(meeting('Statement\n\n4 April 2024\n\nThe Ministry welcomed the decision of the Council, to Everyone’s relief.'), null);
});

test('a later meeting the lead sentence goes on to report adds no one to the first', () => {
  const text = 'Audience with the President of Ukraine\n\n20 September 2024\n\nThis morning, in the Vatican Apostolic Palace, the Holy Father Pope Francis received in audience Mr. Volodymyr Zelensky, President of Ukraine, who subsequently met with His Eminence Cardinal Pietro Parolin, Secretary of State, accompanied by Archbishop Paul Richard Gallagher, Secretary for Relations with States.';
  const m = meeting(text, 'Holy See Press Office');
  assert.deepEqual(m?.participants.map((p) => p.name), ['Francis', 'Volodymyr Zelensky']);
  assert.equal(m?.level, 'leader');
  // one person before the clause: the clause names the other side ("X, who subsequently met with Y" is the meeting)
  const one = meeting('Readout\n\n20 September 2024\n\nPresident Volodymyr Zelensky, who later met with Cardinal Pietro Parolin, Secretary of State, arrived in Rome.', null);
  assert.ok(one === null || one.participants.some((p) => p.name === 'Pietro Parolin'));
  // "who also met" is not a later meeting's cue: the sentence is read whole
  const also = meeting(text.replace('who subsequently met', 'who also met'), 'Holy See Press Office');
  assert.ok(also?.participants.some((p) => p.name === 'Pietro Parolin'));
});
