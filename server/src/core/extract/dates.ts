import { addDays, daysBetween, makeDay } from '../iso.js';
import { blank } from '../parse/sentences.js';
import type { Article, DateMention, Sentence, Span } from '../types.js';
import type { ArticleUnits } from './blocks.js';
import { CHRONO_HINT, chronoDates } from './chrono.js';
import { DATE_RE, LEADING_PREPOSITION } from './date-forms.js';
import { apposedHolidayNames, apposedWeekdays, holidayWeekdays, pairWeekdays } from './date-pairs.js';
import { weekdayRanges } from './date-ranges.js';
import { datedBeside } from './date-beside.js';
import { articleEventNames, eventNames } from './events.js';
import { DAY_VALUE, DOCUMENT_NUMBER, holidayDay, MONTH_ANCHOR, resolve, shiftPeriod, YEAR_ANCHOR, type BlockDates, type HolidayRef, type Item } from './date-resolve.js';

export type { BlockDates } from './date-resolve.js';
import { tenseAt, yearOf } from './date-tense.js';
import { holidayOf, localHolidayNames } from './holidays.js';
import { articleLocale, bareHolidayNames, keptByStates, localHoliday, lowercaseHolidayNames, numericOrder, withState } from './locale.js';
import { withoutWeekdayNames } from './weekday-names.js';

export { dateMatches, dateMatchesByRegex } from './date-forms.js';

/** Options of date extraction. */
export interface DateOptions {
  /** The reference date (ISO day): front-matter `date`, `--as-of`, or today. */
  reference: string;
  /** The places the article names (the actor extractor's), for its country when no dateline names one. */
  places?: readonly Span[];
  /** The organizations it names, whose names may hold a country's (`Bank of Ghana`). */
  bodies?: readonly Span[];
}

/**
 * Finds date expressions in the article's prose and resolves each to an ISO
 * value against the reference date. Spans leave out a leading preposition.
 */
export function extractDates(article: Article, options: DateOptions, units?: ArticleUnits): DateMention[] {
  const out: DateMention[] = [];
  const anchored: [number, number][] = [];
  const swapped: [number, string][] = [];
  const holidays: [number, HolidayRef][] = [];
  let order = 0;
  const { text, blocks, masked, sentences } = article;
  const { reference } = options;
  let s = 0;
  let from = 0;
  /** The first sentence that ends after `at` (sentences and blocks come in order). */
  const sentenceFrom = (at: number): number => {
    for (let next = sentences[s]; next && next.end <= at; next = sentences[s]) s++;
    return s;
  };
  const add = (found: Omit<BlockDates, 'reference'>, mentions: readonly DateMention[]): void => {
    const base = out.length;
    for (const d of mentions) out.push(d);
    for (const [i, days] of found.anchored) anchored.push([base + i, days]);
    for (const [i, value] of found.swapped) swapped.push([base + i, value]);
    for (const [i, h] of found.holidays) holidays.push([base + i, h]);
    order += found.order;
  };
  // Where the article is written from: numeric dates and holidays depend on it.
  let locale = articleLocale(article, options.places, options.bodies);
  const { country } = locale;
  const lowercase: DateMention[] = [];
  blocks.forEach((block, b) => {
    const unit = units?.units[b];
    if (unit) {
      // A block's dates depend on its prose, its sentences and the reference date only.
      if (!unit.dates || unit.dates.reference !== reference) {
        const found = blockDates(unit.prose, block, sentences, sentenceFrom(block.start), reference);
        const { anchored, swapped, holidays, order } = found;
        unit.dates = { reference, mentions: shiftDates(found.mentions, -block.start), anchored, swapped, holidays, order };
        // Found where the block sits: they are its placed mentions (copied as shiftDates copies, one shape for all).
        unit.placedDates = { dates: unit.dates, base: block.start, mentions: shiftDates(found.mentions, 0) };
      }
      // Placed where the block sits; a block that has not moved since (every block before an edit) reuses them.
      let placed = unit.placedDates;
      if (!placed || placed.dates !== unit.dates || placed.base !== block.start) unit.placedDates = placed = { dates: unit.dates, base: block.start, mentions: shiftDates(unit.dates.mentions, block.start) };
      add(unit.dates, placed.mentions);
      // The block's holidays written in lowercase depend on its prose, its sentences, the reference date and the country.
      let lower = unit.lowercaseHolidays;
      if (!lower || lower.reference !== reference || lower.country !== country) {
        const mentions = country ? blockLowercaseHolidays(unit.prose, block, sentences, sentenceFrom(block.start), reference, country) : [];
        unit.lowercaseHolidays = lower = { reference, country, mentions: shiftDates(mentions, -block.start) };
      }
      for (const d of lower.mentions) lowercase.push({ text: d.text, start: d.start + block.start, end: d.end + block.start, value: d.value, relative: d.relative });
      return;
    }
    for (let next = masked[from]; next && next.end <= block.start; next = masked[from]) from++;
    const prose = blank(text, block, masked, from);
    const found = blockDates(prose, block, sentences, sentenceFrom(block.start), reference);
    add(found, found.mentions);
    if (country) for (const d of blockLowercaseHolidays(prose, block, sentences, sentenceFrom(block.start), reference, country)) lowercase.push(d);
  });
  // Festivals no table knows, found by their context, which a calendar day beside them may date.
  const festivals = units ? articleEventNames(article, units) : blocks.flatMap((block) => eventNames(blank(text, block, masked, 0)).map((e) => ({ start: e.start + block.start, end: e.end + block.start })));
  if (!swapped.length && !holidays.length) {
    if (anchored.length) resolveAnchored(text, out, anchored, reference, sentences);
    return holidayWeekdays(text, withoutWeekdayNames(text, withLowercaseHolidays(datedBeside(text, out, festivals), lowercase)));
  }
  // A desk writes numeric dates as its country does; with no country known, as the article writes its other dates.
  const numeric = numericOrder(locale) ?? (order > 0 ? 'dmy' : 'mdy');
  if (numeric === 'dmy') for (const [i, value] of swapped) replaceValue(out, i, value);
  let dropped = false;
  let stated = false;
  for (const [i, h] of holidays) {
    // The state is looked for only when some state keeps this holiday on a day of its own.
    if (!stated && !locale.state && keptByStates(h.name, locale.country)) (locale = withState(locale, article)), (stated = true);
    const rule = localHoliday(h.name, locale) ?? holidayOf(h.name);
    const value = rule ? holidayDay(rule, reference, h.tense, h.year) : undefined;
    dropped ||= !value;
    replaceValue(out, i, value ?? '');
  }
  if (anchored.length) resolveAnchored(text, out, anchored, reference, sentences);
  const beside = datedBeside(text, out, festivals);
  return holidayWeekdays(text, withoutWeekdayNames(text, withLowercaseHolidays(dropped ? beside.filter((d) => d.value !== '') : beside, lowercase)));
}

