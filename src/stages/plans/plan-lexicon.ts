/**
 * Word lists for the planned-event finder, kept apart from the matching code. Every entry is a
 * regular-expression source fragment (case-insensitive unless noted); the finder compiles them once.
 */
import type { PlanKind } from '../../domain/record.ts';

/**
 * A joint intergovernmental body ("Joint Ministerial Commission", "Inter-Governmental Commission", Nigeria's and
 * Argentina's "Bi-National Commission"), as an event head.
 */
export const JOINT_BODY_HEAD =
  '(?:joint|intergovernmental|inter-governmental|bi-national|binational)\\s+(?:(?:ministerial|economic|trade|permanent|bilateral|cooperation)\\s+)?(?:commission|committee)s?(?!\\s+(?:meeting|session)s?\\b)';

/** Verbs right before a {@link JOINT_BODY_HEAD} noun phrase that make the body's session an event. */
export const BODY_CONVENING_VERBS = '(?:convene|convening|hold|holding|host|hosting|organi[sz]e|organi[sz]ing|reconvene|co-chair|co-chairing|chair|chairing|co-host|co-hosting)';

/**
 * Event head nouns and the kind they imply, tried in order (the first whose pattern matches a head
 * decides). Multi-word heads come before their last word so "working group" wins over "group".
 */
