/**
 * Word lists for recognising that a meeting took place and how. Data only: patterns are compiled by the
 * extractors that use them. Each entry is a regular-expression source matched case-insensitively on word boundaries.
 */

/**
 * "Jake Sullivan called Dr. Monica Juma today to congratulate her ...", "The Prime Minister called President Ruto this
 * morning", "called his Japanese counterpart to discuss ...": a telephone call. The person called is introduced by an
 * honorific, a title or "his/her" (the cues are matched case-insensitively, so capitals cannot tell a name), and the
 * call is dated or given a purpose; not "called for restraint", "called on X to ...", "called Mr. X's remarks ...".
 */
const CALLED_PERSON = String.raw`called\s+(?:H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|President|Prime\s+Minister|Foreign\s+Minister|Chancellor|King|Queen|Premier|Minister|Secretary|his|her)\s+(?:[\w.-]+,?\s+){1,6}?(?:today|yesterday|this\s+(?:morning|afternoon|evening)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|to\s+(?:congratulate|discuss|express|offer|convey|thank|extend|reaffirm|review|consult|underscore))\b`;

/** A meeting that happened (past or reported present). */
export const MEETING_HELD_CUES: readonly string[] = [
  // "met the Counselor of the U.S. Department of State", not "met the requirements"
  // (a whole word: not "Metropolitan", "metric tons", "Methodologist")
  String.raw`met(?![\w-])(?!\s+(?:(?:the|those|these|its|their|our|every|all)\s+(?:[\w-]+\s+)?(?:needs?|requirements?|criteria|expectations?|conditions?|targets?|goals?|demands?|standards?|deadlines?|costs?|challenges?)\b|with\s+(?:approval|criticism|resistance)))`,
  // not a body's habit ("The Board meets quarterly in Washington", "ABAC meets throughout the year")
  String.raw`meets(?![\w-])(?!\s+(?:regularly|quarterly|annually|monthly|weekly|biannually|periodically|once|twice|several\s+times|throughout|every|each|as\s+needed)\b)`,
  String.raw`(?:held|had|hold|holds|conducted|convened)\s+(?:an?\s+|his\s+|her\s+|their\s+|the\s+)?(?:[\w’'"“”()+-]+\s+){0,7}?(?:meeting|meetings|talks?|summit|conversation|call|discussions?|dialogue|consultations?|videoconference|video\s+conference|teleconference|session|retreat)`,
  String.raw`spoke(?:\s+\w+){0,2}\s+(?:with|to|by\s+(?:tele)?phone|by\s+video)`,
  // "exchanged views over the phone with ..."
  String.raw`exchanged\s+(?:views|greetings)\s+(?:\w+\s+){0,2}?(?:over|by|on)\s+(?:the\s+)?(?:tele)?phone`,
  // "spoke on the telephone with" (the German Federal Government's house style)
  String.raw`(?:spoke|speaks)\s+(?:\w+\s+)?(?:on|over)\s+the\s+(?:tele)?phone`,
  String.raw`speaks\s+(?:with|to)`,
  // "Minister of State ... called on the Prime Minister of Fiji" (a courtesy call, in person); not an appeal ("called
  // on Israel to stop ...", "called on the Council to act")
  String.raw`call(?:ed|s)\s+on\s+(?:H\.\s?E\.|Mr\.|Ms\.|Mrs\.|Dr\.|the\s+[A-Z]|[A-Z])(?![^.;]{0,100}?\bto\s+(?!discuss|exchange|review|convey|brief|present|pay)[a-z]+\b)`,
  String.raw`talked\s+(?:with|to|by)`,
  CALLED_PERSON,
  String.raw`hosted`,
  // "Minister ... Ayman Safadi discussed with Egyptian Foreign Minister Sameh Shoukry in a phone call"
  String.raw`discussed\s+with\s+(?:his|her|the|H\.\s?E\.|[A-Z])`,
  // ("welcomed External Affairs Minister S. Jaishankar to Canberra": initials inside the name)
  // (accented Latin letters inside a name: "welcomed Prime Minister Katrín Jakobsdóttir to ...")
  String.raw`welcomed\s+(?:H\.\s?E\.\s+|(?:the\s+)?(?:[A-Z][\w\u00C0-\u024F’'.-]*\s+){1,7}?to\s+(?:the\s+)?[A-Z])`,
  // "welcomed the Prime Minister of Iceland, Katrín Jakobsdóttir, to NATO Headquarters": a title "of" a country, the
  // name between commas (the cues match case-insensitively: the two commas around the name are what is required)
  String.raw`welcomed\s+(?:the\s+)?(?:[^\s,;]+\s+){1,4}?of\s+(?:the\s+)?[^\s,;]+(?:\s+[^\s,;]+)?,\s+(?:[^\s,;]+\s+){1,4}?[^\s,;]+,\s+to\s+(?:the\s+)?\w`,
  // "welcomed his Estonian colleague, Margus Tsahkna, at Eigtveds Pakhus", "welcomed her Finnish counterpart Elina
  // Valtonen in Oslo", "welcomed their counterparts from the Baltic states": the guest named by the host's relation to
  // them; not a possessive ("welcomed his counterpart's proposal", "welcomed their colleagues' readiness")
  String.raw`welcomed\s+(?:his|her|their|my|our)\s+(?:[\w\u00C0-\u024F’'-]+\s+){0,2}?(?:colleague|counterpart|guest)s?(?![\w’'])(?!\s*(?:and\s+(?:\w+\s+){0,2}?)?(?:remarks?|statements?|proposals?|initiatives?|decisions?|readiness|commitment|words?|efforts?|position|support|views?|comments?)\b)`,
  // "'...,' said Foreign Minister Espen Barth Eide after a video meeting with the new Palestinian Prime Minister"
  // (an indefinite meeting only: "following his meeting with President Xi in November 2023" recalls an earlier one)
  String.raw`(?:after|following)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|call|conversation|videoconference)\s+with`,
  // "Vladimir Putin welcomed Recep Tayyip Erdogan with military honours", "... with a guard of honour"
  String.raw`welcomed\s+(?:(?:the\s+)?[A-Z][\w’'.-]*,?\s+){1,8}?with\s+(?:full\s+|a\s+)?(?:(?:military|state|official|ceremonial)\s+honou?rs|guard\s+of\s+honou?r|(?:an?\s+)?(?:official\s+)?welcom(?:e|ing)\s+ceremony)`,
  // "Following Russian-Turkish talks, the presidents held a joint news conference": the talks were held
  String.raw`(?<![\w-])following\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:talks|negotiations|consultations)\b(?!\s+(?:on|with)\s+(?:\w+\s+){0,3}?(?:last|previous))`,
  String.raw`received\s+(?:a\s+courtesy\s+call|(?:H\.\s?E\.|Mr\.|Ms\.|Mrs\.|Dr\.|the\s+[A-Z]|[A-Z]))`,
  String.raw`paid\s+a\s+courtesy\s+call`,
  String.raw`(?:was|were)\s+held`,
  String.raw`took\s+place`,
  String.raw`participated\s+in\s+(?:an?\s+|the\s+)?(?:[\w’'"“”-]+\s+){0,6}?(?:meeting|summit|call|videoconference|conference|session)`,
  String.raw`(?:had|held)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,3}(?:phone|telephone)`,
  // "In a March 14 trilateral call, X, Y and Z discussed ...": the meeting named first, its participants after.
  String.raw`(?:in|during|at)\s+(?:a|an|the|their|today['’]s|yesterday['’]s)\s+(?:[\w-]+\s+){0,4}?(?:call|meeting|conversation|videoconference|video\s+call|talks)\b(?=[\s\S]{0,300}?\b(?:discussed|agreed|reviewed|exchanged|talked|reaffirmed|underscored|emphasized|noted))`,
];

