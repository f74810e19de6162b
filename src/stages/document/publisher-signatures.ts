/**
 * Phrases by which a page identifies who published it. Data only. A signature is matched case-sensitively
 * anywhere in the text; the first signature found (in this order) names the publisher.
 */
export interface PublisherSignature {
  readonly pattern: string;
  readonly name: string;
  /** The country (or organisation) the publisher speaks for. */
  readonly country: string;
  /**
   * Words (case as written) one of which every match of `pattern` contains: a page region without any of them is not
   * searched with the pattern (test/publisher-signature-cues.test.ts checks each signature's wordings).
   */
  readonly cues: readonly string[];
}

export const PUBLISHER_SIGNATURES: readonly PublisherSignature[] = [
  { pattern: String.raw`Office of the Spokesperson|(?:below|following) is attributable to (?:Department )?Spokesperson|U\.?S\.? Department of State|Department of State released`, name: 'U.S. Department of State', cues: ['Spokesperson', 'Department of State'], country: 'US' },
  { pattern: String.raw`^The White House$|^Readout of (?:President|Vice President|National Security Advisor)|^Statements and Releases`, name: 'The White House', cues: ['The White House', 'Readout of ', 'Statements and Releases'], country: 'US' },
  { pattern: String.raw`U\.S\. Department of Commerce|Department of Commerce`, name: 'U.S. Department of Commerce', cues: ['Department of Commerce'], country: 'US' },
  { pattern: String.raw`Global Affairs Canada`, name: 'Global Affairs Canada', cues: ['Global Affairs Canada'], country: 'CA' },
  { pattern: String.raw`Foreign (?:&|and) Commonwealth (?:& Development )?Office|Foreign, Commonwealth (?:&|and) Development Office|GOV\.UK`, name: 'Foreign, Commonwealth & Development Office', cues: ['Commonwealth', 'GOV.UK'], country: 'GB' },
  { pattern: String.raw`Prime Minister’s Office, 10 Downing Street|10 Downing Street`, name: "Prime Minister's Office, 10 Downing Street", cues: ['10 Downing Street'], country: 'GB' },
  { pattern: String.raw`Ministry of Foreign Affairs of Japan|Back to Japan-[A-Z][\w .-]+ Relations|Japan-[A-Z][\w .-]+ Relations$`, name: 'Ministry of Foreign Affairs of Japan', cues: ['Ministry of Foreign Affairs of Japan', 'Japan-'], country: 'JP' },
  { pattern: String.raw`Prime Minister of Japan and His Cabinet|The Prime Minister in Action`, name: 'Prime Minister of Japan and His Cabinet', cues: ['Prime Minister of Japan and His Cabinet', 'The Prime Minister in Action'], country: 'JP' },
  { pattern: String.raw`Ministry of Foreign Affairs of the Russian Federation|The Ministry of Foreign Affairs of Russia`, name: 'Ministry of Foreign Affairs of the Russian Federation', cues: ['Ministry of Foreign Affairs of the Russian Federation', 'The Ministry of Foreign Affairs of Russia'], country: 'RU' },
  { pattern: String.raw`Official website of the President of Russia|President of Russia Vladimir Putin:`, name: 'President of Russia', cues: ['Official website of the President of Russia', 'President of Russia Vladimir Putin:'], country: 'RU' },
  { pattern: String.raw`Ministry of External Affairs(?:, Government of India)?`, name: 'Ministry of External Affairs of India', cues: ['Ministry of External Affairs'], country: 'IN' },
  { pattern: String.raw`Ministry of Foreign Affairs of the People’s Republic of China|Ministry of Foreign Affairs of the People's Republic of China`, name: "Ministry of Foreign Affairs of the People's Republic of China", cues: ['Ministry of Foreign Affairs of the People'], country: 'CN' },
  { pattern: String.raw`Department of Foreign Affairs and Trade`, name: 'Department of Foreign Affairs and Trade (Australia)', cues: ['Department of Foreign Affairs and Trade'], country: 'AU' },
  { pattern: String.raw`Federal Foreign Office|Auswärtiges Amt`, name: 'Federal Foreign Office (Germany)', cues: ['Federal Foreign Office', 'Auswärtiges Amt'], country: 'DE' },
  { pattern: String.raw`Ministry of Foreign Affairs of the Republic of Belarus`, name: 'Ministry of Foreign Affairs of the Republic of Belarus', cues: ['Ministry of Foreign Affairs of the Republic of Belarus'], country: 'BY' },
  { pattern: String.raw`Ministry of Foreign Affairs of the Republic of Korea`, name: 'Ministry of Foreign Affairs of the Republic of Korea', cues: ['Ministry of Foreign Affairs of the Republic of Korea'], country: 'KR' },
  { pattern: String.raw`European External Action Service|\bEEAS\b`, name: 'European External Action Service', cues: ['European External Action Service', 'EEAS'], country: 'EU' },
];
