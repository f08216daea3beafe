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
