// Indefinite pronouns opening a quote are no names: invented sentences, no eval article's text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY, extract, typed } from './extract-helpers.js';

describe('names no registry knows: indefinite pronouns are no actors', () => {
  it('drops a capitalised indefinite pronoun opening a quote before a report verb', () => {
    assert.deepEqual(typed('Amina Odhiambo, 38, a net mender at Lamu, was laid off. "Nobody told us anything until Friday," she said.'), [
      'Amina Odhiambo:person',
      'Lamu:place',
    ]);
  });

  it('keeps an indefinite pronoun that names a body, alone and at the front of its full name', () => {
    const body = 'Something, the Oslo-based headphone maker, said on Monday it had hired 40 engineers. Something said orders rose. Something Audio AS will list shares next year. Anyone, a Danish charity, said it would open a shelter.';
    const actors = extract(body, { registry: EMPTY }).actors.map((a) => `${a.text}:${a.type}`);
    assert.ok(actors.includes('Something Audio AS:organization'), actors.join(', '));
    assert.equal(actors.filter((a) => a.startsWith('Something:')).length, 2, actors.join(', '));
    assert.ok(actors.some((a) => a.startsWith('Anyone:')), actors.join(', '));
  });
});
