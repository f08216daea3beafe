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
});
