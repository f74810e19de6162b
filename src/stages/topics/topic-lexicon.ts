/**
 * Phrases that introduce what a meeting was about, for readouts without section headings. Data only; each entry
 * is a regular-expression source, matched case-insensitively at a word boundary. The topic is the object that
 * follows, up to the end of its clause.
 */
export const TOPIC_CUES: readonly string[] = [
  String.raw`discuss(?:ed|ing)?(?:\s+(?:in\s+detail|at\s+length|further))?`,
  String.raw`(?:an?\s+)?(?:exchange[ds]?|exchanging)\s+(?:of\s+)?(?:views|opinions|ideas)\s+(?:on|about|regarding|concerning)`,
  String.raw`(?:talked|spoke|conferred)\s+(?:about|on)`,
  String.raw`(?:the\s+)?(?:discussions?|talks|conversation|meeting|call)\s+(?:focused|centred|centered|touched)\s+on`,
  String.raw`(?:discussions?|talks|conversation)\s+(?:covered|addressed)`,
  String.raw`(?:reviewed|addressed|covered)`,
  String.raw`(?:underscored|underlined|emphasi[sz]ed|stressed|highlighted|noted|reaffirmed|affirmed|recognized|recognised)\s+the\s+importance\s+of`,
  String.raw`(?:expressed|raised)\s+(?:\w+\s+)?concerns?\s+(?:over|about|regarding)`,
  String.raw`(?:shared|exchanged)\s+(?:their\s+)?(?:points\s+of\s+view|assessments?|perspectives)\s+on`,
  String.raw`(?:to\s+)?discuss`,
];

/** Objects too general to be a topic on their own ("a range of issues" is kept only with what follows it). */
export const EMPTY_TOPICS: readonly string[] = [
  'this', 'that', 'it', 'that basis', 'this basis', 'the basis', 'them', 'these issues', 'the matter', 'the issue', 'issues', 'matters', 'a number of issues',
];
