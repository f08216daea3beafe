// Names typed by words no person bears and by the pronoun or verb around them (session 11): a given name before a
// last word that no name list has anyone bear ("X Air", "X Indonesia") names a person only by default; a noun for
// a person heading an apposition, the speaker after a quote, and "said its". Each case is an invented sentence of a
// phenomenon of news copy, not a name of an evaluation article.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { has, typed } from './extract-helpers.js';

describe('a given name before a word no one bears as a name', () => {
  it('types a firm named so a body where nothing says a person, and its first word alone with it', () => {
    has('Lina Air, which runs buses between the two cities, cut its fares on Monday. Passengers booked on Lina were offered refunds.', 'Lina Air:organization', 'Lina:organization');
    has('Selma Advisory, founded in 2009, employs 40 people.', 'Selma Advisory:organization');
    has('Omar Indonesia said it would add ten flights.', 'Omar Indonesia:organization');
  });

  it('leaves a person a person where a person\'s evidence speaks or the last word is someone\'s name', () => {
    has('Maria Air, 45, a teacher, said she was tired.', 'Maria Air:person');
    has('Tom Stone said he would appeal the ruling.', 'Tom Stone:person');
    has('Vernon Jordan said he would run.', 'Vernon Jordan:person');
  });
});

describe('a person by the words around the name', () => {
  it('types a name a person after a quote\'s verb or before an apposition of a noun for a person', () => {
    has('"We sold out weeks ago," said Ketema Wolanso, a ticket agent in the town.', 'Ketema Wolanso:person');
    has('Clinics ran generators all week, said Teklu Wolanso of the local relief committee.', 'Teklu Wolanso:person');
    has('Ketema Bulcha, an urban transport consultant at the bank, has studied fares for a decade.', 'Ketema Bulcha:person');
  });

  it('types a name a body where the pronoun after its verb is a body\'s', () => {
    has('Brevoxa said its ferries would sail as normal on Thursday.', 'Brevoxa:organization');
    assert.ok(!typed('Brevoxa said its ferries would sail as normal on Thursday.').includes('Brevoxa:person'));
  });
});

describe('offices and bodies named in their own language', () => {
  it('types a state office of Spanish or Portuguese copy a body, also alone', () => {
    has('The Defensoría said on Monday that complaints had doubled.', 'Defensoría:organization');
    has('Germany\'s Rechnungshof said on Thursday that the ministry overspent.', 'Rechnungshof:organization');
  });

  it('types a Romanian head word with its article and a German compound\'s head a body', () => {
    has('Ministerul Finanțelor said on Tuesday that the rules had changed.', 'Ministerul Finanțelor:organization');
    has('The organisers, Festkomitee Mainzer Fastnacht, said the parade would go ahead.', 'Festkomitee Mainzer Fastnacht:organization');
  });
});

describe('nouns for people that bodies fill as often', () => {
  it('gives no person\'s vote to an apposition of a champion, host, landlord, tenant or pioneer', () => {
    has('Kestavo, the defending champion, beat Norvila on Tuesday.', 'Kestavo:organization');
    has('Vantaro, the landlord of the shopping centre, raised rents in January.', 'Vantaro:organization');
    has('Solvexa, a pioneer of rooftop solar in Kenya, raised $40 million in May.', 'Solvexa:organization');
    has('Tellura, the largest tenant at the port, moved out last week.', 'Tellura:organization');
  });
});
