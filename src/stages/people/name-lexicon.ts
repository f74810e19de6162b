/**
 * Word lists for recognising personal names: honorifics, name particles, patronymics, suffixes, and capitalised
 * words that are never part of a name. Data only; words are folded (lower case, accents removed, hyphens dropped).
 */

/**
 * Honorifics written before a name, as folded token sequences ("." is its own token). They may chain:
 * "H.E. Mr.", "Senator the Hon.", "His Excellency Dr.".
 */
export const HONORIFICS: readonly (readonly string[])[] = [
  ['his', 'royal', 'highness'], ['her', 'royal', 'highness'], ['his', 'highness'], ['her', 'highness'],
  ['his', 'majesty'], ['her', 'majesty'], ['his', 'excellency'], ['her', 'excellency'], ['his', 'holiness'],
  // clergy styles ("His Eminence Cardinal Pietro Parolin", "His Beatitude Patriarch ...")
  ['his', 'eminence'], ['his', 'beatitude'], ['his', 'grace'],
  ['h', '.', 'e', '.'], ['h', '.', 'e'],
  ['the', 'right', 'honourable'], ['the', 'right', 'honorable'], ['the', 'rt', '.', 'hon', '.'], ['the', 'rt', 'hon', '.'],
  ['the', 'rt', '.', 'hon'], ['the', 'rt', 'hon'], ['rt', '.', 'hon', '.'], ['rt', '.', 'hon'], ['rt', 'hon', '.'], ['rt', 'hon'],
  ['the', 'honourable'], ['the', 'honorable'], ['the', 'hon', '.'], ['the', 'hon'], ['honourable'], ['honorable'], ['hon', '.'],
  // New Zealand's and Australia's bylines write it without a dot ("Hon Winston Peters")
  ['hon'],
  ['mr', '.'], ['mr'], ['ms', '.'], ['ms'], ['mrs', '.'], ['mrs'], ['mme', '.'], ['mme'], ['madam'], ['madame'],
  ['mx', '.'], ['dr', '.'], ['dr'], ['prof', '.'], ['professor'], ['sir'], ['dame'], ['lord'], ['baroness'],
  ['sheikh'], ['sheikha'], ['shaikh'], ['hrh'], ['excellency'],
  // a retired ambassador's style, abbreviated (Nigeria, Kenya, Pakistan: "Amb. Yusuf Maitama Tuggar")
  ['amb', '.'],
  // South and Southeast Asian honorifics ("Shri Narendra Modi", "Smt. Meenakashi Lekhi", "Dato' Sri Anwar Ibrahim",
  // "Tan Sri", "Datuk Seri", "Pehin", "Tun"); "Sri" is not taken inside a country name ("Sri Lanka")
  ['shri'], ['shrimati'], ['smt', '.'], ['smt'], ['sri'], ['srimati'], ['tun'], ['pehin'],
  // (the higher grades written after "Seri": "Dato' Seri Utama", "Datuk Seri Panglima")
  ...['utama', 'panglima'].flatMap((grade) => [['dato', "'", 'seri', grade], ['dato', '’', 'seri', grade], ['dato', 'seri', grade], ['datuk', 'seri', grade]]),
  ['dato', "'", 'sri'], ['dato', '’', 'sri'], ['dato', "'", 'seri'], ['dato', '’', 'seri'], ['dato', 'sri'], ['dato', 'seri'],
  ['dato', "'"], ['dato', '’'], ['dato'], ['datuk', 'seri'], ['datuk'], ['datin'], ['tan', 'sri'], ['puan', 'sri'], ['yb'],
  // "Dato' Seri Diraja Dr Zambry Abd Kadir": the royal grade of a Malaysian title, written after it; the pilgrim's
  // style ("Haji", "Hajah") before Malay and Bruneian names
  ['diraja'], ['haji'], ['hajah'],
  // Brunei's and Malaysia's styles of office and courtesy ("Yang Berhormat Dato Seri Setia Awang Haji Erywan ...",
  // "Yang Mulia", "Yang Amat Berhormat"; Brunei's "Awang"/"Dayang", Mr./Ms., taken only before "Haji"/"Hajah": alone
  // it is also a Malaysian given name)
  ['yang', 'amat', 'berhormat'], ['yang', 'amat', 'mulia'], ['yang', 'berhormat'], ['yang', 'mulia'], ['yang', 'berbahagia'],
  ['dato', 'seri', 'setia'], ['dato', 'paduka'], ['awang', 'haji'], ['dayang', 'hajah'],
  // a legislator's style between a title and a name ("Foreign Minister of Australia Senator Penny Wong"); written
  // alone before a name it is still read as the title
  ['senator'],
  // military ranks and clergy, written before the name ("Gen. Mark A. Milley", "Cardinal Pietro Parolin")
  ['gen', '.'], ['gen'], ['lt', '.'], ['lt'], ['maj', '.'], ['brig', '.'], ['col', '.'], ['adm', '.'], ['cardinal'],
  // ranks written out after an office ("Israel Defense Forces Chief of Staff Major General Herzi Halevi")
  ['major', 'general'], ['lieutenant', 'general'], ['brigadier', 'general'], ['rear', 'admiral'], ['vice', 'admiral'],
  ['lieutenant', 'colonel'], ['colonel'], ['air', 'chief', 'marshal'], ['air', 'marshal'],
  ['archbishop'], ['bishop'], ['sayyid'],
];