/**
 * The holidays of the article's country written with a lowercase word in one block's prose
 * (`andre pinsedag`, `Kristi himmelfartsdag`), which the scan by capitals does not reach, dated
 * by their sentence's tense; `s` is the first sentence that may hold one.
 */
function blockLowercaseHolidays(prose: string, block: Span, sentences: readonly Sentence[], s: number, reference: string, country: string): DateMention[] {
  const lower = lowercaseHolidayNames(prose, country);
  const bare = bareHolidayNames(prose, country);
  const found = bare.length ? [...lower, ...bare].sort((a, b) => a.start - b.start) : lower;
  const out: DateMention[] = [];
  for (const h of found) {
    const start = block.start + h.start;
    const end = block.start + h.end;
    for (let next = sentences[s]; next && next.end <= start; next = sentences[s]) s++;
    const here = sentences[s];
    const rule = localHoliday(h.rule ?? h.name, { country });
    const value = rule && holidayDay(rule, reference, here && here.start <= start ? tenseAt(here, start, end - start) : 0, 0);
    if (value) out.push({ text: h.name, start, end, value, relative: true });
  }
  return out;
}

/** Adds the holidays written in lowercase (placed, in order) where no date is already. */
function withLowercaseHolidays(dates: DateMention[], lowercase: readonly DateMention[]): DateMention[] {
  let out = dates;
  for (const h of lowercase) {
    if (out.some((d) => d.start < h.end && d.end > h.start)) continue;
    const at = out.findIndex((d) => d.start > h.start);
    out = [...out];
    out.splice(at < 0 ? out.length : at, 0, h);
  }
  return out;
}

/** A value moved by whole years ("2026-05/2026-12" by -1: "2025-05/2025-12"). */
function shiftYears(value: string, years: number): string {
  return value.replace(/\b(\d{4})(?=-|\/|$)/g, (y) => String(+y + years));
}

/** Gives the mention at `i` another value (a new object: the block's own mentions are shared with its cache). */
function replaceValue(out: DateMention[], i: number, value: string): void {
  const d = out[i];
  if (d && d.value !== value) out[i] = { ...d, value };
}

const DAY_SPAN = /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/;

/** "his estimate of Jan. 27": a day that qualifies a noun, which the story does not move to. */
const OF_BEFORE = /\bof\s+$/;

/**
 * "The previous day", "a day later": days counted from the day the text named
 * last (a single day, not one after "of"; the reference date when none comes before).
 * In a past clause ("told reporters the same day", "the day before") a day that would fall
 * after the reference date is counted instead from the last day named on or before it: a
 * coming date named in between (a meeting "on Wednesday") is not what the report speaks of.
 * (A later day keeps the coming one: "a reserve day had been set for the next day".)
 */
