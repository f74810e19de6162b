/**
 * Word lists for telling a meeting cue that is not the report's meeting: the speaker's encounters with ordinary people
 * ("When I visited Darfur, I met mothers who had walked for days") and an event recalled from years before ("On 5 March
 * 1992, the foreign ministers met in Copenhagen and founded the Council", an anniversary statement). Data only: the
 * lead finder compiles them. Each entry is a regular-expression source.
 */

/**
 * People a speaker meets on a field visit, who are no counterpart of a meeting: the head noun of "I met <them>"
 * (matched case-insensitively, singular and plural forms written out).
 */
export const ENCOUNTER_NOUNS: readonly string[] = [
  String.raw`mothers?`, String.raw`fathers?`, String.raw`parents?`, String.raw`grandmothers?`, String.raw`grandparents?`,
  String.raw`child(?:ren)?`, String.raw`kids?`, String.raw`bab(?:y|ies)`, String.raw`infants?`, String.raw`orphans?`,
  String.raw`famil(?:y|ies)`, String.raw`households?`, String.raw`wom[ae]n`, String.raw`girls?`, String.raw`boys?`, String.raw`m[ae]n`,
  String.raw`widows?`, String.raw`people`, String.raw`persons`, String.raw`youths?`, String.raw`young\s+people`, String.raw`adolescents?`,
  String.raw`teenagers?`, String.raw`refugees?`, String.raw`migrants?`, String.raw`asylum[\s-]seekers?`, String.raw`survivors?`,
  String.raw`victims?`, String.raw`displaced`, String.raw`(?:internally\s+)?displaced\s+(?:people|persons|families)`,
  String.raw`returnees?`, String.raw`patients?`, String.raw`students?`, String.raw`pupils?`, String.raw`schoolchildren`,
  String.raw`teachers?`, String.raw`nurses?`, String.raw`midwi(?:fe|ves)`, String.raw`doctors?`, String.raw`(?:health|aid|humanitarian|frontline|community)\s+workers?`,
  String.raw`workers?`, String.raw`farmers?`, String.raw`fishermen`, String.raw`herders?`, String.raw`villagers?`, String.raw`residents?`,
  String.raw`communit(?:y|ies)`, String.raw`volunteers?`, String.raw`soldiers?`, String.raw`troops`, String.raw`veterans?`,
  String.raw`civilians?`, String.raw`caregivers?`, String.raw`entrepreneurs?`,
];

/**
 * Words that make a phrase after "I met" name an official, whatever noun ends it ("I met the health minister's
 * children" is rare; "I met government officials and young people" names officials first): such a phrase is left a
 * meeting.
 */
export const OFFICE_WORDS: readonly string[] = [
  String.raw`minister\w*`, String.raw`president\w*`, String.raw`premier`, String.raw`chancellor`, String.raw`secretar\w*`,
  String.raw`officials?`, String.raw`authorit(?:y|ies)`, String.raw`leaders?(?:hip)?`, String.raw`counterparts?`, String.raw`colleagues?`,
  String.raw`delegations?`, String.raw`ambassadors?`, String.raw`envoys?`, String.raw`representatives?`, String.raw`governors?`,
  String.raw`mayors?`, String.raw`king`, String.raw`queen`, String.raw`prince`, String.raw`emir`, String.raw`chair\w*`, String.raw`director\w*`,
  String.raw`commissioner\w*`, String.raw`head`, String.raw`heads`, String.raw`chief\w*`, String.raw`government`, String.raw`members?`,
  String.raw`parliamentarians?`, String.raw`lawmakers?`, String.raw`senators?`, String.raw`deputies`, String.raw`general`, String.raw`partners?`,
];

/**
 * An event dated in years before now, in words ("Thirty years ago", "three decades ago"); numerals ("30 years ago") are
 * also read by the dates stage.
 */
export const YEARS_AGO = String.raw`\b(?:\d+|a|one|a\s+few|few|several|many|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen)\s+(?:years?|decades?)\s+ago\b`;

/**
 * The counting of time since a recalled event, in the clause before its meeting words ("Today marks 30 years since the
 * foreign ministers met in Copenhagen", "the anniversary of the day the founders met").
 */
export const SINCE_EVENT = String.raw`\b(?:years?|decades?|anniversary)\s+(?:since|of\s+the\s+day)\b[^,;.]*$`;
