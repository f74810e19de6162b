/**
 * A meeting planned "on the margins of" an occasion the plan finder does not find as an event of its own ("the next
 * UNGA") is a planned event with its occasion, not a bare "will meet" dropped as a repeat of an earlier meeting plan
 * (issue 2, item 2); a future occasion does not date a meeting held today.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const HEAD = 'Islamabad, 14 November 2024\n\nForeign Minister Ishaq Dar held a meeting with Foreign Minister of Uzbekistan Bakhtiyor Saidov at the Ministry of Foreign Affairs today. Foreign Minister Saidov invited the Foreign Minister to attend the Tashkent International Investment Forum in June next year.';

test('a meeting planned on the margins of a future occasion', () => {
  const cases: [string, string | null][] = [
    [`${HEAD} The two Foreign Ministers will also meet on the margins of the next UNGA.`, 'will also meet on the margins of the next UNGA'],
    [`${HEAD} The ministers will meet on the sidelines of APEC.`, 'will meet on the sidelines of APEC'],
    [`${HEAD} The ministers agreed to meet on the fringes of the U.N.`, 'agreed to meet on the fringes of the U.N.'],
    // negatives: no occasion named, or a place after "at" (often where an already planned meeting is held)
    [`${HEAD} The two Foreign Ministers will also meet on the margins of regular gatherings.`, null],
    [`${HEAD} The two Foreign Ministers will also meet at the Ministry.`, null],
  ];
  for (const [text, want] of cases) {
    const record = extractRecord({ file: 't', text });
    const plan = record.plannedEvents.find((p) => /\bmeet\b/.test(p.evidence));
    assert.equal(plan?.evidence ?? null, want, text);
    if (plan) assert.equal(plan.kind, 'meeting');
    // the meeting held today keeps today's date and no future occasion
    assert.equal(record.meetings[0]?.date, '2024-11-14', text);
    assert.equal(record.meetings[0]?.occasion, null, text);
  }
});

test('an occasion named in a sentence about what is ahead is not the held meeting\'s', () => {
  const cases: [string, string | null][] = [
    ['President Joseph R. Biden spoke today with President Recep Tayyip Erdogan of Turkey. The leaders agreed to hold a bilateral meeting on the margins of the NATO Summit in June.', null],
    ['Jake Sullivan spoke by telephone today with Presidential Advisor Celso Amorim of Brazil. They agreed to meet in person on the margins of the United Nations General Assembly.', null],
    // positives: the lead sentence's own occasion, and a later sentence that opens on the held meeting
    ['Foreign Minister Penny Wong met Foreign Minister Yoko Kamikawa of Japan on the margins of the G20 Summit in Rio. They will meet again next year.', 'G20 Summit'],
    ['Vice President Kamala Harris tonight hosted a dinner in Los Angeles with President Xiomara Castro of Honduras. This dinner is part of a series of engagements in which the Vice President will participate on the margins of the Summit of the Americas.', 'Summit of the Americas'],
  ];
  for (const [text, want] of cases) assert.equal(extractRecord({ file: 't', text }).meetings[0]?.occasion ?? null, want, text);
});
