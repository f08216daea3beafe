// False "not in the registry" alarms (session 17): initialisms the article writes as measures, rates and commodities. Each
// case is an invented sentence of a phenomenon of news copy, not a sentence of an evaluation article.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { has, typed } from './extract-helpers.js';

describe('initialisms of measures, rates and commodities: session 17', () => {
  it('drop a measure after a share of it, or before its change, its growth or its rate', () => {
    assert.deepEqual(typed('Fishing brings in about 3% of GDP. Exports rose in May.'), []);
    assert.deepEqual(typed("Tourism makes up a tenth of Malta's GNI and employs 9,000 people."), ['Malta:place']);
    assert.deepEqual(typed("Malta's GDP grew 2.1% in 2025."), ['Malta:place']);
    assert.deepEqual(typed('The bank forecast GDP growth of 5% next year.'), []);
    assert.deepEqual(typed('The treasury still charges VAT at 18% on imported sugar, and will cut VAT to 15% in July.'), []);
  });

  it('drop a tax put on goods, a rate set in an apposition, and a commodity before its own nouns', () => {
    assert.deepEqual(typed('Sales fell after the government put VAT on bagged flour in 2024.'), []);
    assert.deepEqual(typed('Local millers said the GST on cooking oil, raised to 16% in 2023, should go.'), []);
    assert.deepEqual(typed('Demand from LNG terminals will keep prices high, and LNG prices rose.'), []);
    assert.deepEqual(typed('None of the oils came from GMO seed.'), []);
  });

  it('drop a technology initialism of the closed class wherever no mention acts', () => {
    assert.deepEqual(typed('Copper is the metal of the EV and of the grid.'), []);
    assert.deepEqual(typed('Wrestling draws TV audiences that rival football\'s.'), []);
  });

  it('keep a body\'s initialism that acts, that is owned, or that modifies a noun of people', () => {
    // A party that a share of the vote follows, and that acts elsewhere.
    has('The KDP said on Monday it would join the coalition. The KDP won 3% of the vote.', 'KDP:organization');
    // A share of a firm is a stake, not a measure.
    has('The state owns 60% of VTB.', 'VTB:organization');
    has('Investors bought 5% of KDP.', 'KDP:organization');
    has('Kestrel raised its stake in MBX to 10%.', 'MBX:organization');
    // A firm's shares and its own verbs.
    has('Norvik said on Monday that VTB rose 3% in Moscow trading.', 'VTB:organization');
    has('The regulator fined MBX 2 million. MBX grew its loan book.', 'MBX:organization');
    // Idioms of "put X on", a body's forecast, a party's voters.
    has('Moody\'s put KDP on notice.', 'KDP:organization');
    has('The IMF growth forecast was cut to 2%.', 'IMF:organization');
    has('Analysts said 30% of ANC voters stayed home.', 'ANC:organization');
    // A technology's initialism that also names a party stays a body.
    has('The SD said on Monday it would back the budget.', 'SD:organization');
  });
});

describe('common nouns a sentence or a headline capitalises: session 17', () => {
  it('drop a plural agent noun or an adverb that only opens sentences', () => {
    assert.deepEqual(typed('Hikers said the trail was closed on Sunday.'), []);
    assert.deepEqual(typed('Traders at the fair said prices rose. Mponda Traders said it would open a shop.'), ['Mponda Traders:organization']);
    assert.deepEqual(typed('Separately, Kestrel Foods said its profit fell.'), ['Kestrel Foods:organization']);
  });

  it('keep a body named by such a word that acts, opens a longer name, or is written capitalised inside a sentence', () => {
    has('Traders Ltd said on Monday its profit rose. Traders employs 300 people.', 'Traders:organization');
    has('Rangers said on Monday they had signed a striker. Fans of Rangers cheered.', 'Rangers:organization');
    has('Democrats said on Monday they would vote no.', 'Democrats:organization');
    has('Kelly, the company\'s chief, said it would grow.', 'Kelly:person');
  });

  it('drop a headline\'s word that the body writes in lowercase, though a body\'s longer name holds it', () => {
    const body = 'Norland Scraps Vanilla Price Floor as Exporters Wait\n\nThe government will scrap the minimum price for vanilla from July 1. Deposits sit in the Vanilla Stabilization Fund, which will repay exporters.';
    assert.deepEqual(typed(body).filter((a) => a.startsWith('Vanilla')), ['Vanilla Stabilization Fund:organization']);
  });
});

describe('holidays named without their "Day": session 17', () => {
  it('drop a country\'s holiday that a holiday\'s noun follows', () => {
    assert.deepEqual(typed('The mill could ship sugar by August 8, the Nane Nane farmers\' holiday.'), []);
    assert.deepEqual(typed('The fair closed on Saba Saba day, July 7, and sugar sold out.'), []);
  });

  it('keep the person a holiday is named after where no holiday\'s noun follows', () => {
    has('Julius Nyerere led the country until 1985. Schools shut on Nyerere Day, and Nyerere\'s son spoke.', 'Nyerere:person');
    has('Abeid Karume founded the party. Karume said in 1964 that the islands would unite.', 'Karume:person');
  });
});

describe('titles and contests: session 17', () => {
  it('drop a title a "whose" phrase introduces, and contests named for their finals or an olympiad', () => {
    assert.deepEqual(typed('Last year it went to Gyanu Tamang, whose novel Sagarmatha Diaries followed a porter.'), ['Gyanu Tamang:person']);
    assert.deepEqual(typed('Menon will represent India at the Olympiad, which opens in September.'), ['India:place']);
    assert.deepEqual(typed('The federation said it would send her to the World Tour Finals in Hangzhou.'), ['Hangzhou:place']);
  });

  it('keep a firm a "whose" phrase introduces, and a tour that is a body', () => {
    has('Tamang, whose firm Kestrel Foods employs 40 people, said prices rose.', 'Kestrel Foods:organization');
    has('The PGA Tour said on Monday it would add an event.', 'PGA Tour:organization');
  });
});