export const EVENT_HEADS: readonly { readonly pattern: string; readonly kind: PlanKind; /** The head words alone, when `pattern` also looks at the words around them. */ readonly words?: string }[] = [
  { pattern: 'summit(?:\\s+meeting)?s?', kind: 'meeting' },
  { pattern: 'working\\s+groups?(?:\\s+meetings?)?', kind: 'meeting' },
  { pattern: '(?:telephone|phone|video)\\s+(?:talks?|calls?|conversations?)', kind: 'meeting' },
  { pattern: 'videoconferences?', kind: 'meeting' },
  // "will also pay a courtesy call on the Prime Minister": a call on someone is a meeting.
  { pattern: 'courtesy\\s+calls?', kind: 'meeting' },
  { pattern: 'meetings?', kind: 'meeting' },
  { pattern: 'talks', kind: 'meeting' },
  { pattern: 'conferences?', kind: 'meeting' },
  // "the 2+2 Ministerial Dialogue": the dialogue decides the kind.
  { pattern: 'ministerials?(?!\\s+dialogues?\\b)', kind: 'meeting' },
  // "the next EU-Ukraine Association Council", "the Foreign Affairs Council", "the European Council of 21-22 March",
  // "the OTS Council of Foreign Ministers": councils that are sessions, named by the word before them (the capitalised
  // name before that is taken by the noun phrase). Not standing bodies ("the Security Council", "the Federation
  // Council"), nor a council's members, president or decisions, nor the Council of Europe (an organisation).
  { pattern: '(?<=\\b(?:association|partnership|coordination|affairs|european|ministerial|ministers[’\']?)\\s)councils?(?!\\s+(?:members?|officials?|staff|spokes(?:man|woman|person)|president|presidency|resolutions?|conclusions|decisions?|chair|secretariat|meetings?)\\b)|councils?\\s+of\\s+(?:foreign\\s+)?ministers', kind: 'meeting', words: 'councils?(?:\\s+of\\s+(?:foreign\\s+)?ministers)?' },
  // "will attend the UN General Assembly": its annual session.
  { pattern: 'general\\s+assembly', kind: 'meeting' },
  // "the Seventy-eighth World Health Assembly in May 2025", "the World Health Assembly will take place": the WHO's,
  // the Council of Europe's or NATO's assembly meets in sessions. Not a parliament ("the National Assembly").
  { pattern: '(?:world\\s+health|parliamentary)\\s+assembly(?!\\s+(?:\\d+\\s+)?(?:resolutions?|decisions?|targets?|mandates?|members?)\\b)', kind: 'meeting', words: '(?:world\\s+health|parliamentary)\\s+assembly' },
  // "agreed to hold the Laos-Vietnam border defence friendship exchange in December": a named exchange between two
  // forces or peoples is a meeting (not "exchanges of views", nor "people-to-people exchanges", a standing aim).
  { pattern: 'friendship\\s+exchanges?(?!\\s+of\\b)', kind: 'meeting' },
  // Leaders' and ministers' retreats ("the Leaders' Retreat, which will take place in Singapore"); not an army's
  // ("the retreat of Russia's forces").
  { pattern: 'retreats?(?!\\s+(?:of|from)\\b)', kind: 'meeting' },
  // Latin American governments meet as whole cabinets ("the VII Colombia-Peru Binational Cabinet", Peru-Ecuador's,
  // Peru-Chile's): the session of two cabinets is the event.
  { pattern: '(?:bi-?national|joint)\\s+cabinets?(?:\\s+meetings?)?', kind: 'meeting' },
  // Standing groups of two governments meet in sessions, as joint commissions do ("the Joint Strategic Planning Group
  // will convene").
  { pattern: '(?:planning|contact|steering|consultative|coordination)\\s+groups?', kind: 'meeting' },
  // "convene the 11th Joint Commission on Bilateral Cooperation", "host the Inter-Governmental Commission": a joint
  // body between two governments meets in sessions, so convening or hosting it is a meeting. Only as the object of a
  // {@link BODY_CONVENING_VERBS} verb (event-phrase.ts): as a subject ("The Joint Committee will meet in May") the verb
  // is the event; a lone "Commission" is an institution ("the European Commission").
  { pattern: JOINT_BODY_HEAD, kind: 'meeting' },
  // "the IAEA Board of Governors, which meets in Vienna next week": a governing board meets in sessions; only with the
  // meeting verb (not a seat on a board: "the Board of Governors of the Federal Reserve System for a term of ...").
  { pattern: 'boards?\\s+of\\s+governors(?=,?\\s+(?:which\\s+)?(?:meets|will\\s+(?:meet|convene)|convenes)\\b)', kind: 'meeting', words: 'boards?\\s+of\\s+governors' },
  { pattern: 'sessions?', kind: 'meeting' },
  { pattern: 'forums?', kind: 'meeting' },
  { pattern: 'gatherings?', kind: 'meeting' },
  { pattern: 'dialogues?', kind: 'dialogue' },
  { pattern: 'consultations?', kind: 'dialogue' },
  { pattern: 'negotiations?', kind: 'dialogue' },
  // "The first round will be held in Male": a round standing alone (not "a round of talks") is one of talks.
  { pattern: 'rounds?(?!\\s+(?:of|table|trip)\\b)', kind: 'dialogue' },
  { pattern: '(?:technical|expert|expert-level|working-level|follow-up)\\s+discussions?', kind: 'dialogue' },
  { pattern: 'discussions', kind: 'dialogue' },
  { pattern: 'visits?', kind: 'visit' },
  { pattern: 'trips?', kind: 'visit' },
  { pattern: 'tours?', kind: 'visit' },
  // The Holy See's and churches' trips ("the Apostolic Journey to Argentina").
  { pattern: '(?:apostolic|pastoral)\\s+journeys?', kind: 'visit' },
  { pattern: 'surveys?', kind: 'survey' },
  { pattern: 'inspections?', kind: 'survey' },
  // "a joint technical team will conduct a field assessment of the corridor": an assessment on the ground is a survey.
  { pattern: 'field\\s+assessments?', kind: 'survey' },
  { pattern: 'missions?', kind: 'mission' },
  { pattern: 'signing(?:\\s+ceremony)?', kind: 'signing' },
  { pattern: 'ceremon(?:y|ies)', kind: 'other' },
  { pattern: 'deliver(?:y|ies)', kind: 'other' },
  { pattern: 'exercises?', kind: 'other' },
  { pattern: '(?:commemorative\\s+)?events', kind: 'other' },
  { pattern: 'celebrations?', kind: 'other' },
  // Ceremonies a guest attends ("the Republic Day parade on 26 January", "the inauguration of President Sheinbaum",
  // "the canonisation of Mama Antula").
  { pattern: 'parades?', kind: 'other' },
  { pattern: 'inaugurations?', kind: 'other' },
  { pattern: 'canoni[sz]ations?', kind: 'other' },
  { pattern: 'festivals?', kind: 'other' },
  // "Italy's National Day at Expo 2025 Osaka will be celebrated on 10 August": a country's day at a fair or abroad.
  { pattern: 'national\\s+days?(?!\\s+of\\b)', kind: 'other' },
  { pattern: '(?:biennale|triennale)s?', kind: 'other' },
];

/**
 * Names of recurring international gatherings that denote an event by themselves ("Vladivostok APEC
 * in 2012"). Case-sensitive. Only taken as a head when a time expression follows at once.
 */
