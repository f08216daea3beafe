// Persons and organisations whose own words point both ways (issue 15, session 9): a given name
// with a body's head word as surname, and firms named like people. Each case is an invented
// sentence of a phenomenon of news copy, not a name of an evaluation article.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { has, typed } from './extract-helpers.js';

describe('a given name and a head word as surname', () => {
  it('type the name a person where a person\'s own evidence speaks', () => {
    has('Former fast bowler Derek Holding said the pitch would turn.', 'Derek Holding:person');
    has('Nadia Church, 44, told the council she would appeal. Church has run the shop since 2009.', 'Nadia Church:person', 'Church:person');
    has('Owen Plant, who coached the side for a decade, said the team had done enough.', 'Owen Plant:person');
  });

  it('leave it a body without such evidence, or where a place or a legal form says so', () => {
    has('Alexandra Hospital said its wards were full.', 'Alexandra Hospital:organization');
    has('Victoria Police said he was arrested on Friday.', 'Victoria Police:organization');
    has('Shares in Marcus Holdings fell 4% after the results.', 'Marcus Holdings:organization');
    assert.ok(!typed('Grace Church said he had been a member for years.').includes('Grace Church:person'));
  });
});

describe('firms named like people, typed by their context', () => {
  it('type a lone given name a body where people at their workplace or a note speak of it', () => {
    has('Analysts at Rowan said in a note on Monday that claims would rise. Rowan expects losses of 2 billion euros.', 'Rowan:organization');
    assert.ok(!typed('Analysts at Rowan said in a note on Monday that claims would rise. Rowan expects losses of 2 billion euros.').includes('Rowan:person'));
  });

  it('type a name a body after a firm\'s apposition, a firm\'s advisers or its officers', () => {
    has('Harbourside held talks with Connor Whelan, the Cork broker and underwriting agency, the people said.', 'Connor Whelan:organization');
    has('Its lawyers, Iturbe Mallano, have asked a labour court to rule the strike illegal.', 'Iturbe Mallano:organization');
    has('The miner\'s auditor, Kovacs Berend, resigned in June.', 'Kovacs Berend:organization');
    has('Odile Marchetti, managing director of Whitcombe, said stocks were high.', 'Odile Marchetti:person', 'Whitcombe:organization');
    has('Taxi owners\' association Rahmat Jaya said its members would strike.', 'Rahmat Jaya:organization');
  });

  it('leave a person a person after a trade shared with firms or before a clause', () => {
    has('Christchurch builder Graham Tully, who owns the horse, said she was fit.', 'Graham Tully:person');
    has('The union Jane Doe leads will strike on Monday.', 'Jane Doe:person');
    has('Its lawyer, Marta Quiroga, said the ruling would be appealed.', 'Marta Quiroga:person');
  });
});

describe('bodies named in other languages, by data', () => {
  it('type a name with a legal form of faker\'s locales a body, a form of two letters only in capitals at its end', () => {
    has('The trucks belong to Ruiz Hermanos, which cut its fleet in May.', 'Ruiz Hermanos:organization');
    has('Lastvagnar Nord AB said output would fall.', 'Lastvagnar Nord AB:organization');
    has('The grant came from Yayasan Bakti Lestari, a charity in Bandung.', 'Yayasan Bakti Lestari:organization');
  });

  it('type a name opened by a country\'s native name in the genitive a body', () => {
    has('Norges Fiskarlag said the quota was too low.', 'Norges Fiskarlag:organization');
    has('Officials at Danmarks Statistik said prices rose.', 'Danmarks Statistik:organization');
  });
});

describe('a town that names a firm of the article: one rule', () => {
  it('take the firm\'s word before its suffix for the firm where no cue says a place', () => {
    const names = typed('Construtora Jundiaí S.A. won the contract on Monday. Jundiaí will start work in May, while its depot in Jundiaí stays shut.');
    assert.deepEqual(names.filter((n) => n.startsWith('Jundiaí:')), ['Jundiaí:organization', 'Jundiaí:place'], names.join(', '));
  });
});

describe('review of session 9: a firm noun that only modifies, trades in the plural, a body before a post', () => {
  it('keep a person whose apposition names a post at a firm, not the firm', () => {
    has('Tomas Rieger, the company founder, said he would appeal.', 'Tomas Rieger:person');
    has('Leila Haddou, the agency spokeswoman, declined to comment.', 'Leila Haddou:person');
    has('Brennholt Vance, the law firm, said it would appeal.', 'Brennholt Vance:organization');
  });

  it('keep people after the plural of a trade that firms share', () => {
    has('Two trapped miners, Thabo Mokgadi and Sipho Ndlela, were brought up on Sunday.', 'Thabo Mokgadi:person', 'Sipho Ndlela:person');
    has('Film producers Tendai Mupfuri and Chipo Mavhura said the festival was cancelled.', 'Tendai Mupfuri:person', 'Chipo Mavhura:person');
  });

  it('keep a body named before a post and its holder', () => {
    has('Health Department Director Marta Ruiz resigned on Friday.', 'Health Department:organization', 'Marta Ruiz:person');
    has('Chief Financial Officer Anton Brell will leave in June.', 'Anton Brell:person');
  });
});

