/**
 * Word lists and line patterns the segmenter uses, kept as data apart from the code. Extend these
 * lists (not the segmenter) when a new site's boilerplate shows up.
 */

/**
 * Month names and abbreviations (English, French, German, Spanish, Italian, Portuguese, Russian genitive/nominative)
 * with their month numbers: the dateline detector matches the names, the published-date reader turns them into months.
 */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      ['january jan janvier januar enero gennaio janeiro января январь', 1],
      ['february feb février fevrier februar febrero febbraio fevereiro февраля февраль', 2],
      ['march mar mars märz maerz marzo março марта март', 3],
      ['april apr avril abril aprile апреля апрель', 4],
      ['may mai mayo maggio maio мая май', 5],
      ['june jun juin juni junio giugno junho июня июнь', 6],
      ['july jul juillet juli julio luglio julho июля июль', 7],
      ['august aug août aout agosto августа август', 8],
      ['september sep sept septembre septiembre setiembre settembre setembro сентября сентябрь', 9],
      ['october oct octobre oktober octubre ottobre outubro октября октябрь', 10],
      ['november nov novembre noviembre novembro ноября ноябрь', 11],
      ['december dec décembre decembre dezember diciembre dicembre dezembro декабря декабрь', 12],
      // Indonesian/Malay, Dutch, Polish and Czech (nominative and genitive), Turkish (also without its letters),
      // Romanian, Croatian and Serbian Latin. Left out: the ambiguous "listopad(a)" (October in Croatian, November in
      // Polish and Czech) and Malay "Mac" (a name before a number more often than March).
      ['januari ianuarie styczeń stycznia leden ledna ocak siječanj siječnja', 1],
      ['februari februarie luty lutego únor února şubat subat veljača veljače', 2],
      ['maret maart martie marzec marca březen března mart ožujak ožujka', 3],
      ['aprilie kwiecień kwietnia duben dubna nisan travanj travnja', 4],
      ['mei maj maja květen května mayıs mayis svibanj svibnja', 5],
      ['iunie czerwiec czerwca červen června haziran lipanj lipnja', 6],
      ['julai iulie lipiec lipca červenec července temmuz srpanj srpnja', 7],
      ['agustus augustus ogos sierpień sierpnia srpen srpna ağustos agustos kolovoz kolovoza avgust', 8],
      ['septembrie wrzesień września září eylül eylul rujan rujna septembar', 9],
      ['octombrie październik października říjen října ekim oktobar', 10],
      ['noiembrie listopadu kasım kasim studeni studenoga novembar', 11],
      ['desember disember grudzień grudnia prosinec prosince aralık aralik decembar prosinac prosinca', 12],
    ] as const
  ).flatMap(([names, month]) => names.split(' ').map((name) => [name, month] as const)),
);

/** Month names and abbreviations, as {@link MONTH_NUMBERS} lists them. */
export const MONTH_NAMES: readonly string[] = Object.keys(MONTH_NUMBERS);

/** Weekday names that may accompany a dateline ("Monday, August 28, 2023"). */
export const WEEKDAY_NAMES: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
];

/** Words that may precede the date on a dateline ("Published: ...", the corpus' " date 2024-03-27"). */
export const DATELINE_PREFIX_WORDS: readonly string[] = [
  'date', 'dated', 'published', 'posted', 'updated', 'released', 'issued', 'release', 'on',
];

/**
 * Abbreviations after which a full stop never ends a sentence (titles, honorifics, months, ...).
 * Compared case-sensitively without the final dot; a single capital letter ("R." in "R. M. Marty
 * Natalegawa") is always treated as an initial.
 */
export const NON_TERMINAL_ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Dr', 'Drs', 'H.E', 'H.H', 'H.M', 'H.R.H', 'St', 'Mt', 'Ft',
  'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cmdr', 'Adm', 'Sgt', 'Brig', 'Prof', 'Sen', 'Rep', 'Amb', 'Gov', 'Pres', 'Hon', 'Rt', 'Rev', 'Fr', 'Sr', 'Sra', 'Mme', 'Mlle',
  'No', 'Nos', 'Art', 'Arts', 'Para', 'Sec', 'Vol', 'Fig', 'cf', 'approx', 'vs', 'viz',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'e.g', 'i.e', 'E.g', 'I.e',
];

/**
 * Abbreviations that end a sentence only when a typical sentence opener follows ("... and the U.S. The
 * ministers ..." splits, "the U.S. Secretary" does not).
 */
