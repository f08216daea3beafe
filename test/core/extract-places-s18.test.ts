// Places on unseen copy, session 18: one describe per rule, each with invented names in invented sentences (no evaluation
// article's), and the sentences where the rule must not fire.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { has, lacks, typed } from './extract-helpers.js';

describe('a place\'s name that names a ship or a disease (session 18)', () => {
  it('is no actor after a ship\'s noun, also the second of two ships', () => {
    const names = typed('Its sister ship, the Santa Rosa, stayed in port on Monday. The two cutters, the Tainan and the Keelung, would be delivered in June.');
    for (const n of ['Santa Rosa:place', 'Tainan:place', 'Keelung:place']) assert.ok(!names.includes(n), names.join(', '));
  });

  it('is no actor before "disease", "virus" or "fever"', () => {
    const names = typed('Vets confirmed Newcastle disease at a farm on Monday, the ministry said.');
    assert.ok(!names.includes('Newcastle:place'), names.join(', '));
  });

  it('stays a place where a ship goes there or the place speaks', () => {
    has('He sailed on a ship to Santa Rosa on Monday.', 'Santa Rosa:place');
    has('The boats from Santa Rosa reached Manila on Monday.', 'Santa Rosa:place');
    has('The ship left Santa Rosa on Monday, the owner said.', 'Santa Rosa:place');
    has('Two ships, Greece said, had left Piraeus on Monday.', 'Greece:place');
    has('The vessel, the Greece coast guard said, was empty.', 'Greece:place');
    has('Cases of the disease rose in Newcastle on Monday, the ministry said.', 'Newcastle:place');
  });
});

describe('a river by what it does (session 18)', () => {
  it('is a place above or below its danger mark', () => {
    has('The Velka rose above its danger mark on Tuesday, officials said.', 'Velka:place');
  });

  it('is a place as the first of two rivers that may burst their banks', () => {
    has('He warned that the Orvasa Koshi and the Tamur Gandaki could burst their banks.', 'Orvasa Koshi:place', 'Tamur Gandaki:place');
  });

  it('is a place after "floods on the" that opens a sentence, and before "rivers"', () => {
    has('Floods on the Velka Rika in June also damaged the access road.', 'Velka Rika:place');
    has('Rescuers moved families from villages along the Orvasa and Dremna rivers on Monday.', 'Orvasa:place', 'Dremna:place');
  });

  it('is no place where a firm swells its profits or a share passes a level', () => {
    lacks('He warned that the Orvento and the Kestrel Group could swell their profits.', 'Orvento:place');
    lacks('Shares in Velka rose above the danger level of analysts on Monday.', 'Velka:place');
  });
});

describe('"between" two unknown words after a way or a stranding (session 18)', () => {
  it('makes both places', () => {
    has('More than 400 trucks were stranded between Kalvora and Dunvek, officials said.', 'Kalvora:place', 'Dunvek:place');
    has('The road between Kalvora and Dunvek was cut on Monday.', 'Kalvora:place', 'Dunvek:place');
    has('The rains, stranding hundreds of trucks between Kalvora and Dunvek, eased on Monday.', 'Kalvora:place', 'Dunvek:place');
  });

  it('leaves a final\'s or a deal\'s parties alone', () => {
    lacks('The final between Kalvora and Dunvek was played on Monday.', 'Kalvora:place', 'Dunvek:place');
    lacks('A deal between Kestrava and Orvenne was signed on Monday, the firms said.', 'Kestrava:place', 'Orvenne:place');
    lacks('A price war on trucks between Kestrava and Orvenne hurt margins, the firms said.', 'Kestrava:place', 'Orvenne:place');
  });
});

describe('two words a given name leads or a surname ends, after a place\'s preposition (session 18)', () => {
  it('are a place where nothing says a person', () => {
    has('Looters dug hundreds of pits near Batan Grande in the 1960s.', 'Batan Grande:place');
    has('The elephant left for a sanctuary in Mato Grosso, the ministry said.', 'Mato Grosso:place');
  });

  it('stay a person with a person\'s cue, a title, a lone surname elsewhere, or a trust\'s "in"', () => {
    has('Fans sat near Maria Lopez at the match on Monday. Lopez waved.', 'Maria Lopez:person');
    has('The union met in Governor Ana Silva\'s office on Monday. Silva said no.', 'Ana Silva:person');
    has('A statue was unveiled in Maria Lopez\'s home town on Monday.', 'Maria Lopez:person');
    has('He lost confidence in Jorge Grande, the club said on Monday.', 'Jorge Grande:person');
    has('We believe in John Smith, the party said on Monday.', 'John Smith:person');
    has('Residents in Carlos Mendez say the water is bad. Mendez, 54, disagreed.', 'Carlos Mendez:person');
  });
});

