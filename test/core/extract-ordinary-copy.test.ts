// Names on ordinary news copy that the issue-15 rules took for something else (review of
// session 7): invented sentences with well-known names of several countries, no eval text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCommonWord } from '../../server/src/core/extract/common-words.js';
import { extract, has } from './extract-helpers.js';

describe('people whose names hold a legal form or a body\'s word', () => {
  it('keep "Asa" and "Chambers" in people\'s names, and legal forms in capitals after a body\'s name', () => {
    has('Asa Hutchinson said on Tuesday he would run again.', 'Asa Hutchinson:person');
    has('John Chambers said on Tuesday the deal was done.', 'John Chambers:person');
    has('Equinor ASA said on Tuesday it would cut output.', 'Equinor ASA:organization');
    has('The Union of Chambers of Commerce said on Tuesday that exports fell.', 'Union of Chambers of Commerce:organization');
  });
});

describe('"and" after a body\'s name', () => {
  it('keeps a person named after "and" apart from the body, though the ends of the name look like nouns\'', () => {
    has('The Ministry of Trade and Industry and Faisal Iqbal, a shareholder, filed objections.', 'Ministry of Trade and Industry:organization', 'Faisal Iqbal:person');
    has('The Office of Fair Trading and Bilal Kamal met on Tuesday.', 'Office of Fair Trading:organization', 'Bilal Kamal:person');
  });
});

describe('surnames that are also bodies\' head words', () => {
  it('keep a surname that heads bodies in other languages a surname after a given name', () => {
    has('Midfielder Ibrahima Camara said on Monday he would stay.', 'Ibrahima Camara:person');
    has('Alessandro Corte said on Monday he would stay.', 'Alessandro Corte:person');
    has('The Camara dos Deputados voted on Monday.', 'Camara dos Deputados:organization');
    has('Harlow Mills said on Monday it would close a plant.', 'Harlow Mills:organization');
  });
});

describe('people among bodies', () => {
  it('keep a person among investors, shareholders or creditors a person; banks and rivals still say a body', () => {
    has('The plan was backed by investors including Warren Buffett on Monday.', 'Warren Buffett:person');
    has('The deal was opposed by shareholders such as Carlos Slim on Monday.', 'Carlos Slim:person');
    has('The ruling was welcomed by rivals such as Ferrari on Monday.', 'Ferrari:organization');
    has('Growers borrowed from a group of banks led by Harwell Chartered on Tuesday.', 'Harwell Chartered:organization');
  });

  it('keep a person the person where a body named in their honour leads with their name', () => {
    has('The Nelson Mandela Foundation said on Monday it would act. Nelson Mandela had visited the town in 1995.', 'Nelson Mandela:person');
    has('Students at Kofi Annan University marched on Monday. Kofi Annan had spoken there in 2005.', 'Kofi Annan:person');
    has('Shoppers queued outside Marion Hale Foods stores on Monday. Marion Hale expects sales to rise in the spring.', 'Marion Hale:organization');
  });
});

describe('firms that bear a surname', () => {
  it('take a lone surname for a firm when a strong cue says so, over a verb of saying', () => {
    has("Ferrari said on Monday that profits rose. Ferrari's chairman John Elkann said the outlook was good.", 'Ferrari:organization');
    has("Porsche said on Monday that sales fell. Porsche's chief executive said demand was weak.", 'Porsche:organization');
  });
});

describe('a year-less month joined to a month with its year', () => {
  const datesOf = (body: string, date: string): string[] => extract(body, { date }).dates.map((d) => `${d.text}=${d.value}`);
  it('takes that year, or the one before when it comes later in the year', () => {
    // (A range is one expression: ANNOTATION.md; the first end takes the year written after it.)
    assert.deepEqual(datesOf('Sales rose between March and May 2024, the company said.', '2026-05-14'), ['March and May 2024=2024-03/2024-05']);
    assert.deepEqual(datesOf('Sales fell in November and February 2025, the company said.', '2026-05-14'), ['November=2024-11', 'February 2025=2025-02']);
  });
});

describe('the common-word list, front-coded', () => {
  it('holds its first, last and everyday words, and no names', () => {
    for (const w of ['aardvark', 'zoom', 'growth', 'bench', 'affairs', 'control']) assert.ok(isCommonWord(w), w);
    for (const w of ['okonkwo', 'kowalczyk', 'gro', 'zoo m', '']) assert.ok(!isCommonWord(w), w);
  });
});

describe('datelines in capitals', () => {
  it('take a town the gazetteer spells otherwise for a place, not an acronym, and keep acronyms bodies', () => {
    has('GENEVA, June 10 (Reuters) - A vaccine cut infections, researchers said on Wednesday.', 'GENEVA:place');
    has('Officials from MERCOSUR and ASEAN met on Monday.', 'MERCOSUR:organization', 'ASEAN:organization');
  });
});
