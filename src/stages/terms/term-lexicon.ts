/**
 * Word lists for the term finder: English words that show a parenthesis is English (so not a
 * transliterated term), and English word endings with the same effect.
 */

/** Common English words: a parenthesis containing one is not a transliteration. */
export const ENGLISH_WORDS: readonly string[] = [
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is', 'are', 'was',
  'were', 'be', 'see', 'below', 'above', 'hereafter', 'hereinafter', 'formerly', 'also', 'known', 'called', 'i.e.',
  'e.g.', 'etc', 'local', 'time', 'photo', 'note', 'provisional', 'translation', 'retranslated', 'including',
  'not', 'only', 'both', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'new', 'former',
  'old', 'total', 'approximately', 'about', 'around', 'each', 'per', 'cent', 'percent', 'minutes', 'hours', 'days',
  'sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'gmt', 'jst', 'utc', 'est', 'edt', 'am', 'pm', 'a.m.', 'p.m.',
  'lower', 'upper', 'house', 'parliament', 'ministry', 'minister', 'president', 'prime', 'state', 'council', 'national',
];

/** English word endings: a parenthesis with a word ending like this is English, not a transliteration. */
export const ENGLISH_ENDINGS = '(?:ing|tion|tions|ment|ments|ness|ly|ed|ous|ive|able|ful|less|ship|ity|ies|ism|ist|ers|ance|ence)';
