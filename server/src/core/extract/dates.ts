import { addDays, makeDay, toDayNumber, weekdayOf } from '../iso.js';
import { blank } from '../parse/sentences.js';
import type { Article, DateMention, Sentence, Span } from '../types.js';
import type { ArticleUnits } from './blocks.js';
import { CHRONO_HINT, chronoDates } from './chrono.js';
import { HOLIDAY_NAMES, holidayOf } from './holidays.js';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const WEEKDAY_INDEX: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)`;
const MONTH_PLAIN = String.raw`(?:January|February|April|June|July|August|September|October|November|December)`;
const WEEKDAY_FULL = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const WEEKDAY = String.raw`(?:${WEEKDAY_FULL}|(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)\.)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]\d\d|2[01]\d\d)`;
const DASH = String.raw`\s*[-–—]\s*`;
const PART = String.raw`(?:\s+(?:morning|afternoon|evening|night))?`;
const PREP_YEAR = String.raw`(?:copyright|©|in|since|by|until|till|from|of|before|after|during|through|early|late|mid|mid-|end of|start of|beginning of|spring|summer|autumn|fall|winter)`;
const COUNT = String.raw`(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d{1,2})`;
/** A day that ends a list: not the start of a larger number ("5 and 6,000 people"). */
const LAST_DAY = String.raw`${DAY}\b(?![.,]\d)`;

/** The date forms: every alternative is a named group, longest forms first. */
const DATE_ALTERNATIVES = [
  String.raw`(?<iso>\b\d{4}-\d{2}-\d{2}\b(?:\/\d{4}-\d{2}-\d{2}\b)?)`,
  String.raw`(?<dotted>\b\d{1,2}\.\d{1,2}\.\d{4}\b)`,
  String.raw`(?<slashed>\b\d{1,2}\/\d{1,2}\/\d{4}\b)`,
  // Lists that write the month once: "3, 4, 6 and 7 January", "Dec. 8 and 9" (one mention per day).
  String.raw`(?<dlist>\b${DAY}(?:\s*,\s*${DAY})*\s*,?\s+(?:and|&)\s+${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR}\b)?)`,
  String.raw`(?<mlist>\b${MONTH}\s+${DAY}(?:\s*,\s*${DAY})*\s*,?\s+(?:and|&)\s+${LAST_DAY}(?:,?\s+${YEAR}\b)?)`,
  // [Weekday,] Month Day[-Day][, Year]   |   [Weekday,] Day[-Day] Month [Year]   |   Month Year
  String.raw`(?<mdy>\b(?:${WEEKDAY},?\s+)?${MONTH}\s+${DAY}(?:${DASH}(?:${MONTH}\s+)?${DAY})?\b(?:,?\s+${YEAR}\b)?)`,
  String.raw`(?<dmy>\b(?:${WEEKDAY},?\s+)?${DAY}(?:${DASH}${DAY})?\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR}\b)?)`,
  String.raw`(?<my>\b${MONTH},?\s+${YEAR}\b)`,
  String.raw`(?<holiday>\b(?:${HOLIDAY_NAMES})(?:,?\s+${YEAR}\b)?)`,
  String.raw`(?<wd>\b(?:(?:[Ee]arly|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast)\s+)?${WEEKDAY}${PART}\b)`,
  String.raw`(?<rel>\b(?:[Tt]he\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening))\b)`,
  // Days counted from the date last named: "the previous day", "a day later".
  String.raw`(?<anchored>\b(?:[Tt]he\s+(?:previous|next|following)\s+day|[Tt]he\s+day\s+(?:before|after)(?!\s+(?:the|a|an|his|her|its|their|yesterday|tomorrow)\b)|${COUNT}\s+(?:days?|weeks?)\s+(?:later|earlier))\b)`,
  // Days counted from the publication day: "three days ago", "in two weeks".
  String.raw`(?<offset>\b(?:${COUNT}\s+(?:[Dd]ays?|[Ww]eeks?|[Mm]onths?|[Yy]ears?)\s+(?:ago|from\s+now)|[Ii]n\s+${COUNT}\s+(?:days|weeks)(?:['’]\s+time)?)\b)`,
  String.raw`(?<weekend>\b(?:(?:[Oo]ver|[Dd]uring)\s+the|[Tt]his|[Ll]ast|[Nn]ext|[Tt]he\s+past)\s+weekend\b)`,
  String.raw`(?<period>\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Tt]he\s+past)\s+(?:week|month|year)\b)`,
  // A month alone: after a preposition or qualifier, or bare when its name is no common word (not May, March).
  String.raw`(?<monthOnly>\b(?:(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id-?|[Ll]ast|[Nn]ext|[Tt]his|[Bb]efore|[Aa]fter|[Tt]hrough|[Dd]uring)\s+)${MONTH}|${MONTH_PLAIN})\b(?!\.?[\s,]+\d)(?<![A-Z][a-z]{2}(?=\s+(?:[A-Z][a-z]|(?:van|von|de|der|den|da|di|du|le|la)\b))))`,
  String.raw`(?<yrange>\b(?:[Ff]rom\s+)?${YEAR}(?:\s*[-–—]\s*|\s+(?:to|until|through)\s+)${YEAR}\b(?![\d%]|[.,]\d|-\d))`,
  String.raw`(?<yearq>\b(?:[Mm]id|[Ee]arly|[Ll]ate)-${YEAR}\b)`,
  String.raw`(?<year>(?<![\d$€£.,:/-])\b${YEAR}\b(?![\d%]|[.,]\d|-\d|\s*(?:percent|per cent|%)))`,
].join('|');

/**
 * One pass over prose. Every alternative starts at a word boundary with a digit
 * or one of these letters (a month, a weekday, a holiday, a number word, or a
 * qualifier or preposition that may open a date): tested first, they let the scan
 * leave every other position at once, instead of trying each alternative there
 * (about half the scan's cost; test/core/date-scan.test.ts holds it to the
 * alternatives alone).
 */
const DATE_RE = new RegExp(String.raw`\b(?=[0-9A-JL-PS-WYabdefilmnopstuy])(?:${DATE_ALTERNATIVES})`, 'g');

/** Every match of the date scan in a text, as {@link blockDates} reads them. */
export function dateMatches(text: string): RegExpExecArray[] {
  return scanAll(DATE_RE, text);
}

/** Every match of the date alternatives alone, without the first-character test: the reference {@link dateMatches} must equal. */
export function dateMatchesByRegex(text: string): RegExpExecArray[] {
  return scanAll(new RegExp(DATE_ALTERNATIVES, 'g'), text);
}

function scanAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

const LEADING_PREPOSITION = /^(?:on|by|since|in|from|until|till|of|before|after|through|during)\s+/i;
const PREP_YEAR_RE = new RegExp(`(?:${PREP_YEAR})\\s+$`, 'i');

/** Options of date extraction. */
export interface DateOptions {
  /** The reference date (ISO day): front-matter `date`, `--as-of`, or today. */
  reference: string;
}

/** A block's date mentions, and which of them count days from the date named before them ([index, days]). */
export interface BlockDates {
  reference: string;
  mentions: DateMention[];
  anchored: [number, number][];
  /** Numeric dates that read both ways ("08/10/2025"), with their day-first value. */
  swapped: [number, string][];
  /** How many more dates the block writes day first ("8 October") than month first ("October 8"). */
  order: number;
}

/**
 * Finds date expressions in the article's prose and resolves each to an ISO
 * value against the reference date. Spans leave out a leading preposition.
 */
export function extractDates(article: Article, options: DateOptions, units?: ArticleUnits): DateMention[] {
  const out: DateMention[] = [];
  const anchored: [number, number][] = [];
  const swapped: [number, string][] = [];
  let order = 0;
  const { text, blocks, masked, sentences } = article;
  const { reference } = options;
  let s = 0;
  let from = 0;
  // The first sentence that may hold a block's dates, found only for the blocks read (blocks come in order).
  blocks.forEach((block, b) => {
    const unit = units?.units[b];
    const base = out.length;
    if (unit) {
      // A block's dates depend on its prose, its sentences and the reference date only.
      if (!unit.dates || unit.dates.reference !== reference) {
        while (s < sentences.length && sentences[s]!.end <= block.start) s++;
        const found = blockDates(unit.prose, block, sentences, s, reference);
        unit.dates = { reference, mentions: shiftDates(found.mentions, -block.start), anchored: found.anchored, swapped: found.swapped, order: found.order };
      }
      // Placed where the block sits; a block that has not moved since (every block before an edit) reuses them.
      let placed = unit.placedDates;
      if (!placed || placed.dates !== unit.dates || placed.base !== block.start) unit.placedDates = placed = { dates: unit.dates, base: block.start, mentions: shiftDates(unit.dates.mentions, block.start) };
      for (const d of placed.mentions) out.push(d);
      for (const [i, days] of unit.dates.anchored) anchored.push([base + i, days]);
      for (const [i, value] of unit.dates.swapped) swapped.push([base + i, value]);
      order += unit.dates.order;
      return;
    }
    while (s < sentences.length && sentences[s]!.end <= block.start) s++;
    while (from < masked.length && masked[from]!.end <= block.start) from++;
    const found = blockDates(blank(text, block, masked, from), block, sentences, s, reference);
    for (const d of found.mentions) out.push(d);
    for (const [i, days] of found.anchored) anchored.push([base + i, days]);
    for (const [i, value] of found.swapped) swapped.push([base + i, value]);
    order += found.order;
  });
  // An article that writes its dates day first ("8 October") writes numeric ones day first too.
  if (order > 0) for (const [i, value] of swapped) out[i] = { ...out[i]!, value };
  if (anchored.length) resolveAnchored(out, anchored, reference);
  return out;
}

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "The previous day", "a day later": days counted from the day the text named
 * last (a single day; the reference date when none comes before).
 */
function resolveAnchored(out: DateMention[], anchored: readonly [number, number][], reference: string): void {
  let last = reference;
  let k = 0;
  for (let i = 0; i < out.length; i++) {
    const d = out[i]!;
    if (k < anchored.length && anchored[k]![0] === i) {
      const value = addDays(last, anchored[k]![1]);
      if (value !== d.value) out[i] = { text: d.text, start: d.start, end: d.end, value, relative: true };
      last = value;
      k++;
    } else if (DAY_VALUE.test(d.value)) last = d.value;
  }
}

/**
 * Date mentions moved by `by`: copied field by field, in the order {@link mention}
 * writes them (a spread copy, shared with other kinds of spans, runs megamorphic
 * and cost most of extractDates).
 */
function shiftDates(list: readonly DateMention[], by: number): DateMention[] {
  const out: DateMention[] = [];
  for (const d of list) {
    out.push(
      d.weekday === undefined
        ? { text: d.text, start: d.start + by, end: d.end + by, value: d.value, relative: d.relative }
        : { text: d.text, start: d.start + by, end: d.end + by, value: d.value, relative: d.relative, weekday: d.weekday },
    );
  }
  return out;
}

/** What one match resolves to: mentions, and days counted from the date named before it. */
interface Resolved {
  mentions: DateMention[];
  anchor?: number;
  /** A numeric date read month first that also reads day first: that value. */
  alt?: string;
}

/** A mention of a block, and the days it counts from the date named before it, if it does. */
interface Item {
  d: DateMention;
  anchor?: number;
  alt?: string;
}

/** The date mentions of one block's prose; `s` is the first sentence that may hold one. */
function blockDates(prose: string, block: Span, sentences: readonly Sentence[], s: number, reference: string): Omit<BlockDates, 'reference'> {
  let items: Item[] = [];
  let order = 0;
  const first = s;
  // No prefilter: the scan leaves a block without dates about as fast as a test for date words would.
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(prose); m; m = DATE_RE.exec(prose)) {
    let start = block.start + m.index;
    let raw = m[0];
    const lead = LEADING_PREPOSITION.exec(raw);
    if (lead && !m.groups!.weekend && !m.groups!.offset) {
      start += lead[0].length;
      raw = raw.slice(lead[0].length);
    }
    while (s < sentences.length && sentences[s]!.end <= start) s++;
    const sentence = sentences[s] && sentences[s]!.start <= start ? sentences[s] : undefined;
    const before = prose.slice(Math.max(0, m.index - 24), m.index);
    const g = m.groups!;
    if (g.dmy || g.dlist) order++;
    else if (g.mdy || g.mlist) order--;
    const found = resolve(g, raw, start, before, sentence, reference);
    if (!found) continue;
    for (const d of found.mentions) items.push(found.anchor !== undefined ? { d, anchor: found.anchor } : found.alt ? { d, alt: found.alt } : { d });
  }
  if (CHRONO_HINT.test(prose)) items = withChrono(prose, block, sentences, first, reference, items);
  if (items.length) items = pairWeekdays(prose, block.start, items);
  const mentions: DateMention[] = [];
  const anchored: [number, number][] = [];
  const swapped: [number, string][] = [];
  for (const it of items) {
    if (it.anchor !== undefined) anchored.push([mentions.length, it.anchor]);
    if (it.alt !== undefined) swapped.push([mentions.length, it.alt]);
    mentions.push(it.d);
  }
  return { mentions, anchored, swapped, order };
}

/**
 * Adds what chrono finds in the block's sentences that a hint marks: a date the
 * scan missed, or one that covers and extends what the scan found ("Aug 9, 96"
 * over "Aug 9"), which then takes their place.
 */
function withChrono(prose: string, block: Span, sentences: readonly Sentence[], s: number, reference: string, items: Item[]): Item[] {
  let out = items;
  for (; s < sentences.length && sentences[s]!.start < block.end; s++) {
    const sentence = sentences[s]!;
    if (sentence.end <= block.start) continue;
    const from = Math.max(0, sentence.start - block.start);
    const piece = prose.slice(from, sentence.end - block.start);
    if (!CHRONO_HINT.test(piece)) continue;
    for (const c of chronoDates(piece, block.start + from, reference)) {
      let d = c.mention;
      if (c.month !== undefined) {
        const value = makeDay(yearOf(c.month, c.day!, reference, tenseAt(sentence, d.start, d.end - d.start)), c.month, c.day!);
        if (!value) continue;
        d = { ...d, value };
      }
      const over = out.filter((x) => x.d.start < d.end && x.d.end > d.start);
      if (over.length && !(over.every((x) => x.d.start >= d.start && x.d.end <= d.end) && over.some((x) => x.d.end - x.d.start < d.end - d.start))) continue;
      out = out.filter((x) => !over.includes(x));
      const at = out.findIndex((x) => x.d.start > d.start);
      out.splice(at < 0 ? out.length : at, 0, { d });
    }
  }
  return out;
}

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
function pairWeekdays(prose: string, offset: number, list: Item[]): Item[] {
  const drop = new Set<number>();
  for (let i = 0; i < list.length; i++) {
    const d = list[i]!.d;
    if (d.weekday !== undefined || !DAY_VALUE.test(d.value.slice(0, 10))) continue;
    // A calendar day written in digits (not "yesterday", a holiday, or one day of a list).
    if (!/\d/.test(d.text) || /^\d+(?:st|nd|rd|th)?$/.test(d.text)) continue;
    const at = d.start - offset;
    const prev = i > 0 && !drop.has(i - 1) ? list[i - 1]!.d : undefined;
    const lo = Math.max(0, at - 16, prev && !isBareWeekday(prev) ? prev.end - offset : 0);
    const b = WD_BEFORE.exec(prose.slice(lo, at));
    let weekday: number | undefined;
    let start = d.start;
    let end = d.end;
    if (b) {
      const bracket = /[(（]/.test(b[2]!);
      const close = bracket ? CLOSE_AFTER.exec(prose.slice(d.end - offset, d.end - offset + 4)) : null;
      if (!bracket || close) {
        weekday = WEEKDAY_INDEX[b[1]!.replace('.', '').toLowerCase()];
        start = offset + lo + b.index;
        if (close) end = d.end + close[0].length;
      }
    }
    if (weekday === undefined) {
      const a = WD_AFTER.exec(prose.slice(d.end - offset, d.end - offset + 16));
      if (a) {
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

/** A date mention, or nothing when its value is not a valid date. */
function mention(value: string | undefined, relative: boolean, weekday: number | undefined, text: string, offset: number): DateMention | undefined {
  return value ? { text, start: offset, end: offset + text.length, value, relative, ...(weekday === undefined ? {} : { weekday }) } : undefined;
}

const one = (d: DateMention | undefined): Resolved | undefined => (d ? { mentions: [d] } : undefined);

const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Days in "three days", "a week", "2 weeks". */
function daysOf(words: string[]): number | undefined {
  const i = words.findIndex((w) => /^(?:days?|weeks?)$/.test(w));
  if (i < 1) return undefined;
  const w = words[i - 1]!;
  const n = /^\d+$/.test(w) ? +w : COUNTS[w];
  return n === undefined ? undefined : n * (words[i]!.startsWith('week') ? 7 : 1);
}

function resolve(
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
    const [a, b, y] = raw.split('/').map(Number);
    // Month first as in US copy, unless the first part cannot be a month or the article writes its days first.
    const d = mention(a! > 12 ? makeDay(y!, b!, a!) : makeDay(y!, a!, b!), false, undefined, raw, start);
    const alt = a! <= 12 && b! <= 12 && a !== b ? makeDay(y!, b!, a!) : undefined;
    return d ? (alt ? { mentions: [d], alt } : { mentions: [d] }) : undefined;
  }
  if (g.dlist || g.mlist) return resolveList(raw, start, reference, tenseAt(sentence, start, raw.length));
  if (g.mdy || g.dmy) {
    // The tense is read only when the year is left out (it decides which year).
    const tense = /\d{4}/.test(raw) ? 0 : tenseAt(sentence, start, raw.length);
    return one(resolveCalendar(raw, start, reference, tense));
  }
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
    if (year) return one(mention(day(+year), false, undefined, raw, start));
    const y = +reference.slice(0, 4);
    const candidates = [day(y - 1), day(y), day(y + 1)].filter((x): x is string => !!x);
    return one(mention(pickDay(candidates, reference, tenseAt(sentence, start, raw.length)), true, undefined, raw, start));
  }
  if (g.wd) {
    const words = raw.toLowerCase().split(/\s+/);
    const qualifier = ['early', 'late', 'last', 'next', 'this', 'past'].includes(words[0]!) ? words[0] : undefined;
    const wd = WEEKDAY_INDEX[(qualifier ? words[1]! : words[0]!).replace('.', '')];
    if (wd === undefined) return undefined;
    // "last/next" choose the week; otherwise the sentence's tense: a past event is the
    // last such day on or before the reference date, a coming one the next on or after it.
    const refWd = weekdayOf(reference);
    const ahead = (wd - refWd + 7) % 7;
    const back = (refWd - wd + 7) % 7;
    let delta: number;
    if (qualifier === 'next') delta = ahead || 7;
    else if (qualifier === 'last' || qualifier === 'past') delta = -(back || 7);
    else if (qualifier === 'this') delta = tenseAt(sentence, start, raw.length) < 0 ? -back : ahead;
    else delta = tenseAt(sentence, start, raw.length) > 0 ? ahead : -back;
    return one(mention(addDays(reference, delta), true, undefined, raw, start));
  }
  if (g.rel) {
    const r = raw.toLowerCase().replace(/\s+/g, ' ');
    const delta = r === 'yesterday' || r === 'last night' ? -1 : r === 'tomorrow' ? 1 : r.includes('before yesterday') ? -2 : r.includes('after tomorrow') ? 2 : 0;
    return one(mention(addDays(reference, delta), true, undefined, raw, start));
  }
  if (g.anchored) {
    const words = raw.toLowerCase().split(/\s+/);
    const counted = daysOf(words);
    const back = words.includes('previous') || words.includes('before') || words.includes('earlier');
    const days = (counted ?? 1) * (back ? -1 : 1);
    const d = mention(addDays(reference, days), true, undefined, raw, start);
    return d ? { mentions: [d], anchor: days } : undefined;
  }
  if (g.offset) {
    // An approximate count ("less than two months ago", "about a week ago") names no day.
    if (/\b(?:than|about|nearly|almost|some|around|roughly|least|over|under|up\s+to)\s+$/i.test(before)) return undefined;
    const words = raw.toLowerCase().split(/\s+/);
    const sign = words.includes('ago') ? -1 : 1;
    const unit = words.findIndex((w) => /^(?:months?|years?)$/.test(w));
    if (unit > 0) {
      // Months and years ago name a month or a year, at the precision written.
      const n = /^\d+$/.test(words[unit - 1]!) ? +words[unit - 1]! : COUNTS[words[unit - 1]!];
      if (n === undefined) return undefined;
      const y = +reference.slice(0, 4);
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
    else if (r.startsWith('this')) saturday = tenseAt(sentence, start, raw.length) < 0 ? past : coming;
    else saturday = tenseAt(sentence, start, raw.length) > 0 ? coming : past;
    return one(mention(`${saturday}/${addDays(saturday, 1)}`, true, undefined, raw, start));
  }
  if (g.period) {
    const r = raw.toLowerCase().replace(/\s+/g, ' ');
    const shift = r.startsWith('last') || r.startsWith('the past') ? -1 : r.startsWith('next') ? 1 : 0;
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
    const words = raw.split(/\s+/);
    const name = words[words.length - 1]!;
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
    if (qualifier === 'last') year = month < refMonth ? y : y - 1;
    else if (qualifier === 'next') year = month > refMonth ? y : y + 1;
    else {
      // The sentence's tense: a past event in the last such month, a coming one in the next (this month counts).
      const tense = tenseAt(sentence, start, raw.length);
      if (tense < 0) year = month <= refMonth ? y : y - 1;
      else if (tense > 0) year = month >= refMonth ? y : y + 1;
      else year = nearestYear(y, month, refMonth);
    }
    return one(mention(`${year}-${String(month).padStart(2, '0')}`, true, undefined, text, offset));
  }
  if (g.yrange) {
    const [a, b] = raw.match(/\d{4}/g)!;
    return +b! > +a! ? one(mention(`${a}/${b}`, false, undefined, raw, start)) : undefined;
  }
  if (g.yearq) return one(mention(raw.slice(-4), false, undefined, raw, start));
  if (g.year) {
    // A bare year is a date only in a date-like context, so that "2000 troops" is not one.
    const after = sentence ? sentence.text.slice(start - sentence.start + raw.length) : '';
    if (PREP_YEAR_RE.test(before) || /\b(?:1[89]|2[01])\d\d\s+(?:and|or|&)\s+$/.test(before) || /^\s*(?:[.,;:!?)"'”’]|$)/.test(after) || /^'s\b/.test(after)) return one(mention(raw, false, undefined, raw, start));
    // "the 2022 general election", "a 2016 contract": a year before a noun, after an article or possessive.
    if (/\b(?:the|a|an|its|their|his|her|our)\s+$/i.test(before) && /^\s+[a-z]{3,}/.test(after)) return one(mention(raw, false, undefined, raw, start));
    return undefined;
  }
  return undefined;
}

/** Among candidate days, the one the tense points to: the last on or before the reference (past), the first on or after it (coming), else the nearest. */
function pickDay(candidates: readonly string[], reference: string, tense: number): string | undefined {
  if (tense < 0) return [...candidates].reverse().find((d) => d <= reference);
  if (tense > 0) return candidates.find((d) => d >= reference);
  let best: string | undefined;
  let gap = Infinity;
  for (const d of candidates) {
    const g = Math.abs(toDayNumber(d) - toDayNumber(reference));
    if (g < gap) (gap = g), (best = d);
  }
  return best;
}

/**
 * Cue words of the future and of the past, after HeidelTime's tense rules for news
 * (Strötgen & Gertz): the nearest cue before the date in its clause decides, else the
 * first one after it in the sentence.
 */
const FUTURE_CUE = String.raw`will|could|might|may|should|must|needs?\s+to|ha(?:s|ve)\s+to|won['’]t|shall|would|['’]ll|due|scheduled|slated|expected|set\s+to|plans?\s+to|planned|planning|intends?\s+to|aims?\s+to|upcoming|next|tomorrow|to\s+be\s+held|is\s+to|are\s+to|going\s+to|until|till`;
/** Verbs in the present that news copy uses for what is scheduled ("the show closes on Friday", "Preston host Middlesbrough on Tuesday"). */
const PRESENT_CUE = String.raw`is|are|begins|starts|opens|closes|ends|meets|meet|votes|resumes|hosts|host|travels|travel|faces|plays|returns|holds|kicks\s+off|takes\s+place|goes|visits|arrives|leaves`;
const PAST_CUE = String.raw`said|told|met|was|were|had|did|held|signed|announced|reported|wrote|added|began|ended|went|came|took|gave|made|left|won|lost|rose|fell|saw|ran|sent|spoke|broke|struck|hit|beat|led|paid|sold|bought|brought|found|kept|stood|fled|quit|became|chose|drew|last|ago|earlier|yesterday|since|\w{3,}ed`;
const CUE_ALL = new RegExp(String.raw`\b(?:(?<future>${FUTURE_CUE}|${PRESENT_CUE})|(?<past>${PAST_CUE}))\b`, 'gi');
/** Participles that speak of what is to come ("expected", "scheduled"), which the past's `-ed` would take. */
const NOT_PAST = /^(?:expected|scheduled|planned|slated|proposed|intended|due)$/i;
/** A weekday or day in apposition to "tomorrow" or "yesterday" ("tomorrow, Monday"). */
const APPOSITION = /\b(?:(?<future>tomorrow|tonight)|(?<past>yesterday|last\s+night))\s*,\s*$/i;

/**
 * The tense around a date in its sentence: 1 coming, -1 past, 0 unknown (no sentence, no cue).
 * The cue nearest to the date in its clause decides (before it or after it), else the first
 * one after it in the sentence; "tomorrow, Monday" is coming.
 */
function tenseAt(sentence: Sentence | undefined, start: number, length: number): number {
  if (!sentence) return 0;
  const text = sentence.text;
  const at = start - sentence.start;
  const from = Math.max(0, at - 100);
  if (APPOSITION.test(text.slice(Math.max(from, at - 24), at))) return /tomorrow|tonight/i.test(text.slice(Math.max(from, at - 24), at)) ? 1 : -1;
  // The clause before the date: after the last comma (not one inside a number), semicolon or "that".
  let clauseStart = from;
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if ((c === 44 && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) || c === 59) {
      clauseStart = i + 1;
      break;
    }
    if (c === 32 && text.startsWith('that ', i + 1) && i + 5 < at) {
      clauseStart = i + 5;
      break;
    }
  }
  let last = 0;
  let lastEnd = -1;
  CUE_ALL.lastIndex = clauseStart;
  for (let m = CUE_ALL.exec(text); m && m.index < at; m = CUE_ALL.exec(text)) {
    if (m.index + m[0].length > at) break;
    const c = cueOf(m, text);
    if (c) (last = c), (lastEnd = m.index + m[0].length);
  }
  const end = at + length;
  const limit = Math.min(text.length, end + 60);
  const after = text.slice(end, limit);
  const stop = after.search(CLAUSE_END);
  CUE_ALL.lastIndex = end;
  for (let m = CUE_ALL.exec(text); m && m.index < limit; m = CUE_ALL.exec(text)) {
    const c = cueOf(m, text);
    if (!c) continue;
    const d = m.index - end;
    // Within the clause, the nearer cue wins ("said the strike on Friday would ..." is coming).
    if (!last || (d < (stop < 0 ? Infinity : stop) && d < at - lastEnd)) return c;
    break;
  }
  return last;
}

const CLAUSE_END = /[,;]|\b(?:that|after|before|when|while|because|which|who|where|if|but|and)\b/;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** A passive participle after "be" or "been" ("will be tabled") takes its tense from the auxiliary before it. */
const PASSIVE = /\b(?:be|been|being)\s+$/i;

function cueOf(m: RegExpMatchArray, text: string): number {
  if (m.groups!.future) return m[0] === 'May' ? 0 : 1;
  if (NOT_PAST.test(m[0])) return 1;
  if (PASSIVE.test(text.slice(Math.max(0, m.index! - 8), m.index))) return 0;
  return -1;
}

function isoDay(s: string): string | undefined {
  return makeDay(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10));
}

function nearestYear(refYear: number, month: number, refMonth: number): number {
  const diff = month - refMonth;
  if (diff > 6) return refYear - 1;
  if (diff < -6) return refYear + 1;
  return refYear;
}

/**
 * The year of a year-less day: the nearest (within half a year), unless the tense
 * says otherwise by more than a month (a past event in April read in November is
 * this April, not the next).
 */
function yearOf(month: number, day: number, reference: string, tense: number): number {
  const y = nearestYear(+reference.slice(0, 4), month, +reference.slice(5, 7));
  const at = makeDay(y, month, Math.min(day, 28))!;
  const gap = toDayNumber(at) - toDayNumber(reference);
  if (tense < 0 && gap > 31) return y - 1;
  if (tense > 0 && gap < -31) return y + 1;
  return y;
}

/** "Sunday, January 25", "January 23-24", "22 January 2026", "December 26, 2025". */
function resolveCalendar(raw: string, start: number, reference: string, tense: number): DateMention | undefined {
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
    } else if (MONTHS[word] !== undefined && !(word in WEEKDAY_INDEX)) months.push(MONTHS[word]!);
    else if (WEEKDAY_INDEX[word] !== undefined) weekday = WEEKDAY_INDEX[word];
  }
  if (!months.length || !days.length) return undefined;
  const month1 = months[0]!;
  const month2 = months[1] ?? month1;
  const relative = year === undefined;
  const y = year ?? yearOf(month1, days[0]!, reference, tense);
  const first = makeDay(y, month1, days[0]!);
  if (!first) return undefined;
  let value = first;
  if (days.length > 1) {
    const last = makeDay(month2 < month1 ? y + 1 : y, month2, days[1]!);
    if (!last || last <= first) return undefined;
    value = `${first}/${last}`;
  }
  return { text: raw, start, end: start + raw.length, value, relative, ...(weekday === undefined ? {} : { weekday }) };
}

/** "3, 4, 6 and 7 January" and "Dec. 8 and 9": one mention per day, the month (and year) written once. */
function resolveList(raw: string, start: number, reference: string, tense: number): Resolved | undefined {
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
  const y = year ?? yearOf(month, days[0]!.n, reference, tense);
  const mentions: DateMention[] = [];
  // The month (and year) stay with the day they are written beside: "Dec. 8", "7 January 2026".
  const monthFirst = monthAt < days[0]!.at;
  days.forEach((d, i) => {
    const from = monthFirst && i === 0 ? monthAt : d.at;
    const to = !monthFirst && i === days.length - 1 ? raw.length : monthFirst && i === days.length - 1 && year !== undefined ? raw.length : d.end;
    const m = mention(makeDay(y, month!, d.n), year === undefined, undefined, raw.slice(from, to), start + from);
    if (m) mentions.push(m);
  });
  return mentions.length === days.length ? { mentions } : undefined;
}
