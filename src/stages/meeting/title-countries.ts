/**
 * Titles that only one country's officials hold, so the title alone says whose official it is. Data only; a title
 * matches when it equals an entry (case-insensitive, after folding curly quotes). Kept short on purpose: a title
 * two countries use ("Foreign Secretary": the UK's minister, India's senior official) does not belong here, unless one
 * of them is far more often meant: `alsoHeldIn` lists the others, and a text that names one of them (or is published
 * by it) and not the usual one leaves the title to that country ("Cardinal Pietro Parolin, Secretary of State" on the
 * Holy See's pages), one that names both leaves it undecided.
 */
export const TITLE_COUNTRIES: readonly { readonly pattern: string; readonly country: string; readonly alsoHeldIn?: readonly string[] }[] = [
  { pattern: String.raw`(?:deputy\s+|under\s+|assistant\s+)?secretary\s+of\s+state`, country: 'US', alsoHeldIn: ['VA'] },
  { pattern: String.raw`secretary\s+of\s+(?:defense|commerce|the\s+treasury|homeland\s+security|the\s+interior|energy|agriculture)`, country: 'US' },
  { pattern: String.raw`(?:minister\s+of\s+external\s+affairs|external\s+affairs\s+minister)`, country: 'IN' },
  { pattern: String.raw`taoiseach|tánaiste|tanaiste`, country: 'IE' },
  { pattern: String.raw`state\s+council(?:l)?or(?:\s+and\s+foreign\s+minister)?`, country: 'CN' },
  { pattern: String.raw`federal\s+foreign\s+minister|federal\s+minister\s+for\s+foreign\s+affairs`, country: 'DE' },
  { pattern: String.raw`high\s+representative(?:\s*/\s*vice[\s-]president)?(?:\s+(?:of\s+the\s+union\s+)?for\s+foreign\s+affairs\s+and\s+security\s+policy)?|(?:high\s+representative\s*/\s*)?vice[\s-]president\s+of\s+the\s+european\s+commission`, country: 'EU' },
  // the Union's presidents ("European Commission President Ursula von der Leyen", "President of the European Council")
  { pattern: String.raw`(?:european\s+(?:commission|council)\s+president|president\s+of\s+the\s+european\s+(?:commission|council))`, country: 'EU' },
  { pattern: String.raw`.*\b(?:CPC|Communist\s+Party\s+of\s+China|Central\s+Foreign\s+Affairs\s+Commission)\b.*`, country: 'CN' },
  { pattern: String.raw`pope|holy\s+father|supreme\s+pontiff|secretary\s+for\s+relations\s+with\s+states(?:\s+and\s+international\s+organi[sz]ations)?`, country: 'VA' },
  { pattern: String.raw`chancellor\s+of\s+the\s+exchequer|(?:foreign\s+)?secretary\s+of\s+state\s+for\s+foreign,\s+commonwealth\s+and\s+development\s+affairs`, country: 'GB' },
];
