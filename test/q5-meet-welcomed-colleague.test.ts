/**
 * Unseen set 5, cause 1: a host "welcomed his <nationality> colleague, NAME, at <venue>" (the Danish MFA's style) and
 * its neighbours ("welcomed her counterpart NAME in Oslo", "welcomed their counterparts from ...") report a meeting;
 * a host welcoming a colleague's words, proposal or readiness does not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const meetingOf = (sentence: string, headline = 'News') =>
  extractRecord({ file: 't', text: `${headline}\n\n16 April 2024\n\n${sentence} The two ministers discussed support for Ukraine.\n`, publisher: null }).meetings[0];

test('"welcomed his/her colleague/counterpart NAME" reports the meeting, with its host and place', () => {
  const cases: [string, string, string][] = [
    ['On Tuesday, Foreign Minister Lars Løkke Rasmussen welcomed his Estonian colleague, Margus Tsahkna, at Eigtveds Pakhus in Copenhagen.', 'Lars Løkke Rasmussen', 'Copenhagen'],
    ['Foreign Minister Elina Valtonen welcomed her Norwegian counterpart Espen Barth Eide in Helsinki on Monday.', 'Elina Valtonen', 'Helsinki'],
    ['Today, Foreign Minister Bogdan Aurescu welcomed his colleague, Foreign Minister Nicu Popescu, to Bucharest.', 'Bogdan Aurescu', 'Bucharest'],
    ['Minister for Foreign Affairs Tobias Billström welcomed his Finnish counterpart, Elina Valtonen, at the Ministry for Foreign Affairs in Stockholm.', 'Tobias Billström', 'Stockholm'],
    ['President Alar Karis welcomed their counterparts from Latvia and Lithuania in Tallinn.', 'Alar Karis', 'Tallinn'],
  ];
  for (const [sentence, host, place] of cases) {
    const m = meetingOf(sentence);
    assert.ok(m, sentence);
    assert.ok(m.participants.some((p) => p.name === host), `${host} in: ${sentence}`);
    assert.equal(m.place, place, sentence);
    assert.equal(m.mode, 'in-person', sentence);
  }
  // the headline names the guest with a title (the Danish page): both sides
  const dk = meetingOf(cases[0]![0], 'Foreign Minister Lars Løkke Rasmussen received Estonia\'s Foreign Minister Margus Tsahkna');
  assert.deepEqual(dk?.participants.map((p) => p.name), ['Lars Løkke Rasmussen', 'Margus Tsahkna']);
  assert.deepEqual(dk?.countries, ['DK', 'EE']);
});

test('welcoming a colleague\'s words, proposal or readiness is no meeting', () => {
  for (const sentence of [
    'Foreign Minister Lars Løkke Rasmussen welcomed his Estonian colleague’s proposal on sanctions.',
    'Foreign Minister Lars Løkke Rasmussen welcomed his counterpart\'s remarks on Ukraine.',
    'The Minister welcomed their counterparts’ readiness for dialogue.',
    'The Minister welcomed his colleague statements on the Baltic Sea region.',
    'The Minister welcomed the decision of the Council on Ukraine.',
  ]) assert.equal(meetingOf(sentence), undefined, sentence);
});
