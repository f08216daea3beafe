import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeNamed } from '../../server/src/core/extract/gazetteer.js';
import { REGIONS } from '../../server/src/core/extract/gazetteer-data.js';
import { libraryVote } from '../../server/src/core/extract/library-vote.js';
import { nameTokens } from '../../server/src/core/extract/tokens.js';
import { extract } from './extract-helpers.js';

const EMPTY = 'version: 1\nactors: {}\nfacts: {}\n';
const typed = (body: string): string[] => extract(body, { registry: EMPTY }).actors.map((a) => `${a.text}:${a.type}:${a.id}`);

describe('the library vote (compromise lexicon data where the rules have no evidence)', () => {
  it('knows regions that no gazetteer list names, by their normalised tokens', () => {
    assert.equal(libraryVote('yorkshire'), 'place');
    assert.equal(libraryVote(nameTokens('Siberia').join(' ')), 'place');
    // A region that is a first-level division (country-region-data) is a gazetteer place, no vote.
    assert.equal(placeNamed(nameTokens('Maranhão').join(' '))?.kind, 'state');
    assert.equal(libraryVote('odisha'), undefined);
    // A US state is a gazetteer place already; an invented name is unknown.
    assert.equal(libraryVote('texas'), undefined);
    assert.equal(libraryVote('kormova'), undefined);
    const regions = REGIONS.split('|');
    assert.ok(regions.length > 50, `${regions.length} regions`);
    for (const r of regions) {
      const key = nameTokens(r).join(' ');
      assert.equal(placeNamed(key), undefined, `${r} is a gazetteer place already`);
      assert.equal(libraryVote(key), 'place', r);
    }
  });

  it('types a lone region with no cue as a place, where an unknown word stays an organization', () => {
    assert.deepEqual(typed('Police opened 312 inquiries into vote buying, 40 of them in the states of Bahia and Maranhão.'), [
      'Bahia:place:bahia',
      'Maranhão:place:maranhao',
    ]);
    assert.deepEqual(typed('Police opened 312 inquiries into vote buying, 40 of them in the states of Kormova and Vetrania.'), [
      'Kormova:organization:kormova',
      'Vetrania:organization:vetrania',
    ]);
  });

  it('types a region of two words with no person cue as a place, where an unknown name with no evidence is a body', () => {
    // No place's preposition before either: after "in", a name with no person's evidence is a place by the rules alone.
    assert.deepEqual(typed('Minas Gerais counted its ballots by hand after turnout fell to 71 percent.'), ['Minas Gerais:place:minas-gerais']);
    assert.deepEqual(typed('Vetra Kalnis counted its ballots by hand after turnout fell to 71 percent.'), [
      'Vetra Kalnis:organization:vetra-kalnis',
    ]);
  });

  it('leaves the rules their evidence: a cue, a given name or a title outvotes the lexicon', () => {
    assert.deepEqual(typed('Siberia, 54, said on Monday that she would appeal.'), ['Siberia:person:siberia']);
    assert.deepEqual(typed('Investigators questioned Sicily Mendes on Monday. Mendes said she would appeal.'), [
      'Sicily Mendes:person:sicily-mendes',
      'Mendes:person:sicily-mendes',
    ]);
  });
});
