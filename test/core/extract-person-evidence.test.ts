// A person's own evidence for a name no registry knows (issue 15, session 10): an apposition headed by a noun for
// a person, before or after the name. Each case is an invented sentence of a phenomenon of news copy.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { has, typed } from './extract-helpers.js';

describe('an apposition of a noun for a person', () => {
  it('types a lone unknown word a person when a post, a trade or kin stands beside it', () => {
    has('The port authority said its director, Okwuosa, would resign.', 'Okwuosa:person');
    has('Crews were late, said Tsegaye, a crane driver at the terminal.', 'Tsegaye:person');
    has('The council will question the utility\'s head, Prawiro, next week.', 'Prawiro:person');
    has('Another farmer, Ruslanov, said the well had run dry.', 'Ruslanov:person');
  });

  it('keeps a name a body where the apposition\'s noun is a body\'s or a firm\'s provider', () => {
    has('Refunds go through its ticketing partner, Billetra.', 'Billetra:organization');
    has('Orders fell at Quorvex, a Lyon-based supplier of valves.', 'Quorvex:organization');
    has('The complaint was filed by Mandeq, the human rights ombudsman, on Friday.', 'Mandeq:organization');
  });

  it('reads a body\'s possessive in the apposition as the person\'s employer, not the name\'s noun', () => {
    has('"We stopped at once," said Daulet Sarsenov, the company\'s operations director.', 'Daulet Sarsenov:person');
    assert.ok(!typed('"We stopped at once," said Daulet Sarsenov, the company\'s operations director.').includes('Daulet Sarsenov:organization'));
  });
});

describe('an apposition of a compound that ends in a firm\'s noun', () => {
  it('does not type a firm a person by its trade ("a drugmaker", "a shipbuilder")', () => {
    has('Jobs will go at Halvex, a Danish drugmaker, the union said on Monday.', 'Halvex:organization');
    has('Aldora, a shipbuilder in Split, said on Friday it had won two orders.', 'Aldora:organization');
    has('The country\'s biggest bookmaker, Betwin, was fined on Friday.', 'Betwin:organization');
  });

  it('keeps a person\'s own compound a role', () => {
    has('"We shot it in a week," said Ostrova, a filmmaker from Riga.', 'Ostrova:person');
  });
});
