/**
 * Text handling on real pages (issue 2, item 4): non-breaking spaces between a title and a name or inside a date
 * behave like spaces, and "D.C." followed by two spaces ends a sentence only before a sentence opener.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';
import { segmentText } from '../src/stages/segment/segmenter.ts';

test('non-breaking spaces behave like spaces', () => {
  const nb = '\u00A0';
  const cases: [string, string | null, string[]][] = [
    [`March 3, 2024\n\nSecretary${nb}Antony Blinken met with Foreign${nb}Minister${nb}Penny${nb}Wong of Australia on 12${nb}March${nb}2024 in Washington.`,
      '2024-03-12', ['Antony Blinken | Secretary', 'Penny Wong | Foreign Minister']],
    [`12${nb}March${nb}2024\n\nSecretary Antony Blinken met with Foreign Minister Penny Wong of Australia in Washington today.`,
      '2024-03-12', ['Antony Blinken | Secretary', 'Penny Wong | Foreign Minister']],
  ];
  for (const [text, date, people] of cases) {
    const m = extractRecord({ file: 't', text }).meetings[0];
    assert.equal(m?.date, date, text);
    assert.deepEqual(m?.participants.map((p) => `${p.name} | ${p.title}`), people, text);
  }
});

test('"D.C." and two spaces', () => {
  const sentences = (t: string): string[] => segmentText(t).sentences.map((s) => t.slice(s.span[0], s.span[1]));
  assert.deepEqual(sentences('They met in Washington, D.C.  on Tuesday to discuss trade.'), ['They met in Washington, D.C.  on Tuesday to discuss trade.']);
  assert.deepEqual(sentences('They met in Washington, D.C.\u00A0 on Tuesday to discuss trade.'), ['They met in Washington, D.C.\u00A0 on Tuesday to discuss trade.']);
  assert.deepEqual(sentences('They met in Washington, D.C.  The minister left.'), ['They met in Washington, D.C.', 'The minister left.']);
});
