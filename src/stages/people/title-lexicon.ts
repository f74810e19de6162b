/**
 * Word lists for recognising official titles ("Minister for Foreign Affairs", "Executive Vice Foreign Minister",
 * "Secretary of State") and the rank they imply. Data only: the title matcher and the title classifier compile them.
 *
 * All words are written folded: lower case, accents removed, hyphens and spaces dropped inside one written word
 * ("Vice-Minister" -> `viceminister`, "Tánaiste" -> `tanaiste`).
 */
import type { Level } from '../../domain/record.ts';
import { GENERAL_OFFICES } from './name-lexicon.ts';

/**
 * The word a title ends on ("Minister", "President", "Director-General"). A title is
 * `modifier* portfolio-word* base tail?`, optionally followed by "of/for <portfolio>" complements.
 */
export const TITLE_BASES: readonly string[] = [
  // heads of state and government
  'president', 'minister', 'minster', 'chancellor', 'premier', 'king', 'queen', 'emir', 'amir', 'sultan', 'prince',
  'princess', 'taoiseach', 'tanaiste', 'pope', 'chairman', 'chairwoman', 'chairperson', 'chair', 'pontiff', 'father',
  // merged written forms
  'viceminister', 'vicepresident', 'vicepremier', 'vicechairman', 'undersecretary', 'secretarygeneral',
  'directorgeneral', 'ambassadoratlarge', 'governorgeneral', 'presidentelect', 'vicepresidentelect',
  'primeministerdesignate', 'ministerdesignate', 'chief', 'assistant', 'commander', 'commanderinchief',
  // offices with a postpositive "General" written as one word ("Commissioner-General", "Inspector-General")
  ...GENERAL_OFFICES.map((office) => `${office}general`),
  // officials
  'secretary', 'councilor', 'councillor', 'advisor', 'adviser', 'representative', 'envoy', 'spokesperson',
  'spokesman', 'spokeswoman', 'director', 'coordinator', 'commissioner', 'ambassador', 'counselor', 'counsellor',
  'administrator', 'official', 'attorney', 'governor', 'mayor', 'senator', 'speaker', 'congressman',
  'congresswoman', 'general', 'admiral', 'surgeon', 'charge',
  // regional heads in other countries' styles ("Akim of Almaty Region", Kazakhstan; "Khokim of Samarkand Region",
  // Uzbekistan; "Prefect of the Île-de-France Region", France)
  'akim', 'khokim', 'hokim', 'prefect',
  // abbreviations written before a name in Indian and Chinese readouts ("EAM Dr. S. Jaishankar", "MoS Shri V.
  // Muraleedharan", "PM Modi", "FM Wang Yi"); "PM" after a number is a time
  'eam', 'mos', 'pm', 'fm',
  // Poland's speakers ("Marshal of the Sejm", "Marshal of the Senate"), "Field Marshal"; capitalised only (the verb)
  'marshal',
];

/**
 * Words that may follow a base to finish the title ("Director General", "Attorney General", "Ambassador
 * Extraordinary and Plenipotentiary"): folded word sequences, each with the bases it may follow.
 */
