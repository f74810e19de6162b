/**
 * Unseen set 8, cause 7: page dates with month names in Indonesian/Malay, Dutch, Polish, Czech, Turkish, Romanian,
 * Croatian and Serbian Latin. The ambiguous "listopad(a)" (October in Croatian, November in Polish/Czech) and Malay
 * "Mac" stay unread.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { datelineDate } from '../src/stages/document/dateline-date.ts';
import { extractRecord } from '../src/pipeline/extract.ts';

describe('q8fix s8-lex: month names of more languages', () => {
  const cases: readonly [string, string | null][] = [
    ['21 Februari 2023', '2023-02-21'], // Indonesian
    ['17 Agustus 2024', '2024-08-17'],
    ['5 Desember 2023', '2023-12-05'],
    ['1 Ogos 2024', '2024-08-01'], // Malay
    ['9 Disember 2023', '2023-12-09'],
    ['15 maart 2024', '2024-03-15'], // Dutch
    ['2 mei 2024', '2024-05-02'],
    ['5 maja 2024', '2024-05-05'], // Polish
    ['12 października 2023', '2023-10-12'],
    ['21. února 2023', '2023-02-21'], // Czech
    ['7. listopadu 2023', '2023-11-07'],
    ['3 Mart 2024', '2024-03-03'], // Turkish
    ['3 MAYIS 2024', '2024-05-03'],
    ['30 Ağustos 2024', '2024-08-30'],
    ['12 noiembrie 2023', '2023-11-12'], // Romanian
    ['14. veljače 2024.', '2024-02-14'], // Croatian
    ['20. septembar 2024', '2024-09-20'], // Serbian Latin
    // ambiguous or no month: unread
    ['7 listopada 2023', null],
    ['5 Mac 2024', null],
    ['5 Maja', null],
  ];
  for (const [text, iso] of cases) it(`"${text}" -> ${iso}`, () => assert.equal(datelineDate(text, true), iso));

  it('a page line "Selasa, 21 Februari 2023" is the published date', () => {
    const text = 'Kementerian Pertahanan\n\nSelasa, 21 Februari 2023\n\nJakarta - Defence Minister Prabowo Subianto met Malaysia\'s Defence Minister Mohamad Hasan in Jakarta on Tuesday (21/2).';
    assert.equal(extractRecord({ file: 't', text }).published, '2023-02-21');
  });
  it('an English page date is unchanged', () => {
    const text = 'Ministry\n\nTuesday, 21 February 2023\n\nJakarta - Defence Minister Prabowo Subianto met Malaysia\'s Defence Minister Mohamad Hasan in Jakarta on Tuesday.';
    assert.equal(extractRecord({ file: 't', text }).published, '2023-02-21');
  });
});