/**
 * Ranks kept as a lifelong style and written before the name after the office held ("the Minister of Foreign
 * Affairs, Ambassador Yusuf Maitama Tuggar", "the Minister of Defence, General ..."): folded keys. The office, not the
 * style, is the person's title.
 */
export const RANK_STYLES: readonly string[] = ['ambassador', 'amb', 'general', 'gen', 'admiral', 'professor', 'prof', 'senator', 'judge', 'justice', 'engineer', 'eng'];

/**
 * Offices written with a postpositive "General" ("UNRWA Commissioner General Philippe Lazzarini", "Inspector General
 * ..."): after one of these (folded keys), "General" belongs to the office, not a rank worn as a style.
 */
export const GENERAL_OFFICES: readonly string[] = [
  'commissioner', 'director', 'secretary', 'attorney', 'attorneys', 'inspector', 'auditor', 'solicitor', 'governor', 'consul',
  'postmaster', 'surgeon', 'adjutant', 'procurator', 'prosecutor', 'registrar', 'controller', 'comptroller',
  'accountant', 'paymaster', 'vicar', 'commandant', 'administrator', 'coordinator', 'rapporteur',
];

/**
 * Family names that are also common words ("Park Jin", "He Lifeng", "Sun Weidong", "An Ho-young", "To Lam"): taken as
 * the first word of a name only right after a title or honorific and before another name word.
 */
export const SURNAME_HOMOGRAPHS: readonly string[] = ['park', 'he', 'sun', 'an', 'to', 'hall'];

/** Lower-case particles allowed inside a name when a capitalised name word follows ("von der Leyen", "bin Salman"). */
export const NAME_PARTICLES: readonly string[] = [
  'von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'das', 'dos', 'du', 'di', 'la', 'le', 'bin', 'bint', 'ibn',
  'al', 'el', 'ben', 'ter', 'zu', 'y', 'e',
];

/** Endings of East Slavic patronymics, dropped from normalised names ("Vladimirovich", "Viktorovich", "Ivanovna"). */
export const PATRONYMIC_ENDINGS: readonly string[] = ['ovich', 'evich', 'ovna', 'evna', 'ichna', 'inichna'];

/** Whole patronymics with the short "-ich" ending (the bare ending is too common in other names). */
export const SHORT_PATRONYMICS: readonly string[] = ['ilyich', 'ilich', 'kuzmich', 'lukich', 'fomich', 'nikitich', 'savvich', 'fokich'];

/**
 * Styles of a father named after "bin"/"binti" in a Malay or Bruneian name ("Erywan bin Pehin Datu Pekerma Jaya Haji
 * Mohd Yusof"): part of the written name, but not counted against its length limit.
 */
export const PATRONYMIC_STYLES: readonly string[] = ['pehin', 'haji', 'hajah', 'dato', 'datuk', 'datu', 'tun', 'awang', 'dayang', 'pengiran'];

/**
 * Bruneian noble styles of a father ("Pehin", "Datu", "Pengiran"): a name whose father is so styled ("Erywan bin Pehin
 * Datu Pekerma Jaya Haji Mohd Yusof") is known by the given name and the last word ("Erywan Yusof").
 */
export const NOBLE_PATRONYMIC_STYLES: readonly string[] = ['pehin', 'datu', 'pengiran'];

/** Particles after which {@link PATRONYMIC_STYLES} are a father's styles. */
export const PATRONYMIC_PARTICLES: readonly string[] = ['bin', 'binti', 'bte'];

/** Suffixes written after a name; they end the name and are not part of it ("Biden, Jr.", "Turnbull MP"). */
export const NAME_SUFFIXES: readonly string[] = ['jr', 'sr', 'mp', 'mep', 'qc', 'kc', 'ii', 'iii', 'iv', 'phd', 'obe', 'mbe', 'cbe', 'kbe', 'ac', 'ao', 'mla', 'mpp', 'td'];

/**
 * Month names: not a name before a number, nor at the start of a run without an honorific or title; allowed
 * elsewhere ("Theresa May", "Mr. Jan Novak").
 */
export const MONTH_WORDS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/** Capitalised words that never belong to a personal name (function words, days, title and rank words). */
/**
 * Headline verbs, capitalised in title case ("Kazakh Foreign Minister Meets with Ambassador of Japan", "FOREIGN AFFAIRS
 * MINISTER RECEIVES GHANAIAN COUNTERPART", "Wang Yi Holds Talks with Sergey Lavrov"): never a name word, and what
 * follows them is no longer the name's ("Vladimir Putin Held Talks" is no institution named "... Talks").
 */
