// Actor types between places, bodies and persons (session 19): built structures named by their last word. Each
// case is an invented sentence of a phenomenon of news copy, not a name of an evaluation article; the probes where a rule
// must not fire are here too.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { has, typed, unregisteredReport } from './extract-helpers.js';

describe('structures named by their last word: session 19', () => {
  it('are places, as buildings and venues are', () => {
    has('Traffic was halted on the Lundazi Bridge on Monday.', 'Lundazi Bridge:place');
    has('Water levels at the Mutale Dam fell on Monday.', 'Mutale Dam:place');
    has('Fans gathered at the Tobias Mwale Stadium on Monday.', 'Tobias Mwale Stadium:place');
    assert.ok(typed('Lorries queued at the Kasindi Border Post on Monday.').some((a) => a.startsWith('Kasindi Border') && a.endsWith(':place')));
    assert.deepEqual(unregisteredReport('Workers at the Kilwa Port said on Monday they would strike.').findings.filter((f) => f.includes('Kilwa')), []);
  });

  it('leave a body whose name goes on, a particle\'s family name and a person named like one', () => {
    // (Probes where the rule must not fire.)
    has('The Kilwa Port Authority said on Monday that ships were delayed.', 'Kilwa Port Authority:organization');
    has('Harbour Bridge Capital said on Monday it had raised $40 million.', 'Harbour Bridge Capital:organization');
    has('Actor Jan-Willem Van Dam said on Monday he would retire.', 'Jan-Willem Van Dam:person');
    has('Anna Crossing, a nurse, said on Monday that she was tired.', 'Anna Crossing:person');
    has('Victoria Bridge said on Monday she would run for mayor.', 'Victoria Bridge:person');
  });
});
