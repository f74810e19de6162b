/**
 * How publishers are named in metadata (a feed's author, an ingest's `--publisher`), where they need not name their
 * country: seats of government and offices known by a building or a bare office name. Data only. A name matches
 * when the pattern is found in it (case-sensitive, Unicode mode). Used for metadata only, never for the document text, where
 * "the White House" or "the Kremlin" is as often the counterpart as the author.
 */
export interface PublisherName {
  readonly pattern: string;
  /** The country (or organisation) the publisher speaks for. */
  readonly country: string;
}

export const PUBLISHER_NAMES: readonly PublisherName[] = [
  {
    pattern: String.raw`\bWhite House\b|\bState Department\b|\bDepartment of (?:State|Defense|Commerce|Homeland Security)\b|\bPentagon\b|\bOffice of the (?:Press Secretary|Vice President|First Lady|United States Trade Representative)\b|\bUSTR\b|\bUSAID\b`,
    country: 'US',
  },
  { pattern: String.raw`\bKremlin\b|\bPresident of Russia\b|\bSmolensk(?:aya)? Square\b`, country: 'RU' },
  { pattern: String.raw`\bKantei\b|\bMOFA Japan\b|\bGaimusho\b`, country: 'JP' },
  { pattern: String.raw`\bDowning Street\b|\bGOV\.UK\b|\bgov\.uk\b|\bFCDO\b|\bForeign(?:,| and| &) Commonwealth\b`, country: 'GB' },
  { pattern: String.raw`(?<!\p{L})[EÉ]lys[ée]e(?!\p{L})|\bQuai d['’]Orsay\b`, country: 'FR' },
  { pattern: String.raw`\bBlue House\b|\bCheong Wa Dae\b`, country: 'KR' },
  { pattern: String.raw`\bZhongnanhai\b`, country: 'CN' },
  { pattern: String.raw`\bAuswärtiges Amt\b`, country: 'DE' },
  { pattern: String.raw`\bPalazzo Chigi\b|\bFarnesina\b`, country: 'IT' },
  { pattern: String.raw`\bLa Moncloa\b`, country: 'ES' },
  { pattern: String.raw`\bCasa Rosada\b`, country: 'AR' },
  { pattern: String.raw`\bPalácio do Planalto\b|\bPlanalto\b|\bItamaraty\b`, country: 'BR' },
  { pattern: String.raw`\bMalaca[ñn]ang\b`, country: 'PH' },
  { pattern: String.raw`\bRashtrapati Bhavan\b`, country: 'IN' },
  { pattern: String.raw`\bBankova\b`, country: 'UA' },
  // (the agency writes its name in capitals too: "-- BERNAMA")
  { pattern: String.raw`\bWisma Putra\b|\bBernama\b|\bBERNAMA\b`, country: 'MY' },
  { pattern: String.raw`\bDIRCO\b`, country: 'ZA' },
  { pattern: String.raw`\bSecretar[ií]a de Relaciones Exteriores\b|\bCanciller[ií]a de M[eé]xico\b`, country: 'MX' },
  { pattern: String.raw`\bBundesregierung\b|\bBundeskanzler(?:amt)?\b`, country: 'DE' },
  // national news agencies that carry their government's readouts
  { pattern: String.raw`\bXinhua\b`, country: 'CN' },
  { pattern: String.raw`\bYonhap\b`, country: 'KR' },
  { pattern: String.raw`\bKyodo\b`, country: 'JP' },
  { pattern: String.raw`\bTASS\b|\bRIA Novosti\b`, country: 'RU' },
  { pattern: String.raw`\bAntara\b`, country: 'ID' },
  { pattern: String.raw`\bAnadolu\b`, country: 'TR' },
  { pattern: String.raw`\bIRNA\b`, country: 'IR' },
  { pattern: String.raw`\bVietnam News Agency\b|\bVNA\b`, country: 'VN' },
  { pattern: String.raw`\bKUNA\b|\bKuwait News Agency\b`, country: 'KW' },
  { pattern: String.raw`\bWAM\b|\bEmirates News Agency\b`, country: 'AE' },
  { pattern: String.raw`\bPTI\b|\bPress Trust of India\b`, country: 'IN' },
  { pattern: String.raw`\bJordan News Agency\b|\bpetra\.gov\.jo\b`, country: 'JO' },
  // state agencies whose names carry no country (the text often names none either: "Kathmandu, Aug 11: Foreign
  // Minister ... held a meeting with the visiting Indian Foreign Secretary"); full names and unambiguous short names only
  { pattern: String.raw`\bRa(?:s|sh)triya Samachar Samiti\b`, country: 'NP' },
  { pattern: String.raw`\bJiji Press\b`, country: 'JP' },
  { pattern: String.raw`\bAg[eê]ncia Lusa\b|\bLusa News Agency\b`, country: 'PT' },
  { pattern: String.raw`\bMagyar Távirati Iroda\b|\bMTI\b`, country: 'HU' },
  { pattern: String.raw`\bHina\b|\bHINA\b|\bHrvatska izvještajna novinska agencija\b`, country: 'HR' },
  { pattern: String.raw`\bAgerpres\b|\bAGERPRES\b`, country: 'RO' },
  { pattern: String.raw`\bBulgarian News Agency\b|\bBTA\b`, country: 'BG' },
  { pattern: String.raw`\bSlovenian Press Agency\b|\bSTA\b`, country: 'SI' },
  { pattern: String.raw`\bPolish Press Agency\b|\bPolska Agencja Prasowa\b`, country: 'PL' },
  { pattern: String.raw`\bČTK\b|\bCzech News Agency\b`, country: 'CZ' },
  { pattern: String.raw`\bTASR\b|\bNews Agency of the Slovak Republic\b`, country: 'SK' },
  { pattern: String.raw`\bANSA\b`, country: 'IT' },
  { pattern: String.raw`\bAgencia EFE\b`, country: 'ES' },
  { pattern: String.raw`\bBelTA\b|\bBelarusian Telegraph Agency\b`, country: 'BY' },
  { pattern: String.raw`\bUkrinform\b`, country: 'UA' },
  { pattern: String.raw`\bArmenpress\b`, country: 'AM' },
  { pattern: String.raw`\bAZERTAC\b|\bAzertac\b`, country: 'AZ' },
  { pattern: String.raw`\bKazinform\b`, country: 'KZ' },
  { pattern: String.raw`\bMontsame\b|\bMONTSAME\b`, country: 'MN' },
  { pattern: String.raw`\bMiddle East News Agency\b`, country: 'EG' },
  { pattern: String.raw`\bSaudi Press Agency\b`, country: 'SA' },
  { pattern: String.raw`\bQatar News Agency\b`, country: 'QA' },
  { pattern: String.raw`\bOman News Agency\b`, country: 'OM' },
  { pattern: String.raw`\bBahrain News Agency\b`, country: 'BH' },
  { pattern: String.raw`\bMaghreb Arabe Presse\b`, country: 'MA' },
  { pattern: String.raw`\bAlg[eé]rie Presse Service\b`, country: 'DZ' },
  { pattern: String.raw`\bPrensa Latina\b`, country: 'CU' },
  { pattern: String.raw`\bAssociated Press of Pakistan\b`, country: 'PK' },
  { pattern: String.raw`\bBangladesh Sangbad Sangstha\b`, country: 'BD' },
  { pattern: String.raw`\bPhilippine News Agency\b`, country: 'PH' },
  { pattern: String.raw`\bKPL\b|\bLao News Agency\b`, country: 'LA' },
  { pattern: String.raw`\bAgence Kampuchea Presse\b`, country: 'KH' },
  { pattern: String.raw`\bNews Agency of Nigeria\b`, country: 'NG' },
  { pattern: String.raw`\bGhana News Agency\b`, country: 'GH' },
  { pattern: String.raw`\bKenya News Agency\b`, country: 'KE' },
  { pattern: String.raw`\bEthiopian News Agency\b`, country: 'ET' },
  // a site's domain given as its name ("mea.gov.in", "www.mfa.gov.sg")
  { pattern: String.raw`\.gov\.in\b|\.nic\.in\b`, country: 'IN' },
  { pattern: String.raw`\.gov\.sg\b`, country: 'SG' },
  { pattern: String.raw`\.gov\.cn\b`, country: 'CN' },
  { pattern: String.raw`\.go\.jp\b`, country: 'JP' },
  { pattern: String.raw`\.go\.kr\b`, country: 'KR' },
  { pattern: String.raw`\.go\.id\b`, country: 'ID' },
  { pattern: String.raw`\.gov\.au\b`, country: 'AU' },
  { pattern: String.raw`\.govt\.nz\b`, country: 'NZ' },
  { pattern: String.raw`\.gc\.ca\b`, country: 'CA' },
  { pattern: String.raw`\.gouv\.fr\b`, country: 'FR' },
  { pattern: String.raw`\.gov\.tr\b`, country: 'TR' },
  { pattern: String.raw`\.gov\.za\b`, country: 'ZA' },
  { pattern: String.raw`\.gov\.il\b`, country: 'IL' },
  { pattern: String.raw`\.gov\.ua\b`, country: 'UA' },
  { pattern: String.raw`\.gov\.vn\b`, country: 'VN' },
  { pattern: String.raw`\.gov\.ph\b`, country: 'PH' },
  { pattern: String.raw`\.gov\.sa\b`, country: 'SA' },
  { pattern: String.raw`\.gov\.qa\b`, country: 'QA' },
  { pattern: String.raw`\.gov\.my\b`, country: 'MY' },
  { pattern: String.raw`\.gov\.by\b`, country: 'BY' },
  { pattern: String.raw`\.gov\.br\b`, country: 'BR' },
  { pattern: String.raw`\.gob\.mx\b`, country: 'MX' },
  { pattern: String.raw`\.gov\.pk\b`, country: 'PK' },
  { pattern: String.raw`\.gov\.bd\b`, country: 'BD' },
  { pattern: String.raw`\.gov\.eg\b`, country: 'EG' },
  { pattern: String.raw`\.gov\.ae\b|\bwam\.ae\b`, country: 'AE' },
  { pattern: String.raw`\bstate\.gov\b|\bwhitehouse\.gov\b`, country: 'US' },
  { pattern: String.raw`\bmid\.ru\b|\bkremlin\.ru\b`, country: 'RU' },
  { pattern: String.raw`\bauswaertiges-amt\.de\b|\bbundesregierung\.de\b`, country: 'DE' },
  { pattern: String.raw`\beeas\.europa\.eu\b|\bec\.europa\.eu\b`, country: 'EU' },
  { pattern: String.raw`\bnato\.int\b`, country: 'NATO' },
  { pattern: String.raw`\bmfa\.uz\b`, country: 'UZ' },
];

/**
 * Qualifiers that say who reproduced or where a copy was found ("reproduced by STL.News", "via The American
 * Presidency Project", "as published by Yonhap"): they name another party, never the publisher's side.
 */
export const REPRODUCTION_QUALIFIER_SOURCE = String.raw`(?:reproduced|republished|reprinted|re-?posted|mirrored|syndicated|distributed|archived|copied|translated|quoted|cited|published|carried|as\s+(?:published|reported|carried))\b|via\b|from\b|by\b|on\s+the\s+|courtesy\s+of\b|source:`;
