import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { CountryMention, PersonMention } from '../src/domain/mentions.ts';
import type { Level } from '../src/domain/record.ts';
import { classifyTitle, findPeople } from '../src/stages/people/person-finder.ts';
import { titleRanks } from '../src/stages/people/title-classifier.ts';

/** Country mentions for the test texts, built by hand so these tests do not depend on the country finder. */
const COUNTRY_WORDS: readonly [string, string][] = [
  ['Russian Federation', 'RU'], ['Commonwealth of Australia', 'AU'], ['People’s Republic of China', 'CN'], ['Republic of Indonesia', 'ID'],
  ['Russia', 'RU'], ['Japan', 'JP'], ['Japanese', 'JP'], ['US', 'US'], ['France', 'FR'], ['Israel', 'IL'],
  ['Germany', 'DE'], ['Israeli', 'IL'], ['Mexico', 'MX'], ['Turkey', 'TR'], ['ROK', 'KR'], ['Irish', 'IE'], ['Pakistani', 'PK'], ['Chinese', 'CN'],
  ['United Nations', 'UN'], ['European Commission', 'EU'], ['European Council', 'EU'], ['Holy See', 'VA'], ['U.S.', 'US'], ['DPRK', 'KP'], ['UK', 'GB'],
  ['French', 'FR'], ['German', 'DE'], ['Italian', 'IT'], ['Portuguese', 'PT'], ['Dutch', 'NL'], ['Ukrainian', 'UA'], ['Yemen', 'YE'],
  ['OECD', 'OECD'], ['Greece', 'GR'], ['Indian', 'IN'],
  ['United States of America', 'US'], ['Australia', 'AU'], ['Sri Lanka', 'LK'], ['Israeli', 'IL'], ['Korean', 'KR'], ['Sudanese', 'SD'],
  ['Malaysian', 'MY'], ['Malaysia', 'MY'], ['Palestine', 'PS'], ['European Union', 'EU'], ['Saudi', 'SA'], ['China', 'CN'],
  ['Moroccan', 'MA'], ['Republic of Azerbaijan', 'AZ'], ['Slovenian', 'SI'], ['European External Action Service', 'EU'], ['Italy', 'IT'],
];
/** Of those, the words the country finder marks as demonyms (the people stage reads a demonym inside a title). */
const DEMONYM_WORDS: ReadonlySet<string> = new Set(['Moroccan']);

function countriesIn(text: string): CountryMention[] {
  const mentions: CountryMention[] = [];
  const taken: boolean[] = [];
  for (const [word, code] of COUNTRY_WORDS) {
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'gu'))) {
      const start = match.index;
      if (taken[start] === true) continue;
      for (let k = start; k < start + word.length; k++) taken[k] = true;
      mentions.push({ span: [start, start + word.length], text: word, code, kind: DEMONYM_WORDS.has(word) ? 'demonym' : 'name', rule: 'test' });
    }
  }
  return mentions.sort((a, b) => a.span[0] - b.span[0]);
}

interface Expected {
  readonly text: string;
  readonly name: string;
  readonly written?: string;
  readonly title?: string | null;
  readonly country?: string | null;
  readonly countryWords?: string;
  readonly level?: Level | null;
  readonly short?: boolean;
}

