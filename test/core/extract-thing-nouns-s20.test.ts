// Names of things beside WordNet's nouns of their kind (session 20): a name that a determiner opens before a noun of a
// drug, a vehicle, software, an event, a document, a work, a dish or a drink, or a game ("the X sedan", "its X browser"),
// or that such a noun introduces ("its sedan X"), is the thing's, no body's, unless a mention shows a body. The nouns come
// from WordNet (scripts/thing-noun-data.mjs). Each case is an invented sentence, not one of an evaluation article.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unpackWords } from '../../server/src/core/extract/gazetteer.js';
import { THING_NOUN_WORDS } from '../../server/src/core/extract/thing-noun-data.js';
import { has, lacks } from './extract-helpers.js';

describe('names beside WordNet nouns of things: session 20', () => {
  it('reads WordNet: nouns of things, not of bodies, people or places', () => {
    const words = unpackWords(THING_NOUN_WORDS);
    for (const w of ['sedan', 'scooter', 'hatchback', 'spreadsheet', 'vaccine', 'tournament', 'pizza', 'treaty']) assert.ok(words.has(w), w);
    for (const w of ['company', 'league', 'fund', 'union', 'bank', 'club', 'council', 'carrier', 'network', 'programme']) assert.ok(!words.has(w), w);
  });

  it('drops a name a noun of its kind follows or introduces', () => {
    lacks('Carmaker Velo Motors said on Monday its Tarka Nine sedan would go on sale in May.', 'Tarka Nine:organization');
    lacks('The Zephyr Kite scooter costs less than a used motorbike, dealers said on Friday.', 'Zephyr Kite:organization');
    lacks('Users of the Orlen Pane spreadsheet lost their files after an update on Tuesday.', 'Orlen Pane:organization');
    lacks('Diners queued for the Mesa Dorada paella at the fair on Sunday.', 'Mesa Dorada:organization');
  });

  it('keeps a body that a thing noun follows or that acts', () => {
    // Must not fire: a maker before its product's noun and its people, a body named with a thing's noun, a body that acts.
    has('Shares in the Tarka Motors sedan maker fell 4% on Monday.', 'Tarka Motors:organization');
    has('The Harbin Airways jet landed safely on Tuesday, the airline said.', 'Harbin Airways:organization');
    has('Kestrel Pharmaceuticals said on Monday its vaccine had passed a trial.', 'Kestrel Pharmaceuticals:organization');
    has('Bellamy Foods said on Monday that the Bellamy Foods pizza would cost more.', 'Bellamy Foods:organization');
    has('The Varna Fund said on Monday it would sell its stake in the carmaker.', 'Varna Fund:organization');
  });
});
