// date.weekday-mismatch on every pairing of a weekday and a date that a desk writes:
// ISO, numeric and month-name dates; full and abbreviated weekdays, with and without
// a full stop; the weekday before the date or after it, bare, after a comma, or in
// brackets; the date in brackets after the weekday. The first table holds the English
// cases of textlint-rule-date-weekday-mismatch (its tests/ and README, written here as
// our own table): the peer the issue measured us against.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle, mergeRegistry } from '../../server/src/core/index.js';

const registry = mergeRegistry([]);

/** The weekday-mismatch findings of a one-line article dated `date`: [span text, fix]. */
function mismatches(line: string, date = '2026-01-26'): [string, string | undefined][] {
  const text = `---\ntitle: "Weekdays"\ndate: ${date}\n---\n${line}\n`;
  return analyzeArticle('file:///desk/weekdays.md', text, registry, { today: date })
    .findings.filter((f) => f.code === 'date.weekday-mismatch')
    .map((f) => [text.slice(f.span.start, f.span.end), f.expected?.[0]]);
}

describe('textlint-rule-date-weekday-mismatch English cases', () => {
  // [text, article date (the rule's "current year" for year-less dates), expected fix or none]
  const cases: [string, string, string | undefined][] = [
    ['2016-12-29(Thursday)', '2026-01-26', undefined],
    ['2016-12-29(Tsu)', '2026-01-26', undefined], // not a weekday: nothing to check
    ['4/23(Wed)', '2025-04-20', undefined], // useCurrentYearIfMissing: 2025-04-23 is a Wednesday
    ['2021-07-02 (Thursday)', '2026-01-26', '2021-07-02 (Friday)'],
    ['Welcome to 2016-12-29(Fri)', '2026-01-26', '2016-12-29(Thu)'],
    ['4/23(Fri)', '2025-04-20', '4/23(Wed)'],
    ['2016-12-29(Friday)', '2026-01-26', '2016-12-29(Thursday)'], // the README's example
  ];
  for (const [line, date, fix] of cases) {
    it(`${line}${fix ? ` → ${fix}` : ' (no finding)'}`, () => {
      const found = mismatches(line, date);
      if (fix === undefined) assert.deepEqual(found, []);
      else {
        assert.equal(found.length, 1, JSON.stringify(found));
        assert.equal(found[0]![1], fix);
      }
    });
  }
});

describe('every pairing a desk writes', () => {
  // 2021-07-02 was a Friday; 2016-12-29 a Thursday; 2026-04-23 a Thursday; 2026-01-22 a Thursday.
  const wrong: [string, string][] = [
    ['Thursday, 2021-07-02 was the deadline.', 'Friday, 2021-07-02'],
    ['Thu 2021-07-02 was the deadline.', 'Fri 2021-07-02'],
    ['Fri, Dec. 29, 2016 was the day.', 'Thu, Dec. 29, 2016'],
    ['Fri. Dec. 29, 2016 was the day.', 'Thu. Dec. 29, 2016'],
    ['Tuesday (April 23) is the hearing.', 'Thursday (April 23)'],
    ['The hearing is on April 23 (Tuesday).', 'April 23 (Thursday)'],
    ['The vote was on Friday, 22 January 2026.', 'Thursday, 22 January 2026'],
    ['The vote was on Fri 22 January.', 'Thu 22 January'],
    ['The vote was on Wednesday, January 22.', 'Thursday, January 22'],
    ['The vote was on Wed., Jan. 22, 2026.', 'Thu., Jan. 22, 2026'],
    ['The vote was on 22 Jan 2026 (Mon).', '22 Jan 2026 (Thu)'],
    ['Filed 2016-12-29 (FRI).', '2016-12-29 (THU)'],
  ];
  for (const [line, fix] of wrong) {
    it(`${line} → ${fix}`, () => {
      const found = mismatches(line);
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.equal(found[0]![1], fix);
    });
  }
  const right = [
    'Friday, 2021-07-02 was the deadline.',
    'Thu, Dec. 29, 2016 was the day.',
    'Thursday (April 23) is the hearing.',
    'The hearing is on April 23 (Thursday).',
    'The vote was on Thursday, 22 January 2026.',
    'The vote was on Thu. Jan. 22.',
    'The board met on Friday, and on January 22 it voted.',
    'On Monday (local time) the board met.',
  ];
  for (const line of right) it(`${line} (no finding)`, () => assert.deepEqual(mismatches(line), []));
});
