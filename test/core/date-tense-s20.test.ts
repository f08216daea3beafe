// Date values on unseen copy (session 20): the verb that governs a year-less month or day.
// Every sentence here is invented for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const datesOf = (body: string, date: string): string[] => extract(body, { date }).dates.map((d) => `${d.text}=${d.value}`);

describe('a coordinate clause with no verb of its own shares its first conjunct verb', () => {
  it('past as well as future', () => {
    // 2027-10-13 is a Wednesday.
    assert.deepEqual(datesOf('The mill last closed a kiln in 2011, and again briefly in November.', '2027-10-13'), ['2011=2011', 'November=2026-11']);
    assert.deepEqual(datesOf('Bus fares were last cut in December, and by a smaller amount in June.', '2027-03-10'), ['December=2026-12', 'June=2026-06']);
    assert.deepEqual(datesOf('The choir will tour Peru in May, and again in February.', '2027-03-10'), ['May=2027-05', 'February=2028-02']);
  });
  it('"once more" is no condition', () => {
    assert.deepEqual(datesOf('The dam overflowed in 2015, and once more for three days in August.', '2027-06-09'), ['2015=2015', 'August=2026-08']);
  });
  it('not a clause with a verb or a subject of its own, nor a real condition', () => {
    assert.deepEqual(datesOf('Rents fell in April, and they will fall again in November.', '2027-05-19'), ['April=2027-04', 'November=2027-11']);
    assert.deepEqual(datesOf('The dock closed in March, with a new berth due in October.', '2027-05-19'), ['March=2027-03', 'October=2027-10']);
    assert.deepEqual(datesOf('Once the levy passes in September, importers will pay more.', '2027-05-19'), ['September=2027-09']);
  });
});

describe('"proposed" with an object is a past act', () => {
  it('the finite verb', () => {
    assert.deepEqual(datesOf('The ministry proposed the toll in September, a week after the storm.', '2027-01-14'), ['September=2026-09']);
    assert.deepEqual(datesOf('The board first proposed a merger in November, weeks after the audit.', '2027-10-13'), ['November=2026-11']);
  });
  it('not the participle, a plan with "to", nor a proposal from a date', () => {
    assert.deepEqual(datesOf('The proposed toll in September will cost drivers more.', '2027-01-14'), ['September=2027-09']);
    assert.deepEqual(datesOf('The ministry proposed to raise the toll in September.', '2027-01-14'), ['September=2027-09']);
    assert.deepEqual(datesOf('The ministry proposed a toll from September.', '2027-01-14'), ['September=2027-09']);
  });
});

describe('a date in a future clause is not governed by a past verb in a subordinate clause after it', () => {
  it('"under ... approved", "after ... voted"', () => {
    // 2027-03-10 is a Wednesday.
    assert.deepEqual(datesOf('Nurses will be paid more from July 1 under rules the senate passed on Tuesday.', '2027-03-10'), ['July 1=2027-07-01', 'Tuesday=2027-03-09']);
    assert.deepEqual(datesOf('The bridge will reopen on Feb. 2 after engineers finished repairs on Monday.', '2027-03-10'), ['Feb. 2=2028-02-02', 'Monday=2027-03-08']);
  });
  it('a plan whose month is before the publication month is next year; a past report after it is last year', () => {
    assert.deepEqual(datesOf('The tax will take effect on January 1.', '2027-03-10'), ['January 1=2028-01-01']);
    assert.deepEqual(datesOf('The hunting season opens in June.', '2027-07-21'), ['June=2028-06']);
    assert.deepEqual(datesOf('Exports slumped in October.', '2027-03-10'), ['October=2026-10']);
  });
});