function resolveAnchored(text: string, out: DateMention[], anchored: readonly [number, number][], reference: string, sentences: readonly Sentence[]): void {
  let last = reference;
  let lastPast = reference;
  /** A span of days named since the last day ("from March 30 to April 3"): its first and last day, and where it ends. */
  let span: { first: string; last: string; end: number } | undefined;
  let k = 0;
  let s = 0;
  /** The date last named, at any precision (a day, a month, a year; a span's first): what a month or year anchor counts from. */
  let lastNamed = '';
  out.forEach((d, i) => {
    const a = anchored[k];
    if (a && a[0] === i && Math.abs(a[1]) >= MONTH_ANCHOR) {
      // "the following month" after "in May 2025": June 2025; "the previous year" after "in 2025": 2024 (a month named keeps its year).
      const by = Math.sign(a[1]);
      // After a span ("from 2025 to 2027"), "the following year" counts from its last (2028), "the previous year" from its first.
      const from = by > 0 ? lastNamed.slice(lastNamed.indexOf('/') + 1) : lastNamed;
      const base = Math.abs(a[1]) >= YEAR_ANCHOR ? from.slice(0, 4) : from.length >= 7 ? from.slice(0, 7) : '';
      if (base) {
        const value = shiftPeriod(base, by);
        if (value !== d.value) out[i] = { text: d.text, start: d.start, end: d.end, value, relative: true };
      }
      lastNamed = out[i]!.value; // in range: i < out.length (the loop's bound)
      k++;
      return;
    }
    if (a && a[0] === i) {
      for (let next = sentences[s]; next && next.end <= d.start; next = sentences[s]) s++;
      const here = sentences[s];
      // A span of days in the same sentence is what it counts from: "the next day" follows its last day,
      // "the day before" comes before its first (a span in an earlier sentence, often a rule's period, is not).
      if (span && here && here.start <= span.end) last = a[1] < 0 ? span.first : span.last;
      span = undefined;
      let value = addDays(last, a[1]);
      if (value > reference && a[1] <= 0 && lastPast !== last) {
        const earlier = addDays(lastPast, a[1]);
        if (earlier <= reference && tenseAt(here && here.start <= d.start ? here : undefined, d.start, d.end - d.start) < 0) value = earlier;
      }
      if (value !== d.value) out[i] = { text: d.text, start: d.start, end: d.end, value, relative: true };
      last = value;
      if (value <= reference) lastPast = value;
      k++;
    } else if (DAY_VALUE.test(d.value) && !OF_BEFORE.test(text.slice(Math.max(0, d.start - 4), d.start))) {
      last = d.value;
      span = undefined;
      if (d.value <= reference) lastPast = d.value;
    } else if (DAY_SPAN.test(d.value) && !/\bweek/i.test(d.text) && !OF_BEFORE.test(text.slice(Math.max(0, d.start - 4), d.start))) {
      // A span of days the text names ("from March 30 to April 3", "Monday to Thursday"; not a week or a weekend).
      span = { first: d.value.slice(0, 10), last: d.value.slice(11), end: d.end };
    }
    // (A day counted from another is named once it is resolved: "on March 3 ... the same day ... the previous month".)
    if (PERIOD_VALUE.test(out[i]!.value)) lastNamed = out[i]!.value; // in range: i < out.length (the loop's bound)
  });
}

/** A value that names a day, a month or a year (or a span that opens with one). */
const PERIOD_VALUE = /^\d{4}(?:-\d\d){0,2}(?:\/|$)/;

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
function blockDates(prose: string, block: Span, sentences: readonly Sentence[], s: number, reference: string): Omit<BlockDates, 'reference'> {
  let items: Item[] = [];
  let order = 0;
  const first = s;
  // No prefilter: the scan leaves a block without dates about as fast as a test for date words would.
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(prose); m; m = DATE_RE.exec(prose)) {
    const g = m.groups ?? {};
    let start = block.start + m.index;
    let raw = m[0];
    const lead = LEADING_PREPOSITION.exec(raw);
    if (lead && !g.weekend && !g.offset) {
      start += lead[0].length;
      raw = raw.slice(lead[0].length);
    }
    for (let next = sentences[s]; next && next.end <= start; next = sentences[s]) s++;
    const here = sentences[s];
    const sentence = here && here.start <= start ? here : undefined;
    const before = prose.slice(Math.max(0, m.index - 24), m.index);
    if (g.dmy || g.dlist) order++;
    else if (g.mdy || g.mlist) order--;
    const found = resolve(g, raw, start, before, sentence, reference);
    if (!found) continue;
    for (const d of found.mentions) items.push(found.anchor !== undefined ? { d, anchor: found.anchor } : found.alt ? { d, alt: found.alt } : found.holiday ? { d, holiday: found.holiday } : { d });
  }
  if (items.length > 1) items = withNamedYear(prose, block.start, items);
  if (items.length > 1) items = namedRanges(prose, block.start, numericRanges(prose, block.start, apposedWeekdays(prose, block.start, coordinatedMonths(prose, block.start, items))));
  if (items.length > 1) items = sentenceYears(prose, block.start, sentences, first, reference, items);
  if (items.length > 1) items = weekdayRanges(prose, block.start, items, sentences, first, reference);
  items = withLocalHolidays(prose, block, sentences, first, reference, items);
  if (CHRONO_HINT.test(prose)) items = withChrono(prose, block, sentences, first, reference, items);
  if (items.length) items = pairWeekdays(prose, block.start, items);
  if (items.length) items = apposedHolidayNames(prose, block.start, items);
  if (items.length > 1) items = anchorQuoted(prose, block, items, reference);
  const mentions: DateMention[] = [];
  const anchored: [number, number][] = [];
  const swapped: [number, string][] = [];
  const holidays: [number, HolidayRef][] = [];
  for (const it of items) {
    if (it.anchor !== undefined) anchored.push([mentions.length, it.anchor]);
    if (it.alt !== undefined) swapped.push([mentions.length, it.alt]);
    if (it.holiday !== undefined) holidays.push([mentions.length, it.holiday]);
    mentions.push(it.d);
  }
  return { mentions, anchored, swapped, holidays, order };
}

