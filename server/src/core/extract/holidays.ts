import { addDays, makeDay, weekdayOf } from '../iso.js';
import { holidayMaxWords, holidayMaxWordsEnding, isHeadShape, isHolidayHead, isHolidayName, type LocalHolidayName } from './locale.js';

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

/** A letter of a word, an apostrophe or a hyphen (ASCII letters, Latin letters with diacritics). */
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019 || c === 45 || (c >= 0xc0 && c <= 0x24f);
/** A word of a holiday's name; a comma may end one (`Commemoration of Atatürk, Youth and Sports Day`). */
const NAME_WORD = /^[\p{L}'’.-]+,?$/u;
const CAPITAL = /[A-Z]/g;
const UPPER_FIRST = /^\p{Lu}/u;
const APOSTROPHES_ONLY = /^['’]+$/;
/** A lowercase article joined by a hyphen to a capitalised word (`il-Kunċizzjoni`): no sentence's first word, no person's name. */
const LOWER_ARTICLE_JOINED = /^\p{Ll}{1,3}-\p{Lu}/u;
/** A one-word holiday (`Diwali`, `Pentecost`) only after a preposition of time, so that `Assumption` or `Florian` opening a sentence is none. */
const BEFORE_ONE_WORD = /\b(?:on|by|before|after|until|till|since|during|for|over|of|around|at|the)\s+$/i;

/** Whether an apostrophe (`'` or `’`) stands in `prose` between `from` and `to`. */
function hasApostrophe(prose: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = prose.charCodeAt(i);
    if (c === 39 || c === 0x2019) return true;
  }
  return false;
}

/**
 * The names of holidays that a country's table knows (`Mashujaa Day`, `King's Birthday`,
 * `Eid al-Adha`, `Freedom Day`): a capitalised word that ends such a name, with as many
 * words before it as make the longest name. Their day is the country's (`locale.ts`).
 */
export function localHolidayNames(prose: string): LocalHolidayName[] {
  const out: LocalHolidayName[] = [];
  const max = holidayMaxWords();
  // Only a word with a capital in it (`Day`, `al-Fitr`) may be a head: jump from capital to capital
  // (a native search, by test: no match object per capital), then widen to the word around it by character codes.
  CAPITAL.lastIndex = 0;
  while (CAPITAL.test(prose)) {
    const capital = CAPITAL.lastIndex - 1;
    let at = capital;
    while (at > 0 && isWordChar(prose.charCodeAt(at - 1))) at--;
    let j = capital + 1;
    while (j < prose.length && isWordChar(prose.charCodeAt(j))) j++;
    CAPITAL.lastIndex = j;
    // Most capitalised words are names: their first and last letters and length, checked first, rule them out without a copy.
    if (j - at < 3 || !isHeadShape(prose.charCodeAt(at), prose.charCodeAt(j - 1), j - at)) continue;
    const head = prose.slice(at, j);
    if (!isHolidayHead(head)) continue;
    const end = j;
    // The words right before the head, nearest first, joined by single spaces, that may open the name: read
    // backwards from the head, within a window of 16 characters a word (its first word may be cut).
    const from = Math.max(0, at - 16 * max);
    // No name ending in this head has more words than its longest (unless a lead word is only
    // apostrophes, which names compare without): longer leads are not tried, and with no apostrophe
    // in the window not read either (`on Monday` reads one word back, not thirteen).
    const longest = holidayMaxWordsEnding(head) - 1;
    const reach = longest < max - 1 && !hasApostrophe(prose, from, at) ? longest : max - 1;
    const words: string[] = [];
    const starts: number[] = [];
    for (let wordEnd = at - 1; words.length < reach && wordEnd >= from && prose.charCodeAt(wordEnd) === 32; ) {
      const space = prose.lastIndexOf(' ', wordEnd - 1);
      const wordStart = space < from ? from : space + 1;
      const word = prose.slice(wordStart, wordEnd);
      if (!NAME_WORD.test(word)) break;
      words.push(word);
      starts.push(wordStart);
      wordEnd = wordStart - 1;
    }
    let k = words.length;
    if (k > longest && !words.some((w) => APOSTROPHES_ONLY.test(w))) k = longest;
    for (; k >= 0; k--) {
      // The k words before the head and the head, as the text writes them (one space between words).
      const first = k > 0 ? words[k - 1]! : head; // in range: 0 < k <= words.length
      const joined = k === 0 && LOWER_ARTICLE_JOINED.test(first);
      if (!joined && !UPPER_FIRST.test(first)) continue;
      const start = k > 0 ? starts[k - 1]! : at; // in range: as above
      const name = prose.slice(start, end);
      if (!isHolidayName(name)) continue;
      if (k === 0 && !joined && !BEFORE_ONE_WORD.test(prose.slice(Math.max(0, start - 12), start))) break;
      // A longer name over the last one takes its place (`Ascension Day` over `Ascension`).
      while (out.length && (out[out.length - 1]?.end ?? 0) > start) out.pop();
      out.push({ start, end, name });
      break;
    }
  }
  return out;
}