export const TITLE_TAILS: readonly { readonly words: readonly string[]; readonly after: readonly string[] }[] = [
  { words: ['extraordinary', 'and', 'plenipotentiary'], after: ['ambassador'] },
  // ("Commissioner General", "Inspector General", "Auditor General", "Consul General": every office written with a
  // postpositive "General"; those that are no title alone are bases only with it, {@link GENERAL_ONLY_BASES})
  { words: ['general'], after: GENERAL_OFFICES },
  { words: ['of', 'the', 'secretarygeneral'], after: ['envoy', 'representative', 'advisor', 'adviser'] },
  { words: ['of', 'the', 'secretary', 'general'], after: ['envoy', 'representative', 'advisor', 'adviser'] },
  { words: ['at', 'large'], after: ['ambassador'] },
  // "Chargé d'Affaires" (the tokenizer keeps the apostrophe inside the word), and "Chargé d'Affaires a.i." (ad interim),
  // also after a comma: the whole title; the longer tails come first, as the first tail that matches is taken
  ...["d'affaires", 'd’affaires'].flatMap((da) => [
    { words: [da, 'a', '.', 'i', '.'], after: ['charge'] },
    { words: [da, ',', 'a', '.', 'i', '.'], after: ['charge'] },
    { words: [da], after: ['charge'] },
  ]),
  // India's MEA secretaries, named by their region ("Secretary (East) Shri Saurabh Kumar")
  { words: ['(', 'east', ')'], after: ['secretary'] },
  { words: ['(', 'west', ')'], after: ['secretary'] },
  { words: ['(', 'south', ')'], after: ['secretary'] },
  { words: ['(', 'er', ')'], after: ['secretary'] },
  { words: ['to', 'the', 'president'], after: ['assistant', 'advisor', 'adviser', 'counselor', 'counsellor'] },
  { words: ['to', 'the', 'vice', 'president'], after: ['assistant', 'advisor', 'adviser', 'counselor', 'counsellor'] },
  { words: ['to', 'the', 'prime', 'minister'], after: ['assistant', 'advisor', 'adviser', 'counselor', 'counsellor'] },
  { words: ['to', 'the', 'secretary'], after: ['assistant', 'advisor', 'adviser', 'counselor', 'counsellor'] },
];

/**
 * Offices that are a title only with their postpositive "General" ("Inspector General", "Comptroller General",
 * "Procurator General"): alone they are common nouns or ranks too low to name ("an inspector", "the Registrar").
 */
export const GENERAL_ONLY_BASES: readonly string[] = GENERAL_OFFICES.filter((word) => !TITLE_BASES.includes(word));

/**
 * Words that head a title ending in another office ("Head of the Office of the President", "Chief of Staff of the
 * President"): a rank after "of the" inside such a title is not the holder's rank.
 */
export const OFFICE_HEAD_WORDS: readonly string[] = ['head', 'chief', 'office', 'staff'];

/**
 * Epithets written before an office and not part of it, by folded word ("the Holy Father Pope Francis": title "Pope").
 * Standing alone before a name they are the title ("the Holy Father Francis").
 */
export const TITLE_EPITHETS: readonly (readonly string[])[] = [
  ['holy', 'father'],
];

/** Rank words written before the base ("Executive Vice Foreign Minister", "Deputy Prime Minister", "Crown Prince"). */
export const TITLE_MODIFIERS: readonly string[] = [
  'deputy', 'vice', 'first', 'second', 'executive', 'senior', 'parliamentary', 'assistant', 'principal', 'under',
  'acting', 'federal', 'chief', 'permanent', 'special', 'junior', 'state', 'high', 'presidential', 'associate',
  'prime', 'crown', 'supreme', 'grand', 'lord', 'interim', 'alternate', 'chief', 'personal',
  // "the Holy Father Francis"
  'holy',
  // "Private Secretary to the King"
  'private',
  // "HR/VP" (the EU High Representative/Vice-President)
  'hr',
];

/**
 * Subjects of ministries beyond foreign affairs, as written capitalised in a portfolio list. Lexicon words only when
 * capitalised ({@link CAPITALISED_ONLY_WORDS}): "power", "water" or "roads" in running text stay common words.
 */
const PORTFOLIO_SUBJECTS: readonly string[] = [
  'railways', 'railway', 'electronics', 'telecommunications', 'telecommunication', 'posts', 'civil', 'aviation', 'shipping',
  'ports', 'waterways', 'highways', 'road', 'roads', 'mines', 'mining', 'petroleum', 'hydrocarbons', 'oil', 'gas', 'coal',
  'steel', 'textiles', 'chemicals', 'fertilizers', 'fertilisers', 'power', 'water', 'sanitation', 'irrigation', 'forests',
  'forestry', 'wildlife', 'lands', 'tribal', 'minority', 'minorities', 'livestock', 'husbandry', 'dairying', 'skill',
  'entrepreneurship', 'industries', 'enterprises', 'cooperatives', 'statistics', 'innovation', 'scientific', 'research',
  'broadcasting', 'transportation', 'logistics', 'heritage', 'higher', 'vocational', 'solidarity', 'decentralisation',
  'decentralization', 'territorial', 'modernisation', 'modernization', 'ecology', 'biodiversity', 'handicrafts',
];