export const HEADLINE_VERBS: readonly string[] = [
  'meets', 'receives', 'holds', 'speaks', 'hosts', 'welcomes', 'visits', 'calls', 'discusses', 'pays', 'attends',
  'signs', 'congratulates', 'thanks', 'chairs', 'addresses', 'joins', 'opens', 'concludes', 'begins', 'starts',
  'condoles', 'participates', 'greets', 'briefs', 'urges', 'reaffirms', 'says', 'tells',
  'met', 'held', 'received', 'spoke', 'arrives', 'exchanges',
];

export const NON_NAME_WORDS: readonly string[] = [
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'for', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'as', 'into',
  'this', 'that', 'these', 'those', 'both', 'two', 'three', 'all', 'each', 'his', 'her', 'their', 'our', 'its',
  'my', 'your', 'we', 'they', 'he', 'she', 'it', 'i', 'you', 'after', 'before', 'during', 'following', 'since',
  'while', 'when', 'also', 'today', 'yesterday', 'tomorrow', 'tonight', 'earlier', 'later', 'then', 'there', 'here',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri',
  'sat', 'sun', 'am', 'pm', 'local', 'time', 'gmt', 'jst', 'utc', 'est', 'edt',
  'mr', 'ms', 'mrs', 'dr', 'sir', 'dame', 'excellency', 'honourable', 'honorable', 'hon', 'he', 'madam',
  'minister', 'ministers', 'ministerial', 'ministry', 'president', 'presidents', 'presidential', 'presidency',
  'secretary', 'secretaries', 'prime', 'deputy', 'vice', 'foreign', 'affairs', 'chancellor', 'premier', 'king',
  'queen', 'emir', 'amir', 'crown', 'prince', 'taoiseach', 'tanaiste', 'ambassador', 'ambassadors', 'envoy',
  'spokesperson', 'spokesman', 'director', 'directorgeneral', 'chairman', 'chair', 'senator', 'governor',
  'leader', 'leaders', 'counterpart', 'counterparts', 'official', 'officials', 'delegation', 'state', 'councilor',
  'viceminister', 'undersecretary', 'secretarygeneral', 'general', 'executive', 'federal', 'extraordinary',
  'plenipotentiary', 'covid', 'pope',
  'readout', 'statement', 'statements', 'release', 'press', 'photo', 'overview', 'note', 'back', 'home', 'news',
  'embassy', 'update', 'remarks', 'transcript', 'joint', 'fact', 'sheet', 'background', 'briefing',
  'talk', 'talks', 'call',
  ...HEADLINE_VERBS,
];

/**
 * Endings of common nouns that do not start a personal name ("Services", "Engagement", "Preparedness", "Advisors"):
 * a run taken for a name right after a title must not start with such a word.
 */
export const NON_NAME_ENDINGS: readonly string[] = [
  'tion', 'sion', 'ment', 'ness', 'ity', 'ics', 'ism', 'ship', 'ogy', 'ices', 'ors', 'ies', 'hood', 'work',
];

/**
 * Capitalised words naming institutions and events: when one directly follows a capitalised run that was taken for a
 * name ("Hiroshima Foreign Ministers’ Meeting", "Abe Administration"), the run is not a personal name.
 */
export const INSTITUTION_WORDS: readonly string[] = [
  'meeting', 'meetings', 'summit', 'talks', 'office', 'ministry', 'department', 'council', 'assembly', 'committee',
  'commission', 'government', 'administration', 'embassy', 'agency', 'bureau', 'forum', 'conference', 'dialogue',
  'statement', 'declaration', 'palace', 'house', 'project', 'presidency', 'territories', 'islands', 'island', 'sea',
  'strait', 'peninsula', 'republic', 'kingdom', 'states', 'union', 'federation', 'nations', 'organization',
  'organisation', 'cooperation', 'partnership', 'alliance', 'initiative', 'ministers', 'ministerial', 'leaders',
  'games', 'olympics', 'university', 'institute', 'center', 'centre', 'foundation', 'bank', 'fund', 'program',
  'programme', 'airport', 'station', 'hall', 'street', 'avenue', 'square', 'park', 'bridge', 'river', 'city',
  'province', 'prefecture', 'county', 'region', 'act', 'treaty', 'agreement', 'accord', 'accords', 'plan',
  'doctrine', 'award', 'prize', 'party', 'group', 'club', 'company', 'corporation', 'inc', 'ltd', 'association',
  'society', 'school', 'college', 'hospital', 'museum', 'memorial', 'cemetery', 'report', 'strategy', 'framework',
  'mechanism', 'secretariat', 'network', 'practice', 'coalition', 'league', 'caucus', 'consultation', 'consultations', 'session', 'visit', 'day', 'week', 'year', 'era',
  // a military command ("Commander of the United States Southern Command, General Laura Richardson")
  'command',
  // "the General Debate of the General Assembly": "General" is also a military rank
  'debate',
  // "the Christian Methodist Episcopal Church"
  'church', 'churches',
];
