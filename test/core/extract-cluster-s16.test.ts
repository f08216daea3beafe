// Clustering, session 16: a division named with and without its kind's word. Invented names and sentences throughout.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const EMPTY = 'version: 1\nactors: {}\nfacts: {}\n';
const typed = (body: string): string[] => extract(body, { registry: EMPTY }).actors.map((a) => `${a.text}:${a.type}:${a.id}`);
/** The type and id of the mentions written `text`. */
const of = (names: readonly string[], text: string): string[] => names.filter((n) => n.startsWith(`${text}:`)).map((n) => n.slice(text.length + 1));

describe('a division named with its kind\'s word, then without it', () => {
  it('is one place, also where a lone word would default to a person', () => {
    const names = typed('Floods in the Tarvo Region displaced 4,000 people on Tuesday, officials said. Rescuers in Tarvo said roads were cut. Oskel District was spared, while Oskel farmers said crops were lost.');
    assert.deepEqual(of(names, 'Tarvo'), ['place:tarvo-region'], names.join(', '));
    assert.deepEqual(of(names, 'Oskel'), ['place:oskel-district'], names.join(', '));
  });

  it('leaves a city the gazetteer knows apart from its state, and a surname its person', () => {
    const names = typed('Lagos State said on Monday that traffic in Lagos had eased. Imre Oskel, a farmer in the Oskel District, said Oskel had lost crops.');
    assert.deepEqual(of(names, 'Lagos'), ['place:lagos'], names.join(', '));
    assert.deepEqual(of(names, 'Oskel'), ['person:imre-oskel'], names.join(', '));
  });
});

describe('a division\'s bare name that a person of the article bears', () => {
  it('stays the person named after a title', () => {
    const names = typed('Police in Garrow District arrested two men on Tuesday. Inspector Garrow said the men had fled. Garrow, who has led the force since 2019, said more arrests would follow.');
    assert.deepEqual(of(names, 'Garrow').map((n) => n.split(':')[0]), ['person', 'person'], names.join(', '));
  });

  it('stays the person whose given name it is', () => {
    const names = typed('Heavy rain hit Marlow County on Friday. Marlow Tennant, the county\'s emergency chief, said roads were shut. "We are coping," Marlow said.');
    assert.deepEqual(of(names, 'Marlow'), ['person:marlow-tennant'], names.join(', '));
  });
});
