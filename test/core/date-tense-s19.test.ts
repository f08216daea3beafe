// Date values on unseen copy (session 19): the tense a year-less date or a weekday takes from its clause.
// Every sentence here is invented for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const datesOf = (body: string, date: string): string[] => extract(body, { date }).dates.map((d) => `${d.text}=${d.value}`);

describe('a cue after a date in another clause is not its tense', () => {
  it('a coordinate clause with a subject of its own', () => {
    // 2026-09-22 is a Tuesday.
    assert.deepEqual(datesOf('The central bank cut rates on Aug. 3, and the board meets again in October.', '2026-09-22'), ['Aug. 3=2026-08-03', 'October=2026-10']);
    assert.deepEqual(datesOf('The mill cut output in July, and its owners will review prices in October.', '2026-09-22'), ['July=2026-07', 'October=2026-10']);
  });
  it('the main clause a relative clause closes into', () => {
    assert.deepEqual(datesOf('The regulator, which cut its fee in August, is due to rule on the merger in December.', '2026-09-22'), ['August=2026-08', 'December=2026-12']);
  });
  it('not a cue in the same clause, nor a relative clause with no comma after it', () => {
    // "will" still reads ahead when the date has no cue before it in its own clause.
    assert.deepEqual(datesOf('In August the council will vote on the budget.', '2026-09-22'), ['August=2027-08']);
    assert.deepEqual(datesOf('On Friday, the council will vote on the budget.', '2026-09-22'), ['Friday=2026-09-25']);
    assert.deepEqual(datesOf('Prices rose in August and will rise again in December, the ministry said.', '2026-09-22'), ['August=2026-08', 'December=2026-12']);
  });
});

describe('what was due at the time of a past action', () => {
  it('a day due or scheduled after a past action is the nearest such day', () => {
    // 2026-11-23 is a Monday.
    assert.deepEqual(datesOf('The concert was cancelled hours before it was due to start at the stadium on Sunday.', '2026-11-23'), ['Sunday=2026-11-22']);
    // 2026-03-12 is a Thursday.
    assert.deepEqual(datesOf('The airline said it had missed a loan repayment due on Tuesday.', '2026-03-12'), ['Tuesday=2026-03-10']);
  });
  it('not after a verb of saying alone, nor in a clause of its own', () => {
    assert.deepEqual(datesOf('The minister said the vote was expected on Friday.', '2026-11-23'), ['Friday=2026-11-27']);
    assert.deepEqual(datesOf('The ferry, which was damaged in a storm, was scheduled to sail on Friday.', '2026-11-25'), ['Friday=2026-11-27']);
    assert.deepEqual(datesOf('Officials said the plant was due to reopen on Friday.', '2026-11-25'), ['Friday=2026-11-27']);
  });
});
