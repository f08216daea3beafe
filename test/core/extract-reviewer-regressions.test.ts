// Session 12's reviewer's open regressions (session 13): a common noun of events as a firm's or a party's name, a breeder
// before "varieties", a club after a signing verb, a place before a facility's noun. Invented names in invented sentences:
// no evaluation article's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { has, typed } from './extract-helpers.js';

const lacks = (body: string, ...unexpected: string[]): void => {
  const names = typed(body);
  for (const e of unexpected) assert.ok(!names.includes(e), `${e} in ${names.join(', ')}`);
};

describe('reviewer regressions (session 13)', () => {
  it('take a word of events that says "it" after a verb of saying, or has lawmakers, for a body', () => {
    has('Carnival said it would cancel two sailings from Lisbon. Analysts said Carnival would lose money.', 'Carnival:organization');
    has('Observers said Kiprono\'s Jubilee lawmakers walked out of the chamber.', 'Jubilee:organization');
    // (Still no actor where nothing says a body.)
    lacks('Crowds filled the streets for Carnival on Tuesday.', 'Carnival:organization');
  });

  it('take a name before "varieties" for its breeder', () => {
    has('Growers in the valley planted Vernagra varieties this year, the ministry said.', 'Vernagra:organization');
  });

  it('take a name after a signing verb for a club, even a place\'s name', () => {
    has('The midfielder Ivan Petrovski signed for Sparta in July.', 'Sparta:organization');
  });

  it('take a name before a facility\'s noun for the place, unless the facility\'s place follows', () => {
    has('Ferries left the Dravica terminal on Monday, the port authority said.', 'Dravica:place');
    has('Trains from the Oskovo station were delayed by snow.', 'Oskovo:place');
    has('The fuel was stored at the Vopvak terminal in Durban. Vopvak said the tanks were safe.', 'Vopvak:organization');
    // ("at the" is the facility's, no workplace of the name's.)
    has('Ferries will dock at the Dravica terminal from May.', 'Dravica:place');
  });
});