/**
 * Forms a held cue matches (the cues match case-insensitively) that report no meeting, matched case-sensitively at the
 * cue's start: what is received is a thing, not a visitor ("received several awards", "received a B.A.", "received her
 * B.A. from", "received the 2015 Nobel Prize", "received from President Obama", "received at least one dose"), unless
 * a visitor, a call or a visit follows ("received his Slovak counterpart", "received a delegation led by", "received a
 * phone call", "received today the Ambassador", "was received by the Minister", "received in audience", "received on Sunday in ..."); an appeal to
 * everyone is no courtesy call ("calls on all parties to ...").
 */
export const NOT_HELD_CUE_FORMS: readonly string[] = [
  String.raw`received\s+(?!(?:the\s+)?(?:H\.\s?E\.|[A-Z])|(?:by|today|yesterday|tonight|this|on|in(?!\s+\d)|at(?!\s+least)|during|here|there|separately|also|jointly|warmly|cordially|respectively|later|earlier|together|officially|personally|then)\b|,|(?:a|an|his|her|their|its|our|the)\s+(?:[\w’'-]+\s+){0,3}?(?:counterparts?|colleagues?|guests?|delegations?|deputation|visit|(?:courtesy\s+|(?:tele)?phone\s+|video\s+)?call|envoys?|ambassadors?|ministers?|representatives?|team|members?|group|mission|leaders?|heads?|chiefs?|officials?|secretary|president|governor|predecessors?|successor|visitors?)\b)`,
  String.raw`call(?:ed|s)\s+on\s+(?!(?:the|his|her|their)\s)[a-z]`,
  // a figure of speech: "she spoke truth to power", "he spoke to our better angels"
  String.raw`spoke\s+(?:the\s+)?truth\s+to`,
  String.raw`(?:spoke|speaks)\s+to\s+(?:our|the|their|his|her|my|your)\s+(?:better\s+angels|hearts?|souls?|consciences?|spirit|values|hopes|fears|aspirations|dreams|imagination)\b`,
];

