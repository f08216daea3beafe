// Capitalised non-actors that looked like bodies (session 19): initialisms of things written only before the nouns they
// modify or spelled out in lowercase. Each case is an invented sentence of a phenomenon of news copy, not a name of an
// evaluation article; the probes where a rule must not fire are here too.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BODY_INITIALISMS } from '../../server/src/core/extract/initialism-data.js';
import { has, typed, unregisteredReport } from './extract-helpers.js';

describe("initialisms of things before the nouns they modify: session 19", () => {
  it('drop fuels, technologies and measures written two or more times, only as a noun\'s modifier', () => {
    assert.deepEqual(typed('Tarvo Energy said on Monday that LNG imports rose 12% and that new LNG contracts were signed.'), ['Tarvo Energy:organization']);
    assert.deepEqual(typed('Farmers said on Monday that GMO seed must be bought every season. Imports of GMO maize were allowed.'), []);
    assert.deepEqual(unregisteredReport('Investors questioned the project\'s ESG record on Monday, and ESG funds fell.').findings, []);
  });

  it('drop one that follows its lowercase expansion in brackets', () => {
    assert.deepEqual(typed('Kivu Motors will build electric vehicle (EV) chargers and a liquefied petroleum gas (LPG) terminal, it said on Monday. LPG is cheaper.'), ['Kivu Motors:organization']);
  });

  it('keep a body that acts, is spelled out, or that WordNet files as a group (probes where the rule must not fire)', () => {
    for (const w of ['EU', 'IMF', 'UN', 'OPEC', 'FAO']) assert.ok(BODY_INITIALISMS.has(w), w);
    has('Traders said on Monday that EU rules and IMF loan talks would weigh on prices.', 'EU:organization');
    has('Traders said on Monday that EU rules and IMF loan talks would weigh on prices.', 'IMF:organization');
    // Spelled out as a name: its id is the name's.
    has('The Kasama Revenue Authority (KRA) said on Monday that KRA rules would change.', 'KRA:organization');
    // Once before a noun: a firm's goods or prices, a body's event, as often as a thing's.
    has('KVA cargo flights resumed at Goma on Monday.', 'KVA:organization');
    has('ZPC tariffs rose on Monday.', 'ZPC:organization');
    has('The KTA event in Doha was cancelled on Friday, and the KTA event in Dubai on Monday.', 'KTA:organization');
    // A verb after it, its people, its post or its notice.
    has('The NRL confirmed on Monday that the match would go ahead.', 'NRL:organization');
    has('The FCA placed the firm into administration on Monday.', 'FCA:organization');
    has('KSD leaders met on Monday to discuss the vote, and KSD voters stayed home.', 'KSD:organization');
    has('KSD lawmaker Ana Kola said on Monday that the vote was rigged.', 'KSD:organization');
    has('A ZEMA notice dated Monday ordered the mine to close.', 'ZEMA:organization');
    has('Veterans marked the founding of the KRF guerrilla army on Monday.', 'KRF:organization');
    // In apposition after a body's noun.
    has('The figure was put at 2.1% by the statistics agency INSTAT on Monday.', 'INSTAT:organization');
  });
});