/**
 * Parliaments' own names, word by word (folded keys), after the office that presides over them or sits in them
 * ("Speaker of the Milli Majlis of Azerbaijan", "Marshal of the Sejm", "Chairman of the Verkhovna Rada", "Speaker of
 * the Lok Sabha", "Ceann Comhairle of Dáil Éireann", "President of the Saeima", "Chairman of the Jogorku Kenesh",
 * "Speaker of the Majlis al-Shura"): portfolio words, read only when capitalised.
 */
const PARLIAMENT_NAME_WORDS: readonly string[] = [
  'milli', 'majlis', 'mejlis', 'majilis', 'mazhilis', 'oliy', 'sejm', 'senat', 'verkhovna', 'rada', 'knesset', 'storting',
  'stortinget', 'riksdag', 'riksdagen', 'folketing', 'folketinget', 'bundestag', 'bundesrat', 'nationalrat', 'duma',
  'jatiya', 'sangsad', 'lok', 'rajya', 'sabha', 'pratinidhi', 'rashtriya', 'dail', 'eireann', 'seanad', 'oireachtas',
  'saeima', 'seimas', 'riigikogu', 'eduskunta', 'althing', 'althingi', 'sabor', 'skupstina', 'skupshtina', 'kuvend',
  'sobranie', 'sobranje', 'jogorku', 'zhogorku', 'kenesh', 'khural', 'hural', 'sansad', 'shura', 'al-shura', 'ash-shura',
  'shoora', 'cortes', 'generales', 'congreso', 'diputados', 'hluttaw', 'pyidaungsu', 'vouli', 'sejmas', 'tynwald',
  'kurultai', 'assemblee', 'nationale', 'assembleia', 'parlamento', 'dewan', 'rakyat', 'perwakilan',
];

/**
 * Portfolio words: they may stand before the base ("Foreign Minister", "Defence Secretary", "Trade Representative")
 * or after it in an "of/for" complement ("Minister for Foreign Affairs", "Secretary of State for Foreign,
 * Commonwealth and Development Affairs", "Chairman of the Government").
 */
