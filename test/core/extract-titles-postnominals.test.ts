// Titles people's names carry in copy beyond English ones (session 13): professions' abbreviations written with a
// full stop before a name ("Ing.", "Lic.", "Arq.", "Eng."; faker's person prefixes, `title-data.ts`), English honorifics
// without one ("Miss"), degrees and post-nominal letters after a name ("KC", "SC", "MP", "PhD"), and "Deputy" before a
// given name and a surname. Each case is an invented sentence of a phenomenon of news copy.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY, extract, has, typed } from './extract-helpers.js';

describe('a profession\'s abbreviation with its full stop', () => {
  it('is a title, no actor, and says a person of the name after it', () => {
    const body = 'The utility named Ing. Teodoro Villca Apaza as manager. He replaces Lic. Norma Calle Quisbert, who left in May.';
    const actors = typed(body);
    assert.ok(!actors.some((a) => /^(?:Ing|Lic):/.test(a)), actors.join(', '));
    has(body, 'Teodoro Villca Apaza:person', 'Norma Calle Quisbert:person');
  });

  it('is no actor before a name even where a bank is spelled the same', () => {
    const actors = typed('Works were signed off by Ing. Ramiro Tapia Quiroga on Friday.');
    assert.ok(!actors.some((a) => a.startsWith('Ing:')), actors.join(', '));
    has('Works were signed off by Ing. Ramiro Tapia Quiroga on Friday.', 'Ramiro Tapia Quiroga:person');
  });

  it('types a lone surname after it a person', () => {
    has('The plans were drawn up by Arq. Velarde for the council.', 'Velarde:person');
  });
});

describe('an English honorific without its full stop', () => {
  it('stays out of the span of the name it opens', () => {
    has('The squad was picked by Miss Loretta Champagnie on Monday.', 'Loretta Champagnie:person');
  });
});

describe('post-nominal letters after a name', () => {
  it('stay out of the span and say a person', () => {
    const body = 'Mr Desmond Teo SC of Teo & Lim LLP said the ledgers were forged. Priya Nathaniel KC, counsel to the inquiry, agreed.';
    const actors = typed(body);
    has(body, 'Desmond Teo:person', 'Priya Nathaniel:person');
    assert.ok(!actors.some((a) => /^(?:SC|KC)\b/.test(a) || /\b(?:SC|KC):/.test(a)), actors.join(', '));
  });

  it('do not cut a club whose letters open its name', () => {
    has('Supporters of SC Veltrup marched to the stadium.', 'SC Veltrup:organization');
  });
});

describe('"Deputy" before a given name and a surname', () => {
  it('is a title', () => {
    const body = 'Deputy Kamila Ergeshova of the Jogorku Kenesh said the tariff was unlawful.';
    has(body, 'Kamila Ergeshova:person');
  });
});

describe('"Deputy" before a given name no list holds', () => {
  it('is a title where the surname ends as Slavic and Turkic family names do', () => {
    has('Deputy Aibek Tolonbayev of the Jogorku Kenesh said the plan was unlawful.', 'Aibek Tolonbayev:person');
    has('Deputy Zarina Oskonbaeva asked for a vote on the tariff.', 'Zarina Oskonbaeva:person');
  });
});

describe('a founder\'s surname that names the family firm', () => {
  it('is the person after an honorific, even before the full name', () => {
    const body = 'Kaparov Energo, which runs 31 boiler houses in the city, asked the council for a 38% rise. "Let Mr Kaparov sit in my kitchen first," said one pensioner.\n\nThe company\'s founder, Almazbek Kaparov, told Reuters that tariffs had not changed.';
    has(body, 'Kaparov:person', 'Kaparov Energo:organization');
  });

  it('is still the firm before the full name where nothing says a person', () => {
    const body = 'Kaparov Energo asked the council for a 38% rise. Kaparov said its costs had doubled.\n\nThe company\'s founder, Almazbek Kaparov, told Reuters that tariffs had not changed.';
    has(body, 'Kaparov:organization');
  });
});

describe('a Malay-world patronymic', () => {
  it('is one name with its link ("a/l", "s/o"), whose last word alone is the person', () => {
    const body = 'Union secretary Selvakumar a/l Periasamy said members would strike. A clerk, Kavitha d/o Arumugam, 41, was charged. Periasamy said talks had failed.';
    has(body, 'Selvakumar a/l Periasamy:person', 'Kavitha d/o Arumugam:person', 'Periasamy:person');
  });
});


describe('post-nominal letters after a name no given name opens', () => {
  it('stay in a club\'s name ("X SC") and type it no person', () => {
    const body = 'Kagera Stars SC beat Mbeya Rovers SC 3-0 in Mwanza on Sunday.';
    has(body, 'Kagera Stars SC:organization', 'Mbeya Rovers SC:organization');
    const actors = typed(body);
    assert.ok(!actors.some((a) => a.endsWith(':person')), actors.join(', '));
  });

  it('after a determiner stay with a party\'s or firm\'s member, no person', () => {
    const actors = typed('A Liberal MP asked on Thursday whether the board had been told. The Telkomsel MD, who holds a Wharton MBA, spoke to reporters.');
    assert.ok(!actors.some((a) => /^(?:Liberal|Telkomsel):person$/.test(a)), actors.join(', '));
  });
});

describe('a profession\'s abbreviation ending a sentence', () => {
  it('does not make the next sentence\'s first word a person, nor drop the name', () => {
    const body = '"Every saver will be paid back," said Eng. Deposits at the bank fell 12% on Monday.';
    const actors = typed(body);
    assert.ok(!actors.some((a) => a.startsWith('Deposits:')), actors.join(', '));
    assert.ok(actors.some((a) => a.startsWith('Eng:')), actors.join(', '));
  });
});

describe('a Malay-world patronymic\'s last word is the father\'s given name', () => {
  it('calls the person by the first word and leaves the father apart', () => {
    const body = 'Lawyer Ganesan s/o Velayutham said on Tuesday the tender was fair. Ganesan said he would sue. Velayutham, his father, was not reached.';
    const ids = extract(body, { registry: EMPTY }).actors.map((a) => `${a.text}:${a.id}`);
    assert.ok(ids.includes('Ganesan:ganesan-s-o-velayutham'), ids.join(', '));
    assert.ok(!ids.includes('Velayutham:ganesan-s-o-velayutham'), ids.join(', '));
  });
});
