/**
 * Published dates a page writes in its own text, in house styles earlier sessions found unread (issue 2, item 1):
 * a place and date in brackets closing the title, "Mon. d/yyyy", a place and date before a colon opening the body,
 * a wire's dateline followed by its section tags, and "27. 2. 2024" read as a date rather than a numbered item.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';
import { isDatelineText } from '../src/stages/segment/dateline-detector.ts';
import { datelineDate } from '../src/stages/document/dateline-date.ts';
import { segmentText } from '../src/stages/segment/segmenter.ts';

const published = (text: string): string | null => extractRecord({ file: 't', text }).published;

const BODY = 'Minister of Foreign Affairs George Gerapetritis met with Foreign Minister Ararat Mirzoyan of Armenia.';

test('published date read from the page text', () => {
  const cases: [string, string | null][] = [
    // a place and a full date in brackets closing the title line
    [`Meeting with the Minister of Foreign Affairs of Armenia, Ararat Mirzoyan (Athens, 22.01.2025)\n\n${BODY}`, '2025-01-22'],
    [`Statement on the talks (Addis Ababa, 3 May 2024)\n\n${BODY}`, '2024-05-03'],
    // the day and the year joined by a slash, in brackets after the place
    [`Talks in Bogotá\n\nBogotá (Mar. 14/2024). ${BODY}`, '2024-03-14'],
    // place, date, colon opening the body
    [`Chairperson receives Angola's minister\n\nAddis Ababa, 20 August 2024: ${BODY}`, '2024-08-20'],
    // a wire's dateline with the sections it is filed under
    [`Ministers agree to boost ties\n\nKYODO NEWS - Dec 28, 2024 - 18:40 | All, Japan, World\n\n${BODY}`, '2024-12-28'],
    [`Ministers agree to boost ties\n\nKYODO NEWS - Mar 7, 2024 - 10:12\n\n${BODY}`, '2024-03-07'],
    // day and month each with a full stop: a date, not the numbered item "27."
    [`Minister meets counterpart\n\n27. 2. 2024\n\n${BODY}`, '2024-02-27'],
    // (unseen-7 cause 1) a full stop after the year, as Latvia's ministry writes it, is a date, not a phone number
    [`Minister meets counterpart\n\n15.11.2023.\n\n${BODY}`, '2023-11-15'],
    [`Minister meets counterpart\n\n2023-11-15.\n\n${BODY}`, '2023-11-15'],
    // a phone number with a full stop stays chrome
    [`Minister meets counterpart\n\n+371 6701 6201.\n\n${BODY}`, null],
    // negatives: a bracketed date inside a sentence, a bracket that does not close its line, a colon after a date
    // in a sentence, a date after a numbered item's marker
    [`Minister meets counterpart\n\n${BODY} The minister recalled the earlier talks (Athens, 22.01.2025) and the ones before.`, null],
    [`Meeting (Athens, 22.01.2025) with the Minister of Armenia\n\n${BODY}`, null],
    [`Minister meets counterpart\n\nThey agreed that on 20 August 2024: talks will resume. ${BODY}`, null],
  ];
  for (const [text, want] of cases) assert.equal(published(text), want, text);
});

test('a numbered line whose date comes after the marker keeps its marker', () => {
  const doc = segmentText('Timeline\n\n1. March 3, 2024 the first round of talks was held in Geneva.\n2. 27. 2. 2024\n');
  const items = doc.lines.filter((l) => l.marker !== null);
  assert.deepEqual(items.map((l) => l.marker), ['1.', '2.']);
  const date = segmentText('T\n\n27. 2. 2024\n').lines[2]!;
  assert.equal(date.marker, null);
  assert.equal(date.kind, 'dateline');
});

test('dateline forms and their readings', () => {
  assert.equal(datelineDate('Mar. 14/2024'), '2024-03-14');
  assert.equal(datelineDate('March 14/2024'), '2024-03-14');
  assert.equal(datelineDate('Mar. 34/2024'), null);
  assert.equal(isDatelineText('KYODO NEWS - Dec 28, 2024 - 18:40 | All, Japan, World'), true);
  // a pipe before one section name, or before a sentence, is not a list of section tags
  assert.equal(isDatelineText('KYODO NEWS - Dec 28, 2024 - 18:40 | The ministers agreed on a new plan for trade'), false);
});
