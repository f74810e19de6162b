/**
 * Unseen set 6, people causes 10 and 8 (title part): the presidency of an organisation's organ keeps the organ in the
 * title ("President of the European Council"), and a minister's list of portfolios is kept whole when each item is a
 * portfolio ("Minister of Railways, Communications and Electronics & Information Technology"). Positive forms in several
 * house styles and negative cases that must not change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPeople } from '../src/stages/people/person-finder.ts';
import { findCountries } from '../src/stages/countries/country-finder.ts';
import { classifyTitle } from '../src/stages/people/title-classifier.ts';

const people = (text: string): string[] =>
  findPeople(text, findCountries(text)).map((p) => `${p.name} | ${p.title?.text ?? '-'} | ${p.country?.code ?? '-'}`);

test("an organ's presidency keeps the organ in the title and takes the body as side", () => {
  const cases: [string, string][] = [
    ['Prime Minister Nikol Pashinyan had a trilateral meeting with President of the European Council Charles Michel and President of Azerbaijan Ilham Aliyev.',
      'Charles Michel | President of the European Council | EU'],
    ['He met the President of the European Council, Charles Michel.', 'Charles Michel | President of the European Council | EU'],
    ['He met President of the European Commission Ursula von der Leyen.', 'Ursula von der Leyen | President of the European Commission | EU'],
    ['He met Ursula von der Leyen, President of the European Commission, in Brussels.', 'Ursula von der Leyen | President of the European Commission | EU'],
    ['He met Executive Vice-President of the European Commission Valdis Dombrovskis.', 'Valdis Dombrovskis | Executive Vice-President of the European Commission | EU'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
  // the rank is unchanged: the European Council's and Commission's presidents meet as leaders
  assert.equal(classifyTitle('President of the European Council'), 'leader');
  assert.equal(classifyTitle('President of the European Commission'), 'leader');
});

test("another office of the body, or a body that is no organ, stays out of the title", () => {
  const cases: [string, string][] = [
    ['Secretary General of the Gulf Cooperation Council (GCC), H.E. Jasem Mohamed Albudaiwi, received him.', 'Jasem Mohamed Albudaiwi | Secretary General | GCC'],
    ['He met President of the European Union Charles Michel.', 'Charles Michel | President | EU'],
    ['He met President of Azerbaijan Ilham Aliyev.', 'Ilham Aliyev | President | AZ'],
    ['He met the Chairman of the African Union Moussa Faki.', 'Moussa Faki | Chairman | AFRICAN-UNION'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
});

test("a minister's list of portfolios is kept whole", () => {
  const cases: [string, string][] = [
    ['On January 17, Ambassador of Japan to India H.E. Mr. ONO Keiichi called on Shri Ashwini Vaishnaw, Minister of Railways, Communications and Electronics & Information Technology, at Rail Bhawan, New Delhi.',
      'Ashwini Vaishnaw | Minister of Railways, Communications and Electronics & Information Technology | -'],
    ['He met Minister of Petroleum and Natural Gas Hardeep Singh Puri.', 'Hardeep Singh Puri | Minister of Petroleum and Natural Gas | -'],
    ['He met Minister of Road Transport and Highways Nitin Gadkari.', 'Nitin Gadkari | Minister of Road Transport and Highways | -'],
    ['He met the Minister of Mines and Hydrocarbons, Marcelino Mba.', 'Marcelino Mba | Minister of Mines and Hydrocarbons | -'],
    ['He met Minister of Higher Education and Scientific Research Kamel Baddari.', 'Kamel Baddari | Minister of Higher Education and Scientific Research | -'],
    ['He met Minister of Civil Aviation Ram Mohan Naidu.', 'Ram Mohan Naidu | Minister of Civil Aviation | -'],
    ['Railways Minister Ashwini Vaishnaw said.', 'Ashwini Vaishnaw | Railways Minister | -'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
  assert.equal(classifyTitle('Minister of Railways, Communications and Electronics & Information Technology'), 'minister');
});

test('a name, a place or lower-case words after a portfolio list stay out of it', () => {
  const cases: [string, string][] = [
    // lower-case subjects are common words
    ['The power and water sectors were discussed with Minister Jane Doe.', 'Jane Doe | Minister | -'],
    ['He met Minister of Railways Jane Doe, Communications officials and others.', 'Jane Doe | Minister of Railways | -'],
    ['He met the Minister of Mines, Marcelino Mba, and the Minister of Oil, John Smith.', 'Marcelino Mba | Minister of Mines | -'],
    ['He met the Minister of Mines, Marcelino Mba, and the Minister of Oil, John Smith.', 'John Smith | Minister of Oil | -'],
  ];
  for (const [text, expected] of cases) assert.ok(people(text).includes(expected), `${text} -> ${people(text).join('; ')}`);
});
