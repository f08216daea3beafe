import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { casual } from 'chrono-node/en';
import type { DateMention } from '../types.js';
import { DAY, MONTH } from './date-forms.js';

/**
 * chrono-node (wanasit/chrono) as the recogniser of the long tail of date forms
 * that the scan in `dates.ts` leaves alone: numeric forms (2015/05/25, 05.25.2015,
 * 12-30-16, 04/2016, 4/23), ordinals and lower case ("23rd february, 2016",
 * "May eighth, 2010"), "June of 2022", "2018 March 18", two-digit years ("Aug 9,
 * 96"), ranges ("10 August - 12 September 2013", "from May to December"), and
 * weekdays of a named week ("Friday of next week"). chrono runs only on the
 * sentences a cheap test ({@link CHRONO_HINT}) marks, so an article without such
 * forms costs one more regular-expression pass; `dates.ts` resolves what chrono
 * leaves uncertain (the year of a year-less day, by the sentence's tense).
 */

const LOWER_MONTH = String.raw`(?:january|february|april|june|july|august|september|october|november|december|(?:jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)`;
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|(?:twenty|thirty)-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))`;

/** Forms chrono reads and the scan does not: a sentence without one is never given to chrono. */
const HINT_ALTERNATIVES = [
    // Numeric: year first with slashes or dots, month-first dots, two-digit years, month/year, month/day after a preposition or before a weekday in brackets.
    String.raw`\b\d{4}[/.]\d{1,2}[/.]\d{1,2}\b`,
    String.raw`\b(?:0?[1-9]|1[0-2])[.](?:1[3-9]|2\d|3[01])[.]\d{4}\b`,
    String.raw`\b\d{1,2}[/-]\d{1,2}[/-]\d{2}\b(?![/-]?\d)`,
    String.raw`\b\d{1,2}-\d{1,2}-\d{4}\b`,
    String.raw`(?<![\d/])\b(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d\b`,
    String.raw`(?:\b(?:on|by|from|until|since|before|after)\s+|^)(?:0?[1-9]|1[0-2])\/(?:[12]\d|3[01]|0?[1-9])\b(?![/\d])`,
    String.raw`(?<![\d/])\b(?:0?[1-9]|1[0-2])\/(?:[12]\d|3[01]|0?[1-9])\s*[(（]`,
    // Ordinal words and lower-case months beside a day; "June of 2022"; "2018 March 18"; two-digit years.
    String.raw`\b(?:${MONTH}|${LOWER_MONTH})\s+${ORDINAL}\b|\b${ORDINAL}\s+(?:of\s+)?(?:${MONTH}|${LOWER_MONTH})`,
    String.raw`\b${DAY}\s+(?:of\s+)?${LOWER_MONTH}\b|\b${LOWER_MONTH}\s+${DAY}\b`,
    String.raw`\b${MONTH}\s+of\s+(?:19|20)\d\d\b`,
    String.raw`\b(?:19|20)\d\d[\s/-]+(?:${MONTH}|${LOWER_MONTH})`,
    String.raw`\b${DAY}[/-](?:${MONTH}|${LOWER_MONTH})|\b${MONTH}[/-]\d`,
    String.raw`\b${MONTH}\s+[4-9]\d\b(?![\d,.:])`,
    String.raw`\b${MONTH}\s+${DAY},?\s+\d\d\b(?![\d,.:]|\s+(?:and|&)\s+(?:\d|${MONTH}\s+\d))|\b${DAY}\s+${MONTH}\s+\d\d\b(?![\d,.:])`,
    // Ranges across months, or from one month to another.
    String.raw`\b${DAY}\s+${MONTH}(?:,?\s+\d{4})?\s*(?:[-–—]|to|until|through)\s*${DAY}\s+${MONTH}`,
    String.raw`\b${MONTH}\s+${DAY}(?:,?\s+\d{4})?\s*(?:[-–—]|to|until|through)\s*${MONTH}\s+${DAY}`,
    String.raw`\b[Ff]rom\s+${MONTH}(?:\s+\d{4})?\s+(?:to|until|through)\s+${MONTH}`,
    String.raw`\b${MONTH}\s+${DAY}\s+(?:to|until|through)\s+${DAY}\b|\b${DAY}\s+(?:to|until|through)\s+${DAY}\s+${MONTH}`,
    // A weekday of a named week; a count of days before or after yesterday or tomorrow.
    String.raw`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:of\s+)?(?:next|last|this)\s+week\b`,
    String.raw`\b(?:day|days|week|weeks)\s+(?:before\s+(?:yesterday|today)|after\s+(?:tomorrow|today))\b`,
].join('|');

/**
 * The first letters of the lowercase words an alternative may open with: a preposition
 * (`after`, `before`, `by`, `from`, `on`, `since`, `until`), a lower-case month, an ordinal (`fir`st,
 * `four`th and `four`teenth, `thi`rd to `thi`rty, `twe`lfth to `twe`nty), `day` or `week`.
 */
const LOWER_OPENERS = String.raw`a(?:ft|pr|ug)|b(?:y|ef)|d(?:ay|ec)|e(?:ight|le)|f(?:eb|i[fr]|our|ro)|j(?:an|u[ln])|n(?:in|ov)|o(?:ct|n)|s(?:e[cpv]|i[nx])|t(?:en|hi|we)|unt|wee`;

/**
 * The hint: every alternative starts at a word boundary with a digit, one of these
 * capitals (a month, a weekday, `From`) or one of {@link LOWER_OPENERS}; tested
 * first, they let the test leave other positions at once (test/core/date-scan.test.ts
 * holds it to the alternatives alone).
 */
export const CHRONO_HINT = new RegExp(String.raw`\b(?=[0-9ADFJMNOSTW]|${LOWER_OPENERS})(?:${HINT_ALTERNATIVES})`);

/** The hint's alternatives alone, without the first-character test: the reference {@link CHRONO_HINT} must agree with. */
export const CHRONO_HINT_BY_REGEX = new RegExp(HINT_ALTERNATIVES);

/** A date chrono found, as dates.ts places it: a mention (its value resolved where chrono was sure) and what it left open. */
export interface ChronoDate {
  mention: DateMention;
  /** The year was not written (and not implied by a relative form): dates.ts picks it by the tense. */
  month?: number;
  day?: number;
  /** A month or a range without a year written ("from May to December"): dates.ts may move it a year by the tense. */
  yearless?: boolean;
}

const CALENDAR = new RegExp(String.raw`\d|\b(?:${MONTH}|${LOWER_MONTH}|${ORDINAL}|yesterday|today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`, 'i');
/** "the past 70 years", "next three months": a duration, no date (chrono reads it as counted back or ahead). */
const DURATION = /^(?:the\s+)?(?:past|last|previous|next|coming|first)\s+(?:\d+|[a-z]+)\s+(?:days|weeks|months|years|decades)$/i;
/** A month, a day and two more digits, which a list may write ("March 28, 31"). */
const LISTED_DAY = new RegExp(String.raw`^${MONTH}\s+${DAY},\s*\d\d$`);
const LIST_GOES_ON = /^\s*,?\s+(?:and|&)\s/;
const pad = (n: number) => String(n).padStart(2, '0');
const LEADING = /^(?:on|in|by|since|from|until|till|of|before|after|through|during|the)\s+/i;
const TRAILING = /[\s,.;:()]+$|\s+(?:of|at|on|in)$/i;

/** chrono's parse of one piece of prose at offset `offset`, reference date `reference` (noon UTC). */
export function chronoDates(piece: string, offset: number, reference: string): ChronoDate[] {
  const [y, m, d] = reference.split('-').map(Number);
  const results: ParsedResult[] = casual.parse(piece, { instant: new Date(Date.UTC(y!, m! - 1, d!, 12)), timezone: 0 });
  const out: ChronoDate[] = [];
  for (const r of results) {
    const tags = r.tags();
    if (tags.has('casualReference/now') || tags.has('parser/ENTimeUnitWithinFormatParser')) continue;
    const s = r.start;
    // A weekday or a time alone is the scan's to read (or no date at all).
    if (!s.isCertain('day') && !s.isCertain('month') && !s.isCertain('year') && !tags.has('result/relativeDate') && !(s.isCertain('weekday') && /\bweek\b/i.test(r.text))) continue;
    // The span leaves out a leading preposition, trailing punctuation and a clock time.
    let text = r.text;
    let start = r.index;
    for (let lead = LEADING.exec(text); lead; lead = LEADING.exec(text)) (text = text.slice(lead[0].length)), (start += lead[0].length);
    text = text.replace(TRAILING, '');
    if (s.isCertain('hour') && !r.end) {
      const cut = /,?\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i.exec(text) ?? /^\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s+/i.exec(text);
      if (cut && cut.index > 0) text = text.slice(0, cut.index);
      else if (cut) (start += cut[0].length), (text = text.slice(cut[0].length));
    }
    // A date needs a calendar word or a number ("a week before" alone counts from nothing the text names).
    if (!text || !CALENDAR.test(text) || /^(?:for|within|over)\s/i.test(text) || DURATION.test(text)) continue;
    // "March 28, 31 and April 2": a list of days, not a two-digit year.
    if (LISTED_DAY.test(text) && LIST_GOES_ON.test(piece.slice(r.index + r.text.length))) continue;
    const relative = !s.isCertain('year');
    const value = valueOf(s, r.end ?? null);
    if (!value) continue;
    const mention: DateMention = { text, start: offset + start, end: offset + start + text.length, value, relative };
    if (s.isCertain('weekday') && s.isCertain('day')) mention.weekday = s.get('weekday')!;
    const open = !s.isCertain('year') && s.isCertain('month') && s.isCertain('day') && !r.end && !tags.has('result/relativeDate');
    const month = s.get('month');
    const day = s.get('day');
    if (open && month !== null && day !== null) out.push({ mention, month, day });
    else out.push(!s.isCertain('year') && s.isCertain('month') && !tags.has('result/relativeDate') ? { mention, yearless: true } : { mention });
  }
  return out;
}

/** The ISO value of chrono's components: a day, a month (no day written) or a year, or a span of them. */
function valueOf(s: ParsedComponents, e: ParsedComponents | null): string | undefined {
  const one = (c: ParsedComponents, monthOnly: boolean): string =>
    monthOnly ? `${c.get('year')}-${pad(c.get('month')!)}` : `${c.get('year')}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
  // A month with no day ("June of 2022", "04/2016") stays a month, as the gold convention writes it.
  const monthOnly = s.isCertain('month') && !s.isCertain('day') && !s.isCertain('weekday');
  const first = one(s, monthOnly);
  if (!e) return first;
  const last = one(e, monthOnly && e.isCertain('month') && !e.isCertain('day'));
  return last > first ? `${first}/${last}` : first;
}