export const EVENT_NAME_HEADS = 'APEC|ASEM|G7|G8|G20|COP\\d{1,2}|UNGA|EXPO|Expo|Olympics|Olympic Games';

/**
 * Documents whose signing is an event when the text says they will be signed ("the Agreement would be signed by the
 * end of the year"). Case-sensitive alternatives; each starts with a word flagged RECORD in word-index.ts or "MoU".
 */
export const SIGNED_DOCUMENTS = '[Aa]greements?|[Tt]reat(?:y|ies)|[Aa]ccords?|[Mm]emorand(?:um|a)(?:\\s+of\\s+[Uu]nderstanding)?|MoUs?|MOUs?|[Pp]rotocols?|[Cc]onventions?|[Dd]eclarations?|[Aa]rrangements?|[Cc]ontracts?|[Cc]harter';

/** Verbs that state a future event by themselves after a future marker ("will visit Russia"). */
export const EVENT_VERBS: readonly { readonly pattern: string; readonly kind: PlanKind }[] = [
  { pattern: 'visit', kind: 'visit' },
  { pattern: 'travel(?:\\s+on)?(?:\\s+to)?', kind: 'visit' },
  { pattern: 'tour', kind: 'visit' },
  // "will leave for Tokyo", "will fly to Jakarta", "will proceed to Manila": the trip stated by its departure.
  { pattern: '(?:leave|depart|fly|head|proceed)\\s+(?:for|to)', kind: 'visit' },
  // "will lead a business delegation to Jakarta": the trip stated by the delegation its leader takes.
  { pattern: 'lead\\s+(?:a|an|the|his|her|their)\\s+(?:[\\w-]+\\s+){0,3}?delegations?\\s+to', kind: 'visit' },
  { pattern: 'meet', kind: 'meeting' },
  { pattern: 'call\\s+on', kind: 'meeting' },
  { pattern: 'convene', kind: 'meeting' },
  { pattern: 'sign', kind: 'signing' },
  { pattern: 'open', kind: 'other' },
  { pattern: 'launch', kind: 'other' },
  { pattern: 'deliver', kind: 'other' },
  // "will brief regional media on the agenda on Thursday", "will brief the press after the talks".
  { pattern: 'brief\\s+(?:the\\s+)?(?:(?:regional|local|national|international|foreign|accredited)\\s+)?(?:media|press|journalists|reporters|correspondents)', kind: 'other' },
  // "the RTS Link, which is on track to start passenger service by end-2026": a service or operations that start.
  { pattern: '(?:start|begin|commence)\\s+(?:(?:passenger|commercial|full|regular|scheduled|its|their|the)\\s+){0,2}(?:services?|operations?)', kind: 'other' },
];

/**
 * Present progressives that announce a trip when a time ahead follows ("Foreign Minister Baerbock is travelling to
 * China from 13 to 15 April"; reported, "the Chancellor would be visiting West Africa in the course of the year");
 * without such a time they describe the trip under way.
 */
export const PROGRESSIVE_TRAVEL = '(?:is|are|will\\s+be|shall\\s+be|would\\s+be)\\s+(?:\\w+ly\\s+)?(?:travell?ing\\s+(?:on\\s+)?to|visiting|heading\\s+to|paying\\s+(?:an?\\s+)?(?:\\w+\\s+)?visit\\s+to)';

/** Gerund forms of {@link EVENT_VERBS}, used after "look forward to". */
export const EVENT_GERUNDS: readonly { readonly pattern: string; readonly kind: PlanKind }[] = [
  { pattern: 'visiting', kind: 'visit' },
  { pattern: 'welcoming', kind: 'visit' },
  { pattern: 'hosting', kind: 'visit' },
  { pattern: 'receiving', kind: 'visit' },
  { pattern: 'returning', kind: 'visit' },
  { pattern: 'travell?ing', kind: 'visit' },
  { pattern: 'meeting', kind: 'meeting' },
  { pattern: 'signing', kind: 'signing' },
];

/**
 * Words that may stand inside an event noun phrase before its head (determiners, possessive
 * pronouns, ordinals, level and type adjectives). Capitalised words, hyphenated compounds,
 * numbers and possessives ("Kono’s") are accepted without being listed.
 */
