// Clustering, session 12: family names with the Arabic article and with particles, a surname that is also a town's
// name, honorifics of other countries, firms named after their families, and acronyms that keep function words,
// a legal form, a plural's possessive, or a short name introduced by "known as". Invented names throughout.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const EMPTY = 'version: 1\nactors: {}\nfacts: {}\n';
const typed = (body: string): string[] => extract(body, { registry: EMPTY }).actors.map((a) => `${a.text}:${a.type}:${a.id}`);
/** The ids the mentions written `text` got. */
const idsOf = (names: readonly string[], text: string): string[] => [...new Set(names.filter((n) => n.startsWith(`${text}:`)).map((n) => n.split(':').at(2) ?? ''))];
/** The types the mentions written `text` got. */
const typesOf = (names: readonly string[], text: string): string[] => [...new Set(names.filter((n) => n.startsWith(`${text}:`)).map((n) => n.split(':').at(1) ?? ''))];

describe('family names with the Arabic article', () => {
  it('join "al-X" and "Al X" to the person named in full with it', () => {
    const lower = typed('Chief executive Yousef bin Marwan al-Dhaheri told reporters on Monday that no one was hurt. Al-Dhaheri said the plant would restart.');
    assert.deepEqual(idsOf(lower, 'Yousef bin Marwan al-Dhaheri'), ['yousef-bin-marwan-al-dhaheri'], lower.join(', '));
    assert.deepEqual(idsOf(lower, 'Dhaheri'), ['yousef-bin-marwan-al-dhaheri'], lower.join(', '));
    const spaced = typed('In the village, farmer Saeed bin Khamis Al Qasmi said on Monday that the palms were dry. "The falaj is empty," Al Qasmi said.');
    assert.deepEqual(idsOf(spaced, 'Al Qasmi'), idsOf(spaced, 'Saeed bin Khamis Al Qasmi'), spaced.join(', '));
  });
});

describe('family names with particles and towns', () => {
  it('join both family names with their particle, and a surname that opens with a capital particle', () => {
    const both = typed('The former chairman, Ramón Ignacio Beltrán de la Serna, denies wrongdoing. Beltrán de la Serna told the court on Tuesday that the board had agreed.');
    assert.deepEqual(idsOf(both, 'Beltrán de la Serna'), ['ramon-ignacio-beltran-de-la-serna'], both.join(', '));
    const capital = typed('In the seventh inning, Wilmer De los Reyes hit a two-run homer on Tuesday. "I waited for the slider," De los Reyes, 24, said.');
    assert.deepEqual(idsOf(capital, 'De los Reyes'), idsOf(capital, 'Wilmer De los Reyes'), capital.join(', '));
    assert.deepEqual(typesOf(capital, 'Wilmer De los Reyes'), ['person'], capital.join(', '));
  });

  it('read a surname that is also a town as the person after a person\'s verb, and the town after "in"', () => {
    const names = typed('Senator Mirta Cáceres Ocampo spoke on Monday. Cáceres said she would vote against the tariff. Farmers in Cáceres protested.');
    const caceres = names.filter((n) => n.startsWith('Cáceres:'));
    assert.equal(caceres[0], 'Cáceres:person:mirta-caceres-ocampo', names.join(', '));
    assert.equal(caceres[1]?.split(':')[1], 'place', names.join(', '));
  });
});

describe('click letters', () => {
  it('keep a Khoekhoe name written with a click letter whole, and find it again by its surname', () => {
    const names = typed('Branch chairman Petrus !Naobeb said on Monday the strike would go on. "We were paid in full last year," !Naobeb said.');
    assert.deepEqual(idsOf(names, 'Petrus !Naobeb'), ['petrus-naobeb'], names.join(', '));
    assert.deepEqual(idsOf(names, 'Naobeb'), ['petrus-naobeb'], names.join(', '));
  });
});

describe('nicknames', () => {
  it('keep a quoted nickname inside the name and find the person again by the surname', () => {
    const names = typed('Meet director Delroy "Tiger" Mattis said on Tuesday that the meet would go ahead. Mattis said the stadium was ready.');
    assert.deepEqual(idsOf(names, 'Delroy "Tiger" Mattis'), ['delroy-tiger-mattis'], names.join(', '));
    assert.deepEqual(idsOf(names, 'Mattis'), ['delroy-tiger-mattis'], names.join(', '));
  });
});

