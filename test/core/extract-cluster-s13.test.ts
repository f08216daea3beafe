// Clustering, session 13: founders' surnames beside their family firms, people named with two given names and two family
// names, a family name first that is also a given name, relatives who share a surname, Turkic and Malay patronymics, clubs
// that a club's word leads, and a given name after "Don" or a title. Invented names throughout.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const EMPTY = 'version: 1\nactors: {}\nfacts: {}\n';
const typed = (body: string): string[] => extract(body, { registry: EMPTY }).actors.map((a) => `${a.text}:${a.type}:${a.id}`);
/** The ids the mentions written `text` got, in order. */
const idsOf = (names: readonly string[], text: string): string[] => names.filter((n) => n.startsWith(`${text}:`)).map((n) => n.split(':').at(2) ?? '');

describe('a founder\'s surname beside the family firm', () => {
  it('take the surname after an honorific for the person, also before the full name', () => {
    const names = typed('Orazov Textiles cut 300 jobs on Monday. "Mr Orazov should come and explain it to us," a weaver said. The mill\'s owner, Bayram Orazov, said the cotton price had doubled.');
    assert.deepEqual(idsOf(names, 'Orazov'), ['bayram-orazov'], names.join(', '));
  });

  it('take the surname in a sentence that names the firm in full, or before an event of a life, for the person', () => {
    const names = typed('Lindqvist Marine said on Monday it would close its yard at Kalmar. Chairman Per Lindqvist said the orders had gone. Lindqvist Marine was formed in 1981 when Lindqvist bought a boatyard from the town. Lindqvist Marine employs 200 people. Lindqvist retired in 2019.');
    assert.deepEqual(idsOf(names, 'Lindqvist'), ['per-lindqvist', 'per-lindqvist'], names.join(', '));
  });
});
