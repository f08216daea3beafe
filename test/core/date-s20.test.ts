// Dates on unseen copy (session 20): local holiday names, year spans written short, document numbers.
// Every sentence here is invented for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const datesOf = (body: string, date: string): string[] => extract(body, { date }).dates.map((d) => `${d.text}=${d.value}`);
const actorsOf = (body: string, date: string): string[] => extract(body, { date }).actors.map((a) => a.text);

describe('a local name of a one-day holiday its table gives on two days', () => {
  it('is the first day, as the English name is', () => {
    // date-holidays gives Montenegro's Statehood Day (Dan državnosti) on 13 and 14 July.
    assert.deepEqual(datesOf('PODGORICA, July 20 (Wire) - Hotels on the coast were full over Dan državnosti, the tourist board said.', '2026-07-20'), [
      'July 20=2026-07-20',
      'Dan državnosti=2026-07-13',
    ]);
  });
  it('not a local name in a country whose table does not keep it', () => {
    assert.deepEqual(datesOf('TIRANA, July 20 (Wire) - Hotels on the coast were full over Dan državnosti, the tourist board said.', '2026-07-20'), ['July 20=2026-07-20']);
  });
});

describe('Serbian and Ukrainian holiday names in the Latin alphabet', () => {
  it('date a Serbian name the table writes in Cyrillic', () => {
    assert.deepEqual(datesOf('BELGRADE, June 2 (Wire) - Pilgrims will travel to Kosovo for Vidovdan, the church said.', '2026-06-02'), [
      'June 2=2026-06-02',
      'Vidovdan=2026-06-28',
    ]);
  });
  it('date a Ukrainian name by the official romanisation', () => {
    assert.deepEqual(datesOf('KYIV, Aug. 28 (Wire) - Most shops were shut on Den Nezalezhnosti, the city council said.', '2026-08-28'), [
      'Aug. 28=2026-08-28',
      'Den Nezalezhnosti=2026-08-24',
    ]);
    // Not where the article's country keeps no such day.
    assert.deepEqual(datesOf('WARSAW, Aug. 28 (Wire) - Most shops were shut on Den Nezalezhnosti, the city council said.', '2026-08-28'), ['Aug. 28=2026-08-28']);
  });
  it('and without the country’s name in it', () => {
    assert.deepEqual(datesOf('BELGRADE, March 5 (Wire) - Parliament met in a special session on Dan državnosti Srbije.', '2026-03-05'), [
      'March 5=2026-03-05',
      'Dan državnosti Srbije=2026-02-15',
    ]);
    assert.deepEqual(datesOf('BELGRADE, March 5 (Wire) - Parliament met in a special session on Dan državnosti.', '2026-03-05'), ['March 5=2026-03-05', 'Dan državnosti=2026-02-15']);
  });
});

describe('a local holiday name without its country’s name', () => {
  it('date it where the dateline’s country keeps the full name', () => {
    // Lithuania's table: "Lietuvos valstybės atkūrimo diena" (16 February).
    const body = 'VILNIUS, Feb. 20 (Wire) - Crowds filled the old town on Valstybės atkūrimo diena, the police said.';
    assert.deepEqual(datesOf(body, '2026-02-20'), ['Feb. 20=2026-02-20', 'Valstybės atkūrimo diena=2026-02-16']);
    assert.ok(!actorsOf(body, '2026-02-20').some((a) => a.startsWith('Valstyb')), 'a holiday is no actor');
  });
  it('not in another country, nor a name cut before its noun', () => {
    assert.deepEqual(datesOf('RIGA, Feb. 20 (Wire) - Crowds filled the old town on Valstybės atkūrimo diena, the police said.', '2026-02-20'), ['Feb. 20=2026-02-20']);
    // "Dia de Portugal" is not written "Dia de".
    assert.deepEqual(datesOf('LISBON, June 20 (Wire) - The minister spoke at the Dia de festival, the agency said.', '2026-06-20'), ['June 20=2026-06-20']);
  });
});