describe('honorifics and titles', () => {
  it('leave Khmer and Georgian honorifics out of the name, and keep "Sen" that ends one', () => {
    const khmer = typed('Oknha Lim Sovann, who owns three mills, said on Monday he would not cut jobs. Lim said prices would recover.');
    assert.deepEqual(idsOf(khmer, 'Lim Sovann'), ['lim-sovann'], khmer.join(', '));
    assert.deepEqual(idsOf(khmer, 'Lim'), ['lim-sovann'], khmer.join(', '));
    const sen = typed('Samdech Chea Sen urged workers on Monday to accept the deal.');
    assert.deepEqual(idsOf(sen, 'Chea Sen'), ['chea-sen'], sen.join(', '));
  });
});

describe('firms named after their families', () => {
  it('read the family name as the firm before its founder is named, and by its own words after', () => {
    const names = typed(
      'Muller Antriebstechnik agreed on Wednesday to recall 8,000 pumps. Muller said in a statement it had found the fault in October. ' +
        'The company is controlled by the family of its founder, Hans-Peter Muller. Muller shares fell 2% on Thursday. ' +
        'Muller, 71, told staff on Friday that the firm would survive.',
    );
    const muller = names.filter((n) => n.startsWith('Muller:'));
    assert.deepEqual(muller.map((n) => n.split(':')[2]), ['muller-antriebstechnik', 'muller-antriebstechnik', 'hans-peter-muller'], names.join(', '));
  });

  it('leave the surname the person\'s where a kin word after it says a person', () => {
    const names = typed('Dahlberg Optics reported record revenue on Wednesday. Chief executive Ingrid Dahlberg said demand would stay high. Dahlberg\'s grandfather founded the firm in 1971. The company employs 900 people.');
    assert.deepEqual(idsOf(names, 'Dahlberg'), ['ingrid-dahlberg'], names.join(', '));
  });

  it('leave the surname the person\'s where the person is named first and nothing says the firm', () => {
    const names = typed('President Tomas Arrieta visited the port on Monday. Bananera Arrieta, a family exporter, shipped fruit on Tuesday. Arrieta said the cash transfer would rise in January.');
    assert.deepEqual(idsOf(names, 'Arrieta'), ['tomas-arrieta'], names.join(', '));
  });
});

describe('short forms of bodies', () => {
  it('give a word its own context makes a body the id of the body it opens or ends', () => {
    const firm = typed('Mbomou Logistics, which will build loading yards, said it expected its first trains in 2028. Mbomou is owned by businessman Idriss Kaba.');
    assert.deepEqual(idsOf(firm, 'Mbomou'), ['mbomou-logistics'], firm.join(', '));
    const club = typed('The Leones del Escogido beat the Toros 5-3 on Wednesday. Escogido manager Wilfredo Tavárez said the bullpen was tired.');
    assert.deepEqual(idsOf(club, 'Escogido'), ['leones-del-escogido'], club.join(', '));
  });
});

describe('acronyms and short names', () => {
  it('spell an acronym with its function words\' initials or its legal form', () => {
    const spanish = typed('The state power company OSDE said on Monday it would raise tariffs. The president of the Oficina Social de Energía said talks had stalled.');
    assert.deepEqual(idsOf(spanish, 'OSDE'), idsOf(spanish, 'Oficina Social de Energía'), spanish.join(', '));
    const ltd = typed('State-run Kavera Tunnel Nirman Ltd won the contract on Tuesday. KTNL chairman Suresh Pillai said work would begin in May.');
    assert.deepEqual(idsOf(ltd, 'KTNL'), idsOf(ltd, 'Kavera Tunnel Nirman Ltd'), ltd.join(', '));
  });

  it('keep a plural\'s possessive inside a body\'s name, and join a short name introduced by "known as"', () => {
    const union = typed('Ana Mensah, president of the Federation of Coastal Dock Workers\' Democratic Union (FCDWDU), said on Monday the offer was low.');
    assert.deepEqual(idsOf(union, 'FCDWDU'), idsOf(union, "Federation of Coastal Dock Workers' Democratic Union"), union.join(', '));
    assert.equal(idsOf(union, 'FCDWDU').length, 1, union.join(', '));
    const known = typed('The contract was awarded by Karnavati Urban Transit Corporation, known as Karna Transit, on Monday. Karna Transit said it had picked the lowest bid.');
    assert.deepEqual(idsOf(known, 'Karna Transit'), idsOf(known, 'Karnavati Urban Transit Corporation'), known.join(', '));
  });
});