const POSITIVES: readonly Expected[] = [
  { text: 'Mr. Taro Kono, Minister for Foreign Affairs, held a meeting.', name: 'Taro Kono', written: 'Taro Kono', title: 'Minister for Foreign Affairs', country: null, level: 'foreign-minister' },
  { text: 'He met Mr. Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation, in New York.', name: 'Sergey Lavrov', title: 'Minister of Foreign Affairs', country: 'RU', countryWords: 'Russian Federation', level: 'foreign-minister' },
  { text: 'Talks with Mr. Lavrov, Sergey Viktorovich were held.', name: 'Sergey Lavrov', written: 'Lavrov, Sergey Viktorovich' },
  { text: 'He met H.E. Mr. Vladimir Vladimirovich Putin, President of the Russian Federation.', name: 'Vladimir Putin', written: 'Vladimir Vladimirovich Putin', title: 'President', country: 'RU', level: 'leader' },
  { text: 'with Mr. Sergey Viktorovich Lavrov, Minister', name: 'Sergey Lavrov', written: 'Sergey Viktorovich Lavrov' },
  { text: 'Foreign Secretary Boris Johnson met with his counterpart.', name: 'Boris Johnson', title: 'Foreign Secretary', level: 'foreign-minister' },
  { text: 'Foreign Secretary Boris Johnson hosted US Secretary of State Rex Tillerson.', name: 'Rex Tillerson', title: 'Secretary of State', country: 'US', countryWords: 'US', level: 'foreign-minister' },
  { text: 'Vladimir Putin met with Prime Minister of Japan Shinzo Abe.', name: 'Shinzo Abe', title: 'Prime Minister', country: 'JP', level: 'leader' },
  { text: 'President of Russia Vladimir Putin: Mr Prime Minister, friends.', name: 'Vladimir Putin', title: 'President', country: 'RU' },
  { text: 'the visit by Japanese Prime Minister Shinzo Abe to Russia', name: 'Shinzo Abe', title: 'Prime Minister', country: 'JP', countryWords: 'Japanese' },
  { text: 'a call with State Councilor and Foreign Minister of the People’s Republic of China Wang Yi.', name: 'Wang Yi', title: 'State Councilor and Foreign Minister', country: 'CN', level: 'foreign-minister' },
  { text: 'spoke with the People’s Republic of China (PRC) Executive Vice Foreign Minister Ma Zhaoxu.', name: 'Ma Zhaoxu', title: 'Executive Vice Foreign Minister', country: 'CN', level: 'vice-minister' },
  { text: 'Deputy Secretary Campbell spoke yesterday with officials.', name: 'Campbell', title: 'Deputy Secretary', level: 'vice-minister', short: false },
  { text: 'co-chairmen: Minister for Foreign Affairs of Japan Mr. Koichiro Gemba and others', name: 'Koichiro Gemba', title: 'Minister for Foreign Affairs', country: 'JP' },
  { text: 'and Dr. R. M. Marty Natalegawa, Minister of Foreign Affairs of the Republic of Indonesia; note', name: 'Marty Natalegawa', written: 'R. M. Marty Natalegawa', country: 'ID' },
  { text: 'The Foreign Secretary met Tánaiste Simon Coveney today.', name: 'Simon Coveney', title: 'Tánaiste', level: 'minister' },
  { text: 'Readout of President Joe Biden’s Call with leaders', name: 'Joe Biden', title: 'President', level: 'leader' },
  { text: 'President Biden spoke earlier today with Prime Minister Netanyahu of Israel.', name: 'Netanyahu', title: 'Prime Minister', country: 'IL' },
  // a title-case headline's verb is no part of the name before it
  { text: 'President Xi Jinping Meets with Australian Prime Minister Anthony Albanese', name: 'Xi Jinping', title: 'President' },
  // European leaders' diplomatic advisers (sherpas): the portfolio word "Diplomatic", the country after the office
  { text: 'Sullivan spoke today with Francesco Talo, Diplomatic Advisor to the Prime Minister of Italy, about Ukraine.', name: 'Francesco Talo', title: 'Diplomatic Advisor to the Prime Minister', country: 'IT', level: 'senior-official' },
  // no title starts inside an organisation's name: the organisation before the title is the holder's
  { text: 'Sherman spoke with European External Action Service Secretary General Stefano Sannino today.', name: 'Stefano Sannino', title: 'Secretary General', country: 'EU', countryWords: 'European External Action Service' },
  // a ministry named after the name gives its country (joint statements name each side's official so)
  { text: 'The dialogue was led by Political Director Jernej Müller, Slovenian Ministry of Foreign Affairs, and others.', name: 'Jernej Müller', title: 'Political Director', country: 'SI', countryWords: 'Slovenian' },
  { text: 'The talks were led by Director Anna Nowak, Ministry of Foreign Affairs of Greece, and others.', name: 'Anna Nowak', title: 'Director', country: 'GR', countryWords: 'Greece' },
  { text: 'The talks were led by Director Anna Nowak, Slovenian officials said.', name: 'Anna Nowak', title: 'Director', country: null },
  { text: 'The talks were led by Director Anna Nowak, Ministry of Foreign Affairs, and others.', name: 'Anna Nowak', title: 'Director', country: null },
  { text: 'On July 17, Foreign Minister Sergey Lavrov had a telephone conversation.', name: 'Sergey Lavrov', title: 'Foreign Minister', level: 'foreign-minister' },
  { text: 'Minister of Foreign Affairs François-Philippe Champagne participated.', name: 'François-Philippe Champagne', title: 'Minister of Foreign Affairs' },
  { text: 'François-Philippe Champagne, Minister of Foreign Affairs, participated in a meeting.', name: 'François-Philippe Champagne', title: 'Minister of Foreign Affairs' },
  { text: 'This April, Minister [of Foreign Affairs Fumio] Kishida met with Mr Lavrov.', name: 'Fumio Kishida', written: 'Fumio] Kishida', title: 'Minister [of Foreign Affairs', level: 'foreign-minister' },
  { text: 'met yesterday with Jean-Yves Le Drian, France’s Minister for Europe and Foreign Affairs.', name: 'Jean-Yves Le Drian', title: 'Minister for Europe and Foreign Affairs', country: 'FR', level: 'foreign-minister' },
  { text: 'Mr. Shinzo Abe held a telephone talk with H.E. Mr. Moon Jae-in, President of the ROK.', name: 'Moon Jae-in', country: 'KR' },
  { text: 'President Yoon Suk Yeol welcomed the visit.', name: 'Yoon Suk Yeol', title: 'President' },
  { text: 'Chairman Kim Jong Un inspected the site.', name: 'Kim Jong Un', title: 'Chairman', level: 'other' },
  { text: 'Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting.', name: 'Yoshimasa Hayashi', written: 'HAYASHI Yoshimasa', country: 'JP' },
  { text: 'held talks with The Honorable Joseph R. Biden, Jr., President of the United States of America.', name: 'Joseph Biden', written: 'Joseph R. Biden', title: 'President' },
  { text: 'Secretary of State Antony J. Blinken met today with officials.', name: 'Antony Blinken', written: 'Antony J. Blinken', title: 'Secretary of State', level: 'foreign-minister' },
  { text: 'with Senator the Hon. Marise Payne, Minister for Foreign Affairs of the Commonwealth of Australia.', name: 'Marise Payne', title: 'Minister for Foreign Affairs', country: 'AU', countryWords: 'Commonwealth of Australia' },
  { text: 'held a meeting with Ambassador Wendy R. Sherman, Deputy Secretary of State of the United States.', name: 'Wendy Sherman', written: 'Wendy R. Sherman', title: 'Deputy Secretary of State', level: 'vice-minister' },
  { text: 'The Prime Minister spoke to Turkey’s President Recep Tayyip Erdoğan this evening.', name: 'Recep Tayyip Erdoğan', country: 'TR', countryWords: 'Turkey' },
  { text: 'H.E. Dr. Frank-Walter Steinmeier, Federal Minister for Foreign Affairs, Germany, in Hiroshima', name: 'Frank-Walter Steinmeier', title: 'Federal Minister for Foreign Affairs', country: 'DE', level: 'foreign-minister' },
  { text: 'Mr. Simon Coveney, Tánaiste and Minister for Foreign Affairs, said', name: 'Simon Coveney', title: 'Tánaiste and Minister for Foreign Affairs', level: 'foreign-minister' },
  { text: 'Mr. Jan Novak, Minister for Foreign Affairs and Defence Minister, said', name: 'Jan Novak', title: 'Minister for Foreign Affairs and Defence Minister', level: 'foreign-minister' },
  { text: 'The Rt Hon James Cleverly, Secretary of State for Foreign, Commonwealth and Development Affairs, said', name: 'James Cleverly', title: 'Secretary of State for Foreign, Commonwealth and Development Affairs', level: 'foreign-minister' },
  { text: 'Secretary Blinken’s Meeting with Pakistani Foreign Minister Bhutto Zardari', name: 'Bhutto Zardari', country: 'PK', countryWords: 'Pakistani' },
  { text: 'European Commission President Ursula von der Leyen said', name: 'Ursula von der Leyen', level: 'leader' },
  { text: 'Mr. Masataka Okano, Deputy Minister for Foreign Policy, Ministry of Foreign Affairs', name: 'Masataka Okano', title: 'Deputy Minister for Foreign Policy', level: 'vice-minister' },
  { text: 'the Rt. Hon Theresa May MP, Prime Minister of the United Kingdom', name: 'Theresa May', written: 'Theresa May', title: 'Prime Minister' },
  // found while spot-checking the bulk corpus
  { text: 'spoke with Israeli Minister of Defense Benjamin “Benny” Gantz about', name: 'Benjamin Gantz', written: 'Benjamin “Benny” Gantz', title: 'Minister of Defense', country: 'IL', level: 'minister' },
  { text: 'Secretary of Health and Human Services Xavier Becerra joined.', name: 'Xavier Becerra', title: 'Secretary of Health and Human Services', level: 'minister' },
  { text: 'Assistant to the President for Homeland Security Elizabeth Sherwood-Randall met.', name: 'Elizabeth Sherwood-Randall', title: 'Assistant to the President for Homeland Security', level: 'senior-official' },
  { text: 'White House Director of Intergovernmental Affairs Tom Perez joined.', name: 'Tom Perez', title: 'Director of Intergovernmental Affairs' },
  { text: 'Readout of President Joe Biden’s Call with President-Elect Claudia Sheinbaum of Mexico', name: 'Claudia Sheinbaum', title: 'President-Elect' },
  { text: 'Under President Biden, the policy changed.', name: 'Biden', title: 'President', level: 'leader' },
  { text: 'Mr. Jan Novak, Minister of Health, said', name: 'Jan Novak', title: 'Minister of Health', level: 'minister' },
  // a country after "for"/"to" names the post, not the holder; the country before the title is the holder's
  { text: 'U.S. Special Representative for the DPRK Sung Kim met', name: 'Sung Kim', title: 'Special Representative for the DPRK', country: 'US', level: 'senior-official' },
  { text: 'U.S. Special Envoy for Yemen Tim Lenderking will travel', name: 'Tim Lenderking', title: 'Special Envoy for Yemen', country: 'US' },
  { text: 'U.S. Ambassador to the United Nations Linda Thomas-Greenfield met', name: 'Linda Thomas-Greenfield', title: 'Ambassador to the United Nations', country: 'US' },
  // regions and subjects inside a portfolio are consumed by it
  { text: 'ROK Special Representative for Korean Peninsula Peace and Security Affairs Noh Kyu-duk met', name: 'Noh Kyu-duk', title: 'Special Representative for Korean Peninsula Peace and Security Affairs', country: 'KR' },
  { text: 'and UK Minister of State for Europe and North America James Cleverly.', name: 'James Cleverly', title: 'Minister of State for Europe and North America', country: 'GB', level: 'vice-minister' },
  { text: 'Commander-in-Chief of the Ukrainian Armed Forces Gen. Valerii Zaluzhnyi spoke', name: 'Valerii Zaluzhnyi', title: 'Commander-in-Chief of the Ukrainian Armed Forces', country: 'UA' },
  { text: 'Chairman of the Joint Chiefs of Staff Gen. Mark A. Milley spoke', name: 'Mark Milley', written: 'Mark A. Milley', title: 'Chairman of the Joint Chiefs of Staff' },
  { text: 'Health and Human Services Secretary Xavier Becerra joined.', name: 'Xavier Becerra', title: 'Health and Human Services Secretary', level: 'minister' },
  { text: 'and U.S. Surgeon General Dr. Vivek Murthy met', name: 'Vivek Murthy', title: 'Surgeon General', country: 'US' },
  { text: 'the United Nations Personal Envoy of the Secretary-General Staffan de Mistura, who', name: 'Staffan de Mistura', title: 'Personal Envoy of the Secretary-General', country: 'UN' },
  // a ministry named before the title: the title starts after it, the country before it is the holder's
  { text: 'with Japanese Ministry of Foreign Affairs Director General for Asian and Oceanian Affairs Bureau Funakoshi Takehiro.', name: 'Funakoshi Takehiro', title: 'Director General for Asian and Oceanian Affairs Bureau', country: 'JP', countryWords: 'Japanese' },
  { text: 'with French MFA Secretary General Francois Delattre, German MFA State Secretary Andreas Michaelis, and', name: 'Francois Delattre', title: 'Secretary General', country: 'FR' },
  { text: 'with French MFA Secretary General Francois Delattre, German MFA State Secretary Andreas Michaelis, and', name: 'Andreas Michaelis', title: 'State Secretary', country: 'DE', countryWords: 'German' },
  { text: 'spoke with Italian Foreign Ministry Secretary General Ettore Sequi today', name: 'Ettore Sequi', title: 'Secretary General', country: 'IT' },
  { text: 'Chinese Foreign Ministry Spokesperson Wang Wenbin said', name: 'Wang Wenbin', title: 'Spokesperson', country: 'CN' },
  { text: 'with Dutch Ministry of Foreign Affairs Political Director Thijs van der Plas.', name: 'Thijs van der Plas', title: 'Political Director', country: 'NL' },
  { text: 'with German Ministry for Economic Affairs and Climate Action State Secretary Franziska Brantner today', name: 'Franziska Brantner', title: 'State Secretary', country: 'DE' },
  { text: 'spoke today with Portuguese MFA Political Director Rui Vinhas.', name: 'Rui Vinhas', title: 'Political Director', country: 'PT' },
  // a title inside a run of capitalised words; an organisation's name is not the title
  { text: 'Today, Domestic Policy Advisor Susan Rice hosted', name: 'Susan Rice', title: 'Domestic Policy Advisor' },
  { text: 'with European External Action Service Secretary General Stefano Sannino.', name: 'Stefano Sannino', title: 'Secretary General' },
  { text: 'with Organization for Economic Co-operation and Development (OECD) Secretary General Mathias Cormann in Paris', name: 'Mathias Cormann', title: 'Secretary General', country: 'OECD' },
  // a title after a comma that heads the next name is not the previous person's
  { text: 'White House Public Engagement Director Cedric Richmond, Acting Director of the White House Initiative on AAPIs Laura Shin, and', name: 'Cedric Richmond', title: 'Public Engagement Director' },
  { text: 'met with Principal Secretary Pramod Mishra, Minister of Commerce and Indian G20 Sherpa Piyush Goyal, and', name: 'Pramod Mishra', title: 'Principal Secretary' },
  { text: 'met with Bjoern Seibert, Chief of Cabinet for European Commission President Ursula von der Leyen, and', name: 'Ursula von der Leyen', title: 'European Commission President', level: 'leader' },
  { text: 'he met with Frederic Bernard, Chief of Cabinet for European Council President Charles Michel.', name: 'Frederic Bernard', title: 'Chief of Cabinet', level: 'senior-official' },
  // compound titles: a second title whose complement does not parse is left out; "Chief Advisor to the President"
  { text: 'Tom Perez, Senior Advisor to the President and Director of the White House Office of Intergovernmental Affairs, met', name: 'Tom Perez', title: 'Senior Advisor to the President' },
  { text: 'spoke with Ibrahim Kalin, Spokesperson and Chief Advisor to the President of Turkey.', name: 'Ibrahim Kalin', title: 'Spokesperson and Chief Advisor to the President', country: 'TR' },
  // apposition, clergy and military ranks, joined initials
  { text: 'spoke today with the Holy See Secretary of State, Cardinal Pietro Parolin.', name: 'Pietro Parolin', title: 'Secretary of State', country: 'VA' },
  { text: 'spoke with His Holiness Pope Francis to discuss', name: 'Francis', title: 'Pope' },
  { text: 'Singh met with Principal Secretary P.K. Mishra, and others.', name: 'Mishra', written: 'P.K. Mishra', title: 'Principal Secretary' },
  // readout styles of ministries outside the dev set
  // Korean names, including family names that are also common words
  { text: 'Minister of Foreign Affairs Park Jin held a phone call with his counterpart.', name: 'Park Jin', title: 'Minister of Foreign Affairs', level: 'foreign-minister' },
  { text: 'President Park Geun-hye received the delegation.', name: 'Park Geun-hye', title: 'President' },
  { text: 'Foreign Minister Chung Eui-yong held talks in Seoul.', name: 'Chung Eui-yong', title: 'Foreign Minister' },
  { text: 'Minister of Foreign Affairs Cho Tae-yul met the delegation.', name: 'Cho Tae-yul', title: 'Minister of Foreign Affairs' },
  { text: 'Vice Premier He Lifeng attended the talks.', name: 'He Lifeng', title: 'Vice Premier', level: 'minister' },
  { text: 'Vice Foreign Minister Sun Weidong met the Ambassador.', name: 'Sun Weidong', title: 'Vice Foreign Minister', level: 'vice-minister' },
  // "counterpart" heads a name; the demonym before it gives the country, and no title
  { text: 'She met her Chinese counterpart Qin Gang in Beijing.', name: 'Qin Gang', title: null, country: 'CN', countryWords: 'Chinese', level: null },
  { text: 'He spoke with his Indian counterpart Dr. S. Jaishankar today.', name: 'Jaishankar', written: 'S. Jaishankar', title: null, country: 'IN', level: null },
  { text: 'He met his counterpart, Mr. Wang Yi, in Beijing.', name: 'Wang Yi', title: null },
  { text: 'She met her Chinese counterpart Foreign Minister Qin Gang.', name: 'Qin Gang', title: 'Foreign Minister', country: 'CN', countryWords: 'Chinese' },
  { text: 'He met his Israeli counterpart Gabi Ashkenazi. Foreign Minister Gabi Ashkenazi said.', name: 'Gabi Ashkenazi', title: 'Foreign Minister', country: 'IL', short: false },
  // South and Southeast Asian, Gulf and royal honorifics
  { text: 'Prime Minister Shri Narendra Modi held talks.', name: 'Narendra Modi', title: 'Prime Minister', level: 'leader' },
  { text: 'The talks were attended by Smt. Nirmala Sitharaman, Minister of Finance.', name: 'Nirmala Sitharaman', title: 'Minister of Finance' },
  { text: 'Minister of State Shrimati Meenakashi Lekhi and Sri Ravi Shankar met.', name: 'Meenakashi Lekhi', title: 'Minister of State' },
  { text: 'He called on Tun Dr. Mahathir Mohamad in Putrajaya.', name: 'Mahathir Mohamad', title: null },
  { text: 'Prime Minister Dato’ Sri Anwar Ibrahim received him.', name: 'Anwar Ibrahim', title: 'Prime Minister' },
  { text: "Prime Minister Dato' Sri Anwar Ibrahim received him.", name: 'Anwar Ibrahim', title: 'Prime Minister' },
  { text: 'Foreign Minister Datuk Seri Saifuddin Abdullah said.', name: 'Saifuddin Abdullah', title: 'Foreign Minister' },
  { text: 'Minister of Foreign Affairs II Pehin Dato Erywan Yusof met.', name: 'Erywan Yusof' },
  { text: 'Minister of Foreign Affairs Sheikh Abdullah bin Zayed Al Nahyan met.', name: 'Abdullah bin Zayed Al Nahyan', title: 'Minister of Foreign Affairs' },
  { text: 'He was received by His Majesty King Charles III.', name: 'Charles', title: 'King' },
  { text: 'He met HRH Prince Faisal bin Farhan.', name: 'Faisal bin Farhan', title: 'Prince' },
  { text: 'He met Her Excellency Ms. Penny Wong.', name: 'Penny Wong', title: null },
  // title of a country, comma, honorific, name
  { text: 'met the President of the United States of America, H.E. Mr. Joseph R. Biden, at the White House.', name: 'Joseph Biden', written: 'Joseph R. Biden', title: 'President', country: 'US', level: 'leader' },
  // a legislator's style between the title and the name is an honorific
  { text: 'Foreign Minister of Australia Senator Penny Wong visited Jakarta.', name: 'Penny Wong', title: 'Foreign Minister', country: 'AU', level: 'foreign-minister' },
  { text: 'Minister for Trade and Tourism Senator the Hon. Don Farrell attended.', name: 'Don Farrell', title: 'Minister for Trade and Tourism' },
  { text: 'Foreign Minister of Australia the Hon. Penny Wong visited.', name: 'Penny Wong', title: 'Foreign Minister', country: 'AU' },
  { text: 'Senator Bob Menendez said.', name: 'Bob Menendez', title: 'Senator', level: 'other' },
  // slash-joined titles
  { text: 'High Representative/Vice-President Josep Borrell met the Minister.', name: 'Josep Borrell', title: 'High Representative/Vice-President', level: 'foreign-minister' },
  { text: 'EU HR/VP Josep Borrell met the Minister.', name: 'Josep Borrell', title: 'HR/VP', level: 'foreign-minister' },
  { text: 'High Representative of the Union for Foreign Affairs and Security Policy Josep Borrell said.', name: 'Josep Borrell', title: 'High Representative of the Union for Foreign Affairs and Security Policy', level: 'foreign-minister' },
  // Chinese titles
  { text: 'Chinese President Xi Jinping met him.', name: 'Xi Jinping', title: 'President', country: 'CN', level: 'leader' },
  { text: 'Premier Li Qiang met him.', name: 'Li Qiang', title: 'Premier', level: 'leader' },
  {
    text: 'Member of the Political Bureau of the CPC Central Committee and Director of the Office of the Central Foreign Affairs Commission Wang Yi met.',
    name: 'Wang Yi',
    title: 'Director of the Office of the Central Foreign Affairs Commission',
  },
  { text: 'a call with Politburo Member and Director of the Office of the Foreign Affairs Commission Yang Jiechi.', name: 'Yang Jiechi', title: 'Director of the Office of the Foreign Affairs Commission' },
  // a style that is itself a title, on the next line, starts a new name
  { text: 'Nominee for NASA Administrator\n\nSenator Bill Nelson, former U.S. Senator, is', name: 'Bill Nelson', title: 'Senator' },
  // slash-joined compound titles take the highest rank of their parts
  { text: 'with Cambodian Deputy Prime Minister/Foreign Minister Prak Sokhonn today.', name: 'Prak Sokhonn', title: 'Deputy Prime Minister/Foreign Minister', level: 'foreign-minister' },
  { text: 'spoke with his counterpart, Israeli National Security Advisor Hulata, today.', name: 'Hulata', title: 'National Security Advisor', country: 'IL' },
  // foreign ministers and leaders as other ministries write them; Indian and press abbreviations
  { text: 'Minister for Foreign Affairs Dr. Vivian Balakrishnan met the Minister.', name: 'Vivian Balakrishnan', title: 'Minister for Foreign Affairs', level: 'foreign-minister' },
  { text: 'Foreign Minister Retno L.P. Marsudi met the Minister.', name: 'Retno Marsudi', written: 'Retno L.P. Marsudi', title: 'Foreign Minister' },
  { text: 'Minister of Foreign Affairs Mauro Vieira met the Minister.', name: 'Mauro Vieira', title: 'Minister of Foreign Affairs' },
  { text: 'Foreign Minister Hakan Fidan met the Minister.', name: 'Hakan Fidan', title: 'Foreign Minister' },
  { text: 'Minister of External Affairs Dr. S. Jaishankar met the Minister.', name: 'Jaishankar', written: 'S. Jaishankar', title: 'Minister of External Affairs', level: 'foreign-minister' },
  { text: 'EAM Dr. S. Jaishankar met the Minister.', name: 'Jaishankar', written: 'S. Jaishankar', title: 'EAM', level: 'foreign-minister' },
  { text: 'MoS Shri V. Muraleedharan met the Minister.', name: 'Muraleedharan', written: 'V. Muraleedharan', title: 'MoS', level: 'vice-minister' },
  { text: 'PM Modi met FM Wang Yi in Delhi.', name: 'Modi', title: 'PM', level: 'leader' },
  { text: 'PM Modi met FM Wang Yi in Delhi.', name: 'Wang Yi', title: 'FM', level: 'foreign-minister' },
  { text: 'Secretary Blinken’s Call with Sudanese PM Abdalla Hamdok', name: 'Abdalla Hamdok', title: 'PM', country: 'SD' },
  { text: 'Federal Chancellor Olaf Scholz met the Minister.', name: 'Olaf Scholz', title: 'Federal Chancellor', level: 'leader' },
  { text: 'Federal President Frank-Walter Steinmeier met the Minister.', name: 'Frank-Walter Steinmeier', title: 'Federal President', level: 'leader' },
  { text: 'The President of Sri Lanka Ranil Wickremesinghe met the Minister.', name: 'Ranil Wickremesinghe', title: 'President', country: 'LK' },
  // Malaysian styles chain before the name ("Dato' Seri Diraja Dr"); none of them is taken for the name
  { text: "He met Malaysian Minister of Foreign Affairs Dato' Seri Diraja Dr Zambry Abd Kadir today.", name: 'Zambry Abd Kadir', title: 'Minister of Foreign Affairs', country: 'MY' },
  { text: 'He met Datuk Seri Haji Ahmad Zahid Hamidi today.', name: 'Ahmad Zahid Hamidi' },
  // "Title, [honorific] Name": the title before the comma is the name's, also after a sentence's "The"; after an
  // honorific the name need not end the clause
  { text: 'The Minister of International Relations and Cooperation, Dr Naledi Pandor, held a meeting.', name: 'Naledi Pandor', title: 'Minister of International Relations and Cooperation' },
  { text: "The Ambassador of Japan to Malaysia, H.E. Takahashi Katsuhiko, paid a courtesy call on the Minister.", name: 'Takahashi Katsuhiko', title: 'Ambassador of Japan to Malaysia', country: 'JP', countryWords: 'Japan', level: 'senior-official' },
  { text: 'received by the Minister of Foreign Affairs of Malaysia, the Honorable Dato’ Sri Saifuddin Abdullah at a ceremony.', name: 'Saifuddin Abdullah', title: 'Minister of Foreign Affairs', country: 'MY' },
  // lower-case Arabic articles inside a name; portfolios joined to foreign affairs
  { text: 'He had a phone call with Riyad al-Maliki, Minister of Foreign Affairs and Expatriates of Palestine.', name: 'Riyad al-Maliki', title: 'Minister of Foreign Affairs and Expatriates', country: 'PS', level: 'foreign-minister' },
  { text: 'President Abdel Fattah el-Sisi met the Minister.', name: 'Abdel Fattah el-Sisi', title: 'President' },
  // portfolios listed with commas, naming a country or a demonym; a demonym there is the holder's country, an
  // organisation is the portfolio's subject
  { text: 'The Minister for Foreign Affairs, European Union and Cooperation, José Manuel Albares, held a meeting.', name: 'José Manuel Albares', title: 'Minister for Foreign Affairs, European Union and Cooperation', country: null, level: 'foreign-minister' },
  { text: 'He met the Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita.', name: 'Nasser Bourita', title: 'Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates', country: 'MA', countryWords: 'Moroccan', level: 'foreign-minister' },
  // party offices; a royal style between a title and the name
  { text: 'He met the Director of the Office of the Central Foreign Affairs Commission of the Communist Party of China, Wang Yi, on the margins.', name: 'Wang Yi', title: 'Director of the Office of the Central Foreign Affairs Commission of the Communist Party', country: 'CN' },
  { text: 'He received a phone call from Saudi Foreign Minister Prince Faisal bin Farhan Al-Saud.', name: 'Faisal bin Farhan Al-Saud', title: 'Foreign Minister', country: 'SA', level: 'foreign-minister' },
  // two titles joined by a comma after the name; a bare rank gives way to the full title given later
  { text: 'H.E. Mr. Prak Sokhonn, Deputy Prime Minister, Minister of Foreign Affairs and International Cooperation, held a meeting.', name: 'Prak Sokhonn', title: 'Deputy Prime Minister, Minister of Foreign Affairs and International Cooperation', level: 'foreign-minister' },
  { text: 'Ms. Joly, Minister of Foreign Affairs, President Macron said.', name: 'Joly', title: 'Minister of Foreign Affairs' },
  { text: 'Minister Jeyhun Bayramov had a phone conversation\n\nOn July 12, Minister of Foreign Affairs of the Republic of Azerbaijan Jeyhun Bayramov had a call.', name: 'Jeyhun Bayramov', title: 'Minister of Foreign Affairs', level: 'foreign-minister' },
  // a chargé d'affaires (either apostrophe), of an embassy of a country
  { text: 'The Chargé d’Affaires of the Embassy of Japan, Mr. Kenji Tanaka, paid a courtesy call on the Minister.', name: 'Kenji Tanaka', title: 'Chargé d’Affaires of the Embassy', country: 'JP', level: 'senior-official' },
  { text: "He met the Charge d'Affaires of the Embassy of Japan, Ms. Jane Doe, today.", name: 'Jane Doe', title: "Charge d'Affaires of the Embassy", country: 'JP', level: 'senior-official' },
  // India's MEA secretaries named by region: senior officials, not ministers
  { text: 'The Indian delegation was led by Secretary (East) Shri Saurabh Kumar.', name: 'Saurabh Kumar', title: 'Secretary (East)', level: 'senior-official' },
  // an initial glued to the name (Mongolia's MFA)
  { text: 'Minister for Foreign Affairs of Mongolia B.Battsetseg held official talks.', name: 'Battsetseg', written: 'B.Battsetseg', title: 'Minister for Foreign Affairs' },
  // a name opening a sentence before a meeting verb (the Kremlin's style)
  { text: 'The Kremlin, Moscow\n\nVladimir Putin had a telephone conversation with President of France Emmanuel Macron.', name: 'Vladimir Putin', title: null },
  { text: 'Sergey Lavrov held talks with the Minister.', name: 'Sergey Lavrov' },
  // the post written after "of <country>"
  { text: 'He called High Representative of the European Union for Foreign Affairs and Security Policy Josep Borrell.', name: 'Josep Borrell', title: 'High Representative of the European Union for Foreign Affairs and Security Policy', country: 'EU', level: 'foreign-minister' },
];