describe('session 17: a body\'s noun before a name a given name leads', () => {
  it('type the name a body where a preposition or a conjunction ends it, or a bare noun labels it', () => {
    has('Hikers avoided the tour company Lina Haddad because it lost two permits last year. Lina Haddad denied it.', 'Lina Haddad:organization');
    has('Spice distributor Teodor shipped 300 jars to Oslo on Friday.', 'Teodor:organization');
    has('Boots maker Oscar dropped the striker in May.', 'Oscar:organization');
  });

  it('leave a person a person: a clause after a determiner, a maker of films, a person named in full with the name', () => {
    has('The union Jane Doe leads will strike on Monday.', 'Jane Doe:person');
    has('The firm Oscar founded in 2001 was sold.', 'Oscar:person');
    has('Film maker Oscar said the shoot was over.', 'Oscar:person');
    has('Oscar Villalba runs the workshop. Boots maker Oscar said trade was slow.', 'Oscar Villalba:person', 'Oscar:person');
    has('Mountain guide Lina Haddad said the route was closed.', 'Lina Haddad:person');
  });

  it('keep a person set off by a comma, a person\'s cue on a lone given name, a clause after a preposition (review R6-R8, R20)', () => {
    has('Nobody had warned the union, Amara said.', 'Amara:person');
    has('Money was owed to the bank, Tomas told reporters.', 'Tomas:person');
    has('The protest moved from the court to the bank, Jonas said on Monday.', 'Jonas:person');
    has('A lawyer for the company, Jane Doe, said the firm would appeal.', 'Jane Doe:person');
    has('Cheese maker Giulia, 52, said sales had halved since the drought.', 'Giulia:person');
    has('Basket maker Amina said she sells 20 baskets a week in the market.', 'Amina:person');
    has('Olive oil supplier Marco said prices had doubled since May.', 'Marco:person');
    has('He quit the union in March. The union John Smith in 2019 helped found has 900 members.', 'John Smith:person');
  });
});

describe('session 17: a name only a name list makes a person, coordinated with a body', () => {
  it('type the word a body where no mention has a person\'s cue', () => {
    has('Shares in Brevitec fell. Anouk and Brevitec both build scooters near Lyon.', 'Anouk:organization');
    has('Veritafilm declined to comment. Lucien and Veritafilm are both expected to bid.', 'Lucien:organization');
  });

  it('leave a person a person: a cue on any mention, a title, a full name with the word', () => {
    has('Talks between Lucien and Mercosur ended on Monday. Lucien said he was pleased.', 'Lucien:person');
    has('President Lucien and Mercosur signed the deal.', 'Lucien:person');
    has('Clara Ibsen runs the shelter. Clara and the Red Cross handed out food.', 'Clara:person');
    has('Sukarmi and Yonex renewed their deal. Sukarmi, 24, said she was glad.', 'Sukarmi:person');
  });

  it('leave a person a person where the pair are parties by nature: between, to, from (review R9)', () => {
    has('The dispute between Joao and Petrobras went to court in 2024.', 'Joao:person');
    has('The award went to Yasmin and Kestrel Films, for the documentary they made together.', 'Yasmin:person');
  });
});

describe('session 17: appositions and short forms that make no person', () => {
  it('type a firm ranked in its market a body, not a person by "leader"', () => {
    has('Kestova, the market leader, did not respond to a request for comment.', 'Kestova:organization');
    has('Kemboi, the party leader, did not respond.', 'Kemboi:person');
    has('Achieng Otieno, a market trader, said prices rose.', 'Achieng Otieno:person');
  });

  it('leave the leader of a market\'s traders, and a possessive leader\'s noun, a person (review R29)', () => {
    has('Fire swept through Gikomba on Sunday. Wanjiku Kamau, the market leader at Gikomba, said traders lost everything.', 'Wanjiku Kamau:person');
    has('Fire swept through Gikomba on Sunday. Kamau, the market leader at Gikomba, said traders lost everything.', 'Kamau:person');
    has('Oduya, the industry leader\'s founder, retired in May.', 'Oduya:person');
  });

  it('type the last words of a body named in full that body, not a person', () => {
    has('A court gave the small publishing house Éditions Corail Noir the rights. The heir sold them to Corail Noir in 2025.', 'Corail Noir:organization');
    has('The Fundação Carlos Mendes gave grants. Carlos Mendes said he was glad.', 'Carlos Mendes:person');
  });
});

describe('session 17: trading firms\' head words', () => {
  it('type a name ending in a trading firm\'s plural or -ing word a body', () => {
    has('Al Safa Commodities said it would ship more sugar.', 'Al Safa Commodities:organization');
    has('Kilima Traders will open two warehouses in May, its manager said.', 'Kilima Traders:organization');
    has('Grace Trading said it would appeal.', 'Grace Trading:organization');
    has('Tamu Exporters shipped 40 tonnes of tea to Mombasa in May.', 'Tamu Exporters:organization');
  });

  it('leave a person whose surname is a trade\'s singular a person', () => {
    has('Joan Merchant, a teacher, said she would vote.', 'Joan Merchant:person');
  });
});
