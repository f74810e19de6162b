/**
 * Unseen set 8, causes 4 and 6: remit words of Spanish and Portuguese-speaking ministries' titles ("Secretary of
 * State for Ibero-America and the Caribbean") and Poland's "Marshal of the Sejm" are titles, so the name after them
 * is a participant. "marshal" as a verb and lower-case "world"/"spanish" stay plain words.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../src/pipeline/extract.ts';

const participants = (sentence: string): [string, string | null, string | null][] =>
  (extractRecord({ file: 't', text: `Montevideo, 29 May 2024 - ${sentence}` }).meetings[0]?.participants ?? []).map((p) => [p.name, p.country, p.title]);

describe('q8fix s8-lex: remit words and "Marshal"', () => {
  const positives: readonly [string, [string, string | null, string | null]][] = [
    ["Uruguay's Foreign Minister Omar Paganini met the Secretary of State for Ibero-America and the Caribbean of Spain, Susana Sumelzo, who is visiting Uruguay.", ['Susana Sumelzo', 'ES', 'Secretary of State for Ibero-America and the Caribbean']],
    ["Uruguay's Foreign Minister Omar Paganini met the Secretary of State for Iberoamerica of Spain, Susana Sumelzo, who is visiting Uruguay.", ['Susana Sumelzo', 'ES', 'Secretary of State for Iberoamerica']],
    ["Uruguay's Foreign Minister Omar Paganini met the Secretary of State for Latin America of Spain, Susana Sumelzo, who is visiting Uruguay.", ['Susana Sumelzo', 'ES', 'Secretary of State for Latin America']],
    ['Marshal of the Sejm Szymon Hołownia held talks in Kyiv on Thursday with the Chairman of the Verkhovna Rada of Ukraine Ruslan Stefanchuk.', ['Szymon Hołownia', null, 'Marshal of the Sejm']],
  ];
  for (const [sentence, expected] of positives) {
    it(`finds ${expected[0]} as ${expected[2]}`, () => assert.ok(participants(sentence).some((p) => p[0] === expected[0] && (expected[1] === null || p[1] === expected[1]) && p[2] === expected[2]), JSON.stringify(participants(sentence))));
  }

  it('"to marshal support" is no title', () => {
    const found = participants('Foreign Minister Omar Paganini met Spanish Foreign Minister José Manuel Albares to marshal support for the agreement.');
    assert.ok(found.every((p) => !/marshal/i.test(p[2] ?? '')), JSON.stringify(found));
    assert.equal(found.length, 2, JSON.stringify(found));
  });
  it('lower-case "world" and "spanish" do not extend a title', () => {
    const found = participants('Foreign Minister Omar Paganini met Minister of Trade Carlos Cuerpo, the world leader in spanish olive oil exports, on Wednesday.');
    const cuerpo = found.find((p) => p[0] === 'Carlos Cuerpo');
    assert.equal(cuerpo?.[2], 'Minister of Trade', JSON.stringify(found));
  });
});