/**
 * Words right before a held cue that make it a recollection, not the meeting reported: "I first met Justice O'Connor
 * years ago", "the first time I met Dr. Kissinger", "the two had once met". Matched case-insensitively at the
 * end of the text before the cue.
 */
export const RECOLLECTION_BEFORE_CUES: readonly string[] = [
  String.raw`(?:first|once|never|had\s+(?:first|once|never|previously))`,
  String.raw`first\s+time\s+(?:I|we|he|she|they)`,
];

/**
 * An opening that announces personnel, not a meeting ("Today, President Biden announced his intent to nominate ...",
 * "The Minister announced the appointment of ...", "Nominations sent to the Senate"): the biographies after it tell
 * what each person did ("received a B.A.", "hosted a podcast", "met with leaders"), not a meeting.
 */
export const PERSONNEL_ANNOUNCEMENT_CUES: readonly string[] = [
  String.raw`announc(?:e|es|ed|ing)\s+(?:(?:his|her|their|its|the)\s+)?(?:intent(?:ion)?|decision|plans?)\s+to\s+(?:nominate|appoint|designate|name)`,
  String.raw`announc(?:e|es|ed|ing)\s+(?:the\s+)?(?:nominations?|appointments?|designations?)\s+of`,
  String.raw`announc(?:e|es|ed|ing)\s+(?:the\s+following\s+|(?:\w+\s+){0,2})?(?:nominees?|appointees?|nominations|appointments)\b`,
  String.raw`(?:intends?|intended)\s+to\s+(?:nominate|appoint)`,
  String.raw`nominations?\s+sent\s+to\s+the\s+senate`,
];

/** Words in a title or lead line that name a meeting ("Call with", "Meeting with", "Telephone Talks between"). */
export const MEETING_TITLE_CUES: readonly string[] = [
  String.raw`(?:meeting|meets|call|conversation|talks|summit|consultations?|retreat)\s+(?:with|between)`,
  // "Meeting of Foreign Minister Hakan Fidan with Péter Szijjártó, ..." (Türkiye's house style)
  String.raw`(?:meeting|call|conversation|talks)\s+of\s+[^,;.]{3,80}?\s+with`,
  String.raw`(?:telephone|phone)\s+(?:talks?|call|conversation)`,
  String.raw`following\s+(?:their|the)\s+talks`,
  String.raw`(?:bilateral|trilateral)\s+meeting`,
  String.raw`(?:ministers?’?'?s?|ministerial|summit|leaders’?'?)\s+meeting`,
];

/** A sentence reporting a future or hypothetical meeting is not the meeting itself. */
export const FUTURE_CUES: readonly string[] = [
  String.raw`will`, String.raw`shall`, String.raw`to\s+be\s+held`, String.raw`is\s+(?:scheduled|expected|planned|due)\s+to`,
  String.raw`plans?\s+to`, String.raw`would\s+like\s+to`,
  // "The two Governments agree to hold the first round of consultations": an agreement to meet, not a meeting
  String.raw`agree[sd]?\s+to`,
];

/**
 * Words that put the rest of their clause at another time than the held meeting: a plan ("to be held in Ankara later
 * this year", "An agreement was reached to hold the next meeting ... in Tashkent", "agreed to meet on the margins of
 * the NATO Summit") or an earlier meeting ("last met in Baghdad in September", "their previous meeting in Minsk"). A
 * place or an occasion named after one of these, in the same clause, is that other meeting's. Not "the last day of
 * his visit" (a day of this one).
 */