for (const expected of POSITIVES) {
  test(`finds ${expected.name} in "${expected.text}"`, () => {
    const people = findPeople(expected.text, countriesIn(expected.text));
    const mention = people.find((candidate) => candidate.name === expected.name);
    assert.ok(mention !== undefined, `got ${JSON.stringify(people.map((candidate) => candidate.name))}`);
    assert.equal(expected.text.slice(mention.span[0], mention.span[1]), mention.text);
    if (expected.written !== undefined) assert.equal(mention.text, expected.written);
    else assert.equal(mention.text, expected.name);
    if (expected.title !== undefined) assert.equal(mention.title?.text ?? null, expected.title);
    if (mention.title !== null) assert.equal(expected.text.slice(mention.title.span[0], mention.title.span[1]), mention.title.text);
    if (expected.country !== undefined) assert.equal(mention.country?.code ?? null, expected.country);
    if (expected.countryWords !== undefined) {
      assert.ok(mention.country !== null);
      assert.equal(expected.text.slice(mention.country.span[0], mention.country.span[1]), expected.countryWords);
    }
    if (expected.level !== undefined) assert.equal(mention.level, expected.level);
    if (expected.short !== undefined) assert.equal(mention.short, expected.short);
  });
}

test('later short mentions resolve to the full mention and inherit title and country', () => {
  const text =
    'Mr. Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation, met Mr. Taro Kono, Minister for Foreign Affairs. ' +
    'Minister Kono raised the issue. Minister Lavrov replied. Later, Sergey Lavrov said that Lavrov would return.';
  const people = findPeople(text, countriesIn(text));
  const shorts = people.filter((mention) => mention.short);
  assert.deepEqual(
    shorts.map((mention) => [mention.text, mention.name]),
    [['Kono', 'Taro Kono'], ['Lavrov', 'Sergey Lavrov'], ['Sergey Lavrov', 'Sergey Lavrov'], ['Lavrov', 'Sergey Lavrov']],
  );
  const repeat = shorts.find((mention) => mention.text === 'Sergey Lavrov')!;
  assert.equal(repeat.title?.text, 'Minister of Foreign Affairs');
  assert.equal(repeat.country?.code, 'RU');
  assert.equal(repeat.level, 'foreign-minister');
  const ownTitle = shorts.find((mention) => mention.text === 'Kono')!;
  assert.equal(ownTitle.title?.text, 'Minister');
  assert.equal(ownTitle.level, 'foreign-minister');
  assert.equal(people.filter((mention) => !mention.short).length, 2);
});

