import type { DateMention } from '../types.js';
import { WEEKDAY_INDEX } from './date-forms.js';
import { weekdayOf } from '../iso.js';
import { DAY_VALUE, type Item } from './date-resolve.js';

const WD_WORD = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)\b\.?)`;
/** A weekday right before a date: "Thursday, ", "Fri. ", "Tuesday (" (then the date closes the bracket). */
const WD_BEFORE = new RegExp(`\\b(${WD_WORD})(\\s*,\\s*|\\s+|\\s*[(（]\\s*)$`, 'i');
/** A weekday in brackets right after a date: " (Thursday)", "(Fri)". */
const WD_AFTER = new RegExp(`^\\s*[(（]\\s*(${WD_WORD})\\s*[)）]`, 'i');
const CLOSE_AFTER = /^\s*[)）]/;

/**
 * Joins a weekday written beside a calendar day to it, in every order a desk
 * writes ("Thursday, 2021-07-02", "Fri, Dec. 29, 2016", "2016-12-29(Fri)",
 * "2021-07-02 (Thursday)", "Tuesday (April 23)"): the mention covers both and
 * keeps the weekday for the `date.weekday-mismatch` check; a weekday mention of
 * its own there is dropped.
 */
export function pairWeekdays(prose: string, offset: number, list: Item[]): Item[] {
  const drop = new Set<number>();
  for (let i = 0; i < list.length; i++) {
    // in range: i < list.length
    const d = list[i]!.d;
    if (d.weekday !== undefined || !DAY_VALUE.test(d.value.slice(0, 10))) continue;
    // A calendar day written in digits (not "yesterday", a holiday, or one day of a list).
    if (!/\d/.test(d.text) || /^\d+(?:st|nd|rd|th)?$/.test(d.text)) continue;
    const at = d.start - offset;
    // in range: i > 0
    const prev = i > 0 && !drop.has(i - 1) ? list[i - 1]!.d : undefined;
    const lo = Math.max(0, at - 16, prev && !isBareWeekday(prev) ? prev.end - offset : 0);
    const b = WD_BEFORE.exec(prose.slice(lo, at));
    let weekday: number | undefined;
    let start = d.start;
    let end = d.end;
    if (b) {
      // in range: WD_BEFORE has two groups that always take part in a match
      const bracket = /[(（]/.test(b[2]!);
      const close = bracket ? CLOSE_AFTER.exec(prose.slice(d.end - offset, d.end - offset + 4)) : null;
      if (!bracket || close) {
        // in range: group 1 always takes part in a WD_BEFORE match
        weekday = WEEKDAY_INDEX[b[1]!.replace('.', '').toLowerCase()];
        start = offset + lo + b.index;
        if (close) end = d.end + close[0].length;
      }
    }
    if (weekday === undefined) {
      const a = WD_AFTER.exec(prose.slice(d.end - offset, d.end - offset + 16));
      if (a) {
        // in range: group 1 always takes part in a WD_AFTER match
        weekday = WEEKDAY_INDEX[a[1]!.replace('.', '').toLowerCase()];
        end = d.end + a[0].length;
      }
    }
    if (weekday === undefined) continue;
    // The weekday's own mention (a bare weekday) is part of this one now.
    for (const j of [i - 1, i + 1]) {
      const o = list[j]?.d;
      if (o && o.start < end && o.end > start && isBareWeekday(o)) drop.add(j);
    }
    list[i] = { ...list[i], d: { text: prose.slice(start - offset, end - offset), start, end, value: d.value, relative: d.relative, weekday } };
  }
  return drop.size ? list.filter((_, i) => !drop.has(i)) : list;
}

const isBareWeekday = (d: DateMention): boolean => WEEKDAY_INDEX[d.text.replace('.', '').toLowerCase()] !== undefined;

/** Between a day and a weekday that describes it: ", a sunny ", ", which was a ". */
const APPOSED = /^,\s+(?:a|an|which\s+(?:was|is|will\s+be)\s+a|which\s+(?:falls|fell)\s+on\s+a)\s+(?:[a-z-]+\s+){0,2}$/;

/**
 * A bare weekday in apposition to the day named just before it ("cuts peaked on Aug. 9,
 * a sunny Sunday") is that day, when the weekday is the day's.
 */
export function apposedWeekdays(prose: string, offset: number, list: Item[]): Item[] {
  let out = list;
  for (let i = 1; i < out.length; i++) {
    // in range: 1 <= i < out.length
    const a = out[i - 1]!.d;
    // in range: i < out.length
    const b = out[i]!.d;
    if (!DAY_VALUE.test(a.value) || !isBareWeekday(b) || b.value === a.value) continue;
    if (WEEKDAY_INDEX[b.text.replace('.', '').toLowerCase()] !== weekdayOf(a.value)) continue;
    if (!APPOSED.test(prose.slice(a.end - offset, b.start - offset))) continue;
    if (out === list) out = [...list];
    out[i] = { ...out[i], d: { ...b, value: a.value } };
  }
  return out;
}

/** Between a holiday and its weekday: " on ", ", ". */
const HOLIDAY_WEEKDAY_JOIN = /^(?:\s+on|\s*,)\s+$/;
const NO_DIGIT = /^\p{Lu}[^\d]*$/u;

/**
 * A bare weekday right after a holiday that falls on it ("trips for Day of Valor on Thursday",
 * "before Ochi Day, Wednesday") is the holiday's day, whatever the sentence's tense says.
 */
export function holidayWeekdays(text: string, list: DateMention[]): DateMention[] {
  let out = list;
  for (let i = 1; i < out.length; i++) {
    // in range: 1 <= i < out.length, for both
    const [a, b] = [out[i - 1]!, out[i]!];
    if (b.value === a.value || !DAY_VALUE.test(a.value) || !isBareWeekday(b) || !NO_DIGIT.test(a.text) || isBareWeekday(a)) continue;
    if (WEEKDAY_INDEX[b.text.replace('.', '').toLowerCase()] !== weekdayOf(a.value)) continue;
    if (!HOLIDAY_WEEKDAY_JOIN.test(text.slice(a.end, b.start))) continue;
    if (out === list) out = [...list];
    out[i] = { ...b, value: a.value };
  }
  return out;
}
