import { isHolidayName } from './locale.js';
import type { DateMention, Span } from '../types.js';

/** A day or a span of days, the value a holiday may take from a date beside it. */
const DAYS_VALUE = /^\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?$/;
/** A weekday alone, which beside a name more often dates the clause than the name (`before Valborg, on Monday, he …`). */
const BARE_WEEKDAY = /^(?:(?:early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i;
/** Between a holiday and a calendar day that dates it: `Meskel, on Sept. 27`, `Republic Day on Oct. 25`, `Hogmanay (Dec. 31)`, `X holiday on Dec. 16`. */
const NAME_THEN_DAY = /^(?:,?\s+(?:on\s+)?|\s*\(\s*|\s+(?:holidays?|festival|feast|celebrations?)\s+on\s+|,\s+the\s+(?:[\p{L}-]+\s+){0,3}?(?:feast|festival|holiday|day|celebrations?)(?:\s+of\s+[^,;.()]{1,30}?)?\s+on\s+)$/iu;
/** Between a holiday and any day it falls on: `Enkutatash, which falls on Friday`. */
const NAME_FALLS_ON = /^(?:,\s+(?:which|that)\s+(?:falls|fell|will\s+fall|is|was|begins|began)|\s+(?:falls|fell|will\s+fall))\s+(?:(?:this|next|last)\s+year\s+)?on\s+$/i;
/** An apposition's opening: `X, the August 15 feast` (the day, then a holiday's noun) or `on Tuesday, the X holiday` (the day first). */
const COMMA_THE = /^,\s+the\s+$/i;
/** The end of an apposition. */
const APPOSITION_CLOSES = /^\s*[,.;:)]/;
/** A date written as a name (a holiday's), not as a day's number or a weekday. */
const NAMED_DAY = /^(?!.*\d)(?!(?:(?:early|late|last|next|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}/u;
/** Between a holiday's two names: a bracket, or "or". */
const OTHER_NAME = /^(?:\s*\(\s*["“']?|,?\s+or\s+["“']?)$/;
const HOLIDAY_NOUN_AFTER = /^\s+(?:(?:public|national|bank|religious|state)\s+)?(?:holiday|feast|festival|day\s+off)\b/i;

/**
 * A holiday that no table dates where the article is written from (a name the tables know
 * elsewhere, or a festival found by its context) takes the value of a calendar day written
 * beside it as its date: `Meskel, on Sept. 27,`, `Republic Day on Oct. 25`, `Enkutatash,
 * which falls on Friday`, `X, the August 15 feast`, `on Tuesday, the X holiday`.
 * `dates` are in order, with `''` for a holiday not dated; `names` are festival names found
 * by their context (whole-text offsets, in order). Returns the dates with the holidays so
 * dated (the undated ones keep `''`).
 */
export function datedBeside(text: string, dates: DateMention[], names: readonly Span[]): DateMention[] {
  let out = dates;
  for (let i = 0; i < out.length; i++) {
    // in range: 0 <= i < out.length
    const h = out[i]!;
    if (h.value !== '') continue;
    const value = valueBeside(text, out, h);
    if (value) {
      if (out === dates) out = [...dates];
      out[i] = { ...h, value };
    }
  }
  for (const n of names) {
    if (out.some((d) => d.start < n.end && d.end > n.start)) continue;
    const value = valueBeside(text, out, n);
    if (!value) continue;
    const at = out.findIndex((d) => d.start > n.start);
    if (out === dates) out = [...dates];
    out.splice(at < 0 ? out.length : at, 0, { text: text.slice(n.start, n.end), start: n.start, end: n.end, value, relative: true });
  }
  return out;
}

function valueBeside(text: string, dates: readonly DateMention[], h: Span): string | undefined {
  // The first date after the name and the last before it (dates are in order).
  let next: DateMention | undefined;
  let prev: DateMention | undefined;
  for (const d of dates) {
    if (d.start >= h.end) {
      next = d;
      break;
    }
    if (d.end <= h.start) prev = d;
  }
  if (next && DAYS_VALUE.test(next.value) && next.start - h.end <= 40) {
    const between = text.slice(h.end, next.start);
    if (NAME_FALLS_ON.test(between)) return next.value;
    if (!BARE_WEEKDAY.test(next.text) && NAME_THEN_DAY.test(between)) return next.value;
    if (COMMA_THE.test(between) && HOLIDAY_NOUN_AFTER.test(text.slice(next.end, next.end + 30))) return next.value;
  }
  // `on Jan. 21, the X, when …`: a holiday in apposition to a day (closed by a comma or a stop), or a holiday's noun after it.
  if (prev && DAYS_VALUE.test(prev.value) && h.start - prev.end <= 8 && COMMA_THE.test(text.slice(prev.end, h.start)) && (HOLIDAY_NOUN_AFTER.test(text.slice(h.end, h.end + 30)) || (!BARE_WEEKDAY.test(prev.text) && APPOSITION_CLOSES.test(text.slice(h.end, h.end + 2))))) return prev.value;
  // A holiday's other name (`Chakri Day (Wan Chakri)`, `St. Brigid's Day or Lá Fhéile Bríde`): the day of the name before it.
  // (Not a name some table dates itself, `Korean Thanksgiving Day (Chuseok)`: its own day is its table's.)
  if (prev && DAYS_VALUE.test(prev.value) && NAMED_DAY.test(prev.text) && OTHER_NAME.test(text.slice(prev.end, h.start)) && !isHolidayName(text.slice(h.start, h.end))) return prev.value;
  return undefined;
}