export const AMBIGUOUS_ABBREVIATIONS: readonly string[] = [
  'U.S', 'U.K', 'U.N', 'E.U', 'D.C', 'U.S.A', 'P.R.C', 'R.O.K', 'a.m', 'p.m', 'A.M', 'P.M', 'etc', 'Jr', 'Inc', 'Ltd', 'Co', 'Corp', 'Bros',
];

/**
 * Words that start a new sentence after an ambiguous abbreviation. Titles ("Secretary", "President") are
 * left out on purpose: "the U.S. Secretary of State" is far more common than a sentence starting with one.
 */
export const SENTENCE_OPENERS: readonly string[] = [
  'The', 'They', 'He', 'She', 'It', 'We', 'I', 'In', 'On', 'At', 'This', 'That', 'These', 'Those', 'Both', 'Each', 'A', 'An',
  'During', 'After', 'Before', 'Following', 'Furthermore', 'Moreover', 'Also', 'Additionally', 'However', 'Finally',
  'His', 'Her', 'Their', 'Our', 'There', 'As', 'With', 'For', 'To', 'Meanwhile', 'Today', 'Yesterday',
];

/**
 * Words that open a sentence, never a dateline's place: "On Monday, 4 March 2024 - ...", "Finally, Minister - ..."
 * are not "<place>, <date> - " datelines. The sentence openers above and the adverbs and prepositions of time.
 */
export const NOT_DATELINE_PLACE_WORDS: readonly string[] = [
  ...SENTENCE_OPENERS,
  'By', 'From', 'Since', 'Until', 'Through', 'Over', 'Under', 'Between', 'Among', 'Across', 'Of', 'And', 'But', 'Or', 'So', 'Then',
  'Last', 'Next', 'Earlier', 'Later', 'Tomorrow', 'Tonight', 'Now', 'Recently', 'Previously', 'Subsequently', 'Separately',
  'Here', 'Thus', 'Therefore', 'Indeed', 'Nevertheless', 'Likewise', 'Similarly', 'Accordingly', 'Further', 'Overall',
  'Yes', 'No', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Madam', 'Ladies', 'Gentlemen', 'Dear', 'Excellency', 'Excellencies',
];

/**
 * Patterns for page-chrome lines (captions, share/print widgets, "Back to ...", site footers, contact
 * blocks, language switchers, breadcrumbs). Each is matched against the whole trimmed content of a
 * short line (after any list marker), case-insensitively.
 */
