// Indefinite pronouns opening a quote are no names: invented sentences, no eval article's text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { typed } from './extract-helpers.js';

describe('names no registry knows: indefinite pronouns are no actors', () => {
  it('drops a capitalised indefinite pronoun opening a quote before a report verb', () => {
    assert.deepEqual(typed('Amina Odhiambo, 38, a net mender at Lamu, was laid off. "Nobody told us anything until Friday," she said.'), [
      'Amina Odhiambo:person',
      'Lamu:place',
    ]);
  });
});
