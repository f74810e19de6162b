/**
 * What counts as page chrome or as the main content region in HTML, as data. The cleaner matches
 * these against tag names, ARIA roles, and the words of `class`/`id` values (split on `-`, `_`,
 * spaces and camelCase: `bread-crumbs__link` -> bread, crumbs, link).
 */

/** Elements whose whole content is dropped (not text a reader sees, or not the document). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas',
  'video', 'audio', 'map', 'button', 'select', 'option', 'optgroup', 'datalist', 'input', 'textarea', 'head', 'nav', 'aside', 'dialog', 'footer',
]);

/** Elements dropped as chrome unless they turn out to hold most of the page's prose (some sites wrap the whole page in a <form>). */
export const SOFT_CHROME_TAGS: ReadonlySet<string> = new Set(['form', 'menu']);

/** `<header>` is chrome at page level, but inside <article>/<main> it carries the title and date. */
export const PAGE_LEVEL_CHROME_TAGS: ReadonlySet<string> = new Set(['header']);

/** ARIA roles of chrome regions. */
export const CHROME_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'banner', 'contentinfo', 'search', 'complementary', 'menu', 'menubar', 'toolbar', 'dialog', 'alertdialog', 'tablist', 'tab',
]);

/**
 * Words in class/id values that mark chrome no page wraps its article in: the element is dropped whatever
 * it contains.
 */
export const HARD_CHROME_CLASS_WORDS: ReadonlySet<string> = new Set([
  'footer', 'breadcrumb', 'breadcrumbs', 'crumbs', 'crumb', 'share', 'sharing', 'sharethis', 'addthis', 'social', 'socials',
  'cookie', 'cookies', 'consent', 'gdpr', 'skip', 'skiplink', 'searchbox', 'fontsize', 'pagination', 'pager', 'comments', 'comment',
  'subscribe', 'newsletter', 'popup', 'modal', 'advert', 'advertisement', 'ads', 'promo', 'calendar', 'datepicker', 'picker',
  'carousel', 'slider', 'swiper', 'slick', 'tagcloud', 'rating', 'login', 'signin', 'navbar', 'megamenu', 'submenu', 'menuitem',
]);

/**
 * Words in class/id values that mark chrome but also turn up on page wrappers ("page-with-sidebar",
 * "print-area"): the element is dropped unless it holds most of the page's prose.
 */
export const CHROME_CLASS_WORDS: ReadonlySet<string> = new Set([
  'nav', 'navigation', 'navi', 'menu', 'dropdown', 'sidebar', 'sidenav', 'banner', 'search', 'lang', 'language', 'languages', 'langs',
  'translate', 'print', 'printer', 'font', 'blind', 'accessibility', 'a11y', 'toolbar', 'topbar', 'masthead', 'widget', 'widgets',
  'related', 'tags', 'feedback',
]);

/** Whole class/id tokens that mark chrome (matched exactly, lower-cased); dropped whatever they contain. */
export const CHROME_CLASS_TOKENS: ReadonlySet<string> = new Set([
  'header', 'site-header', 'page-header-nav', 'global-header', 'top-header', 'sr-only', 'visually-hidden', 'visuallyhidden',
  'screen-reader-text', 'screen-reader-only', 'hide-accessible', 'helper-hidden-accessible', 'element-invisible', 'hidden-print',
  'skip-link', 'skip-to-content', 'top-bar', 'top-number', 'bottom-video', 'title-menu',
]);

/** Words in class/id values of elements that usually hold the article body. */
export const CONTENT_CLASS_WORDS: ReadonlySet<string> = new Set([
  'content', 'contents', 'article', 'post', 'entry', 'story', 'body', 'text', 'main', 'detail', 'details', 'news', 'release', 'statement', 'journal', 'page',
]);

/** Elements that are content regions by themselves. */
export const CONTENT_TAGS: ReadonlySet<string> = new Set(['main', 'article']);

/** Share of the page's prose a region must hold to be chosen as the main text. */
export const MAIN_REGION_MIN_SHARE = 0.75;

/** Share of the page's prose above which a would-be chrome region is kept after all (it wraps the article). */
export const SOFT_CHROME_MAX_SHARE = 0.5;

/** `<meta>` names/properties that carry the publication date. */
export const DATE_META_NAMES: ReadonlySet<string> = new Set([
  'article:published_time', 'og:published_time', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'dcterms.created',
  'pubdate', 'publishdate', 'publish-date', 'publication_date', 'datepublished', 'sailthru.date', 'parsely-pub-date', 'citation_publication_date',
]);

/** Trailing title segments that name the site rather than the document (" - Ministry of Foreign Affairs ..."). */
export const SITE_NAME_WORDS = /\b(?:ministry|ministerstvo|government|department|office|embassy|consulate|portal|official|website|site|gov|mission|presidency|kremlin|white house|press releases?|news|mfa)\b/i;
