import { addDays, makeDay, weekdayOf } from '../iso.js';
import { blank } from '../parse/sentences.js';
import type { Article, DateMention, Sentence, Span } from '../types.js';
import type { ArticleUnits } from './blocks.js';

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
const PREP_YEAR = String.raw`(?:in|since|by|until|till|from|of|before|after|during|through|early|late|mid|mid-|end of|start of|beginning of|spring|summer|autumn|fall|winter)`;

/** The date forms: every alternative is a named group, longest forms first. */
const DATE_ALTERNATIVES = [
  String.raw`(?<iso>\b\d{4}-\d{2}-\d{2}\b(?:\/\d{4}-\d{2}-\d{2}\b)?)`,
  String.raw`(?<dotted>\b\d{1,2}\.\d{1,2}\.\d{4}\b)`,
  String.raw`(?<slashed>\b\d{1,2}\/\d{1,2}\/\d{4}\b)`,
  // [Weekday,] Month Day[-Day][, Year]   |   [Weekday,] Day[-Day] Month [Year]   |   Month Year
  String.raw`(?<mdy>\b(?:${WEEKDAY},?\s+)?${MONTH}\s+${DAY}(?:${DASH}(?:${MONTH}\s+)?${DAY})?\b(?:,?\s+${YEAR}\b)?)`,
  String.raw`(?<dmy>\b(?:${WEEKDAY},?\s+)?${DAY}(?:${DASH}${DAY})?\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR}\b)?)`,
  String.raw`(?<my>\b${MONTH}\s+${YEAR}\b)`,
  String.raw`(?<wd>\b(?:(?:[Ee]arly|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast)\s+)?${WEEKDAY}${PART}\b)`,
  String.raw`(?<rel>\b(?:[Tt]he\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Tt]his\s+(?:morning|afternoon|evening))\b)`,
  String.raw`(?<weekend>\b(?:(?:[Oo]ver|[Dd]uring)\s+the|[Tt]his|[Ll]ast|[Nn]ext|[Tt]he\s+past)\s+weekend\b)`,
  String.raw`(?<period>\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Tt]he\s+past)\s+(?:week|month|year)\b)`,
  // A month alone: after a preposition or qualifier, or bare when its name is no common word (not May, March).
  String.raw`(?<monthOnly>\b(?:(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id-?|[Ll]ast|[Nn]ext|[Tt]his|[Bb]efore|[Aa]fter|[Tt]hrough|[Dd]uring)\s+)${MONTH}|${MONTH_PLAIN})\b(?![\s,]+\d))`,
  String.raw`(?<yearq>\b(?:[Mm]id|[Ee]arly|[Ll]ate)-${YEAR}\b)`,
  String.raw`(?<year>(?<![\d$€£.,:/-])\b${YEAR}\b(?![\d%]|[.,]\d|-\d|\s*(?:percent|per cent|%)))`,
].join('|');

/**
 * One pass over prose. Every alternative starts at a word boundary with a digit
 * or one of these letters (a month, a weekday, or a qualifier or preposition
 * that may open a date): tested first, they let the scan leave every other
 * position at once, instead of trying each alternative there (about half the
 * scan's cost; test/core/date-scan.test.ts holds it to the alternatives alone).
 */
