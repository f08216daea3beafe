// Types of names no registry knows, session 17: places typed bodies or people, bodies typed people or places.
// One describe per rule, each with invented names in invented sentences (no evaluation article's), and the sentences
// where the rule must not fire.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { has, lacks, typed } from './extract-helpers.js';

describe('a town that leads a body\'s name and stands alone as a place (session 17)', () => {
  it('is the town in every lone mention, not the body\'s short form', () => {
    has('Dealers in Tarnby cut prices on Monday, the Tarnby Gem Traders Association said. Tarnby has traded stones for centuries.', 'Tarnby:place', 'Tarnby Gem Traders Association:organization');
    lacks('Dealers in Tarnby cut prices on Monday, the Tarnby Gem Traders Association said. Tarnby has traded stones for centuries.', 'Tarnby:organization');
    lacks('About 80% of the rough stones pass through Velmore, where the Velmore Diamond Exchange sets prices. A Velmore court heard the case on Monday.', 'Velmore:organization');
  });

  it('leaves a firm named after its town the firm where a mention has a strong cue for it', () => {
    has('Vexmoor Airways cut fares on Monday. Vexmoor said in a statement that it would add flights. Tourists in Vexmoor were pleased.', 'Vexmoor:organization', 'Vexmoor:place');
  });

  it('leaves a body\'s short form alone where no mention is a place', () => {
    has('Kestrel Airways cut fares on Monday. Kestrel said demand had fallen in Ostrava.', 'Kestrel:organization');
  });

  it('leaves a person who shares the word the person', () => {
    const names = typed('Ana Corvell, a lawyer, joined the Corvell Family Trust on Monday. Fans in Rome cheered, and Corvell said she was happy.');
    assert.ok(names.includes('Corvell:person') && !names.includes('Corvell:place'), names.join(', '));
  });

  it('leaves a club and its town to the rules for sport', () => {
    const names = typed('Kellmont Rovers won 2-1 on Saturday in Kellmont. Kellmont have won five games in a row, the coach said.');
    assert.ok(names.includes('Kellmont Rovers:organization'), names.join(', '));
  });
});

describe('countries by the other names a country list gives them (session 17)', () => {
  it('takes "Britain" and "Burma" for countries', () => {
    has('The ministry said it would seek help from Britain\'s police on Monday.', 'Britain:place');
    has('Rice exports from Burma rose on Monday, traders said.', 'Burma:place');
  });

  it('leaves out a country alias that is a surname', () => {
    has('Tom Holland said on Monday that the film would open in June.', 'Tom Holland:person');
  });
});

describe('a compass adjective after a place\'s preposition (session 17)', () => {
  it('makes the name a land\'s part, whatever clause follows it', () => {
    has('She scored nine goals for the team from Brodvik, a town of 7,000 in eastern Varnia, who had also won the cup on Sunday.', 'Varnia:place');
  });

  it('leaves a person named after such words the person', () => {
    has('The plant in eastern Ostrava closed on Monday. Mirela Varnia, who runs it, said 40 workers lost their jobs.', 'Mirela Varnia:person');
    lacks('Delegates from central banks met on Monday, and Tomas Brenner said rates would rise.', 'Tomas Brenner:place');
  });
});

describe('trade head words of firms (session 17)', () => {
  it('make a body of a name that a given name or an article leads', () => {
    has('The board would meet the remaining importers, including Al Zahra Commodities, on Friday.', 'Al Zahra Commodities:organization');
    has('Karim Trading said on Monday it had stopped imports.', 'Karim Trading:organization');
    has('Rashid Kulembe Traders Ltd said on Monday it had paid its fines.', 'Rashid Kulembe Traders Ltd:organization');
  });

  it('leave the words alone at a sentence\'s start a common noun, and a person named in full the person', () => {
    lacks('Trading was halted on Monday. Traders said prices fell.', 'Trading:organization', 'Traders:organization');
    has('Rashid Kulembe, who founded the firm, said on Monday it had paid.', 'Rashid Kulembe:person');
  });
});

describe('a plural noun of valleys after coordinated names (session 17)', () => {
  it('makes each name a place', () => {
    has('Heavy rains flooded cane fields in the Torvu and Malembe valleys on Monday, the board said.', 'Torvu:place', 'Malembe:place');
  });

  it('leaves a body before it the body', () => {
    has('Kestrel Bank said on Monday it would lend to farmers in the Torvu and Malembe valleys.', 'Kestrel Bank:organization');
  });
});

describe('a town that leads a firm\'s name, before a land\'s noun (session 17)', () => {
  it('is the place there and alone, the firm in full', () => {
    has('Torvu Sugar Company cut output on Monday after rains flooded fields in the Torvu and Malembe valleys.', 'Torvu Sugar Company:organization', 'Torvu:place', 'Malembe:place');
  });
});

// Review probes (session 17, R24-R26): sentences where the rules above must not fire.
describe('review probes: country aliases and towns that lead firms (session 17)', () => {
  it('leaves a region and a lake named like a former country their own places (R24)', () => {
    const moldavia = typed('Farmers in Moldavia, the eastern region of Romania around Iasi, lost their crops to drought in May.');
    assert.ok(moldavia.includes('Moldavia:place') && !moldavia.some((n) => n.endsWith(':moldova')), moldavia.join(', '));
    const lake = typed('Fishermen on Lake Tanganyika said catches fell. Burundi banned night fishing on Tanganyika in May.');
    assert.ok(!lake.some((n) => n.endsWith(':tanzania')), lake.join(', '));
    const renamed = typed('Mobutu renamed the country Zaire in 1971. Persia became Iran in 1935.');
    assert.ok(!renamed.some((n) => n.endsWith(':dr-congo')), renamed.join(', '));
  });

  it('keeps a firm named after a town the firm after an investor\'s noun (R25)', () => {
    has('Nokia Oyj will cut 2,000 jobs, the company said on Monday. Investors in Nokia welcomed the plan.', 'Nokia:organization');
    lacks('Nokia Oyj will cut 2,000 jobs, the company said on Monday. Investors in Nokia welcomed the plan.', 'Nokia:place');
    has('Brenmoor Insurance Group raised its dividend on Thursday. Shares in Brenmoor rose 2%, and analysts at Brenmoor expect more.', 'Brenmoor:organization');
    has('Kestrel Motors cut its forecast on Friday. A fund bought a 5% stake in Kestrel last year.', 'Kestrel:organization');
  });
});
