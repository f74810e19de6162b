import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EVENT_HEADS, EVENT_NAME_HEADS, EVENT_VERBS } from '../src/stages/plans/plan-lexicon.ts';
import { PAST_EVENT_VERBS, RECORD_HEADS } from '../src/stages/references/reference-lexicon.ts';
import { HEAD, matchesIn, NAME, PAST_VERB, RECORD, VERB } from '../src/stages/plans/word-index.ts';

const FAMILIES: [string, number, string, string][] = [
  ['heads', HEAD, `\\b(?:${EVENT_HEADS.map((h) => h.pattern).join('|')})\\b`, 'i'],
  ['names', NAME, `\\b(?:${EVENT_NAME_HEADS})\\b`, ''],
  ['verbs', VERB, `\\b(?:${EVENT_VERBS.map((v) => v.pattern).join('|')})\\b`, 'i'],
  ['records', RECORD, `\\b(?:${RECORD_HEADS})\\b`, 'i'],
  ['past verbs', PAST_VERB, `\\b${PAST_EVENT_VERBS}\\b`, ''],
];

function check(text: string, s0: number, s1: number): void {
  const sentence = text.slice(s0, s1);
  for (const [name, flag, source, flags] of FAMILIES) {
    const global = new RegExp(source, `g${flags}`);
    const want = [...sentence.matchAll(global)].map((m) => [m.index, m[0]]);
    const got = matchesIn(text, sentence, s0, s1, flag, new RegExp(source, `y${flags}`), global).map((m) => [m.index, m[0]]);
    assert.deepEqual(got, want, `${name} in ${JSON.stringify(sentence.slice(0, 80))}`);
  }
}

test('the word index finds every match a full scan finds (lexicon and first-word lists agree)', () => {
  const text = 'Summit Meetings, a working-level discussions round, COP26 and G20 in May; the Joint Statement, '
    + 'missile and drone attacks, communiqués, videoconferences. They last met and visited; will travel to Paris '
    + 'and deliver the treaties. APEC in 2012, Olympic Games this year, follow-up discussions, commemorative events.';
  check(text, 0, text.length);
  // Sentences cutting a word fall back to the full scan.
  check(text, 3, text.length - 4);
});

test('the word index agrees with a full scan on every line of the dev corpus', () => {
  const corpus = resolve(import.meta.dirname, '../../shared/corpus/dev.jsonl');
  let docs: { text: string }[];
  try {
    docs = readFileSync(corpus, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string });
  } catch {
    return; // corpus not available
  }
  for (const { text } of docs) {
    let at = 0;
    for (const line of text.split('\n')) {
      check(text, at, at + line.length);
      at += line.length + 1;
    }
  }
});
