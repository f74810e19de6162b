/**
 * Words that frame a country pair as what a meeting discussed, not as its sides ("Vice FM Kim, Campbell discuss N.
 * Korea-Russia military ties", "talks on the Russia-Ukraine war"). Data only: the meeting assembler compiles them.
 * Each entry is a regular-expression source matched case-insensitively on word boundaries.
 */

/** Right before the pair: a verb or preposition of subject matter ("discuss", "talks on", "amid", "over"). */
export const TOPIC_PAIR_BEFORE: readonly string[] = [
  String.raw`discuss(?:es|ed|ing)?`, String.raw`talk(?:s|ed)?\s+(?:about|on)`, String.raw`address(?:es|ed)?`, String.raw`review(?:s|ed)?`,
  String.raw`on`, String.raw`over`, String.raw`about`, String.raw`amid`, String.raw`regarding`, String.raw`concerning`,
  String.raw`(?:concerns?|worries|warns?|warned)\s+(?:about|over|on)`,
];

/** Right after the pair, within two words: the relation or dispute discussed ("military ties", "border dispute"). */
export const TOPIC_PAIR_AFTER: readonly string[] = [
  String.raw`ties`, String.raw`relations`, String.raw`relationship`, String.raw`cooperation`, String.raw`collusion`, String.raw`alliance`,
  String.raw`war`, String.raw`conflict`, String.raw`tensions?`, String.raw`dispute`, String.raw`crisis`, String.raw`rapprochement`,
  String.raw`deals?`, String.raw`arms\s+(?:deals?|transfers?|trade)`, String.raw`border`, String.raw`talks`, String.raw`peace\s+process`,
  String.raw`negotiations`, String.raw`normali[sz]ation`, String.raw`standoff`, String.raw`clashes`, String.raw`hostilities`,
];