describe('one hyphened word beside a noun of places (session 18)', () => {
  it('is a place after "the village of"', () => {
    has('Villagers threw stones near the border village of Kok-Tash on Sunday.', 'Kok-Tash:place');
  });

  it('leaves a double surname a person', () => {
    has('The mayor of Kara-Suu, Anna Mwale-Kitwe, said on Monday that schools would close.', 'Anna Mwale-Kitwe:person');
    lacks('Anna Mwale-Kitwe, the mayor, said on Monday the village would be moved. Mwale-Kitwe, 50, is a farmer.', 'Mwale-Kitwe:place');
  });
});

describe('a first-level division that a given name leads, in an article of its country (session 18)', () => {
  it('is a place where nothing says a person', () => {
    has('Farmers said Mato Grosso and Goias had little rain, Brazil\'s agency said on Monday.', 'Mato Grosso:place');
    has('Coal trucks queued from Quang Ninh to Hanoi, Vietnam\'s transport ministry said on Monday.', 'Quang Ninh:place');
  });

  it('leaves a person so named a person, and the name elsewhere to its context', () => {
    has('Juana Diaz, a nurse, said on Monday she had left. Diaz is 40.', 'Juana Diaz:person');
  });
});

describe('where goods are bound, a border\'s crossing, a hyphened word after "in" (session 18)', () => {
  it('makes places of "bound for X and Y" and "the X crossing"', () => {
    has('The firm said it was giving priority to shipments bound for Chornovask and Pivdenko.', 'Chornovask:place', 'Pivdenko:place');
    has('Polish truckers blocked the Dorovask crossing for two days.', 'Dorovask:place');
  });

  it('makes a place of one hyphened word after "in" that no mention makes a person', () => {
    has('Police said in Seme-Kodji on Monday that the depot had burned. In Seme-Kodji, families fled.', 'Seme-Kodji:place');
  });

  it('leaves a body bound for nothing and a double surname with a person\'s cue alone', () => {
    lacks('Investors bound for Kestrava Group said on Monday they had sold shares.', 'Kestrava Group:place');
    lacks('Mwale-Kitwe, 54, said in Lusaka on Monday that the plan failed. Critics in Mwale-Kitwe\'s party agreed.', 'Mwale-Kitwe:place');
    lacks('In Mwale-Kitwe\'s view the plan failed, she said on Monday.', 'Mwale-Kitwe:place');
  });
});

describe('a land\'s noun after two words and "the" (session 18)', () => {
  it('makes a place of "the X Y river", not a body by its "the"', () => {
    has('The rains reach the La Velha river in January, the ministry said.', 'La Velha:place');
  });

  it('leaves an estate or a unit named after a person alone', () => {
    lacks('Lawyers for the John Smith estate said on Monday they would appeal.', 'John Smith:place');
    lacks('The Jorge Grande coast guard unit said on Monday it had found the boat.', 'Jorge Grande:place');
  });
});

describe('a country that acts after a ship\'s noun (session 18 review)', () => {
  it('stays a place in a contact clause after a plural ship\'s noun', () => {
    has('Russia said on Monday that ships Ukraine attacked were civilian.', 'Ukraine:place');
    has('The coast guard said on Monday that the tankers Iran seized in April were still held.', 'Iran:place');
    has('Manila said on Monday that the vessels China deployed near the shoal had left.', 'China:place');
    has('The boats the Philippines detained on Monday carried 20 fishermen.', 'Philippines:place');
  });

  it('stays a place, a country, after a singular ship\'s noun with no comma', () => {
    has('The frigate Britain sent to the Gulf arrived on Monday.', 'Britain:place');
  });

  it('still names a ship after a singular noun, or after a comma', () => {
    lacks('The ferry Santa Rosa sank off the coast on Monday.', 'Santa Rosa:place');
    lacks('Its sister ships, the Santa Rosa and the Tainan, stayed in port on Monday.', 'Santa Rosa:place', 'Tainan:place');
  });
});

describe('a person after "in" that a set phrase or a pronoun marks (session 18 review)', () => {
  it('stays a person', () => {
    has('The party found a champion in Grace Mwale, who won the seat on Sunday.', 'Grace Mwale:person');
    has('Zambia has a friend in Lillian Sakala, the envoy said on Monday.', 'Lillian Sakala:person');
    has('The club saw a future captain in Tomas Berg when he joined on Monday.', 'Tomas Berg:person');
    has('Voters put their hopes in Maria Lopes on Sunday.', 'Maria Lopes:person');
  });

  it('leaves a place after "in" a place', () => {
    has('The firm opened a hotel in Mato Grosso on Monday, the ministry said.', 'Mato Grosso:place');
  });
});

describe('a place before a disease\'s noun that modifies a noun after "In" (session 18 review)', () => {
  it('stays a place', () => {
    has('In Uganda virus cases rose by 20 on Monday, the ministry said.', 'Uganda:place');
    has('In Rwanda fever clinics were full on Monday, the ministry said.', 'Rwanda:place');
  });

  it('is still no actor where it names the disease', () => {
    lacks('Vets found Newcastle disease cases at two farms on Monday.', 'Newcastle:place');
  });
});