const DATE_RE = new RegExp(String.raw`\b(?=[0-9ABDEFIJLMNOPSTUWYabdefilmnopstuy])(?:${DATE_ALTERNATIVES})`, 'g');

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
const FUTURE = /\b(?:will|would|shall|'ll|is due|are due|was due|were due|is set to|are set to|to be held|scheduled|expected to|plans? to|planned|upcoming|due to|next)\b/i;
const PREP_YEAR_RE = new RegExp(`(?:${PREP_YEAR})\\s+$`, 'i');

/** Options of date extraction. */
export interface DateOptions {
  /** The reference date (ISO day): front-matter `date`, `--as-of`, or today. */
  reference: string;
}

/**
 * Finds date expressions in the article's prose and resolves each to an ISO
 * value against the reference date. Spans leave out a leading preposition.
 */
export function extractDates(article: Article, options: DateOptions, units?: ArticleUnits): DateMention[] {
  const out: DateMention[] = [];
  const { text, blocks, masked, sentences } = article;
  const { reference } = options;
  let s = 0;
  let from = 0;
  // The first sentence that may hold a block's dates, found only for the blocks read (blocks come in order).
  blocks.forEach((block, b) => {
    const unit = units?.units[b];
    if (unit) {
      // A block's dates depend on its prose, its sentences and the reference date only.
      if (!unit.dates || unit.dates.reference !== reference) {
        while (s < sentences.length && sentences[s]!.end <= block.start) s++;
        unit.dates = { reference, mentions: shiftDates(blockDates(unit.prose, block, sentences, s, reference), -block.start) };
      }
      // Placed where the block sits; a block that has not moved since (every block before an edit) reuses them.
      let placed = unit.placedDates;
      if (!placed || placed.dates !== unit.dates || placed.base !== block.start) unit.placedDates = placed = { dates: unit.dates, base: block.start, mentions: shiftDates(unit.dates.mentions, block.start) };
      for (const d of placed.mentions) out.push(d);
      return;
    }
    while (s < sentences.length && sentences[s]!.end <= block.start) s++;
    while (from < masked.length && masked[from]!.end <= block.start) from++;
    for (const d of blockDates(blank(text, block, masked, from), block, sentences, s, reference)) out.push(d);
  });
  return out;
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

/** The date mentions of one block's prose; `s` is the first sentence that may hold one. */
function blockDates(prose: string, block: Span, sentences: readonly Sentence[], s: number, reference: string): DateMention[] {
  const out: DateMention[] = [];
  // No prefilter: the scan leaves a block without dates about as fast as a test for date words would.
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(prose); m; m = DATE_RE.exec(prose)) {
    let start = block.start + m.index;
    let raw = m[0];
    const lead = LEADING_PREPOSITION.exec(raw);
    if (lead && !m.groups!.weekend) {
      start += lead[0].length;
      raw = raw.slice(lead[0].length);
    }
    while (s < sentences.length && sentences[s]!.end <= start) s++;
    const sentence = sentences[s] && sentences[s]!.start <= start ? sentences[s] : undefined;
    const before = prose.slice(Math.max(0, m.index - 24), m.index);
    const mention = resolve(m.groups!, raw, start, before, sentence, reference);
    if (mention) out.push(mention);
  }
  return out;
}

/** A date mention, or nothing when its value is not a valid date. */
function mention(value: string | undefined, relative: boolean, weekday: number | undefined, text: string, offset: number): DateMention | undefined {
  return value ? { text, start: offset, end: offset + text.length, value, relative, ...(weekday === undefined ? {} : { weekday }) } : undefined;
}

/** Whether the verb nearest to a date in its sentence speaks of the future (no sentence: no). */
function futureAt(sentence: Sentence | undefined, start: number, length: number): boolean {
  return sentence ? isFuture(sentence, start, length) : false;
}

function resolve(
  g: Record<string, string | undefined>,
  raw: string,
  start: number,
  before: string,
  sentence: Sentence | undefined,
  reference: string,
): DateMention | undefined {
  // Only weekdays and weekends read the verb's tense (no closures here: this runs for every date).

  if (g.iso) {
    const [a, b] = raw.split('/');
    const first = isoDay(a!);
    const last = b ? isoDay(b) : undefined;
    if (!first || (b && (!last || last < first))) return undefined;
    return mention(last ? `${first}/${last}` : first, false, undefined, raw, start);
  }
  if (g.dotted) {
    const [d, mo, y] = raw.split('.').map(Number);
    return mention(makeDay(y!, mo!, d!), false, undefined, raw, start);
  }
  if (g.slashed) {
    const [a, b, y] = raw.split('/').map(Number);
    // Month first as in US copy, unless the first part cannot be a month.
    return mention(a! > 12 ? makeDay(y!, b!, a!) : makeDay(y!, a!, b!), false, undefined, raw, start);
  }
  if (g.mdy || g.dmy) return resolveCalendar(raw, start, reference);
  if (g.my) {
    const [mo, y] = raw.split(/\s+/);
    const month = MONTHS[mo!.replace('.', '').toLowerCase()];
    return month ? mention(`${y}-${String(month).padStart(2, '0')}`, false, undefined, raw, start) : undefined;
  }
  if (g.wd) {
    const words = raw.toLowerCase().split(/\s+/);
    const qualifier = ['early', 'late', 'last', 'next', 'this', 'past'].includes(words[0]!) ? words[0] : undefined;
    const wd = WEEKDAY_INDEX[(qualifier ? words[1]! : words[0]!).replace('.', '')];
    if (wd === undefined) return undefined;
    // A span of "early" or "late" stays a day; "last/next/this" choose the week.
    const refWd = weekdayOf(reference);
    let delta: number;
    if (qualifier === 'next') delta = ((wd - refWd + 7) % 7) || 7;
    else if (qualifier === 'last' || qualifier === 'past') delta = -(((refWd - wd + 7) % 7) || 7);
    else if (qualifier !== 'this' && futureAt(sentence, start, raw.length)) delta = ((wd - refWd + 7) % 7) || 7;
    else if (qualifier === 'this') delta = wd - refWd;
    else delta = -((refWd - wd + 7) % 7);
    return mention(addDays(reference, delta), true, undefined, raw, start);
  }
  if (g.rel) {
    const r = raw.toLowerCase().replace(/\s+/g, ' ');
    const delta = r === 'yesterday' ? -1 : r === 'tomorrow' ? 1 : r.includes('before yesterday') ? -2 : r.includes('after tomorrow') ? 2 : 0;
    return mention(addDays(reference, delta), true, undefined, raw, start);
  }
  if (g.weekend) {
    const r = raw.toLowerCase();
    const refWd = weekdayOf(reference);
    const next = r.startsWith('next') || ((r.startsWith('this') || r.startsWith('over') || r.startsWith('during')) && futureAt(sentence, start, raw.length));
    let saturday: string;
    if (next) saturday = addDays(reference, ((6 - refWd + 7) % 7) || 7);
    else if (refWd === 6) saturday = r.startsWith('last') ? addDays(reference, -7) : reference;
    else if (refWd === 0) saturday = r.startsWith('last') ? addDays(reference, -8) : addDays(reference, -1);
    else saturday = addDays(reference, -(refWd + 1));
    return mention(`${saturday}/${addDays(saturday, 1)}`, true, undefined, raw, start);
  }
  if (g.period) {
    const r = raw.toLowerCase().replace(/\s+/g, ' ');
    const shift = r.startsWith('last') || r.startsWith('the past') ? -1 : r.startsWith('next') ? 1 : 0;
    if (r.endsWith('week')) {
      const monday = addDays(reference, -((weekdayOf(reference) + 6) % 7) + 7 * shift);
      return mention(`${monday}/${addDays(monday, 6)}`, true, undefined, raw, start);
    }
    const y = +reference.slice(0, 4);
    if (r.endsWith('year')) return mention(String(y + shift), true, undefined, raw, start);
    let mo = +reference.slice(5, 7) + shift;
    let yy = y;
    if (mo < 1) (mo = 12), yy--;
    if (mo > 12) (mo = 1), yy++;
    return mention(`${yy}-${String(mo).padStart(2, '0')}`, true, undefined, raw, start);
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
    let year = nearestYear(y, month, refMonth);
    if (qualifier === 'last') year = month < refMonth ? y : y - 1;
    if (qualifier === 'next') year = month > refMonth ? y : y + 1;
    return mention(`${year}-${String(month).padStart(2, '0')}`, true, undefined, text, offset);
  }
  if (g.yearq) return mention(raw.slice(-4), false, undefined, raw, start);
  if (g.year) {
    // A bare year is a date only in a date-like context, so that "2000 troops" is not one.
    const after = sentence ? sentence.text.slice(start - sentence.start + raw.length) : '';
    if (PREP_YEAR_RE.test(before) || /^\s*(?:[.,;:!?)"'”’]|$)/.test(after) || /^'s\b/.test(after)) return mention(raw, false, undefined, raw, start);
    return undefined;
  }
  return undefined;
}

const PAST = /\b(?:said|told|met|was|were|had|did|held|signed|announced|reported|wrote|added|began|ended|went|came|took|gave|made|\w{3,}ed)\b/i;

/**
 * Whether the verb nearest to a date speaks of the future ("will meet on Monday")
 * rather than the past ("said on Monday that talks would resume").
 */
function isFuture(sentence: Sentence, start: number, length: number): boolean {
  const at = start - sentence.start;
  const before = sentence.text.slice(Math.max(0, at - 40), at);
  const clause = before.slice(before.lastIndexOf(',') + 1);
  const lastFuture = lastIndex(clause, FUTURE_ALL);
  const lastPast = lastIndex(clause, PAST_ALL);
  if (lastFuture >= 0 || lastPast >= 0) return lastFuture > lastPast;
  const after = sentence.text.slice(at + length, at + length + 60);
  const f = after.search(FUTURE);
  const p = after.search(PAST);
  if (f < 0) return false;
  return p < 0 || f < p;
}

function lastIndex(text: string, re: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index!;
  return last;
}

const FUTURE_ALL = new RegExp(FUTURE.source, 'gi');
const PAST_ALL = new RegExp(PAST.source, 'gi');

function isoDay(s: string): string | undefined {
  return makeDay(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10));
}

function nearestYear(refYear: number, month: number, refMonth: number): number {
  const diff = month - refMonth;
  if (diff > 6) return refYear - 1;
  if (diff < -6) return refYear + 1;
  return refYear;
}

/** "Sunday, January 25", "January 23-24", "22 January 2026", "December 26, 2025". */
function resolveCalendar(raw: string, start: number, reference: string): DateMention | undefined {
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
  const y = year ?? nearestYear(+reference.slice(0, 4), month1, +reference.slice(5, 7));
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
