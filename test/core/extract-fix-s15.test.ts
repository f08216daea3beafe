// Regressions a review of session 15 found (issue 15), each asserted with the case its rule was made for.
// Each case is an invented sentence of a phenomenon of news copy.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { has, typed } from './extract-helpers.js';

describe('an acronym before a device\'s noun', () => {
  it('keeps a firm\'s or an agency\'s acronym before its products or papers a body', () => {
    has('Demand for KTSM chips rose sharply in October, analysts said on Tuesday.', 'KTSM:organization');
    has('UN documents seen by reporters said aid convoys were blocked in July.', 'UN:organization');
    has('Dealers said LG screens and BOE screens compete for the orders.', 'LG:organization');
  });

  it('still drops technology initialisms before a device\'s noun', () => {
    assert.deepEqual(typed('Customers must show ID documents to buy SIM cards, and couriers carry GPS trackers.'), []);
    assert.deepEqual(typed('The clinic ran DNA tests on the samples and sent SMS messages to the families.'), []);
  });
});

describe('two named firms across "and"', () => {
  it('keeps a founders\' firm with "and Sons/Partners/Company" and a legal form one body', () => {
    has('Halima Odhiambo Kariuki and Sons Limited, a Mombasa trading house, said on Monday it would expand.', 'Halima Odhiambo Kariuki and Sons Limited:organization');
    has('The deal was advised by Tahmid Chowdhury and Partners LLP, a Dhaka law firm.', 'Tahmid Chowdhury and Partners LLP:organization');
    has('Vikram Desai and Company Limited, the Mumbai brokerage, said shares would rise.', 'Vikram Desai and Company Limited:organization');
  });

  it('still splits two firms that each have a name', () => {
    has('Kencana Farma and Halvor Logistics signed the contract on Monday.', 'Kencana Farma:organization', 'Halvor Logistics:organization');
  });
});

describe('a natural feature\'s word that is also a given name', () => {
  it('leaves a person whose given name is a feature\'s word a person', () => {
    has('GLASGOW - Isla Brodie, a Scottish Labour MP, said on Tuesday she would vote against the bill. Brodie said the party had lost its way.', 'Isla Brodie:person');
  });

  it('still reads a lake or a mountain as a place', () => {
    has('Fishermen on Lake Kivu said catches fell, and climbers left Mount Elgon on Monday.', 'Lake Kivu:place', 'Mount Elgon:place');
  });
});
