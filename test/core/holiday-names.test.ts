// Holidays and festivals that no table dates are no actors: found by the words that open or
// close holiday names in many languages, and by the nouns and prepositions copy writes around
// them. Every sentence here is invented for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const actorsOf = (body: string, date = '2026-05-11'): string[] => extract(body, { date }).actors.map((a) => a.text);

describe('holidays and festivals named in the local language are no actors', () => {
  it('a name opened by a day word of another language', () => {
    const found = actorsOf('QUITO (Wire) — Schools in Quito will close for the Día de la Madre Tierra, the education ministry said, and reopen for the Festa da Uva.');
    assert.ok(!found.some((a) => /Madre|Tierra|Festa|Uva|Día/.test(a)), found.join(', '));
    assert.ok(found.includes('Quito'), found.join(', '));
  });
  it('a name closed by a lowercase day word', () => {
    const found = actorsOf('Bakers in Debrecen sold out of cakes before Szent László napja, said Tibor Halmi, who runs a shop there.');
    assert.ok(!found.some((a) => /László/.test(a)), found.join(', '));
    assert.ok(found.includes('Tibor Halmi'), found.join(', '));
  });
  it('a name followed by a noun of holidays, or after during and the eve of', () => {
    const body = 'Ferries to Hvar were full over the Velika Gospa holiday weekend. During Rabuzana, the town hall shuts. On the eve of Kupalle, Oksana Demchuk lit a fire. Hotels filled for the Tsagaan Sar festivities.';
    const found = actorsOf(body);
    assert.ok(!found.some((a) => /Velika|Gospa|Rabuzana|Kupalle|Tsagaan/.test(a)), found.join(', '));
    assert.ok(found.includes('Oksana Demchuk') && found.includes('Hvar'), found.join(', '));
  });
  it('every mention of such a name, and not a possessive owner', () => {
    const found = actorsOf('Crowds in Kandy grew during Esala Perahera. Esala Perahera ends on Friday. On the eve of Kenya\'s jubilee, Amina Odhiambo said prices rose.');
    assert.ok(!found.some((a) => /Esala|Perahera/.test(a)), found.join(', '));
    assert.ok(found.includes('Kenya') && found.includes('Amina Odhiambo'), found.join(', '));
  });
  it('a given name that opens holiday names elsewhere stays a person', () => {
    const found = actorsOf('Hari Prasad, the mill owner, said Dag Solberg would buy the plant.');
    assert.ok(found.includes('Hari Prasad') && found.includes('Dag Solberg'), found.join(', '));
  });
});

describe('a holiday written with a hyphen where its table writes a space', () => {
  it('Id el-Kabir is the day of Id el Kabir', () => {
    const found = extract('ABUJA, May 4 (Wire) - Ram prices doubled ahead of Id el-Kabir, traders said, and will fall again after Eid al-Adha.', { date: '2026-05-04' });
    const days = new Map(found.dates.map((d) => [d.text, d.value]));
    assert.ok(days.get('Id el-Kabir'), [...days].join(', '));
    assert.equal(days.get('Id el-Kabir'), days.get('Eid al-Adha'));
  });
});

describe('a name after during or the eve of that modifies a noun is no holiday', () => {
  it('keeps a body or a person that names a summit, a visit or talks, in every mention', () => {
    const found = actorsOf('Protesters gathered on the eve of the NATO summit in Vilnius. NATO said it would add troops. Markets rose on the eve of the Lula visit, and Lula said he would sign. During Mercosur talks, Mercosur officials walked out.');
    assert.equal(found.filter((a) => a === 'NATO').length, 2, found.join(', '));
    assert.equal(found.filter((a) => a === 'Lula').length, 2, found.join(', '));
    assert.equal(found.filter((a) => a === 'Mercosur').length, 2, found.join(', '));
  });
});

describe('a name after during that closes its phrase before a new subject', () => {
  it('"During Tsagaan Sar the markets" and "during Tsagaan Sar than"', () => {
    const found = actorsOf('During Tsagaan Sar the markets of Darkhan close. Dairies sold more during Tsagaan Sar than in spring, said Bat-Erdene Gansukh.');
    assert.ok(!found.some((a) => /Tsagaan/.test(a)), found.join(', '));
    assert.ok(found.includes('Darkhan'), found.join(', '));
  });
});

describe('a name before a holiday noun after an indefinite article is a product, not the day', () => {
  it('"a Sunvista holiday" keeps every Sunvista mention, and a mention with its own cue stays', () => {
    const found = actorsOf('Pensioners who bought a Sunvista holiday were left in Palma, and Sunvista said it would pay for hotels. Travellers on the Marlowe Travel holiday were sent home; Marlowe Travel\'s chief apologised.');
    assert.equal(found.filter((a) => a === 'Sunvista').length, 2, found.join(', '));
    assert.ok(found.includes('Marlowe Travel'), found.join(', '));
  });
});

describe('a holiday named after a preposition of time, before a festive noun or in an apposition', () => {
  it('drops the holiday and keeps the actors and places around it', () => {
    const body = 'VILNIUS (Wire) — Bakeries in Kaunas sold out before Užgavėnės, said Rūta Petrauskienė, who runs one. ' +
      'Trains were full after Joninės. Shops will stay shut until Vėlinės; families travel home for Kūčios. ' +
      'Streets filled for the Kaziuko celebrations. Rasos, the midsummer festival, falls on a Tuesday.';
    const found = actorsOf(body);
    assert.ok(!found.some((a) => /Užgavėnės|Joninės|Vėlinės|Kūčios|Kaziuko|Rasos/.test(a)), found.join(', '));
    assert.ok(found.includes('Kaunas') && found.includes('Rūta Petrauskienė'), found.join(', '));
  });
  it('keeps a body after a preposition of time, and a name an actor\'s cue speaks of elsewhere', () => {
    const body = 'Hiring slowed after Nordvale Shipping Group. Prices rose before Kestrelon. Kestrelon said it would cut jobs. Talks stalled after Vilnius.';
    const found = actorsOf(body);
    assert.ok(found.includes('Nordvale Shipping Group'), found.join(', '));
    assert.equal(found.filter((a) => a === 'Kestrelon').length, 2, found.join(', '));
    assert.ok(found.includes('Vilnius'), found.join(', '));
  });
});

describe('an actor after a preposition of time is no holiday', () => {
  it('keeps a name an apposition with "the" or a participle follows, and a short form of a name in full', () => {
    const body = 'Prices have risen since Okafor, the prime minister, ordered the corridors open. ' +
      'Cattle prices fell after Brasquim, owned by a Brazilian group, cut output. Brasquim shares fell on Tuesday. ' +
      'The bank hired Anna Wiśniewska in May. Investors have been waiting since Wiśniewska.';
    const found = actorsOf(body);
    assert.ok(found.includes('Okafor'), found.join(', '));
    assert.equal(found.filter((a) => a === 'Brasquim').length, 2, found.join(', '));
    assert.equal(found.filter((a) => a === 'Wiśniewska').length, 1, found.join(', '));
  });
});
