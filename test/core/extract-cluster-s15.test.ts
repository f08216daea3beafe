// Clustering, session 15: a body's name and its acronym when the name spans "and" (or "et", "y"), an acronym of seven
// letters or more introduced in a bracket, and an acronym in an apposition. Invented names and sentences throughout.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const EMPTY = 'version: 1\nactors: {}\nfacts: {}\n';
const typed = (body: string): string[] => extract(body, { registry: EMPTY }).actors.map((a) => `${a.text}:${a.type}:${a.id}`);
/** The id of the mention written `text`. */
const idOf = (names: readonly string[], text: string): string | undefined => names.find((n) => n.startsWith(`${text}:`))?.split(':').at(2);
/** The ids of all mentions written `text`. */
const idsOf = (names: readonly string[], text: string): (string | undefined)[] => names.filter((n) => n.startsWith(`${text}:`)).map((n) => n.split(':').at(2));

describe('a body\'s name that spans a conjunction, and its acronym', () => {
  it('join conjuncts that a bracketed acronym spells by the initials of all their words', () => {
    const names = typed('The Water Resources and Irrigation Authority of Tarvia (WRIAT) said on Monday it would ration supply. WRIAT later met farmers.');
    assert.equal(idOf(names, 'Water Resources and Irrigation Authority of Tarvia'), 'water-resources-and-irrigation-authority-of-tarvia', names.join(', '));
    assert.deepEqual(idsOf(names, 'WRIAT'), ['water-resources-and-irrigation-authority-of-tarvia', 'water-resources-and-irrigation-authority-of-tarvia'], names.join(', '));
  });

  it('join conjuncts joined by "et" or "y", which end a run of capitals', () => {
    const names = typed('The Office Régional et Forestier du Kouilou (ORFK) said on Tuesday it had closed the reserve.');
    assert.equal(idOf(names, 'ORFK'), idOf(names, 'Office Régional et Forestier du Kouilou'), names.join(', '));
    assert.ok(idOf(names, 'ORFK'), names.join(', '));
    const spanish = typed('The Instituto Andino y Amazónico de Pesca (IAAP) banned trawling on Monday.');
    assert.equal(idOf(spanish, 'IAAP'), idOf(spanish, 'Instituto Andino y Amazónico de Pesca'), spanish.join(', '));
  });

  it('join common words and a body that an acronym in an apposition follows, and make the acronym that body', () => {
    const names = typed('A spokesman for the Fraud Detection and Audit Bureau, VKAB, declined to comment on Monday. VKAB opened a case in May.');
    const id = idOf(names, 'Fraud Detection and Audit Bureau');
    assert.ok(id, names.join(', '));
    assert.deepEqual(idsOf(names, 'VKAB'), [id, id], names.join(', '));
  });

  it('join conjuncts that "known by its Spanish acronym" follows when the first holds "of"', () => {
    const names = typed('The Bolivian Chamber of Quinoa and Grain Exporters, known by its Spanish acronym CABEQ, said on Wednesday that sales fell.');
    assert.equal(idOf(names, 'CABEQ'), idOf(names, 'Bolivian Chamber of Quinoa and Grain Exporters'), names.join(', '));
  });

  it('keep coordinated names apart: persons with "et", a list with an acronym in it', () => {
    const names = typed('Jean-Luc Marchand et Odile Fabre (JMOF) wrote the report on Monday.');
    assert.notEqual(idOf(names, 'Jean-Luc Marchand'), idOf(names, 'Odile Fabre'), names.join(', '));
    const list = typed('Shares of Kestrel Microsystems, HSBC, and Barclays fell on Monday. HSBC said it would cut costs.');
    assert.notEqual(idOf(list, 'HSBC'), idOf(list, 'Kestrel Microsystems'), list.join(', '));
  });
});