export const OTHER_MEETING_CLAUSE_CUES: readonly string[] = [
  String.raw`will`, String.raw`shall`, String.raw`would`, String.raw`to\s+be\s+(?:held|hosted|convened|organi[sz]ed)`,
  String.raw`(?:agreed|decided|resolved|undertook|plans?|planning|intends?|intended|hopes?|hoped|looks?\s+forward|looked\s+forward)\s+to`,
  String.raw`agreed\s+that`,
  String.raw`(?:agreement|decision|understanding)\s+(?:was|has\s+been)\s+(?:reached|made|taken)`,
  String.raw`(?:reached|made|took)\s+(?:an?\s+)?(?:agreement|decision|understanding)`,
  String.raw`(?:is|are|was|were)\s+(?:scheduled|expected|set|due|planned|slated)\s+to`,
  String.raw`invit(?:ed|es|ing|ation)\b[^,;.]*?\bto\s+(?:visit|attend|come|travel)`,
  String.raw`(?:next|upcoming|forthcoming|future)\s+(?:(?!of\b)[\w’'-]+\s+){0,2}?(?:meeting|session|round|consultations?|summit|dialogue|talks|visit|edition|sitting)`,
  String.raw`(?:last|previously|earlier)\s+met`, String.raw`met\s+previously`,
  // (not "at last week's summit in Brussels": a readout may come days after the meeting it reports)
  String.raw`(?:last(?!\s+(?:week|night)\b)|previous|preceding|prior|earlier)\s+(?:(?!of\b)[\w’'-]+\s+){0,2}?(?:meeting|session|round|consultations?|summit|dialogue|talks|visit|sitting)`,
];

/**
 * A headline's infinitive is its future tense ("Forum Economic Ministers to meet virtually", "Secretary Blinken to
 * Travel to Japan", "PM to hold talks with ..."): a heading with one of these before its meeting words announces the
 * meeting rather than reporting it.
 */
export const HEADLINE_FUTURE_CUES: readonly string[] = [
  String.raw`to\s+(?:meet|hold|host|visit|travel|attend|convene|chair|co-?chair|participate|pay|receive|call\s+on|speak|lead|head|begin|start|open)`,
];

export const TELEPHONE_CUES: readonly string[] = [
  String.raw`(?:tele)?phone(?:\s+(?:call|talks?|conversation))?`,
  String.raw`(?:a|the|their|his|her|’s|'s)\s+(?:[\w-]+\s+){0,3}?call\b(?!\s+(?:on|for|to\s+action))`,
  String.raw`calls?\s+with`,
  String.raw`spoke(?:\s+\w+){0,2}\s+(?:with|to)`,
  String.raw`speaks\s+(?:with|to)`,
  String.raw`talked\s+(?:with|to)`,
  CALLED_PERSON,
];

export const VIDEO_CUES: readonly string[] = [
  String.raw`video[\s-]?(?:conference|call|link|teleconference|meeting)s?`,
  String.raw`videoconferenc\w*`,
  String.raw`virtual(?:ly)?(?:\s+(?:meeting|summit|call|format|session))?`,
  String.raw`online\s+(?:meeting|summit|format|talks)`,
  String.raw`teleconference`,
];

/** Words that name a day or a date after "on" ("on Saturday", "on 21 October", "on the 5th"). */
const DAY_WORDS = String.raw`Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|(?:this|that)\s+(?:day|morning|afternoon|evening)`;

/** Courtesy calls are visits in person, not telephone calls. */
export const IN_PERSON_OVERRIDES: readonly string[] = [
  // ("received a phone call on Saturday from ...": a call on a day is a call)
  String.raw`courtesy\s+call`, String.raw`call(?:ed)?\s+on(?!\s+(?:(?:${DAY_WORDS})\b|(?:the\s+)?\d))`, String.raw`in\s+person`, String.raw`face[\s-]to[\s-]face`,
];

/** Meeting nouns that fix the level when the participants do not. */
export const LEVEL_NOUNS: readonly { readonly pattern: string; readonly level: 'leader' | 'foreign-minister' | 'minister' | 'vice-minister' | 'senior-official' }[] = [
  { pattern: String.raw`summit|leaders’?'?\s+(?:meeting|call|talks)|heads\s+of\s+(?:state|government)`, level: 'leader' },
  { pattern: String.raw`foreign\s+minist(?:ers?’?'?s?|erial)\s+(?:meeting|talks|consultations?)|foreign\s+ministers’?'?|foreign\s+ministerial`, level: 'foreign-minister' },
  { pattern: String.raw`vice[\s-]minist(?:ers?’?'?s?|erial)|deputy\s+foreign\s+minist`, level: 'vice-minister' },
  { pattern: String.raw`(?:director[\s-]general|senior\s+officials?|working)[\s-]level|politico-military|strategic\s+dialogue|senior\s+officials?’?'?\s+meeting`, level: 'senior-official' },
  { pattern: String.raw`“?2\s*\+\s*2”?|ministerial\s+(?:meeting|consultation|dialogue)`, level: 'minister' },
];