test('"the Deputy Secretary" resolves to the one earlier Deputy Secretary', () => {
  const text = 'Deputy Secretary Campbell spoke with the Foreign Minister. The Deputy Secretary underscored the importance of peace.';
  const people = findPeople(text, []);
  const reference = people.find((mention) => mention.rule === 'people/the-title');
  assert.ok(reference !== undefined);
  assert.equal(reference.name, 'Campbell');
  assert.equal(reference.text, 'Deputy Secretary');
  assert.equal(reference.short, true);
});

test('"the Secretary" is not resolved when no named person holds that title earlier', () => {
  const people = findPeople('The Foreign Secretary met Tánaiste Simon Coveney. The Foreign Secretary said.', []);
  assert.deepEqual(people.map((mention) => mention.name), ['Simon Coveney']);
});

test('"The Secretary and Foreign Minister Kuleba" is two people when the Secretary was named before', () => {
  const text = 'Secretary Blinken spoke with Ukrainian Foreign Minister Dmytro Kuleba. The Secretary and Foreign Minister Kuleba discussed aid.';
  const people = findPeople(text, countriesIn(text));
  const kuleba = people.filter((mention) => mention.name === 'Dmytro Kuleba');
  assert.deepEqual(kuleba.map((mention) => mention.title?.text), ['Foreign Minister', 'Foreign Minister']);
  assert.ok(people.some((mention) => mention.rule === 'people/the-title' && mention.name === 'Blinken'));
  const single = 'Blinken met the State Councilor and Foreign Minister Wang Yi.';
  assert.equal(findPeople(single, []).find((mention) => mention.name === 'Wang Yi')?.title?.text, 'State Councilor and Foreign Minister');
});

