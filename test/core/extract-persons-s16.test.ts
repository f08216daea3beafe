// Persons, session 16: names that look like persons but are not (a storm named earlier, a firm called by its founder's
// surname, a club of a town, a national body hyphened to its country), and a relative named by a noun of kin.
// Invented names and sentences throughout.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const EMPTY = 'version: 1\nactors: {}\nfacts: {}\n';
const typed = (body: string): string[] => extract(body, { registry: EMPTY }).actors.map((a) => `${a.text}:${a.type}:${a.id}`);

describe('a storm named earlier, alone', () => {
  it('leave the storm\'s name alone no person after "Storm X" named it', () => {
    const names = typed('Rivers rose after Storm Greta hit the valley on Friday. "Greta tore the roof off the school," she said.');
    assert.ok(!names.some((n) => n.startsWith('Greta')), names.join(', '));
  });

  it('keep a person of the storm\'s name whose own words say a person', () => {
    const names = typed('Storm Ilse closed the port on Monday. Ilse, 54, a dock worker, said she had lost her boat.');
    assert.ok(names.includes('Ilse:person:ilse'), names.join(', '));
  });
});

describe('a relative named by a noun of kin', () => {
  it('make a lone name after "his daughter" a person', () => {
    const names = typed('The ferry company was founded by Omari Mzee and is now run by his daughter Zuhura, the harbour office said.');
    assert.ok(names.includes('Zuhura:person:zuhura'), names.join(', '));
  });
});

describe("a firm called by its founder's surname", () => {
  const story =
    'Brandl, the Linz-based bakery chain, will close 20 shops, the company said on Tuesday. Brandl shares fell 4% in Vienna.\n\n' +
    'The chain was founded in 1961 by Alois Brandl. Brandl also sponsors the city marathon.';
  it('type the surname a firm where its own words say a firm, and where they say nothing', () => {
    const names = typed(story);
    assert.ok(names.includes('Alois Brandl:person:alois-brandl'), names.join(', '));
    assert.equal(names.filter((n) => n.startsWith('Brandl:')).join(', '), 'Brandl:organization:brandl, Brandl:organization:brandl, Brandl:organization:brandl');
  });

  it('keep the surname the person where no mention says a firm', () => {
    const names = typed('The chain was founded in 1961 by Alois Brandl. Brandl, 88, said he still bakes on Sundays. Brandl also sponsors the marathon.');
    assert.ok(!names.some((n) => n.startsWith('Brandl:organization')), names.join(', '));
  });

  it('keep a mention the person where its own words say a person', () => {
    const names = typed(story + ' Brandl, 88, said he was sad to see the shops go.');
    assert.ok(names.includes('Brandl:person:alois-brandl'), names.join(', '));
  });

  it("keep a person whose staff or shares are named a person", () => {
    const a = typed('Anna Kowalski, the mayor of Gdynia, faces a recall vote in March. Kowalski\'s staff said the petition had too few valid signatures. Kowalski has not commented.');
    assert.ok(!a.some((n) => n.startsWith('Kowalski:organization')), a.join(', '));
    const b = typed('The coach, Luis Ortega, was sacked on Sunday. Ortega\'s staff will leave with him, the club said. Ortega took over in 2023.');
    assert.ok(!b.some((n) => n.startsWith('Ortega:organization')), b.join(', '));
    const c = typed('Karl Brenner, who founded the logistics group in 1994, owns 40 percent of it. Brenner\'s shares are held in a family trust. Brenner told investors on Monday that he would not sell.');
    assert.ok(!c.some((n) => n.startsWith('Brenner:organization')), c.join(', '));
  });
});

describe('a firm founded in an apposition', () => {
  it('type a name "founded in … by" a body, and its founder\'s surname alone the firm', () => {
    const names = typed('The court said the winning bidder, Colombo Ecologia, had understated its debts.\n\nColombo Ecologia, founded in Perugia in 1979 by the late Bruno Colombo, said it would appeal.\n\nColombo also collects waste in Terni.');
    assert.ok(names.includes('Colombo Ecologia:organization:colombo-ecologia'), names.join(', '));
    assert.ok(names.includes('Bruno Colombo:person:bruno-colombo'), names.join(', '));
    assert.ok(names.includes('Colombo:organization:colombo-ecologia'), names.join(', '));
  });
});

