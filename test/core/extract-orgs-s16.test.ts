// Organisations and things named like them (session 16): initialisms the article writes as common nouns. Each case is an
// invented sentence of a phenomenon of news copy, not a name of an evaluation article.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { has, typed } from './extract-helpers.js';

describe('initialisms written as common nouns: session 16', () => {
  it('drop an initialism after an indefinite article or a possessive pronoun that heads its phrase, in every mention', () => {
    assert.deepEqual(typed('Corvella Foods plans an IPO on the exchange next year. The IPO would be the first since 2019.'), ['Corvella Foods:organization']);
    assert.deepEqual(typed('Shareholders will vote at its AGM in May. The AGM was moved once.'), []);
    assert.deepEqual(typed('Pension funds bought a new copper ETF in its first week, and the ETF rose.'), []);
  });

  it('drop one after a superlative, and one the article also writes in the plural', () => {
    assert.deepEqual(typed('It was then the country\'s largest IPO. Two more IPOs are planned.'), []);
    assert.deepEqual(typed('Aid groups said NGOs were short of money, and one NGO closed.'), []);
  });

  it('keep a body\'s acronym that modifies a noun after an article, or that acts', () => {
    has('An EU official said the talks would resume. The EU has not commented.', 'EU:organization');
    has('Its IMF loan was delayed, and the IMF said on Monday it wanted more reforms.', 'IMF:organization');
    has('Mukoni Bank plans an IPO next year, and IPO said it would advise. IPO shares rose.', 'IPO:organization');
  });

  it('keep a party\'s or a body\'s acronym after a modifier of no common noun, in quotes, or that acts elsewhere', () => {
    has('Voters punished a divided KDP in the May election. The KDP won 31 percent of the vote, down from 45 percent in 2021, and its leader Tomas Varga resigned.', 'KDP:organization');
    has('Facing a resurgent PNU, the governing coalition called early elections on Monday. Polls show the PNU ahead in 12 of 15 provinces.', 'PNU:organization');
    has('Nurses marched through the capital on Saturday to defend "our NHB", the national health board. The NHB employs 90,000 people.', 'NHB:organization');
    has('Critics mocked an RVP in disarray. RVP\'s leader quit on Friday.', 'RVP:organization');
  });

  it('keep an acronym that a body of the article spells', () => {
    has('The Kestrel Farmers Association (KFA) held its annual meeting. It is a KFA in all but name, one member said.', 'KFA:organization');
  });
});

describe('brands and products named like firms: session 16', () => {
  it('drop a name that a brand noun follows or heads an apposition of', () => {
    assert.deepEqual(typed('Farmers buy Tembwe Harvest flour. It sells under the Tembwe Harvest brand in six countries.').filter((a) => a.startsWith('Tembwe')), []);
    assert.deepEqual(typed('Buyers paid more for a sack of Lowveld Star, the miller\'s best-selling brand, in June.').filter((a) => a.startsWith('Lowveld')), []);
  });

  it('drop a name after a product\'s maker or a measure of it', () => {
    assert.deepEqual(typed('Omburo Oils, the maker of Sunvale Gold cooking oil, raised prices.').filter((a) => a.startsWith('Sunvale')), []);
    assert.deepEqual(typed('A bag of Ridgecrest Premium now costs 9,000 shillings.').filter((a) => a.startsWith('Ridgecrest')), []);
  });

  it('keep a firm that a brand noun follows but that acts elsewhere, and an acronym before "brand"', () => {
    has('The Halvorsen brand is sold in 40 countries. Halvorsen said on Monday its sales rose.', 'Halvorsen:organization');
    has('Dealers said the BKW brand was losing ground to imports.', 'BKW:organization');
  });

  it('keep a maker whose name modifies its product after a measure, and that acts elsewhere', () => {
    has('A box of Halvorsen chocolates costs 12 euros. Halvorsen employs 3,000 people in Bergen.', 'Halvorsen:organization');
    has('Two bottles of Kavelo Estates wine sold for 90 euros. Kavelo Estates hired 40 pickers.', 'Kavelo Estates:organization');
  });
});

describe('plans named like bodies: session 16', () => {
  it('drop a name that "Blueprint", "Roadmap" or "Model" ends', () => {
    assert.deepEqual(typed('Loans are given under the Village Savings Development Model, the minister said.'), []);
    assert.deepEqual(typed('The regulator said it would act in line with the Capital Markets Blueprint.'), []);
    assert.deepEqual(typed('The Coastal Energy Roadmap sets targets for 2035.'), []);
  });

  it('keep a body whose name opens with "Model"', () => {
    has('Model Farms Cooperative said it would sue.', 'Model Farms Cooperative:organization');
  });
});

describe('funds that are pots of money: session 16', () => {
  it('drop a fund paid out of, drawn on or owned, with no body\'s evidence', () => {
    assert.deepEqual(typed('The ministry said it would make the first payments from the Harvest Solidarity Fund in May.').filter((a) => a.includes('Fund')), []);
    assert.deepEqual(typed('Families will be paid by drawing on the Storm Compensation Fund, officials said.').filter((a) => a.includes('Fund')), []);
    assert.deepEqual(typed('Savers are protected by the Deposit Compensation Fund, which pays claims if a bank fails.').filter((a) => a.includes('Fund')), []);
  });

  it('keep a fund that acts, and one a loan comes from', () => {
    has('Payments from the Lakeside Pension Fund were delayed. The Lakeside Pension Fund said on Monday it would pay in June.', 'Lakeside Pension Fund:organization');
    has('The country took a loan from the Arctic Fund for Development last year.', 'Arctic Fund for Development:organization');
  });
});

describe('tickers: session 16', () => {
  it('drop a name a ticker noun introduces', () => {
    assert.deepEqual(typed('Shares will trade under the ticker KRVL, the exchange said.').filter((a) => a.startsWith('KRVL')), []);
    assert.deepEqual(typed('The fund\'s ticker, BRMX, rose 3% on its first day.').filter((a) => a.startsWith('BRMX')), []);
  });
});