const NAMED_YEAR = /^(?:last|next|this)\s+year$/i;

/**
 * A year-less month or day followed by the year it names ("in October last year", "on
 * 12 March this year", "in May next year") is in that year (both stay mentions of their own).
 */
function withNamedYear(prose: string, offset: number, items: Item[]): Item[] {
  let out = items;
  for (let i = 1; i < out.length; i++) {
    // in range: 1 <= i < out.length
    const a = out[i - 1]!.d;
    // in range: i < out.length
    const b = out[i]!.d;
    if (!NAMED_YEAR.test(b.text) || !a.relative || !MONTH_WORD.test(a.text) || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(a.value)) continue;
    if (!/^,?\s+$/.test(prose.slice(a.end - offset, b.start - offset))) continue;
    const value = b.value.slice(0, 4) + a.value.slice(4);
    if (a.value.length === 10 && !makeDay(+value.slice(0, 4), +value.slice(5, 7), +value.slice(8, 10))) continue;
    if (value === a.value) continue;
    if (out === items) out = [...items];
    out[i - 1] = { ...out[i - 1], d: { ...a, value } };
  }
  // A clause that opens with the year it speaks of ("Last year the feast began on June 6", "Last year,
  // sales peaked in May"): its year-less month or day is in that year.
  // Every such date of the clause, not the first only ("sales peaked in May and fell in June").
  let anchor = -1;
  for (let i = 1; i < out.length; i++) {
    // in range: 1 <= i < out.length
    if (NAMED_YEAR.test(out[i - 1]!.d.text)) anchor = i - 1;
    if (anchor < 0) continue;
    // in range: 0 <= anchor < i
    const b = out[anchor]!.d;
    // in range: i < out.length
    const a = out[i]!.d;
    if (!a.relative || !MONTH_WORD.test(a.text) || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(a.value)) continue;
    if (!CLAUSE_OPENS.test(prose.slice(Math.max(0, b.start - offset - 3), b.start - offset)) || !YEAR_TO_DATE.test(prose.slice(b.end - offset, a.start - offset))) continue;
    const value = b.value.slice(0, 4) + a.value.slice(4);
    if (value === a.value || (a.value.length === 10 && !makeDay(+value.slice(0, 4), +value.slice(5, 7), +value.slice(8, 10)))) continue;
    if (out === items) out = [...items];
    out[i] = { ...out[i], d: { ...a, value } };
  }
  return out;
}

