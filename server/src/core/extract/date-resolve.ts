import { addDays, daysBetween, makeDay, weekdayOf } from '../iso.js';
import type { DateMention, Sentence } from '../types.js';
import { MONTHS, PREP_YEAR_RE, WEEKDAY_INDEX } from './date-forms.js';
import { appointedAt, nearestYear, pickDay, tenseAt, yearOf } from './date-tense.js';
import { holidayOf } from './holidays.js';

/** Whether a value is one day (not a month, a year or a span). */
export const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;

/** What one match resolves to: mentions, and days counted from the date named before it. */
export interface Resolved {
  mentions: DateMention[];
  anchor?: number;
  /** A numeric date read month first that also reads day first: that value. */
  alt?: string;
  /** A holiday: its name as written, the sentence's tense and the year written (0: none), for the country's rule. */
  holiday?: HolidayRef;
}

/** A block's date mentions, and which of them count days from the date named before them ([index, days]). */
export interface BlockDates {
  reference: string;
  mentions: DateMention[];
  anchored: [number, number][];
  /** Numeric dates that read both ways ("08/10/2025"), with their day-first value. */
  swapped: [number, string][];
  /** Holidays, whose day is the article's country's: [index, name, tense, year written or 0]. */
  holidays: [number, HolidayRef][];
  /** How many more dates the block writes day first ("8 October") than month first ("October 8"). */
  order: number;
}

/** A holiday mention's name, tense and written year (0 when none): its day depends on the article's country. */
export interface HolidayRef {
  name: string;
  tense: number;
  year: number;
}

/** A mention of a block, and the days it counts from the date named before it, if it does. */
export interface Item {
  d: DateMention;
  anchor?: number;
  alt?: string;
  holiday?: HolidayRef;
}


/**
 * The day of a holiday by its rule: in the year written, else, as a year-less day, the
 * nearest one unless the tense points the other way by more than a month ("prices rose
 * before the Lunar New Year" three weeks before it is this year's; "sales rose at
 * Christmas" in June, last year's).
 */
export function holidayDay(day: (year: number) => string | undefined, reference: string, tense: number, year: number): string | undefined {
  if (year) return day(year);
  const y = +reference.slice(0, 4);
  const spans = [day(y - 1), day(y), day(y + 1)].filter((x): x is string => !!x);
  // A span of days (a festival's) is picked by its first day.
  const candidates = spans.map((x) => x.slice(0, 10));
  const whole = (d: string | undefined): string | undefined => (d === undefined ? d : spans[candidates.indexOf(d)]);
  const nearest = pickDay(candidates, reference, 0);
  if (nearest && Math.abs(daysBetween(reference, nearest)) <= NEAR_DAYS) return whole(nearest);
  return whole(pickDay(candidates, reference, tense));
}

/** How far a year-less day may lie on the other side of the publication day from the one its tense points to. */
const NEAR_DAYS = 31;

/** A date mention, or nothing when its value is not a valid date. */
export function mention(value: string | undefined, relative: boolean, weekday: number | undefined, text: string, offset: number): DateMention | undefined {
  if (!value) return undefined;
  // Two literals, not a spread of an optional field: a spread copy is the slow path of object creation.
  return weekday === undefined ? { text, start: offset, end: offset + text.length, value, relative } : { text, start: offset, end: offset + text.length, value, relative, weekday };
}

const one = (d: DateMention | undefined): Resolved | undefined => (d ? { mentions: [d] } : undefined);

const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Days in "three days", "a week", "2 weeks". */
function daysOf(words: string[]): number | undefined {
  const i = words.findIndex((w) => /^(?:days?|weeks?)$/.test(w));
  if (i < 1) return undefined;
  // in range: i >= 1 (checked above)
  const w = words[i - 1]!;
  const n = /^\d+$/.test(w) ? +w : COUNTS[w];
  // in range: i is the index findIndex returned
  return n === undefined ? undefined : n * (words[i]!.startsWith('week') ? 7 : 1);
}

