// One entity per body (issue 15, session 10): an acronym that leaves out the body's country ("FAA" of "U.S. Federal
// Aviation Administration"), and a firm named with and without its legal form ("X S.L." and "X", "X Co." and "X").
// Invented sentences with bodies and firms that no evaluation article names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY, extract } from './extract-helpers.js';

/** The id of each actor whose text is one of `texts`, in text order. */
const idsOf = (body: string, ...texts: string[]): string[] => extract(body, { registry: EMPTY }).actors.filter((a) => texts.includes(a.text)).map((a) => `${a.text}:${a.type}:${a.id}`);

describe('one body under its several names', () => {
  it('take an acronym that leaves out the country for the national body', () => {
    const ids = idsOf('The U.S. Federal Aviation Administration grounded the jets on Monday. FAA inspectors will visit the plant.', 'U.S. Federal Aviation Administration', 'FAA');
    assert.deepEqual(ids, ['U.S. Federal Aviation Administration:organization:us-federal-aviation-administration', 'FAA:organization:us-federal-aviation-administration']);
    const byDemonym = idsOf('The Ghanaian Food and Drugs Authority recalled the syrup on Monday. FDA officials said the batch was contaminated.', 'FDA');
    assert.deepEqual(byDemonym, ['FDA:organization:ghanaian-food-and-drugs-authority']);
  });

  it('leave two letters to the whole name: they spell too many bodies\' last words', () => {
    const ids = idsOf('The Kenya Revenue Authority said on Monday it would audit the firm; RA officials declined to comment.', 'RA');
    assert.deepEqual(ids, ['RA:organization:ra']);
  });

  it('make a firm named with its legal form and without it one body', () => {
    const sl = idsOf('The family-owned Arrieta Garraioak S.L., based in Tolosa, said on Monday it would hire drivers. Arrieta Garraioak runs 40 buses.', 'Arrieta Garraioak S.L', 'Arrieta Garraioak');
    assert.deepEqual(sl, ['Arrieta Garraioak S.L:organization:arrieta-garraioak-sl', 'Arrieta Garraioak:organization:arrieta-garraioak-sl']);
    const co = idsOf('The contractor, Al Noor Signalling Co., was paid in March. Al Noor Signalling said the work was done.', 'Al Noor Signalling Co', 'Al Noor Signalling');
    assert.deepEqual(co, ['Al Noor Signalling Co:organization:al-noor-signalling-co', 'Al Noor Signalling:organization:al-noor-signalling-co']);
    // The firm named first without its form, then with it, and by its first word: one body.
    const order = idsOf('The car carried the colours of the electrical firm Zubiri Argiak. The family-owned Zubiri Argiak S.L., based in Eibar, paid for it. Zubiri said so on Monday.', 'Zubiri Argiak', 'Zubiri Argiak S.L', 'Zubiri');
    assert.equal(new Set(order.map((x) => x.split(':').at(-1))).size, 1, order.join(', '));
  });
});

describe('people called by part of their name', () => {
  it('joins a given name, leading given names, a family name first and a first family name to the person', () => {
    const body = [
      'Prime Minister Abebe Tadesse opened the dam in June, and Abebe visited Nairobi later.',
      'The plant is run by Hanna Björk Sigurdardottir. "It works," Hanna Björk said.',
      'Ong Wei Ming, an analyst at a bank, cut his rating. Ong said demand was weak.',
      'Minister Julio Paredes Rojas spoke on Monday. Paredes said the port would reopen.',
    ].join('\n\n');
    assert.deepEqual(idsOf(body, 'Abebe', 'Hanna Björk', 'Ong', 'Paredes'), [
      'Abebe:person:abebe-tadesse',
      'Hanna Björk:person:hanna-bjork-sigurdardottir',
      'Ong:person:ong-wei-ming',
      'Paredes:person:julio-paredes-rojas',
    ]);
  });
});