/** Where a clause opens: the start of the text, or after a sentence's end, a colon, semicolon or comma. */
const CLAUSE_OPENS = /(?:^|[.!?;:,"“]\s*|\n\s*)$/;
/** From a year named at a clause's start to a date of the same clause: no stop nor comma but one right after the year. */
const YEAR_TO_DATE = /^,?\s[^.;,!?]{1,60}$/;

const NUMERIC_DAY = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}$/;
const RANGE_JOIN = /^\s*(?:[-–—]|to|through|until|till)\s*$/;

/**
 * Two numeric days joined as a range ("8/10/2012 - 8/15/2012", "2026-09-18 to 2026-09-20")
 * are one expression whose value is the interval, read in one order: both parts day first
 * where the desk's country writes so (when both read both ways), else as written.
 */
function numericRanges(prose: string, offset: number, items: Item[]): Item[] {
  return mergedRanges(
    prose,
    offset,
    items,
    (a, b) => NUMERIC_DAY.test(a.d.text) && NUMERIC_DAY.test(b.d.text) && DAY_VALUE.test(a.d.value) && DAY_VALUE.test(b.d.value) && RANGE_JOIN.test(prose.slice(a.d.end - offset, b.d.start - offset)),
    (a, b) => (a.alt && b.alt && a.alt < b.alt ? `${a.alt}/${b.alt}` : undefined),
  );
}

/**
 * Each two neighbouring items that `joins` reads as the ends of a range, the first before the second, made one
 * expression whose value is the interval (and whose other reading `altOf` gives, if any).
 */
function mergedRanges(prose: string, offset: number, items: Item[], joins: (a: Item, b: Item) => boolean, altOf?: (a: Item, b: Item) => string | undefined): Item[] {
  let out = items;
  for (let i = 1; i < out.length; i++) {
    // in range: 1 <= i < out.length
    const a = out[i - 1]!;
    // in range: i < out.length
    const b = out[i]!;
    if (a.d.value >= b.d.value || !joins(a, b)) continue;
    const alt = altOf?.(a, b);
    const d: DateMention = { text: prose.slice(a.d.start - offset, b.d.end - offset), start: a.d.start, end: b.d.end, value: `${a.d.value}/${b.d.value}`, relative: a.d.relative || b.d.relative };
    if (out === items) out = [...items];
    out.splice(i - 1, 2, alt ? { d, alt } : { d });
    i--;
  }
  return out;
}

/** What joins the two ends of a range: "between A and B", "from A to B" ({@link RANGE_JOIN}), "A-B" (no space: "the October-December quarter"). */
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const FROM_BEFORE = /\bfrom\s+$/i;
const AND_JOIN = /^\s+and\s+$/;
const DASH_JOIN = /^[-–—]$/;

/**
 * Two months, or two days with their months written, that a range joins ("between October
 * and March", "between May 10 and May 20", "from March to July", "the October-December
 * quarter") are one expression whose value is the interval (ANNOTATION.md: a range is one
 * span); each end keeps the year it was given (a later end continues the first's year:
 * {@link coordinatedMonths}).
 */
function namedRanges(prose: string, offset: number, items: Item[]): Item[] {
  return mergedRanges(prose, offset, items, (a, b) => {
    if (a.anchor !== undefined || b.anchor !== undefined || a.alt || b.alt || a.holiday || b.holiday) return false;
    if (!MONTH_WORD.test(a.d.text) || !MONTH_WORD.test(b.d.text)) return false;
    const months = MONTH_VALUE.test(a.d.value) && MONTH_VALUE.test(b.d.value);
    if (!months && !(DAY_VALUE.test(a.d.value) && DAY_VALUE.test(b.d.value))) return false;
    const join = prose.slice(a.d.end - offset, b.d.start - offset);
    const lead = prose.slice(Math.max(0, a.d.start - offset - 9), a.d.start - offset);
    return (AND_JOIN.test(join) && BETWEEN_BEFORE.test(lead)) || (RANGE_JOIN.test(join) && FROM_BEFORE.test(lead)) || (months && DASH_JOIN.test(join));
  });
}

const MONTH_VALUE = /^\d{4}-\d{2}$/;
const COORDINATION = /^,?\s+(?:and|or|to|through|&)\s+$/;

/**
 * A year-less month joined to the month before it ("contracts for February and March")
 * continues that month's year: the same when it comes later in the year, else the next.
 * One joined to a later month or day with its year ("between March and May 2024",
 * "November and February 2025") takes that year, or the one before.
 */
function coordinatedMonths(prose: string, offset: number, items: Item[]): Item[] {
  let out = items;
  for (let i = 1; i < out.length; i++) {
    // in range: 1 <= i < out.length
    const a = out[i - 1]!.d;
    // in range: i < out.length
    const b = out[i]!.d;
    if (!a.relative || !MONTH_VALUE.test(a.value)) continue;
    if (!COORDINATION.test(prose.slice(a.end - offset, b.start - offset))) continue;
    // A year-less month before a month or day that writes its year ("between March and May 2024") is in that year, or the one before.
    if (!b.relative && /^\d{4}-\d{2}(?:-\d{2})?$/.test(b.value)) {
      const value = `${+b.value.slice(0, 4) - (a.value.slice(5) > b.value.slice(5, 7) ? 1 : 0)}${a.value.slice(4)}`;
      if (value === a.value) continue;
      if (out === items) out = [...items];
      out[i - 1] = { ...out[i - 1], d: { ...a, value } };
      continue;
    }
    if (!b.relative || !MONTH_VALUE.test(b.value)) continue;
    const year = +a.value.slice(0, 4) + (b.value.slice(5) < a.value.slice(5) ? 1 : 0);
    const value = `${year}${b.value.slice(4)}`;
    if (value === b.value) continue;
    if (out === items) out = [...items];
    out[i] = { ...out[i], d: { ...b, value } };
  }
  return out;
}

const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;

/**
 * A year-less day or month in a sentence that names one year before it, in the same clause,
 * takes that year ("the last strike, in 2019, ... ended on Nov. 26"), when the tense has sent
 * it more than half a year from the publication date (a nearer one is the news of the day)
 * and does not point away from that year.
 */
function sentenceYears(prose: string, offset: number, sentences: readonly Sentence[], s: number, reference: string, items: Item[]): Item[] {
  let out = items;
  const refYear = +reference.slice(0, 4);
  for (let i = 1; i < out.length; i++) {
    // in range: 1 <= i < out.length
    const d = out[i]!.d;
    // A day or month, or a range of them within one year ("from March 3 to March 9").
    const span = YEARLESS_RANGE.exec(d.value);
    if (!d.relative || !MONTH_WORD.test(d.text) || !(YEARLESS_VALUE.test(d.value) || (span && span[1] === span[2]))) continue;
    // "on Feb. 11 that year", "in May of the same year": the year named last before it, in any sentence of the block.
    if (THAT_YEAR.test(prose.slice(d.end - offset, d.end - offset + 24))) {
      const named = out.slice(0, i).reverse().find((o) => !o.d.relative && /^\d{4}/.test(o.d.value))?.d.value.slice(0, 4);
      const value = named && shiftYears(d.value, +named - +d.value.slice(0, 4));
      if (value && value !== d.value && !value.split('/').some((v) => v.length === 10 && !makeDay(+v.slice(0, 4), +v.slice(5, 7), +v.slice(8, 10)))) {
        if (out === items) out = [...items];
        out[i] = { ...out[i], d: { ...d, value } };
      }
      continue;
    }
    for (let next = sentences[s]; next && next.end <= d.start; next = sentences[s]) s++;
    const sentence = sentences[s];
    if (!sentence || sentence.start > d.start) continue;
    const years = new Set<string>();
    let from = d.start;
    let yearAt = -1;
    /** The month of the mention that names the year ("March 2025"), if it names one. */
    let frameMonth = '';
    for (let j = i - 1; j >= 0; j--) {
      // in range: 0 <= j < i
      const o = out[j]!.d;
      if (o.start < sentence.start) break;
      if (!o.relative && /^\d{4}/.test(o.value)) years.add(YEAR_SPAN.test(o.value) ? yearInSpan(o.value, d.value, sentence, d, reference) : o.value.slice(0, 4)), (from = o.end), (yearAt = o.start), (frameMonth = o.value.slice(5, 7));
    }
    // A year inside a relative clause that a comma closes ("The cooperative, which he set up in 2004, stopped paying in January") dates that clause alone;
    // so does one in a participle's apposition ("The hall, built with state money and opened in 2012, last sold out on May 3").
    if (yearAt >= 0 && RELATIVE_OPEN.test(sentence.text.slice(0, yearAt - sentence.start)) && /^\s*,/.test(sentence.text.slice(from - sentence.start))) continue;
    // The year and the day in one clause: no new clause between them ("of 2025, had cost ..., and that cuts peaked on Aug. 9").
    if (NEW_CLAUSE.test(sentence.text.slice(from - sentence.start, d.start - sentence.start))) continue;
    // "closed a kiln in 2011, and again briefly in November": "again" right after the year is another occasion, not that year.
    if (AGAIN_AFTER_YEAR.test(sentence.text.slice(from - sentence.start, d.start - sentence.start))) continue;
    const [written] = years;
    if (years.size !== 1 || !written || +written === refYear) continue;
    // Only a date the tense has sent more than half a year from the publication date (the nearest reading lies within it),
    // unless the sentence sets it in that year: opens with it ("In 2023, the court ... on Aug. 14"), dates a thing of
    // that year ("a 2024 ruling dated Nov. 12") or says when in it ("in 2025, when a dispute shut it from March 3").
    const first = d.value.slice(0, 10);
    const set = yearAt >= 0 && yearSets(sentence.text, yearAt - sentence.start, from - sentence.start, d.start - sentence.start);
    const near = !set && (DAY_VALUE.test(first) ? Math.abs(daysBetween(reference, first)) <= 183 : Math.abs(monthIndex(first) - monthIndex(reference)) <= 6);
    // "Acme, founded in 1998, said on Jan. 20": the day of a report is the news, not the history.
    if (near || REPORTED_ON.test(sentence.text.slice(Math.max(0, d.start - sentence.start - 24), d.start - sentence.start))) continue;
    const tense = tenseAt(sentence, d.start, d.end - d.start);
    // What a sentence set in a past year says was to come is still in that year ("In 2024 the regulator ordered
    // refunds by Dec. 15"; "In a report in March 2025, it said the line was due to open by September"), unless
    // the day comes before the month that sets it.
    const ahead = set && +written < refYear && tense > 0 && !(frameMonth && d.value.slice(5, 7) < frameMonth);
    if (!ahead && ((+written < refYear && tense > 0) || (+written > refYear && tense < 0))) continue;
    const value = shiftYears(d.value, +written - +d.value.slice(0, 4));
    if (value.split('/').some((v) => v.length === 10 && !makeDay(+v.slice(0, 4), +v.slice(5, 7), +v.slice(8, 10)))) continue;
    if (out === items) out = [...items];
    out[i] = { ...out[i], d: { ...d, value } };
  }
  return out;
}

/** A second occasion added after a comma right after a year: ", and again", ", and once more" (not "in 2019 and again on March 3", one account of that year). */
const AGAIN_AFTER_YEAR = /^,\s+(?:and|but|or)\s+(?:then\s+)?(?:again|once\s+more)\b/i;
const YEAR_SPAN = /^\d{4}\/\d{4}$/;

/**
 * The year of a span of years ("the 2024/25 season", "from 2025 to 2027") that a month after it, in its sentence,
 * falls in: by the tense, the latest on or before the publication month (past), the first on or after it (coming),
 * else the span's first ("The 2024/25 season ended in May" [2026-03]: May 2025).
 */
function yearInSpan(span: string, value: string, sentence: Sentence, d: DateMention, reference: string): string {
  const first = +span.slice(0, 4);
  const last = +span.slice(5, 9);
  const tense = tenseAt(sentence, d.start, d.end - d.start);
  const rest = value.slice(4, 7);
  const month = reference.slice(0, 7);
  if (tense < 0) for (let y = last; y >= first; y--) if (`${y}${rest}` <= month) return String(y);
  if (tense > 0) for (let y = first; y <= last; y++) if (`${y}${rest}` >= month) return String(y);
  return String(first);
}

/** A year that refers back to the one named last: "that year", "of that year", "the same year". */
const THAT_YEAR = /^,?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b/;
const YEARLESS_VALUE = /^\d{4}-\d{2}(?:-\d{2})?$/;
const YEARLESS_RANGE = /^(\d{4})-\d{2}(?:-\d{2})?\/(\d{4})-\d{2}(?:-\d{2})?$/;
/** A year (or month and year) that opens its sentence or a quotation: "In 2023,", "Back in March 2025,". */
const OPENS_WITH_YEAR = /(?:^|["“]\s*)(?:(?:Back|Early|Late|Later|Also|Earlier)\s+)?(?:In|During|Throughout)\s+$/;
/** An opening phrase around a year: "In its 2025 report,", "In a ruling in May 2024,", "Under a 2019 decree,". */
const FRAME_BEFORE = /^(?:In|Under|Through|During)\s+(?:a|an|its|the|his|her|their)\s+(?:[a-z]+\s+){0,2}(?:(?:in|of|from|dated)\s+)?$/;
const FRAME_AFTER = /^(?:\s+[a-z]+){0,2},/;
/** A thing of the year that a day dates ("a 2024 ruling dated Nov. 12", "the 2019 contract signed on May 2"). */
const THING_DATED = /^\s+(?:[a-z]+\s+){1,2}(?:dated|signed|issued|published|filed|of)\s+$/;
/** The year, then when in it: "in 2025, when ...". */
const WHEN_IN_YEAR = /^,?\s+when\b/;

/**
 * Whether a sentence sets what follows its year in that year: it opens with the year, or the
 * year qualifies a thing the day dates, or a "when" clause says when in the year (offsets in `text`).
 */
function yearSets(text: string, yearStart: number, yearEnd: number, dateStart: number): boolean {
  const between = text.slice(yearEnd, dateStart);
  if (OPENS_WITH_YEAR.test(text.slice(0, yearStart))) return !otherClause(between, text.slice(dateStart));
  // An opening phrase that the year dates, closed by a comma: "In its 2025 report,", "In a ruling in May 2024,".
  const close = FRAME_AFTER.exec(between);
  if (FRAME_BEFORE.test(text.slice(0, yearStart)) && close) return !otherClause(between.slice(close[0].length), text.slice(dateStart));
  return THING_DATED.test(between) || WHEN_IN_YEAR.test(between);
}

/** A clause after a comma that reports or publishes: "..., figures released on", "..., the ministry said on". */
const REPORT_CLAUSE = /,\s+(?:[^,;]*\s)?(?:released|published|issued|announced|posted|said|says|showed|shows|reported|told)\s+(?:[^,;]*\s)?$/;
/** A reporting verb that closes the clause a day sits in ("..., figures released on Jan. 15 showed."). */
const REPORT_AFTER = /^[^,;.]*?\b(?:showed|shows|show|said|says|indicated|reported)\b/;
/**
 * Whether a day sits in another clause than the year that opens the sentence: after a comma, in a clause that reports
 * or publishes ("In 2026 inflation averaged 2 percent, figures released on Jan. 15 showed"): the news of the day.
 */
function otherClause(between: string, after: string): boolean {
  if (!between.includes(',')) return false;
  return REPORT_CLAUSE.test(between) || REPORT_AFTER.test(after);
}

/** A relative clause opened after a comma and not closed before the end ("…, which he set up in "). */
const RELATIVE_OPEN = /,\s+(?:which|who|whose|where|(?:(?:first|originally|once|later|also)\s+)?(?:built|founded|set\s+up|made|born|begun|run|grown|held|bought|sold|\w{3,}ed)\b)(?:[^,;]|(?<=\d),(?=\d))*$/;
const NEW_CLAUSE = /\b(?:that|which|who|while|whereas|but|although|though|because)\b|;/;
const REPORTED_ON = /\b(?:said|says|told|tells|announced|added|wrote|stated|reported)\s+(?:\w+\s+)?(?:on|in)\s+$/;
const monthIndex = (value: string): number => +value.slice(0, 4) * 12 + +value.slice(5, 7);

const QUOTED_RELATIVE = /^(?:yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening)|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+(?:ago|from now|earlier)|(?:in|within)\s+(?:two|three|four|five|six|seven|\d{1,2})\s+days)$/i;
const SPEECH = /\b(?:said|says|told|tells|added|adds|wrote|writes|posted|stated|recalled)\b/;

/**
 * A relative day inside a quotation ("We produced clean power yesterday," she said on
 * Tuesday; "Two days ago we ate in the park," he said on Wednesday) counts from the day the words were spoken when the text says which day that
 * was: a day named after the closing quote and a verb of saying, in the same paragraph line.
 */
function anchorQuoted(prose: string, block: Span, items: Item[], reference: string): Item[] {
  let out = items;
  items.forEach((it, i) => {
    const d = it.d;
    if (!QUOTED_RELATIVE.test(d.text)) return;
    const at = d.start - block.start;
    const lineStart = prose.lastIndexOf('\n', at) + 1;
    const open = prose.slice(lineStart, at);
    const quotes = (open.match(/"/g)?.length ?? 0) + (open.match(/“/g)?.length ?? 0) - (open.match(/”/g)?.length ?? 0);
    if (quotes % 2 !== 1) return;
    const close = prose.slice(at).search(/["”]/);
    if (close < 0) return;
    const closeAt = block.start + at + close;
    const anchor = items.slice(i + 1).find((x) => x.d.start > closeAt && DAY_VALUE.test(x.d.value) && !QUOTED_RELATIVE.test(x.d.text));
    if (!anchor || prose.slice(close + at, anchor.d.start - block.start).includes('\n')) return;
    const between = prose.slice(at + close, anchor.d.start - block.start);
    if (!SPEECH.test(between) || /[.!?]\s/.test(between)) return;
    const value = addDays(anchor.d.value, daysBetween(reference, d.value));
    if (value === d.value) return;
    if (out === items) out = [...items];
    out[i] = { ...it, d: { ...d, value } };
  });
  return out;
}

/**
 * Adds the holidays of a country's table (`Mashujaa Day`, `King's Birthday`) that the
 * scan's own list lacks. Their day waits for the article's country (a placeholder value
 * until then: the day every country that keeps the holiday agrees on, or none).
 */
function withLocalHolidays(prose: string, block: Span, sentences: readonly Sentence[], s: number, reference: string, items: Item[]): Item[] {
  const found = localHolidayNames(prose);
  if (!found.length) return items;
  let out = items;
  for (const h of found) {
    const start = block.start + h.start;
    const end = block.start + h.end;
    // A holiday's name over a shorter date inside it (`Whit Monday` over the weekday, `Chakri Memorial Day` over `Memorial Day`) takes its place.
    const over = out.filter((x) => x.d.start < end && x.d.end > start);
    if (over.some((x) => x.d.start < start || x.d.end > end || (x.d.start === start && x.d.end === end))) continue;
    if (over.length) out = out.filter((x) => !over.includes(x));
    for (let next = sentences[s]; next && next.end <= start; next = sentences[s]) s++;
    const here = sentences[s];
    const tense = here && here.start <= start ? tenseAt(here, start, h.end - h.start) : 0;
    const rule = localHoliday(h.name, {});
    const d: DateMention = { text: h.name, start, end, value: (rule && holidayDay(rule, reference, tense, 0)) ?? '', relative: true };
    const at = out.findIndex((x) => x.d.start > start);
    out = [...out];
    out.splice(at < 0 ? out.length : at, 0, { d, holiday: { name: h.name, tense, year: 0 } });
  }
  return out;
}

/**
 * Adds what chrono finds in the block's sentences that a hint marks: a date the
 * scan missed, or one that covers and extends what the scan found ("Aug 9, 96"
 * over "Aug 9"), which then takes their place.
 */
function withChrono(prose: string, block: Span, sentences: readonly Sentence[], s: number, reference: string, items: Item[]): Item[] {
  let out = items;
  for (let sentence = sentences[s]; sentence && sentence.start < block.end; sentence = sentences[++s]) {
    if (sentence.end <= block.start) continue;
    const from = Math.max(0, sentence.start - block.start);
    const piece = prose.slice(from, sentence.end - block.start);
    if (!CHRONO_HINT.test(piece)) continue;
    for (const c of chronoDates(piece, block.start + from, reference)) {
      let d = c.mention;
      // A document's number ("under Law 12/2020", "Regulation No. 7/2018") is no month (the prose before it: a sentence may end at "No.").
      if (/^\d/.test(d.text) && DOCUMENT_NUMBER.test(prose.slice(Math.max(0, d.start - block.start - 24), d.start - block.start))) continue;
      if (c.month !== undefined && c.day !== undefined) {
        const value = makeDay(yearOf(c.month, c.day, reference, () => tenseAt(sentence, d.start, d.end - d.start)), c.month, c.day);
        if (!value) continue;
        d = { ...d, value };
      } else if (c.yearless) {
        // A past report of "from May to December" in January is last year's; a coming one in a later month, next year's.
        const tense = tenseAt(sentence, d.start, d.end - d.start);
        const [firstPart = '', lastPart = firstPart] = d.value.split('/');
        const shift = tense < 0 && firstPart.slice(0, 7) > reference.slice(0, 7) ? -1 : tense > 0 && lastPart < reference.slice(0, lastPart.length) ? 1 : 0;
        if (shift) d = { ...d, value: shiftYears(d.value, shift) };
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