describe('an acronym of seven letters or more', () => {
  it('is found, and is the body, alone in a bracket after its name', () => {
    const names = typed('The Federación Nacional de Cafeteros Andinos (FENACAFAN) said on Monday it would sue. FENACAFAN leader Rosa Quiñones spoke.');
    const id = idOf(names, 'Federación Nacional de Cafeteros Andinos');
    assert.ok(id, names.join(', '));
    assert.deepEqual(idsOf(names, 'FENACAFAN'), [id, id], names.join(', '));
  });

  it('leaves a label in a bracket alone', () => {
    const names = typed('Prices rose in Lagos (UPDATED) on Monday.');
    assert.equal(idOf(names, 'UPDATED'), undefined, names.join(', '));
  });
});

describe('a body named in another word order or language', () => {
  it('join "Ministry of the X" and "X Ministry"', () => {
    const names = typed('TARVO, June 2 (Reuters) - The Ministry of the Interior in Tarvo said on Monday that it had banned the march. The Interior Ministry gave no reason.');
    assert.ok(idOf(names, 'Interior Ministry'), names.join(', '));
    assert.equal(idOf(names, 'Interior Ministry'), idOf(names, 'Ministry of the Interior'), names.join(', '));
  });

  it('join a body\'s name in its own language and in English, by cognates and a glossary of institutional words', () => {
    const bank = typed('The Banco Nacional de Tarvia cut its rate on Monday. The National Bank of Tarvia said inflation was easing.');
    assert.equal(idOf(bank, 'National Bank of Tarvia'), idOf(bank, 'Banco Nacional de Tarvia'), bank.join(', '));
    const council = typed('The Conseil Supérieur de la Magistrature suspended two judges on Tuesday. The Superior Council of the Magistracy said it acted on complaints.');
    assert.equal(idOf(council, 'Superior Council of the Magistracy'), idOf(council, 'Conseil Supérieur de la Magistrature'), council.join(', '));
  });

  it('keep apart names whose words only share a stem, and two countries\' ministries', () => {
    const revenue = typed('The Internal Revenue Office and the International Revenue Office met on Monday.');
    assert.notEqual(idOf(revenue, 'Internal Revenue Office'), idOf(revenue, 'International Revenue Office'), revenue.join(', '));
    const two = typed('NAIROBI, June 2 (Reuters) - The Ministry of the Interior said on Monday it had closed the border, and France\'s Interior Ministry said it would send observers.');
    assert.notEqual(idOf(two, 'Interior Ministry'), idOf(two, 'Ministry of the Interior'), two.join(', '));
  });
});

describe('an acronym after conjuncts or a list item (review 15: F4, F5)', () => {
  it('keeps two coordinated bodies apart when the apposed acronym spells the last alone', () => {
    const names = typed('The Ministry of Energy and Tarvian Power Supplies Board, TAPSB, said on Monday that tariffs would rise. TAPSB blamed fuel costs.');
    const id = idOf(names, 'Tarvian Power Supplies Board');
    assert.ok(id, names.join(', '));
    assert.ok(idOf(names, 'Ministry of Energy'), names.join(', '));
    assert.deepEqual(idsOf(names, 'TAPSB'), [id, id], names.join(', '));
    // The case the join was made for still joins.
    const cabeq = typed('The Bolivian Chamber of Quinoa and Grain Exporters, known by its Spanish acronym CABEQ, said on Wednesday that sales fell.');
    assert.equal(idOf(cabeq, 'CABEQ'), idOf(cabeq, 'Bolivian Chamber of Quinoa and Grain Exporters'), cabeq.join(', '));
  });

  it('does not make a list\'s acronym item the firm before it', () => {
    const names = typed('Lenders including Harwick Bank, OTSB, said on Monday they would cut fees.');
    assert.notEqual(idOf(names, 'OTSB'), idOf(names, 'Harwick Bank'), names.join(', '));
    // An apposed acronym that joined the conjuncts before it is still theirs.
    const vkab = typed('A spokesman for the Fraud Detection and Audit Bureau, VKAB, declined to comment on Monday. VKAB opened a case in May.');
    const id = idOf(vkab, 'Fraud Detection and Audit Bureau');
    assert.ok(id, vkab.join(', '));
    assert.deepEqual(idsOf(vkab, 'VKAB'), [id, id], vkab.join(', '));
  });
});
