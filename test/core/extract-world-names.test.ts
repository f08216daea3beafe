// People's names from outside the English-speaking world (given names and surnames of
// faker's locales and compromise's lexicon, built into gazetteer-data.ts), and how the
// finder types by them. Invented names and sentences only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isGivenName, isSurname } from '../../server/src/core/extract/gazetteer.js';
import { extract } from './extract-helpers.js';

const EMPTY = 'version: 1\nactors: {}\nfacts: {}\n';
const typed = (body: string): string[] => extract(body, { registry: EMPTY }).actors.map((a) => `${a.text}:${a.type}:${a.id}`);

describe('names no registry knows: worldwide given names and surnames', () => {
  it('know given names and surnames of many countries, folded, and leave common English words and places out', () => {
    for (const name of ['adaugo', 'abimbola', 'eyram', 'kartika', 'thi']) assert.ok(isGivenName(name), name);
    for (const name of ['okonkwo', 'kowalczyk', 'nguyen', 'acheampong']) assert.ok(isSurname(name), name);
    for (const word of ['power', 'church', 'hang', 'long', 'america', 'santos']) assert.ok(!isSurname(word) && !isGivenName(word), word);
  });

  it('find a credit line writer by a given name from outside the English-speaking world', () => {
    assert.deepEqual(typed('(Reporting by Adaugo Nwosu-Bello; Editing by Ruth Kimani)'), [
      'Adaugo Nwosu-Bello:person:adaugo-nwosu-bello',
      'Ruth Kimani:person:ruth-kimani',
    ]);
  });

  it('read "compiled by" as a credit only where it opens a credit, not after a noun ("data compiled by X")', () => {
    assert.deepEqual(typed('LONDON (Reuters) - Kestrava Mills said on Monday it had cut output.\n\nIts bonds fell, according to data compiled by Reuters.'), [
      'LONDON:place:london',
      'Reuters:organization:reuters',
      'Kestrava Mills:organization:kestrava-mills',
      'Reuters:organization:reuters',
    ]);
    assert.deepEqual(typed('(Compiled by Ruth Kimani)'), ['Ruth Kimani:person:ruth-kimani']);
  });

  it('keep a double-barrelled surname whole on a Title Case line', () => {
    assert.deepEqual(typed('(Reporting by Tom Reed-Hollis; Editing by Ann Boyd)'), ['Tom Reed-Hollis:person:tom-reed-hollis', 'Ann Boyd:person:ann-boyd']);
  });

  it('take a given name alone that starts a body named in full for the body', () => {
    const names = typed('Marion Airways ordered 40 jets on Monday. "Marion will fly to 30 new cities," its chief executive said. Marion expects the first jets in March.');
    assert.deepEqual(names, ['Marion Airways:organization:marion-airways', 'Marion:organization:marion-airways', 'Marion:organization:marion-airways']);
  });

  it('take the leading words of a body named in full for the body, also when a given name leads them', () => {
    assert.deepEqual(typed('Shoppers queued outside Marion Hale Foods stores on Monday. Marion Hale expects sales to rise in the spring.'), [
      'Marion Hale Foods:organization:marion-hale-foods',
      'Marion Hale:organization:marion-hale-foods',
    ]);
  });

  it('take middle given names into a name on a Title Case line', () => {
    assert.deepEqual(typed('(Reporting by Dewi Kartika Lestari; Editing by Ann Boyd)'), ['Dewi Kartika Lestari:person:dewi-kartika-lestari', 'Ann Boyd:person:ann-boyd']);
  });

  it('prefer a given name and surname on a Title Case line to a place the given name spells', () => {
    assert.deepEqual(typed('(Reporting by Jordan Ellis; Editing by Ann Boyd)'), ['Jordan Ellis:person:jordan-ellis', 'Ann Boyd:person:ann-boyd']);
  });

  it('keep a family name and a romanised given name a person although a byline writes a syllable in lowercase', () => {
    assert.deepEqual(typed("By Kim Tae-yang\n\nThe company's chief executive, Yang Ha-rin, told analysts on Friday that she expected a fair hearing."), [
      'Kim Tae-yang:person:kim-tae-yang',
      'Yang Ha-rin:person:yang-ha-rin',
    ]);
  });

  it('read "X said that it" as a body speaking, also when a given name leads X', () => {
    const names = typed(
      'The syrup was made by Daniel Quarshie Pharmaceuticals Plc, the regulator said. Daniel Quarshie said on Wednesday that it had stopped production. Daniel Quarshie shares fell 10% on Thursday.',
    );
    assert.deepEqual(names.slice(1), ['Daniel Quarshie:organization:daniel-quarshie-pharmaceuticals-plc', 'Daniel Quarshie:organization:daniel-quarshie-pharmaceuticals-plc']);
  });

  it('cut "X of Y University" into the person and the body, also when a given name leads', () => {
    assert.deepEqual(typed('Prof. Daniel Asante of Lakeside University, who advises the ministry, said the test would go ahead.'), [
      'Daniel Asante:person:daniel-asante',
      'Lakeside University:organization:lakeside-university',
    ]);
  });

  it('take a lone name after a lowercase title or a noun for a person for a person', () => {
    assert.deepEqual(typed('Ruling party lawmaker Wiśniewska voted against the bill.'), ['Wiśniewska:person:wisniewska']);
    assert.deepEqual(typed('In Tamale, farmer Osei said the rains came late.'), ['Tamale:place:tamale', 'Osei:person:osei']);
  });

  it("take a lone name before a person's own people or events for a person", () => {
    assert.deepEqual(typed("The ruling was welcomed by Nakamura's lawyers."), ['Nakamura:person:nakamura']);
  });

  it('let a person cue outweigh one vote more for a body when the lone word is a known surname', () => {
    const body = 'Kowalczyk said on Monday that the talks had failed. Negotiators later told Kowalczyk that its offer was too low.';
    assert.deepEqual(typed(body).filter((n) => n.startsWith('Kowalczyk')), ['Kowalczyk:person:kowalczyk', 'Kowalczyk:person:kowalczyk']);
  });

  it('find a person again by two family names', () => {
    assert.deepEqual(typed('Ana María Ortega Rubio won the vote on Sunday. Ortega Rubio thanked her staff.'), [
      'Ana María Ortega Rubio:person:ana-maria-ortega-rubio',
      'Ortega Rubio:person:ana-maria-ortega-rubio',
    ]);
  });
});