/** Phrases introducing the larger event a meeting was held on the occasion of. */
export const OCCASION_CUES: readonly string[] = [
  String.raw`on\s+the\s+occasion\s+of`,
  String.raw`(?:at|on)\s+the\s+(?:margins?|sidelines?|fringes?)\s+of`,
  String.raw`on\s+the\s+(?:margins?|sidelines?)\s+of`,
  String.raw`in\s+the\s+margins?\s+of`,
  // "met ... within the framework of the Munich Security Conference" (the Caucasus and Central Asian ministries' style)
  String.raw`(?:within|in)\s+the\s+framework\s+of`,
  String.raw`(?:to|for)\s+attend(?:ing)?`,
  // "welcomed French President Emmanuel Macron to Schloss Meseberg for the Franco-German Council of Ministers"
  // (cues match case-insensitively: the welcome verb keeps "continue to push for Congress to ..." out)
  String.raw`(?:welcomed|received|hosted)\s+[^.;]{3,90}?\s+to\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?\s+for`,
  // "Volodymyr Zelenskyy, who is taking part in the G7 summit in Hiroshima, met with ..."
  String.raw`who\s+(?:was|is)\s+(?:taking\s+part|participating)\s+in`,
  String.raw`(?:visit|visiting|trip|travel)\s+to\s+[^,.;]{2,40}?\s+(?:for|to\s+attend)`,
  String.raw`who\s+(?:was|is)\s+visiting\s+[^,.;]{2,40}?\s+for`,
  // "Kenyan President William Ruto, who is in China for the third Belt and Road Forum" (China MFA's house style)
  String.raw`who\s+(?:was|is)\s+in\s+[^,.;]{2,40}?\s+(?:for|to\s+attend)`,
  String.raw`during\s+(?:the|his|her)\s+(?:visit\s+to\s+attend\s+)?`,
  String.raw`on\s+a\s+visit\s+to\s+[^.;]{2,40}?\s+for`,
  String.raw`at\s+the\s+conference\s+room\s+of`,
];

/**
 * Offices written after a name whose title does not say the rank ("Federal Councillor Ignazio Cassis, head of the
 * Federal Department of Foreign Affairs (FDFA)": a Swiss federal councillor heads a department, here the foreign
 * ministry). The office, in apposition, gives the holder's rank.
 */
export const OFFICE_LEVELS: readonly { readonly pattern: string; readonly level: 'foreign-minister' }[] = [
  { pattern: String.raw`head\s+of\s+(?:the\s+)?(?:Federal\s+)?(?:Department|Ministry)\s+(?:of|for)\s+Foreign\s+Affairs|head\s+of\s+(?:the\s+)?(?:[A-Z]\w+\s+)?(?:diplomacy|Foreign\s+Ministry)`, level: 'foreign-minister' },
];

/**
 * Titles whose rank depends on the holder's country. South Asia's Foreign Secretary heads the foreign ministry's
 * civil service (India, Pakistan, Bangladesh, Sri Lanka, Nepal, Bhutan), while the UK's is its foreign minister.
 */
export const COUNTRY_TITLE_LEVELS: readonly { readonly pattern: string; readonly countries: readonly string[]; readonly level: 'senior-official' | 'foreign-minister' | 'vice-minister' }[] = [
  { pattern: String.raw`foreign\s+secretary`, countries: ['IN', 'PK', 'BD', 'LK', 'NP', 'BT'], level: 'senior-official' },
  // Bangladesh's interim government (2024-): the Adviser for Foreign Affairs holds the foreign minister's office;
  // elsewhere a "foreign (policy) adviser" is a senior official
  { pattern: String.raw`(?:foreign(?:\s+affairs)?\s+advis[eo]r|advis[eo]r\s+(?:for|on|of)\s+foreign\s+affairs)`, countries: ['BD'], level: 'foreign-minister' },
];

/**
 * Abbreviated names of standing bodies, written out in an occasion's value (its evidence stays as written): gold and
 * the other side's readout name "the United Nations General Assembly" whether the text says "UNGA" or "UN General
 * Assembly". Applied in order to whole words; `written` is a regular
 * expression source, case-sensitive (an abbreviation is written in capitals).
 */
export const OCCASION_ABBREVIATIONS: readonly { readonly written: string; readonly full: string }[] = [
  // "UNGA 78", "UNGA78": the numbered session is the Assembly's meeting
  { written: String.raw`UNGA(?:[\s-]?\d+)?`, full: 'United Nations General Assembly' },
  { written: String.raw`UNSC`, full: 'United Nations Security Council' },
  { written: String.raw`UNHRC`, full: 'United Nations Human Rights Council' },
  { written: String.raw`U\.\s?N\.|UN`, full: 'United Nations' },
];