export const PORTFOLIO_WORDS: readonly string[] = [
  'foreign', 'affairs', 'external', 'defence', 'defense', 'commerce', 'trade', 'finance', 'economy', 'economic',
  'economics', 'state', 'treasury', 'government', 'policy', 'policies', 'security', 'development', 'europe',
  'european', 'international', 'relations', 'strategy', 'political', 'politicomilitary', 'industry',
  'energy', 'health', 'agriculture', 'justice', 'interior', 'home', 'education', 'environment', 'labour', 'labor',
  'transport', 'national', 'homeland', 'cooperation', 'integration', 'regional', 'overseas', 'asian', 'asia', 'oceanian',
  'pacific', 'indopacific', 'african', 'africa', 'americas', 'american', 'western', 'hemisphere', 'near', 'middle',
  'eastern', 'east', 'central', 'south', 'southern', 'north', 'northern', 'arms', 'control', 'nonproliferation',
  'global', 'public', 'diplomacy', 'diplomatic', 'management', 'resources', 'human', 'rights', 'democracy', 'counterterrorism',
  'growth', 'science', 'technology', 'culture', 'sport', 'sports', 'tourism', 'climate', 'digital', 'planning',
  'investment', 'promotion', 'diaspora', 'multilateral', 'legal', 'consular', 'protocol', 'armed', 'forces',
  'bureau', 'cabinet', 'press', 'communications', 'information', 'intelligence', 'immigration', 'citizenship',
  'veterans', 'housing', 'urban', 'welfare', 'social', 'employment', 'women', 'youth', 'family', 'natural',
  'fisheries', 'food', 'rural', 'infrastructure', 'maritime', 'ocean', 'oceans', 'space', 'cyber', 'emerging',
  'threats', 'conflict', 'stabilization', 'operations', 'population', 'refugees', 'migration', 'union',
  'reconstruction', 'unification', 'coordination', 'office', 'secretariat', 'council', 'commission', 'committee',
  'board', 'agency', 'service', 'services', 'directorate', 'policymaking', 'advisers', 'advisors', 'engagement',
  'intergovernmental', 'preparedness', 'response', 'emergency', 'budget', 'regulatory', 'personnel', 'veterans',
  'small', 'business', 'postal', 'financial', 'consumer', 'protection', 'trading', 'exchange', 'drug',
  // regions and subjects named in portfolios ("Minister of State for Europe and North America", "Special
  // Representative for Korean Peninsula Peace and Security Affairs", "Chairman of the Joint Chiefs of Staff")
  'america', 'eurasia', 'oceania', 'caribbean', 'arctic', 'gulf', 'peninsula', 'peace', 'reconciliation', 'joint',
  'chiefs', 'staff',
  // central banks and monetary authorities ("Governor of the Central Bank", "Reserve Bank Governor", "Chairman of the
  // Monetary Authority")
  'bank', 'reserve', 'monetary',
  // Belgium's foreign minister also holds "the Federal Cultural Institutions"
  'cultural', 'institutions',
  // "Minister of Foreign Affairs and Expatriates" (Palestine, Jordan), "... and Emigrants" (Syria); "Director of the
  // Office of the Central Foreign Affairs Commission of the Communist Party of China"
  'expatriates', 'emigrants', 'communist', 'party',
  // "Counselor of the U.S. Department of State", "Chargé d'Affaires of the Embassy of Japan"
  'department', 'embassy',
  // "Domestic Policy Advisor", "Gender Policy Council Director", "Chief Medical Advisor"
  'domestic', 'gender', 'medical',
  // "Ambassador-at-Large for International Religious Freedom", "Speaker of the National Assembly"
  'religious', 'freedom', 'assembly', 'parliament',
  // "Deputy Chairman of the Cabinet of Ministers" (Turkmenistan, Uzbekistan), "... of the Council of Ministers"
  'ministers',
  // foreign ministries' second portfolios: "Foreign Affairs and Human Mobility" (Ecuador), "... and Worship"
  // (Argentina, Costa Rica), "... and Senegalese Abroad", "... Cooperation and Communities" (Portugal), "... and
  // Francophonie"
  'mobility', 'worship', 'abroad', 'communities', 'francophonie',
  // ministries' other portfolios, often listed together ("Minister of Railways, Communications and Electronics &
  // Information Technology", India; "Minister of Petroleum and Natural Gas", "Minister of Road Transport and Highways",
  // "Minister of Mines and Hydrocarbons", "Minister of Higher Education and Scientific Research", "Minister of Civil
  // Aviation")
  ...PORTFOLIO_SUBJECTS,
  ...PARLIAMENT_NAME_WORDS,
  // regions and communities abroad in Spanish and Portuguese-speaking ministries' titles ("Secretary of State for
  // Ibero-America and the Caribbean", "... for Latin America", "Undersecretary for
  // Iberoamerican Affairs"); capitalised only
  'ibero', 'iberoamerica', 'iberoamerican', 'latin',
];

/**
 * Portfolio words that open no title: the last word of a body's name ("World Bank President", "Development Bank
 * Governor": the bank's own name words are no portfolio), a portfolio only after another ("Central Bank Governor",
 * "Governor of the Central Bank").
 */
export const PORTFOLIO_NOT_FIRST_WORDS: readonly string[] = ['bank'];

/**
 * Words that end the name of a region inside a country, after the office that governs it ("Governor of Leningrad
 * Oblast", "Governor of the Sverdlovsk Region", "Governor of Lagos State", "Governor of Gyeonggi Province", "Governor
 * of Cairo Governorate", "Governor of Hokkaido Prefecture", "Mayor of Ho Chi Minh City", "Akim of Almaty Region"), or
 * the region an envoy covers ("Special Representative for the Gulf Region"). Written capitalised after one or more
 * capitalised name words; the region and its name belong to the title.
 */
