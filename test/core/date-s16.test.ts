// Dates on unseen copy (session 16): general causes read in the fresh set's date errors.
// Every sentence here is invented for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const datesOf = (body: string, date: string): string[] => extract(body, { date }).dates.map((d) => `${d.text}=${d.value}`);

describe('dates on unseen copy (session 16)', () => {
  it('read a list whose last day has its own month as days of the first month', () => {
    assert.deepEqual(datesOf('Inspectors visited the mills on May 12, 19 and June 2, the agency said.', '2026-06-10'), [
      'May 12=2026-05-12',
      '19=2026-05-19',
      'June 2=2026-06-02',
    ]);
    // Not a two-digit year, even where chrono reads the sentence.
    assert.deepEqual(datesOf('Inspectors visited the mills on May 12, 19 and June 2, 2026, and once on Oct 9, 96 as well.', '2026-06-10'), [
      'May 12=2026-05-12',
      '19=2026-05-19',
      'June 2, 2026=2026-06-02',
      'Oct 9, 96=1996-10-09',
    ]);
  });

  it('count the next day from the last day of a span, the previous day from its first', () => {
    assert.deepEqual(datesOf('The board heard the appeals from May 28 to June 2, and ruled on six of them the next day.', '2026-06-10'), [
      'May 28 to June 2=2026-05-28/2026-06-02',
      'the next day=2026-06-03',
    ]);
    assert.deepEqual(datesOf('The union marched from Monday to Thursday, after the police approved its permit the day before.', '2026-06-12'), [
      'Monday to Thursday=2026-06-08/2026-06-11',
      'the day before=2026-06-07',
    ]);
    // A span in an earlier sentence (a rule's period) is not what the day counts from.
    assert.deepEqual(datesOf('The board said on June 24 it had frozen the contract. Felling is barred from 15 April to 30 June. A reporter had called the board the previous day.', '2026-06-26'), [
      'June 24=2026-06-24',
      '15 April to 30 June=2026-04-15/2026-06-30',
      'the previous day=2026-06-23',
    ]);
    // Not from a week: the day named before it stays the anchor.
    assert.deepEqual(datesOf('The plant shut on June 3. Output fell last week, and it reopened the next day.', '2026-06-10'), [
      'June 3=2026-06-03',
      'last week=2026-06-01/2026-06-07',
      'the next day=2026-06-04',
    ]);
  });

  it('date what a sentence set in a past year says was to come in that year', () => {
    assert.deepEqual(datesOf('In 2024 the tax office told traders to file their returns by Dec. 15, but few did.', '2026-10-20'), ['2024=2024', 'Dec. 15=2024-12-15']);
    assert.deepEqual(datesOf('In its 2025 review, the port authority said the new berth was due to open by Nov. 30.', '2026-04-07'), ['2025=2025', 'Nov. 30=2025-11-30']);
    assert.deepEqual(datesOf('In a filing in March 2025, the miner said the smelter was expected to restart by September.', '2026-04-17'), [
      'March 2025=2025-03',
      'September=2025-09',
    ]);
    // A month before the one that sets the year is the next year's; a sentence that opens with no year keeps the tense.
    assert.deepEqual(datesOf('In a filing in October 2025, the miner said the smelter was expected to restart by March.', '2026-01-17'), [
      'October 2025=2025-10',
      'March=2026-03',
    ]);
    assert.deepEqual(datesOf('The miner, which listed in 2025, expects to restart the smelter by Nov. 30.', '2026-04-07'), ['2025=2025', 'Nov. 30=2026-11-30']);
  });

  it('date the new year festivals of countries date-holidays has no table for, and Songkran anywhere', () => {
    assert.deepEqual(datesOf('SIEM REAP, March 30 (Reuters) - Hotels expect full rooms over Khmer New Year, the tourism ministry said.', '2026-03-30'), [
      'March 30=2026-03-30',
      'Khmer New Year=2026-04-14/2026-04-16',
    ]);
    assert.deepEqual(datesOf('LUANG PRABANG, April 20 (AFP) - Bus fares doubled before Lao New Year and fell after Songkran, drivers said.', '2026-04-20'), [
      'April 20=2026-04-20',
      'Lao New Year=2026-04-14/2026-04-16',
      'Songkran=2026-04-13/2026-04-15',
    ]);
  });
});

