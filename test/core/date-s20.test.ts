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

describe('a span of years whose last keeps two digits', () => {
  it('is the span of the two years', () => {
    assert.deepEqual(datesOf('Mills closed after the drought of 1983-84, the guild said.', '2026-03-05'), ['1983-84=1983/1984']);
    assert.deepEqual(datesOf('The club finished third in the 2024/25 season.', '2026-03-05'), ['2024/25=2024/2025']);
    assert.deepEqual(datesOf('Its debts date from the 1999-00 slump.', '2026-03-05'), ['1999-00=1999/2000']);
  });
  it('not a document number, a longer number, nor a span of more than ten years', () => {
    assert.deepEqual(datesOf('The fee is set by Decree No. 2019-21 of the ministry.', '2026-03-05'), []);
    assert.deepEqual(datesOf('Call the desk on 2025-26-11 for tickets.', '2026-03-05'), []);
    assert.deepEqual(datesOf('Sign 2011-35 marks the exit.', '2026-03-05'), []);
    assert.deepEqual(datesOf('The ISO day 2026-03-01 is fine.', '2026-03-05'), ['2026-03-01=2026-03-01']);
  });
});

describe('a document’s number is no month', () => {
  it('not after a law, decree or regulation', () => {
    assert.deepEqual(datesOf('Tenants are protected under Law 11/2021 on housing.', '2026-03-05'), []);
    assert.deepEqual(datesOf('The rule follows Decree 4/2019 on fishing.', '2026-03-05'), []);
    assert.deepEqual(datesOf('The grant follows Regulation No. 7/2018 of the council.', '2026-03-05'), []);
  });
  it('a month and year elsewhere still is one', () => {
    assert.deepEqual(datesOf('Prices have risen since 04/2016, the agency said.', '2026-03-05'), ['04/2016=2016-04']);
  });
});

describe('a participle in -ing after a past clause’s month', () => {
  it('does not make the month a coming one', () => {
    // 2026-09-09: December read in a past clause is last December.
    assert.deepEqual(datesOf('Critics said the council had shelved a study it commissioned in December warning of landslides.', '2026-09-09'), ['December=2025-12']);
    assert.deepEqual(datesOf('A memo sent in November expecting job cuts was leaked to the union.', '2026-09-09'), ['November=2025-11']);
  });
  it('a future clause, or a present verb of warning, keeps the month ahead', () => {
    assert.deepEqual(datesOf('The agency will publish a study in December warning of landslides.', '2026-09-09'), ['December=2026-12']);
    assert.deepEqual(datesOf('The study, due in December, is warning of landslides.', '2026-09-09'), ['December=2026-12']);
    assert.deepEqual(datesOf('Engineers plan to inspect the slope in November.', '2026-09-09'), ['November=2026-11']);
  });
});

describe('the previous or following month or year', () => {
  it('counts from the date last named', () => {
    assert.deepEqual(datesOf('Inspectors closed the mill in May 2024, and flour prices doubled the following month.', '2026-06-10'), ['May 2024=2024-05', 'the following month=2024-06']);
    assert.deepEqual(datesOf('The port was dredged in 2023; a rival port had been dredged the previous year.', '2026-06-10'), ['2023=2023', 'the previous year=2022']);
    assert.deepEqual(datesOf('On Jan. 9, 2025, the guild raised its fee, as it had the preceding month.', '2026-06-10'), ['Jan. 9, 2025=2025-01-09', 'the preceding month=2024-12']);
  });
  it('counts from a day that is itself counted from another', () => {
    assert.deepEqual(datesOf('On April 2, 2025, inspectors fined two mills, which had cut wages the same day the previous month.', '2026-06-10'), [
      'April 2, 2025=2025-04-02',
      'the same day=2025-04-02',
      'the previous month=2025-03',
    ]);
  });
  it('not a plural, a compound, nor a month with no number named', () => {
    assert.deepEqual(datesOf('Output fell in the following months, the guild said.', '2026-06-10'), []);
    assert.deepEqual(datesOf('Sales rose the previous year-on-year, the guild said.', '2026-06-10'), []);
    assert.deepEqual(datesOf('The previous yearbook was lost.', '2026-06-10'), []);
  });
});

describe('a short span after a number sign or a filed thing', () => {
  it('is an id, no span of years', () => {
    assert.deepEqual(datesOf('The court heard Case No. 2023-28 on Monday.', '2026-03-10'), ['Monday=2026-03-09']);
    assert.deepEqual(datesOf('The tribunal heard case 2023-28 on Monday.', '2026-03-10'), ['Monday=2026-03-09']);
    assert.deepEqual(datesOf('Flight 2024-25 left the capital late, the airline said.', '2026-03-10'), []);
    assert.deepEqual(datesOf('The clerk sealed docket #2019-20 and file 2021-24.', '2026-03-10'), []);
  });
  it('still a span after other words', () => {
    assert.deepEqual(datesOf('There was no 2020-21 season, the league said.', '2026-03-10'), ['2020-21=2020/2021']);
    assert.deepEqual(datesOf('The case began in the 2023-24 term.', '2026-03-10'), ['2023-24=2023/2024']);
  });
});

describe('a month or a counted year after a span of years', () => {
  it('a month takes the year of the span that fits the tense', () => {
    assert.deepEqual(datesOf('The 2024/25 season ended in May, the league said.', '2026-03-10'), ['2024/25=2024/2025', 'May=2025-05']);
    assert.deepEqual(datesOf('The 2025/26 season ends in May, the league said.', '2026-03-10'), ['2025/26=2025/2026', 'May=2026-05']);
    assert.deepEqual(datesOf('The 2025/26 season opened in October, the league said.', '2026-03-10'), ['2025/26=2025/2026', 'October=2025-10']);
  });
  it('the following year counts from its last year, the previous year from its first', () => {
    assert.deepEqual(datesOf('The plan runs from 2025 to 2027, and a review is due the following year.', '2026-03-10'), ['2025 to 2027=2025/2027', 'the following year=2028']);
    assert.deepEqual(datesOf('The plan ran from 2019 to 2021; a pilot had run the previous year.', '2026-03-10'), ['2019 to 2021=2019/2021', 'the previous year=2018']);
  });
  it('no span: unchanged', () => {
    assert.deepEqual(datesOf('In May, exports fell. Imports had risen the previous month.', '2026-03-10'), ['May=2025-05', 'the previous month=2025-04']);
    assert.deepEqual(datesOf('Output fell in the following months, the guild said.', '2026-03-10'), []);
  });
});
