// Organisations that no registry knows and that a name of several words would make a person by
// default (issue 15, session 8): each case is an invented sentence of a phenomenon of news copy,
// not a name of an evaluation article.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { has, typed } from './extract-helpers.js';

describe('organisations typed by their own words or their context: issue 15, session 8', () => {
  it('type a name headed by a body word of another language as a body', () => {
    has('The contract went to Kuzey Bakır Holding, which will build the plant.', 'Kuzey Bakır Holding:organization');
    has('Production moves to Brzeski Metalurgia in the autumn.', 'Brzeski Metalurgia:organization');
    has('The guard arrived from Zaragoza Basket last summer.', 'Zaragoza Basket:organization');
    has('The barrels come from Zakłady Górnicze Łęczna, the ministry said.', 'Zakłady Górnicze Łęczna:organization');
    has('The order went to Zaklady Mechaniczne Tarnow.', 'Zaklady Mechaniczne Tarnow:organization');
    has('Orhanlı Koleji signed the forward on a two-year deal.', 'Orhanlı Koleji:organization');
  });
});

describe('one type for a body named after a common noun: issue 15, session 8', () => {
  it('type a name after "the brokerage" or "the daily" a body, in every mention', () => {
    const names = typed('Analysts at the brokerage Halvorsen Quaye said on Sunday that the sale would slip. Halvorsen Quaye had forecast a delay in March.');
    assert.deepEqual(names.filter((n) => n.startsWith('Halvorsen')), ['Halvorsen Quaye:organization', 'Halvorsen Quaye:organization']);
    has('She spent nine years at the daily La Voz before she joined the agency.', 'La Voz:organization');
  });
});

describe('bodies by a country in their name, their listing, their sport or their apposition: issue 15, session 8', () => {
  it('type a name ending in a country a body, unless a given name leads', () => {
    has('Prices rose 3% in May, Statistics Portugal and the central bank said.', 'Statistics Portugal:organization');
    has('Vernon Ghana said on Monday he would run again.', 'Vernon Ghana:person');
  });

  it('type a name after "listed on" a body', () => {
    has('The company has been listed on Bolsa Quito since 2011.', 'Bolsa Quito:organization');
  });

  it('type a stable or a team named for racing or cycling a body', () => {
    has('The filly earned NZ$80,000 for Maclaren Tew Racing on Saturday.', 'Maclaren Tew Racing:organization');
  });

  it('type a name in apposition to "a housing association" a body', () => {
    has('The buyer is Wooncorporatie Zuidhaven, a housing association based in Delft, the company said.', 'Wooncorporatie Zuidhaven:organization');
    has('The flats went to Woonstichting Lindeveld on Friday.', 'Woonstichting Lindeveld:organization');
  });
});

describe('bodies by the people who work there and the results of their teams: issue 15, session 8', () => {
  it('type the name after "of" that follows a person the person\'s employer', () => {
    has('Economist Priya Raman of Holcombe Vashti, a consultancy in Colombo, said the cut was too small.', 'Holcombe Vashti:organization', 'Priya Raman:person');
    has('"It will take years," said analyst Tomasz Zielak of Marlow Fenn.', 'Marlow Fenn:organization');
  });

  it('type a name with a result or a fixture around it in sport copy a club, in every mention', () => {
    const body = [
      'The coach said the squad was ready for the semi-final after a season of injuries. Fans threw coins at Kordelio Tarsus players during the match.',
      'Kordelio Tarsus lead that series 2-0 and host the next game on Friday. Tarsus, who won the league in 2019, have not lost at home this season.',
    ].join('\n\n');
    const names = typed(body).filter((n) => n.includes('Tarsus'));
    assert.deepEqual(names, ['Kordelio Tarsus:organization', 'Kordelio Tarsus:organization', 'Tarsus:organization']);
  });
});

describe('a name ending in a frequent English word of its own is a body: issue 15, session 9', () => {
  it('type an unknown name and a common word a body, with no given name or surname in it', () => {
    has('Talvik Engineering and the port authority signed the contract on Monday.', 'Talvik Engineering:organization');
    has('The lifts were supplied by Orvanne Elevators, the council said.', 'Orvanne Elevators:organization');
    has('Shares in Drammex Transport fell 4% in Oslo.', 'Drammex Transport:organization');
  });

  it('keep a hyphenated surname whose last part is a common word a person', () => {
    has('Stuart Vandermeer-Grant told reporters he would stay.', 'Stuart Vandermeer-Grant:person');
    has('Vandermeer-Grant said the club would appeal.', 'Vandermeer-Grant:person');
  });
});

describe('a dateline town in capitals is a place, not an acronym: issue 15, session 9', () => {
  it('type a word in capitals with its country after a comma a place', () => {
    has('TAVRA, Portugal (Reuters) - The mill closed on Monday, its owner said.', 'TAVRA:place');
    has('KELMO, Chile, May 3 (Reuters) - Ferries resumed on Sunday.', 'KELMO:place');
  });

  it('keep an acronym before a city that is no country or state a body', () => {
    has('The plan was backed by ACME, a unit of the ministry, officials said.', 'ACME:organization');
  });
});

describe('a frequent English word at the end is a body only by default: issue 15, session 9', () => {
  it('keep a name after a noun for a person a person', () => {
    has('Rescue worker Thandiwe Stone said the road had been cut for two days.', 'Thandiwe Stone:person');
  });
});
