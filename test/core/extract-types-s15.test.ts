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

describe('a town\'s name that is the surname of a person named in full before it', () => {
  it('is that person where it acts as one', () => {
    has('The utility\'s director, Anna Lund, said the plant was safe. Lund joined the utility in 2024.', 'Lund:person');
    has('Its founder Sofía Palmira said the firm would move. Palmira grew up in Envigado.', 'Palmira:person');
  });

  it('stays the town after a place\'s preposition', () => {
    has('The utility\'s director, Anna Lund, said the plant was safe. She moved to Lund in 2024.', 'Lund:place');
  });
});

describe('a town that stands for its club in sport copy', () => {
  const report = (s: string): string => `${s} The club said the league and the season were over, and the derby will be replayed.`;

  it('is the club after a fixture\'s noun or a sport\'s verb', () => {
    has(report('Hajduk were fined after flares halted their derby against Rijeka for 14 minutes.'), 'Rijeka:organization');
    has(report('Tofaş reached the final after sweeping Osijek last week.'), 'Osijek:organization');
  });

  it('is the club where it takes a place in the table', () => {
    has(report('Nacional lead the table. Medellín are fifth after a draw.'), 'Medellín:organization');
  });

  it('is the club in copy that names the pitch and the fans, not only the league', () => {
    has('The match was moved after the pitch flooded. Rijeka won the match 2-1, the club said, and fans left.', 'Rijeka:organization');
  });
});

describe('a club that a leading word names in the languages that lead with it', () => {
  it('is a body, not a person', () => {
    has('The league moved the Cúcuta derby between Atlético Nacional and Independiente Cúcuta to Wednesday after storms flooded the Atanasio Girardot stadium on Sunday.', 'Independiente Cúcuta:organization');
  });
});
