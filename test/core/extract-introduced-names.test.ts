// A sentence's first word that the copy introduces by the comma after it (a relative
// clause, an apposition, a participle clause) is a name, though its capital alone proves
// nothing. Invented names and sentences only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const EMPTY = 'version: 1\nactors: {}\nfacts: {}\n';
const typed = (body: string): string[] => extract(body, { registry: EMPTY }).actors.map((a) => `${a.text}:${a.type}:${a.id}`);

describe('names no registry knows: a first word introduced by its comma', () => {
  it('find a lone first word before a relative clause, an apposition or a participle clause', () => {
    assert.deepEqual(typed('Veltrona, whose two smelters employ 900 people, said on Monday it would cut output.'), ['Veltrona:organization:veltrona']);
    assert.deepEqual(typed('Quessaro, the regional offshoot of a Danish dairy, raised milk prices on Friday.'), ['Quessaro:organization:quessaro']);
    assert.deepEqual(typed('Halvetti, knocked out by a rival in the semi-finals, sacked its coach on Sunday.'), ['Halvetti:organization:halvetti']);
  });

  it('leave an adverb that opens a sentence before a comma out', () => {
    assert.deepEqual(typed('Meanwhile, the council said on Tuesday that roads were open. Nevertheless, the warning stands.'), []);
  });
});
