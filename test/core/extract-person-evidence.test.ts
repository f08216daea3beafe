// A person's own evidence for a name no registry knows (issue 15, session 10): an apposition headed by a noun for
// a person, before or after the name. Each case is an invented sentence of a phenomenon of news copy.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract, has, typed } from './extract-helpers.js';

describe('an apposition of a noun for a person', () => {
  it('types a lone unknown word a person when a post, a trade or kin stands beside it', () => {
    has('The port authority said its director, Okwuosa, would resign.', 'Okwuosa:person');
    has('Crews were late, said Tsegaye, a crane driver at the terminal.', 'Tsegaye:person');
    has('The council will question the utility\'s head, Prawiro, next week.', 'Prawiro:person');
    has('Another farmer, Ruslanov, said the well had run dry.', 'Ruslanov:person');
  });

  it('keeps a name a body where the apposition\'s noun is a body\'s or a firm\'s provider', () => {
    has('Refunds go through its ticketing partner, Billetra.', 'Billetra:organization');
    has('Orders fell at Quorvex, a Lyon-based supplier of valves.', 'Quorvex:organization');
    has('The complaint was filed by Mandeq, the human rights ombudsman, on Friday.', 'Mandeq:organization');
  });

  it('reads a body\'s possessive in the apposition as the person\'s employer, not the name\'s noun', () => {
    has('"We stopped at once," said Daulet Sarsenov, the company\'s operations director.', 'Daulet Sarsenov:person');
    assert.ok(!typed('"We stopped at once," said Daulet Sarsenov, the company\'s operations director.').includes('Daulet Sarsenov:organization'));
  });
});

describe('an apposition of a compound that ends in a firm\'s noun', () => {
  it('does not type a firm a person by its trade ("a drugmaker", "a shipbuilder")', () => {
    has('Jobs will go at Halvex, a Danish drugmaker, the union said on Monday.', 'Halvex:organization');
    has('Aldora, a shipbuilder in Split, said on Friday it had won two orders.', 'Aldora:organization');
    has('The country\'s biggest bookmaker, Betwin, was fined on Friday.', 'Betwin:organization');
  });

  it('keeps a person\'s own compound a role', () => {
    has('"We shot it in a week," said Ostrova, a filmmaker from Riga.', 'Ostrova:person');
  });
});

describe('a name of several words that no list knows', () => {
  it('is a body where no mention gives a person\'s evidence', () => {
    has('Brandtner Mobility will supply the signals, the ministry said on Monday. Brandtner Mobility won a similar contract in 2022.', 'Brandtner Mobility:organization');
    has('The loan came from Oberlander Kreditbank in March.', 'Oberlander Kreditbank:organization');
    assert.ok(!typed('The loan came from Oberlander Kreditbank in March.').includes('Oberlander Kreditbank:person'));
  });

  it('is a place where a place\'s preposition of rest stands before it', () => {
    has('The ferry ran aground near Tebing Rusak on Friday.', 'Tebing Rusak:place');
  });

  it('is the body named in full with more words', () => {
    const names = extract('The contract went to Velmor Infratech Ltd on Monday. Velmor Infratech will start in May.').actors;
    const ids = new Set(names.filter((a) => a.text.startsWith('Velmor')).map((a) => `${a.type}:${a.id}`));
    assert.deepEqual([...ids], ['organization:velmor-infratech-ltd']);
  });

  it('takes the acronym introduced beside it, a demonym before it left out', () => {
    const names = extract('The line is run by the Bolivian National Barge Lines (BNBL), the ministry said. BNBL said the barge sank on Monday.').actors;
    assert.deepEqual([...new Set(names.map((a) => `${a.type}:${a.id}`))], ['organization:national-barge-lines']);
  });

  it('keeps the demonym before a head word that a trade compounds ("Waterways"), as before "Ministry", with the acronym beside it', () => {
    const names = extract('The line is run by the Bolivian National Waterways (BNW), the ministry said. BNW said the barge sank on Monday.').actors;
    assert.deepEqual([...new Set(names.map((a) => `${a.type}:${a.id}`))], ['organization:bolivian-national-waterways']);
  });

  it('stays a person with a person\'s evidence: a cue, a title on another mention, a given name inside, the surname alone', () => {
    has('Daulet Sarsenov said the smelter would reopen.', 'Daulet Sarsenov:person');
    has('Secretary Ilkhom Tashpulatov met the envoys. Ilkhom Tashpulatov reported on the talks.', 'Ilkhom Tashpulatov:person');
    has('The statement was read by Muhtar Yusuf Karabekov.', 'Muhtar Yusuf Karabekov:person');
    has('The award went to Ilkhom Tashpulatov in May. Tashpulatov won it in 2019 too.', 'Ilkhom Tashpulatov:person', 'Tashpulatov:person');
  });

  it('stays a person coordinated with a person after a plural noun for people', () => {
    has('Two stranded divers, Ilkhom Tashpulatov and Grace Mokoena, were rescued on Sunday.', 'Ilkhom Tashpulatov:person', 'Grace Mokoena:person');
  });

  it('stays a person after an honorific with its full stop or a credit line\'s label', () => {
    has('Prof. Ilkhom Tashpulatov of the institute, who led the survey, was not available.', 'Ilkhom Tashpulatov:person');
    has('--With assistance from Ilkhom Tashpulatov.', 'Ilkhom Tashpulatov:person');
  });
});

describe('a verb done to people before a name, or after it in the passive', () => {
  it('keeps a name a person\'s when the verb\'s object is a person in news copy', () => {
    has('Border guards detained Dorjsuren Ganbold near the crossing on Sunday.', 'Dorjsuren Ganbold:person');
    has('Gunmen kidnapped Nnamdi Okafor-Eze outside his farm.', 'Nnamdi Okafor-Eze:person');
    has('Haukur Sigtryggsson was sentenced to four years in prison on Tuesday.', 'Haukur Sigtryggsson:person');
    has('The army released Tumelo Mokoena from custody after two weeks.', 'Tumelo Mokoena:person');
  });

  it('reads a verb done to firms as well ("fined", "elected", "named … as") only where nothing says a body', () => {
    has('A tribunal fined Odgerel Baatar in April for unpaid taxes.', 'Odgerel Baatar:person');
    has('Delegates elected Quispe Mamani as their leader on Friday.', 'Quispe Mamani:person');
    has('Regulators fined Oberlander Kreditbank in March. The bank said it would appeal.', 'Oberlander Kreditbank:organization');
    has('Regulators fined Oberlander Kreditbank, the regional lender, in March.', 'Oberlander Kreditbank:organization');
  });
});

describe('an age and a trade in apposition', () => {
  it('types a quoted name a person by a hyphenated age, a bare age and a trade, a trade before a participle', () => {
    has('"The queue starts at dawn," said Berhane Tesfay, a 34-year-old nurse waiting outside the depot.', 'Berhane Tesfay:person');
    has('"Nobody came," said Berhane Tesfay, a 34-year-old from Mekelle.', 'Berhane Tesfay:person');
    has('Haukur Sigtryggsson, 52, a fisherman, said the quota was too low.', 'Haukur Sigtryggsson:person');
    has('"Prices doubled," said Chanthavong Keola, a mother-of-three selling rice at the market.', 'Chanthavong Keola:person');
  });

  it('keeps a body typed by its own noun after a hyphenated age', () => {
    has('Orders fell at Oberlander Kreditbank, a 150-year-old lender based in Basel.', 'Oberlander Kreditbank:organization');
  });
});
