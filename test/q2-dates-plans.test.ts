/**
 * Planned events and past references in wordings of publishers outside the dev set (q2-dates): "expect to sign",
 * leading a delegation, councils, retreats, journeys, ceremonies, planning groups, a joint body co-chaired, a meeting
 * held at an event named after the verb, a headline repeated with its date, "X of Y" references. Each text carries its
 * dateline, so every interval is resolved against a date it states.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { noPlan, onePlan, plansOf, refsOf } from './plan-table.ts';

describe('verbs: "expect to sign", "will lead a delegation to"', () => {
  onePlan([
    ['New Delhi, 19 November 2024\n\nBoth sides expect to sign the Migration Arrangement protocol before year-end.',
      'expect to sign the Migration Arrangement protocol before year-end', '2024-11-19', '2024-12-31', 'signing'],
    ['Canberra, 28 August 2024\n\nThe Minister for Trade will lead a business delegation to Jakarta in early October.',
      'will lead a business delegation to Jakarta in early October', '2024-10-01', '2024-10-10', 'visit'],
    ['New Delhi, 10 November 2024\n\nThe Minister will lead a delegation to Brazil in early autumn.',
      'will lead a delegation to Brazil in early autumn', '2025-09-01', '2025-09-30', 'visit'],
  ]);
  noPlan([
    'Canberra, 28 August 2024\n\nThe Minister led a business delegation to Jakarta in early August.',
    'Canberra, 28 August 2024\n\nAustralia will lead the negotiations on behalf of the group.',
    'Canberra, 28 August 2024\n\nThe two sides did not expect to sign anything.',
  ]);
});

describe('event heads: councils in session, retreats, journeys, ceremonies, planning groups, the General Assembly', () => {
  onePlan([
    ['Brussels, 05/04/2024\n\nThe next EU-Ukraine Association Council will take place in Brussels in the coming weeks.',
      'The next EU-Ukraine Association Council will take place in Brussels in the coming weeks', null, null, 'meeting'],
    ['Ankara, 2 October 2024\n\nMinister Fidan will attend the OTS Council of Foreign Ministers in Bishkek on 5 November.',
      'the OTS Council of Foreign Ministers in Bishkek on 5 November', '2024-11-05', '2024-11-05', 'meeting'],
    ['Jakarta, 12 June 2024\n\nBoth ministers discussed the Leaders\' Retreat, which will take place in Singapore in the third quarter of this year.',
      'the Leaders\' Retreat, which will take place in Singapore in the third quarter of this year', '2024-07-01', '2024-09-30', 'meeting'],
    ['Vatican City, 12.02.2024\n\nReference was made to the Apostolic Journey to Argentina planned for next year.',
      'the Apostolic Journey to Argentina planned for next year', '2025-01-01', '2025-12-31', 'visit'],
    ['Paris, 24 January 2024\n\nThe President will attend the Republic Day parade on 26 January.',
      'the Republic Day parade on 26 January', '2024-01-26', '2024-01-26', 'other'],
    ['Ankara, 2 October 2024\n\nDuring the visit, the Joint Strategic Planning Group will convene in Astana.',
      'the Joint Strategic Planning Group will convene', null, null, 'meeting'],
    ['Jerusalem, 9 July 2024\n\nFM Katz will attend the UN General Assembly in September.',
      'the UN General Assembly in September', '2024-09-01', '2024-09-30', 'meeting'],
    ['Canberra, 4 April 2024\n\nThe two ministers will hold the 2+2 Ministerial Dialogue in Canberra in May.',
      'the 2+2 Ministerial Dialogue in Canberra in May', '2024-05-01', '2024-05-31', 'dialogue'],
  ]);
  noPlan([
    // Standing councils and a council's own parts are no sessions.
    'Tokyo, 2 August 2018\n\nThey will urge North Korea to implement the United Nations Security Council (UNSC) resolutions.',
    'Moscow, 19 November 2016\n\nThe Federation Council will consider the bill in December.',
    'Brussels, 05/04/2024\n\nThe European Council President welcomed the decision.',
    'Brussels, 05/04/2024\n\nThe Council of Europe will publish its report.',
    'Jakarta, 12 June 2024\n\nThe ministers held a retreat in Bogor on 10 June.',
    // A body's session reported with "met", and a time looked back to with "back in", are past.
    'Washington, September 2021\n\nThe Joint Steering Group for Advanced Capabilities met on December 9.',
    'Panama City, April 20, 2022\n\nI mentioned it already in the General Assembly of the United Nations back in September.',
  ]);
  it('a council\'s officials are people, not a session', () => {
    const plans = plansOf('Washington, October 5, 2021\n\nHe will also meet with European Commission and European Council officials.');
    assert.deepEqual(plans.map((p) => p.evidence), ['will also meet with European Commission and European Council officials']);
  });
  it('an army\'s retreat is no event', () => {
    assert.deepEqual(refsOf('Washington, May 25, 2022\n\nJournalists gained access to areas following the retreat of Russia’s forces.'), []);
  });
});

describe('a joint body co-chaired, a headline repeated with its date', () => {
  onePlan([
    ['Manila, 30 December 2024\n\nThe two Ministers will co-chair the 2nd Philippines-Singapore Joint Commission on Bilateral Cooperation on 6 January.',
      'the 2nd Philippines-Singapore Joint Commission on Bilateral Cooperation on 6 January', '2025-01-06', '2025-01-06', 'meeting'],
    ['Pretoria, 27 February 2024\n\nMinister Pandor to co-chair the 11th Session of the South Africa-Nigeria Bi-National Commission\n\n'
      + 'The Minister will co-chair the 11th Session of the South Africa-Nigeria Bi-National Commission in Abuja on the 4th of March.',
      'the 11th Session of the South Africa-Nigeria Bi-National Commission in Abuja on the 4th of March', '2024-03-04', '2024-03-04', 'meeting'],
  ]);
  it('two different named events both stay', () => {
    const plans = plansOf('Pretoria, 27 February 2024\n\nMinister Pandor to co-chair the 11th Session of the South Africa-Nigeria Bi-National Commission\n\n'
      + 'The Minister will attend the 37th Ordinary Session of the AU Assembly in Addis Ababa on the 4th of March.');
    assert.equal(plans.length, 2, JSON.stringify(plans));
  });
});

describe('a meeting held at an event named right after the verb is one event', () => {
  onePlan([
    ['New Delhi, 10 November 2024\n\nThe two leaders will meet at the upcoming ASEAN summit.', 'will meet at the upcoming ASEAN summit', null, null, 'meeting'],
    ["New Delhi, 10 November 2024\n\nThe leaders agreed to meet again at next year's G20 summit in South Africa.",
      "agreed to meet again at next year's G20 summit in South Africa", '2025-01-01', '2025-12-31', 'meeting'],
    // The verb's cue says it is ahead: not summed up by the events dated inside its interval.
    ['Pretoria, 27 February 2024\n\nThe two Heads of State are expected to meet at the AU Summit in Addis Ababa later in the year.',
      'expected to meet at the AU Summit in Addis Ababa later in the year', '2024-02-27', '2024-12-31', 'meeting'],
  ]);
  it('a separate visit is not merged into the event after it', () => {
    const plans = plansOf('New Delhi, 10 November 2024\n\nThe Minister will visit Laos at the upcoming ASEAN summit.');
    assert.ok(plans.some((p) => p.kind === 'visit'), JSON.stringify(plans));
  });
});

describe('past references: a head joined by "of" to the one before names the same event', () => {
  it('one reference', () => {
    assert.deepEqual(refsOf('Ankara, 2 October 2024\n\nThe last meeting of the Joint Strategic Planning Group was held in Ankara on 12 June 2023.'),
      ['The last meeting of the Joint Strategic Planning Group was held in Ankara on 12 June 2023']);
  });
  it('two listed references stay two', () => {
    const refs = refsOf('Ankara, 2 October 2024\n\nThe ministers recalled the Summit held in Ankara in 2022 and the visit of the President to Astana in 2023.');
    assert.equal(refs.length, 2, JSON.stringify(refs));
  });
});

describe('second-half causes: a guest hosted for an event, "should take place", a coordination council', () => {
  onePlan([
    ['New Delhi, December 29, 2024\n\nIndia will host the UAE President for the Raisina Dialogue from 4-6 March.',
      'the Raisina Dialogue from 4-6 March', '2025-03-04', '2025-03-06', 'dialogue'],
    ['Kyiv, 23 August 2024\n\nDmytro Kuleba noted that the Second Peace Summit should take place before November.',
      'the Second Peace Summit should take place before November', '2024-08-23', '2024-11-30', 'meeting'],
    ['Cairo, Tuesday, 3 September 2024\n\nThe two ministers agreed to convene the Egyptian-Saudi Coordination Council in Riyadh before the end of the year.',
      'the Egyptian-Saudi Coordination Council in Riyadh before the end of the year', '2024-09-03', '2024-12-31', 'meeting'],
  ]);
  noPlan([
    'New Delhi, December 29, 2024\n\nIndia hosted the UAE President for the Raisina Dialogue from 4-6 March.',
    'Kyiv, 23 August 2024\n\nThe ministers said that the summit should not take place before November.',
    'Riyadh, 3 September 2024\n\nThe Secretary-General of the Gulf Cooperation Council welcomed the statement.',
  ]);
  it('"will host the President for" is no past reference to the event', () => {
    assert.deepEqual(refsOf('New Delhi, December 29, 2024\n\nIndia will host the UAE President for the Raisina Dialogue from 4-6 March.'), []);
  });
});

describe('a slash date after its weekday is read in the order the weekday confirms', () => {
  it('on Tuesday (12/11) written on 12 November is that day, not 11 December: no plan', () => {
    assert.deepEqual(plansOf('Jakarta, 12 November 2024\n\nSugiono met Wong on the sidelines of the APEC Ministerial Meeting in Lima on Tuesday (12/11).'), []);
  });
});

describe('real pages (bulk sample): a time opened by the verb\'s "on", places listed with an abbreviation', () => {
  onePlan([
    ['May 27, 2021\n\nSecretary of State Antony J. Blinken will travel on June 1-2 to San José, Costa Rica, where he will engage with senior leaders.',
      'will travel on June 1-2 to San José', '2021-06-01', '2021-06-02', 'visit'],
    ['July 15, 2021\n\nDeputy Secretary of State Wendy R. Sherman will travel to Japan, the Republic of Korea (ROK), and Mongolia from July 18 to July 25.',
      'will travel to Japan, the Republic of Korea (ROK), and Mongolia from July 18 to July 25', '2021-07-18', '2021-07-25', 'visit'],
  ]);
  it('a bracketed remark is no place in a list: the time stays with its own clause', () => {
    const plans = plansOf('July 15, 2021\n\nShe will travel to Japan (where talks ended without agreement), and the ministers met on July 18.');
    assert.deepEqual(plans.map((p) => [p.evidence, p.start]), [['will travel to Japan', null]]);
  });
});

describe('real pages (bulk sample): what is built on or congratulated for has happened', () => {
  noPlan([
    'January 11, 2024\n\nTom Perez travelled to the Dominican Republic January 8-10 to build on the November 2 discussions between President Joe Biden and President Luis Abinader.',
    'December 17, 2023\n\nMr. Sullivan congratulated the UAE for organizing a successful COP28 in Dubai.',
  ]);
  onePlan([
    ['December 17, 2023\n\nMr. Sullivan congratulated the UAE on its decision to host COP29 next year.', 'COP29 next year', '2024-01-01', '2024-12-31', 'meeting'],
    ['January 11, 2024\n\nThe two sides will build on the progress to hold the Joint Commission on March 5.', 'the Joint Commission on March 5', '2024-03-05', '2024-03-05', 'meeting'],
  ]);
});

describe('real pages (bulk sample): a weekday with its date, a guest named at length', () => {
  onePlan([
    ['May 30, 2023\n\nPresident Biden looks forward to welcoming Prime Minister Rishi Sunak of the United Kingdom for an Official Working Visit to the White House on Thursday, June 8 to further deepen the partnership.',
      'an Official Working Visit to the White House on Thursday, June 8', '2023-06-08', '2023-06-08', 'visit'],
  ]);
  noPlan([
    // A bare weekday with nothing saying it is ahead stays as likely the reported day.
    'May 30, 2023\n\nThe leaders welcomed the outcome of Friday’s meeting.',
    'April 26, 2023\n\nThe two Presidents reaffirmed cooperation as discussed during meetings in May and September 2022.',
  ]);
});

describe('real pages (bulk sample): an event that opened or ended on a day is past', () => {
  noPlan([
    'October 1, 2022\n\nThe Summer session of the White House Internship Program opened on Monday, November 1st.',
    'October 1, 2022\n\nThe conference concluded on November 3.',
  ]);
  onePlan([
    ['October 1, 2022\n\nThe conference will be opened on November 3.', 'The conference will be opened on November 3', '2022-11-03', '2022-11-03', 'meeting'],
  ]);
});

describe('third batch causes: a joint body as the subject of a convening relative', () => {
  onePlan([
    ['The Hague, 30 September 2024\n\nThe ministers looked ahead to the Joint Commission for Bilateral Cooperation, to be convened in Jakarta the week of 18 November.',
      'the Joint Commission for Bilateral Cooperation, to be convened in Jakarta the week of 18 November', '2024-11-18', '2024-11-24', 'meeting'],
    ['Bangkok, 20 June 2024\n\nThey discussed the Joint Commission on Bilateral Cooperation, which Thailand will host on the 15th and 16th of August.',
      'the Joint Commission on Bilateral Cooperation, which Thailand will host on the 15th and 16th of August', '2024-08-15', '2024-08-16', 'meeting'],
  ]);
  noPlan([
    'The Hague, 30 September 2024\n\nThe Joint Commission for Bilateral Cooperation welcomed the report.',
    'Bangkok, 20 June 2024\n\nThey praised the Joint Commission, which Thailand hosted in May.',
  ]);
});

describe('real pages (bulk sample): one looks forward to receiving a guest, not a report', () => {
  noPlan(['February 7, 2022\n\nThe Council looked forward to receiving a report on progress by the end of the year.']);
  onePlan([
    ['July 11, 2024\n\nAmbassador Tuggar looked forward to receiving President Ruto in Abuja later in the year.',
      'looked forward to receiving President Ruto in Abuja later in the year', '2024-07-11', '2024-12-31', 'visit'],
    ['July 11, 2024\n\nThe Minister looked forward to welcoming the Kenyan delegation in Abuja in October.',
      'looked forward to welcoming the Kenyan delegation in Abuja in October', '2024-10-01', '2024-10-31', 'visit'],
  ]);
});

describe('real pages (bulk sample): a fronted period around the reference date, a spaced day range, "of the" in a place', () => {
  onePlan([
    ['January 26, 2022\n\nThis week, Deputy National Security Advisor Daleep Singh will travel to the Democratic Republic of the Congo.',
      'This week, Deputy National Security Advisor Daleep Singh will travel to the Democratic Republic of the Congo', '2022-01-24', '2022-01-30', 'visit'],
    ['February 10, 2023\n\nFrom February 20th – 22nd, President Joseph R. Biden, Jr. will travel to Poland.',
      'From February 20th – 22nd, President Joseph R. Biden, Jr. will travel to Poland', '2023-02-20', '2023-02-22', 'visit'],
  ]);
  it('a fronted period dates nothing reported as done in it', () => {
    assert.deepEqual(plansOf('January 26, 2022\n\nThis week, the ministers met and they will meet again.').map((p) => [p.evidence, p.start]), [['will meet again', null]]);
    assert.deepEqual(plansOf('January 26, 2022\n\nThis week, the ministers discussed the upcoming summit.').map((p) => [p.evidence, p.start]), [['the upcoming summit', null]]);
  });
});

describe('a fronted "Today," is the reported day: it dates nothing ahead', () => {
  it('the convened meeting keeps its reading', () => {
    const plans = plansOf('November 27, 2023\n\nToday, President Biden will convene the inaugural meeting of the White House Council on Supply Chain Resilience.');
    assert.ok(plans.every((p) => p.start === null || p.start > '2023-11-27'), JSON.stringify(plans));
  });
});
