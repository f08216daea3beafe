// Bodies named in their own language, session 20: firms' head words of other languages ("Cooperativa", "Tekstil",
// "Eiendom", "Oleificio", "Huilerie"), a name the elided article opens ("L'X"), Italian names an elided preposition opens
// ("Dell'X"), a rating agency's action, a body's noun in an apposition that ranks the name among bodies ("one of the
// largest mills") or names a firm's trade ("a bottler", "a textile factory"); and probes where none of it may fire (a person
// hired or fined, a person with a particle, a person with a brand-like name, a person who rates a stock).
// Invented names and sentences throughout.
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
  it('make a body of a name a known surname ends', () => {
    has('Exports fell in March. Pastificio Moretti hired advisers on Monday to find a buyer.', 'Pastificio Moretti:organization');
    has('Prices rose on Monday. Tekstil Yilmaz will close a plant in Denizli, the firm said.', 'Tekstil Yilmaz:organization');
    has('Rents rose in May. Halvorsen Eiendom missed a coupon on Monday.', 'Halvorsen Eiendom:organization');
    has('Growers met on Friday. Cooperativa Agricola Serrano said on Friday that prices had halved.', 'Cooperativa Agricola Serrano:organization');
    has('Farmers met on Tuesday. Huilerie Dubois said on Tuesday it would buy more seed.', 'Huilerie Dubois:organization');
  });

  it('leave people with a given name and a surname persons (must not fire)', () => {
    has('Farmers met on Tuesday. Valerie Dubois said on Tuesday she would buy more seed.', 'Valerie Dubois:person');
    has('Exports fell in March. Giulia Moretti was hired by the mill on Monday as export manager.', 'Giulia Moretti:person');
    has('Rents rose in May. Anders Halvorsen, 54, was fined 20,000 crowns in May for a late filing.', 'Anders Halvorsen:person');
  });
});

describe("a name the elided article opens", () => {
  it('is a body, and an Italian elided preposition keeps the name whole', () => {
    has('Sales fell 18%, she told L\'Express du Sud on Monday.', "L'Express du Sud:organization");
    has('The contract went to Dell\'Orso Costruzioni on Monday, the port said.', "Dell'Orso Costruzioni:organization");
    has('This story was first published in French by L\'avenir du Nord.', "L'avenir du Nord:organization");
  });

  it('takes no French quote that opens with it, nor an English word after it (must not fire)', () => {
    const names = typed('"L\'homme est parti," the mayor said on Monday. She told L\'audience on Monday that she would stay, and L\'Oreal shares fell.');
    assert.ok(!names.some((n) => n.startsWith("L'homme") || n.startsWith("L'audience")), names.join(', '));
  });

  it('leave persons with an elided particle persons (must not fire)', () => {
    has('Marco Dell\'Orso said on Monday he would resign.', "Marco Dell'Orso:person");
    has('Senator Paola D\'Ambrosio said on Monday she would vote against it.', "Paola D'Ambrosio:person");
    has('The port\'s chairwoman, Maria De Souza, said on Wednesday that deeper water would help.', 'Maria De Souza:person');
  });
});

describe("a rating agency's action", () => {
  it('makes a lone word that opens a sentence a body', () => {
    has('Shares fell on Monday. Corvan cut the bank\'s rating by one notch in September.', 'Corvan:organization');
  });

  it('does not type a person who rates a stock (must not fire)', () => {
    has('Analyst Tomas Kral of the brokerage cut his rating on the stock. Kral said on Monday that sales would fall.', 'Kral:person');
  });
});

describe('an apposition with a body\'s noun', () => {
  it('ranks a coined name among bodies or names its trade', () => {
    has('Prices rose on Monday. Zentoliva, a bottler based in Milan, listed its shares on June 3.', 'Zentoliva:organization');
    has('Prices rose on Monday. Vardello, one of the largest olive oil mills in the region, said on Monday it would hire.', 'Vardello:organization');
  });

  it('leaves a person ranked among people, or hired, or named like a brand, a person (must not fire)', () => {
    has('Prices rose on Monday. Ana Vardello, one of the largest growers\' lawyers, said on Monday she would appeal.', 'Ana Vardello:person');
    has('Kizmo, a rapper from Bergen, posted on Tuesday that his rent had doubled. He said he would move.', 'Kizmo:person');
    has('The mill hired Petra Lindqvist as chief financial officer in January. Lindqvist, 41, said she would meet bondholders.', 'Petra Lindqvist:person');
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
