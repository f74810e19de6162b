/**
 * Word lists for the past-reference finder: the cues that mark an event, document or incident as
 * an earlier one. Regular-expression source fragments, case-insensitive.
 */

/** Heads naming documents and incidents that can be referred back to (the event heads come from the plans lexicon). */
export const RECORD_HEADS =
  '(?:joint\\s+)?declarations?|agreements?|treat(?:y|ies)|accords?|communiqu[eé]s?|(?:joint\\s+(?:media\\s+|press\\s+)?)?statements?|memorand(?:um|a)(?:\\s+of\\s+understanding)?|nuclear\\s+tests?|missile\\s+(?:and\\s+drone\\s+)?(?:attacks?|launch(?:es)?|tests?)|attacks?|earthquakes?|speech(?:es)?|elections?|adoption';

/** Words after a record head that make it a specific earlier one ("announced today", "signed in 2014"). */
export const RECORD_PAST_AFTER =
  '(?:announced|adopted|signed|passed|agreed|concluded|issued|released|reached|made|delivered|launched|conducted|carried\\s+out|that\\s+(?:has|had|was)|which\\s+(?:has|had|was))\\b';

/** Phrases right before a noun phrase that point back to an earlier event. */
export const PAST_PREFIXES: readonly string[] = [
  'following(?:\\s+on\\s+from)?',
  'after(?:\\s+(?:his|her|my|your|their|our))?',
  'since',
  'outcomes?\\s+(?:of|in|from)',
  'results?\\s+(?:of|in|from)',
  'ha(?:s|ve|d)\\s+(?:had|held)',
  'based\\s+on',
  'in\\s+accordance\\s+with',
  'implementation\\s+of',
  'implementing',
  'fulfilling',
  'signing\\s+of',
  'adoption\\s+of',
  'anniversary\\s+of',
  'agreed\\s+(?:at|in|during)',
  'expressed\\s+at',
  'such\\s+as',
  'was\\s+followed\\s+by',
  'referred\\s+to',
  'recalled',
  'in\\s+light\\s+of',
  'there\\s+(?:was|were|had\\s+been)',
  'by\\s+the',
];

/** Past-tense event verbs for references stated as clauses ("G7 foreign ministers last met in Dinard"). */
export const PAST_EVENT_VERBS = '(?:last\\s+)?(?:met|visited|held\\s+talks|spoke|talked)';
