import { addDays, makeDay } from '../iso.js';
import { blank } from '../parse/sentences.js';
import type { Article, DateMention, Sentence, Span } from '../types.js';
import type { ArticleUnits } from './blocks.js';
import { CHRONO_HINT, chronoDates } from './chrono.js';
import { DATE_RE, LEADING_PREPOSITION } from './date-forms.js';
import { pairWeekdays } from './date-pairs.js';
import { DAY_VALUE, resolve, type Item } from './date-resolve.js';
import { tenseAt, yearOf } from './date-tense.js';

export { dateMatches, dateMatchesByRegex } from './date-forms.js';

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