export const NP_MODIFIERS: readonly string[] = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'our', 'your', 'its', 'my',
  'next', 'upcoming', 'coming', 'forthcoming', 'planned', 'proposed', 'future', 'new',
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'last', 'previous',
  'two', 'three', 'four', 'several', 'both', 'another', 'further', 'additional', 'special', 'official', 'unofficial',
  'informal', 'formal', 'working', 'state', 'joint', 'bilateral', 'trilateral', 'multilateral', 'foreign', 'ministerial',
  'leaders’', "leaders'", 'ministers’', "ministers'", 'field', 'grave', 'technical', 'strategic', 'annual',
  'commemorative', 'summit', 'high-level', 'vice-ministerial', 'viceministerial', 'senior', 'level', 'economic',
  'political', 'security', 'defence', 'defense', 'trade', 'policy', 'comprehensive', 'regular', 'in-person',
  'virtual', 'leaders', 'ministers', 'foreign-ministerial', 'expert', 'expert-level', 'consular', 'round', 'recent',
  'earlier', 'historic', 'productive', 'successful', 'full', 'proper', 'preparatory', 'ministers’', 'extraordinary',
  'emergency', 'plenary', 'tête-à-tête', 'one-on-one', 'interim', 'follow-up', 'commission', 'committee',
  'vice', 'ceasefire', 'peace', 'nuclear', 'partnership', 'cooperation', 'framework', 'telephone', 'phone', 'video',
  // -ing nouns that name the kind of event ("a training mission", "a fact-finding mission", "a steering committee meeting")
  'training', 'planning', 'briefing', 'steering', 'coordinating', 'coordination', 'negotiating', 'drafting', 'monitoring',
  'fact-finding', 'observation', 'business', 'investment', 'trade', 'ministerial-level', 'leaders-level', 'border',
];

/** Phrases right before an event noun phrase that mark it as future (the noun phrase follows at once). */
export const FUTURE_PREFIXES: readonly string[] = [
  '(?:will|shall|would|to|plans? to|planning to|intends? to|hopes? to|decided to|agreed to|wishes? to|going to|ready to|agreed on|concurred on)\\s+(?:\\w+ly\\s+|also\\s+|jointly\\s+|together\\s+)?(?:hold|host|convene|organi[sz]e|attend|arrange|coordinate|realize|realise|carry\\s+out|conduct|launch|open|plan|prepare|undertake|dispatch|send|co-host|co-chair|chair|preside\\s+over|join|participate\\s+in|take\\s+part\\s+in|lead|co-lead|speak\\s+at|schedule|make|pay|resume|be\\s+on|witness)',
  // "will be in Singapore for an official visit"
  '(?:will|shall)\\s+be\\s+in\\s+(?:\\S+\\s+){1,3}?for',
  // "India will host the UAE President for the Raisina Dialogue": the guest comes for the event named after.
  '(?:will|shall)\\s+(?:also\\s+)?(?:host|welcome|receive)\\s+(?:\\S+\\s+){1,5}?for',
  // "will meet Prime Minister Rabuka and co-chair the Ministerial Forum": a second verb under the same "will".
  '(?:will|shall)\\s+(?:\\S+\\s+){1,8}?and\\s+(?:also\\s+)?(?:host|convene|attend|co-chair|chair|co-host|join|participate\\s+in|take\\s+part\\s+in|address)',
  '(?:agreed|concurred|decided|confirmed|proposed|suggested)\\s+(?:on\\s+)?(?:holding|hosting|convening|organi[sz]ing|arranging|launching|resuming|meeting)',
  '(?:on|about|of)\\s+(?:holding|hosting|convening|organi[sz]ing|arranging)',
  '(?:holding|hosting|convening|organi[sz]ing)',
  '(?:hold|host|convene|organi[sz]e|arrange)',
  'preparations?\\s+(?:to|for)',
  'prepar(?:atory|ation)\\s+(?:\\w+\\s+){0,2}(?:for|towards?)',
  'preparing\\s+for',
  'prepare\\s+for',
  'planned\\s+for',
  'plans\\s+for',
  'in\\s+the\\s+(?:lead-up|run-up|leadup|runup)\\s+to',
  'ahead\\s+of',
  'work(?:s|ing)?\\s+(?:\\w+ly\\s+)?(?:together\\s+)?towards?',
  'in\\s+advance\\s+of',
  'looks?\\s+forward\\s+to',
  'looked\\s+forward\\s+to',
  'looking\\s+forward\\s+to',
  'look(?:s|ed|ing)?\\s+forward\\s+to\\s+(?:attending|joining|participating\\s+in|co-chairing|chairing)',
  'invitations?\\s+(?:\\S+\\s+){0,6}?to\\s+(?:attend|visit|join|participate\\s+in)',
  'invited\\s+(?:\\S+\\s+){0,6}?to\\s+(?:attend|visit|join|participate\\s+in)',
  'accepted\\s+(?:the|an|his|her)\\s+invitation\\s+(?:to\\s+(?:attend|visit|join)|for)',
  '(?:realization|realisation)\\s+of',
  'implementing',
  'bring\\s+about',
  'the\\s+need\\s+to\\s+coordinate',
];