/** A count noun of people or things after a number ("2000 workers", "1500 tonnes"), which makes it a count, not a year. */
const COUNT_NOUN_AFTER =
  /^\s+(?:[a-z]+-)?(?:workers|employees|staff|members|troops|soldiers|police|officers|people|residents|families|households|homes|houses|jobs|students|pupils|teachers|nurses|doctors|farmers|miners|drivers|passengers|fans|voters|delegates|refugees|migrants|patients|children|tonnes|tons|barrels|hectares|acres|litres|liters|kilometres|kilometers|miles|vehicles|cars|trucks|buses|units|shares|beds|seats|cattle|sheep|goats|animals)\b/;
const RECURRING_BEFORE = /\b(?:every|each|his|her|its|their|our|my|your)\s+$/i;
/** "that" right before a month: the month of a year already named. */
const THAT_BEFORE = /\bthat\s+$/i;
const YEAR_IN_TEXT = /\b(?:1[89]|20)\d\d\b/g;

/** The last year written in the sentence before `start` (0: none). */
function yearNamedBefore(sentence: Sentence | undefined, start: number): number {
  if (!sentence) return 0;
  let year = 0;
  YEAR_IN_TEXT.lastIndex = 0;
  const text = sentence.text.slice(0, Math.max(0, start - sentence.start));
  for (let m = YEAR_IN_TEXT.exec(text); m; m = YEAR_IN_TEXT.exec(text)) year = +m[0];
  return year;
}

