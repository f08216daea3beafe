// Dates on unseen copy (session 17): holidays written in the local language or short, and values.
// Every sentence here is invented for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const datesOf = (body: string, date: string): string[] => extract(body, { date }).dates.map((d) => `${d.text}=${d.value}`);
const actorsOf = (body: string, date: string): string[] => extract(body, { date }).actors.map((a) => `${a.text}:${a.type}`);

describe('dates on unseen copy (session 17)', () => {
  it('read a holiday whose article copy writes in lowercase (`il-` for the table’s `Il-`)', () => {
    assert.deepEqual(datesOf('VALLETTA, Malta, Dec 4 (Wire) - Bakers expect il-Kunċizzjoni to bring the busiest weekend of the year.', '2026-12-04'), [
      'Dec 4=2026-12-04',
      'il-Kunċizzjoni=2026-12-08',
    ]);
    // The capitalised spelling still needs its preposition of time when it is one word.
    assert.deepEqual(datesOf('VALLETTA, Malta, Dec 4 (Wire) - Shops close on Il-Kunċizzjoni.', '2026-12-04'), ['Dec 4=2026-12-04', 'Il-Kunċizzjoni=2026-12-08']);
  });

  it("read a `… Day` name without `Day` only where the article says it is a day, in the country that keeps it", () => {
    const body = 'DAR ES SALAAM, July 9 (Wire) - Cashew buyers meet in Lindi every year for Nane Nane, a public holiday for farmers. Traders said Saba Saba day crowds were thin this month.';
    assert.deepEqual(datesOf(body, '2026-07-09'), ['July 9=2026-07-09', 'Nane Nane=2026-08-08', 'Saba Saba=2026-07-07', 'this month=2026-07']);
    // A day's name is no actor.
    assert.deepEqual(actorsOf(body, '2026-07-09').filter((a) => /Nane|Saba/.test(a)), []);
    // Not a person a day honours, in an apposition about him (the holiday is no head there: "whose holiday").
    const hero = 'MANILA (Reuters) - Students laid flowers at the Luneta monument on Monday. Rizal, the national hero whose holiday falls in December, was executed there in 1896.';
    assert.deepEqual(datesOf(hero, '2026-03-10').filter((d) => d.startsWith('Rizal')), []);
    assert.ok(actorsOf(hero, '2026-03-10').includes('Rizal:person'));
    assert.deepEqual(datesOf('MANILA, March 10 (Wire) - Bonifacio, the revolutionary leader whose holiday is in November, was honoured.', '2026-03-10'), ['March 10=2026-03-10', 'November=2026-11']);
    // The holiday as the apposition's head still names the day.
    assert.deepEqual(datesOf('MANILA, March 10 (Wire) - Offices close on Rizal, a public holiday.', '2026-03-10'), ['March 10=2026-03-10', 'Rizal=2026-12-30']);
    // Not without the article's word for a day: a person, a venue, a list.
    const probes = 'DAR ES SALAAM, July 9 (Wire) - Saba Saba said on Tuesday the fair would close. The Nane Nane Grounds in Morogoro hosted the show. Saba Saba and the holiday crowds left.';
    assert.deepEqual(datesOf(probes, '2026-07-09'), ['July 9=2026-07-09', 'Tuesday=2026-07-07']);
    // Not where the article's country keeps no such day.
    assert.deepEqual(datesOf('NAIROBI, July 9 (Wire) - Protesters marched on Saba Saba day, July 7.', '2026-07-09'), ['July 9=2026-07-09', 'July 7=2026-07-07']);
    // Not a name whose words are English (`Union day` is no short form).
    assert.deepEqual(datesOf('DAR ES SALAAM, July 9 (Wire) - The Union day parade was cancelled, the Union holiday office said.', '2026-07-09'), ['July 9=2026-07-09']);
  });

  it('take the tense of a date in apposition from the clause the comma closes', () => {
    assert.deepEqual(datesOf('Sales peaked before Founding Day, Feb. 22, but will slow in spring, grocers say.', '2026-08-27'), ['Founding Day=2026-02-22', 'Feb. 22=2026-02-22']);
    // A date that opens its own clause keeps that clause's tense.
    assert.deepEqual(datesOf('Grocers cut prices last year, and on Feb. 22 they will cut them again.', '2026-08-27'), ['last year=2025', 'Feb. 22=2027-02-22']);
    // So does one after a comma that closes no date: a possessive or a subject opens the main clause.
    assert.deepEqual(datesOf("After the strike ended, Monday's talks will focus on pay.", '2026-03-10'), ['Monday=2026-03-16']);
    assert.deepEqual(datesOf('After talks collapsed, Friday is the deadline, the union said.', '2026-03-10'), ['Friday=2026-03-13']);
  });

  it('read a present-tense cue after a number as a noun', () => {
    assert.deepEqual(datesOf('Delegates re-elected the chair of the party on Wednesday with 212 votes.', '2026-06-11'), ['Wednesday=2026-06-10']);
    // A verb still schedules: the senate votes on Wednesday.
    assert.deepEqual(datesOf('The senate votes on Wednesday on the road bill.', '2026-06-11'), ['Wednesday=2026-06-17']);
    // A number that labels a stage, round or phase is no count: its verb schedules.
    assert.deepEqual(datesOf('Phase 2 begins on Monday, the health ministry said.', '2026-03-10'), ['Monday=2026-03-16']);
    assert.deepEqual(datesOf('Round 3 starts on Saturday in Lyon.', '2026-03-10'), ['Saturday=2026-03-14']);
    assert.deepEqual(datesOf('Stage 5 ends on Sunday in Nice, organisers said.', '2026-03-10'), ['Sunday=2026-03-15']);
    assert.deepEqual(datesOf('stage 4 starts on Friday, the organisers said.', '2026-03-10'), ['Friday=2026-03-13']);
  });

  it('date a deadline given until a day to do something ahead of the report', () => {
    assert.deepEqual(datesOf('Shareholders were granted until Nov. 30 to sell their stakes.', '2026-10-01'), ['Nov. 30=2026-11-30']);
    // Not a permission that ran until a day, with no deadline's infinitive after it: that is past.
    assert.deepEqual(datesOf('Travellers were allowed in until January, when the border closed.', '2026-03-10'), ['January=2026-01']);
    assert.deepEqual(datesOf('Workers were granted leave until February, when the plant reopened.', '2026-03-10'), ['February=2026-02']);
    // Not a stay until a day: that is past.
    assert.deepEqual(datesOf('The family stayed with relatives until Sept. 20 to avoid the floods.', '2026-10-01'), ['Sept. 20=2026-09-20']);
  });

  it('read "up from" a month as a past month', () => {
    assert.deepEqual(datesOf('Up from 200 in January, the shelter now houses 340 families.', '2026-11-20'), ['January=2026-01']);
    // Not in a forecast, whose figures lie ahead.
    assert.deepEqual(datesOf('Inflation will ease to 3% by June, down from 4% in May, the bank forecast.', '2026-03-10'), ['June=2026-06', 'May=2026-05']);
    assert.deepEqual(datesOf('Fares will rise in January, the operator said on Friday.', '2026-11-20'), ['January=2027-01', 'Friday=2026-11-20']);
  });

  it('give no year of a participle apposition to a later day of the sentence', () => {
    assert.deepEqual(datesOf('Its ferry, bought from a Greek line in 2019, broke down on March 3 near the harbour.', '2026-11-23'), ['2019=2019', 'March 3=2026-03-03']);
    // A year in the clause itself still sets the day's.
    assert.deepEqual(datesOf('The ferry failed its inspection in 2019 and again on March 3.', '2026-11-23'), ['2019=2019', 'March 3=2019-03-03']);
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
    assert.deepEqual(datesOf("DAKAR, April 9 (Wire) - Schools reopened after the fête de l'Indépendance.", '2026-04-09'), ['April 9=2026-04-09', "fête de l'Indépendance=2026-04-04"]);
    // Another country's Statehood Day keeps its own day.
    assert.deepEqual(datesOf('LJUBLJANA, Slovenia, June 1 (Wire) - Shops will close on Statehood Day.', '2026-06-01'), ['June 1=2026-06-01', 'Statehood Day=2026-06-25']);
  });
});
