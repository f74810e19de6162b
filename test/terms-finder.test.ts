import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTerms } from '../src/stages/terms/term-finder.ts';

const positives: { text: string; term: string; gloss: string | null; abbreviation: string | null; rule: string }[] = [
  {
    text: 'the establishment of “priority development areas”(Территории опережающего развития, TOR) by Russia',
    term: 'Территории опережающего развития', gloss: 'priority development areas', abbreviation: 'TOR', rule: 'terms/gloss-then-script',
  },
  {
    text: 'the so-called “Belt and Road” (一带一路) initiative',
    term: '一带一路', gloss: 'Belt and Road', abbreviation: null, rule: 'terms/gloss-then-script',
  },
  {
    text: 'the Federation Council (Совет Федерации) approved it',
    term: 'Совет Федерации', gloss: 'Federation Council', abbreviation: null, rule: 'terms/gloss-then-script',
  },
  {
    text: 'they discussed Территории опережающего развития (priority development areas) again',
    term: 'Территории опережающего развития', gloss: 'priority development areas', abbreviation: null, rule: 'terms/script-then-gloss',
  },
  {
    text: 'a “consultative assembly” (majlis al-shura, MAS) was formed',
    term: 'majlis al-shura', gloss: 'consultative assembly', abbreviation: 'MAS', rule: 'terms/gloss-then-transliteration',
  },
];

const negatives: string[] = [
  'the United Nations Security Council (UNSC) resolutions',
  'a “Free and Open Indo-Pacific” (FOIP) vision',
  'On June 12 (GMT), the leaders met',
  'from May 7 (Sun) to 9 (Tue)',
  'the “Special Strategic Partnership” (see below) between them',
  'the “2+2” (foreign and defence ministers’ meeting)',
  '(Photo)Japan-ASEAN Ministerial Meeting (Overview)-1',
  'Thumbnail image for Абэ Путин.jpg with no parenthesis at all',
  'the “requisitioned workers” (Tokyo) issue',
];

test('finds foreign terms with gloss and abbreviation', () => {
  for (const p of positives) {
    const found = findTerms(p.text);
    assert.equal(found.length, 1, p.text);
    const f = found[0]!;
    assert.equal(f.term.text, p.term);
    assert.equal(p.text.slice(f.term.span[0], f.term.span[1]), p.term);
    assert.equal(f.gloss?.text ?? null, p.gloss);
    if (f.gloss !== null) assert.equal(p.text.slice(f.gloss.span[0], f.gloss.span[1]), f.gloss.text);
    assert.equal(f.abbreviation?.text ?? null, p.abbreviation);
    if (f.abbreviation !== null) assert.equal(p.text.slice(f.abbreviation.span[0], f.abbreviation.span[1]), f.abbreviation.text);
    assert.equal(f.rule, p.rule);
  }
});

test('skips plain abbreviations, times, notes and names', () => {
  for (const n of negatives) assert.deepEqual(findTerms(n), [], n);
});

test('skips a name given in both scripts and single-word or list-marker parentheses', () => {
  assert.deepEqual(findTerms('GRU officers Yuriy Sergeyevich Andrienko (Юрий Сергеевич Андриенко) and others'), []);
  assert.deepEqual(findTerms('the spirit of “Tomodachi” (friends) between us'), []);
  assert.deepEqual(findTerms('“critical goods and materials.” (d) The Council shall'), []);
});