describe('a word and a city typed a person by default', () => {
  it('type a word and a city no one bears as a surname a body', () => {
    const names = typed('The bakery was founded in Graz in 1952. It also sponsors Sturm Graz, the football club. Sturm said on Wednesday the shirt deal would run to 2028.');
    assert.ok(names.includes('Sturm Graz:organization:sturm-graz'), names.join(', '));
  });

  it('type a club\'s lead word and a city a body', () => {
    const names = typed('The brewery also sponsors Dinamo Kumasi. Dinamo said on Wednesday the shirt deal would run to 2028.');
    assert.ok(names.includes('Dinamo Kumasi:organization:dinamo-kumasi'), names.join(', '));
  });

  it('keep an unlisted given name and a city surname a person', () => {
    const names = typed('Ryusei Matsumoto, the plant manager, declined to comment. Kazuhiro Okayama said the line would restart. Tsubasa Nagano told reporters output fell. Ilario Ferrara said prices rose. Gianfilippo Messina said exports fell. Yurena Toledo said the port was shut. Anselmo Cuenca told the court he was innocent. Thandiwe Durban said the union would strike. Olusegun Ibadan said fuel was scarce. Haruto Matsuyama, the company\'s chief executive, said sales rose.');
    for (const n of ['Kazuhiro Okayama', 'Tsubasa Nagano', 'Ilario Ferrara', 'Gianfilippo Messina', 'Yurena Toledo', 'Anselmo Cuenca', 'Thandiwe Durban', 'Olusegun Ibadan', 'Haruto Matsuyama']) {
      assert.ok(names.some((x) => x.startsWith(`${n}:person:`)), `${n}: ${names.join(', ')}`);
    }
  });

  it('keep a given name and a city a person', () => {
    const names = typed('Nomvula Durban said on Monday she would appeal.');
    assert.ok(names.includes('Nomvula Durban:person:nomvula-durban'), names.join(', '));
  });

  it('keep a double surname that ends in a city a person', () => {
    const names = typed('Managing director Mutale Mulenga-Kabwe told reporters on Monday. Mulenga-Kabwe declined to say more.');
    assert.ok(names.includes('Mulenga-Kabwe:person:mutale-mulenga-kabwe'), names.join(', '));
  });
});

describe('a word hyphened to a country', () => {
  it('type a word hyphened to a country a body, and a double surname a person', () => {
    const names = typed('The forecast came from the Meteo-France centre on Monday. Anna Baker-Jordan said the roads were closed.');
    assert.ok(names.includes('Meteo-France:organization:meteo-france'), names.join(', '));
    assert.ok(names.includes('Anna Baker-Jordan:person:anna-baker-jordan'), names.join(', '));
  });
});

describe('a compass point before a city', () => {
  it('type a compass point and a city one place', () => {
    const names = typed('Bus fares rose in North Bulawayo on Monday, commuters said.');
    assert.ok(names.includes('North Bulawayo:place:north-bulawayo'), names.join(', '));
  });

  it('leave a compass point and a city in a match report to the clubs', () => {
    const names = typed('South Sydney beat Penrith 24-12 on Saturday in the rugby league derby. The winger scored twice in the second half, and the coach said the playoff race was open.');
    assert.ok(!names.includes('South Sydney:place:south-sydney'), names.join(', '));
  });
});

describe('a stage hyphened to a Roman numeral', () => {
  it('leave a project hyphened to a Roman numeral no actor', () => {
    const names = typed('Work stopped at the Tashgol-II dam on Monday; the Tashgol-I plant upstream kept running.');
    assert.ok(!names.some((n) => n.startsWith('Tashgol')), names.join(', '));
  });
});

describe('a noun for a person opening a sentence before a name', () => {
  it('keep "Novelist" out of the name after it', () => {
    const names = typed('Novelist Tomas Brek won the award on Monday. Brek said he was glad.');
    assert.ok(names.includes('Tomas Brek:person:tomas-brek'), names.join(', '));
    assert.ok(!names.some((n) => n.startsWith('Novelist')), names.join(', '));
  });

  it('keep a body that opens with such a noun whole', () => {
    const names = typed('Student Union leaders met the rector on Monday.');
    assert.ok(names.includes('Student Union:organization:student-union'), names.join(', '));
  });
});

describe('a speaker to the press', () => {
  it('make a lone name that "told reporters" a person', () => {
    const names = typed('Prices doubled in the market on Monday. Marwati told reporters the rice had run out.');
    assert.ok(names.includes('Marwati:person:marwati'), names.join(', '));
  });

  it('leave a lone name that only "said" a body', () => {
    const names = typed('Prices doubled on Monday. Korvana said it would cut trains.');
    assert.ok(names.includes('Korvana:organization:korvana'), names.join(', '));
  });
});