test('"the Prime Minister for Greece’s support" is still a reference, not a title with a portfolio', () => {
  const text = 'Prime Minister Kyriakos Mitsotakis of Greece met Harris. She thanked the Prime Minister for Greece’s support.';
  const people = findPeople(text, countriesIn(text));
  assert.ok(people.some((mention) => mention.rule === 'people/the-title' && mention.name === 'Kyriakos Mitsotakis'));
});

test('a short mention before the full one still resolves to it', () => {
  const text = 'Secretary Tillerson and the Foreign Secretary met.\n\nForeign Secretary Boris Johnson hosted US Secretary of State Rex Tillerson.';
  const people = findPeople(text, countriesIn(text));
  const first = people[0]!;
  assert.equal(first.text, 'Tillerson');
  assert.equal(first.name, 'Rex Tillerson');
  assert.equal(first.short, true);
});

const NEGATIVES: readonly string[] = [
  'The overview of the Minister for Foreign Affairs was given.',
  'The Foreign Secretary emphasised that the UK believes the deal is working.',
  'It was held at Peace Palace, the Prime Minister’s Office, in Phnom Penh.',
  'The Joint Statement was adopted.',
  'Japan and Russia urged North Korea to comply.',
  'on the occasion of the Eastern Economic Forum in Vladivostok',
  'The Northern Territories issue was discussed.',
  'the Asia-Pacific Economic Cooperation (APEC) meeting in November',
  'including the UN Security Council, with regard to this problem.',
  'On Monday, March 5, the talks took place. Tuesday, May 8.',
  'Office of the Spokesperson\n\nThe below is attributable to the Department.',
  'Joseph R. Biden, Readout of the Call Online by Gerhard Peters and John T. Woolley, The American Presidency Project',
  'New York, Washington and Tokyo hosted the meetings.',
  'Chair of the G7 Hiroshima Foreign Ministers’ Meeting',
  'The Abe Administration’s top priorities were discussed.',
  'Mr President, we see your visit as an opportunity.',
  'The two Ministers also expressed their mutual desire.',
  'the Foreign Ministers of Australia, Brazil, India, Israel, Japan, and the Republic of Korea',
  'They agreed that the working group will meet at the Vice Minister level.',
  'Chair of the Council of Economic Advisors Engagement met.',
  'Mr. President, Jill Biden and I thank you.',
  'The Prime Minister thanked the Ambassador to Japan’s staff.',
  // honorific and surname words in other uses
  'Sri Lanka Cricket and Sri Lanka Tourism took part.',
  'The call took place at 3 PM Tokyo time. At 5:30 PM Washington time they met.',
  'EU Member States agreed. The ministers met their Japanese counterparts in Tokyo.',
  'He met his counterpart in Beijing. Central Park West hosted the event. He Said It.',
  'HM Treasury and the Park Hyatt hosted the Senator.',
  'we’ll go to the line of Endale Getahun with KETO FM International.',
  'Director of the National Park Service and Chair of the Sun Valley Forum.',
  'on the margins of the General Debate of the 78th session of the General Assembly.',
  'The Minister of Foreign Affairs, in his remarks, said that the talks went well.',
  'in charge of the al-Aqsa question, the Chargé said.',
  'Camp David hosted the talks. Joint Statement held in Tokyo.',
  'The minister in charge of the Embassy said. Charge Sheet was filed.',
  'In the Great Hall they met. Lavrov met the Minister.',
];

