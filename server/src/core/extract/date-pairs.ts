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

/** A capitalised name of words joined by the particles holiday names keep (`Day of Unity and Culture`, `Día de la Raza`). */
const NAME_WORDS = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:of|the|and|of\s+the|de|del|de\s+la|de\s+las|de\s+los|do|da|dos|das|di|della|du|des|la|le)\s+)?\p{Lu}[\p{L}\p{M}'’-]*)*`;
/** After a day: a holiday's name in apposition, a country's or the (", Cambodia's Independence Day", ", the Day of Unity"). */
const NAME_AFTER_DAY = new RegExp(String.raw`^,\s+(?:the\s+|\p{Lu}[\p{L}\p{M}-]*['’]s\s+)?(${NAME_WORDS})`, 'u');
/** Before a day: a name, a holiday's noun if any, then " on " or ", " ("Ochi Day on", "the X holiday on", "X, the"). */
const NAME_BEFORE_DAY = new RegExp(String.raw`(?:^|[^\p{L}\p{M}'’-])(${NAME_WORDS})(\s+holidays?)?(\s+on\s+|\s*,\s+the\s+|\s*,\s+)$`, 'u');
/** After "X, the <day>": a holiday's noun, one or two words of description before it ("the June 26 independence holiday"). */
const HOLIDAY_NOUN_AFTER = /^\s+(?:[a-z-]+\s+){0,2}(?:holiday|festival|feast|national\s+day)\b/;
/** A preposition of time right before a name. */
const TIME_PREPOSITION = /\b(?:on|before|after|until|till|since|during|for|through|ahead\s+of|over)\s+(?:the\s+)?$/i;
/** A name's last word that makes it a day's ("Independence Day", "New Year's Eve"). */
const DAY_LAST = /\s(?:Day|Eve)$/;
const LEADING_THE = /^The\s+/;
/** After a bare name: a person's apposition or a verb ("Jo Day, the union leader,", "Jo Day would"). */
const PERSON_AFTER = /^(?:,\s+(?:the|a|an|his|her|its|their)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?\s*,|\s+(?:would|will|said|says|was|is|has|had|told)\b)/;

const SPACE = /\s/;

/**
 * Whether `prose` from `from` to `at` ends as {@link NAME_BEFORE_DAY}'s tail does: white space after a comma, after "on" or
 * after "the", each of the last two after white space (`\s+on\s+`, `\s*,\s+the\s+`, `\s*,\s+`). A test of the last few
 * characters, so that the name's regex runs only where it may match.
 */
function dayTailBefore(prose: string, from: number, at: number): boolean {
  let j = at;
  // in range: j > from >= 0
  while (j > from && SPACE.test(prose[j - 1]!)) j--;
  if (j === at || j === from) return false;
  if (prose.charCodeAt(j - 1) === 44) return true;
  const last = prose.slice(Math.max(from, j - 4), j);
  return ON_END.test(last) || THE_END.test(last);
}
const ON_END = /\son$/;
const THE_END = /\sthe$/;

/**
 * A holiday that no table dates, named in apposition to the day it falls on, is that day: "opens on Nov. 9,
 * Cambodia's Independence Day", "on Sunday, the Day of Unity and Culture", "before X, the June 26 independence
 * holiday", "before Founders' Day on Wednesday", "the X holiday on Friday". The name must be a day's (it ends in
 * `Day` or `Eve`, or a holiday's noun follows it); the day must be a calendar day or a weekday resolved already.
 * Only the few characters beside each day are read.
 */
export function apposedHolidayNames(prose: string, offset: number, list: Item[]): Item[] {
  let added: (Item & { fromDigits: boolean })[] | undefined;
  for (let i = 0; i < list.length; i++) {
    // in range: i < list.length
    const d = list[i]!.d;
    if (!DAY_VALUE.test(d.value) || !(/\d/.test(d.text) || isBareWeekday(d))) continue;
    const at = d.start - offset;
    const end = d.end - offset;
    // in range: i > 0 is tested first
    const prevEnd = i > 0 && list[i - 1]!.holiday === undefined ? list[i - 1]!.d.end - offset : 0;
    // (A holiday name found already may be the very name in apposition: the window reads past it.)
    // in range: i + 1 < list.length is tested first
    const next = i + 1 < list.length && list[i + 1]!.holiday === undefined ? list[i + 1]!.d.start - offset : prose.length;
    const nextStart = Math.min(next, prose.length);
    // After the day: ", Cambodia's Independence Day".
    const a = NAME_AFTER_DAY.exec(prose.slice(end, Math.min(nextStart, end + 90)));
    if (a) {
      // in range: group 1 always takes part in a NAME_AFTER_DAY match
      const name = a[1]!.replace(/\s+(?:of|the|and|de|del|da|do|du|des|la|le)$/u, '');
      // (Not a bare name a person's apposition or a verb follows: "said on Monday, Jo Day, the union leader, would".)
      const bare = !/,\s+(?:the\s+|\p{Lu}[\p{L}\p{M}-]*['’]s\s+)/u.test(a[0]);
      const after = prose.slice(end + a[0].length, end + a[0].length + 40);
      if ((DAY_LAST.test(name) || /^Day\s+of\s/.test(name)) && !(bare && PERSON_AFTER.test(after))) {
        // in range: group 1 always takes part in a NAME_AFTER_DAY match
        const start = d.end + a[0].length - a[1]!.length;
        (added ??= []).push({ d: { start, end: start + name.length, text: name, value: d.value, relative: d.relative }, fromDigits: /\d/.test(d.text) });
      }
    }
    // Before the day: "Ochi Day on", "the X holiday on", "X, the June 26 independence holiday".
    const from = Math.max(prevEnd, at - 90);
    // (Only where the text before the day ends as the name's tail must, " on ", ", the " or ", ": the name's regex, tried at
    // every capital in its window, is read for few days.)
    if (!dayTailBefore(prose, from, at)) continue;
    const window = prose.slice(from, at);
    const b = NAME_BEFORE_DAY.exec(window);
    if (!b) continue;
    // in range: groups 1 and 3 always take part in a NAME_BEFORE_DAY match
    let name = b[1]!;
    // in range: groups 1 and 3 always take part in a NAME_BEFORE_DAY match
    let start = from + b.index + b[0].length - b[1]!.length - (b[2]?.length ?? 0) - b[3]!.length;
    const lead = LEADING_THE.exec(name);
    if (lead) (name = name.slice(lead[0].length)), (start += lead[0].length);
    if (!name || start <= prevEnd) continue;
    // in range: group 3 always takes part in a NAME_BEFORE_DAY match
    const apposed = /,\s+the\s+$/.test(b[3]!);
    const dayName = DAY_LAST.test(name) && TIME_PREPOSITION.test(prose.slice(Math.max(0, start - 16), start));
    // "the X holiday on": the noun singular after a preposition of time, and no all-capital word ("booked TUI holidays on").
    const holidayNoun = b[2] !== undefined && !apposed && /^\s+holiday$/.test(b[2]) && TIME_PREPOSITION.test(prose.slice(Math.max(0, start - 16), start)) && !/\b\p{Lu}{2,}\b/u.test(name);
    const introduced = apposed && HOLIDAY_NOUN_AFTER.test(prose.slice(end, end + 40));
    if (!(holidayNoun || introduced || (dayName && !apposed))) continue;
    (added ??= []).push({ d: { start: offset + start, end: offset + start + name.length, text: name, value: d.value, relative: d.relative }, fromDigits: /\d/.test(d.text) });
  }
  if (!added) return list;
  // Not a name that overlaps a date already found (the day itself, another date); a holiday name found whole, whose
  // day a table would give (or none, where no table keeps it: "Cambodia's Independence Day"), takes the day the text writes.
  // (Only beside a calendar day: a weekday's own value is the sentence's guess, a table's day is surer.)
  const same = (o: Item, x: Item & { fromDigits: boolean }): boolean => o.holiday !== undefined && o.d.start === x.d.start && o.d.end === x.d.end && x.fromDigits === true;
  const fresh = added.filter((x) => !list.some((o) => o.d.start < x.d.end && o.d.end > x.d.start && !same(o, x)));
  if (!fresh.length) return list;
  const kept = list.filter((o) => !fresh.some((x) => same(o, x)));
  return [...kept, ...fresh.map((x) => ({ d: x.d }))].sort((x, y) => x.d.start - y.d.start);
}