/** Predicates after an event noun phrase that mark it as future ("… which will take place in May"). */
export const FUTURE_PREDICATES: readonly string[] = [
  '(?:will|shall|would)\\s+(?:\\w+ly\\s+|also\\s+|then\\s+|again\\s+)?(?:be\\s+(?:\\w+ly\\s+|also\\s+)?(?:held|hosted|co-hosted|chaired|co-chaired|convened|organi[sz]ed|conducted|launched|opened|signed|carried\\s+out|made|realized|realised|undertaken|resumed|reconvened|celebrated|commemorated)|take\\s+place|kick\\s+off|get\\s+under\\s*way|occur|start|begin|commence|open|convene(?!\\s+(?:its|their|a|an|the)\\b)|reconvene|resume|be\\s+in)',
  '(?:is|are|was|were)\\s+(?:\\w+ly\\s+)?(?:scheduled|planned|expected|set|slated|due|foreseen|envisaged|envisioned|earmarked|pencil?led\\s+in|to\\s+be\\s+held|to\\s+take\\s+place)',
  'to\\s+be\\s+(?:held|hosted|convened|organi[sz]ed|launched|signed|conducted)',
  // "The summit takes place on 12 July in Washington": the scheduling present.
  'takes\\s+place\\s+(?:on|in|from|between|at|next|later|this)\\b',
  // "the IAEA Board of Governors, which meets in Vienna next week", "the Council meets on 12 May": the scheduling present.
  '(?:meets|convenes)\\s+(?:again\\s+)?(?:on|in|from|between|at|next|later|this)\\b',
  'scheduled\\s+(?:to|for|in|on|at)',
  'planned\\s+(?:for|in|on|at)',
  'expected\\s+to\\s+(?:take\\s+place|be\\s+held)',
  // "the Second Peace Summit should take place before November": what is due, as "is due to take place".
  'should\\s+(?:take\\s+place|be\\s+held|be\\s+convened)',
];

/** Phrases marking a noun phrase as an event in the past (blocks the future reading, feeds past references). */
export const PAST_MARKERS: readonly string[] = [
  '(?:was|were|had\\s+been|has\\s+been|have\\s+been)\\s+(?:\\w+ly\\s+)?(?:held|hosted|convened|organi[sz]ed|conducted|signed|completed|made|sent|carried\\s+out|achieved)',
  'held\\s+(?:on|in|at|last|earlier|during|by|between|with)',
  'took\\s+place',
  'that\\s+(?:took|had|was)',
];

/** Words before a head that make it routine or non-specific ("regular meetings"). */
export const ROUTINE_MARKERS = '\\b(?:annually|regularly|periodically|every\\s+(?:year|month|week|two|three|six)|each\\s+year|twice\\s+(?:a|per|annually)|once\\s+(?:a|per|annually|every)|at\\s+least\\s+once|on\\s+a\\s+regular\\s+basis)\\b';

/** Words that, right before a noun phrase, say the event did not or will not happen. */
export const NEGATIONS = '\\b(?:not|never|no|unable|cannot|can’t|won’t|without)\\b';

/**
 * Introducers of an occasion: an event noun after one of these is the occasion of the event before
 * it, not a separate event ("a summit meeting … on the occasion of the APEC meeting in November").
 */
export const OCCASION_INTRODUCERS = '(?:on\\s+the\\s+occasion\\s+of|on\\s+the\\s+(?:margins|sidelines|fringes)\\s+of|on\\s+such\\s+occasions\\s+as|at|during|in\\s+the\\s+(?:margins|sidelines)\\s+of)\\s+(?:the\\s+|a\\s+|this\\s+|next\\s+)?';
