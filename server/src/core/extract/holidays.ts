import { addDays, makeDay, weekdayOf } from '../iso.js';

/**
 * Holidays that news copy names as days ("on Christmas Eve", "by Halloween"), with
 * the rule that gives their day in a year. Sources: the US federal holidays of
 * 5 U.S.C. § 6103 (New Year's Day, Martin Luther King Jr. Day, Washington's
 * Birthday/Presidents' Day, Memorial Day, Juneteenth, Independence Day as the Fourth
 * of July (other countries have an Independence Day of their own), Labor Day, Veterans Day, Thanksgiving Day,
 * Christmas Day); the fixed days of the Gregorian calendar's customary feasts
 * (Christmas Eve, Boxing Day, New Year's Eve, Valentine's Day, St Patrick's Day,
 * Halloween, Guy Fawkes Night, Armistice Day); Easter by the anonymous Gregorian
 * computus (Meeus, Astronomical Algorithms, ch. 8) and the days Christian calendars
 * count from it (Good Friday, Easter Monday, Ash Wednesday).
 */
export interface Holiday {
  /** Spellings, as a regular-expression source (no capturing groups). */
  names: string;
  /** The ISO day of the holiday in `year`. */
  day(year: number): string | undefined;
}

const fixed = (month: number, day: number) => (year: number) => makeDay(year, month, day);

/** The `n`th weekday `wd` (0 = Sunday) of a month; `n` = -1 for the last one. */
const nth = (month: number, wd: number, n: number) => (year: number) => {
  if (n > 0) {
    const first = makeDay(year, month, 1)!;
    return addDays(first, ((wd - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = addDays(month === 12 ? makeDay(year + 1, 1, 1)! : makeDay(year, month + 1, 1)!, -1);
  return addDays(last, -((weekdayOf(last) - wd + 7) % 7));
};

/** Easter Sunday (Gregorian), plus `offset` days. */
const easter = (offset: number) => (year: number) => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return addDays(makeDay(year, month, day)!, offset);
};

const APOS = `['’]`;

/** Longest spellings first: the scan takes the first alternative that matches. */
export const HOLIDAYS: Holiday[] = [
  { names: String.raw`Christmas\s+Eve`, day: fixed(12, 24) },
  { names: String.raw`Christmas(?:\s+Day)?`, day: fixed(12, 25) },
  { names: String.raw`Boxing\s+Day`, day: fixed(12, 26) },
  { names: String.raw`New\s+Year${APOS}s\s+Eve`, day: fixed(12, 31) },
  { names: String.raw`New\s+Year${APOS}s\s+Day`, day: fixed(1, 1) },
  { names: String.raw`(?:St\.?|Saint)\s+Valentine${APOS}s\s+Day|Valentine${APOS}s\s+Day`, day: fixed(2, 14) },
  { names: String.raw`(?:St\.?|Saint)\s+Patrick${APOS}s\s+Day`, day: fixed(3, 17) },
  { names: String.raw`Halloween`, day: fixed(10, 31) },
  { names: String.raw`Guy\s+Fawkes\s+(?:Night|Day)|Bonfire\s+Night`, day: fixed(11, 5) },
  { names: String.raw`Veterans${APOS}?\s+Day|Armistice\s+Day`, day: fixed(11, 11) },
  { names: String.raw`Juneteenth`, day: fixed(6, 19) },
  { names: String.raw`(?:the\s+)?Fourth\s+of\s+July`, day: fixed(7, 4) },
  { names: String.raw`Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|MLK\s+Day`, day: nth(1, 1, 3) },
  { names: String.raw`Presidents${APOS}?\s+Day|Washington${APOS}s\s+Birthday`, day: nth(2, 1, 3) },
  { names: String.raw`Memorial\s+Day`, day: nth(5, 1, -1) },
  { names: String.raw`Labou?r\s+Day`, day: nth(9, 1, 1) },
  { names: String.raw`Thanksgiving(?:\s+Day)?`, day: nth(11, 4, 4) },
  { names: String.raw`Black\s+Friday`, day: (y) => addDays(nth(11, 4, 4)(y)!, 1) },
  { names: String.raw`Good\s+Friday`, day: easter(-2) },
  { names: String.raw`Easter\s+Monday`, day: easter(1) },
  { names: String.raw`Easter(?:\s+Sunday|\s+Day)?`, day: easter(0) },
  { names: String.raw`Ash\s+Wednesday`, day: easter(-46) },
];

/** One pattern for every holiday name. */
export const HOLIDAY_NAMES = HOLIDAYS.map((h) => h.names).join('|');

const compiled = HOLIDAYS.map((h) => ({ re: new RegExp(`^(?:${h.names})$`), day: h.day }));

/** The rule of a holiday written as `name` (as the scan matched it). */
export function holidayOf(name: string): Holiday['day'] | undefined {
  const text = name.replace(/\s+/g, ' ');
  return compiled.find((h) => h.re.test(text))?.day;
}
