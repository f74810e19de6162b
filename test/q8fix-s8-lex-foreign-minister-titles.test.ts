/**
 * Unseen set 8, cause 5: the foreign portfolio joined to another before it ("Minister of African Integration and
 * Foreign Affairs") is a foreign minister; Bangladesh's "Foreign Adviser" holds the foreign minister's office (tied
 * to BD: elsewhere an adviser is a senior official).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyTitle } from '../src/stages/people/title-classifier.ts';
import { extractRecord } from '../src/pipeline/extract.ts';

describe('q8fix s8-lex: foreign ministers with a joined portfolio', () => {
  const cases: readonly [string, string][] = [
    ['Minister of African Integration and Foreign Affairs', 'foreign-minister'],
    ['Minister of Regional Integration and Foreign Affairs', 'foreign-minister'],
    ['Minister for Europe and Foreign Affairs', 'foreign-minister'],
    ['Minister of Foreign Affairs', 'foreign-minister'],
    ['Deputy Prime Minister for Foreign and European Affairs', 'foreign-minister'],
    // not the foreign portfolio
    ['Minister of Trade and Foreign Economic Relations', 'minister'],
    ['Minister of Economy and Foreign Trade', 'minister'],
    ['Minister of Labour and Foreign Workers Affairs', 'minister'],
    ['Deputy Minister of African Integration and Foreign Affairs', 'vice-minister'],
    ['Foreign Adviser', 'senior-official'],
  ];
  for (const [title, level] of cases) it(`"${title}" -> ${level}`, () => assert.equal(classifyTitle(title), level));
});

describe('q8fix s8-lex: a foreign adviser ranks by the holder\'s country', () => {
  const level = (text: string): string | null | undefined => extractRecord({ file: 't', text }).meetings[0]?.level;
  const cases: readonly [string, string][] = [
    ['Dhaka, 16 February 2025 - Bangladesh Foreign Adviser Md Touhid Hossain met Indian Foreign Minister S. Jaishankar in Muscat on Sunday.', 'foreign-minister'],
    ['Dhaka, 16 February 2025 - Bangladesh\'s Foreign Affairs Adviser Md Touhid Hossain met Indian Foreign Minister S. Jaishankar in Muscat on Sunday.', 'foreign-minister'],
    // elsewhere the adviser is a senior official, and the meeting is not at foreign-minister level
    ['Berlin, 16 February 2025 - German Foreign Policy Adviser Jens Plötner met Indian Ambassador Ajit Gupte in Berlin on Sunday.', 'senior-official'],
  ];
  for (const [text, expected] of cases) it(`${expected}: ${text.slice(0, 60)}`, () => assert.equal(level(text), expected));
});
