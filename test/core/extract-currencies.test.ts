// Currencies are amounts, not actors (currency-data.ts, generated from world-countries' currencies):
// invented sentences, no eval article's text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { typed } from './extract-helpers.js';

describe('names no registry knows: currencies are no actors', () => {
  it('drops a currency mark no country bears, with or without its unit', () => {
    assert.deepEqual(typed('Growers in Koulikoro were paid 310 CFA francs a kilogram, and fertiliser cost 18,000 FCFA a bag, Awa Traoré said on Monday.'), [
      'Koulikoro:place',
      'Awa Traoré:person',
    ]);
  });

  it('drops a name before a currency unit, but keeps a firm before a singular unit and a noun', () => {
    assert.deepEqual(typed('Cane fetched 90 Fiji dollars a tonne, while Ostrava Steelworks dollar bonds fell, the Tavuni Growers Council said.'), [
      'Ostrava Steelworks:organization',
      'Tavuni Growers Council:organization',
    ]);
  });

  it('drops an ISO code beside a number only', () => {
    assert.deepEqual(typed('The levy rose to KGS 400 per tonne on Monday, the Naryn Energy Company said.'), ['Naryn Energy Company:organization']);
  });
});

describe('names no registry knows: letters a currency shares are an actor away from an amount', () => {
  it('keeps a body spelled as a currency mark with no number or unit', () => {
    assert.ok(typed('PERTH - The CFA said on Thursday that 9 sheds were lost.').includes('CFA:organization'));
  });

  it('keeps an agency\'s acronym before a plural unit, and an ISO code before a rate', () => {
    const actors = typed('The county has spent $40 million in FEMA dollars since the storm. Shares of AMD closed AMD 4 percent higher, the Dunmore Trading Group said.');
    assert.ok(actors.includes('FEMA:organization'), actors.join(', '));
    assert.ok(actors.some((a) => a.startsWith('AMD:')), actors.join(', '));
  });
});
