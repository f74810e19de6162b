/**
 * Unseen set 7, people cause 13: a "Minister of State and (of) Foreign Affairs" (Portugal's "Ministro de Estado e dos
 * Negócios Estrangeiros", Cabo Verde's, Angola's "... and External Relations") is a senior minister holding the
 * foreign portfolio: foreign-minister. "Minister of State for <subject or region>" (UK, Ireland, India) and "State
 * Minister of Foreign Affairs" stay the junior rank.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyTitle } from '../src/stages/people/title-classifier.ts';

test('a minister of state who holds the foreign portfolio is foreign-minister', () => {
  for (const title of [
    'Minister of State and Foreign Affairs', 'Minister of State and of Foreign Affairs',
    'Minister of State and Minister of Foreign Affairs', 'Minister of State, Minister for External Relations',
    'Minister of State and External Relations', 'Minister of State and Foreign Affairs and Cooperation',
  ]) assert.equal(classifyTitle(title), 'foreign-minister', title);
});

test('"Minister of State for ..." and "State Minister" stay vice-minister', () => {
  for (const title of [
    'Minister of State for External Affairs', 'Minister of State for Foreign Affairs', 'Minister of State for the Middle East',
    'Minister of State', 'State Minister of Foreign Affairs', 'Minister of State at the Federal Foreign Office',
  ]) assert.equal(classifyTitle(title), 'vice-minister', title);
});
