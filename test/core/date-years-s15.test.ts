// The year a sentence names, bare years and holidays (session 15): general causes read in the fresh set's date errors.
// Every sentence here is invented for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const datesOf = (body: string, date: string): string[] => extract(body, { date }).dates.map((d) => `${d.text}=${d.value}`);

describe('the year a sentence names (session 15)', () => {
  it('date a near day in the year the sentence opens with', () => {
    assert.deepEqual(datesOf('In 2023, the same tribunal struck down a toll rise in Manta on Aug. 14, ruling that drivers had not been heard.', '2025-11-27'), [
      '2023=2023',
      'Aug. 14=2023-08-14',
    ]);
    assert.deepEqual(datesOf('In March 2025, the regulator fined the dairy 40 million rupees, and the dairy paid on April 4.', '2026-03-12'), [
      'March 2025=2025-03',
      'April 4=2025-04-04',
    ]);
    // Not a year inside the clause that is not the sentence's opening: the day of the news stays near.
    assert.deepEqual(datesOf('After record sales in 2025, the brewer cut 40 jobs on Jan. 14.', '2026-02-10'), ['2025=2025', 'Jan. 14=2026-01-14']);
  });

  it('date a day that dates a thing of the year, or says when in it', () => {
    assert.deepEqual(datesOf('In a 2024 ruling dated Nov. 12, the board ordered the mill to rehire the drivers.', '2026-04-17'), ['2024=2024', 'Nov. 12=2024-11-12']);
    assert.deepEqual(datesOf('Exports fell 18 percent in 2025, when a dispute shut the border post from March 3 to March 9.', '2026-03-12'), [
      '2025=2025',
      'March 3 to March 9=2025-03-03/2025-03-09',
    ]);
  });

  it('date a day "that year" in the year named last', () => {
    assert.deepEqual(datesOf('The treaty lapsed in November 2024, and talks on a new one stalled on Feb. 11 that year.', '2026-05-29'), [
      'November 2024=2024-11',
      'Feb. 11=2024-02-11',
    ]);
  });

  it('read a bare year after a possessive name as a date', () => {
    assert.deepEqual(datesOf("Under the council's 2019 ordinance, fares are reviewed every two years.", '2025-11-27'), ['2019=2019']);
    assert.deepEqual(datesOf("The subsidy must be settled before the city's 2026 budget is closed.", '2025-11-27'), ['2026=2026']);
  });

  it('read St and St. as Saint in a holiday of a country\'s table', () => {
    // Georgia's table writes "Saint George's Day" (23 November); desks write "St George's Day".
    assert.deepEqual(datesOf("TBILISI, Nov. 18 (Reuters) - The printer will pay wages only until St George's Day, it said.", '2026-11-18'), [
      'Nov. 18=2026-11-18',
      "St George's Day=2026-11-23",
    ]);
    assert.deepEqual(datesOf("TBILISI, Nov. 18 (Reuters) - The printer will pay wages only until St. George's Day, it said.", '2026-11-18'), [
      'Nov. 18=2026-11-18',
      "St. George's Day=2026-11-23",
    ]);
  });

  it('keep a near day in a reporting clause after the year\'s own (review 15: F6)', () => {
    assert.deepEqual(datesOf('In 2026 exports of tea fell 3 percent, data released on Jan. 15 showed.', '2027-01-20'), ['2026=2026', 'Jan. 15=2027-01-15']);
    assert.deepEqual(datesOf('In 2026, cocoa output fell 5 percent, the board said in a statement on Jan. 12.', '2027-01-20'), ['2026=2026', 'Jan. 12=2027-01-12']);
    // The day inside the year's own clause still takes that year.
    assert.deepEqual(datesOf('In 2023, the same tribunal struck down a toll rise in Manta on Aug. 14, ruling that drivers had not been heard.', '2025-11-27'), [
      '2023=2023',
      'Aug. 14=2023-08-14',
    ]);
  });

  it('read a four-digit number before a count noun as a count, not a year (review 15: F7)', () => {
    assert.deepEqual(datesOf("The mill's 2000 workers walked out on Monday.", '2026-11-03'), ['Monday=2026-11-02']);
    assert.deepEqual(datesOf('The co-operative said its 1500 members voted on Friday.', '2026-11-03'), ['Friday=2026-10-30']);
    // A year before another noun is still a date.
    assert.deepEqual(datesOf("Under the council's 2019 ordinance, fares are reviewed every two years.", '2025-11-27'), ['2019=2019']);
  });
});
