// Day numbers by arithmetic (server/src/core/iso.ts) against Date, which they replace: every day
// of years 0 to 10,000 each way, and makeDay's test of which days exist over the same years.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, fromDayNumber, makeDay, toDayNumber, weekdayOf } from '../../server/src/core/iso.js';

const DAY_MS = 86_400_000;
const byDate = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
const dayNumberByDate = (iso: string): number => Math.floor(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS);

describe('ISO day numbers', () => {
  it('give the days Date gives, each way, from year 0 to 10,000', () => {
    for (let n = -719528; n <= 2932896 + 400; n += 1) {
      const iso = byDate(n);
      if (fromDayNumber(n) !== iso) assert.fail(`fromDayNumber(${n}) = ${fromDayNumber(n)}, Date: ${iso}`);
      if (iso.length === 10 && toDayNumber(iso) !== dayNumberByDate(iso)) assert.fail(`toDayNumber(${iso}) = ${toDayNumber(iso)}, Date: ${dayNumberByDate(iso)}`);
    }
  });
  it('read days that run over a month, years before 100 and other text as Date does', () => {
    for (const iso of ['2026-02-30', '2024-02-29', '2025-12-32', '2026-01-00', '0050-03-04', '0099-12-31', '2026-13-01', '2026-00-10', '2026-1x-01', 'abcd-ef-gh', '2026-02', '2026', '', '2026-1.-05']) {
      const want = dayNumberByDate(iso);
      const got = toDayNumber(iso);
      assert.ok(got === want || (Number.isNaN(got) && Number.isNaN(want)), `${iso}: ${got}, Date: ${want}`);
    }
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2100-02-28', 1), '2100-03-01');
    assert.equal(weekdayOf('2026-03-12'), 4);
    assert.throws(() => fromDayNumber(Number.NaN), RangeError);
  });
  it('make only the days that exist', () => {
    for (let year = 1; year <= 9999; year += year < 500 || (year > 1500 && year < 2500) || year > 9900 ? 1 : 7) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const d = new Date(Date.UTC(year, month - 1, day));
          d.setUTCFullYear(year);
          const exists = month >= 1 && month <= 12 && day >= 1 && day <= 31 && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
          const want = exists ? `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined;
          if (makeDay(year, month, day) !== want) assert.fail(`makeDay(${year}, ${month}, ${day}) = ${makeDay(year, month, day)}, Date: ${want}`);
        }
      }
    }
    assert.equal(makeDay(2025.5, 1, 1), '2025.5-01-01');
    assert.equal(makeDay(2025, 1, 1.5), undefined);
  });
});
