// Types of places no registry knows (issue 15, session 15): names that a natural feature's or a local settlement's word
// opens, and the words around a lone name that say a land. Each case is an invented sentence of a phenomenon of news copy.
import { describe, it } from 'node:test';
import { has } from './extract-helpers.js';

describe('a name that a natural feature\'s or a settlement\'s word opens', () => {
  it('is a place: lakes, mountains, islands', () => {
    has('Boats sail on Lake Tavrena every summer.', 'Lake Tavrena:place');
    has('Farmers on the slopes of Mount Oruvela lost their crops.', 'Mount Oruvela:place');
    has('Ferries to Pulau Kebaran resumed on Monday.', 'Pulau Kebaran:place');
  });

  it('is a place in the local language: villages and valleys', () => {
    has('The bus runs from Kampung Serindit to the port.', 'Kampung Serindit:place');
    has('Families of Douar Ait Merzouk were moved on Monday.', 'Douar Ait Merzouk:place');
    has('Tourists visit Wadi Ramlat for the dunes.', 'Wadi Ramlat:place');
  });

  it('leaves a body a body: a body\'s word in the name', () => {
    has('Mount Oruvela Hospital said it had run out of beds.', 'Mount Oruvela Hospital:organization');
  });
});

describe('the words around a lone name that say a land', () => {
  it('reads a compass point\'s adjective before it as a part of a land', () => {
    has('Ornithologists counted 14 nesting pairs in eastern Vaskuma and northern Rendala in May.', 'Vaskuma:place', 'Rendala:place');
  });

  it('reads a land\'s noun and "of" before it, and a bay in apposition', () => {
    has('The project diverts two rivers in the mountains of Korvastia into a reservoir.', 'Korvastia:place');
    has('Nitrate levels were high at Eskoln, the northern bay of the lake.', 'Eskoln:place');
  });
});
