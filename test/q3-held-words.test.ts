/**
 * Held candidates' distinctive words, people words and inferred places, pinned on text that mixes ASCII and accented
 * words, country names and demonyms, repeats in other cases and numbers (the words are folded ASCII words fast, and the
 * text's places are found once for every meeting that infers its place).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { heldCandidatesOf } from '../src/linking/follow-up-match.ts';
import { doc, meeting, reference } from './linking-fixtures.ts';

const candidates = heldCandidatesOf(doc({
  key: 'k', published: '2017-03-20', title: 'Réunion au Sommet: Japan–Russia Summit Meeting',
  meetings: [
    meeting({ date: '2017-03-20', countries: ['JP', 'RU'], occasion: 'Économique Forum' }),
    meeting({ date: '2017-03-21', countries: ['JP', 'RU'] }),
    meeting({ date: '2017-03-21', countries: ['RU'], mode: 'telephone' }),
  ],
  references: [reference("the Summit Meeting in Yamaguchi last year, when Prime Minister Abe's Russian counterpart and SUMMIT guests from Japan visited Sapporo's Élysée-style Hall; summit summit Ōita 2016 12345")],
  text: 'Prime Minister Abe met President Putin in Moscow. Earlier he visited Sochi and Tokyo.',
}));

test('distinctive words: accents folded, countries, demonyms, common words and numbers left out, each word once', () => {
  assert.deepEqual(candidates.map((c) => c.words), [
    ['economique', 'forum', 'reunion', 'sommet', 'summit'],
    ['reunion', 'sommet', 'summit'],
    ['reunion', 'sommet', 'summit'],
    ['summit', 'yamaguchi', 'when', 'counterpart', 'guests', 'visited', 'sapporo', 'elysee', 'style', 'hall', 'oita'],
  ]);
});

test("a past reference's people words: every capitalised word folded, possessive dropped, repeats kept", () => {
  assert.deepEqual(candidates[3]!.people, ['summit', 'meeting', 'yamaguchi', 'prime', 'minister', 'abe', 'russian', 'summit', 'japan', 'sapporo', 'elysee-style', 'hall', 'oita']);
});

test('every in-person meeting without a place infers it from the text; a phone call does not', () => {
  assert.deepEqual(candidates.map((c) => c.place), [
    { name: 'moscow', country: 'RU', inferred: true },
    { name: 'moscow', country: 'RU', inferred: true },
    null,
    { name: 'yamaguchi', country: 'JP', inferred: false },
  ]);
});