export const REGION_WORDS: readonly string[] = [
  'oblast', 'oblys', 'region', 'province', 'krai', 'kray', 'governorate', 'state', 'prefecture', 'territory', 'county',
  'okrug', 'municipality', 'canton', 'voivodeship', 'district', 'city', 'emirate', 'metropolis', 'viloyat', 'velayat',
  'aimag', 'wilaya', 'raion', 'rayon',
];

/**
 * The last words of an organisation's organ whose presidency is the office itself ("President of the European
 * Council", "President of the European Commission"), and the bases of such a presidency: the organ belongs to the
 * title (and gives the side), as it does when no organisation is recognised in it ("President of the ECOWAS
 * Commission"). Other offices of the body keep the body out of the title ("Secretary General [of the Gulf Cooperation
 * Council]").
 */
export const ORGAN_WORDS: readonly string[] = ['council', 'commission', 'parliament', 'assembly', 'court'];
export const ORGAN_PRESIDENCY_BASES: readonly string[] = ['president', 'vicepresident', 'chairman', 'chairwoman', 'chairperson', 'chair'];

/**
 * Offices that govern a region and may follow a region word that is also a rank ("Lagos State Governor"; "MFA State
 * Secretary" is a rank).
 */
export const REGIONAL_OFFICES: readonly string[] = ['governor', 'mayor', 'akim', 'khokim', 'hokim', 'prefect'];

/**
 * Last words of offices that serve a principal named after "to" ("Diplomatic Advisor to Prime Minister Mitsotakis",
 * "Chief of Staff to the President", "Private Secretary to the King", "Spokesperson to the Prime Minister"): the
 * principal belongs to the title and is no participant of its own.
 */
export const SERVING_OFFICE_WORDS: readonly string[] = [
  'advisor', 'adviser', 'assistant', 'counselor', 'counsellor', 'staff', 'secretary', 'spokesperson', 'spokesman',
  'spokeswoman', 'sherpa',
];

/**
 * Bases that may take a second title after "and" ("Tánaiste and Minister for Foreign Affairs", "Spokesperson and
 * Chief Advisor to the President").
 */
export const COMPOUND_SECOND_BASES: readonly string[] = ['minister', 'minster', 'advisor', 'adviser', 'director'];

/**
 * Bases of a first title that a comma joins to a minister's title before a name ("Deputy Prime Minister, Minister of
 * Foreign Affairs X", "Deputy Chairman of the Cabinet of Ministers, Minister of ... X"); another office before such a
 * comma ("the Ambassador, Minister of Defence X") is more likely a list of two people.
 */
export const DOUBLE_TITLE_FIRST_BASES: readonly string[] = ['minister', 'minster', 'chairman', 'vicechairman', 'chairwoman', 'chairperson', 'premier', 'vicepremier'];

/**
 * Verbs that may directly follow a name's apposed titles when the writer put no comma before the verb ("Saleumxay
 * Kommasith, Deputy Prime Minister, Minister of Foreign Affairs of the Lao PDR held talks with ...", the Lao MFA's
 * style): they end the apposition as a comma would.
 */
export const APPOSITION_END_VERBS: readonly string[] = [
  'held', 'met', 'received', 'hosted', 'welcomed', 'paid', 'had', 'visited', 'spoke', 'called', 'chaired', 'attended',
  'signed', 'discussed', 'led', 'accompanied', 'co-chaired', 'cochaired', 'conducted', 'made', 'thanked', 'congratulated',
  'expressed', 'said', 'stated', 'noted', 'emphasized', 'emphasised', 'stressed', 'underlined', 'highlighted', 'briefed',
  'holds', 'meets', 'receives', 'hosts', 'welcomes', 'pays', 'visits', 'will', 'is', 'was', 'has', 'also',
];

/**
 * Lexicon words that matter only when capitalised: their common lower-case uses ("peace", "staff", "personal") are
 * left to the tokenizer's gaps, which keeps the token stream as short as before they were added.
 */
