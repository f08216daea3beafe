// Bodies named in their own language, session 20: firms' head words of other languages ("Cooperativa", "Tekstil",
// "Eiendom", "Lanificio", "Brasserie"), a name the elided article opens ("L'X"), Italian names an elided preposition opens
// ("Dall'X"), a rating agency's action, a body's noun in an apposition that ranks the name among bodies ("one of the
// oldest paper mills") or names a firm's trade ("a distillery"); and probes where none of it may fire (a person named to a
// post or fined, a person with a particle, a singer with a coined name, a person who rates a stock).
// Invented names and sentences throughout, in frames of their own (review20 R4: not the firms helper's fresh set's).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const EMPTY = 'version: 1\nactors: {}\nfacts: {}\n';
const typed = (body: string): string[] => extract(body, { registry: EMPTY }).actors.map((a) => `${a.text}:${a.type}`);
const has = (body: string, want: string): void => {
  const names = typed(body);
  assert.ok(names.includes(want), `${want} not in: ${names.join(', ')}`);
};

describe("firms' head words of other languages", () => {
  it('make a body of a name a known surname ends or opens', () => {
    has('Lanificio Bertoni will cut 60 jobs this year, a union leader said on Wednesday.', 'Lanificio Bertoni:organization');
    has('Workers at Tekstil Aydin walked out on Thursday over unpaid wages.', 'Tekstil Aydin:organization');
    has('Lunde Eiendom sold an office block for 400 million crowns, its chief executive said on Friday.', 'Lunde Eiendom:organization');
    has('Members of Cooperativa Lechera Ruiz will be paid less for milk this year, the board said.', 'Cooperativa Lechera Ruiz:organization');
    has('Brasserie Fontaine raised beer prices by 5% on Thursday, blaming barley.', 'Brasserie Fontaine:organization');
  });

  it('leave people with a given name and a surname persons (must not fire)', () => {
    has('Valerie Fontaine, a teacher, said on Thursday that classes would resume.', 'Valerie Fontaine:person');
    has('Giulia Bertoni was named export director of the group on Monday.', 'Giulia Bertoni:person');
    has('Ingrid Lunde, 38, was fined 15,000 crowns on Friday for speeding.', 'Ingrid Lunde:person');
  });
});

describe("a name the elided article opens", () => {
  it('is a body, and an Italian elided preposition keeps the name whole', () => {
    has('The figures were first reported by L\'Observateur du Centre on Friday.', "L'Observateur du Centre:organization");
    has('The tender for the bridge went to Dall\'Olio Costruzioni, the ministry said on Tuesday.', "Dall'Olio Costruzioni:organization");
    has('Ticket sales halved, the promoter told L\'hebdo du Lac in an interview.', "L'hebdo du Lac:organization");
  });

  it('takes no French quote that opens with it, nor an English word after it (must not fire)', () => {
    const names = typed('"L\'usine restera ouverte," the minister said on Friday. He thanked L\'orchestra on Sunday, and L\'Oreal shares rose.');
    assert.ok(!names.some((n) => n.startsWith("L'usine") || n.startsWith("L'orchestra")), names.join(', '));
  });

  it('leave persons with an elided particle persons (must not fire)', () => {
    has('Lucia Dell\'Acqua, the town\'s mayor, said on Friday that the road would reopen.', "Lucia Dell'Acqua:person");
    has('Judge Franco D\'Alessio adjourned the trial on Tuesday until May.', "Franco D'Alessio:person");
    has('Joao De Lima, a fisherman in the bay, said the catch had halved since March.', 'Joao De Lima:person');
  });
});

describe("a rating agency's action", () => {
  it('makes a lone coined word a body', () => {
    has('Bond yields rose in May. Ostrel lowered the utility\'s rating to junk on Friday.', 'Ostrel:organization');
  });

  it('does not type a person who rates a stock (must not fire)', () => {
    has('Lena Vogt, an analyst at the brokerage, raised the stock\'s rating on Monday. Vogt said demand was strong.', 'Vogt:person');
  });
});

describe('an apposition with a body\'s noun', () => {
  it('ranks a coined name among bodies or names its trade', () => {
    has('Bruvaro, a distillery in the hills, exported 2 million bottles last year, the trade body said.', 'Bruvaro:organization');
    has('Kelmira, one of the oldest paper mills in the country, will close in March, its owners said.', 'Kelmira:organization');
  });

  it('leaves a person ranked among people, or named to a post, or named like a brand, a person (must not fire)', () => {
    has('Rosa Kelmer, one of the mill\'s lawyers, said on Tuesday she would appeal.', 'Rosa Kelmer:person');
    has('Dabo, a singer from Kumasi, said on Saturday that his tour had been cancelled. He said he would rest.', 'Dabo:person');
    has('The factory hired Oskar Nyberg as plant manager in March. Nyberg, 52, said output would rise.', 'Oskar Nyberg:person');
  });
});

describe('"one of the …" before a noun people are called by', () => {
  const lacks = (body: string, unwanted: string): void => {
    const names = typed(body);
    assert.ok(!names.includes(unwanted), `${unwanted} in: ${names.join(', ')}`);
  };

  it('leaves producers, exporters, miners and developers persons (must not fire)', () => {
    has('Wanjiru Kamau, one of the producers of the film, said on Monday it would open in Nairobi. Kamau said the cast was paid.', 'Kamau:person');
    has('Tunde Bakare, one of the largest cocoa exporters in Ondo, said on Monday prices would rise. Bakare owns 400 hectares.', 'Tunde Bakare:person');
    lacks('Mwale, one of the miners trapped underground since Friday, was rescued on Monday, police said.', 'Mwale:organization');
    lacks('Ochieng, one of the developers of the malaria vaccine, said on Monday that trials would start in June.', 'Ochieng:organization');
    lacks('Kamau, one of the producers of the film, said on Monday it would open in Nairobi.', 'Kamau:organization');
  });

  it('still ranks a coined name among lenders, carmakers or breweries', () => {
    has('Tax receipts fell in April. Pelquin, one of Chile\'s biggest lenders, said on Thursday it would cut 300 jobs.', 'Pelquin:organization');
    has('Orvatek, one of the smaller carmakers in the province, recalled 9,000 vans on Wednesday.', 'Orvatek:organization');
  });
});

describe("a place's word against firms' words", () => {
  it("keeps a place whose name an -erie word or an English firm's word opens a place (must not fire)", () => {
    has('Farmers in Nickerie District said on Monday that rice prices had fallen. Water from the Nickerie River flooded fields.', 'Nickerie River:place');
    const guyana = typed('Guyana, officially the Cooperative Republic of Guyana, said on Monday it would sell more oil. The Cooperative Republic has 800,000 people.');
    assert.ok(!guyana.some((n) => n.startsWith('Cooperative') && n.endsWith(':organization')), guyana.join(', '));
    has('Boats were moored on the Usina River on Sunday, and fishing resumed on Monday.', 'Usina River:place');
  });

  it('still makes a body of a house before a name or "de", and of a firm\'s word with no place\'s word', () => {
    has('Dairy prices rose in June. Fromagerie Lemoine said on Friday it would raise prices.', 'Fromagerie Lemoine:organization');
    has('Cocoa prices rose in June. The Savonnerie de Tamaris said on Friday that it would hire 40 people.', 'Savonnerie de Tamaris:organization');
    has('Ore prices fell in May. Usina Tavares said on Monday it would idle a furnace.', 'Usina Tavares:organization');
  });
});
