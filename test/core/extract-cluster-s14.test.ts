// Clustering, session 14: a body's name in another language beside its English name or its acronym, in an
// apposition or a bracket, is one entity with it. Invented names and sentences throughout.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const EMPTY = 'version: 1\nactors: {}\nfacts: {}\n';
const typed = (body: string): string[] => extract(body, { registry: EMPTY }).actors.map((a) => `${a.text}:${a.type}:${a.id}`);
/** The id of the mention written `text`, and of the one written `other`. */
const idOf = (names: readonly string[], text: string): string | undefined => names.find((n) => n.startsWith(`${text}:`))?.split(':').at(2);

describe('a body\'s name in another language beside its English name', () => {
  it('join the name in another language before ", the" and the English name to one body', () => {
    const names = typed('The Varstvena ribarska uprava, the State Fisheries Authority, said on Monday it had closed the lake to trawlers.');
    assert.ok(idOf(names, 'Varstvena ribarska uprava'), names.join(', '));
    assert.equal(idOf(names, 'Varstvena ribarska uprava'), idOf(names, 'State Fisheries Authority'), names.join(', '));
  });

  it('join the name in another language in a bracket after the English name', () => {
    const names = typed('The miners asked the Tarvo Regional Court (Tarvon alueellinen tuomioistuin) on Monday to halt the sale.');
    assert.equal(idOf(names, 'Tarvon alueellinen tuomioistuin'), idOf(names, 'Tarvo Regional Court'), names.join(', '));
  });

  it('join the name that "known in X as" introduces', () => {
    const names = typed('The Border Revenue Office, known in Kirundi as Ikigo c\'Amahoro y\'Imipaka, said on Monday that it had seized the trucks.');
    assert.equal(idOf(names, "Ikigo c'Amahoro y'Imipaka"), idOf(names, 'Border Revenue Office'), names.join(', '));
  });

  it('join the name in another language to the acronym in the bracket after it that spells it', () => {
    const names = typed('The Rukometni savez Dravije (RSD) banned two players on Monday. RSD officials said the ban would stand.');
    assert.equal(idOf(names, 'Rukometni savez Dravije'), idOf(names, 'RSD'), names.join(', '));
  });

  it('leave a place, a weekday and a person after a body alone', () => {
    const names = typed('Storms cut power across Lomaiviti and Koro on Tuesday, the Weather Service said. The Harbour Authority, Ana Petrovna said, would reopen the port.');
    assert.equal(idOf(names, 'Koro on Tuesday'), undefined, names.join(', '));
    assert.notEqual(idOf(names, 'Koro'), idOf(names, 'Weather Service'), names.join(', '));
  });

  it('keep the items of a list apart: a name before ", the X and" is no gloss of X', () => {
    const names = typed('KAMPALA, June 2 - Banca del Ruvenzori, the Trade Ministry and the customs office signed the accord on Tuesday.');
    const bank = idOf(names, 'Banca del Ruvenzori');
    assert.notEqual(bank, idOf(names, 'Trade Ministry'), names.join(', '));
    const other = typed('The Trade Ministry, Banca del Ruvenzori, and the customs office signed the accord on Tuesday.');
    assert.notEqual(idOf(other, 'Banca del Ruvenzori'), idOf(other, 'Trade Ministry'), other.join(', '));
  });

  it('keep a place a place when an acronym follows it in a bracket', () => {
    const names = typed('Fish landings at Santa Cruz de Tenerife (SCT) fell by a third in May, the port authority said.');
    assert.ok(names.includes('Santa Cruz de Tenerife:place:santa-cruz-de-tenerife'), names.join(', '));
  });
});