/** A possessive right after a date ("Tuesday's attack"): the date names an event of that day. */
function possessiveAfter(sentence: Sentence | undefined, start: number, length: number): boolean {
  if (!sentence) return false;
  const at = start - sentence.start + length;
  return /^['’]s\b/.test(sentence.text.slice(at, at + 3));
}

const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
/** Weekdays coordinated right before a date: "Monday, Tuesday and ", "Monday, ". */
const WEEKDAY_CHAIN = new RegExp(String.raw`\b(?:${WEEKDAY}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))+$`, 'i');
/** The rest of a list after a weekday in its middle, closing with "and" or "or": ", Tuesday and Friday". */
const LIST_TAIL = new RegExp(String.raw`^(?:\s*,\s*${WEEKDAY})*,?\s+(?:and|or)\s+${WEEKDAY}\b`, 'i');
/**
 * The start and length whose tense a weekday takes: the first of the weekdays coordinated with it, else its own. The
 * list must close with "and" or "or" ("said on Monday, Wednesday's strike" opens another clause), and a weekday with a
 * possessive names its day's event, the subject of a clause of its own.
 */
function chainHead(sentence: Sentence | undefined, start: number, length: number): [number, number] {
  if (!sentence) return [start, length];
  const at = start - sentence.start;
  const after = sentence.text.slice(at + length, at + length + 60);
  if (/^['’]s\b/.test(after)) return [start, length];
  const from = Math.max(0, at - 48);
  const m = WEEKDAY_CHAIN.exec(sentence.text.slice(from, at));
  if (!m || !(/(?:and|or)\s+$/i.test(m[0]) || LIST_TAIL.test(after))) return [start, length];
  const head = sentence.start + from + m.index;
  return [head, /^\S+/.exec(m[0])![0].length];
}

export function resolve(
  g: Record<string, string | undefined>,
  raw: string,
  start: number,
  before: string,
  sentence: Sentence | undefined,
  reference: string,
): Resolved | undefined {
  if (g.iso) {
    const [a, b] = raw.split('/');
    const first = isoDay(a!);
    const last = b ? isoDay(b) : undefined;
    if (!first || (b && (!last || last < first))) return undefined;
    return one(mention(last ? `${first}/${last}` : first, false, undefined, raw, start));
  }
  if (g.dotted) {
    const [d, mo, y] = raw.split('.').map(Number);
    return one(mention(makeDay(y!, mo!, d!), false, undefined, raw, start));
  }
  if (g.slashed) {
    const [a, b, y] = raw.split(/[/-]/).map(Number);
    // Month first as in US copy, unless the first part cannot be a month or the article writes its days first.
    const d = mention(a! > 12 ? makeDay(y!, b!, a!) : makeDay(y!, a!, b!), false, undefined, raw, start);
    const alt = a! <= 12 && b! <= 12 && a !== b ? makeDay(y!, b!, a!) : undefined;
    return d ? (alt ? { mentions: [d], alt } : { mentions: [d] }) : undefined;
  }
  // The tense is read only when the year is left out and the day lies more than a month away (then it decides which year).
  if (g.dlist || g.mlist) return resolveList(raw, start, reference, () => tenseAt(sentence, start, raw.length));
  if (g.mdy || g.dmy) return one(resolveCalendar(raw, start, reference, /\d{4}/.test(raw) ? 0 : () => tenseAt(sentence, start, raw.length)));
  if (g.my) {
    // "32 August 2014": an impossible day leaves no month.
    if (/\d[\s/-]{0,3}$/.test(before)) return undefined;
    const [mo, y] = raw.replace(',', '').split(/\s+/);
    const month = MONTHS[mo!.replace('.', '').toLowerCase()];
    return month ? one(mention(`${y}-${String(month).padStart(2, '0')}`, false, undefined, raw, start)) : undefined;
  }
  if (g.holiday) {
    const year = /(\d{4})$/.exec(raw)?.[1];
    const name = year ? raw.slice(0, raw.length - 4).replace(/[\s,]+$/, '') : raw;
    const day = holidayOf(name);
    if (!day) return undefined;
    const tense = year ? 0 : tenseAt(sentence, start, raw.length);
    const d = mention(holidayDay(day, reference, tense, year ? +year : 0), !year, undefined, raw, start);
    return d ? { mentions: [d], holiday: { name, tense, year: year ? +year : 0 } } : undefined;
  }
  if (g.wd) {
    const words = raw.toLowerCase().split(/\s+/);
    // in range: split() gives at least one word
    const qualifier = ['early', 'late', 'last', 'next', 'this', 'past'].includes(words[0]!) ? words[0] : undefined;
    // in range: the wd pattern writes a weekday after its qualifier, so a qualifier has words[1]
    const wd = WEEKDAY_INDEX[(qualifier ? words[1]! : words[0]!).replace('.', '')];
    if (wd === undefined) return undefined;
    // "every Saturday", "his Sunday column": a weekday that recurs or describes, no day.
    if (!qualifier && RECURRING_BEFORE.test(before)) return undefined;
    // "last/next" choose the week; otherwise the sentence's tense: a past event is the
    // last such day on or before the reference date, a coming one the next on or after it.
    const refWd = weekdayOf(reference);
    const ahead = (wd - refWd + 7) % 7;
    const back = (refWd - wd + 7) % 7;
    let delta: number;
    // "next Thursday": that day of next week (ISO, Monday to Sunday), as "next week" is; not tomorrow's Thursday.
    if (qualifier === 'next') delta = 7 - ((refWd + 6) % 7) + ((wd + 6) % 7);
    else if (qualifier === 'last' || qualifier === 'past') delta = -(back || 7);
    // (The reference's own weekday is the reference date either way: no tense read.)
    else if (ahead === 0) delta = 0;
    else if (qualifier === 'this') delta = tenseAt(sentence, start, raw.length) < 0 ? -back : ahead;
    // A day something is for ("tickets for Tuesday had sold out", "the agenda for Monday") lies ahead, as one appointed does;
    // not a day's event named by its possessive ("arrested for Tuesday's attack"), which the sentence's tense dates.
    // A weekday coordinated with ones before it ("delivered on Monday, Tuesday and Wednesday will be paid") takes the first one's tense.
    else delta = tenseAt(sentence, ...chainHead(sentence, start, raw.length)) > 0 || appointedAt(sentence, start) || (/\bfor\s+$/i.test(before) && !possessiveAfter(sentence, start, raw.length)) ? ahead : -back;
    return one(mention(addDays(reference, delta), true, undefined, raw, start));
  }
  if (g.rel) {
    const r = raw.toLowerCase().replace(/\s+/g, ' ');
    const delta = r === 'yesterday' || r === 'last night' ? -1 : r === 'tomorrow' ? 1 : r.includes('before yesterday') ? -2 : r.includes('after tomorrow') ? 2 : 0;
    return one(mention(addDays(reference, delta), true, undefined, raw, start));
  }
  if (g.anchored) {
    const words = raw.toLowerCase().split(/\s+/);
    // "the previous month", "the following year": counted in months or years from the date last named (from the reference date until then).
    const unit = words[words.length - 1];
    if (unit === 'month' || unit === 'year') {
      const by = words.includes('following') ? 1 : -1;
      const d = mention(shiftPeriod(unit === 'month' ? reference.slice(0, 7) : reference.slice(0, 4), by), true, undefined, raw, start);
      return d ? { mentions: [d], anchor: by * (unit === 'month' ? MONTH_ANCHOR : YEAR_ANCHOR) } : undefined;
    }
    const counted = daysOf(words);
    const back = words.includes('previous') || words.includes('before') || words.includes('earlier');
    // "the same day": the day named last itself.
    const days = words.includes('same') ? 0 : (counted ?? 1) * (back ? -1 : 1);
    const d = mention(addDays(reference, days), true, undefined, raw, start);
    return d ? { mentions: [d], anchor: days } : undefined;
  }
  if (g.offset) {
    // An approximate count ("less than two months ago", "about a week ago") names no day.
    if (/\b(?:than|about|nearly|almost|some|around|roughly|least|over|under|up\s+to)\s+$/i.test(before)) return undefined;
    // "three games in four days", "20 goals in two weeks": a rate over a duration, no day.
    // Not in a sentence about what is to come ("will open talks on a batch of 120 guns in two weeks").
    if (/^in\s/i.test(raw) && /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|an|one)\s+[a-z]+\s+$/i.test(before) && tenseAt(sentence, start, raw.length) <= 0) return undefined;
    const words = raw.toLowerCase().split(/\s+/);
    const sign = words.includes('ago') ? -1 : 1;
    const unit = words.findIndex((w) => /^(?:months?|years?)$/.test(w));
    if (unit > 0) {
      // Months and years ago name a month or a year, at the precision written.
      // in range: unit > 0 (checked above)
      const n = /^\d+$/.test(words[unit - 1]!) ? +words[unit - 1]! : COUNTS[words[unit - 1]!];
      if (n === undefined) return undefined;
      const y = +reference.slice(0, 4);
      // in range: unit is the index findIndex returned
      if (words[unit]!.startsWith('year')) return one(mention(String(y + sign * n), true, undefined, raw, start));
      const m = y * 12 + (+reference.slice(5, 7) - 1) + sign * n;
      return one(mention(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`, true, undefined, raw, start));
    }
    const days = daysOf(words);
    if (days === undefined) return undefined;
    return one(mention(addDays(reference, sign * days), true, undefined, raw, start));
  }
  if (g.weekend) {
    const r = raw.toLowerCase();
    const refWd = weekdayOf(reference);
    // The weekend under way on a Saturday or Sunday; else the one before (past) or after (coming) the reference date.
    const current = refWd === 6 ? reference : refWd === 0 ? addDays(reference, -1) : undefined;
    const coming = current ?? addDays(reference, 6 - refWd);
    const past = current ?? addDays(reference, -(refWd + 1));
    let saturday: string;
    if (r.startsWith('next')) saturday = current ? addDays(current, 7) : coming;
    else if (r.startsWith('last') || r.startsWith('the past')) saturday = current ? addDays(current, -7) : past;
    // (On a weekend the coming and the past one are the same: no tense read.)
    else if (current) saturday = current;
    else if (r.startsWith('this')) saturday = tenseAt(sentence, start, raw.length) < 0 ? past : coming;
    else saturday = tenseAt(sentence, start, raw.length) > 0 ? coming : past;
    return one(mention(`${saturday}/${addDays(saturday, 1)}`, true, undefined, raw, start));
  }
  if (g.period) {
    const r = raw.toLowerCase().replace(/\s+/g, ' ');
    const shift = r.startsWith('last') || r.startsWith('the past') || r.startsWith('past') ? -1 : r.startsWith('next') ? 1 : 0;
    if (r.endsWith('week')) {
      const monday = addDays(reference, -((weekdayOf(reference) + 6) % 7) + 7 * shift);
      return one(mention(`${monday}/${addDays(monday, 6)}`, true, undefined, raw, start));
    }
    const y = +reference.slice(0, 4);
    if (r.endsWith('year')) return one(mention(String(y + shift), true, undefined, raw, start));
    let mo = +reference.slice(5, 7) + shift;
    let yy = y;
    if (mo < 1) (mo = 12), yy--;
    if (mo > 12) (mo = 1), yy++;
    return one(mention(`${yy}-${String(mo).padStart(2, '0')}`, true, undefined, raw, start));
  }
  if (g.monthOnly) {
    // "32 August": a number no day can be leaves no month either.
    if (g.monthOnly === raw && /\d\s+$/.test(before)) return undefined;
    const words = raw.split(/\s+/);
    // in range: split() gives at least one word
    const name = words[words.length - 1]!;
    // in range: split() gives at least one word
    const qualifier = words.length > 1 ? words[0]!.toLowerCase() : '';
    // Keep qualifiers such as "early" or "mid" inside the span; drop prepositions.
    const keep = /^(early|late|mid-?|last|next|this)$/.test(qualifier);
    const text = keep ? raw : name;
    const offset = keep ? start : start + raw.length - name.length;
    const month = MONTHS[name.replace('.', '').toLowerCase()];
    if (!month) return undefined;
    const y = +reference.slice(0, 4);
    const refMonth = +reference.slice(5, 7);
    let year: number;
    const named = THAT_BEFORE.test(before) ? yearNamedBefore(sentence, start) : 0;
    if (qualifier === 'last') year = month < refMonth ? y : y - 1;
    else if (qualifier === 'next') year = month > refMonth ? y : y + 1;
    // "that September": the month of the year the sentence named before it ("in February 2024 ... until that September").
    else if (named) year = named;
    else {
      // The sentence's tense: a past event in the last such month, a coming one in the next (this month counts).
      // A month something is for ("contracts for February", "wages for October") is no past event: the nearest.
      const tense = Math.max(tenseAt(sentence, start, raw.length), /\bfor\s+$/i.test(before) ? 0 : -1);
      if (tense < 0) year = month <= refMonth ? y : y - 1;
      else if (tense > 0) year = month >= refMonth ? y : y + 1;
      else year = nearestYear(y, month, refMonth);
    }
    return one(mention(`${year}-${String(month).padStart(2, '0')}`, true, undefined, text, offset));
  }
  if (g.yrange) {
    const [a = '', b = ''] = raw.match(/\d{4}|\d\d$/g)!;
    if (b.length === 2) {
      // "1997-98", "1999-2000" written "1999-00": the next ten years at most; not a number a document is filed under ("Decree 2019-21").
      const end = +(a.slice(0, 2) + b) + (+b <= +a.slice(2) ? 100 : 0);
      return end - +a <= 10 && !DOCUMENT_NUMBER.test(before) && !NUMBER_BEFORE.test(before) ? one(mention(`${a}/${end}`, false, undefined, raw, start)) : undefined;
    }
    return +b > +a ? one(mention(`${a}/${b}`, false, undefined, raw, start)) : undefined;
  }
  if (g.yearq) return one(mention(raw.slice(-4), false, undefined, raw, start));
  if (g.year) {
    // "August 32, 2014": the year of an impossible day (the scan read no day there) is no date either.
    if (/[A-Za-z]\.?\s+\d{1,2},?\s+$/.test(before) && /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+$/i.test(before)) return undefined;
    // A bare year is a date only in a date-like context, so that "2000 troops" is not one.
    const after = sentence ? sentence.text.slice(start - sentence.start + raw.length) : '';
    if (PREP_YEAR_RE.test(before) || /\b(?:1[89]|2[01])\d\d\s+(?:and|or|&)\s+$/.test(before) || /^\s*(?:[.,;:!?)"'”’]|$)/.test(after) || /^'s\b/.test(after)) return one(mention(raw, false, undefined, raw, start));
    // "exports for 2025 as a whole", "the forecast for 2027 is": after "for", a year that no noun follows (not "for 2000 troops").
    if (/\bfor\s+$/i.test(before) && YEAR_FOLLOWER.test(after)) return one(mention(raw, false, undefined, raw, start));
    // "the 2022 general election", "a 2016 contract": a year before a noun, after an article or possessive.
    // Also after a possessive name ("the council's 2019 ordinance", "the city's 2026 budget"): a count there writes its comma ("the firm's 2,000 staff").
    // Not before a count noun of people or things ("the factory's 2000 workers", "its 1500 tonnes"): a count without its comma.
    if (/(?:\b(?:the|a|an|its|their|his|her|our)|\p{L}['’]s|\p{L}s['’])\s+$/iu.test(before) && /^\s+[a-z]{3,}/.test(after) && !COUNT_NOUN_AFTER.test(after)) return one(mention(raw, false, undefined, raw, start));
    return undefined;
  }
  return undefined;
}

/** Words that follow a year but never a count of things: function words and verbs of report. */
const YEAR_FOLLOWER = /^\s+(?:as|and|or|to|through|until|is|was|were|are|will|would|could|may|might|has|had|have|rose|fell|grew|showed|shows|stood|came|reached|at|in|on|from|than|compared|when|after|before)\b/i;

function isoDay(s: string): string | undefined {
  return makeDay(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10));
}

/** "Sunday, January 25", "January 23-24", "22 January 2026", "December 26, 2025". */
function resolveCalendar(raw: string, start: number, reference: string, tense: number | (() => number)): DateMention | undefined {
  const tokens = raw.match(/[A-Za-z]+\.?|\d+(?:st|nd|rd|th)?/g) ?? [];
  let weekday: number | undefined;
  const months: number[] = [];
  const days: number[] = [];
  let year: number | undefined;
  for (const t of tokens) {
    const word = t.replace('.', '').toLowerCase();
    if (/^\d/.test(t)) {
      const n = parseInt(t, 10);
      if (t.length === 4 && /^\d{4}$/.test(t)) year = n;
      else days.push(n);
    // in range: MONTHS[word] was just checked to be defined
    } else if (MONTHS[word] !== undefined && !(word in WEEKDAY_INDEX)) months.push(MONTHS[word]!);
    else if (WEEKDAY_INDEX[word] !== undefined) weekday = WEEKDAY_INDEX[word];
  }
  if (!months.length || !days.length) return undefined;
  // in range: months and days are not empty (checked above)
  const month1 = months[0]!;
  const month2 = months[1] ?? month1;
  const relative = year === undefined;
  // in range: days is not empty (checked above)
  const y = year ?? yearOf(month1, days[0]!, reference, tense);
  // in range: days is not empty (checked above)
  const first = makeDay(y, month1, days[0]!);
  if (!first) return undefined;
  let value = first;
  if (days.length > 1) {
    // in range: days.length > 1
    const last = makeDay(month2 < month1 ? y + 1 : y, month2, days[1]!);
    if (!last || last <= first) return undefined;
    value = `${first}/${last}`;
  }
  return weekday === undefined ? { text: raw, start, end: start + raw.length, value, relative } : { text: raw, start, end: start + raw.length, value, relative, weekday };
}

/** "3, 4, 6 and 7 January" and "Dec. 8 and 9": one mention per day, the month (and year) written once. */
function resolveList(raw: string, start: number, reference: string, tense: () => number): Resolved | undefined {
  const parts = [...raw.matchAll(/[A-Za-z]+\.?|\d+(?:st|nd|rd|th)?/g)];
  let month: number | undefined;
  let monthAt = -1;
  let year: number | undefined;
  const days: { n: number; at: number; end: number }[] = [];
  for (const p of parts) {
    const t = p[0];
    const word = t.replace('.', '').toLowerCase();
    if (/^\d{4}$/.test(t)) year = +t;
    else if (/^\d/.test(t)) days.push({ n: parseInt(t, 10), at: p.index!, end: p.index! + t.length });
    else if (MONTHS[word] !== undefined && month === undefined) (month = MONTHS[word]), (monthAt = p.index!);
  }
  if (month === undefined || days.length < 2) return undefined;
  // in range: days.length >= 2 (checked above)
  const y = year ?? yearOf(month, days[0]!.n, reference, tense);
  const mentions: DateMention[] = [];
  // The month (and year) stay with the day they are written beside: "Dec. 8", "7 January 2026".
  // in range: days.length >= 2 (checked above)
  const monthFirst = monthAt < days[0]!.at;
  days.forEach((d, i) => {
    const from = monthFirst && i === 0 ? monthAt : d.at;
    const to = !monthFirst && i === days.length - 1 ? raw.length : monthFirst && i === days.length - 1 && year !== undefined ? raw.length : d.end;
    const m = mention(makeDay(y, month!, d.n), year === undefined, undefined, raw.slice(from, to), start + from);
    if (m) mentions.push(m);
  });
  return mentions.length === days.length ? { mentions } : undefined;
}

/** A document's number before it ("Law 12/2020", "Decree No. 2019-21", "Regulation 1408/2013"): what follows is no date. */
export const DOCUMENT_NUMBER = /\b(?:[Ll]aws?|Acts?|[Dd]ecrees?|[Rr]egulations?|[Dd]irectives?|[Rr]esolutions?|[Oo]rdinances?|[Dd]ecisions?|[Cc]ircular|Lei|Ley|Loi|Decreto|Legge|Gesetz)\s+(?:(?:[Nn]o|[Nn]r|[Nn][º°o])\.?\s*)?$/;

/** A number's sign or a filed thing before a short span ("Case No. 2023-28", "file 2021-24", "#2019-20", "flight 2024-25"): an id, no span of years. */
const NUMBER_BEFORE = /(?:\b(?:(?:[Nn]o|[Nn]r|[Nn][º°])\.\s*|N[or]\s+|[Nn][º°]\s*|[Nn]umbers?\s+)|#\s*|\b(?:[Cc]ases?|[Ff]iles?|[Bb]ills?|[Dd]ockets?|[Pp]etitions?|[Aa]pplications?|[Ff]lights?|[Aa]rticles?)\s+)$/;

/** An anchor of a month or a year counted from the date last named ({@link Item.anchor} counts days below these). */
export const MONTH_ANCHOR = 1e6;
export const YEAR_ANCHOR = 1e7;

/** A month ("2025-05") or a year ("2025") moved by `by` months or years. */
export function shiftPeriod(value: string, by: number): string {
  if (value.length === 4) return String(+value + by);
  const m = +value.slice(0, 4) * 12 + (+value.slice(5, 7) - 1) + by;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}