export const CAPITALISED_ONLY_WORDS: readonly string[] = [
  'america', 'eurasia', 'oceania', 'caribbean', 'arctic', 'gulf', 'peninsula', 'peace', 'reconciliation', 'joint',
  'chiefs', 'staff', 'private', 'bank', 'reserve', 'monetary', 'personal', 'surgeon', 'commander', 'commanderinchief', 'gen', 'lt', 'maj', 'brig', 'col', 'adm',
  'cardinal', 'archbishop', 'bishop', 'sayyid', 'eam', 'mos', 'pm', 'fm', 'hr', 'communist', 'party', 'department',
  'embassy', 'charge', 'ministers', 'mobility', 'worship', 'abroad', 'communities', 'francophonie', ...PORTFOLIO_SUBJECTS,
  ...PARLIAMENT_NAME_WORDS,
  'ibero', 'iberoamerica', 'iberoamerican', 'latin', 'marshal',
];

/**
 * Abbreviated titles ("PM Modi", "FM Wang Yi", "EAM Dr. S. Jaishankar", "MoS Shri V. Muraleedharan"): not after a
 * number ("3 PM") nor after another capitalised word that is neither a country nor a rank ("KETO FM International").
 */
export const ABBREVIATED_BASES: readonly string[] = ['pm', 'fm', 'eam', 'mos'];

/**
 * Bases that take "to <country or organisation>" ("Ambassador to Japan", "Permanent Representative to the UN"), and
 * the last word of a tail that ends such a title ("Ambassador Extraordinary and Plenipotentiary of Japan to
 * Kazakhstan").
 */
export const TO_COUNTRY_BASES: readonly string[] = ['ambassador', 'representative', 'envoy', 'delegate', 'plenipotentiary'];

/**
 * Rank rules, tried in order on the folded title (lower case, no accents, hyphens as spaces). The first rule whose
 * pattern matches gives the level. Compound titles ("Tánaiste and Minister for Foreign Affairs") are split on
 * "and" first and their parts combined by the classifier.
 */
