/**
 * The publisher stage runs a signature's pattern only over page regions holding one of its `cues`. Every wording of
 * every signature below must match its pattern AND contain one of its cues: a wording a new alternative allows without
 * a cue would be missed, and fails here. The stage itself must still find each signature.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newExtractionContext } from '../src/pipeline/extract.ts';
import { STAGES } from '../src/pipeline/stages.ts';
import { PUBLISHER_SIGNATURES } from '../src/stages/document/publisher-signatures.ts';

/** Wordings by signature name, one for each alternative of its pattern. */
const WORDINGS: Readonly<Record<string, readonly string[]>> = {
  'U.S. Department of State': ['Office of the Spokesperson', 'The following is attributable to Department Spokesperson', 'US Department of State', 'the Department of State released'],
  'The White House': ['The White House', 'Readout of President Biden’s Call', 'Statements and Releases'],
  'U.S. Department of Commerce': ['U.S. Department of Commerce', 'Department of Commerce'],
  'Global Affairs Canada': ['Global Affairs Canada'],
  'Foreign, Commonwealth & Development Office': ['Foreign & Commonwealth Office', 'Foreign, Commonwealth and Development Office', 'GOV.UK'],
  "Prime Minister's Office, 10 Downing Street": ['Prime Minister’s Office, 10 Downing Street', '10 Downing Street'],
  'Ministry of Foreign Affairs of Japan': ['Ministry of Foreign Affairs of Japan', 'Back to Japan-Russia Relations', 'Japan-Korea Relations'],
  'Prime Minister of Japan and His Cabinet': ['Prime Minister of Japan and His Cabinet', 'The Prime Minister in Action'],
  'Ministry of Foreign Affairs of the Russian Federation': ['Ministry of Foreign Affairs of the Russian Federation', 'The Ministry of Foreign Affairs of Russia'],
  'President of Russia': ['Official website of the President of Russia', 'President of Russia Vladimir Putin:'],
  'Ministry of External Affairs of India': ['Ministry of External Affairs, Government of India'],
  "Ministry of Foreign Affairs of the People's Republic of China": ['Ministry of Foreign Affairs of the People’s Republic of China', "Ministry of Foreign Affairs of the People's Republic of China"],
  'Department of Foreign Affairs and Trade (Australia)': ['Department of Foreign Affairs and Trade'],
  'Federal Foreign Office (Germany)': ['Federal Foreign Office', 'Auswärtiges Amt'],
  'Ministry of Foreign Affairs of the Republic of Belarus': ['Ministry of Foreign Affairs of the Republic of Belarus'],
  'Ministry of Foreign Affairs of the Republic of Korea': ['Ministry of Foreign Affairs of the Republic of Korea'],
  'European External Action Service': ['European External Action Service', 'EEAS'],
};

test('every signature has wordings', () => {
  assert.deepEqual(Object.keys(WORDINGS).sort(), PUBLISHER_SIGNATURES.map((s) => s.name).sort());
});

for (const sig of PUBLISHER_SIGNATURES) {
  for (const wording of WORDINGS[sig.name] ?? []) {
    test(`${sig.name}: "${wording}" matches its pattern, holds a cue, and is found by the stage`, () => {
      assert.ok(new RegExp(sig.pattern, 'm').test(wording), 'the wording is one the pattern allows');
      assert.ok(sig.cues.some((cue) => wording.includes(cue)), `no cue of ${JSON.stringify(sig.cues)} in it`);
      const ctx = newExtractionContext({ file: 'sig', text: `${wording}\n\nThe two ministers met in the capital on Monday.\n` });
      for (const stage of STAGES.slice(0, STAGES.findIndex((s) => s.name === 'publisher') + 1)) stage.run(ctx);
      // A name found earlier in the list may claim the wording first ("Department of Foreign Affairs and Trade" holds none of the others).
      assert.ok(ctx.publisher !== null, 'a publisher is found');
      const first = PUBLISHER_SIGNATURES.find((s) => new RegExp(s.pattern, 'm').test(wording));
      assert.equal(ctx.publisher?.name, first?.name);
    });
  }
}

test('a page holding no cue of any signature gets no signature publisher', () => {
  const ctx = newExtractionContext({ file: 'none', text: 'Talks in Brussels\n\nThe two ministers met in the capital on Monday.\n' });
  for (const stage of STAGES.slice(0, STAGES.findIndex((s) => s.name === 'publisher') + 1)) stage.run(ctx);
  assert.equal(ctx.publisher?.evidence.rule === 'document/publisher-signature', false);
});
