import { addDays, weekdayOf } from '../iso.js';
import type { DateMention, Sentence } from '../types.js';
import { WEEKDAY_INDEX } from './date-forms.js';
import type { Item } from './date-resolve.js';
import { appointedAt, tenseAt } from './date-tense.js';

/** A bare weekday, as the scan wrote its mention. */
const BARE_WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** What joins the two ends of a range ("Monday to Thursday", "Tuesday through Friday", "Monday-Wednesday"). */
const WEEKDAY_JOIN = /^\s*(?:[-–—]|to|through|thru|until|till)\s*$/;
/** "between Monday and Wednesday": a range too. */
const BETWEEN_JOIN = /^\s+and\s+$/;
const BETWEEN_BEFORE = /\bbetween\s+$/i;
/** A verb that moves a day ("postponed the vote from Monday to Wednesday"): two days, no range. */
const MOVED_BEFORE = /\b(?:mov|postpon|delay|push|pushed|brought|bring|shift|switch|chang|reschedul|put\s+off|advanc|swapp?|brought\s+forward)\w*\b[^,;.]{0,60}$/i;

/**
 * Two bare weekdays joined as a range ("from Monday to Thursday", "Tuesday through Friday",
 * "between Monday and Wednesday") are one expression whose value is the span of days: the
 * sentence's tense places it, as it would a weekday alone, but as one stretch of days: a
 * coming one starts on the first such day on or after the reference, a past one ends on the
 * last such day on or before it, one with no cue starts on the last such day on or before it (each end resolved alone would put a coming range's start in
 * the week before whenever the start's weekday has passed).
 */
export function weekdayRanges(prose: string, offset: number, items: Item[], sentences: readonly Sentence[], first: number, reference: string): Item[] {
  let out = items;
  for (let i = 1; i < out.length; i++) {
    // in range: 1 <= i < out.length
    const a = out[i - 1]!.d;
    // in range: i < out.length
    const b = out[i]!.d;
    if (!BARE_WEEKDAY.test(a.text) || !BARE_WEEKDAY.test(b.text)) continue;
    const join = prose.slice(a.end - offset, b.start - offset);
    const lead = prose.slice(Math.max(0, a.start - offset - 80), a.start - offset);
    if (!WEEKDAY_JOIN.test(join) && !(BETWEEN_JOIN.test(join) && BETWEEN_BEFORE.test(lead))) continue;
    if (MOVED_BEFORE.test(lead)) continue;
    const value = rangeValue(a, b, sentenceAt(sentences, first, a.start), reference);
    if (!value) continue;
    const d: DateMention = { text: prose.slice(a.start - offset, b.end - offset), start: a.start, end: b.end, value, relative: true };
    if (out === items) out = [...items];
    out.splice(i - 1, 2, { d });
    i--;
  }
  return out;
}

function rangeValue(a: DateMention, b: DateMention, sentence: Sentence | undefined, reference: string): string | undefined {
  const from = WEEKDAY_INDEX[a.text.toLowerCase()];
  const to = WEEKDAY_INDEX[b.text.toLowerCase()];
  if (from === undefined || to === undefined || from === to) return undefined;
  const length = (to - from + 7) % 7;
  const refWd = weekdayOf(reference);
  const tense = tenseAt(sentence, a.start, b.end - a.start);
  let start: string | undefined;
  if (tense > 0 || appointedAt(sentence, a.start)) start = addDays(reference, (from - refWd + 7) % 7);
  // No cue: the stretch that starts on the last such day on or before the reference (which may run past it).
  else if (tense === 0) start = addDays(reference, -((refWd - from + 7) % 7));
  else {
    const end = addDays(reference, -((refWd - to + 7) % 7));
    start = end && addDays(end, -length);
  }
  const end = start && addDays(start, length);
  return start && end ? `${start}/${end}` : undefined;
}

function sentenceAt(sentences: readonly Sentence[], first: number, at: number): Sentence | undefined {
  for (let s = first; s < sentences.length; s++) {
    // in range: first <= s < sentences.length
    const here = sentences[s]!;
    if (here.end > at) return here.start <= at ? here : undefined;
  }
  return undefined;
}
