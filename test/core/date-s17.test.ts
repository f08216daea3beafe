// Dates on unseen copy (session 17): holidays written in the local language or short, and values.
// Every sentence here is invented for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const datesOf = (body: string, date: string): string[] => extract(body, { date }).dates.map((d) => `${d.text}=${d.value}`);
const actorsOf = (body: string, date: string): string[] => extract(body, { date }).actors.map((a) => `${a.text}:${a.type}`);

describe('dates on unseen copy (session 17)', () => {
  it('read a holiday whose article copy writes in lowercase (`il-` for the table’s `Il-`)', () => {
    assert.deepEqual(datesOf('VALLETTA, Malta, Dec 4 (Wire) - The hearing may move because December 8 is il-Kunċizzjoni, a public holiday.', '2026-12-04'), [
      'Dec 4=2026-12-04',
      'December 8=2026-12-08',
      'il-Kunċizzjoni=2026-12-08',
    ]);
    // The capitalised spelling still needs its preposition of time when it is one word.
    assert.deepEqual(datesOf('VALLETTA, Malta, Dec 4 (Wire) - Shops close on Il-Kunċizzjoni.', '2026-12-04'), ['Dec 4=2026-12-04', 'Il-Kunċizzjoni=2026-12-08']);
  });

  it("read a `… Day` name without `Day` only where the article says it is a day, in the country that keeps it", () => {
    const body = "DAR ES SALAAM, July 9 (Wire) - Mtama Sugar may ship 9,000 tonnes by August 8, the Nane Nane farmers' holiday. The fair closed on Saba Saba day, July 7.";
    assert.deepEqual(datesOf(body, '2026-07-09'), ['July 9=2026-07-09', 'August 8=2026-08-08', 'Nane Nane=2026-08-08', 'Saba Saba=2026-07-07', 'July 7=2026-07-07']);
    // A day's name is no actor.
    assert.deepEqual(actorsOf(body, '2026-07-09').filter((a) => /Nane|Saba/.test(a)), []);
    // Not without the article's word for a day: a person, a venue, a list.
    const probes = 'DAR ES SALAAM, July 9 (Wire) - Saba Saba said on Tuesday the fair would close. The Nane Nane Grounds in Morogoro hosted the show. Saba Saba and the holiday crowds left.';
    assert.deepEqual(datesOf(probes, '2026-07-09'), ['July 9=2026-07-09', 'Tuesday=2026-07-07']);
    // Not where the article's country keeps no such day.
    assert.deepEqual(datesOf('NAIROBI, July 9 (Wire) - Protesters marched on Saba Saba day, July 7.', '2026-07-09'), ['July 9=2026-07-09', 'July 7=2026-07-07']);
    // Not a name whose words are English (`Union day` is no short form).
    assert.deepEqual(datesOf('DAR ES SALAAM, July 9 (Wire) - The Union day parade was cancelled, the Union holiday office said.', '2026-07-09'), ['July 9=2026-07-09']);
  });

  it('take the tense of a date in apposition from the clause the comma closes', () => {
    assert.deepEqual(datesOf('The bank opened a branch in Tabuk on Founding Day, Feb. 22, and plans another before National Day on Sept. 23.', '2026-08-27'), [
      'Founding Day=2026-02-22',
      'Feb. 22=2026-02-22',
      'National Day=2026-09-23',
      'Sept. 23=2026-09-23',
    ]);
    // A date that opens its own clause keeps that clause's tense.
    assert.deepEqual(datesOf('The bank opened a branch in Tabuk last year, and on Feb. 22 it will open another.', '2026-08-27'), ['last year=2025', 'Feb. 22=2027-02-22']);
  });

  it('read a present-tense cue after a number as a noun', () => {
    assert.deepEqual(datesOf('Parliament passed the water act on Wednesday by 58 votes to 31.', '2026-06-11'), ['Wednesday=2026-06-10']);
    // A verb still schedules: the council votes on Wednesday.
    assert.deepEqual(datesOf('The council votes on the water act on Wednesday.', '2026-06-11'), ['Wednesday=2026-06-17']);
  });

  it('date a deadline given until a day to do something ahead of the report', () => {
    assert.deepEqual(datesOf('The court named a receiver and gave creditors until Nov. 30 to file claims.', '2026-10-01'), ['Nov. 30=2026-11-30']);
    // Not a stay until a day: that is past.
    assert.deepEqual(datesOf('The family stayed with relatives until Sept. 20 to avoid the floods.', '2026-10-01'), ['Sept. 20=2026-09-20']);
  });

  it('read "up from" a month as a past month', () => {
    assert.deepEqual(datesOf('A kilo of coffee now costs 14 euros in Bergen, up from 10 euros in January.', '2026-11-20'), ['January=2026-01']);
    assert.deepEqual(datesOf('Fares will rise in January, the operator said on Friday.', '2026-11-20'), ['January=2027-01', 'Friday=2026-11-20']);
  });

  it('give no year of a participle apposition to a later day of the sentence', () => {
    assert.deepEqual(datesOf('The stadium, built with public money and opened in 2018, last sold out on April 4, when the derby was played.', '2026-11-23'), [
      '2018=2018',
      'April 4=2026-04-04',
    ]);
    // A year in the clause itself still sets the day's.
    assert.deepEqual(datesOf('The stadium sold out in 2018 and again on April 4, when the derby was played.', '2026-11-23'), ['2018=2018', 'April 4=2018-04-04']);
  });

  it('date a bare weekday right after a holiday that falls on it as the holiday', () => {
    assert.deepEqual(datesOf('CEBU, Philippines, April 7 (Wire) — Ferry lines added 80 trips for Araw ng Kagitingan on Thursday, the coast guard said.', '2026-04-07'), [
      'April 7=2026-04-07',
      'Araw ng Kagitingan=2026-04-09',
      'Thursday=2026-04-09',
    ]);
    // Not a weekday the holiday does not fall on.
    assert.deepEqual(datesOf('Shops closed for Christmas on Friday, and the sales began on Monday.', '2026-04-07'), ['Christmas=2025-12-25', 'Friday=2026-04-03', 'Monday=2026-04-06']);
  });

  it('read "N weeks later than" as a comparison, no day', () => {
    assert.deepEqual(datesOf('Harvest ended on Friday, two weeks later than in 2025. The board met two days later.', '2026-10-26'), [
      'Friday=2026-10-23',
      '2025=2025',
      'two days later=2026-10-25',
    ]);
  });

  it('date the names desks give a holiday that the tables carry under another name only (recorded sources)', () => {
    assert.deepEqual(datesOf('SPLIT, Croatia, June 1 (Wire) - The final was played on Dan državnosti, Croatia’s Statehood Day.', '2026-06-01'), [
      'June 1=2026-06-01',
      'Dan državnosti=2026-05-30',
      'Statehood Day=2026-05-30',
    ]);
    assert.deepEqual(datesOf("DAKAR, April 9 (Wire) - The arena last sold out on April 4, the fête de l'Indépendance.", '2026-04-09'), [
      'April 9=2026-04-09',
      'April 4=2026-04-04',
      "fête de l'Indépendance=2026-04-04",
    ]);
    // Another country's Statehood Day keeps its own day.
    assert.deepEqual(datesOf('LJUBLJANA, Slovenia, June 1 (Wire) - Shops will close on Statehood Day.', '2026-06-01'), ['June 1=2026-06-01', 'Statehood Day=2026-06-25']);
  });
});