for (const text of NEGATIVES) {
  test(`finds no person in "${text}"`, () => {
    assert.deepEqual(findPeople(text, countriesIn(text)).map((mention) => mention.text), []);
  });
}

const LEVELS: readonly [string, Level | null][] = [
  ['President', 'leader'], ['Prime Minister', 'leader'], ['Chancellor', 'leader'], ['Federal Chancellor', 'leader'],
  ['King', 'leader'], ['Emir', 'leader'], ['Crown Prince', 'leader'], ['Premier', 'leader'], ['Taoiseach', 'leader'],
  ['Chairman of the Government', 'leader'], ['President of the Russian Federation', 'leader'],
  ['Tánaiste', 'minister'], ['Deputy Prime Minister', 'minister'], ['Vice Premier', 'minister'],
  ['Tánaiste and Minister for Foreign Affairs', 'foreign-minister'],
  ['Minister for Foreign Affairs', 'foreign-minister'], ['Minister of Foreign Affairs', 'foreign-minister'],
  ['Foreign Minister', 'foreign-minister'], ['Foreign Secretary', 'foreign-minister'], ['Secretary of State', 'foreign-minister'],
  ['External Affairs Minister', 'foreign-minister'], ['State Councilor and Foreign Minister', 'foreign-minister'],
  ['High Representative for Foreign Affairs and Security Policy', 'foreign-minister'],
  ['Minister for Europe and Foreign Affairs', 'foreign-minister'], ['Federal Minister for Foreign Affairs', 'foreign-minister'],
  ['Minister for Foreign Affairs and Trade', 'foreign-minister'],
  ['Secretary of State for Foreign, Commonwealth and Development Affairs', 'foreign-minister'],
  ['Minister for Foreign Affairs and Defence Minister', 'foreign-minister'],
  ['Defence Minister', 'minister'], ['Minister of Commerce', 'minister'], ['Finance Minister', 'minister'],
  ['Secretary of Commerce', 'minister'], ['Secretary of Defense', 'minister'], ['Secretary of the Treasury', 'minister'],
  ['National Security Advisor', 'minister'], ['Minister of Foreign Trade', 'minister'],
  ['Secretary of State for Northern Ireland', 'minister'], ['Chancellor of the Exchequer', 'minister'],
  ['Deputy Foreign Minister', 'vice-minister'], ['Vice Minister for Foreign Affairs', 'vice-minister'],
  ['Vice-Minister for Foreign Affairs', 'vice-minister'], ['State Minister for Foreign Affairs', 'vice-minister'],
  ['Parliamentary Vice-Minister for Foreign Affairs', 'vice-minister'], ['Deputy Secretary of State', 'vice-minister'],
  ['Under Secretary of State for Political Affairs', 'vice-minister'], ['Executive Vice Foreign Minister', 'vice-minister'],
  ['First Vice Foreign Minister', 'vice-minister'], ['Minister of State for Foreign Affairs', 'vice-minister'],
  ['Deputy Minister for Foreign Policy', 'vice-minister'], ['Vice Minster for Foreign Affairs', 'vice-minister'],
  ['Director-General for Political and Security Affairs', 'senior-official'], ['Assistant Secretary of State', 'senior-official'],
  ['Deputy Assistant Secretary', 'senior-official'], ['Special Representative', 'senior-official'],
  ['Special Envoy for Climate', 'senior-official'], ['Ambassador', 'senior-official'], ['Director', 'senior-official'],
  ['Spokesperson', 'senior-official'], ['Senior Official', 'senior-official'],
  ['Ambassador Extraordinary and Plenipotentiary', 'senior-official'],
  ['Vice President', 'other'], ['Governor', 'other'], ['Secretary-General', 'other'], ['Senator', 'other'],
  ['Mayor', 'other'], ['', null], ['Overview', null],
  ['Minister of International Relations and Cooperation', 'foreign-minister'], ['Federal Minister for European and International Affairs', 'foreign-minister'],
  ['Secretary of Foreign Affairs', 'foreign-minister'], ['Cabinet Secretary for Foreign and Diaspora Affairs', 'foreign-minister'],
  ['Minister of Foreign Affairs and Expatriates', 'foreign-minister'], ['Minister of International Trade', 'minister'],
  ['Secretary of Foreign Trade', 'minister'],
  ['Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation', 'foreign-minister'],
  ['Deputy Prime Minister and Minister of Foreign Affairs and Expatriates', 'foreign-minister'],
  ['Minister for Foreign Affairs, European Union and Cooperation', 'foreign-minister'],
  ['Deputy Prime Minister, Minister of Foreign Affairs and International Cooperation', 'foreign-minister'],
  ['Secretary of State for Foreign, Commonwealth and Development Affairs', 'foreign-minister'],
  ['Federal Councillor', 'minister'], ['State Councilor and Foreign Minister', 'foreign-minister'],
  ['Secretary (East)', 'senior-official'], ['Secretary (ER)', 'senior-official'],
];

