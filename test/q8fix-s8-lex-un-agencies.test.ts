/**
 * Unseen set 8, cause 2: UN agencies and programmes are sides under their own code (as the IAEA is), so the agency's
 * name is not read as "UN". The bare "UN" and the Secretary-General's "UN" stay UN.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findCountries } from '../src/stages/countries/country-finder.ts';

const codes = (text: string): string[] => findCountries(text).map((m) => m.code);

describe('q8fix s8-lex: UN agencies in the organisations lexicon', () => {
  const positives: readonly [string, string[]][] = [
    ['FAO Director-General QU Dongyu met the minister.', ['FAO']],
    ['the Food and Agriculture Organization of the United Nations (FAO)', ['FAO', 'FAO']],
    ['He visited the UN Food and Agriculture Organization.', ['FAO']],
    ['UNHCR, the UN Refugee Agency, said', ['UNHCR', 'UNHCR']],
    ['the Office of the United Nations High Commissioner for Refugees', ['UNHCR']],
    ["the United Nations Children's Fund (UNICEF)", ['UNICEF', 'UNICEF']],
    ['UN World Food Programme Executive Director Cindy McCain', ['WFP']],
    ['the World Food Program and the International Fund for Agricultural Development', ['WFP', 'IFAD']],
    ['the United Nations Development Programme', ['UNDP']],
    ['UN Population Fund', ['UNFPA']],
    ['International Labour Organization Director-General Gilbert Houngbo', ['ILO']],
    ['UNESCO Director-General Audrey Azoulay', ['UNESCO']],
    ['the UN Industrial Development Organization', ['UNIDO']],
    ['the UN Environment Programme', ['UNEP']],
    ['UN-Habitat Executive Director', ['UN-HABITAT']],
    ['the UN Conference on Trade and Development', ['UNCTAD']],
    ['IOM Director General Amy Pope', ['IOM']],
    ['the UN Office for the Coordination of Humanitarian Affairs', ['OCHA']],
    ['the Office of the UN High Commissioner for Human Rights', ['OHCHR']],
    ['the International Telecommunication Union', ['ITU']],
    ['the International Civil Aviation Organization', ['ICAO']],
    ['the International Maritime Organization', ['IMO']],
    ['the World Meteorological Organization', ['WMO']],
    ['the World Intellectual Property Organization', ['WIPO']],
    ['UN Tourism Secretary-General Zurab Pololikashvili', ['UNWTO']],
    ['the UN Office on Drugs and Crime', ['UNODC']],
    ['UN Women Executive Director Sima Bahous', ['UN-WOMEN']],
    ['the UN Relief and Works Agency for Palestine Refugees in the Near East (UNRWA)', ['UNRWA', 'UNRWA']],
  ];
  for (const [text, expected] of positives) {
    it(`finds ${expected.join(', ')} in "${text}"`, () => assert.deepEqual(codes(text), expected));
  }

  const unchanged: readonly [string, string[]][] = [
    ['UN Secretary-General Antonio Guterres', ['UN']],
    ['the United Nations Secretary-General', ['UN']],
    ['at the UN in New York', ['UN']],
    ['the U.N. Security Council', ['UN']],
    ['the UN General Assembly', ['UN']],
    // the heads' titles stay a title after "UN" (the title finder needs the title words)
    ['UN High Commissioner for Refugees Filippo Grandi', ['UN']],
    ['World Health Organization', ['WHO']],
    ['the women of the UN', ['UN']],
    ['a food programme for schools', []],
    ['who were there', []],
  ];
  for (const [text, expected] of unchanged) {
    it(`keeps "${text}" as ${expected.join(', ') || 'nothing'}`, () => assert.deepEqual(codes(text), expected));
  }
});
