/**
 * A title line that announces a meeting is not the meeting (sixth unseen set, cause 2): a headline's infinitive
 * ("Forum Economic Ministers to meet virtually", "Vice President Harris to Host First-Ever Meeting with ...") and a
 * short line whose meeting words are followed by a future predicate ("The Forum Leaders Meeting will be hosted by
 * Tonga in Nuku'alofa in August.") name a coming meeting. Lines that report a held one still make the meeting.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const meetings = (text: string): number => extractRecord({ file: 't', text }).meetings.length;

test('a title line announcing a meeting makes none', () => {
  for (const text of [
    "8 July 2024\n\nForum Economic Ministers to meet virtually\n\nForum Economic Ministers will meet virtually at the end of the month.\n\nThe Forum Leaders Meeting will be hosted by Tonga in Nuku'alofa in August.",
    'April 13, 2022\n\nVice President Harris to Host First-Ever Meeting with Cabinet Officials on Maternal Health\n\nOn Wednesday, Vice President Kamala Harris will convene a meeting with Cabinet Secretaries.',
    'March 3, 2024\n\nPrime Minister to hold talks with Japanese counterpart\n\nThe Prime Minister will travel to Tokyo next week.',
    'May 2, 2024\n\nThe ASEAN Foreign Ministers’ Meeting is scheduled to take place in Vientiane in July.',
  ]) assert.equal(meetings(text), 0, text);
});

test('title lines reporting a held meeting still make one', () => {
  for (const text of [
    'March 3, 2024\n\nPrime Minister holds talks with Japanese counterpart\n\nPrime Minister Anthony Albanese met Prime Minister Fumio Kishida in Tokyo today.',
    'May 2, 2024\n\nMeeting with the Foreign Minister of Japan\n\nOn May 2, Foreign Minister Penny Wong met Foreign Minister Yoko Kamikawa in Canberra.',
    'June 5, 2024\n\nVisit to Japan of the Foreign Minister\n\nOn June 5, Foreign Minister Penny Wong met Foreign Minister Yoko Kamikawa in Tokyo.',
  ]) assert.equal(meetings(text), 1, text);
});