for (const [title, level] of LEVELS) {
  test(`classifyTitle("${title}") is ${String(level)}`, () => {
    assert.equal(classifyTitle(title), level);
  });
}

/** Name tokens for the dev-corpus check: folded words, no initials. */
function nameTokens(name: string): Set<string> {
  return new Set(
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[\s-]+/u)
      .filter((word) => word.length > 1),
  );
}

const DEV_PATH = new URL('../../shared/corpus/dev.jsonl', import.meta.url);
const FINDER_PATH = new URL('../src/stages/countries/country-finder.ts', import.meta.url);

test('dev corpus: every gold participant is found; non-participants are reported', async () => {
  const finder = existsSync(FINDER_PATH)
    ? ((await import(FINDER_PATH.href)) as { findCountries: (text: string) => CountryMention[] }).findCountries
    : (): CountryMention[] => [];
  let gold = 0;
  let found = 0;
  const missed: string[] = [];
  const extra: string[] = [];
  for (const line of readFileSync(DEV_PATH, 'utf8').split('\n').filter((row) => row.trim() !== '')) {
    const doc = JSON.parse(line) as { id: string; text: string; gold: { meetings: { participants: { name: string }[] }[] } };
    const people = findPeople(doc.text, finder(doc.text));
    for (const mention of people) {
      assert.equal(doc.text.slice(mention.span[0], mention.span[1]), mention.text, `${doc.id}: span text`);
      if (mention.title !== null) assert.equal(doc.text.slice(mention.title.span[0], mention.title.span[1]), mention.title.text);
    }
    const names = people.map((mention) => nameTokens(mention.name));
    const participants = doc.gold.meetings.flatMap((meeting) => meeting.participants.map((participant) => participant.name));
    for (const participant of participants) {
      gold++;
      const tokens = nameTokens(participant);
      if (names.some((name) => [...tokens].some((token) => name.has(token)))) found++;
      else missed.push(`${doc.id}: ${participant}`);
    }
    const distinct = new Set(people.filter((mention) => !mention.short).map((mention) => mention.name));
    for (const name of distinct) {
      const tokens = nameTokens(name);
      if (!participants.some((participant) => [...nameTokens(participant)].some((token) => tokens.has(token)))) extra.push(`${doc.id}: ${name}`);
    }
  }
  console.log(`dev recall ${found}/${gold}; missed: ${JSON.stringify(missed)}`);
  console.log(`non-participant names (${extra.length}): ${extra.join('; ')}`);
  assert.equal(found, gold, `missed ${missed.join(', ')}`);
  assert.ok(extra.length <= 30, `too many non-participant names: ${extra.length}`);
});

const RANKS: readonly [string, readonly Level[]][] = [
  ['Prime Minister and Minister of Foreign Affairs', ['leader', 'foreign-minister']],
  ['Deputy Prime Minister and Foreign Minister', ['foreign-minister', 'minister']],
  ['Minister', ['minister', 'foreign-minister']], ['Secretary', ['minister', 'foreign-minister']],
  ['Minister for Europe and Foreign Affairs', ['foreign-minister']], ['Foreign Minister', ['foreign-minister']],
  ['Minister of Trade', ['minister']], ['Ambassador', ['senior-official']], ['Overview', []],
  ['Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation', ['foreign-minister', 'minister']],
  ['Minister for Foreign Affairs and Trade', ['foreign-minister']],
];

for (const [title, ranks] of RANKS) {
  test(`titleRanks("${title}") is ${ranks.join(', ')}`, () => {
    assert.deepEqual(titleRanks(title), ranks);
    assert.equal(classifyTitle(title), ranks[0] ?? null);
  });
}