export const LEVEL_RULES: readonly { readonly pattern: RegExp; readonly level: Level }[] = [
  // the head of a region inside a country, whatever the office's name ("President of the Kurdistan Region", "Prime
  // Minister of the Kurdistan Region", "Governor of Leningrad Oblast", "Chief Minister of Sabah State"): the words
  // between "of" and the region word are its name ({@link REGION_WORDS}), without "and", "of" or "the" ("Minister of
  // Interior and Territory" is a portfolio, "Counselor of the U.S. Department of State" a national office)
  { pattern: new RegExp(`\\bof (?:the )?(?:[a-z]+['’]?s )?(?:(?!(?:and|of|the) )[a-z]+['’ -])+(?:${REGION_WORDS.join('|')})$`), level: 'other' },
  // ... or named before the office ("Leningrad Oblast Governor", "Kurdistan Region President"): one to four words that
  // are no rank nor portfolio, then the region word
  { pattern: new RegExp(`^(?:[a-z]+['’]?s )?(?:(?!(?:${[...TITLE_BASES, ...TITLE_MODIFIERS, ...PORTFOLIO_WORDS, 'of', 'for', 'the', 'and', 'to'].join('|')}) )[a-z'’-]+ ){1,4}(?:${REGION_WORDS.join('|')}) `), level: 'other' },
  // officials whose names contain minister/secretary words but rank below vice-ministers
  { pattern: /\b(deputy assistant secretary|assistant secretary|permanent secretary|press secretary|principal deputy assistant)\b/, level: 'senior-official' },
  { pattern: /\bdeputy (national security|security) advis[eo]r\b/, level: 'senior-official' },
  // ("Deputy Chief of Staff to the Prime Minister", "Diplomatic Advisor to Prime Minister Mitsotakis", "Private
  // Secretary to the King": the principal's rank is not the holder's)
  { pattern: /\b(assistant|advis[eo]r|counsel+or|chief of staff|secretary|spokes(?:person|man|woman)|sherpa) to (?:the )?(?:president|vice president|prime minister|premier|chancellor|secretary|minister|king|queen|emir|crown prince|sultan|foreign minister|deputy prime minister)\b/, level: 'senior-official' },
  { pattern: /^secretary \((east|west|south|er)\)$/, level: 'senior-official' },
  { pattern: /\b(high commissioner|permanent representative|deputy permanent representative)\b/, level: 'senior-official' },
  { pattern: /\bspecial (representative|envoy|advis[eo]r|coordinator|presidential envoy)\b/, level: 'senior-official' },
  // a deputy head of government who holds the foreign portfolio ("Deputy Prime Minister for Foreign and European
  // Affairs", Montenegro; "Vice Prime Minister for Foreign Affairs")
  { pattern: /\b(deputy|vice|first deputy|first vice) prime minister (for|of) (the )?(([a-z]+ ){1,2}and )?(foreign|external) ((and )?[a-z]+ )?(affairs|relations)\b/, level: 'foreign-minister' },
  // deputy heads of government are ministers ("Deputy Chairman of the Cabinet of Ministers": Turkmenistan, Uzbekistan)
  { pattern: /\b(deputy|vice|first deputy) prime minister\b|\btanaiste\b|\bvice premier\b/, level: 'minister' },
  { pattern: /\b(deputy|vice|first deputy|first vice) (chairman|chairwoman|president) of the (cabinet|council) of ministers\b/, level: 'minister' },
  { pattern: /\bchancellor of the exchequer\b/, level: 'minister' },
  // a senior minister of state who holds the foreign portfolio ("Minister of State and Foreign Affairs", Portugal's
  // "Ministro de Estado e dos Negócios Estrangeiros"; "Minister of State and Minister of Foreign Affairs", "Minister of
  // State, Minister for External Relations"); "Minister of State for <subject>" stays the junior rank below
  { pattern: /\bminister of state(?:,| and) (?:of |minister (?:of|for) )?(?:the )?(?:foreign|external) (?:affairs|relations)\b/, level: 'foreign-minister' },
  // vice-ministers
  { pattern: /\b(deputy|vice|under|executive vice|first vice|first deputy|senior vice|parliamentary vice|parliamentary senior vice|state|assistant|junior) (foreign )?minister\b/, level: 'vice-minister' },
  { pattern: /\bminister of state\b/, level: 'vice-minister' },
  { pattern: /\b(deputy|under) secretary\b|\bundersecretary\b|\bstate secretary\b|\bparliamentary secretary\b/, level: 'vice-minister' },
  // heads of state and government
  { pattern: /^(federal |acting |interim )?(president|prime minister|chancellor|premier|king|queen|emir|amir|sultan|crown prince|taoiseach|general secretary)\b(?! of the (council|commission|general assembly|senate|assembly|congress|party|board|bank|court))/, level: 'leader' },
  { pattern: /^president of the european (commission|council)\b|^european (commission|council) president\b/, level: 'leader' },
  { pattern: /^chairman of the (government|state council|council of ministers|presidential council|state affairs commission)\b/, level: 'leader' },
  // Italy's prime minister ("the President of the Council of Ministers of the Italian Republic, Giorgia Meloni")
  { pattern: /^(president|chairman|chairwoman) of the (council|cabinet) of ministers\b/, level: 'leader' },
  { pattern: /^(his |her )?majesty\b/, level: 'leader' },
  { pattern: /^pm$/, level: 'leader' },
  // the Holy See's sovereign
  { pattern: /^(?:his holiness |holy father |the holy father )?(pope|holy father|supreme pontiff)$/, level: 'leader' },
  // foreign ministers
  { pattern: /\b(foreign|external affairs|foreign affairs) (minister|secretary)\b/, level: 'foreign-minister' },
  { pattern: /\bminister (for|of) (the )?(europe and )?(foreign|external)\b.*\baffairs\b/, level: 'foreign-minister' },
  { pattern: /\bminister (for|of) (the )?(foreign|external) (affairs|relations)\b/, level: 'foreign-minister' },
  // the foreign portfolio joined to one or two others before it ("Minister of African Integration and Foreign Affairs",
  // Senegal; "Minister of Regional Integration and Foreign Affairs"; "Minister for Europe and Foreign Affairs")
  { pattern: /\bminister (for|of) (the )?([a-z]+ ){1,2}and (foreign|external) affairs\b/, level: 'foreign-minister' },
  { pattern: /\bsecretary of state for (foreign|external)\b/, level: 'foreign-minister' },
  { pattern: /\bsecretary of state$|\bsecretary of state of\b/, level: 'foreign-minister' },
  { pattern: /\bhigh representative\b.*\bforeign affairs\b/, level: 'foreign-minister' },
  // South Africa's "Minister of International Relations and Cooperation", Austria's "Minister for European and
  // International Affairs", the Philippines' and Mexico's "Secretary of Foreign Affairs", Kenya's "Cabinet Secretary
  // for Foreign and Diaspora Affairs"
  { pattern: /\bminister (for|of) (european and )?international (relations|affairs)\b/, level: 'foreign-minister' },
  { pattern: /\bsecretary (of|for) (the )?(foreign|external) (affairs|relations)\b|\bcabinet secretary for foreign\b/, level: 'foreign-minister' },
  { pattern: /^(eam|fm)$/, level: 'foreign-minister' },
  { pattern: /^mos$/, level: 'vice-minister' },
  // other ministers (incl. US cabinet secretaries and cabinet-level advisers; Switzerland's Federal Councillors head
  // its departments)
  { pattern: /\bminist(er|re)\b|\bminster\b/, level: 'minister' },
  { pattern: /\bfederal council+or\b/, level: 'minister' },
  { pattern: /\bsecretary of state for\b/, level: 'minister' },
  { pattern: /\b(secretary of|secretary for)\b/, level: 'minister' },
  { pattern: /\b(defen[cs]e|home|health|human services|trade|commerce|treasury|energy|cabinet|chief cabinet|business|transport|environment|education|justice) secretary\b/, level: 'minister' },
  // the heads of agencies, audit and inspection offices and consulates, written with a postpositive "General"
  // ("UNRWA Commissioner General", "Inspector General", "Comptroller General", "Surgeon General"): below a minister;
  // an "Attorney General" heads a ministry of justice
  { pattern: /\b(?:commissioner|inspector|auditor|solicitor|surgeon|comptroller|controller|postmaster|procurator|prosecutor|registrar|accountant|paymaster|adjutant|commandant|consul) general\b/, level: 'senior-official' },
  { pattern: /\bnational security advis[eo]r\b|\btrade representative\b|\battorneys? general\b|\bcommissioner\b/, level: 'minister' },
  { pattern: /^secretary$/, level: 'minister' },
  // senior officials
  { pattern: /\b(director general|director|ambassador|ambassador at large|envoy|spokesperson|spokesman|spokeswoman|senior official|coordinator|counsel+or|charge d.affaires|consul general|chief of staff|chief of cabinet|political director|sherpa|advis[eo]r)\b/, level: 'senior-official' },
  // anything else that is a recognised title
  { pattern: /\b(vice president|secretary general|chair|chairman|chairwoman|chairperson|governor|mayor|akim|khokim|hokim|prefect|senator|speaker|congress(wo)?man|general|admiral|prince|princess|pope|representative|administrator|official|secretary|president|commander)\b/, level: 'other' },
];

/**
 * Rules tried on the whole folded title before a compound is split on "and" and "/" ("High Representative/Vice
 * President" is one post, the EU's foreign-policy chief).
 */
export const WHOLE_TITLE_RULES: readonly { readonly pattern: RegExp; readonly level: Level }[] = [
  { pattern: /\bhigh representative ?\/ ?vice president\b|\bhr ?\/ ?vp\b/, level: 'foreign-minister' },
];

/**
 * Titles that name a rank but no portfolio ("Minister Mauro Vieira", "Secretary Blinken"): a ministry's readout writes
 * its own minister so. Such a title fits a foreign minister as well as any other minister.
 */
export const BARE_MINISTER_TITLES: readonly string[] = ['minister', 'secretary'];

/** Rank order used when a compound title has several parts: the highest wins (leader > foreign-minister > ...). */
export const LEVEL_ORDER: readonly Level[] = ['leader', 'foreign-minister', 'minister', 'vice-minister', 'senior-official', 'other'];
