// Organisations named with no legal form (issue 15, session 15): trades' words compounded into a name's last word,
// shop and brand names that English words open, appositions with a possessive, two firms coordinated in full, and
// technologies' acronyms before their devices. Each case is an invented sentence of a phenomenon of news copy, not a
// name of an evaluation article.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { has, typed } from './extract-helpers.js';

describe('firms by a trade compounded into their last word: issue 15, session 15', () => {
  it('type a given name and a "-tech", "-pharma", "-ways" or "Mart" word a body', () => {
    has('Marion Medtech said on Monday it would appeal the ruling.', 'Marion Medtech:organization');
    has('Shares of Mirela Biopharma fell 4% after the trial failed.', 'Mirela Biopharma:organization');
    has('Tessaly Skyways resumed flights to the coast on Friday.', 'Tessaly Skyways:organization');
    has('Drivers blocked the depot of Orrin Hypermart for a day.', 'Orrin Hypermart:organization');
  });

  it('type a league named in Spanish, French or Italian a body', () => {
    has('The transfer was approved by Liga Nacional on Tuesday.', 'Liga Nacional:organization');
  });

  it('keep a given name that such a word also is a person', () => {
    has('Mart Vaher said he would run again.', 'Mart Vaher:person');
  });
});

describe('shop and brand names that two English words open: issue 15, session 15', () => {
  it('type a name of three words opened by English words a body, with nothing for a person', () => {
    assert.deepEqual(typed('Blue Heron Mart said its margins were thin. Blue Heron Mart opened two stores.'), ['Blue Heron Mart:organization', 'Blue Heron Mart:organization']);
  });

  it('keep a person whose family name opens the name', () => {
    has('Song Jae Ho said he had not been told.', 'Song Jae Ho:person');
  });
});

describe('an apposition whose noun a possessive modifies: issue 15, session 15', () => {
  it('type a name before ", the country\'s largest lender," a body', () => {
    has('Silver Birch Hartley, the country\'s largest grocery chain, raised prices on Tuesday.', 'Silver Birch Hartley:organization');
  });

  it('keep a person before ", the company\'s chief executive,"', () => {
    has('Mark Dunmore, the company\'s chief executive, said sales fell.', 'Mark Dunmore:person');
  });
});

describe('two firms named in full around "and": issue 15, session 15', () => {
  it('split a firm of two name words from a firm its head word ends', () => {
    const names = typed('The supplier also sold to Kerava Farma and Lindqvist Logistics last year.');
    assert.deepEqual(names, ['Kerava Farma:organization', 'Lindqvist Logistics:organization']);
  });

  it('keep one body whose name spans "and" over common words', () => {
    has('The National Security and Defense Council met on Friday.', 'National Security and Defense Council:organization');
  });
});

describe('acronyms of technologies before their devices are no bodies: issue 15, session 15', () => {
  it('drop an acronym before cards, documents, tests or trackers', () => {
    assert.deepEqual(typed('Customers must show ID documents to buy SIM cards, and couriers carry GPS trackers.'), []);
    assert.deepEqual(typed('The clinic ran DNA tests on the samples.'), []);
  });

  it('keep the acronym of a body before its people, events and schemes', () => {
    assert.deepEqual(typed('UN troops arrived on Monday. The WTA event was cancelled. The IMF programme resumes. Police broke up a PTI rally.'), [
      'UN:organization',
      'WTA:organization',
      'IMF:organization',
      'PTI:organization',
    ]);
  });

  it('keep an acronym in brackets before a device noun: the short form of the body before it', () => {
    has('The National Registration Bureau (NRB) cards were reissued.', 'National Registration Bureau:organization');
  });
});

describe('"said in a statement … that it would": issue 15, session 15', () => {
  it('type a given name and a country\'s name a body when its statement says "it would"', () => {
    const names = typed('Nour Israel said in a statement the same afternoon that it would comply with the order.');
    assert.deepEqual(names, ['Nour Israel:organization']);
  });

  it('keep a person whose statement says "it was", whose "it" is anyone\'s', () => {
    has('Rosa Jordan said in a statement on Monday that it was a shame.', 'Rosa Jordan:person');
  });
});