export const CHROME_LINE_PATTERNS: readonly RegExp[] = [
  // photo captions and image placeholders
  /^photo\s*\d*\s*[:(]/,
  /^\(photo\)/,
  /^photo(?:graph)?s?\s*(?:\d+|of\b.*)$/,
  /^(?:thumbnail|image|picture)\s+(?:image\s+)?for\b/,
  /\.(?:jpe?g|png|gif|webp|svg|bmp)$/,
  /^\(?(?:photo|photograph|image|picture|source)\s*(?:credit)?\s*:\s*[^.]{0,80}\)?$/,
  // navigation
  /^back to\b[^.]{0,80}$/,
  /^(?:skip to|jump to)\b.{0,40}$/,
  /^(?:top|bottom) of (?:the )?page$/,
  /^(?:back to top|to top|top|go to top|scroll to top)$/,
  /^(?:home|main page|homepage)\s*(?:[>»/|›]|$).*/,
  /^[^.]{1,40}\s[>»/|›]$/,
  /^(?:next|previous|prev|older|newer)(?: (?:article|post|news|page|story|item))?\s*[»›>]?$/,
  // "Next: Foreign Minister Park Jin to Visit Indonesia", "Previous article: ..." (the neighbouring pages' titles)
  /^(?:next|previous|prev|older|newer)(?: (?:article|post|news|page|story|item|press release))?\s*[:»›>]\s*[^.]{0,150}$/,
  /^(?:list|back to (?:the )?list|to (?:the )?list|view list|go to list)$/,
  /^(?:read more|more|see more|see also|load more|show more|view all|all news)\s*[»›>]?$/,
  // share / social / print widgets
  /^(?:share|share this|share this (?:page|article|story|post)|share (?:page|article)|share on \w+|share:|share this:|print|print (?:this )?(?:page|article)|print version|printer[- ]friendly(?: version)?|e-?mail this page|send by e-?mail|download pdf|pdf)$/,
  // a row of share buttons: "Facebook Twitter WhatsApp Email"
  /^(?:(?:facebook|twitter|x|linkedin|whatsapp|telegram|instagram|youtube|reddit|pinterest|vk|weibo|wechat|e-?mail|copy link)[\s,|/·•]*){2,}$/,
  /^(?:facebook|twitter|x|linkedin|whatsapp|telegram|instagram|youtube|vk|vkontakte|weibo|wechat|flickr|rss|e-?mail)(?:\s+basic(?:\s+square)?|\s+icon|\s+logo)?$/,
  /^(?:follow us|follow us on \w+.*|like us on facebook.*|connect with us|stay connected|subscribe(?: to .*)?|newsletter|sign up.*)$/,
  // page furniture and site footers
  /^(?:page details|date modified:?.*|report a problem.*|was this page useful\??|last updated:?.*|page last updated.*|copyright.*|©.*|all rights reserved\.?)$/,
  /^(?:featured posts|recent posts|related posts|popular posts|archive|archives|categories|category:.*|tags?:?.*|filed under:?.*|attributes|related products|associated links|related links|related news|related articles|related content|related|additional materials|advanced settings|simple search of our archives|search|search form|search this site)$/,
  /^(?:view settings|font size:?|site colou?rs?:?|text size:?|version for (?:the )?visually impaired|regular version|high contrast|a\+? ?a ?a-?)$/,
  /^(?:for immediate release|press contact:?.*|media contact:?.*|media relations(?: office)?|media (?:inquiries|enquiries):?.*|contact us)$/,
  /^(?:menu|main menu|navigation|main navigation|breadcrumbs?|you are here:?.*)$/,
  /^(?:tel|phone|fax|telephone|e-?mail|email address|mobile|address)\s*\.?\s*(?::|\|)\s*.{0,60}$/,
  /^(?:tel|fax|ph)\.?\s*[+(\d][\d\s()+\-./]{5,}$/,
  // A phone number, not a date written with numbers only ("2024-05-07", "2023.06.01", "27.03.2024", "31-10-2022", "27. 2. 2024",
  // and with the full stop some ministries write after the year, "15.11.2023.").
  /^(?!\d{4}[-.]\d\d?[-.]\d\d?\.?$|\d\d?[-.]\d\d?[-.]\d{4}\.?$|\d\d?\.\s\d\d?\.\s\d{4}\.?$)\+?\d[\d\s()\-.]{7,}$/,
  /^(?:en|ru|fr|de|es|ar|zh|ja|ko|pt|it)(?:-[a-z]{2})?\d*(?:\s+(?:en|ru|fr|de|es|ar|zh|ja|ko|pt|it)(?:-[a-z]{2})?\d*)+$/,
  /^(?:english|русский|français|español|deutsch|العربية|中文|日本語)(?:\s*[|/]\s*(?:english|русский|français|español|deutsch|العربية|中文|日本語))+$/,
  /^(?:open a new window|opens in a new window|external link)$/,
  /^(?:cookies?|we use cookies.*|accept(?: all)? cookies|cookie settings|privacy policy|terms of use|disclaimer|sitemap|site map|faqs?|feedback)$/,
];

/**
 * Headings of a list of links to other pages printed after the story ("Related Press Releases", "See also", "More
 * news"): the heading and the short lines after it, to the end of the page, are chrome (their titles name other
 * meetings and visits, which are not this document's).
 */
export const RELATED_SECTION_PATTERNS: readonly RegExp[] = [
  /^(?:related|other|more|latest|recent|similar)\s+(?:press releases?|news(?: items?)?|links|articles?|stories|content|posts|documents|items|pages|topics|statements|releases|readouts|media releases?)\s*:?$/,
  /^(?:see also|read also|also read|read more|more from (?:this|the) (?:section|minister|ministry)|you may also (?:like|be interested in))\s*:?$/,
];

/** Items that open a breadcrumb trail when the trail is written as a numbered or bulleted list. */
export const BREADCRUMB_ROOTS: readonly string[] = ['home', 'main', 'main page', 'homepage', 'start', 'главная', 'accueil', 'inicio', 'startseite'];

/** Lines longer than this are never treated as chrome by pattern (prose could mention "Print" etc.). */
export const MAX_CHROME_LINE_LENGTH = 90;

/** Small words ignored when judging whether a short line is written in title case. */
export const TITLE_CASE_SMALL_WORDS: readonly string[] = [
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'for', 'on', 'in', 'to', 'at', 'by', 'with', 'from', 'as', 'vs', 'via', 'into', 'between', 'over', 'under', 'upon', 'about', 'its', 'their',
];
