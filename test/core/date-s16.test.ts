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
});
